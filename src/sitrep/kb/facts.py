"""One relation per fact, read from per-document relation rows.

Each document's relations are stored as its own rows (deleting or reprocessing a document drops only its rows and
evidence). Read back, rows stating the same fact become one record whose evidence is the union of theirs, ordered by
document and offset. Rows are one fact when they have the same subject, predicate, object and role, the same
stance (a denial is never merged with a statement that the relation holds, nor a plan with either), ended by the
same fact (``superseded_by``: an earlier, superseded period is never merged with a later one; the record points to
the record of the fact that ended it), compatible dates (each of start
and end equal, or unknown on one side) and neither was rejected by an analyst (a rejected row stays its own record,
so the lists that leave rejected relations out still do).

The record keeps the id, document and extractor of the first row that stated the fact (so links and verdicts made
on that id keep working), takes the dates known on any row, is ``confirmed`` when any row was, and lists its rows in
``relation_ids`` and the documents stating it in ``docs``. Its ``certainty`` and ``attributed_to`` are those of the
most certain row (asserted, then reported, claimed, alleged, unconfirmed; the first stated among equals); an evidence
item from a row of another certainty or source carries that row's own ``certainty`` and ``attributed_to``, so that
"reported by X" is kept with X's words.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

Row = dict[str, Any]

_SAME = ("predicate", "subject_id", "object_id", "role", "superseded_by")
_DATES = ("start_date", "end_date")
_RANK = {c: i for i, c in enumerate(("asserted", "reported", "claimed", "alleged", "unconfirmed"))}
_STANCE = ("certainty", "attributed_to")
# weaker predicate -> the stronger predicates of the same pair that imply it, and whether the pair may be reversed
IMPLIED_BY: dict[str, tuple[tuple[str, ...], bool]] = {
    "member_of": (("leader_of",), False),
    "allied_with": (("pledged_allegiance_to",), True),
}


# the fields that tell one fact from another (``consolidate``): rows equal in all of them (none rejected) are one
# record however many there are, so ``fact_count`` may be given one row of each such group
FACT_FIELDS = ("predicate", "subject_id", "object_id", "role", "superseded_by", "certainty", *_DATES)


def _stance(row: Row) -> str:
    """Whether the row says the relation holds (``holds``), is denied or is planned."""
    c = row.get("certainty")
    return c if c in ("denied", "planned") else "holds"


def _rank(row: Row) -> int:
    return _RANK.get(row.get("certainty") or "", len(_RANK))


def _compatible(a: Row, b: Row) -> bool:
    return all(a.get(k) is None or b.get(k) is None or a.get(k) == b.get(k) for k in _DATES)


def _fold(rec: Row, row: Row) -> None:
    for k in _DATES:
        if rec.get(k) is None and row.get(k) is not None:
            rec[k] = row[k]
    if row.get("review") == "confirmed":
        rec["review"] = "confirmed"
    if _rank(row) < _rank(rec):
        rec.update({k: row.get(k) for k in _STANCE})
    rec["relation_ids"].append(row["id"])
    docs, seen = rec["_docs"], rec["_seen"]  # what ``docs`` and ``evidence`` hold, as sets (a fact stated by
    if row.get("doc_id") and row["doc_id"] not in docs:  # thousands of copies is folded in linear time)
        docs.add(row["doc_id"])
        rec["docs"].append(row["doc_id"])
    new = [{**e, "_stance": tuple(row.get(k) for k in _STANCE)} for e in row.get("evidence") or []
           if (e.get("doc"), e.get("start"), e.get("end")) not in seen]
    seen.update((e.get("doc"), e.get("start"), e.get("end")) for e in new)
    rec["evidence"] += new


def _finish(rec: Row) -> Row:
    """Evidence by document and offset; an item keeps its own certainty and source when not the record's."""
    own = tuple(rec.get(k) for k in _STANCE)
    rec.pop("_docs", None)
    rec.pop("_seen", None)
    items = []
    for e in sorted(rec["evidence"], key=lambda e: (str(e.get("doc") or ""), e.get("start") or 0, e.get("end") or 0)):
        stance = e.pop("_stance")
        items.append(e if stance == own else {**e, **dict(zip(_STANCE, stance, strict=True))})
    rec["evidence"] = items
    return rec


