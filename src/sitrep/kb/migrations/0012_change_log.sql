-- 0012_change_log: what each commit touched, written by triggers in the same transaction as the rows, so that
-- `sitrep serve` keeps a cached page across a commit that cannot change it (web/cache.py) and drops only the
-- pages a commit can change. `changes` holds one row per tag with the sequence number of the last statement that
-- touched it: a reader that has seen every change up to N reads `WHERE seq > N` to learn what moved since. The
-- numbers grow in commit order (one writer at a time); a tag touched again keeps one row, so the table is as large
-- as the set of things ever touched, not the history. Tags (docs/schema.md):
--   <id>        the row of entity, event, relation or document <id> changed, was added or removed: any page
--               that shows that id shows something of that row (an entity's change also touches the events and
--               relations that name it, whose briefs carry its name without its id);
--   about:<id>  what is listed on <id>'s own page changed: an entity's aliases, mentions, events, relations; a
--               document's mentions, timexes, evidence, claims, events and relations;
--   *           anything may have changed (corrections, verdicts, the gazetteer): every page.
-- runs, ingest_problems and minhash_bands are read by no page kept by fine keys (only by the overview, which is
-- kept by the write generation), and write no tag. A table added or rebuilt later needs its triggers (the test
-- tests/web/test_change_log.py checks that every table has them or is listed as untracked); a column added to
-- entities goes into the WHEN of changes_entities_update, which skips the no-op updates of an ingest's upsert.

CREATE TABLE changes (
    tag TEXT PRIMARY KEY,
    seq INTEGER NOT NULL
);
CREATE INDEX changes_seq ON changes(seq);

CREATE TRIGGER changes_entities_insert AFTER INSERT ON entities
BEGIN
    INSERT INTO changes (tag, seq) SELECT tag, (SELECT coalesce(max(seq), 0) + 1 FROM changes) FROM (
        SELECT NEW.id AS tag)
    WHERE tag IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER changes_entities_update AFTER UPDATE ON entities
    WHEN OLD.id IS NOT NEW.id OR OLD.type IS NOT NEW.type OR OLD.name IS NOT NEW.name OR OLD.country IS NOT NEW.country OR OLD.geo IS NOT NEW.geo OR OLD.attrs IS NOT NEW.attrs OR OLD.run_id IS NOT NEW.run_id OR OLD.created_at IS NOT NEW.created_at
BEGIN
    INSERT INTO changes (tag, seq) SELECT tag, (SELECT coalesce(max(seq), 0) + 1 FROM changes) FROM (
        SELECT OLD.id AS tag
        UNION SELECT NEW.id
        UNION SELECT event_id FROM event_actors WHERE entity_id = OLD.id
        UNION SELECT id FROM events WHERE location_id = OLD.id OR attributed_to = OLD.id
        UNION SELECT id FROM relations WHERE subject_id = OLD.id OR object_id = OLD.id OR attributed_to = OLD.id
        UNION SELECT event_id FROM event_actors WHERE entity_id = NEW.id
        UNION SELECT id FROM events WHERE location_id = NEW.id OR attributed_to = NEW.id
        UNION SELECT id FROM relations WHERE subject_id = NEW.id OR object_id = NEW.id OR attributed_to = NEW.id)
    WHERE tag IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER changes_entities_delete AFTER DELETE ON entities
BEGIN
    INSERT INTO changes (tag, seq) SELECT tag, (SELECT coalesce(max(seq), 0) + 1 FROM changes) FROM (
        SELECT OLD.id AS tag
        UNION SELECT event_id FROM event_actors WHERE entity_id = OLD.id
        UNION SELECT id FROM events WHERE location_id = OLD.id OR attributed_to = OLD.id
        UNION SELECT id FROM relations WHERE subject_id = OLD.id OR object_id = OLD.id OR attributed_to = OLD.id)
    WHERE tag IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER changes_aliases_insert AFTER INSERT ON aliases
BEGIN
    INSERT INTO changes (tag, seq) SELECT tag, (SELECT coalesce(max(seq), 0) + 1 FROM changes) FROM (
        SELECT 'about:' || NEW.entity_id AS tag)
    WHERE tag IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER changes_aliases_update AFTER UPDATE ON aliases
