"""Analyst corrections: each is recorded (who, when, why) and carried out on the base in one transaction.

``merge`` (keep, gone), ``split`` (entity, alias, new_id), ``rename`` (entity, name) and ``alias`` (entity,
alias). Resolution reads the recorded corrections back as constraints (``sitrep.resolve.corrections``), so a
decision holds through later ingests and re-processing.
"""

from __future__ import annotations

import json
import re
from typing import Any

from sitrep.errors import SitrepError
from sitrep.kb.db import Database
from sitrep.kb.queries import NameNotFound, Queries
from sitrep.kb.schema import utcnow
from sitrep.lexicon.keys import alias_key

ACTIONS = {"merge": ("keep", "gone"), "split": ("entity", "alias"), "rename": ("entity", "name"),
           "alias": ("entity", "alias")}
ENTITY_ARGS = ("keep", "gone", "entity")
MAX_NAME = 200  # characters of a name or alias an analyst gives
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def correction_args(kb: Queries, action: str, names: dict[str, str]) -> dict[str, Any]:
    """The arguments of a correction, checked: entity arguments are ids or exact names (case and spacing aside)
    of exactly one entity, never a close spelling; names and aliases are non-empty and bounded; a merge joins
    entities of one type; a split names an alias the entity has. Raises ``SitrepError`` (E701) or
    ``NameNotFound``."""
    if action not in ACTIONS or set(names) != set(ACTIONS[action]):
        raise SitrepError("E701", detail=f"{action} takes {' and '.join(ACTIONS.get(action, ('?',)))}")
    args: dict[str, Any] = {}
    for k, v in names.items():
        args[k] = _exact_entity(kb, v) if k in ENTITY_ARGS else _clean_name(k, v)
    if action == "merge":
        if args["keep"] == args["gone"]:
            raise SitrepError("E701", detail="both names are already the same entity")
        types = {str(_type_of(kb.db, args["keep"])), str(_type_of(kb.db, args["gone"]))}
        if len(types) > 1:
            raise SitrepError("E701", detail=f"cannot merge entities of different types ({', '.join(sorted(types))})")
    if action == "split" and not _has_name(kb.db, args["entity"], args["alias"]):
        raise SitrepError("E701", detail=f"{args['entity']} has no name or mention {args['alias']!r} to split off")
    return args


def _exact_entity(kb: Queries, name: str) -> str:
    hits = [h for h in kb.resolve_name(name) if h["matched_by"] in ("id", "alias")]
    if not hits:
        kb.find_entity(name)  # raises NameNotFound with suggestions when nothing is close
        raise NameNotFound(name, [h["name"] for h in kb.resolve_name(name)][:3])
    if len(hits) > 1 and hits[0]["matched_by"] != "id":
        raise SitrepError("E701", detail=f"{name!r} names several entities ({', '.join(h['id'] for h in hits)});"
                                         " give an id")
    return str(hits[0]["id"])


def _clean_name(field: str, value: str) -> str:
    text = " ".join(_CONTROL.sub(" ", value).split())
    if not text:
        raise SitrepError("E701", detail=f"the {field} is empty")
    if len(text) > MAX_NAME:
        raise SitrepError("E701", detail=f"the {field} is {len(text)} characters long (at most {MAX_NAME})")
    return text


def _type_of(db: Database, entity_id: str) -> str | None:
    row = db.execute("SELECT type FROM entities WHERE id = ?", (entity_id,)).fetchone()
    return None if row is None else str(row[0])


def _has_name(db: Database, entity_id: str, alias: str) -> bool:
    key = alias_key(alias)
    names = [r[0] for r in db.execute("SELECT alias FROM aliases WHERE entity_id = ? UNION SELECT text FROM mentions"
                                      " WHERE entity_id = ?", (entity_id, entity_id))]
    return any(alias_key(n) == key for n in names)


