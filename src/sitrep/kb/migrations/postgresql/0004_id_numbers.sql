-- 0004_id_numbers (PostgreSQL): the number of an id (eN, vN, rN) indexed, so that the next fresh id is read from
-- the index. kb.db.next_id writes the same expression: the digits after the table's prefix letter, as a number
-- (NULL for an id of another shape, which max() skips; SQLite's CAST reads the same leading digits).

CREATE INDEX entities_number ON entities ((substring(id FROM '^e([0-9]+)')::numeric));
CREATE INDEX events_number ON events ((substring(id FROM '^v([0-9]+)')::numeric));
CREATE INDEX relations_number ON relations ((substring(id FROM '^r([0-9]+)')::numeric));
