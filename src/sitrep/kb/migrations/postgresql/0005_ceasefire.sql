-- 0005_ceasefire (PostgreSQL): the predicate ceasefire_with; PostgreSQL changes the check in place.

ALTER TABLE relations DROP CONSTRAINT relations_predicate_check;
ALTER TABLE relations ADD CONSTRAINT relations_predicate_check CHECK (predicate IN ('member_of', 'leader_of',
    'holds_position', 'pledged_allegiance_to', 'defected_from', 'allied_with', 'ceasefire_with', 'hostile_to',
    'supports', 'controls', 'located_in', 'family_of'));
