"""A small invented knowledge base for the export tests, built through the real storage API.

Short articles written for these tests, by outlets of known reach (a national Afghan agency, an international
wire), an unknown outlet and one known only by its URL, with hand-built extractions: events dated to the day, to
a span of days, to a month, to a year only, and not at all; events without actor1 of a type that has a generic
actor and of one that has none; an event at an unplaced location; dated and undated relations.
"""

from __future__ import annotations

from pathlib import Path

from sitrep.ingest import dedup
from sitrep.kb import KnowledgeBase, writes
from sitrep.pipeline import store
from sitrep.records import (
    Annotations,
    Document,
    EventActor,
    EventDate,
    EventRecord,
    Evidence,
    Extractions,
    Figure,
    Mention,
    PreparedDocument,
    RelationRecord,
    Resolution,
    ResolvedEntity,
)

# key -> (type, name, country, geo)
PLACES = {
    "ghazni": ("Ghazni", {"lat": 33.55, "lon": 68.42, "country": "AF", "admin1": "Ghazni", "admin2": None,
                          "feature": "city", "gazetteer_id": "x1"}),
    "khost": ("Khost", {"lat": 33.34, "lon": 69.92, "country": "AF", "admin1": "Khost", "admin2": None,
                        "feature": "city", "gazetteer_id": "x2"}),
    "quetta": ("Quetta", {"lat": 30.18, "lon": 66.97, "country": "PK", "admin1": "Balochistan", "admin2": None,
                          "feature": "city", "gazetteer_id": "x3"}),
}
ACTORS = {  # dictionary ids, so that ACLED names come from the shipped dictionary
    "taliban": ("armed_group", "Taliban", "AF"),
    "afghan-military-2014-2021": ("state_force", "Afghan National Army", "AF"),
    "karim": ("person", "Abdul Karim", "AF"),
}
UNPLACED = ("armed_group", "Band of the Valley", "AF")

# doc id -> (outlet, url, published, text)
DOCS = {
    "p1.txt": ("Pajhwok Afghan News", None, "2019-05-04",
               "Taliban fighters clashed with the army in Ghazni on Friday. Abdul Karim led the attackers."),
    "r1.txt": ("Reuters", "https://www.reuters.com/world/x", "2019-05-04",
               "Insurgents of the Taliban fought soldiers near Ghazni city on Friday, officials said."),
    "u1.txt": (None, "https://www.frontier-notes.example/story/7", "2019-05-09",
               "Gunmen killed two shopkeepers in Khost on Monday. The Taliban fought the army near Ghazni in April."),
    "q1.txt": ("Valley Courier", None, "2019-06-02",
               "Unknown attackers bombed a market in Quetta in 2019. A band of the valley seized a pass. Talks opened "
               "somewhere. The Taliban and the army fought in Ghazni from 1 May to 3 May. Nobody knows when."),
}


def _span(doc: str, needle: str) -> tuple[int, int]:
    text = DOCS[doc][3]
    i = text.index(needle)
    return i, i + len(needle)


def _evidence(doc: str, needle: str) -> Evidence:
    s, e = _span(doc, needle)
    return Evidence(doc, s, e, needle)


def _event(doc: str, etype: str, sub: str, date: tuple[str | None, str | None, str], loc: str | None,
           actors: tuple[tuple[str, str], ...], dead: int | None, needle: str) -> EventRecord:
    return EventRecord(type=etype, sub_type=sub, date=EventDate(date[0], date[1], date[2], needle), location=loc,
                       actors=tuple(EventActor(k, r) for k, r in actors),  # type: ignore[arg-type]
                       fatalities=Figure(dead, "exact" if dead is not None else "unknown"),
                       evidence=(_evidence(doc, needle),), confidence=0.8, extractor="test", version="1")


