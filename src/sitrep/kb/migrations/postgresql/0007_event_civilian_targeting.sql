-- 0007_event_civilian_targeting (PostgreSQL): as the SQLite migration of the same name.

ALTER TABLE events ADD COLUMN civilian_targeting BIGINT CHECK (civilian_targeting IN (0, 1));
