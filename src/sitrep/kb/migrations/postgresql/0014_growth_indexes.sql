-- 0014_growth_indexes: event coreference (resolve/events.py same_events) reads the events of one place within a
-- few days of a new event's date (kb/reads.py events_between). Indexed by date alone it read every event of those
-- days anywhere, a number that grows with the base; indexed by place and date it reads only that place's. It
-- replaces the one-column place index it begins with (0009), which served the reads of the events at a place.
-- Storing a relation of a fact no rule relates to others (hostile_to between two groups, restated by hundreds of
-- notes) first asks whether any statement of that fact has an end (kb/reads.py fact_has_end): the relations with
-- an end, few, are indexed apart, so the answer does not read every statement of the fact.

CREATE INDEX IF NOT EXISTS events_place_date ON events(location_id, date_start);
DROP INDEX IF EXISTS events_location;
CREATE INDEX IF NOT EXISTS relations_ended ON relations(subject_id, object_id) WHERE end_date IS NOT NULL;
