-- 0001_initial: documents, their sources and duplicates, pipeline runs, and the
-- extraction tables later stages fill. Documented in docs/schema.md.

CREATE TABLE runs (
    id          INTEGER PRIMARY KEY,
    command     TEXT NOT NULL,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    status      TEXT NOT NULL DEFAULT 'running'
                CHECK (status IN ('running', 'done', 'failed', 'interrupted')),
    pid         INTEGER,
    versions    TEXT NOT NULL DEFAULT '{}',  -- JSON: sitrep and every extractor/model version used
    counts      TEXT NOT NULL DEFAULT '{}'   -- JSON: added, duplicate, problems, ...
);

CREATE TABLE documents (
    n              INTEGER PRIMARY KEY,      -- stable row id, used by the full-text index
    id             TEXT NOT NULL UNIQUE,     -- the record's id, or the file name, or the URL
    source         TEXT NOT NULL,            -- where it was first read (path, URL, <stdin>:line)
    url            TEXT,
    format         TEXT NOT NULL,
    title          TEXT,
    outlet         TEXT,
    published      TEXT,                     -- ISO date; NULL when the input does not say
    published_from TEXT,                     -- record | page | credit-line
    byline         TEXT,
    dateline       TEXT,
    lang           TEXT,
    encoding       TEXT,
    text           TEXT NOT NULL,            -- cleaned text; all offsets point into it
    text_sha256    TEXT NOT NULL,            -- hash of the normalized text (exact duplicates)
    minhash        BLOB,                     -- MinHash signature (near duplicates)
    duplicate_of   TEXT REFERENCES documents(id) ON DELETE SET NULL,
    dropped_lines  INTEGER NOT NULL DEFAULT 0,
    run_id         INTEGER REFERENCES runs(id),
    ingested_at    TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX documents_text_sha256 ON documents(text_sha256);
CREATE INDEX documents_published ON documents(published);

CREATE TABLE document_sources (
    doc_id      TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE ON UPDATE CASCADE,
    source      TEXT NOT NULL,
    external_id TEXT,
    first_seen  TEXT NOT NULL,
    last_seen   TEXT NOT NULL,
    PRIMARY KEY (doc_id, source)
);
CREATE INDEX document_sources_source ON document_sources(source);

CREATE TABLE duplicates (
    doc_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    other_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('exact', 'near')),
    similarity REAL,
    PRIMARY KEY (doc_id, other_id)
);
CREATE INDEX duplicates_other ON duplicates(other_id);

CREATE TABLE minhash_bands (
    band   INTEGER NOT NULL,
    key    INTEGER NOT NULL,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    PRIMARY KEY (band, key, doc_id)
) WITHOUT ROWID;
CREATE INDEX minhash_bands_doc ON minhash_bands(doc_id);

CREATE TABLE ingest_problems (
    id      INTEGER PRIMARY KEY,
    run_id  INTEGER REFERENCES runs(id),
    source  TEXT NOT NULL,
    line    INTEGER,
    code    TEXT NOT NULL,
    message TEXT NOT NULL,
    at      TEXT NOT NULL
);

CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text, content='documents', content_rowid='n', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_fts_ai AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.n, new.title, new.text);
END;
CREATE TRIGGER documents_fts_ad AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.n, old.title, old.text);
END;
CREATE TRIGGER documents_fts_au AFTER UPDATE OF title, text ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.n, old.title, old.text);
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.n, new.title, new.text);
END;

-- Extraction records (filled by the language, resolution and event stages).

CREATE TABLE entities (
    id          TEXT PRIMARY KEY,
    type        TEXT NOT NULL CHECK (type IN ('person', 'armed_group', 'state_force', 'government',
                                              'organization', 'location', 'other')),
    name        TEXT NOT NULL,
    country     TEXT,
    geo         TEXT,                       -- JSON per spec §2, NULL when unplaced
    attrs       TEXT NOT NULL DEFAULT '{}', -- JSON: ACLED actor name, parent, dictionary id, ...
    run_id      INTEGER REFERENCES runs(id),
    created_at  TEXT NOT NULL
);
CREATE INDEX entities_type ON entities(type);

CREATE TABLE aliases (
    entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias     TEXT NOT NULL,
    key       TEXT NOT NULL,                -- normalized blocking key
    origin    TEXT,                         -- dictionary | inline-definition | mention | analyst
    PRIMARY KEY (entity_id, alias)
);
CREATE INDEX aliases_key ON aliases(key);

CREATE TABLE mentions (
    id         INTEGER PRIMARY KEY,
    doc_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL CHECK (end_char > start_char),
    text       TEXT NOT NULL,
    type       TEXT,
    entity_id  TEXT REFERENCES entities(id) ON DELETE SET NULL,
    sent_start INTEGER,
    sent_end   INTEGER,
    extractor  TEXT NOT NULL,
    version    TEXT NOT NULL,
    run_id     INTEGER REFERENCES runs(id)
);
CREATE INDEX mentions_doc ON mentions(doc_id, start_char);
CREATE INDEX mentions_entity ON mentions(entity_id);

