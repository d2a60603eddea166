"""One fact at a time, with its evidence and sources (mixed into ``KnowledgeBase``): ``show_event(ID)``,
``show_relation(ID)``, ``relations_in(scope, predicate)``, ``claims_of(...)``, ``show_document(ID)``.

An unknown or malformed id raises ``SitrepError`` E704 naming the kind and, when some ids begin with what was
given, those candidates (an id is never guessed). ``relations_in`` applies the filters of ``sitrep.kb.scope``
(the same ``--since/--until/--area/--actor`` as the report and the exports).
"""

from __future__ import annotations

import typing
from typing import Any

from sitrep.errors import SitrepError
from sitrep.kb import entity_reads as reads
from sitrep.kb.facts import FACT_FIELDS, consolidate, fact_count
from sitrep.kb.queries import POSITION_PREDICATES, STATE_PREDICATES, Queries, _entity
from sitrep.kb.scope import Scope, select
from sitrep.records import Claim

Record = dict[str, Any]
ENTITY_TYPES = ("person", "armed_group", "state_force", "government", "organization", "location", "other")
KNOWN_PREDICATES = (*STATE_PREDICATES, "defected_from")
MAX_ID = 500  # characters of an id a user gives
NOT_REJECTED = reads.NOT_REJECTED  # events an analyst rejected are left out of lists
CLAIM_KINDS = typing.get_args(typing.get_type_hints(Claim)["subject_kind"])  # what a claim may be about


