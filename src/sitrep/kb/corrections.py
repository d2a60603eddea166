"""Analyst corrections: each is recorded (who, when, why) and carried out on the base in one transaction.

``merge`` (keep, gone), ``split`` (entity, alias, new_id), ``rename`` (entity, name) and ``alias`` (entity,
alias) correct entities; ``confirm`` and ``reject`` (kind, fact, type, anchors) give a verdict on an event or a
relation (``sitrep.kb.verdicts``, which says how a verdict outlives the ids). Resolution reads the recorded
corrections back as constraints (``sitrep.resolve.corrections``), so a decision holds through later ingests and
re-processing.

Entity arguments are full ids, exact names or aliases, or an id prefix that only one entity has; a name cut
short for display ("islamic-state…") or a prefix several ids share is refused with the candidates. Merging two
entities of different types (a person into an armed group) needs ``force``. Each correction records what it
replaced (``args["before"]``), so ``undo_correction`` can put it back; the correction then stays in the log,
marked undone, and resolution no longer obeys it. ``undo_correction`` says which documents the correction
touched (``documents``): only those need resolving again.
"""

from __future__ import annotations

import json
import re
from typing import Any

from sitrep.errors import SitrepError
from sitrep.kb.change_notes import about_of
from sitrep.kb.change_notes import note as note_tags
from sitrep.kb.db import Database
from sitrep.kb.queries import NameNotFound, Queries
from sitrep.kb.schema import utcnow
from sitrep.kb.verdicts import VERDICTS, drop_verdict, record_verdict, review_of
from sitrep.lexicon.keys import alias_key

ACTIONS = {"merge": ("keep", "gone"), "split": ("entity", "alias"), "rename": ("entity", "name"),
           "alias": ("entity", "alias")}
ENTITY_ARGS = ("keep", "gone", "entity")
MAX_NAME = 200  # characters of a name or alias an analyst gives
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def correction_args(kb: Queries, action: str, names: dict[str, str], force: bool = False) -> dict[str, Any]:
    """The arguments of a correction, checked: entity arguments are ids, unambiguous id prefixes or exact names
    (case and spacing aside) of exactly one entity, never a close spelling; names and aliases are non-empty and
    bounded; a merge joins entities of one type unless ``force``; a split names an alias the entity has. Raises
    ``SitrepError`` (E701) or ``NameNotFound``."""
    if action not in ACTIONS or set(names) != set(ACTIONS[action]):
        raise SitrepError("E701", detail=f"{action} takes {' and '.join(ACTIONS.get(action, ('?',)))}")
    args: dict[str, Any] = {}
    for k, v in names.items():
        args[k] = _exact_entity(kb, v) if k in ENTITY_ARGS else _clean_name(k, v)
    if action == "merge":
        if args["keep"] == args["gone"]:
            raise SitrepError("E701", detail="both names are already the same entity")
        keep_type, gone_type = _type_of(kb.db, args["keep"]), _type_of(kb.db, args["gone"])
        if keep_type != gone_type and not force:
            raise SitrepError("E701", detail=f"{args['gone']} is a {gone_type} and {args['keep']} a {keep_type};"
                                             " merging entities of different types needs --force")
        if keep_type != gone_type:
            args["force"] = True
    if action == "split" and not _has_name(kb.db, args["entity"], args["alias"]):
        raise SitrepError("E701", detail=f"{args['entity']} has no name or mention {args['alias']!r} to split off")
    return args


def _exact_entity(kb: Queries, name: str) -> str:
    if name.rstrip().endswith(("…", "...")):
        stem = name.rstrip().rstrip("….").strip()
        raise SitrepError("E702", detail=name, candidates=_candidates(kb.db, stem))
    hits = [h for h in kb.resolve_name(name) if h["matched_by"] in ("id", "alias")]
    if not hits:
        ids = _ids_starting(kb.db, name)
        if len(ids) == 1:
            return ids[0]
        if len(ids) > 1:
            raise SitrepError("E703", detail=name, candidates=_candidates(kb.db, name))
        kb.find_entity(name)  # raises NameNotFound with suggestions when nothing is close
        raise NameNotFound(name, [h["name"] for h in kb.resolve_name(name)][:3])
    if len(hits) > 1 and hits[0]["matched_by"] != "id":
        raise SitrepError("E701", detail=f"{name!r} names several entities ({', '.join(h['id'] for h in hits)});"
                                         " give an id")
    return str(hits[0]["id"])