BEGIN
    INSERT INTO changes (tag, seq) SELECT tag, (SELECT coalesce(max(seq), 0) + 1 FROM changes) FROM (
        SELECT 'about:' || OLD.entity_id AS tag
        UNION SELECT 'about:' || NEW.entity_id)
    WHERE tag IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER changes_aliases_delete AFTER DELETE ON aliases
BEGIN
    INSERT INTO changes (tag, seq) SELECT tag, (SELECT coalesce(max(seq), 0) + 1 FROM changes) FROM (
        SELECT 'about:' || OLD.entity_id AS tag)
    WHERE tag IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER changes_mentions_insert AFTER INSERT ON mentions
BEGIN
    INSERT INTO changes (tag, seq) SELECT tag, (SELECT coalesce(max(seq), 0) + 1 FROM changes) FROM (
        SELECT 'about:' || NEW.entity_id AS tag
        UNION SELECT 'about:' || NEW.doc_id)
    WHERE tag IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER changes_mentions_update AFTER UPDATE ON mentions
BEGIN
    INSERT INTO changes (tag, seq) SELECT tag, (SELECT coalesce(max(seq), 0) + 1 FROM changes) FROM (
        SELECT 'about:' || OLD.entity_id AS tag
        UNION SELECT 'about:' || OLD.doc_id
        UNION SELECT 'about:' || NEW.entity_id
        UNION SELECT 'about:' || NEW.doc_id)
    WHERE tag IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER changes_mentions_delete AFTER DELETE ON mentions
BEGIN
    INSERT INTO changes (tag, seq) SELECT tag, (SELECT coalesce(max(seq), 0) + 1 FROM changes) FROM (
        SELECT 'about:' || OLD.entity_id AS tag
        UNION SELECT 'about:' || OLD.doc_id)
    WHERE tag IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER changes_entity_merges_insert AFTER INSERT ON entity_merges
BEGIN
    INSERT INTO changes (tag, seq) SELECT tag, (SELECT coalesce(max(seq), 0) + 1 FROM changes) FROM (
        SELECT 'about:' || NEW.entity_id AS tag
        UNION SELECT 'about:' || NEW.doc_id)
    WHERE tag IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER changes_entity_merges_update AFTER UPDATE ON entity_merges
BEGIN
    INSERT INTO changes (tag, seq) SELECT tag, (SELECT coalesce(max(seq), 0) + 1 FROM changes) FROM (
        SELECT 'about:' || OLD.entity_id AS tag
        UNION SELECT 'about:' || OLD.doc_id
        UNION SELECT 'about:' || NEW.entity_id
        UNION SELECT 'about:' || NEW.doc_id)
    WHERE tag IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER changes_entity_merges_delete AFTER DELETE ON entity_merges
BEGIN
    INSERT INTO changes (tag, seq) SELECT tag, (SELECT coalesce(max(seq), 0) + 1 FROM changes) FROM (
        SELECT 'about:' || OLD.entity_id AS tag
        UNION SELECT 'about:' || OLD.doc_id)
    WHERE tag IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER changes_timexes_insert AFTER INSERT ON timexes
BEGIN
    INSERT INTO changes (tag, seq) SELECT tag, (SELECT coalesce(max(seq), 0) + 1 FROM changes) FROM (
        SELECT 'about:' || NEW.doc_id AS tag)
    WHERE tag IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER changes_timexes_update AFTER UPDATE ON timexes
BEGIN
    INSERT INTO changes (tag, seq) SELECT tag, (SELECT coalesce(max(seq), 0) + 1 FROM changes) FROM (
        SELECT 'about:' || OLD.doc_id AS tag
        UNION SELECT 'about:' || NEW.doc_id)
    WHERE tag IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER changes_timexes_delete AFTER DELETE ON timexes
BEGIN
    INSERT INTO changes (tag, seq) SELECT tag, (SELECT coalesce(max(seq), 0) + 1 FROM changes) FROM (
        SELECT 'about:' || OLD.doc_id AS tag)
    WHERE tag IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER changes_events_insert AFTER INSERT ON events
