"""Cross-document event coreference: one attack told by two documents is one event with two sources."""

from __future__ import annotations

from pathlib import Path

from sitrep.extract.events import find_events
from sitrep.ingest import dedup
from sitrep.kb import KnowledgeBase
from sitrep.nlp.annotate import annotate
from sitrep.pipeline import store
from sitrep.records import Annotations, Document, Mention, PreparedDocument


def _prep(doc_id: str, text: str, published: str, place: str) -> PreparedDocument:
    doc = Document(id=doc_id, source=doc_id, text=text, format="text", published=published)
    base = annotate(doc)
    at = text.index(place)
    loc = Mention(start=at, end=at + len(place), text=place, type="location", extractor="test", version="1",
                  entity_key=f"doc:location:{place.lower()}", name=place)
    mentions = (*(m for m in base.mentions if m.type != "location"), loc)
    ann = Annotations(mentions=mentions, timexes=base.timexes)
    return PreparedDocument(doc, dedup.text_key(text), None, (), ann, find_events(doc, ann))


def test_same_attack_in_two_documents_is_one_event(tmp_path: Path) -> None:
    with KnowledgeBase(tmp_path / "kb.db") as kb:
        store(kb, _prep("a.txt", "Taliban fighters attacked police checkpoints in Dasht-e-Archi late on "
                                       "Friday, killing at least 12 policemen.", "2019-03-02", "Dasht-e-Archi"),
                        None, 0.6)
        store(kb, _prep("b.txt", "Fourteen Afghan policemen were killed when Taleban insurgents attacked "
                                       "outposts in Dasht-e-Archi on Friday night.", "2019-03-02", "Dasht-e-Archi"),
                        None, 0.6)
        store(kb, _prep("c.txt", "Taliban fighters attacked a police checkpoint in Imam Sahib on Friday, "
                                       "killing two policemen.", "2019-03-02", "Imam Sahib"), None, 0.6)
        events = list(kb.iter_events())
    by_docs = {tuple(sorted(s["doc"] for s in e["sources"])): e for e in events}
    assert set(by_docs) == {("a.txt", "b.txt"), ("c.txt",)}
    shared = by_docs[("a.txt", "b.txt")]
    assert {s["doc"]: s["fatalities"] for s in shared["sources"]} == {"a.txt": 12, "b.txt": 14}


def test_different_days_stay_apart(tmp_path: Path) -> None:
    with KnowledgeBase(tmp_path / "kb.db") as kb:
        store(kb, _prep("a.txt", "On 1 March 2019, Taliban fighters attacked a police post in Khanabad, killing "
                                       "three policemen.", "2019-03-02", "Khanabad"), None, 0.6)
        store(kb, _prep("b.txt", "On 20 March 2019, Taliban fighters attacked a police post in Khanabad, "
                                       "killing five policemen.", "2019-03-21", "Khanabad"), None, 0.6)
        assert len(list(kb.iter_events())) == 2


def test_same_day_and_place_with_other_victims_stay_apart(tmp_path: Path) -> None:
    with KnowledgeBase(tmp_path / "kb.db") as kb:
        store(kb, _prep("a.txt", "On 6 April 2019, 2 Afghan soldiers were killed by Taliban militants in "
                                       "Khanabad district.", "2019-04-06", "Khanabad"), None, 0.6)
        store(kb, _prep("b.txt", "On 6 April 2019, 3 Arbaki fighters were killed by Taliban militants in "
                                       "Khanabad district.", "2019-04-06", "Khanabad"), None, 0.6)
        assert len(list(kb.iter_events())) == 2


def test_two_stated_days_are_two_events_but_a_day_read_from_yesterday_may_be_one_off(tmp_path: Path) -> None:
    with KnowledgeBase(tmp_path / "kb.db") as kb:
        store(kb, _prep("a.txt", "On 14-May-2019, 6 Taliban militants were killed by Afghan forces in Zurmat "
                                       "district.", "2019-05-14", "Zurmat"), None, 0.6)
        store(kb, _prep("b.txt", "On 15-May-2019, 9 Taliban militants were killed by Afghan forces in Zurmat "
                                       "district.", "2019-05-15", "Zurmat"), None, 0.6)
        store(kb, _prep("c.txt", "Yesterday 7 Taliban militants were killed by Afghan forces in Zurmat "
                                       "district.", "2019-05-15", "Zurmat"), None, 0.6)
        events = list(kb.iter_events())
    by_docs = sorted(tuple(sorted(s["doc"] for s in e["sources"])) for e in events)
    assert by_docs == [("a.txt", "c.txt"), ("b.txt",)]