def _ids_starting(db: Database, prefix: str) -> list[str]:
    if not prefix:
        return []
    like = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return [r[0] for r in db.execute("SELECT id FROM entities WHERE id LIKE ? ESCAPE '\\' ORDER BY id LIMIT 50",
                                     (like,))]


def _candidates(db: Database, stem: str) -> str:
    """The entities whose id or name starts with ``stem``, as ``id (type, name)``, for an error message."""
    ids = _ids_starting(db, stem)
    rows = [db.execute("SELECT id, type, name FROM entities WHERE id = ?", (i,)).fetchone() for i in ids[:10]]
    more = f", and {len(ids) - 10} more" if len(ids) > 10 else ""
    return (", ".join(f"{r['id']} ({r['type']}, {r['name']})" for r in rows) + more) or "none"


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
    """Record an analyst's decision and carry it out on the base, in one transaction; return its id. What the
    correction replaces is recorded with it (``args["before"]``) for ``undo_correction``."""
    with db.transaction():
        args = args | {"before": _before(db, action, args)}
        cur = db.execute("INSERT INTO corrections (action, args, author, at, note) VALUES (?, ?, ?, ?, ?)",
                         (action, json.dumps(args, sort_keys=True), author, utcnow(), note))
        if action == "merge":
            merge_entities(db, args["keep"], args["gone"])
        elif action == "split":
            split_entity(db, args["entity"], args["alias"], args["new_id"])
        elif action == "rename":
            added = db.execute("INSERT OR IGNORE INTO aliases (entity_id, alias, key, origin) SELECT id, name, ?,"
                               " 'analyst' FROM entities WHERE id = ?",
                               (alias_key(str(_name_of(db, args["entity"]))), args["entity"])).rowcount
            note_tags(db, [about_of(args["entity"])] if added > 0 else [])
            db.execute("UPDATE entities SET name = ? WHERE id = ?", (args["name"], args["entity"]))
        elif action == "alias":
            added = db.execute("INSERT OR IGNORE INTO aliases (entity_id, alias, key, origin) VALUES"
                               " (?, ?, ?, 'analyst')",
                               (args["entity"], args["alias"], alias_key(args["alias"]))).rowcount
            note_tags(db, [about_of(args["entity"])] if added > 0 else [])
        elif action in VERDICTS:
            record_verdict(db, int(cur.lastrowid or 0), action, args)
        else:
            raise ValueError(f"unknown correction {action!r}")
        return int(cur.lastrowid or 0)


def _aliases(db: Database, entity_id: str) -> list[list[Any]]:
    return [[r["alias"], r["key"], r["origin"]] for r in
            db.execute("SELECT alias, key, origin FROM aliases WHERE entity_id = ? ORDER BY alias", (entity_id,))]


def _before(db: Database, action: str, args: dict[str, Any]) -> dict[str, Any]:
    """What a correction is about to change, enough to put it back."""
    if action in VERDICTS:
        return {"review": review_of(db, args["kind"], args["fact"])}
    if action == "merge":
        row = db.execute("SELECT id, type, name, country, geo, attrs, created_at FROM entities WHERE id = ?",
                         (args["gone"],)).fetchone()
        docs = [r[0] for r in db.execute("SELECT DISTINCT doc_id FROM mentions WHERE entity_id = ? ORDER BY doc_id",
                                         (args["gone"],))]
        return {"gone": dict(row) if row else None, "gone_aliases": _aliases(db, args["gone"]),
                "keep_aliases": [a[0] for a in _aliases(db, args["keep"])], "gone_docs": docs}
    entity = args.get("entity", "")
    if action == "split":
        key = alias_key(args["alias"])
        return {"aliases": [a for a in _aliases(db, entity) if a[1] == key]}
    return {"name": _name_of(db, entity) if action == "rename" else None,
            "aliases": [a[0] for a in _aliases(db, entity)]}


def correction_log(db: Database) -> list[dict[str, Any]]:
    """Every correction ever made, oldest first, undone ones included (``undone_at``, ``undone_by``)."""
    rows = db.execute("SELECT * FROM corrections ORDER BY id").fetchall()
    return [dict(r) | {"args": json.loads(r["args"])} for r in rows]