BEGIN
    INSERT INTO changes (tag, seq) SELECT tag, (SELECT coalesce(max(seq), 0) + 1 FROM changes) FROM (
        SELECT NEW.id AS tag
        UNION SELECT 'about:' || NEW.location_id
        UNION SELECT 'about:' || NEW.attributed_to)
    WHERE tag IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER changes_events_update AFTER UPDATE ON events
BEGIN
    INSERT INTO changes (tag, seq) SELECT tag, (SELECT coalesce(max(seq), 0) + 1 FROM changes) FROM (
        SELECT OLD.id AS tag
        UNION SELECT 'about:' || OLD.location_id
        UNION SELECT 'about:' || OLD.attributed_to
        UNION SELECT NEW.id
        UNION SELECT 'about:' || NEW.location_id
        UNION SELECT 'about:' || NEW.attributed_to
        UNION SELECT 'about:' || entity_id FROM event_actors WHERE event_id = OLD.id
        UNION SELECT 'about:' || entity_id FROM event_actors WHERE event_id = NEW.id)
    WHERE tag IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER changes_events_delete AFTER DELETE ON events
BEGIN
    INSERT INTO changes (tag, seq) SELECT tag, (SELECT coalesce(max(seq), 0) + 1 FROM changes) FROM (
        SELECT OLD.id AS tag
        UNION SELECT 'about:' || OLD.location_id
        UNION SELECT 'about:' || OLD.attributed_to
        UNION SELECT 'about:' || entity_id FROM event_actors WHERE event_id = OLD.id)
    WHERE tag IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER changes_event_actors_insert AFTER INSERT ON event_actors
BEGIN
    INSERT INTO changes (tag, seq) SELECT tag, (SELECT coalesce(max(seq), 0) + 1 FROM changes) FROM (
        SELECT NEW.event_id AS tag
        UNION SELECT 'about:' || NEW.entity_id)
    WHERE tag IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER changes_event_actors_update AFTER UPDATE ON event_actors
BEGIN
    INSERT INTO changes (tag, seq) SELECT tag, (SELECT coalesce(max(seq), 0) + 1 FROM changes) FROM (
        SELECT OLD.event_id AS tag
        UNION SELECT 'about:' || OLD.entity_id
        UNION SELECT NEW.event_id
        UNION SELECT 'about:' || NEW.entity_id)
    WHERE tag IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER changes_event_actors_delete AFTER DELETE ON event_actors
BEGIN
    INSERT INTO changes (tag, seq) SELECT tag, (SELECT coalesce(max(seq), 0) + 1 FROM changes) FROM (
        SELECT OLD.event_id AS tag
        UNION SELECT 'about:' || OLD.entity_id)
    WHERE tag IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER changes_event_sources_insert AFTER INSERT ON event_sources
BEGIN
    INSERT INTO changes (tag, seq) SELECT tag, (SELECT coalesce(max(seq), 0) + 1 FROM changes) FROM (
        SELECT NEW.event_id AS tag
        UNION SELECT 'about:' || NEW.doc_id)
    WHERE tag IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER changes_event_sources_update AFTER UPDATE ON event_sources
BEGIN
    INSERT INTO changes (tag, seq) SELECT tag, (SELECT coalesce(max(seq), 0) + 1 FROM changes) FROM (
        SELECT OLD.event_id AS tag
        UNION SELECT 'about:' || OLD.doc_id
        UNION SELECT NEW.event_id
        UNION SELECT 'about:' || NEW.doc_id)
    WHERE tag IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER changes_event_sources_delete AFTER DELETE ON event_sources
BEGIN
    INSERT INTO changes (tag, seq) SELECT tag, (SELECT coalesce(max(seq), 0) + 1 FROM changes) FROM (
        SELECT OLD.event_id AS tag
        UNION SELECT 'about:' || OLD.doc_id)
    WHERE tag IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER changes_evidence_insert AFTER INSERT ON evidence
BEGIN
    INSERT INTO changes (tag, seq) SELECT tag, (SELECT coalesce(max(seq), 0) + 1 FROM changes) FROM (
        SELECT NEW.owner_id AS tag
        UNION SELECT 'about:' || NEW.owner_id
        UNION SELECT 'about:' || NEW.doc_id)
    WHERE tag IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER changes_evidence_update AFTER UPDATE ON evidence
