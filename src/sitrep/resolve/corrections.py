"""Analyst corrections as constraints on resolution.

``sitrep entity merge|split|rename|alias`` change the base at once
(``sitrep.kb.corrections.apply_correction``) and are recorded with who made them and
when. Resolution reads them back every time it runs, so a decision survives
re-runs, re-processing and new ingests:

- a merged-away entity redirects to the one kept;
- a name split off an entity never joins that entity again, and joins the
  entity the split created;
- a name an analyst gave as an alias joins that entity, even where another entity has the name too;
- renames and added aliases live in the entity and alias rows themselves.

Undone corrections (``sitrep corrections undo``) are not read: ``kb.corrections()`` gives those in force.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sitrep.lexicon.keys import alias_key
from sitrep.resolve.store import ResolutionStore


@dataclass
class Constraints:
    redirects: dict[str, str] = field(default_factory=dict)  # merged-away entity -> the one kept
    blocked: set[tuple[str, str]] = field(default_factory=set)  # (entity, alias key) never to be joined
    forced: dict[str, str] = field(default_factory=dict)  # alias key -> entity it must join (split, alias)

    def target(self, entity_id: str) -> str:
        seen = set()
        while entity_id in self.redirects and entity_id not in seen:
            seen.add(entity_id)
            entity_id = self.redirects[entity_id]
        return entity_id


def constraints(kb: ResolutionStore) -> Constraints:
    out = Constraints()
    for c in kb.corrections():
        args = c["args"]
        if c["action"] == "merge":
            out.redirects[args["gone"]] = args["keep"]
        elif c["action"] == "split":
            key = alias_key(args["alias"])
            out.blocked.add((args["entity"], key))
            out.forced[key] = args["new_id"]
        elif c["action"] == "alias":
            out.forced[alias_key(args["alias"])] = args["entity"]
    return out
