-- 0013_relation_history_indexes: storing a relation decides again the ends of the relations it may end or be
-- ended by, read by their partner keys (resolve/relations.py partner_keys, kb/reads.py relation_history): the
-- same subject and object; the same place (control) or office and role (an exclusive post). Relations indexed by
-- subject and object, and by object, predicate and role, read those without scanning every relation of a
-- much-named entity (a group with thousands of members). They replace the one-column indexes they begin with.

CREATE INDEX IF NOT EXISTS relations_subject_object ON relations(subject_id, object_id);
CREATE INDEX IF NOT EXISTS relations_object_predicate ON relations(object_id, predicate, role);
DROP INDEX IF EXISTS relations_subject;
DROP INDEX IF EXISTS relations_object;
