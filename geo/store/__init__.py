"""Store: claims kept, corrected and handed out.

In: articles with their mentions and claims from :mod:`geo.reading` and :mod:`geo.claims`. sqlite
is the one store today (sql: its schema, migrations and read queries), behind a narrow interface
(:class:`~geo.store.sqlite.sqlite.Store`) so a server database can be added later; review keeps
journalists' corrections apart so they survive re-ingest. Out: claim and mention rows (plain dicts)
for the timeline, and the claims as files and listings: export (GeoJSON, CSV, GeoPackage; place
tables given by the caller; qgis: layer styles inside a GeoPackage) and listing (table, csv, json,
geojson for the terminal).
"""
