-- 0015_per_document_writes: the inserts of the rows an ingest writes by the thousand leave their tags through the
-- application (kb/writes.py notes them, the pipeline writes a document's tags in one statement), not through
-- `changes_note` per row (see the SQLite migration of the same name). Their deletes keep the row trigger, their
-- updates `changes_update`, but for a claim's first evidence (its evidence_id set from NULL, nothing else changed),
-- which kb/writes.py notes with the claim.

DO $$
DECLARE t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['entities', 'aliases', 'mentions', 'timexes', 'evidence', 'events', 'event_actors',
                             'event_sources', 'claims', 'relations', 'entity_merges'] LOOP
        EXECUTE format('DROP TRIGGER changes_write ON %I', t);
        EXECUTE format('CREATE TRIGGER changes_write AFTER DELETE ON %I FOR EACH ROW'
                       ' EXECUTE FUNCTION changes_note()', t);
    END LOOP;
END
$$;

DROP TRIGGER changes_update ON claims;
CREATE TRIGGER changes_update AFTER UPDATE ON claims FOR EACH ROW
    WHEN (OLD.* IS DISTINCT FROM NEW.* AND NOT (OLD.evidence_id IS NULL AND NEW.evidence_id IS NOT NULL
          AND to_jsonb(OLD) - 'evidence_id' = to_jsonb(NEW) - 'evidence_id'))
    EXECUTE FUNCTION changes_note();
