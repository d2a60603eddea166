"""An analyst's verdict on an event or a relation: ``confirm`` (it is right) or ``reject`` (it is wrong).

A verdict is a correction (``sitrep.kb.corrections``: who, when, why, undoable). Event and relation ids are not
stable: re-processing a document deletes its extractions and writes them again under new ids. So a verdict is
keyed by what re-processing gives back, one *anchor* per document stating the fact when decided:

- the document, the offsets into its cleaned text of the span stating the fact there (the first of the fact's
  evidence in that document; later spans are context other facts may share), and that span's text (the quote);
- the event's type (ACLED's, not the sub-type), or the relation's predicate;
- for a relation, its subject and object (entity ids, followed through later merges).

A stored event or relation takes the verdict (``review``: ``confirmed`` or ``rejected``; NULL when nobody has
looked) when the span stating it in one of its documents is an anchor's, at the anchor's offsets or with the
anchor's quote, and its type (and ends) are the anchor's. When several verdicts match, the latest in force wins. A fact
whose type or ends re-processing changes is a new statement: no earlier verdict holds for it.

``refresh_reviews(db, docs)`` sets ``review`` on the facts stated in ``docs`` after they are (re)written
(``sitrep.pipeline.store``), after a verdict, and after one is undone. It reads only the verdicts of those
documents and the facts already reviewed, so a base without verdicts pays one indexed look-up per document.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sitrep.errors import SitrepError
from sitrep.kb.db import Database

KINDS = {"event": ("events", "type"), "relation": ("relations", "predicate")}
VERDICTS = {"confirm": "confirmed", "reject": "rejected"}
MAX_ID = 500


def verdict_args(db: Database, kind: str, fact_id: str) -> dict[str, Any]:
    """The arguments of a ``confirm``/``reject`` correction of event or relation ``fact_id``: its kind, id, type
    (and ends) and its anchors. Raises ``SitrepError`` E701 for an unknown kind, E704 for an unknown id."""
    if kind not in KINDS:
        raise SitrepError("E701", detail=f"only an event or a relation is confirmed or rejected, not {kind!r}")
    fact_id = (fact_id or "").strip()
    table, type_col = KINDS[kind]
    row = db.execute(f"SELECT * FROM {table} WHERE id = ?", (fact_id[:MAX_ID],)).fetchone()
    if row is None:
        raise SitrepError("E704", kind=kind, detail=fact_id[:80], hint="")
    anchors = [{"doc": r["doc_id"], "start": r["start_char"], "end": r["end_char"], "quote": r["text"]}
               for r in _stating_spans(db, kind, fact_id)]
    if not anchors:
        raise SitrepError("E701", detail=f"{kind} {fact_id} has no evidence to key a verdict on")
    args: dict[str, Any] = {"kind": kind, "fact": fact_id, "type": row[type_col], "anchors": anchors}
    if kind == "relation":
        args |= {"subject": row["subject_id"], "object": row["object_id"]}
    return args


def review_of(db: Database, kind: str, fact_id: str) -> str | None:
    row = db.execute(f"SELECT review FROM {KINDS[kind][0]} WHERE id = ?", (fact_id,)).fetchone()
    return None if row is None else row[0]


def record_verdict(db: Database, correction_id: int, action: str, args: dict[str, Any]) -> None:
    """Store the anchors of verdict ``correction_id`` and give the facts they match their review (inside the
    correction's transaction)."""
    db.executemany("INSERT INTO verdicts (correction_id, kind, verdict, doc_id, start_char, end_char, quote, type,"
                   " subject_id, object_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   [(correction_id, args["kind"], VERDICTS[action], a["doc"], a["start"], a["end"], a["quote"],
                     args["type"], args.get("subject"), args.get("object")) for a in args["anchors"]])
    refresh_reviews(db, {a["doc"] for a in args["anchors"]})


def drop_verdict(db: Database, correction_id: int, args: dict[str, Any]) -> None:
    """Undo verdict ``correction_id``: its anchors go, and the facts they matched take the verdict in force
    before it (or none)."""
    db.execute("DELETE FROM verdicts WHERE correction_id = ?", (correction_id,))
    refresh_reviews(db, {a["doc"] for a in args["anchors"]}, dropped=True)


