-- 0008_correction_undo (PostgreSQL): as the SQLite migration of the same name.

ALTER TABLE corrections ADD COLUMN undone_at TEXT COLLATE "C";
ALTER TABLE corrections ADD COLUMN undone_by TEXT COLLATE "C";
