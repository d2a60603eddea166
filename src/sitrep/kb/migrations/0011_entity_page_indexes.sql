-- 0011_entity_page_indexes: an entity's page on a large base (`sitrep serve`, `sitrep entity show`) counts its
-- documents and events and picks its latest sources, events and first mentions (kb/entity_reads.py). Mentions
-- indexed by entity and document, an entity's events by entity and event, and documents by id with their date
-- answer those reads from the indexes alone, without reading each mention's, event's and document's row (a
-- document's row holds its whole text); rows are read only for the few listed.

DROP INDEX IF EXISTS mentions_entity;
CREATE INDEX IF NOT EXISTS mentions_entity_doc ON mentions(entity_id, doc_id, start_char);
CREATE INDEX IF NOT EXISTS documents_id_published ON documents(id, published, n);
DROP INDEX IF EXISTS event_actors_entity;
CREATE INDEX IF NOT EXISTS event_actors_entity_event ON event_actors(entity_id, event_id);