DAY = ("2019-05-03", "2019-05-03", "day")
BATTLE = (("taliban", "actor1"), ("afghan-military-2014-2021", "actor2"))
EXTRACTIONS = {
    "p1.txt": Extractions(
        events=(_event("p1.txt", "Battles", "Armed clash", DAY, "ghazni", BATTLE, 3,
                       "Taliban fighters clashed with the army in Ghazni on Friday."),),
        relations=(RelationRecord("leader_of", "karim", "taliban", (_evidence("p1.txt", "Abdul Karim led"),),
                                  "test", "1", role="commander", start="2019-05", end="2019-06"),)),
    "r1.txt": Extractions(
        events=(_event("r1.txt", "Battles", "Armed clash", DAY, "ghazni", BATTLE, 5,
                       "Insurgents of the Taliban fought soldiers near Ghazni city"),)),
    "u1.txt": Extractions(
        events=(_event("u1.txt", "Violence against civilians", "Attack", ("2019-05-06", "2019-05-06", "day"),
                       "khost", (), 2, "Gunmen killed two shopkeepers in Khost on Monday."),
                _event("u1.txt", "Battles", "Armed clash", ("2019-04", "2019-04", "month"), "ghazni", BATTLE, None,
                       "The Taliban fought the army near Ghazni in April.")),
        relations=(RelationRecord("hostile_to", "taliban", "afghan-military-2014-2021",
                                  (_evidence("u1.txt", "The Taliban fought the army"),), "test", "1"),)),
    "q1.txt": Extractions(events=(
        _event("q1.txt", "Explosions/Remote violence", "Remote explosive/landmine/IED", ("2019", "2019", "year"),
               "quetta", (), None, "Unknown attackers bombed a market in Quetta in 2019."),
        _event("q1.txt", "Strategic developments", "Non-violent transfer of territory", DAY, "valley-pass",
               (("valley", "actor1"),), None, "A band of the valley seized a pass."),
        _event("q1.txt", "Strategic developments", "Agreement", DAY, "ghazni", (), None, "Talks opened somewhere."),
        _event("q1.txt", "Battles", "Armed clash", ("2019-05-01", "2019-05-03", "day"), "ghazni", BATTLE, None,
               "The Taliban and the army fought in Ghazni from 1 May to 3 May."),
        _event("q1.txt", "Battles", "Armed clash", (None, None, "unknown"), "ghazni", BATTLE, None,
               "Nobody knows when."))),
}
SAME_EVENT = {"r1.txt": {0: "v1"}}  # the wire's battle is the agency's battle v1
MENTIONS = {"p1.txt": [("Taliban", "taliban"), ("army", "afghan-military-2014-2021"), ("Ghazni", "ghazni"),
                       ("Abdul Karim", "karim")],
            "r1.txt": [("Taliban", "taliban"), ("Ghazni", "ghazni")],
            "u1.txt": [("Khost", "khost"), ("Taliban", "taliban"), ("army", "afghan-military-2014-2021"),
                       ("Ghazni", "ghazni")],
            "q1.txt": [("Quetta", "quetta"), ("band of the valley", "valley"), ("Taliban", "taliban"),
                       ("army", "afghan-military-2014-2021"), ("Ghazni", "ghazni")]}


def _resolver(kb: KnowledgeBase, prep: PreparedDocument) -> Resolution:
    res = Resolution(same_event=dict(SAME_EVENT.get(prep.doc.id, {})))
    for key in ("valley", "valley-pass"):
        res.keys[key] = key
    res.entities.append(ResolvedEntity(id="valley", type=UNPLACED[0], name=UNPLACED[1], new=True, country="AF"))
    res.entities.append(ResolvedEntity(id="valley-pass", type="location", name="Valley pass", new=True))
    for m in prep.annotations.mentions:
        key = m.entity_key or ""
        res.keys[key] = key
        if key in PLACES:
            name, geo = PLACES[key]
            res.entities.append(ResolvedEntity(id=key, type="location", name=name, new=True, aliases=(m.text,),
                                               country=str(geo["country"]), geo=geo))
        elif key in ACTORS:
            t, name, country = ACTORS[key]
            res.entities.append(ResolvedEntity(id=key, type=t, name=name, new=True, aliases=(m.text,),
                                               country=country))
    return res


def _prepared(doc_id: str) -> PreparedDocument:
    outlet, url, published, text = DOCS[doc_id]
    doc = Document(id=doc_id, source=f"/in/{doc_id}", text=text, format="text", url=url, title=text[:30],
                   outlet=outlet, published=published)
    mentions = []
    for needle, key in MENTIONS[doc_id]:
        s, e = _span(doc_id, needle)
        t = "location" if key in PLACES else ACTORS.get(key, UNPLACED)[0]
        mentions.append(Mention(start=s, end=e, text=needle, type=t, extractor="test", version="1",
                                entity_key=key, name=needle))
    return PreparedDocument(doc, dedup.text_key(text), None, (), Annotations(tuple(mentions)),
                            EXTRACTIONS[doc_id])


def build(path: str | Path) -> str | Path:
    """Build the knowledge base at ``path``; return it."""
    with KnowledgeBase(path) as kb:
        run = writes.start_run(kb.db, "test", {"test": "1"})
        for doc_id in DOCS:
            store(kb, _prepared(doc_id), run, 0.6, _resolver)
        writes.finish_run(kb.db, run, "done", {"added": len(DOCS)})
    return path