def undo_correction(db: Database, correction_id: int, author: str) -> dict[str, Any]:
    """Put back what correction ``correction_id`` changed and mark it undone, in one transaction; the caller
    then re-runs resolution (``reprocess``) so the mentions it moved find their entities again. Raises
    ``SitrepError`` (E705) when it does not exist, is already undone, or its entities are gone since."""
    with db.transaction():
        row = db.execute("SELECT * FROM corrections WHERE id = ?", (correction_id,)).fetchone()
        if row is None:
            raise SitrepError("E705", detail=correction_id, why="no such correction ('sitrep corrections' lists them)")
        if row["undone_at"]:
            raise SitrepError("E705", detail=correction_id, why=f"it was undone on {row['undone_at']}")
        args = json.loads(row["args"])
        before = args.get("before")
        if before is None:
            raise SitrepError("E705", detail=correction_id, why="it was made by a sitrep that did not record what it "
                                                                "replaced")
        documents = touched_documents(db, row["action"], args)
        _UNDO[row["action"]](db, args, before, correction_id)
        db.execute("UPDATE corrections SET undone_at = ?, undone_by = ? WHERE id = ?",
                   (utcnow(), author, correction_id))
    return {"id": correction_id, "action": row["action"], "undone_by": author, "documents": documents,
            **{k: v for k, v in args.items() if k not in ("before", "anchors")}}


def touched_documents(db: Database, action: str, args: dict[str, Any]) -> list[str]:
    """The documents whose mentions correction ``action`` (in force) may have moved: resolution has to run again
    over these, and only these, when it is undone. A merge moved the mentions of the kept entity written as one
    of the merged-away entity's names; a split those of the new entity; an alias or a rename those of the entity
    written as the name it gave. A verdict moved no mention (its undo sets ``review`` itself)."""
    if action in VERDICTS:
        return []
    if action == "merge":
        before = args.get("before") or {}
        gone = before.get("gone") or {}
        keys = {a[1] for a in before.get("gone_aliases", [])}
        if gone.get("name"):
            keys.add(alias_key(gone["name"]))
        entity, moved = args["keep"], None
    elif action == "split":
        entity, keys, moved = args["entity"], {alias_key(args["alias"])}, args["new_id"]
    else:
        entity, keys, moved = args["entity"], {alias_key(args.get("alias") or args.get("name") or "")}, None
    rows = db.execute("SELECT DISTINCT doc_id, text FROM mentions WHERE entity_id = ? OR entity_id = ?",
                      (entity, moved or entity)).fetchall()
    earlier = set((args.get("before") or {}).get("gone_docs", []))
    return sorted(earlier | {r["doc_id"] for r in rows if alias_key(r["text"]) in keys}
                  | {r[0] for r in db.execute("SELECT DISTINCT doc_id FROM mentions WHERE entity_id = ?", (moved,))})


def _exists(db: Database, entity_id: str, correction_id: int) -> None:
    if _name_of(db, entity_id) is None:
        raise SitrepError("E705", detail=correction_id, why=f"entity {entity_id} no longer exists (merged away by a"
                                                            " later correction? undo that one first)")


def _undo_merge(db: Database, args: dict[str, Any], before: dict[str, Any], correction_id: int) -> None:
    keep, gone = args["keep"], args["gone"]
    _exists(db, keep, correction_id)
    if _name_of(db, gone) is not None or not before.get("gone"):
        raise SitrepError("E705", detail=correction_id, why=f"an entity {gone} exists again")
    g = before["gone"]
    db.execute("INSERT INTO entities (id, type, name, country, geo, attrs, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
               (g["id"], g["type"], g["name"], g["country"], g["geo"], g["attrs"], g["created_at"]))
    added = db.executemany("INSERT OR IGNORE INTO aliases (entity_id, alias, key, origin) VALUES (?, ?, ?, ?)",
                           [(gone, *a) for a in before["gone_aliases"]]).rowcount
    note_tags(db, [g["id"], about_of(gone) if added > 0 else None])
    kept = set(before["keep_aliases"])
    db.executemany("DELETE FROM aliases WHERE entity_id = ? AND alias = ?",
                   [(keep, a) for a in {g["name"], *(x[0] for x in before["gone_aliases"])} if a not in kept])


