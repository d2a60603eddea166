"""JSON Lines export (spec §2): documents, entities with mentions, time expressions."""

from __future__ import annotations

import io
import json
from pathlib import Path

from sitrep import api
from sitrep.ingest import dedup
from sitrep.kb import KnowledgeBase
from sitrep.pipeline import store
from sitrep.records import Annotations, Document, Mention, PreparedDocument, TimeExpression
from sitrep.resolve import dictionary_keys

TEXT = "On Tuesday, Taleban fighters attacked a checkpoint. The Taliban later claimed the attack."


def _prepared(doc_id: str) -> PreparedDocument:
    doc = Document(id=doc_id, source=f"/in/{doc_id}", text=TEXT, format="text", published="2017-12-02")
    mentions = tuple(
        Mention(start=TEXT.index(name), end=TEXT.index(name) + len(name), text=name, type="armed_group",
                extractor="test", version="1", entity_key="taliban", name="Taliban")
        for name in ("Taleban", "Taliban"))
    timex = TimeExpression(start=3, end=10, text="Tuesday", value="2017-11-28", precision="day",
                           extractor="test", version="1", anchor="2017-12-02")
    return PreparedDocument(doc, dedup.text_key(TEXT), None, (), Annotations(mentions, (timex,)))


def _export(db: str | Path) -> list[dict[str, object]]:
    buf = io.StringIO()
    api.export(db, "jsonl", buf)
    return [json.loads(line) for line in buf.getvalue().splitlines()]


def test_entities_and_timexes_follow_the_spec(kb_url: str) -> None:
    db = kb_url
    with KnowledgeBase(db) as kb:
        store(kb, _prepared("a.txt"), None, 0.6, dictionary_keys)
    recs = _export(db)
    kinds = [r["kind"] for r in recs]
    assert kinds == ["document", "entity", "timex"]
    doc, entity, timex = recs
    assert entity == {"kind": "entity", "id": "taliban", "type": "armed_group", "name": "Taliban",
                      "aliases": ["Taleban"], "geo": None,
                      "mentions": [{"doc": "a.txt", "start": 12, "end": 19, "text": "Taleban"},
                                   {"doc": "a.txt", "start": 56, "end": 63, "text": "Taliban"}]}
    for m in entity["mentions"]:  # type: ignore[attr-defined]
        assert str(doc["text"])[m["start"]:m["end"]] == m["text"]
    assert timex == {"kind": "timex", "doc": "a.txt", "start": 3, "end": 10, "text": "Tuesday",
                     "value": "2017-11-28", "precision": "day"}


def test_updated_document_replaces_its_annotations(kb_url: str) -> None:
    db = kb_url
    with KnowledgeBase(db) as kb:
        store(kb, _prepared("a.txt"), None, 0.6, dictionary_keys)
        changed = PreparedDocument(
            Document(id="a.txt", source="/in/a.txt", text=TEXT + " More.", format="text"),
            dedup.text_key(TEXT + " More."), None, (), Annotations())
        assert store(kb, changed, None, 0.6, dictionary_keys).status == "updated"
    recs = _export(db)
    assert [r for r in recs if r["kind"] == "timex"] == []
    (entity,) = [r for r in recs if r["kind"] == "entity"]
    assert entity["mentions"] == []


def test_events_say_whether_they_are_the_news_or_background(tmp_path: Path, kb_url: str) -> None:
    src = tmp_path / "story.txt"
    src.write_text("Gunmen attacked a police post in Zarif village on Tuesday, killing four officers.\n\n"
                   "In 2014, a car bomb killed nine soldiers in Dorvan district.\n")
    db = kb_url
    api.ingest([str(src)], db)
    events = [r for r in _export(db) if r["kind"] == "event"]
    assert sorted(str(e["salience"]) for e in events) == ["background", "main"]


def test_events_carry_the_coders_civilian_targeting_mark(tmp_path: Path, kb_url: str) -> None:
    src = tmp_path / "story.txt"
    src.write_text("Gunmen shot dead three farmers in Zarif village on Tuesday.\n\n"
                   "Soldiers and rebels clashed in Dorvan district on Monday; two soldiers died.\n")
    db = kb_url
    api.ingest([str(src)], db)
    events = {e["type"]: e for e in _export(db) if e["kind"] == "event"}
    assert events["Violence against civilians"]["civilian_targeting"] is True
    assert events["Battles"]["civilian_targeting"] is False
