-- 0006_event_salience (PostgreSQL): as the SQLite migration of the same name.

ALTER TABLE events ADD COLUMN salience TEXT COLLATE "C" CHECK (salience IN ('main', 'background'));