class Show(Queries):
    """Single-fact reads; each returns plain records (JSON values)."""

    def _missing(self, kind: str, table: str, column: str, given: str) -> SitrepError:
        near = [r[0] for r in self.db.execute(
            f"SELECT {column} FROM {table} WHERE substr({column}, 1, ?) = ? ORDER BY {column} LIMIT 6",
            (len(given), given))] if given else []
        hint = f" (did you mean: {', '.join(near)}?)" if near else ""
        return SitrepError("E704", kind=kind, detail=given[:80], hint=hint)

    def _check_id(self, kind: str, value: str) -> str:
        value = value.strip()
        if not value or len(value) > MAX_ID or value.endswith("…"):
            raise SitrepError("E704", kind=kind, detail=value[:80], hint=" (give the whole id)")
        return value

    def show_event(self, event_id: str) -> Record:
        """An event with its actors, place, every source's figure, the evidence quotes and the claims about it."""
        event_id = self._check_id("event", event_id)
        rows = self._events("e.id = ?", [event_id])
        if not rows:
            raise self._missing("event", "events", "id", event_id)
        return rows[0] | {"claims": self.claims_of(subject=event_id)}

    def show_relation(self, relation_id: str) -> Record:
        """A relation with its ends, dates, certainty, who said so, the evidence quotes and its document: the whole
        fact it states (``sitrep.kb.facts``), every document's evidence, its rows in ``relation_ids``."""
        relation_id = self._check_id("relation", relation_id)
        rows = self._relations("r.id = ?", [relation_id])
        if not rows:
            raise self._missing("relation", "relations", "id", relation_id)
        r = rows[0]
        same = self._relations("r.predicate = ? AND r.subject_id = ? AND r.object_id IS NOT DISTINCT FROM ?"
                               " AND r.role IS NOT DISTINCT FROM ?",
                               [r["predicate"], r["subject_id"], r["object_id"], r["role"]])
        fact = next(f for f in consolidate(same) if relation_id in f["relation_ids"])
        return fact | {"claims": self.claims_of(subject=relation_id)}

    def relations_in(self, scope: Scope | None = None, predicate: str | None = None) -> list[Record]:
        """Relations in the order they were stated, kept by ``scope`` (``sitrep.kb.scope``) and ``predicate``.
        Without a scope every relation is listed, those without an object too; none an analyst rejected, unless
        the scope keeps them."""
        scope = scope or Scope()
        if predicate is not None:
            known = {*KNOWN_PREDICATES, *(r[0] for r in self.db.execute("SELECT DISTINCT predicate FROM relations"))}
            if predicate not in known:
                raise ValueError(f"unknown predicate {predicate!r} (one of: {', '.join(sorted(known))})")
        rows = ([r for r in self.relations() if r.get("review") != "rejected" or scope.rejected] if scope.empty
                else (select(self, scope).relations or []))
        return [r for r in rows if predicate is None or r["predicate"] == predicate]

    def claims_of(self, subject: str | None = None, attribute: str | None = None,
                  entity: str | None = None) -> list[Record]:
        """Claims (who says what about an event, a relation or an entity), each with its document and quote;
        ``subject`` is an id, ``entity`` a name resolved as everywhere else."""
        where, params = ["TRUE"], []
        if entity:
            subject = self.find_entity(entity)["id"]
        if subject:  # every kind named, so the look-up goes through the index on (kind, subject)
            where.append(f"c.subject_kind IN ({', '.join('?' for _ in CLAIM_KINDS)}) AND c.subject_id = ?")
            params += [*CLAIM_KINDS, subject]
        if attribute:
            where.append("c.attribute = ?")
            params.append(attribute)
        rows = self.db.execute(
            "SELECT c.id, c.subject_kind, c.subject_id, c.attribute, c.value, c.certainty, c.attributed_to,"
            " w.name AS attributed_to_name, c.doc_id, d.title, d.outlet, d.published, d.url,"
            " v.start_char, v.end_char, v.text AS evidence FROM claims c JOIN documents d ON d.id = c.doc_id"
            " LEFT JOIN entities w ON w.id = c.attributed_to LEFT JOIN evidence v ON v.id = c.evidence_id"
            f" WHERE {' AND '.join(where)} ORDER BY c.subject_id, c.attribute, d.published, c.id", params)
        return [dict(r) for r in rows]

    def entity_profile(self, name: str, limit: int = 100) -> Record:
        """An entity's profile for one page, bounded however often it is named: as ``entity`` (aliases,
        positions, relations (rejected ones flagged by ``review``), events (none rejected), sources, first and last
        seen), with at most ``limit`` relations (in date order), events (latest first; their fields, place and
        actors, without their sources and evidence) and sources (the documents mentioning it, latest first), and
        ``totals`` of each."""
        hit = self.find_entity(name)
        eid = hit["id"]
        row = self._entity_row(eid)
        rels = consolidate(self._relations(
            "r.id IN (SELECT id FROM relations WHERE subject_id = ?1 OR object_id = ?1"
            " ORDER BY start_date IS NULL, start_date, id LIMIT ?2)", [eid, limit]))
        for r in rels:
            r["direction"] = "out" if r["subject_id"] == eid else "in"
            r["other_id"] = r["object_id"] if r["direction"] == "out" else r["subject_id"]
            r["other"] = r["object"] if r["direction"] == "out" else r["subject"]
        rels.sort(key=lambda r: (r["start_date"] is None, r["start_date"] or "", r["id"]))
        in_events = reads.frequent_in_events(self.db, eid)
        events = reads.events_in_brief(self.db, reads.latest_events(in_events), [eid, limit])
        events.sort(key=lambda e: (e["date_start"] is not None, e["date_start"] or ""), reverse=True)
        walk = reads.frequent(self.db, row["documents"])
        sources = reads.latest_sources(self.db, eid, limit, walk)
        dates = [*(d for d in reads.seen_in_documents(self.db, eid, walk) if d is not None),
                 *reads.event_dates(self.db, eid, in_events)]
        return _entity(row) | {
            "matched_by": hit["matched_by"], "also_matched": hit["also_matched"],
            "positions": [r for r in rels if r["predicate"] in POSITION_PREDICATES and r["direction"] == "out"],
            "relations": rels, "events": events, "sources": sources,
            "first_seen": min(dates, default=None), "last_seen": max(dates, default=None),
            "totals": {"events": reads.event_count(self.db, eid), "relations": self._facts_of(eid),
                       "sources": row["documents"]}}

    def _facts_of(self, eid: str) -> int:
        """How many relations (one per fact, ``sitrep.kb.facts``) name the entity ``eid``: its rows read as groups of
        rows equal in every field that tells facts apart (``facts.fact_count``), so a fact restated by thousands of
        documents is one row here."""
        fields = ", ".join(FACT_FIELDS)
        rows = [dict(r) for r in self.db.execute(  # a rejected row stays a group of its own (its id is grouped on)
            f"SELECT r.id, r.review, {', '.join('r.' + f for f in FACT_FIELDS)} FROM (SELECT min(rowid) AS n"
            f" FROM relations WHERE subject_id = ?1 OR object_id = ?1 GROUP BY {fields},"
            " CASE WHEN review = 'rejected' THEN id END) g JOIN relations r ON r.rowid = g.n ORDER BY g.n", (eid,))]
        named = sorted({r["superseded_by"] for r in rows if r["superseded_by"]} - {r["id"] for r in rows})
        ended = {r["id"]: dict(r) for at in range(0, len(named), 500) for r in self.db.execute(
            f"SELECT id, review, {fields} FROM relations WHERE id IN ({', '.join('?' for _ in named[at:at + 500])})"
            " AND (subject_id = ? OR object_id = ?)", [*named[at:at + 500], eid, eid])}
        return fact_count(rows, ended)

    def mentions_of(self, entity_id: str, limit: int = 50, context: int = 80,
                    documents: int | None = None) -> list[Record]:
        """Mentions of the entity ``entity_id`` in document order, each with ``context`` characters of its
        document's text either side (``before``, ``text``, ``after``), at most ``limit`` of them; ``documents``,
        when known, is how many documents name it (counted otherwise)."""
        if documents is None:
            documents = self.db.execute("SELECT count(DISTINCT doc_id) FROM mentions WHERE entity_id = ?",
                                        (entity_id,)).fetchone()[0]
        ids = reads.first_mentions(self.db, entity_id, limit, reads.frequent(self.db, documents))
        if not ids:
            return []
        rows = self.db.execute(  # the texts are read for the mentions listed only
            "SELECT m.id, m.doc_id AS doc, m.start_char AS start, m.end_char AS end, d.title, d.published,"
            " substr(d.text, max(1, m.start_char + 1 - ?), min(m.start_char, ?)) AS before,"
            " substr(d.text, m.start_char + 1, m.end_char - m.start_char) AS text,"
            " substr(d.text, m.end_char + 1, ?) AS after"
            f" FROM mentions m JOIN documents d ON d.id = m.doc_id WHERE m.id IN ({', '.join('?' for _ in ids)})",
            (context, context, context, *ids))
        found = {r["id"]: dict(r) for r in rows}
        return [{k: v for k, v in found[i].items() if k != "id"} for i in ids]

    def recent_events(self, limit: int = 10) -> list[Record]:
        """The ``limit`` latest events by date (undated ones last), latest first; none an analyst rejected."""
        rows = self._events(f"e.id IN (SELECT id FROM events WHERE {NOT_REJECTED} ORDER BY date_start IS NULL,"
                            " date_start DESC, id LIMIT ?)", [limit])
        return sorted(rows, key=lambda e: (e["date_start"] is not None, e["date_start"] or ""), reverse=True)

    def active_actors(self, limit: int = 10) -> list[Record]:
        """Actors (not places) in the most events, with ``events`` counted, most first; events an analyst rejected
        are not counted."""
        rows = self.db.execute(
            "SELECT n.id, n.name, n.type, count(DISTINCT a.event_id) AS events FROM event_actors a"
            " JOIN entities n ON n.id = a.entity_id JOIN events v ON v.id = a.event_id"
            f" WHERE n.type != 'location' AND {NOT_REJECTED.replace('review', 'v.review')} GROUP BY n.id"
            " ORDER BY events DESC, n.id LIMIT ?", (limit,))
        return [dict(r) for r in rows]

    def show_document(self, doc_id: str) -> Record:
        """A stored document: its metadata, cleaned text, and what was extracted from it with offsets into that
        text (mentions with their entities, events and relations with their evidence)."""
        doc_id = self._check_id("document", doc_id)
        row = self.db.execute("SELECT id, source, url, title, outlet, published, lang, duplicate_of, text"
                              " FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise self._missing("document", "documents", "id", doc_id)
        mentions = [dict(r) for r in self.db.execute(
            "SELECT m.start_char AS start, m.end_char AS end, m.text, m.type, m.entity_id, e.name AS entity"
            " FROM mentions m LEFT JOIN entities e ON e.id = m.entity_id WHERE m.doc_id = ?"
            " ORDER BY m.start_char, m.end_char", (doc_id,))]
        evidence = [dict(r) for r in self.db.execute(
            "SELECT owner_kind AS kind, owner_id AS id, start_char AS start, end_char AS end, text FROM evidence"
            " WHERE doc_id = ? AND owner_kind IN ('event', 'relation') ORDER BY start_char, owner_id", (doc_id,))]
        events = self._events("e.id IN (SELECT event_id FROM event_sources WHERE doc_id = ?)", [doc_id])
        relations = self._relations("r.doc_id = ?", [doc_id])
        return dict(row) | {"mentions": mentions, "evidence": evidence,
                            "events": [brief_event(e) for e in events],
                            "relations": [_brief_relation(r) for r in relations]}


def brief_event(e: Record) -> Record:
    return {"id": e["id"], "date_start": e["date_start"], "type": e["type"], "sub_type": e["sub_type"],
            "location": e["location"], "fatalities": e["fatalities"],
            "actors": [a["name"] for a in e["actors"]], "review": e.get("review")}


def _brief_relation(r: Record) -> Record:
    return {"id": r["id"], "subject": r["subject"], "predicate": r["predicate"], "object": r["object"],
            "start_date": r["start_date"], "end_date": r["end_date"], "certainty": r["certainty"],
            "review": r.get("review")}


def marked_text(doc: Record) -> str:
    """The document's text with each mention marked ``[text]{entity id}`` (nested or overlapping mentions: the
    first one wins)."""
    text, out, at = doc["text"], [], 0
    for m in doc["mentions"]:
        if m["start"] < at or not m["entity_id"]:
            continue
        out += [text[at:m["start"]], f"[{text[m['start']:m['end']]}]{{{m['entity_id']}}}"]
        at = m["end"]
    out.append(text[at:])
    return "".join(out)


