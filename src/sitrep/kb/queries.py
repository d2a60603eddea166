"""Read-only queries analysts ask of the knowledge base (mixed into ``KnowledgeBase``).

Every method returns plain records (dicts of JSON values); each list query has a ``*_frame`` twin returning a
pandas DataFrame (pandas is imported only then).

Names given by a user resolve in tiers, the first tier with a hit wins: an entity id; an alias key
(``aliases.key``); the folded name (case, diacritics, apostrophes, hyphens and punctuation ignored:
"Wilayat-e-Khorasan" ~ "wilayat e khorasan"); a transliteration skeleton (vowels dropped after the first
letter, doubled letters collapsed, q/k, ph/f, kh/k, gh/g, c/k folded: "Taleban" ~ "Taliban", "al-Qaeda" ~
"Al Qaida"); for names of 5+ letters, a close spelling (difflib ratio >= 0.85). Within a tier the entity with
the most mentions comes first.

Dates are ISO strings or TIMEX3-style partial values ("2017", "2017-06", "2015-Q4"); a partial value stands for
its whole period. ``asof(date)``: a relation holds on ``date`` when its start period has begun (start <= date,
compared at the start's precision) and its end period has not passed (end null or end >= date). An unknown
start is handled conservatively: the relation is taken to hold only from the publication date of the document
that stated it, never earlier; a relation with neither start nor dated document is left out. An end also comes
from a later relation that supersedes it (``superseded_by``) and, for membership/allegiance/alliance, from a
``defected_from`` the same subject states against the same object. ``denied`` and ``planned`` relations never
hold.
"""

from __future__ import annotations

import difflib
import json
import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, cast

from sitrep.dates import period
from sitrep.kb.contradictions import contradictions, event_summary
from sitrep.kb.db import Database
from sitrep.kb.facts import consolidate
from sitrep.kb.names import name_index
from sitrep.kb.writes import BLOCKING_PREFIXES
from sitrep.lexicon.keys import fold

if TYPE_CHECKING:
    from sitrep.kb.postgres import PostgresDatabase

Record = dict[str, Any]

STATE_PREDICATES = ("member_of", "leader_of", "holds_position", "pledged_allegiance_to", "allied_with",
                    "ceasefire_with", "hostile_to", "supports", "controls", "located_in", "family_of")
POSITION_PREDICATES = ("holds_position", "leader_of")
ENDED_BY_DEFECTION = ("member_of", "pledged_allegiance_to", "allied_with", "supports")
NOT_HOLDING = ("denied", "planned")
RANKED = 1000  # full-text matches ranked per search, the latest stored (see ``search``)


class NameNotFound(LookupError):
    """A name the user gave matches no entity (``suggestions`` are the closest known names)."""

    def __init__(self, name: str, suggestions: list[str]) -> None:
        self.name, self.suggestions = name, suggestions
        hint = f" (did you mean: {', '.join(suggestions)}?)" if suggestions else ""
        super().__init__(f"no entity matches {name!r}{hint}")


