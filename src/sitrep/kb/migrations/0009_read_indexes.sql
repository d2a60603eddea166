-- 0009_read_indexes: indexes for the reads `sitrep serve` makes per page (an entity's events, the events at a
-- place, a document's events), which otherwise scan whole tables on a large base.

CREATE INDEX IF NOT EXISTS event_actors_entity ON event_actors(entity_id);
CREATE INDEX IF NOT EXISTS events_location ON events(location_id);
CREATE INDEX IF NOT EXISTS event_sources_doc ON event_sources(doc_id);
