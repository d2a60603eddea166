"""Events, relations and claims go in with their document, resolved to entities, and come out in JSON Lines."""

from __future__ import annotations

import io
import json
from pathlib import Path

from sitrep.export import jsonl
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
)

TEXT = "Taliban fighters attacked a checkpoint in Shirin Tagab on 3 May, killing four civilians, police said."


def prepared(doc_id: str, text: str = TEXT, killed: int = 4) -> PreparedDocument:
    doc = Document(id=doc_id, source=doc_id, text=text, format="text", published="2019-05-04")
    place = text.index("Shirin Tagab")
    ann = Annotations(mentions=(
        Mention(0, 7, "Taliban", "armed_group", "t", "t", entity_key="taliban", name="Taliban"),
        Mention(place, place + 12, "Shirin Tagab", "location", "t", "t", entity_key="doc:location:shirin tagab"),
    ))
    ev = Evidence(doc_id, 0, len(text), text)
    ext = Extractions(
        events=(EventRecord(type="Violence against civilians", sub_type="Attack",
                            date=EventDate("2019-05-03", "2019-05-03", "day", "on 3 May"),
                            location="doc:location:shirin tagab",
                            actors=(EventActor("taliban", "actor1"), EventActor("acled:civilians-af", "actor2")),
                            fatalities=Figure(killed, "exact", "killing four civilians"), evidence=(ev,),
                            confidence=0.9, extractor="t", version="t"),),
        relations=(RelationRecord("controls", "taliban", "doc:location:shirin tagab", (ev,), "t", "t",
                                  start="2019-05", certainty="reported"),),
        claims=(Claim("entity", "taliban", "fighters", "200", ev, "reported"),),
        entities=(EntityRef("acled:civilians-af", "Civilians (Afghanistan)", "other", "AF",
                            "Civilians (Afghanistan)"),),
    )
    return PreparedDocument(doc=doc, text_key=dedup.text_key(text), minhash=None, bands=(), annotations=ann,
                            extractions=ext)


def export(kb: KnowledgeBase) -> dict[str, list[dict[str, object]]]:
    out = io.StringIO()
    jsonl.write(kb, out)
    recs: dict[str, list[dict[str, object]]] = {}
    for line in out.getvalue().splitlines():
        rec = json.loads(line)
        recs.setdefault(rec["kind"], []).append(rec)
    return recs


def test_event_relation_and_claim_are_stored_resolved_and_exported(tmp_path: Path) -> None:
    with KnowledgeBase(tmp_path / "kb.db") as kb:
        store(kb, prepared("a"), writes.start_run(kb.db, "t", {}), 0.6)
        recs = export(kb)
    place = next(e for e in recs["entity"] if e["name"] == "Shirin Tagab")
    (event,) = recs["event"]
    assert event["type"] == "Violence against civilians" and event["location"] == place["id"]
    assert event["actors"] == [{"entity": "taliban", "role": "actor1"},
                               {"entity": "acled:civilians-af", "role": "actor2"}]
    assert event["fatalities"] == {"value": 4, "qualifier": "exact", "text": "killing four civilians"}
    assert event["docs"] == ["a"] and event["evidence"][0]["text"] == TEXT
    (rel,) = recs["relation"]
    assert (rel["subject"], rel["object"], rel["start"], rel["certainty"]) == ("taliban", place["id"], "2019-05",
                                                                               "reported")
    assert any(e["name"] == "Civilians (Afghanistan)" for e in recs["entity"])


def test_a_changed_document_takes_its_own_events_and_relations_with_it(tmp_path: Path) -> None:
    with KnowledgeBase(tmp_path / "kb.db") as kb:
        run = writes.start_run(kb.db, "t", {})
        store(kb, prepared("a"), run, 0.6)
        store(kb, prepared("a", TEXT.replace("four", "five"), 5), run, 0.6)
        recs = export(kb)
        assert kb.integrity_check() == []
    (event,) = recs["event"]
    assert event["fatalities"]["value"] == 5
    assert len(recs["relation"]) == 1
