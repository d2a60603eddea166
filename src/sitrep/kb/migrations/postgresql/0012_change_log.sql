-- 0012_change_log: what each commit touched (see the SQLite migration of the same name for the tags and their
-- use). The same table, written by one trigger function whose tags per table are those of SQLite's triggers; an
-- update that changes no column writes nothing. `sitrep serve` keeps no page cache over PostgreSQL (there is no
-- write generation to watch), so here the log is kept for parity and for other readers.

CREATE TABLE changes (
    tag TEXT PRIMARY KEY,
    seq BIGINT NOT NULL
);
CREATE INDEX changes_seq ON changes(seq);
CREATE SEQUENCE changes_next;

CREATE FUNCTION changes_tags(t TEXT, op TEXT, r JSONB) RETURNS TEXT[] LANGUAGE sql STABLE AS $$
    SELECT CASE t
        WHEN 'entities' THEN ARRAY[r->>'id'] || CASE WHEN op = 'INSERT' THEN ARRAY[]::TEXT[] ELSE
            ARRAY(SELECT event_id FROM event_actors WHERE entity_id = r->>'id')
            || ARRAY(SELECT id FROM events WHERE location_id = r->>'id' OR attributed_to = r->>'id')
            || ARRAY(SELECT id FROM relations WHERE subject_id = r->>'id' OR object_id = r->>'id'
                                                 OR attributed_to = r->>'id') END
        WHEN 'aliases' THEN ARRAY['about:' || (r->>'entity_id')]
        WHEN 'mentions' THEN ARRAY['about:' || (r->>'entity_id'), 'about:' || (r->>'doc_id')]
        WHEN 'entity_merges' THEN ARRAY['about:' || (r->>'entity_id'), 'about:' || (r->>'doc_id')]
        WHEN 'timexes' THEN ARRAY['about:' || (r->>'doc_id')]
        WHEN 'events' THEN ARRAY[r->>'id', 'about:' || (r->>'location_id'), 'about:' || (r->>'attributed_to')]
            || CASE WHEN op = 'INSERT' THEN ARRAY[]::TEXT[] ELSE
               ARRAY(SELECT 'about:' || entity_id FROM event_actors WHERE event_id = r->>'id') END
        WHEN 'event_actors' THEN ARRAY[r->>'event_id', 'about:' || (r->>'entity_id')]
        WHEN 'event_sources' THEN ARRAY[r->>'event_id', 'about:' || (r->>'doc_id')]
        WHEN 'evidence' THEN ARRAY[r->>'owner_id', 'about:' || (r->>'owner_id'), 'about:' || (r->>'doc_id')]
        WHEN 'claims' THEN ARRAY[r->>'subject_id', 'about:' || (r->>'subject_id'), 'about:' || (r->>'doc_id')]
        WHEN 'relations' THEN ARRAY[r->>'id', 'about:' || (r->>'subject_id'), 'about:' || (r->>'object_id'),
                                    'about:' || (r->>'attributed_to'), 'about:' || (r->>'doc_id')]
        WHEN 'documents' THEN ARRAY[r->>'id', 'about:' || (r->>'id')]
            || CASE WHEN op = 'INSERT' THEN ARRAY[]::TEXT[] ELSE
               ARRAY(SELECT 'about:' || entity_id FROM mentions WHERE doc_id = r->>'id') END
        WHEN 'document_sources' THEN ARRAY[r->>'doc_id']
        WHEN 'duplicates' THEN ARRAY[r->>'doc_id', r->>'other_id']
        ELSE ARRAY['*'] END
$$;

CREATE FUNCTION changes_note() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    tags TEXT[] := ARRAY[]::TEXT[];
    n BIGINT := nextval('changes_next');
BEGIN
    IF TG_OP <> 'INSERT' THEN tags := tags || changes_tags(TG_TABLE_NAME, TG_OP, to_jsonb(OLD)); END IF;
    IF TG_OP <> 'DELETE' THEN tags := tags || changes_tags(TG_TABLE_NAME, TG_OP, to_jsonb(NEW)); END IF;
    INSERT INTO changes (tag, seq) SELECT DISTINCT t, n FROM unnest(tags) AS t WHERE t IS NOT NULL
        ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
    RETURN NULL;
END
$$;

-- the tables whose change means "every page" (tag '*') need no row: one statement-level trigger each, so a
-- gazetteer import of a million rows writes the log once per statement, not once per row
CREATE FUNCTION changes_note_all() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO changes (tag, seq) VALUES ('*', nextval('changes_next'))
        ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
    RETURN NULL;
END
$$;

DO $$
DECLARE t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['entities', 'aliases', 'mentions', 'entity_merges', 'timexes', 'events', 'event_actors',
                             'event_sources', 'evidence', 'claims', 'relations', 'documents', 'document_sources',
                             'duplicates'] LOOP
        EXECUTE format('CREATE TRIGGER changes_write AFTER INSERT OR DELETE ON %I FOR EACH ROW'
                       ' EXECUTE FUNCTION changes_note()', t);
        EXECUTE format('CREATE TRIGGER changes_update AFTER UPDATE ON %I FOR EACH ROW'
                       ' WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION changes_note()', t);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['corrections', 'verdicts', 'gazetteer_sources', 'gazetteer_places', 'gazetteer_names',
                             'gazetteer_polygons'] LOOP
        EXECUTE format('CREATE TRIGGER changes_all AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH STATEMENT'
                       ' EXECUTE FUNCTION changes_note_all()', t);
    END LOOP;
END
$$;
