-- 0010_entity_page_indexes: an entity's page on a large base (`sitrep serve`, `sitrep entity show`) reads every
-- mention of the entity to count its documents, find its first and last dates and pick its latest sources and
-- first mentions. Mentions indexed by entity and document, and documents by id with their date, answer those
-- reads from the indexes alone, without reading each mention's and each document's row (a document's row holds
-- its whole text); the rows are read only for the few listed.

DROP INDEX IF EXISTS mentions_entity;
CREATE INDEX IF NOT EXISTS mentions_entity_doc ON mentions(entity_id, doc_id, start_char);
CREATE INDEX IF NOT EXISTS documents_id_published ON documents(id, published, n);
