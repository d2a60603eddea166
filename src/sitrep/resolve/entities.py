"""Entity resolution across documents.

A dictionary key is its own entity id. Any other local key ("doc:person:qari
hekmat") is matched against the base by the blocking keys of its names, and
joins an entity of a compatible type; otherwise it becomes a new entity.
Every merge records its reasons.
"""

from __future__ import annotations

from collections import defaultdict

from sitrep.kb.storage import KnowledgeBase, PreparedDocument, alias_key
from sitrep.records import Mention, Resolution, ResolvedEntity


def resolve_entities(kb: KnowledgeBase, prep: PreparedDocument) -> Resolution:
    res = Resolution()
    fresh = kb.next_entity_number()
    by_key: dict[str, list[Mention]] = defaultdict(list)
    for m in prep.annotations.mentions:
        if m.entity_key:
            by_key[m.entity_key].append(m)
    for ref in prep.extractions.entities:
        res.keys[ref.key] = ref.key
        attrs: dict[str, object] = {"acled_name": ref.acled_name} if ref.acled_name else {}
        res.entities.append(ResolvedEntity(id=ref.key, type=ref.type, name=ref.name, new=True, country=ref.country,
                                           attrs=attrs))
    for key, mentions in by_key.items():
        names = tuple(dict.fromkeys(m.text for m in mentions))
        first = mentions[0]
        if not key.startswith("doc:"):
            res.keys[key] = key
            res.entities.append(ResolvedEntity(id=key, type=first.type, name=first.name or first.text, new=True,
                                               aliases=names))
            continue
        canonical = first.name or max(names, key=len)
        known = [e for e in kb.entities_by_alias_keys([alias_key(n) for n in (canonical, *names)])
                 if e["type"] == first.type]
        if known:
            match = known[0]
            res.keys[key] = match["id"]
            reasons = tuple(f"same name: {k}" for k in match["matched"])
            res.entities.append(ResolvedEntity(id=match["id"], type=match["type"], name=match["name"], new=False,
                                               aliases=names, reasons=reasons))
        else:
            new_id, fresh = f"e{fresh}", fresh + 1
            res.keys[key] = new_id
            res.entities.append(ResolvedEntity(id=new_id, type=first.type, name=canonical, new=True, aliases=names))
    return res
