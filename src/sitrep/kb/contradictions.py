"""Contradictions in the knowledge base: claims whose values differ across documents, events whose sources give
different fatality figures, and places two documents say different actors (not one family) controlled at
overlapping times. ``kb.queries.Queries.contradictions`` calls ``contradictions``."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any

from sitrep.lexicon.keys import fold
from sitrep.resolve.relations import same_family

if TYPE_CHECKING:
    from sitrep.kb.queries import Queries

Record = dict[str, Any]


def contradictions(kb: Queries) -> list[Record]:
    """Claims about the same subject and attribute whose values differ across documents, side by side, and
    events whose sources give different fatality figures."""
    out: list[Record] = []
    groups: dict[tuple[str, str, str], list[Record]] = defaultdict(list)
    event_order = kb._owner_order("event_sources", "event_id")
    relation_order = kb._owner_order("relations", "id")
    for r in kb.db.execute(
            "SELECT cl.*, ev.text AS evidence, d.title, d.outlet, d.published FROM claims cl"
            " LEFT JOIN evidence ev ON ev.id = cl.evidence_id JOIN documents d ON d.id = cl.doc_id ORDER BY cl.id"):
        rec = dict(r)
        subject = rec["subject_id"]
        order = {"event": event_order, "relation": relation_order}.get(rec["subject_kind"])
        if order is not None and subject.isdigit():  # a claim naming its subject by index in its document
            listed = order.get(rec["doc_id"], [])
            subject = listed[int(subject)] if int(subject) < len(listed) else f"{rec['doc_id']}#{subject}"
        groups[(rec["subject_kind"], subject, rec["attribute"])].append(rec)
    names = {r[0]: r[1] for r in kb.db.execute("SELECT id, name FROM entities")}
    for (kind, subject, attribute), claims in groups.items():
        if len({_norm_value(c["value"]) for c in claims}) > 1 and len({c["doc_id"] for c in claims}) > 1:
            out.append({"kind": "claim", "subject_kind": kind, "subject_id": subject,
                        "subject": names.get(subject, subject), "attribute": attribute, "values": [
                            {k: c[k] for k in ("value", "doc_id", "title", "outlet", "published", "certainty",
                                               "attributed_to", "evidence")} for c in claims]})
    out.extend(control_contradictions(kb._relations("r.predicate = 'controls' AND r.object_id IS NOT NULL", [])))
    for r in kb.db.execute(
            "SELECT event_id FROM event_sources WHERE fatalities IS NOT NULL GROUP BY event_id"
            " HAVING count(DISTINCT fatalities) > 1 ORDER BY event_id"):
        (ev,) = kb._events("e.id = ?", [r[0]])
        quotes = {q["doc"]: q["text"] for q in ev["evidence"]}
        out.append({"kind": "fatalities", "subject_kind": "event", "subject_id": ev["id"],
                    "subject": event_summary(ev), "attribute": "fatalities", "values": [
                        {"value": s["fatalities"], "qualifier": s["qualifier"], "doc_id": s["doc"],
                         "title": s["title"], "outlet": s["outlet"], "published": s["published"],
                         "text": s["text"], "evidence": quotes.get(s["doc"])} for s in ev["sources"]]})
    return out


def _norm_value(value: str) -> str:
    return fold(str(value))


def control_contradictions(relations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Places two documents say different actors (not one family) controlled at overlapping times: a change
    of hands that supersession dated (the old holder's control ended when the new one's began) is no
    contradiction; two undated or overlapping accounts are."""
    rows = [r for r in relations if r["certainty"] not in ("denied", "planned")]
    by_place: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by_place[str(r["object_id"])].append(r)
    out: list[dict[str, Any]] = []
    for place, held in by_place.items():
        clash = [r for r in held if any(_disagree(r, o) for o in held)]
        if clash:
            out.append({"kind": "control", "subject_kind": "entity", "subject_id": place,
                        "subject": clash[0]["object"], "attribute": "controlled_by", "values": [
                            {"value": r["subject"], "entity_id": r["subject_id"], "doc_id": r["doc_id"],
                             "title": r["title"], "outlet": r["outlet"], "published": r["published"],
                             "start": r["start_date"], "end": r["end_date"], "certainty": r["certainty"],
                             "attributed_to": r["attributed_to_name"],
                             "evidence": (r["evidence"][0]["text"] if r["evidence"] else None)} for r in clash]})
    return out


def _disagree(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two controls of one place by different actors, stated by different documents, over overlapping times."""
    if a["subject_id"] == b["subject_id"] or a["doc_id"] == b["doc_id"]:
        return False
    if same_family(a["subject_id"], b["subject_id"]):
        return False
    return _overlap(a["start_date"], a["end_date"], b["start_date"], b["end_date"])


def _overlap(s1: str | None, e1: str | None, s2: str | None, e2: str | None) -> bool:
    """Two spans overlap: neither ended by the time the other began (an unknown bound is open; TIMEX prefixes
    compare on the precision both share, so a control ended "2017-06" by one that began "2017-06" does not)."""
    return not _ended_by(e1, s2) and not _ended_by(e2, s1)


def _ended_by(end: str | None, start: str | None) -> bool:
    if not end or not start:
        return False
    n = min(len(end), len(start))
    return end[:n] <= start[:n]


def event_summary(ev: Record) -> str:
    actors = " vs ".join(a["name"] for a in ev["actors"] if a["role"] in ("actor1", "actor2"))
    where = f" in {ev['location']}" if ev.get("location") else ""
    dead = f", {ev['fatalities']} killed" if ev.get("fatalities") is not None else ""
    kind = ev["sub_type"] or ev["type"]
    return f"{kind}{': ' + actors if actors else ''}{where}{dead}"
