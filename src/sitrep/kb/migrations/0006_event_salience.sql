-- 0006_event_salience: whether an event is what its documents report (main) or an earlier incident they recall
-- (background), as the extractor told them apart; an event any source reports as news is main.

ALTER TABLE events ADD COLUMN salience TEXT CHECK (salience IN ('main', 'background'));
