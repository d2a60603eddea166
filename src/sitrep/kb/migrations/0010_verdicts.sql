-- 0010_verdicts: an analyst can confirm or reject an event or a relation (`sitrep event confirm|reject`,
-- `sitrep relation confirm|reject`, the buttons of `sitrep serve`). The decision is a correction like the others
-- (who, when, why; undoable), so `corrections.action` takes two more values. Each decision is keyed by what
-- re-processing gives back, not by a row id that changes: one `verdicts` row per evidence span the fact had
-- (document, offsets, quote), with the event type or the relation predicate and the relation's ends. Events and
-- relations carry the decision in force as `review` (NULL: nobody has looked). Documented in docs/schema.md.

-- SQLite cannot change a CHECK in place: the table is built again with the same rows and ids.
CREATE TABLE corrections_0010 (
    id        INTEGER PRIMARY KEY,
    action    TEXT NOT NULL CHECK (action IN ('merge', 'split', 'rename', 'alias', 'confirm', 'reject')),
    args      TEXT NOT NULL,                 -- JSON
    author    TEXT NOT NULL,
    at        TEXT NOT NULL,
    note      TEXT,
    undone_at TEXT,
    undone_by TEXT
);
INSERT INTO corrections_0010 (id, action, args, author, at, note, undone_at, undone_by)
    SELECT id, action, args, author, at, note, undone_at, undone_by FROM corrections;
DROP TABLE corrections;
ALTER TABLE corrections_0010 RENAME TO corrections;

ALTER TABLE events ADD COLUMN review TEXT CHECK (review IN ('confirmed', 'rejected'));
ALTER TABLE relations ADD COLUMN review TEXT CHECK (review IN ('confirmed', 'rejected'));
CREATE INDEX events_review ON events(review) WHERE review IS NOT NULL;
CREATE INDEX relations_review ON relations(review) WHERE review IS NOT NULL;

CREATE TABLE verdicts (
    id            INTEGER PRIMARY KEY,
    correction_id INTEGER NOT NULL REFERENCES corrections(id) ON DELETE CASCADE,
    kind          TEXT NOT NULL CHECK (kind IN ('event', 'relation')),
    verdict       TEXT NOT NULL CHECK (verdict IN ('confirmed', 'rejected')),
    doc_id        TEXT NOT NULL,             -- no foreign key: the decision outlives the document's extractions
    start_char    INTEGER NOT NULL,
    end_char      INTEGER NOT NULL,
    quote         TEXT NOT NULL,             -- the evidence text, which matches when the offsets have moved
    type          TEXT NOT NULL,             -- the event's type, or the relation's predicate
    subject_id    TEXT,                      -- a relation's ends when decided (merges are followed)
    object_id     TEXT
);
CREATE INDEX verdicts_doc ON verdicts(doc_id, kind);
CREATE INDEX verdicts_correction ON verdicts(correction_id);