def refresh_reviews(db: Database, docs: Iterable[str], dropped: bool = False) -> int:
    """Set ``review`` on the events and relations stated in ``docs`` (and on those reviewed already, which may
    have lost the span a verdict matched) from the verdicts in force; returns how many changed. Nothing is read
    when no verdict names one of ``docs``, unless one naming them was just ``dropped``."""
    docs = sorted(set(docs))
    if not docs:
        return 0
    marks = ", ".join("?" for _ in docs)
    if not dropped and db.execute(f"SELECT 1 FROM verdicts WHERE doc_id IN ({marks}) LIMIT 1", docs).fetchone() is None:
        return 0
    redirects = _redirects(db)
    changed = 0
    for kind, (table, type_col) in KINDS.items():
        owners = {r[0] for r in db.execute(f"SELECT DISTINCT owner_id FROM evidence WHERE owner_kind = ? AND doc_id"
                                           f" IN ({marks})", [kind, *docs])}
        owners |= {r[0] for r in db.execute(f"SELECT id FROM {table} WHERE review IS NOT NULL")}
        for owner in sorted(owners):
            row = db.execute(f"SELECT * FROM {table} WHERE id = ?", (owner,)).fetchone()
            if row is None:
                continue
            review = _matching(db, kind, dict(row), type_col, redirects)
            if review != row["review"]:
                db.execute(f"UPDATE {table} SET review = ? WHERE id = ?", (review, owner))
                changed += 1
    return changed


def _matching(db: Database, kind: str, row: dict[str, Any], type_col: str, redirects: dict[str, str]) -> str | None:
    """The verdict in force for one stored fact: that of the latest verdict with a matching anchor."""
    spans = _stating_spans(db, kind, row["id"])
    best: tuple[int, str] | None = None
    for s in spans:
        for v in db.execute("SELECT correction_id, verdict, start_char, end_char, quote, subject_id, object_id"
                            " FROM verdicts WHERE doc_id = ? AND kind = ? AND type = ?",
                            (s["doc_id"], kind, row[type_col])):
            if (v["start_char"], v["end_char"]) != (s["start_char"], s["end_char"]) and v["quote"] != s["text"]:
                continue
            if kind == "relation" and (_follow(v["subject_id"], redirects) != _follow(row["subject_id"], redirects)
                                       or _follow(v["object_id"], redirects) != _follow(row["object_id"], redirects)):
                continue
            if best is None or int(v["correction_id"]) > best[0]:
                best = (int(v["correction_id"]), str(v["verdict"]))
    return best[1] if best else None


def _stating_spans(db: Database, kind: str, fact_id: str) -> list[Any]:
    """The span stating a fact in each of its documents: the first of its evidence there (the others are
    context: attributions, figures, sentences other facts cite too)."""
    first: dict[str, Any] = {}
    for r in db.execute("SELECT doc_id, start_char, end_char, text FROM evidence WHERE owner_kind = ? AND owner_id = ?"
                        " ORDER BY id", (kind, fact_id)):
        first.setdefault(r["doc_id"], r)
    return list(first.values())


def _redirects(db: Database) -> dict[str, str]:
    """Merged-away entity -> the one kept, for the merges in force."""
    out = {}
    for r in db.execute("SELECT args FROM corrections WHERE action = 'merge' AND undone_at IS NULL ORDER BY id"):
        args = json.loads(r[0])
        out[args["gone"]] = args["keep"]
    return out


def _follow(entity_id: str | None, redirects: dict[str, str]) -> str | None:
    seen: set[str] = set()
    while entity_id in redirects and entity_id not in seen:
        seen.add(entity_id)
        entity_id = redirects[entity_id]
    return entity_id


def verdict_in_force(db: Database, kind: str, fact_id: str) -> dict[str, Any] | None:
    """The correction behind a fact's ``review`` (id, action, author, time, note), for its page; None when none."""
    table, type_col = KINDS[kind]
    row = db.execute(f"SELECT * FROM {table} WHERE id = ?", (fact_id,)).fetchone()
    if row is None or row["review"] is None:
        return None
    spans = _stating_spans(db, kind, fact_id)
    ids = set()
    for s in spans:
        ids |= {int(v[0]) for v in db.execute(
            "SELECT correction_id FROM verdicts WHERE doc_id = ? AND kind = ? AND type = ? AND verdict = ? AND"
            " ((start_char = ? AND end_char = ?) OR quote = ?)",
            (s["doc_id"], kind, row[type_col], row["review"], s["start_char"], s["end_char"], s["text"]))}
    if not ids:
        return None
    c = db.execute("SELECT id, action, author, at, note FROM corrections WHERE id = ?", (max(ids),)).fetchone()
    return dict(c) if c else None
