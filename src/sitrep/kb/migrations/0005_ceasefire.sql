-- 0005_ceasefire: a new predicate, ceasefire_with (a truce, ceasefire or peace agreement between two parties,
-- with its start and, when stated, its end). SQLite cannot change a CHECK in place, so the table is rebuilt
-- with the same columns in the same order. The new table's self-reference names the new table, so dropping
-- the old one (an implicit DELETE under foreign keys) sets nothing to NULL; the rename then points it back at
-- "relations".

CREATE TABLE relations_new (
    id            TEXT PRIMARY KEY,
    predicate     TEXT NOT NULL CHECK (predicate IN ('member_of', 'leader_of', 'holds_position',
                    'pledged_allegiance_to', 'defected_from', 'allied_with', 'ceasefire_with', 'hostile_to',
                    'supports', 'controls', 'located_in', 'family_of')),
    subject_id    TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    object_id     TEXT REFERENCES entities(id) ON DELETE CASCADE,
    role          TEXT,
    start_date    TEXT,
    end_date      TEXT,
    certainty     TEXT CHECK (certainty IN ('asserted', 'reported', 'claimed', 'alleged', 'unconfirmed',
                                            'denied', 'planned')),
    attributed_to TEXT REFERENCES entities(id) ON DELETE SET NULL,
    superseded_by TEXT REFERENCES relations_new(id) ON DELETE SET NULL,
    extractor     TEXT NOT NULL,
    version       TEXT NOT NULL,
    run_id        INTEGER REFERENCES runs(id),
    doc_id        TEXT REFERENCES documents(id) ON DELETE CASCADE
);
INSERT INTO relations_new (id, predicate, subject_id, object_id, role, start_date, end_date, certainty,
                           attributed_to, superseded_by, extractor, version, run_id, doc_id)
    SELECT id, predicate, subject_id, object_id, role, start_date, end_date, certainty,
           attributed_to, superseded_by, extractor, version, run_id, doc_id FROM relations;
DROP TABLE relations;
ALTER TABLE relations_new RENAME TO relations;
CREATE INDEX relations_subject ON relations(subject_id);
CREATE INDEX relations_object ON relations(object_id);
CREATE INDEX relations_doc ON relations(doc_id);
CREATE INDEX relations_number ON relations(CAST(substr(id, 2) AS INTEGER));
