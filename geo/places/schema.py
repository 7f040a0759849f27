"""The gazetteer's SQLite schema (written by the importer, read by :class:`Gazetteer`)."""

SCHEMA_VERSION = 1

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE places (
    geonameid INTEGER PRIMARY KEY, name TEXT, asciiname TEXT, lat REAL, lon REAL,
    fclass TEXT, fcode TEXT, admin1 TEXT, admin2 TEXT, population INTEGER,
    kind TEXT,      -- settlement | oblast | raion | water
    modified TEXT
);
CREATE TABLE names (
    key TEXT,       -- spelling_key(form)
    skeleton TEXT,  -- skeleton_key(key)
    geonameid INTEGER,
    form TEXT,      -- the name as written in GeoNames or aliases.csv
    source TEXT     -- name | ascii | alt | stem | alias
);
"""