class Queries:
    """Query methods of ``KnowledgeBase``; they only read, through ``self.db``."""

    db: Database
    _cache: dict[str, Any]

    # ------------------------------------------------------------ name resolution

    def resolve_name(self, name: str, types: Iterable[str] | None = None) -> list[Record]:
        """Entities a user's name may stand for, best first, each with ``matched_by`` (see the module doc)."""
        wanted = set(types) if types else None
        exact = self.db.execute(  # an id: the first tier, answered without reading every alias
            "SELECT e.id, e.type, e.name, (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id) AS n"
            " FROM entities e WHERE e.id = ?", (name,)).fetchone()
        if exact is not None and (wanted is None or exact["type"] in wanted):
            return [{"id": exact["id"], "name": exact["name"], "type": exact["type"], "matched_by": "id",
                     "mentions": exact["n"]}]
        index = name_index(self.db, self._read_cache())
        label, ids = index.tier(name, wanted)
        if not ids:
            return []
        counts = dict(self.db.execute(  # mentions counted for the hits only
            f"SELECT entity_id, count(*) FROM mentions WHERE entity_id IN ({', '.join('?' for _ in ids)})"
            " GROUP BY entity_id", list(ids)).fetchall())
        hits = [{"id": eid, "name": index.entities[eid][0], "type": index.entities[eid][1], "matched_by": label,
                 "mentions": counts.get(eid, 0)} for eid in ids]
        return sorted(hits, key=lambda h: (-h["mentions"], h["id"]))

    def _read_cache(self) -> dict[str, Any]:
        """What this connection keeps of what it read, while the base stays the same (``kb.names``)."""
        cache: dict[str, Any] | None = getattr(self, "_cache", None)
        if cache is None:
            cache = {}
            self._cache = cache
        return cache

    def find_entity(self, name: str, types: Iterable[str] | None = None) -> Record:
        """The best entity for ``name``; raises ``NameNotFound`` with suggestions when none matches."""
        hits = self.resolve_name(name, types)
        if not hits:
            names = [r[0] for r in self.db.execute("SELECT name FROM entities")]
            raise NameNotFound(name, difflib.get_close_matches(name, names, n=3, cutoff=0.5))
        return hits[0] | {"also_matched": [h["id"] for h in hits[1:]]}

    # ------------------------------------------------------------ entities

    def entities(self, type: str | None = None, name: str | None = None, country: str | None = None,
                 limit: int | None = None) -> list[Record]:
        """Entities, most mentioned first; ``name`` keeps those whose name or an alias contains it (folded) or
        that it resolves to."""
        rows = self.db.execute(
            "SELECT e.id, e.type, e.name, e.country, e.geo, e.attrs,"
            " (SELECT json_group_array(alias) FROM aliases WHERE entity_id = e.id) AS alias_list,"
            " (SELECT count(*) FROM mentions WHERE entity_id = e.id) AS mentions,"
            " (SELECT count(DISTINCT doc_id) FROM mentions WHERE entity_id = e.id) AS documents"
            " FROM entities e WHERE (? IS NULL OR e.type = ?) AND (? IS NULL OR upper(e.country) = upper(?))"
            " ORDER BY mentions DESC, e.id", (type, type, country, country)).fetchall()
        keep: set[str] | None = None
        if name:
            needle = fold(name)
            keep = {h["id"] for h in self.resolve_name(name)}
        out = []
        for r in rows:
            rec = _entity(r)
            if keep is not None and r["id"] not in keep and not any(
                    needle in fold(x) for x in (rec["name"], *rec["aliases"])):
                continue
            out.append(rec)
        return out[:limit] if limit else out

    def _entity_row(self, eid: str) -> Any:
        """The entity ``eid``'s row with its aliases (``alias_list``) and how many mentions and documents name it."""
        return self.db.execute(
            "SELECT e.id, e.type, e.name, e.country, e.geo, e.attrs,"
            " (SELECT json_group_array(alias) FROM aliases WHERE entity_id = e.id) AS alias_list,"
            " (SELECT count(*) FROM mentions WHERE entity_id = e.id) AS mentions,"
            " (SELECT count(DISTINCT doc_id) FROM mentions WHERE entity_id = e.id) AS documents"
            " FROM entities e WHERE e.id = ?", (eid,)).fetchone()

    def entity(self, name: str) -> Record:
        """An entity's profile: aliases, positions over time, relations, events, sources, first and last seen."""
        hit = self.find_entity(name)
        eid = hit["id"]
        row = self._entity_row(eid)
        rec = _entity(row)
        rels = consolidate(self._relations("r.subject_id = ? OR r.object_id = ?", (eid, eid)))
        for r in rels:
            r["direction"] = "out" if r["subject_id"] == eid else "in"
            r["other_id"] = r["object_id"] if r["direction"] == "out" else r["subject_id"]
            r["other"] = r["object"] if r["direction"] == "out" else r["subject"]
        rels.sort(key=lambda r: (r["start_date"] is None, r["start_date"] or "", r["id"]))
        events = self._events_of(eid)
        sources = [dict(s) for s in self.db.execute(
            "SELECT d.id, d.title, d.outlet, d.published, d.url, count(m.id) AS mentions FROM documents d"
            " LEFT JOIN mentions m ON m.doc_id = d.id AND m.entity_id = ?1 WHERE d.id IN ("
            " SELECT doc_id FROM mentions WHERE entity_id = ?1 UNION SELECT doc_id FROM relations"
            " WHERE subject_id = ?1 OR object_id = ?1 UNION SELECT s.doc_id FROM event_sources s JOIN event_actors a"
            " ON a.event_id = s.event_id WHERE a.entity_id = ?1 UNION SELECT s.doc_id FROM event_sources s"
            " JOIN events v ON v.id = s.event_id WHERE v.location_id = ?1)"
            " GROUP BY d.n, d.id ORDER BY d.published IS NULL, d.published, d.id", (eid,))]
        dates = sorted([s["published"] for s in sources if s["published"]]
                       + [e["date_start"] for e in events if e["date_start"]])
        return rec | {
            "matched_by": hit["matched_by"], "also_matched": hit["also_matched"],
            "positions": [r for r in rels if r["predicate"] in POSITION_PREDICATES and r["direction"] == "out"],
            "relations": rels, "events": events, "sources": sources,
            "first_seen": dates[0] if dates else None, "last_seen": dates[-1] if dates else None,
        }

    # ------------------------------------------------------------ events

    def events(self, type: str | None = None, actor: str | None = None, place: str | None = None,
               since: str | None = None, until: str | None = None, limit: int | None = None,
               rejected: bool = True) -> list[Record]:
        """Events in date order. ``actor`` and ``place`` are names (resolved); ``place`` takes in everything inside
        it (locations whose geo admin1/admin2 is that place, or located_in it). ``since``/``until`` keep events
        whose date period overlaps them; undated events are then left out. ``rejected=False`` leaves out the
        events an analyst rejected (``sitrep events`` without ``--with-rejected``; the scope of reports and
        exports leaves them out itself)."""
        where, params = ["TRUE" if rejected else "coalesce(e.review, '') <> 'rejected'"], []
        if type:
            where.append("(lower(e.type) = lower(?) OR lower(e.sub_type) = lower(?))")
            params += [type, type]
        if actor:
            aid = self.find_entity(actor)["id"]
            where.append("e.id IN (SELECT event_id FROM event_actors WHERE entity_id = ?)")
            params.append(aid)
        if place:
            ids = sorted(self.places_within(place))
            where.append(f"e.location_id IN ({', '.join('?' for _ in ids)})" if ids else "FALSE")
            params += ids
        if since:
            lo = (period(since) or (since, since))[0]
            where.append("coalesce(e.date_end, e.date_start) >= ?")
            params.append(lo)
        if until:
            hi = (period(until) or (until, until))[1]
            where.append("e.date_start <= ?")
            params.append(hi)
        out = self._events(" AND ".join(where), params)
        return out[:limit] if limit else out

    def places_within(self, place: str) -> set[str]:
        """Ids of the location entities inside ``place`` (itself, its admin1/admin2 children, located_in chains).

        Raises ``NameNotFound`` when ``place`` is neither a known entity nor an admin area of a placed location."""
        names = {fold(place)}
        ids: set[str] = set()
        for h in self.resolve_name(place):
            ids.add(h["id"])
            names.add(fold(h["name"]))
            names.update(fold(a[0]) for a in self.db.execute("SELECT alias FROM aliases WHERE entity_id = ?",
                                                               (h["id"],)))
        names.discard("")
        for r in self.db.execute("SELECT id, geo FROM entities WHERE geo IS NOT NULL"):
            geo = json.loads(r["geo"])
            if any(fold(str(geo.get(k) or "")) in names for k in ("admin1", "admin2")):
                ids.add(r["id"])
        if not ids:
            raise NameNotFound(place, [])
        links = self.db.execute("SELECT subject_id, object_id FROM relations WHERE predicate = 'located_in'"
                                  " AND object_id IS NOT NULL").fetchall()
        grew = True
        while grew:
            before = len(ids)
            ids.update(s for s, o in links if o in ids)
            grew = len(ids) > before
        return ids

    # ------------------------------------------------------------ time

    def timeline(self, name: str) -> list[Record]:
        """An actor's or a place's story in date order: its events, and the starts and ends of its relations.

        Each item has ``date`` (None when unknown; those come last), ``kind`` (``event``, ``relation_start``,
        ``relation_end``) and a one-line ``summary``. A relation without a start is placed at the publication
        date of its document (``date_basis: "reported"``)."""
        hit = self.find_entity(name)
        eid = hit["id"]
        items: list[Record] = []
        events = self._events_of(eid)
        if hit["type"] == "location":
            seen = {e["id"] for e in events}
            events += [e for e in self.events(place=eid) if e["id"] not in seen]
        for ev in events:
            items.append({"date": ev["date_start"], "date_basis": "stated", "kind": "event", "id": ev["id"],
                          "summary": event_summary(ev), "record": ev})
        for r in consolidate(self._relations("r.subject_id = ? OR r.object_id = ?", (eid, eid))):
            said = f"{r['subject']} {r['predicate'].replace('_', ' ')} {r['object'] or ''}".strip()
            said += f" ({r['role']})" if r["role"] else ""
            start = period(r["start_date"])
            date, basis = (start[0], "stated") if start else (r["published"], "reported")
            items.append({"date": date, "date_basis": basis, "kind": "relation_start", "id": r["id"],
                          "summary": said + f" [{r['certainty']}]", "record": r})
            end = period(r["end_date"])
            if end:
                items.append({"date": end[0], "date_basis": "stated", "kind": "relation_end", "id": r["id"],
                              "summary": "ended: " + said, "record": r})
        items.sort(key=lambda i: (i["date"] is None, i["date"] or "", i["kind"] != "relation_end", i["id"]))
        return items

    def asof(self, date: str, predicates: Iterable[str] = STATE_PREDICATES, entity: str | None = None) -> list[Record]:
        """Relations holding on ``date`` (rules in the module doc), one per (predicate, subject, object, role),
        with every stating document in ``docs`` and ``start_basis`` (``stated`` or ``reported``)."""
        day = period(date)
        if day is None:
            raise ValueError(f"not a date: {date!r} (use YYYY-MM-DD, YYYY-MM or YYYY)")
        d = day[1] if len(date.strip()) < 10 else day[0]  # a month or year: as at its last day
        preds = tuple(predicates)
        rels = self._relations(f"r.predicate IN ({', '.join('?' for _ in preds)})", preds)
        if entity:
            eid = self.find_entity(entity)["id"]
            rels = [r for r in rels if eid in (r["subject_id"], r["object_id"])]
        starts = {r["id"]: period(r["start_date"]) for r in self._relations("TRUE", ())}
        defections: dict[tuple[str, str], list[str]] = defaultdict(list)
        for r in self._relations("r.predicate = 'defected_from'", ()):
            p = period(r["start_date"]) or ((r["published"], r["published"]) if r["published"] else None)
            if p and r["object_id"]:
                defections[(r["subject_id"], r["object_id"])].append(p[0])
        merged: dict[tuple[Any, ...], Record] = {}
        for r in rels:
            held = _held_since(r, d, starts, defections)
            if held is None:
                continue
            since, basis = held
            k = (r["predicate"], r["subject_id"], r["object_id"], r["role"])
            rec = merged.get(k)
            if rec is None or since < rec["since"]:
                docs = rec["docs"] if rec else []
                rec = merged[k] = {**r, "since": since, "start_basis": basis, "docs": docs, "relation_ids": (
                    rec["relation_ids"] if rec else [])}
            rec["docs"] = sorted(set(rec["docs"]) | ({r["doc_id"]} if r["doc_id"] else set()))
            rec["relation_ids"] = sorted({*rec["relation_ids"], r["id"]})
        return sorted(merged.values(), key=lambda r: (r["predicate"], r["subject"], r["object"] or "", r["id"]))

    def relations(self, predicate: str | None = None, entity: str | None = None) -> list[Record]:
        """Relations in the order they were stated, one per fact (``sitrep.kb.facts``), with subject/object names
        and evidence; ``entity`` is a name."""
        where, params = ["TRUE"], []
        if predicate:
            where.append("r.predicate = ?")
            params.append(predicate)
        if entity:
            eid = self.find_entity(entity)["id"]
            where.append("(r.subject_id = ? OR r.object_id = ?)")
            params += [eid, eid]
        return consolidate(self._relations(" AND ".join(where), params))

    # ------------------------------------------------------------ text and sources

    def search(self, text: str, limit: int = 20, raw: bool = False) -> list[Record]:
        """Full-text search of documents (title, text) and evidence spans, with ``[highlighted]`` snippets.

        ``text`` is taken as words that must all occur ("quoted phrases" kept); ``raw=True`` passes FTS5 syntax.
        On SQLite, words matching more than ``RANKED`` documents (or quotes) have the latest ``RANKED`` of them
        ranked by relevance (bm25 costs a look-up per match ranked); fewer matches are all ranked."""
        if self.db.dialect == "postgresql":  # PostgreSQL's own full-text search (raw: its web-search syntax)
            pg = cast("PostgresDatabase", self.db)
            terms: str | list[str] = text if raw else [p or w for p, w in re.findall(r'"([^"]+)"|(\w+)', text)]
            return [dict(r) for table in ("documents", "evidence") for r in pg.search(table, terms, limit, 14)]
        q = text if raw else fts_query(text)
        if not q:
            return []
        # bm25 is computed for every match ranked: a word in tens of thousands of quotes ranks the latest RANKED
        recent = ("{t}.rowid >= coalesce((SELECT rowid FROM {t} WHERE {t} MATCH ?1 ORDER BY rowid DESC"
                  " LIMIT 1 OFFSET ?3), 0)")
        try:
            docs = self.db.execute(
                "SELECT 'document' AS kind, d.id AS doc, d.title, d.outlet, d.published, NULL AS owner_kind,"
                " NULL AS owner_id, snippet(documents_fts, 1, '[', ']', '…', 14) AS snippet, rank"
                " FROM documents_fts JOIN documents d ON d.n = documents_fts.rowid WHERE documents_fts MATCH ?1"
                f" AND {recent.format(t='documents_fts')} ORDER BY rank LIMIT ?2", (q, limit, RANKED - 1)).fetchall()
            spans = self.db.execute(
                "SELECT 'evidence' AS kind, ev.doc_id AS doc, d.title, d.outlet, d.published, ev.owner_kind,"
                " ev.owner_id, snippet(evidence_fts, 0, '[', ']', '…', 14) AS snippet, rank"
                " FROM evidence_fts JOIN evidence ev ON ev.id = evidence_fts.rowid JOIN documents d ON d.id = ev.doc_id"
                f" WHERE evidence_fts MATCH ?1 AND {recent.format(t='evidence_fts')} ORDER BY rank LIMIT ?2",
                (q, limit, RANKED - 1)).fetchall()
        except sqlite3.OperationalError as exc:
            raise ValueError(f"bad search {text!r}: {exc}") from None
        return [dict(r) for r in docs] + [dict(r) for r in spans]

    def sources(self) -> list[Record]:
        """Documents with outlet, date, where they were read from and what was extracted from them."""
        rows = self.db.execute(
            "SELECT d.id, d.title, d.outlet, d.published, d.url, d.source, d.duplicate_of,"
            " (SELECT count(*) FROM document_sources WHERE doc_id = d.id) AS copies,"
            " (SELECT count(*) FROM mentions WHERE doc_id = d.id) AS mentions,"
            " (SELECT count(*) FROM event_sources WHERE doc_id = d.id) AS events,"
            " (SELECT count(*) FROM relations WHERE doc_id = d.id) AS relations"
            " FROM documents d ORDER BY d.published IS NULL, d.published, d.n")
        return [dict(r) for r in rows]

    def outlets(self) -> list[Record]:
        """Outlets with their number of documents and first/last publication dates."""
        rows = self.db.execute(
            "SELECT coalesce(outlet, '(unknown)') AS outlet, count(*) AS documents, min(published) AS first,"
            " max(published) AS last FROM documents GROUP BY 1 ORDER BY documents DESC, outlet")
        return [dict(r) for r in rows]

    def contradictions(self) -> list[Record]:
        """Claims about the same subject and attribute whose values differ across documents, side by side, events
        whose sources give different fatality figures, and places said to be held by different actors at once."""
        return contradictions(self)

    # ------------------------------------------------------------ building blocks

    def _events_of(self, eid: str) -> list[Record]:
        return self._events("e.id IN (SELECT event_id FROM event_actors WHERE entity_id = ?) OR e.location_id = ?",
                            [eid, eid])

    def _events(self, where: str, params: Iterable[Any]) -> list[Record]:
        rows = self.db.execute(
            "SELECT e.*, l.name AS location, l.geo AS location_geo,"
            # the joins sit inside the ordered subqueries: the lists keep that order on either backend
            " (SELECT json_group_array(json_object('id', a.entity_id, 'name', a.name, 'type', a.type, 'role', a.role))"
            " FROM (SELECT x.entity_id, x.role, n.name, n.type FROM event_actors x JOIN entities n"
            " ON n.id = x.entity_id WHERE x.event_id = e.id ORDER BY x.role, x.entity_id) a) AS actor_list,"
            " (SELECT json_group_array(json_object('doc', s.doc_id, 'fatalities', s.fatalities, 'qualifier',"
            " s.fatalities_qualifier, 'text', s.fatalities_text, 'date', s.date_start, 'title', s.title, 'outlet',"
            " s.outlet, 'published', s.published, 'url', s.url)) FROM (SELECT x.doc_id, x.fatalities,"
            " x.fatalities_qualifier, x.fatalities_text, x.date_start, d.title, d.outlet, d.published, d.url"
            " FROM event_sources x JOIN documents d ON d.id = x.doc_id WHERE x.event_id = e.id ORDER BY x.doc_id) s)"
            " AS source_list,"
            " (SELECT json_group_array(json_object('doc', doc_id, 'start', start_char, 'end', end_char, 'text', text))"
            " FROM (SELECT * FROM evidence WHERE owner_kind = 'event' AND owner_id = e.id ORDER BY id))"
            f" AS evidence_list FROM events e LEFT JOIN entities l ON l.id = e.location_id WHERE {where}"
            " ORDER BY e.date_start IS NULL, e.date_start, e.id", list(params))
        out = []
        for r in rows:
            rec = dict(r)
            rec["geo"] = json.loads(rec.pop("location_geo")) if rec.get("location_geo") else None
            rec["actors"] = json.loads(rec.pop("actor_list") or "[]")
            rec["sources"] = json.loads(rec.pop("source_list") or "[]")
            rec["evidence"] = json.loads(rec.pop("evidence_list") or "[]")
            rec["docs"] = [s["doc"] for s in rec["sources"]]
            out.append(rec)
        return out

    def _relations(self, where: str, params: Iterable[Any]) -> list[Record]:
        rows = self.db.execute(
            "SELECT r.*, s.name AS subject, s.type AS subject_type, o.name AS object, o.type AS object_type,"
            " w.name AS attributed_to_name, d.published, d.title, d.outlet,"
            " (SELECT json_group_array(json_object('doc', doc_id, 'start', start_char, 'end', end_char, 'text', text))"
            " FROM (SELECT * FROM evidence WHERE owner_kind = 'relation' AND owner_id = r.id ORDER BY id))"
            " AS evidence_list FROM relations r JOIN entities s ON s.id = r.subject_id"
            " LEFT JOIN entities o ON o.id = r.object_id LEFT JOIN entities w ON w.id = r.attributed_to"
            f" LEFT JOIN documents d ON d.id = r.doc_id WHERE {where} ORDER BY r.rowid", list(params))
        out = []
        for r in rows:
            rec = dict(r)
            rec["evidence"] = json.loads(rec.pop("evidence_list") or "[]")
            out.append(rec)
        return out

    def _owner_order(self, table: str, column: str) -> dict[str, list[str]]:
        """Per document, the ids of its events or relations in the order it stated them."""
        order: dict[str, list[str]] = defaultdict(list)
        for doc, oid in self.db.execute(f"SELECT doc_id, {column} FROM {table} WHERE doc_id IS NOT NULL"
                                          " ORDER BY rowid"):
            order[doc].append(oid)
        return order


