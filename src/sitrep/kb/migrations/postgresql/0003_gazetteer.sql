-- 0003_gazetteer (PostgreSQL): as the SQLite migration of the same name.

CREATE TABLE gazetteer_sources (
    source      TEXT COLLATE "C" PRIMARY KEY,
    path        TEXT COLLATE "C" NOT NULL,
    kind        TEXT COLLATE "C" NOT NULL,
    sha256      TEXT COLLATE "C" NOT NULL,
    places      BIGINT NOT NULL DEFAULT 0,
    polygons    BIGINT NOT NULL DEFAULT 0,
    imported_at TEXT COLLATE "C" NOT NULL
);

CREATE TABLE gazetteer_places (
    id            TEXT COLLATE "C" PRIMARY KEY,
    name          TEXT COLLATE "C" NOT NULL,
    ascii_name    TEXT COLLATE "C",
    lat           DOUBLE PRECISION,
    lon           DOUBLE PRECISION,
    feature_class TEXT COLLATE "C" NOT NULL,
    feature_code  TEXT COLLATE "C",
    population    BIGINT NOT NULL DEFAULT 0,
    country       TEXT COLLATE "C",
    admin1        TEXT COLLATE "C",
    admin2        TEXT COLLATE "C",
    admin1_code   TEXT COLLATE "C",
    source        TEXT COLLATE "C" NOT NULL REFERENCES gazetteer_sources(source) ON DELETE CASCADE
);
CREATE INDEX gazetteer_places_source ON gazetteer_places(source);

CREATE TABLE gazetteer_names (
    place_id TEXT COLLATE "C" NOT NULL REFERENCES gazetteer_places(id) ON DELETE CASCADE,
    name     TEXT COLLATE "C" NOT NULL,
    key      TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (place_id, name)
);
CREATE INDEX gazetteer_names_key ON gazetteer_names(key);

CREATE TABLE gazetteer_polygons (
    id       TEXT COLLATE "C" PRIMARY KEY,
    name     TEXT COLLATE "C" NOT NULL,
    level    BIGINT NOT NULL,
    country  TEXT COLLATE "C",
    parent   TEXT COLLATE "C",
    min_lon  DOUBLE PRECISION NOT NULL,
    min_lat  DOUBLE PRECISION NOT NULL,
    max_lon  DOUBLE PRECISION NOT NULL,
    max_lat  DOUBLE PRECISION NOT NULL,
    rings    TEXT COLLATE "C" NOT NULL,
    source   TEXT COLLATE "C" NOT NULL REFERENCES gazetteer_sources(source) ON DELETE CASCADE
);
CREATE INDEX gazetteer_polygons_bbox ON gazetteer_polygons(level, min_lat, max_lat);
CREATE INDEX gazetteer_polygons_source ON gazetteer_polygons(source);
