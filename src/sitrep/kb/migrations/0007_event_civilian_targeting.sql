-- 0007_event_civilian_targeting: ACLED's civilian_targeting mark, as the coder set it (1: civilians are the target
-- of the violence); an event any source codes as targeting civilians keeps the mark. NULL for events coded before.

ALTER TABLE events ADD COLUMN civilian_targeting INTEGER CHECK (civilian_targeting IN (0, 1));
