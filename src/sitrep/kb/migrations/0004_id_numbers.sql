-- 0004_id_numbers: the number of the next fresh id (entities eN, events vN, relations rN) read from an
-- index on the id's number rather than by reading every id: storing a document asks for it once for its
-- entities and once per new event and relation, and the scan grew with the base (16 ms at 100,000
-- entities). kb.storage._next_id uses these indexes when its query writes the prefix test as
-- "+id GLOB 'e[0-9]*'" (with a plain "id GLOB", SQLite takes the primary key's range and reads it all).

CREATE INDEX entities_number ON entities(CAST(substr(id, 2) AS INTEGER));
CREATE INDEX events_number ON events(CAST(substr(id, 2) AS INTEGER));
CREATE INDEX relations_number ON relations(CAST(substr(id, 2) AS INTEGER));