def apply_correction(db: Database, action: str, args: dict[str, Any], author: str, note: str | None = None) -> int:
    """Record an analyst's decision and carry it out on the base, in one transaction; return its id."""
    with db.transaction():
        cur = db.execute("INSERT INTO corrections (action, args, author, at, note) VALUES (?, ?, ?, ?, ?)",
                         (action, json.dumps(args, sort_keys=True), author, utcnow(), note))
        if action == "merge":
            merge_entities(db, args["keep"], args["gone"])
        elif action == "split":
            split_entity(db, args["entity"], args["alias"], args["new_id"])
        elif action == "rename":
            db.execute("INSERT OR IGNORE INTO aliases (entity_id, alias, key, origin) SELECT id, name, ?,"
                       " 'analyst' FROM entities WHERE id = ?",
                       (alias_key(str(_name_of(db, args["entity"]))), args["entity"]))
            db.execute("UPDATE entities SET name = ? WHERE id = ?", (args["name"], args["entity"]))
        elif action == "alias":
            db.execute("INSERT OR IGNORE INTO aliases (entity_id, alias, key, origin) VALUES (?, ?, ?, 'analyst')",
                       (args["entity"], args["alias"], alias_key(args["alias"])))
        else:
            raise ValueError(f"unknown correction {action!r}")
        return int(cur.lastrowid or 0)


def _name_of(db: Database, entity_id: str) -> str | None:
    row = db.execute("SELECT name FROM entities WHERE id = ?", (entity_id,)).fetchone()
    return None if row is None else str(row[0])


def merge_entities(db: Database, keep: str, gone: str) -> None:
    """Everything that pointed at ``gone`` points at ``keep``; ``gone`` is removed."""
    db.execute("INSERT OR IGNORE INTO aliases (entity_id, alias, key, origin) SELECT ?, alias, key, origin"
               " FROM aliases WHERE entity_id = ?", (keep, gone))
    gone_name = _name_of(db, gone)
    if gone_name is not None:  # the name goes in under the same key every alias has
        db.execute("INSERT OR IGNORE INTO aliases (entity_id, alias, key, origin) VALUES (?, ?, ?, 'analyst')",
                   (keep, gone_name, alias_key(gone_name)))
    db.execute("UPDATE mentions SET entity_id = ? WHERE entity_id = ?", (keep, gone))
    db.execute("INSERT OR IGNORE INTO event_actors (event_id, entity_id, role) SELECT event_id, ?, role"
               " FROM event_actors WHERE entity_id = ?", (keep, gone))
    db.execute("UPDATE events SET location_id = ? WHERE location_id = ?", (keep, gone))
    db.execute("UPDATE events SET attributed_to = ? WHERE attributed_to = ?", (keep, gone))
    for col in ("subject_id", "object_id", "attributed_to"):
        db.execute(f"UPDATE relations SET {col} = ? WHERE {col} = ?", (keep, gone))
    db.execute("UPDATE claims SET subject_id = ? WHERE subject_kind = 'entity' AND subject_id = ?", (keep, gone))
    db.execute("UPDATE entity_merges SET entity_id = ? WHERE entity_id = ?", (keep, gone))
    db.execute("DELETE FROM entities WHERE id = ?", (gone,))


def split_entity(db: Database, entity: str, alias: str, new_id: str) -> None:
    """Mentions of ``entity`` written as ``alias`` (compared by alias key) become the new entity ``new_id``."""
    key = alias_key(alias)
    db.execute("INSERT INTO entities (id, type, name, country, attrs, created_at) SELECT ?, type, ?, country, '{}', ?"
               " FROM entities WHERE id = ?", (new_id, alias, utcnow(), entity))
    moved = [r["id"] for r in db.execute("SELECT id, text FROM mentions WHERE entity_id = ?", (entity,)).fetchall()
             if alias_key(r["text"]) == key]
    db.executemany("UPDATE mentions SET entity_id = ? WHERE id = ?", [(new_id, m) for m in moved])
    db.execute("DELETE FROM aliases WHERE entity_id = ? AND key = ?", (entity, key))
    db.execute("INSERT OR IGNORE INTO aliases (entity_id, alias, key, origin) VALUES (?, ?, ?, 'analyst')",
               (new_id, alias, key))
