-- 0014_event_place_date: event coreference (resolve/events.py same_events) reads the events of one place within a
-- few days of a new event's date (kb/reads.py events_between). Indexed by date alone it read every event of those
-- days anywhere, a number that grows with the base; indexed by place and date it reads only that place's. It
-- replaces the one-column place index it begins with (0009), which served the reads of the events at a place.

CREATE INDEX IF NOT EXISTS events_place_date ON events(location_id, date_start);
DROP INDEX IF EXISTS events_location;