CREATE TABLE timexes (
    id         INTEGER PRIMARY KEY,
    doc_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL CHECK (end_char > start_char),
    text       TEXT NOT NULL,
    value      TEXT,                        -- TIMEX3 value, X for unknown digits
    precision  TEXT,
    anchor     TEXT,                        -- the date it was resolved against
    extractor  TEXT NOT NULL,
    version    TEXT NOT NULL,
    run_id     INTEGER REFERENCES runs(id)
);
CREATE INDEX timexes_doc ON timexes(doc_id, start_char);

CREATE TABLE events (
    id                   TEXT PRIMARY KEY,
    type                 TEXT NOT NULL,
    sub_type             TEXT,
    date_start           TEXT,
    date_end             TEXT,
    date_precision       TEXT CHECK (date_precision IN ('day', 'month', 'year', 'unknown')),
    date_text            TEXT,
    location_id          TEXT REFERENCES entities(id) ON DELETE SET NULL,
    fatalities           INTEGER,           -- NULL when no figure is reported
    fatalities_qualifier TEXT,
    fatalities_text      TEXT,
    confidence           REAL,
    extractor            TEXT NOT NULL,
    version              TEXT NOT NULL,
    run_id               INTEGER REFERENCES runs(id)
);
CREATE INDEX events_date ON events(date_start);

CREATE TABLE event_actors (
    event_id  TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    role      TEXT NOT NULL CHECK (role IN ('actor1', 'actor2', 'assoc_actor_1', 'assoc_actor_2')),
    PRIMARY KEY (event_id, entity_id, role)
);

CREATE TABLE event_sources (
    event_id             TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    doc_id               TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    fatalities           INTEGER,           -- the figure this source gives
    fatalities_qualifier TEXT,
    PRIMARY KEY (event_id, doc_id)
);

CREATE TABLE relations (
    id            TEXT PRIMARY KEY,
    predicate     TEXT NOT NULL CHECK (predicate IN ('member_of', 'leader_of', 'holds_position',
                    'pledged_allegiance_to', 'defected_from', 'allied_with', 'hostile_to', 'supports',
                    'controls', 'located_in', 'family_of')),
    subject_id    TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    object_id     TEXT REFERENCES entities(id) ON DELETE CASCADE,
    role          TEXT,
    start_date    TEXT,
    end_date      TEXT,
    certainty     TEXT CHECK (certainty IN ('asserted', 'reported', 'claimed', 'alleged', 'unconfirmed',
                                            'denied', 'planned')),
    attributed_to TEXT REFERENCES entities(id) ON DELETE SET NULL,
    superseded_by TEXT REFERENCES relations(id) ON DELETE SET NULL,
    extractor     TEXT NOT NULL,
    version       TEXT NOT NULL,
    run_id        INTEGER REFERENCES runs(id)
);
CREATE INDEX relations_subject ON relations(subject_id);
CREATE INDEX relations_object ON relations(object_id);

CREATE TABLE evidence (
    id            INTEGER PRIMARY KEY,
    owner_kind    TEXT NOT NULL CHECK (owner_kind IN ('entity', 'event', 'relation', 'claim')),
    owner_id      TEXT NOT NULL,
    doc_id        TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start_char    INTEGER NOT NULL,
    end_char      INTEGER NOT NULL,
    text          TEXT NOT NULL,
    attributed_to TEXT,
    certainty     TEXT,
    extractor     TEXT NOT NULL,
    version       TEXT NOT NULL
);
CREATE INDEX evidence_owner ON evidence(owner_kind, owner_id);
CREATE INDEX evidence_doc ON evidence(doc_id);

CREATE TABLE claims (
    id            INTEGER PRIMARY KEY,
    subject_kind  TEXT NOT NULL,            -- event | relation | entity
    subject_id    TEXT NOT NULL,
    attribute     TEXT NOT NULL,            -- fatalities, fighters, date, assertion, ...
    value         TEXT NOT NULL,
    certainty     TEXT,
    attributed_to TEXT,
    doc_id        TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    evidence_id   INTEGER REFERENCES evidence(id) ON DELETE SET NULL
);
CREATE INDEX claims_subject ON claims(subject_kind, subject_id, attribute);

CREATE TABLE corrections (
    id     INTEGER PRIMARY KEY,
    action TEXT NOT NULL CHECK (action IN ('merge', 'split', 'rename', 'alias')),
    args   TEXT NOT NULL,                   -- JSON
    author TEXT NOT NULL,
    at     TEXT NOT NULL,
    note   TEXT
);

CREATE VIRTUAL TABLE evidence_fts USING fts5(text, content='evidence', content_rowid='id');
CREATE TRIGGER evidence_fts_ai AFTER INSERT ON evidence BEGIN
    INSERT INTO evidence_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER evidence_fts_ad AFTER DELETE ON evidence BEGIN
    INSERT INTO evidence_fts(evidence_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