def _undo_split(db: Database, args: dict[str, Any], before: dict[str, Any], correction_id: int) -> None:
    _exists(db, args["entity"], correction_id)
    if _name_of(db, args["new_id"]) is not None:
        merge_entities(db, args["entity"], args["new_id"])
    added = db.executemany("INSERT OR IGNORE INTO aliases (entity_id, alias, key, origin) VALUES (?, ?, ?, ?)",
                           [(args["entity"], *a) for a in before["aliases"]]).rowcount
    note_tags(db, [about_of(args["entity"])] if added > 0 else [])


def _undo_naming(db: Database, args: dict[str, Any], before: dict[str, Any], correction_id: int) -> None:
    """Undo a rename or an added alias: the old name back, and the aliases the correction added removed."""
    entity = args["entity"]
    _exists(db, entity, correction_id)
    if before.get("name") is not None:
        db.execute("UPDATE entities SET name = ? WHERE id = ?", (before["name"], entity))
    added = {r[0] for r in db.execute("SELECT alias FROM aliases WHERE entity_id = ?", (entity,))}
    added = (added - set(before["aliases"])) & {before.get("name"), args.get("name"), args.get("alias")}
    db.executemany("DELETE FROM aliases WHERE entity_id = ? AND alias = ?", [(entity, a) for a in added])


def _undo_verdict(db: Database, args: dict[str, Any], before: dict[str, Any], correction_id: int) -> None:
    drop_verdict(db, correction_id, args)


_UNDO = {"merge": _undo_merge, "split": _undo_split, "rename": _undo_naming, "alias": _undo_naming,
         "confirm": _undo_verdict, "reject": _undo_verdict}


def _name_of(db: Database, entity_id: str) -> str | None:
    row = db.execute("SELECT name FROM entities WHERE id = ?", (entity_id,)).fetchone()
    return None if row is None else str(row[0])


def merge_entities(db: Database, keep: str, gone: str) -> None:
    """Everything that pointed at ``gone`` points at ``keep``; ``gone`` is removed."""
    added = db.execute("INSERT OR IGNORE INTO aliases (entity_id, alias, key, origin) SELECT ?, alias, key, origin"
                       " FROM aliases WHERE entity_id = ?", (keep, gone)).rowcount
    gone_name = _name_of(db, gone)
    if gone_name is not None:  # the name goes in under the same key every alias has
        added += db.execute("INSERT OR IGNORE INTO aliases (entity_id, alias, key, origin) VALUES (?, ?, ?, 'analyst')",
                            (keep, gone_name, alias_key(gone_name))).rowcount
    db.execute("UPDATE mentions SET entity_id = ? WHERE entity_id = ?", (keep, gone))
    events = [r[0] for r in db.execute(  # those of gone's roles that keep has not: inserted below
        "SELECT DISTINCT event_id FROM event_actors a WHERE entity_id = ? AND NOT EXISTS (SELECT 1 FROM"
        " event_actors b WHERE b.event_id = a.event_id AND b.entity_id = ? AND b.role = a.role)", (gone, keep))]
    db.execute("INSERT OR IGNORE INTO event_actors (event_id, entity_id, role) SELECT event_id, ?, role"
               " FROM event_actors WHERE entity_id = ?", (keep, gone))
    note_tags(db, [*events, about_of(keep) if events or added > 0 else None])
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
    made = db.execute("INSERT INTO entities (id, type, name, country, attrs, created_at) SELECT ?, type, ?, country,"
                      " '{}', ? FROM entities WHERE id = ?", (new_id, alias, utcnow(), entity)).rowcount
    note_tags(db, [new_id] if made > 0 else [])
    moved = [r["id"] for r in db.execute("SELECT id, text FROM mentions WHERE entity_id = ?", (entity,)).fetchall()
             if alias_key(r["text"]) == key]
    db.executemany("UPDATE mentions SET entity_id = ? WHERE id = ?", [(new_id, m) for m in moved])
    db.execute("DELETE FROM aliases WHERE entity_id = ? AND key = ?", (entity, key))
    added = db.execute("INSERT OR IGNORE INTO aliases (entity_id, alias, key, origin) VALUES (?, ?, ?, 'analyst')",
                       (new_id, alias, key)).rowcount
    note_tags(db, [about_of(new_id)] if added > 0 else [])
