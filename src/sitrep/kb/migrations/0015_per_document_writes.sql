-- 0015_per_document_writes: the rows an ingest writes by the thousand (entities and their aliases, mentions, time
-- expressions, evidence, events with their actors and sources, claims, relations, merge reasons) leave their tags in
-- the change log (0012) through the application, not through a trigger per row: kb/writes.py (and for entities,
-- aliases and event actors kb/corrections.py), the only code that inserts them, notes the tags of
-- each insert (kb/change_notes.py `note`, the same tags as the triggers below wrote) and the pipeline writes a
-- document's tags in one statement at the end of its savepoint (`change_notes.batched`). A trigger per row cost more
-- than the rows themselves (about 0.7 of 1.6 CPU s of storage for 80 news articles). Their updates and deletes
-- (corrections, a document written again, relation ends) keep their triggers, and so do the other tables, but
-- for one update: a claim's first evidence (its evidence_id set from NULL, nothing else changed), which
-- kb/writes.py makes right after inserting the claim and notes with it. A program that inserts rows into these
-- tables, or gives a claim its first evidence, by itself writes their tags with `change_notes.note`.

DROP TRIGGER changes_mentions_insert;
DROP TRIGGER changes_timexes_insert;
DROP TRIGGER changes_evidence_insert;
DROP TRIGGER changes_events_insert;
DROP TRIGGER changes_event_sources_insert;
DROP TRIGGER changes_claims_insert;
DROP TRIGGER changes_relations_insert;
DROP TRIGGER changes_entity_merges_insert;
DROP TRIGGER changes_entities_insert;
DROP TRIGGER changes_aliases_insert;
DROP TRIGGER changes_event_actors_insert;

DROP TRIGGER changes_claims_update;
CREATE TRIGGER changes_claims_update AFTER UPDATE ON claims
    WHEN NOT (OLD.evidence_id IS NULL AND NEW.evidence_id IS NOT NULL AND OLD.id IS NEW.id AND OLD.subject_kind IS NEW.subject_kind AND OLD.subject_id IS NEW.subject_id AND OLD.attribute IS NEW.attribute AND OLD.value IS NEW.value AND OLD.certainty IS NEW.certainty AND OLD.attributed_to IS NEW.attributed_to AND OLD.doc_id IS NEW.doc_id)
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

-- Their full-text index likewise: kb/writes.py puts a document's evidence quotes into evidence_fts in one statement
-- at the end of the document, instead of a trigger per row (`change_notes.index_evidence`). FTS5 writes what it
-- holds to a new segment, and merges segments, before every statement that opens a statement journal, so a
-- trigger per evidence row made a segment per quote (a third of the storage's SQL time). The index holds the same
-- rows and texts, so every search answers as before; deletes keep their trigger. A program that inserts evidence
-- by itself indexes it with `change_notes.index_evidence`.
DROP TRIGGER evidence_fts_ai;
