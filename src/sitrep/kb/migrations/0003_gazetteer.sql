-- 0003_gazetteer: the user's gazetteer. Places (GeoNames dumps, CSV lists, polygon centroids) with all
-- their names under a transliteration key, and administrative polygons for point-in-polygon lookup.
-- Every row belongs to the file it came from; re-importing a file replaces its rows.

CREATE TABLE gazetteer_sources (
    source      TEXT PRIMARY KEY,               -- the file name (basename)
    path        TEXT NOT NULL,                  -- where it was read
    kind        TEXT NOT NULL,                  -- geonames | geojson | csv
    sha256      TEXT NOT NULL,
    places      INTEGER NOT NULL DEFAULT 0,
    polygons    INTEGER NOT NULL DEFAULT 0,
    imported_at TEXT NOT NULL
);

CREATE TABLE gazetteer_places (
    id            TEXT PRIMARY KEY,             -- "<source>:<id in the file, or row number>"
    name          TEXT NOT NULL,
    ascii_name    TEXT,
    lat           REAL,
    lon           REAL,
    feature_class TEXT NOT NULL,                -- country | admin1 | admin2 | city | town | village | place
    feature_code  TEXT,                         -- GeoNames feature code (PPLA, ADM2, ...) or the file's own level
    population    INTEGER NOT NULL DEFAULT 0,
    country       TEXT,                         -- ISO 3166-1 alpha-2
    admin1        TEXT,                         -- province name
    admin2        TEXT,                         -- district name
    admin1_code   TEXT,                         -- GeoNames admin1 code when the file gives one
    source        TEXT NOT NULL REFERENCES gazetteer_sources(source) ON DELETE CASCADE
);
CREATE INDEX gazetteer_places_source ON gazetteer_places(source);

CREATE TABLE gazetteer_names (
    place_id TEXT NOT NULL REFERENCES gazetteer_places(id) ON DELETE CASCADE,
    name     TEXT NOT NULL,
    key      TEXT NOT NULL,                     -- transliteration key (sitrep.kb.gazetteer.place_key)
    PRIMARY KEY (place_id, name)
) WITHOUT ROWID;
CREATE INDEX gazetteer_names_key ON gazetteer_names(key);

CREATE TABLE gazetteer_polygons (
    id       TEXT PRIMARY KEY,                  -- "<source>:<shape id or feature number>"
    name     TEXT NOT NULL,
    level    INTEGER NOT NULL,                  -- administrative level: 1 province, 2 district
    country  TEXT,
    parent   TEXT,                              -- the level-1 name of a level-2 unit, when the file says
    min_lon  REAL NOT NULL,
    min_lat  REAL NOT NULL,
    max_lon  REAL NOT NULL,
    max_lat  REAL NOT NULL,
    rings    TEXT NOT NULL,                     -- JSON: list of polygons, each a list of rings of [lon, lat]
    source   TEXT NOT NULL REFERENCES gazetteer_sources(source) ON DELETE CASCADE
);
CREATE INDEX gazetteer_polygons_bbox ON gazetteer_polygons(level, min_lat, max_lat);
CREATE INDEX gazetteer_polygons_source ON gazetteer_polygons(source);
