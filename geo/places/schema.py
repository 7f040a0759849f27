"""The gazetteer's SQLite schema (written by the importer, read by :class:`Gazetteer`)."""

SCHEMA_VERSION = 4  # 3: the in-memory index stored whole (table ``blobs``); 4: hyphenated prefixes joined in spelling keys

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE places (
    geonameid INTEGER PRIMARY KEY, name TEXT, asciiname TEXT, lat REAL, lon REAL,
    fclass TEXT, fcode TEXT, admin1 TEXT, admin2 TEXT, population INTEGER,
    kind TEXT,      -- settlement | oblast | raion | water
    modified TEXT,
    display_name TEXT  -- as reporting writes it: the Ukrainian name in the official transliteration
);
CREATE TABLE names (
    key TEXT,       -- spelling_key(form)
    skeleton TEXT,  -- skeleton_key(key)
    loose TEXT,     -- loose_skeleton(key)
    geonameid INTEGER,
    form TEXT,      -- the name as written in GeoNames or aliases.csv
    source TEXT     -- name | ascii | alt | stem | alias
);
CREATE TABLE blobs (
    key TEXT PRIMARY KEY,  -- index: the places and name lookups Gazetteer holds in memory (marshal)
    value BLOB
);
"""
