"""Reading: article files in, place mentions out.

In: files (plain text with a header block, a JSON sidecar, saved HTML pages) and folders of them.
articles turns each into an :class:`~geo.models.Article` (title, publication date, source,
url, body) or refuses it with a one-line error; sentences splits the body and finds datelines;
mentions finds the Ukrainian places it names (gazetteer-driven, with words: people, months,
organisations and places abroad that are not mapped) and resolves them through
:mod:`geo.places`. Out: :class:`~geo.models.Mention` objects with their sentence and place.
"""
