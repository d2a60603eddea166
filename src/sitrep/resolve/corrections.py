"""Analyst corrections as constraints on resolution.

``sitrep entity merge|split|rename|alias`` change the base at once
(``KnowledgeBase.apply_correction``) and are recorded with who made them and
when. Resolution reads them back every time it runs, so a decision survives
re-runs, re-processing and new ingests:

- a merged-away entity redirects to the one kept;
- a name split off an entity never joins that entity again, and joins the
  entity the split created;
- renames and added aliases live in the entity and alias rows themselves.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sitrep.kb.storage import KnowledgeBase
from sitrep.lexicon.keys import alias_key


@dataclass
class Constraints:
    redirects: dict[str, str] = field(default_factory=dict)  # merged-away entity -> the one kept
    blocked: set[tuple[str, str]] = field(default_factory=set)  # (entity, alias key) never to be joined
    forced: dict[str, str] = field(default_factory=dict)  # alias key -> entity it must join

    def target(self, entity_id: str) -> str:
        seen = set()
        while entity_id in self.redirects and entity_id not in seen:
            seen.add(entity_id)
            entity_id = self.redirects[entity_id]
        return entity_id


def constraints(kb: KnowledgeBase) -> Constraints:
    out = Constraints()
    for c in kb.corrections():
        args = c["args"]
        if c["action"] == "merge":
            out.redirects[args["gone"]] = args["keep"]
        elif c["action"] == "split":
            key = alias_key(args["alias"])
            out.blocked.add((args["entity"], key))
            out.forced[key] = args["new_id"]
    return out
