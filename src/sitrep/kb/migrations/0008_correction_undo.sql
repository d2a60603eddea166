-- 0008_correction_undo: an analyst correction can be undone (`sitrep corrections undo ID`). The correction stays
-- in the log with who undid it and when; resolution then no longer obeys it. (0005 is taken by the
-- `ceasefire_with` relation predicate.)

ALTER TABLE corrections ADD COLUMN undone_at TEXT;
ALTER TABLE corrections ADD COLUMN undone_by TEXT;
