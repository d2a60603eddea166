"""A small invented knowledge base built through the real storage API, shared by query, export and report tests.

Five documents with hand-built annotations and extractions: armed groups under several spellings, placed
locations inside provinces, events (one reported by two sources with different death tolls), relations with
dates, positions and a defection, a contested claim, and a document whose title and text carry HTML/script
markup (untrusted article text).
"""

from __future__ import annotations

from pathlib import Path

from sitrep.ingest import dedup
from sitrep.kb import KnowledgeBase, writes
from sitrep.pipeline import store
from sitrep.records import (
    Annotations,
    Claim,
    Document,
    EntityRef,
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

XSS = "<script>document.title='PWNED'</script><img src=x onerror=\"document.body.dataset.pwned='1'\">"

# key -> (type, canonical name, country, geo)
ENTITIES: dict[str, tuple[str, str, str | None, dict[str, object] | None]] = {
    "taliban": ("armed_group", "Taliban", "AF", None),
    "isk": ("armed_group", "Islamic State Khorasan", "AF", None),
    "anp": ("state_force", "Afghan National Police", "AF", None),
    "gov": ("government", "Government of Afghanistan", "AF", None),
    "qari": ("person", "Qari Hekmat", "AF", None),
    "ahmad": ("person", "Mullah Ahmad", "AF", None),
    "kunduz": ("location", "Kunduz", "AF", {"lat": 36.73, "lon": 68.86, "country": "AF", "admin1": "Kunduz",
                                             "admin2": None, "feature": "admin1", "gazetteer_id": "t1"}),
    "archi": ("location", "Dasht-e-Archi", "AF", {"lat": 37.13, "lon": 69.17, "country": "AF", "admin1": "Kunduz",
                                                   "admin2": "Dasht-e-Archi", "feature": "town", "gazetteer_id": "t2"}),
    "darzab": ("location", "Darzab", "AF", {"lat": 35.98, "lon": 65.85, "country": "AF", "admin1": "Jowzjan",
                                             "admin2": "Darzab", "feature": "town", "gazetteer_id": "t3"}),
    "jalalabad": ("location", "Jalalabad", "AF", {"lat": 34.43, "lon": 70.45, "country": "AF",
                                                   "admin1": "Nangarhar", "admin2": None, "feature": "city",
                                                   "gazetteer_id": "t4"}),
    "nowhere": ("location", "Sar Dara", None, None),
}
CIVILIANS = EntityRef("civilians", "Civilians (Afghanistan)", "other", "AF", "Civilians (Afghanistan)")

TEXTS = {
    "a1.txt": ("Taleban fighters attacked a police checkpoint in Dasht-e-Archi in Kunduz on Friday, killing four "
               "Afghan National Police officers. Mullah Ahmad, the shadow governor of Kunduz, led them."),
    "a2.txt": ("The Taliban now control Dasht-e-Archi after the checkpoint attack, which killed six Afghan National "
               "Police officers, officials said."),
    "a3.txt": ("A suicide bomber of Islamic State Khorasan killed about 40 people in Jalalabad. Qari Hekmat, a "
               "Taliban member since 2015, was not involved. The ISKP has 200 fighters, a spokesman said."),
    "a4.txt": ("Qari Hekmat defected from the Taliban and pledged allegiance to Daesh. ISKP took Darzab. "
               "The Taliban and ISKP are enemies. The ISKP has 500 fighters, elders said. "
               "The Taliban denied any alliance with Daesh. Sar Dara was quiet."),
    "a5.txt": (f"Unverified post {XSS} said ISKP fighters fired on Darzab. <b>bold</b> & more."),
}
META = {
    "a1.txt": ("Checkpoint attack in Kunduz", "Wire A", "2017-06-10", "https://example.org/a1"),
    "a2.txt": ("Taliban hold Dasht-e-Archi", "Wire B", "2017-06-12", "https://example.org/a2"),
    "a3.txt": ("Bombing in Jalalabad", "Wire A", "2017-12-29", "https://example.org/a3"),
    "a4.txt": ("Commander defects in Jowzjan", "Daily C", "2017-12-02", "https://example.org/a4"),
    "a5.txt": (f"Rumour {XSS}", None, "2018-01-05", "https://example.org/a5?x=<y>&z=\"q\""),
}
EVENT_DOCS_SAME = {"a2.txt": {0: "v1"}}  # a2's first event is a1's event v1 (another source, another toll)


def _span(doc: str, text: str, nth: int = 0) -> tuple[int, int]:
    body, start = TEXTS[doc], -1
    for _ in range(nth + 1):
        start = body.index(text, start + 1)
    return start, start + len(text)


def _mention(doc: str, text: str, key: str, nth: int = 0) -> Mention:
    s, e = _span(doc, text, nth)
    return Mention(start=s, end=e, text=text, type=ENTITIES[key][0], extractor="test", version="1", entity_key=key,
                   name=ENTITIES[key][1])


def _ev(doc: str, text: str) -> Evidence:
    s, e = _span(doc, text)
    return Evidence(doc, s, e, text)


def _sentence(doc: str, needle: str) -> Evidence:
    body = TEXTS[doc]
    i = body.index(needle)
    s = body.rfind(". ", 0, i)
    s = 0 if s < 0 else s + 2
    e = body.find(".", i)
    e = len(body) if e < 0 else e + 1
    return Evidence(doc, s, e, body[s:e])


def _rel(doc: str, pred: str, subj: str, obj: str | None, needle: str, **kw: object) -> RelationRecord:
    return RelationRecord(predicate=pred, subject=subj, object=obj, evidence=(_sentence(doc, needle),),
                          extractor="test", version="1", **kw)  # type: ignore[arg-type]


def _event(doc: str, type_: str, sub: str, date: str | None, loc: str | None, actors: tuple[tuple[str, str], ...],
           dead: int | None, needle: str, qualifier: str = "exact") -> EventRecord:
    return EventRecord(type=type_, sub_type=sub, date=EventDate(date, date, "day" if date else "unknown", date),
                       location=loc, actors=tuple(EventActor(k, r) for k, r in actors),  # type: ignore[arg-type]
                       fatalities=Figure(dead, qualifier if dead is not None else "unknown"),  # type: ignore[arg-type]
                       evidence=(_sentence(doc, needle),), confidence=0.8, extractor="test", version="1")


MENTIONS = {
    "a1.txt": [("Taleban", "taliban", 0), ("Dasht-e-Archi", "archi", 0), ("Kunduz", "kunduz", 0),
               ("Afghan National Police", "anp", 0), ("Mullah Ahmad", "ahmad", 0), ("Kunduz", "kunduz", 1)],
    "a2.txt": [("Taliban", "taliban", 0), ("Dasht-e-Archi", "archi", 0), ("Afghan National Police", "anp", 0)],
    "a3.txt": [("Islamic State Khorasan", "isk", 0), ("Jalalabad", "jalalabad", 0), ("Qari Hekmat", "qari", 0),
               ("Taliban", "taliban", 0), ("ISKP", "isk", 0)],
    "a4.txt": [("Qari Hekmat", "qari", 0), ("Taliban", "taliban", 0), ("Daesh", "isk", 0), ("ISKP", "isk", 0),
               ("Darzab", "darzab", 0), ("Sar Dara", "nowhere", 0)],
    "a5.txt": [("ISKP", "isk", 0), ("Darzab", "darzab", 0)],
}


def extractions(doc: str) -> Extractions:
    if doc == "a1.txt":
        return Extractions(
            events=(_event(doc, "Battles", "Armed clash", "2017-06-09", "archi", (("taliban", "actor1"),
                    ("anp", "actor2")), 4, "attacked"),),
            relations=(_rel(doc, "holds_position", "ahmad", "kunduz", "shadow governor", role="shadow governor",
                            start="2016-03", end="2017-10", certainty="reported"),))
    if doc == "a2.txt":
        return Extractions(
            events=(_event(doc, "Battles", "Armed clash", "2017-06-09", "archi", (("taliban", "actor1"),
                    ("anp", "actor2")), 6, "killed six"),),
            relations=(_rel(doc, "controls", "taliban", "archi", "now control", start="2017-06"),))
    if doc == "a3.txt":
        return Extractions(
            events=(_event(doc, "Explosions/Remote violence", "Suicide bomb", "2017-12-28", "jalalabad",
                           (("isk", "actor1"), ("civilians", "actor2")), 40, "suicide bomber", "about"),),
            relations=(_rel(doc, "member_of", "qari", "taliban", "member since", start="2015"),),
            claims=(Claim("entity", "isk", "fighters", "200", _ev(doc, "200 fighters")),),
            entities=(CIVILIANS,))
    if doc == "a4.txt":
        return Extractions(
            events=(_event(doc, "Strategic developments", "Non-violent transfer of territory", "2017-11-20", "darzab",
                           (("isk", "actor1"),), None, "took Darzab"),),
            relations=(
                _rel(doc, "defected_from", "qari", "taliban", "defected", start="2017-11"),
                _rel(doc, "pledged_allegiance_to", "qari", "isk", "pledged", start="2017-11"),
                _rel(doc, "controls", "isk", "darzab", "took Darzab"),
                _rel(doc, "hostile_to", "taliban", "isk", "enemies", start="2017", certainty="reported"),
                _rel(doc, "allied_with", "taliban", "isk", "denied", certainty="denied"),
            ),
            claims=(Claim("entity", "isk", "fighters", "500", _ev(doc, "500 fighters")),))
    return Extractions(events=(_event(doc, "Violence against civilians", "Attack", None, "darzab",
                                      (("isk", "actor1"),), None, "Unverified"),))


def resolver(kb: KnowledgeBase, prep: PreparedDocument) -> Resolution:
    """Every local key is its own entity id, with the name, country and place the test world gives it."""
    res = Resolution(same_event=dict(EVENT_DOCS_SAME.get(prep.doc.id, {})))
    for ref in prep.extractions.entities:
        res.keys[ref.key] = ref.key
        res.entities.append(ResolvedEntity(id=ref.key, type=ref.type, name=ref.name, new=True, country=ref.country,
                                           attrs={"acled_name": ref.acled_name}))
    for m in prep.annotations.mentions:
        key = m.entity_key or ""
        type_, name, country, geo = ENTITIES[key]
        res.keys[key] = key
        res.entities.append(ResolvedEntity(id=key, type=type_, name=name, new=True, aliases=(m.text,),
                                           country=country, geo=geo))
    return res


def prepared(doc_id: str) -> PreparedDocument:
    text = TEXTS[doc_id]
    title, outlet, published, url = META[doc_id]
    doc = Document(id=doc_id, source=f"/in/{doc_id}", text=text, format="text", url=url, title=title, outlet=outlet,
                   published=published)
    mentions = tuple(_mention(doc_id, t, k, n) for t, k, n in MENTIONS[doc_id])
    return PreparedDocument(doc, dedup.text_key(text), None, (), Annotations(mentions), extractions(doc_id))


def build(path: str | Path) -> str | Path:
    """Build the sample knowledge base at ``path``; return it."""
    with KnowledgeBase(path) as kb:
        run = writes.start_run(kb.db, "test", {"test": "1"})
        for doc_id in TEXTS:
            store(kb, prepared(doc_id), run, 0.6, resolver)
        writes.finish_run(kb.db, run, "done", {"added": len(TEXTS)})
    return path
