"""Every stored name of a base as look-up tables, for resolving a user's name (``Queries.resolve_name``).

A :class:`NameIndex` holds, for each entity, its name and aliases under each key the tiers compare (alias key,
folded name, transliteration skeleton), so the first four tiers are dictionary look-ups instead of a pass over
every alias, and the close-spelling tier compares each distinct folded spelling once. It is built from one read
of ``entities`` joined with ``aliases``; :func:`name_index` keeps one per connection while the base's write
generation (``Database.generation``) stays the same, and builds it anew for every call where there is none (a
connection that writes, PostgreSQL), so an index never answers for a base that has changed since.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any

from sitrep.kb.db import Database
from sitrep.lexicon.keys import alias_key, close_spelling, fold, skeleton

# the keys of every stored name, computed once per process (names are read again on every new index)
_key = functools.lru_cache(maxsize=200_000)(alias_key)
_fold = functools.lru_cache(maxsize=200_000)(fold)
_skeleton = functools.lru_cache(maxsize=200_000)(skeleton)
_close = functools.lru_cache(maxsize=200_000)(close_spelling)  # the same searches meet the same names again


class NameIndex:
    """Entity ids by id, alias key, folded spelling and skeleton, from rows ``(id, type, name, alias, key)``."""

    def __init__(self, rows: Iterable[Any]) -> None:
        self.entities: dict[str, tuple[str, str]] = {}  # id -> (name, type)
        self.keys: dict[str, set[str]] = defaultdict(set)
        self.folded: dict[str, set[str]] = defaultdict(set)
        self.skeletons: dict[str, set[str]] = defaultdict(set)
        for eid, type_, name, alias, key in rows:
            self.entities[eid] = (name, type_)
            if key is not None:
                self.keys[key].add(eid)
            self.keys[_key(name)].add(eid)
            for text in (alias or "", name):
                self.folded[_fold(text)].add(eid)
                self.skeletons[_skeleton(text)].add(eid)

    def tier(self, name: str, types: set[str] | None = None) -> tuple[str, set[str]]:
        """The first tier (see ``kb.queries``) with a hit for ``name`` among entities of ``types`` (any when
        None), and the ids it gives; ("", set()) when none has."""
        folded = fold(name)
        candidates: tuple[tuple[str, Callable[[], Iterable[str] | None]], ...] = (
            ("id", lambda: {name} if name in self.entities else None),
            ("alias", lambda: self.keys.get(alias_key(name))),
            ("folded", lambda: self.folded.get(folded) if folded else None),
            ("transliteration", lambda: self.skeletons.get(skeleton(name)) if len(folded) >= 4 else None),
            ("spelling", lambda: {eid for text, ids in self.folded.items() if _close(folded, text)
                                  for eid in ids} if len(folded) >= 5 else None),
        )
        for label, look in candidates:
            hits = {eid for eid in look() or () if types is None or self.entities[eid][1] in types}
            if hits:
                return label, hits
        return "", set()


def name_index(db: Database, cache: dict[str, Any]) -> NameIndex:
    """The index of ``db``'s names, kept in ``cache`` (the connection's own) while its generation holds."""
    generation = db.generation()
    kept = cache.get("names")
    if generation is not None and kept is not None and kept[0] == generation:
        index: NameIndex = kept[1]
        return index
    index = NameIndex(db.execute("SELECT e.id, e.type, e.name, a.alias, a.key FROM entities e"
                                 " LEFT JOIN aliases a ON a.entity_id = e.id").fetchall())
    if generation is not None:
        cache["names"] = (generation, index)
    return index