def consolidate(rows: Iterable[Row]) -> list[Row]:
    """The rows (in the order stated) as one record per fact (rules in the module doc), in the order each fact was
    first stated."""
    rows = list(rows)
    # a period is told by the fact that ended it, whichever statement of that fact the row points to
    ender = {row["id"]: (*(row.get(k) for k in _SAME[:-1]), _stance(row)) for row in rows}
    out: list[Row] = []
    open_: dict[tuple[Any, ...], list[Row]] = {}
    for row in rows:
        rec = {**row, "relation_ids": [], "docs": [], "evidence": [], "_docs": set(), "_seen": set()}
        if row.get("review") == "rejected":
            _fold(rec, row)
            out.append(rec)
            continue
        by = row.get("superseded_by")
        key = (*(row.get(k) for k in _SAME[:-1]), ender.get(by, by), _stance(row))
        group = open_.setdefault(key, [])
        hit = next((g for g in group if _compatible(g, row)), None)
        if hit is None:
            group.append(rec)
            out.append(rec)
            hit = rec
        _fold(hit, row)
    record_of = {rid: rec["id"] for rec in out for rid in rec["relation_ids"]}
    for rec in out:  # the record that ended it, not a statement folded into that record
        if rec.get("superseded_by") in record_of:
            rec["superseded_by"] = record_of[rec["superseded_by"]]
    return [_finish(rec) for rec in _without_implied(out)]


def _without_implied(out: list[Row]) -> list[Row]:
    """The records, those the schema takes as implied by a stronger record of the same pair folded into it."""
    strong: dict[tuple[Any, ...], list[Row]] = {}
    for rec in out:
        if rec.get("review") != "rejected":
            strong.setdefault((rec.get("predicate"), rec.get("subject_id"), rec.get("object_id")), []).append(rec)
    into: dict[str, Row] = {}
    for rec in out:
        by, reverse = IMPLIED_BY.get(str(rec.get("predicate")), ((), False))
        if not by or rec.get("review") == "rejected":
            continue
        pairs = [(rec.get("subject_id"), rec.get("object_id"))]
        if reverse:
            pairs.append((rec.get("object_id"), rec.get("subject_id")))
        hit = next((s for p in by for pair in pairs for s in strong.get((p, *pair), ())
                    if _stance(s) == _stance(rec) and _rank(s) <= _rank(rec)
                    and s.get("superseded_by") == rec.get("superseded_by") and _compatible(s, rec)), None)
        if hit is not None:
            into[rec["id"]] = hit
    for rec in out:
        hit = into.get(rec["id"])
        if hit is None:
            continue
        hit["relation_ids"] += rec["relation_ids"]
        have = set(hit["docs"])
        hit["docs"] += [d for d in rec["docs"] if d not in have]
        seen = {(e.get("doc"), e.get("start"), e.get("end")) for e in hit["evidence"]}
        hit["evidence"] += [{**e, "predicate": rec["predicate"]} for e in rec["evidence"]
                            if (e.get("doc"), e.get("start"), e.get("end")) not in seen]
    for rec in out:  # a period one of them ended is told by the record it was folded into
        if rec.get("superseded_by") in into:
            rec["superseded_by"] = into[rec["superseded_by"]]["id"]
    return [rec for rec in out if rec["id"] not in into]


def fact_count(rows: Iterable[Row], ended: Mapping[str, Row] | None = None) -> int:
    """``len(consolidate(rows))`` where ``rows`` (in the order stated; ``id``, ``review`` and the ``FACT_FIELDS``
    suffice) may hold one row for each group of rows equal in every ``FACT_FIELDS`` (none rejected): the later rows
    of such a group fold into the record of its first one and change nothing there (its dates are already theirs), so
    they change no count. ``ended`` gives, for each ``superseded_by`` a row names that is not itself among ``rows``
    (collapsed away), the row of the fact that ended it; it stands for that row's own group."""
    rows = [dict(r) for r in rows]
    first = {tuple(r.get(k) for k in FACT_FIELDS): r["id"] for r in rows if r.get("review") != "rejected"}
    stands = {rid: first.get(tuple(row.get(k) for k in FACT_FIELDS), rid) for rid, row in (ended or {}).items()}
    for r in rows:
        r["evidence"] = []
        if r.get("superseded_by") in stands:
            r["superseded_by"] = stands[r["superseded_by"]]
    return len(consolidate(rows))
