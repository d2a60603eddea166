-- 0002_extraction_owners: relations and events remember the document that stated them, so a
-- changed document takes its own statements with it; resolution decisions keep their reasons.

ALTER TABLE relations ADD COLUMN doc_id TEXT REFERENCES documents(id) ON DELETE CASCADE;
CREATE INDEX relations_doc ON relations(doc_id);

ALTER TABLE event_sources ADD COLUMN fatalities_text TEXT;
ALTER TABLE event_sources ADD COLUMN date_start TEXT;
ALTER TABLE events ADD COLUMN certainty TEXT;
ALTER TABLE events ADD COLUMN attributed_to TEXT REFERENCES entities(id) ON DELETE SET NULL;

CREATE TABLE entity_merges (
    id         INTEGER PRIMARY KEY,
    entity_id  TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    doc_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    local_key  TEXT NOT NULL,
    reasons    TEXT NOT NULL,              -- JSON list: why this document's mentions joined the entity
    run_id     INTEGER REFERENCES runs(id)
);
CREATE INDEX entity_merges_entity ON entity_merges(entity_id);