BEGIN
    INSERT INTO changes (tag, seq) SELECT tag, (SELECT coalesce(max(seq), 0) + 1 FROM changes) FROM (
        SELECT OLD.owner_id AS tag
        UNION SELECT 'about:' || OLD.owner_id
        UNION SELECT 'about:' || OLD.doc_id
        UNION SELECT NEW.owner_id
        UNION SELECT 'about:' || NEW.owner_id
        UNION SELECT 'about:' || NEW.doc_id)
    WHERE tag IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER changes_evidence_delete AFTER DELETE ON evidence
BEGIN
    INSERT INTO changes (tag, seq) SELECT tag, (SELECT coalesce(max(seq), 0) + 1 FROM changes) FROM (
        SELECT OLD.owner_id AS tag
        UNION SELECT 'about:' || OLD.owner_id
        UNION SELECT 'about:' || OLD.doc_id)
    WHERE tag IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER changes_claims_insert AFTER INSERT ON claims
BEGIN
    INSERT INTO changes (tag, seq) SELECT tag, (SELECT coalesce(max(seq), 0) + 1 FROM changes) FROM (
        SELECT NEW.subject_id AS tag
        UNION SELECT 'about:' || NEW.subject_id
        UNION SELECT 'about:' || NEW.doc_id)
    WHERE tag IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER changes_claims_update AFTER UPDATE ON claims
BEGIN
    INSERT INTO changes (tag, seq) SELECT tag, (SELECT coalesce(max(seq), 0) + 1 FROM changes) FROM (
        SELECT OLD.subject_id AS tag
        UNION SELECT 'about:' || OLD.subject_id
        UNION SELECT 'about:' || OLD.doc_id
        UNION SELECT NEW.subject_id
        UNION SELECT 'about:' || NEW.subject_id
        UNION SELECT 'about:' || NEW.doc_id)
    WHERE tag IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER changes_claims_delete AFTER DELETE ON claims
BEGIN
    INSERT INTO changes (tag, seq) SELECT tag, (SELECT coalesce(max(seq), 0) + 1 FROM changes) FROM (
        SELECT OLD.subject_id AS tag
        UNION SELECT 'about:' || OLD.subject_id
        UNION SELECT 'about:' || OLD.doc_id)
    WHERE tag IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER changes_relations_insert AFTER INSERT ON relations
BEGIN
    INSERT INTO changes (tag, seq) SELECT tag, (SELECT coalesce(max(seq), 0) + 1 FROM changes) FROM (
        SELECT NEW.id AS tag
        UNION SELECT 'about:' || NEW.subject_id
        UNION SELECT 'about:' || NEW.object_id
        UNION SELECT 'about:' || NEW.attributed_to
        UNION SELECT 'about:' || NEW.doc_id)
    WHERE tag IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER changes_relations_update AFTER UPDATE ON relations
BEGIN
    INSERT INTO changes (tag, seq) SELECT tag, (SELECT coalesce(max(seq), 0) + 1 FROM changes) FROM (
        SELECT OLD.id AS tag
        UNION SELECT 'about:' || OLD.subject_id
        UNION SELECT 'about:' || OLD.object_id
        UNION SELECT 'about:' || OLD.attributed_to
        UNION SELECT 'about:' || OLD.doc_id
        UNION SELECT NEW.id
        UNION SELECT 'about:' || NEW.subject_id
        UNION SELECT 'about:' || NEW.object_id
        UNION SELECT 'about:' || NEW.attributed_to
        UNION SELECT 'about:' || NEW.doc_id)
    WHERE tag IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER changes_relations_delete AFTER DELETE ON relations
BEGIN
    INSERT INTO changes (tag, seq) SELECT tag, (SELECT coalesce(max(seq), 0) + 1 FROM changes) FROM (
        SELECT OLD.id AS tag
        UNION SELECT 'about:' || OLD.subject_id
        UNION SELECT 'about:' || OLD.object_id
        UNION SELECT 'about:' || OLD.attributed_to
        UNION SELECT 'about:' || OLD.doc_id)
    WHERE tag IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER changes_documents_insert AFTER INSERT ON documents
BEGIN
    INSERT INTO changes (tag, seq) SELECT tag, (SELECT coalesce(max(seq), 0) + 1 FROM changes) FROM (
        SELECT NEW.id AS tag
        UNION SELECT 'about:' || NEW.id)
    WHERE tag IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER changes_documents_update AFTER UPDATE ON documents
