"""Claims: mentions in, claims out.

In: an :class:`~geo.models.Article` and its :class:`~geo.models.Mention` objects. rules finds,
per sentence, who asserts what about which place (captured, held, contested, struck), from the cue
words in cues; attribution decides who speaks (a ministry, a governor, a brigade, an analyst,
the outlet); dates reads date expressions and event_dates grounds them on the publication day
("on Tuesday", "at the end of December"). Out: :class:`~geo.models.Claim` objects, each with its
evidence (cue, speaker, sentence). Pure: never touches the store or the site.
"""