def _held_since(r: Record, d: str, starts: dict[str, tuple[str, str] | None],
                defections: dict[tuple[str, str], list[str]]) -> tuple[str, str] | None:
    """(first day, start basis) of relation ``r`` when it holds on day ``d`` (rules in the module doc), else None."""
    if r["certainty"] in NOT_HOLDING:
        return None
    start = period(r["start_date"])
    basis = "stated"
    if start is None:
        if not r["published"]:
            return None
        start, basis = (r["published"], r["published"]), "reported"
    if start[0] > d:
        return None
    end = period(r["end_date"])
    if end is not None and end[1] < d:
        return None
    sup = starts.get(r["superseded_by"] or "")
    if sup is not None and sup[0] <= d:
        return None
    if r["predicate"] in ENDED_BY_DEFECTION and any(
            start[0] <= t <= d for t in defections.get((r["subject_id"], r["object_id"] or ""), [])):
        return None
    return start[0], basis


def _entity(r: Any) -> Record:
    rec = {k: r[k] for k in ("id", "type", "name", "country", "mentions", "documents")}
    rec["aliases"] = sorted({a for a in json.loads(r["alias_list"] or "[]")
                             if not a.startswith(BLOCKING_PREFIXES)} - {r["name"]})  # matching keys are no names
    rec["geo"] = json.loads(r["geo"]) if r["geo"] else None
    rec["attrs"] = json.loads(r["attrs"] or "{}")
    return rec


def fts_query(text: str) -> str:
    """Words (and "quoted phrases") of ``text`` as an FTS5 query where all must occur; syntax characters are inert."""
    parts = re.findall(r'"([^"]+)"|(\w+)', text)
    terms = [p or w for p, w in parts]
    return " ".join('"' + t.replace('"', "") + '"' for t in terms if t.strip())