BEGIN
    INSERT INTO changes (tag, seq) SELECT tag, (SELECT coalesce(max(seq), 0) + 1 FROM changes) FROM (
        SELECT OLD.id AS tag
        UNION SELECT 'about:' || OLD.id
        UNION SELECT NEW.id
        UNION SELECT 'about:' || NEW.id
        UNION SELECT 'about:' || entity_id FROM mentions WHERE doc_id = OLD.id
        UNION SELECT 'about:' || entity_id FROM mentions WHERE doc_id = NEW.id)
    WHERE tag IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER changes_documents_delete AFTER DELETE ON documents
BEGIN
    INSERT INTO changes (tag, seq) SELECT tag, (SELECT coalesce(max(seq), 0) + 1 FROM changes) FROM (
        SELECT OLD.id AS tag
        UNION SELECT 'about:' || OLD.id
        UNION SELECT 'about:' || entity_id FROM mentions WHERE doc_id = OLD.id)
    WHERE tag IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER changes_document_sources_insert AFTER INSERT ON document_sources
BEGIN
    INSERT INTO changes (tag, seq) SELECT tag, (SELECT coalesce(max(seq), 0) + 1 FROM changes) FROM (
        SELECT NEW.doc_id AS tag)
    WHERE tag IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER changes_document_sources_update AFTER UPDATE ON document_sources
BEGIN
    INSERT INTO changes (tag, seq) SELECT tag, (SELECT coalesce(max(seq), 0) + 1 FROM changes) FROM (
        SELECT OLD.doc_id AS tag
        UNION SELECT NEW.doc_id)
    WHERE tag IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER changes_document_sources_delete AFTER DELETE ON document_sources
BEGIN
    INSERT INTO changes (tag, seq) SELECT tag, (SELECT coalesce(max(seq), 0) + 1 FROM changes) FROM (
        SELECT OLD.doc_id AS tag)
    WHERE tag IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER changes_duplicates_insert AFTER INSERT ON duplicates
BEGIN
    INSERT INTO changes (tag, seq) SELECT tag, (SELECT coalesce(max(seq), 0) + 1 FROM changes) FROM (
        SELECT NEW.doc_id AS tag
        UNION SELECT NEW.other_id)
    WHERE tag IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER changes_duplicates_update AFTER UPDATE ON duplicates
BEGIN
    INSERT INTO changes (tag, seq) SELECT tag, (SELECT coalesce(max(seq), 0) + 1 FROM changes) FROM (
        SELECT OLD.doc_id AS tag
        UNION SELECT OLD.other_id
        UNION SELECT NEW.doc_id
        UNION SELECT NEW.other_id)
    WHERE tag IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER changes_duplicates_delete AFTER DELETE ON duplicates
BEGIN
    INSERT INTO changes (tag, seq) SELECT tag, (SELECT coalesce(max(seq), 0) + 1 FROM changes) FROM (
        SELECT OLD.doc_id AS tag
        UNION SELECT OLD.other_id)
    WHERE tag IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER changes_corrections_insert AFTER INSERT ON corrections
BEGIN
    INSERT INTO changes (tag, seq) SELECT tag, (SELECT coalesce(max(seq), 0) + 1 FROM changes) FROM (
        SELECT '*' AS tag)
    WHERE tag IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER changes_corrections_update AFTER UPDATE ON corrections
BEGIN
    INSERT INTO changes (tag, seq) SELECT tag, (SELECT coalesce(max(seq), 0) + 1 FROM changes) FROM (
        SELECT '*' AS tag)
    WHERE tag IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER changes_corrections_delete AFTER DELETE ON corrections
BEGIN
    INSERT INTO changes (tag, seq) SELECT tag, (SELECT coalesce(max(seq), 0) + 1 FROM changes) FROM (
        SELECT '*' AS tag)
    WHERE tag IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER changes_verdicts_insert AFTER INSERT ON verdicts
BEGIN
    INSERT INTO changes (tag, seq) SELECT tag, (SELECT coalesce(max(seq), 0) + 1 FROM changes) FROM (
        SELECT '*' AS tag)
    WHERE tag IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER changes_verdicts_update AFTER UPDATE ON verdicts
