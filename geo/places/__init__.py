"""Places: the gazetteer and the geocoder.

In: a GeoNames country dump (imported once into SQLite by importer, or fetched by download
when the user asks) and place names as written in English reporting, with whatever context the
text gives (an oblast, a raion, "near X", "10 km west of X"). Out: :class:`~geo.models.Candidate`
rankings and geopy-shaped Location answers from :class:`~geo.places.geocoder.GazetteerGeocoder`
(with a calibrated confidence), or an honest "unresolved" with the candidates; each place carries
the name reporting shows (``display_name``, the official Ukrainian romanization) beside GeoNames'.
names/match fold spellings (any romanization, Cyrillic, typos); context reads the evidence
(landmarks with all their namesakes, rough distances). Knows nothing of articles, claims or the store.
"""