BEGIN
    INSERT INTO changes (tag, seq) SELECT tag, (SELECT coalesce(max(seq), 0) + 1 FROM changes) FROM (
        SELECT '*' AS tag)
    WHERE tag IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER changes_verdicts_delete AFTER DELETE ON verdicts
BEGIN
    INSERT INTO changes (tag, seq) SELECT tag, (SELECT coalesce(max(seq), 0) + 1 FROM changes) FROM (
        SELECT '*' AS tag)
    WHERE tag IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER changes_gazetteer_sources_insert AFTER INSERT ON gazetteer_sources
BEGIN
    INSERT INTO changes (tag, seq) SELECT tag, (SELECT coalesce(max(seq), 0) + 1 FROM changes) FROM (
        SELECT '*' AS tag)
    WHERE tag IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER changes_gazetteer_sources_update AFTER UPDATE ON gazetteer_sources
BEGIN
    INSERT INTO changes (tag, seq) SELECT tag, (SELECT coalesce(max(seq), 0) + 1 FROM changes) FROM (
        SELECT '*' AS tag)
    WHERE tag IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER changes_gazetteer_sources_delete AFTER DELETE ON gazetteer_sources
BEGIN
    INSERT INTO changes (tag, seq) SELECT tag, (SELECT coalesce(max(seq), 0) + 1 FROM changes) FROM (
        SELECT '*' AS tag)
    WHERE tag IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER changes_gazetteer_places_insert AFTER INSERT ON gazetteer_places
BEGIN
    INSERT INTO changes (tag, seq) SELECT tag, (SELECT coalesce(max(seq), 0) + 1 FROM changes) FROM (
        SELECT '*' AS tag)
    WHERE tag IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER changes_gazetteer_places_update AFTER UPDATE ON gazetteer_places
BEGIN
    INSERT INTO changes (tag, seq) SELECT tag, (SELECT coalesce(max(seq), 0) + 1 FROM changes) FROM (
        SELECT '*' AS tag)
    WHERE tag IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER changes_gazetteer_places_delete AFTER DELETE ON gazetteer_places
BEGIN
    INSERT INTO changes (tag, seq) SELECT tag, (SELECT coalesce(max(seq), 0) + 1 FROM changes) FROM (
        SELECT '*' AS tag)
    WHERE tag IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER changes_gazetteer_names_insert AFTER INSERT ON gazetteer_names
BEGIN
    INSERT INTO changes (tag, seq) SELECT tag, (SELECT coalesce(max(seq), 0) + 1 FROM changes) FROM (
        SELECT '*' AS tag)
    WHERE tag IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER changes_gazetteer_names_update AFTER UPDATE ON gazetteer_names
BEGIN
    INSERT INTO changes (tag, seq) SELECT tag, (SELECT coalesce(max(seq), 0) + 1 FROM changes) FROM (
        SELECT '*' AS tag)
    WHERE tag IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER changes_gazetteer_names_delete AFTER DELETE ON gazetteer_names
BEGIN
    INSERT INTO changes (tag, seq) SELECT tag, (SELECT coalesce(max(seq), 0) + 1 FROM changes) FROM (
        SELECT '*' AS tag)
    WHERE tag IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER changes_gazetteer_polygons_insert AFTER INSERT ON gazetteer_polygons
BEGIN
    INSERT INTO changes (tag, seq) SELECT tag, (SELECT coalesce(max(seq), 0) + 1 FROM changes) FROM (
        SELECT '*' AS tag)
    WHERE tag IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER changes_gazetteer_polygons_update AFTER UPDATE ON gazetteer_polygons
BEGIN
    INSERT INTO changes (tag, seq) SELECT tag, (SELECT coalesce(max(seq), 0) + 1 FROM changes) FROM (
        SELECT '*' AS tag)
    WHERE tag IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;

CREATE TRIGGER changes_gazetteer_polygons_delete AFTER DELETE ON gazetteer_polygons
BEGIN
    INSERT INTO changes (tag, seq) SELECT tag, (SELECT coalesce(max(seq), 0) + 1 FROM changes) FROM (
        SELECT '*' AS tag)
    WHERE tag IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;

