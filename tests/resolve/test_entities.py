"""Resolution across documents: spelling variants, titles and family names join; look-alikes stay apart."""

from __future__ import annotations

from pathlib import Path

from sitrep.ingest import dedup
from sitrep.kb import KnowledgeBase, writes
from sitrep.lexicon.keys import translit_key
from sitrep.pipeline import store
from sitrep.records import Document, Mention, PreparedDocument
from sitrep.resolve.entities import dictionary_name


def prepared(doc_id: str, *names: tuple[str, str]) -> PreparedDocument:
    from sitrep.records import Annotations

    text = " ... ".join(n for n, _ in names) + f" ({doc_id})"
    mentions, pos = [], 0
    for name, type_ in names:
        start = text.index(name, pos)
        mentions.append(Mention(start=start, end=start + len(name), text=name, type=type_, extractor="t", version="t",
                                entity_key=f"doc:{type_}:{name.lower()}", name=name))
        pos = start + len(name)
    doc = Document(id=doc_id, source=doc_id, text=text, format="text")
    return PreparedDocument(doc=doc, text_key=dedup.text_key(text), minhash=None, bands=(),
                            annotations=Annotations(mentions=tuple(mentions)))


def entity_of(kb: KnowledgeBase, doc_id: str, text: str) -> str:
    row = kb.conn.execute("SELECT entity_id FROM mentions WHERE doc_id = ? AND text = ?", (doc_id, text)).fetchone()
    return str(row[0])


def test_transliteration_key_meets_common_variants_and_keeps_distinct_names_apart() -> None:
    assert translit_key("Taleban") == translit_key("Taliban")
    assert translit_key("Jawzjan") == translit_key("Jowzjan") == translit_key("Joz jan")
    assert translit_key("Darz Aab") == translit_key("Darzab")
    assert translit_key("Qushtepa") == translit_key("Qush-Teppa") == translit_key("Qosh Tepa")
    assert translit_key("Sar-i-Pul") != translit_key("Sar Dara")


def test_variants_titles_and_family_names_join_across_documents(tmp_path: Path) -> None:
    with KnowledgeBase(tmp_path / "kb.db") as kb:
        run = writes.start_run(kb.db, "test", {})
        store(kb, prepared("a", ("Gen. Tom Walker", "person"), ("Shirin Tagab", "location"),
                                 ("Mohammad Raza Sabiri", "person")), run, 0.6)
        store(kb, prepared("b", ("Tom Walker", "person"), ("Shirin Tagaab", "location"),
                                 ("Mohammad Reza Sabiri", "person")), run, 0.6)
        store(kb, prepared("c", ("Walker", "person")), run, 0.6)
        assert entity_of(kb, "a", "Gen. Tom Walker") == entity_of(kb, "b", "Tom Walker") == entity_of(kb, "c", "Walker")
        assert entity_of(kb, "a", "Shirin Tagab") == entity_of(kb, "b", "Shirin Tagaab")
        assert entity_of(kb, "a", "Mohammad Raza Sabiri") == entity_of(kb, "b", "Mohammad Reza Sabiri")
        reasons = [r[0] for r in kb.conn.execute("SELECT reasons FROM entity_merges")]
        assert any("spelling variant" in r for r in reasons) and any("same name" in r for r in reasons)


def test_lookalikes_stay_apart(tmp_path: Path) -> None:
    with KnowledgeBase(tmp_path / "kb.db") as kb:
        run = writes.start_run(kb.db, "test", {})
        store(kb, prepared("a", ("Gul Ahmad Rahimi", "person"), ("Shirin", "location")), run, 0.6)
        store(kb, prepared("b", ("Gul Ahmad", "person"), ("Shirin", "person")), run, 0.6)
        assert entity_of(kb, "a", "Gul Ahmad Rahimi") != entity_of(kb, "b", "Gul Ahmad")
        assert entity_of(kb, "a", "Shirin") != entity_of(kb, "b", "Shirin")  # a place and a person


def test_a_lone_family_name_shared_by_two_people_is_not_guessed(tmp_path: Path) -> None:
    with KnowledgeBase(tmp_path / "kb.db") as kb:
        run = writes.start_run(kb.db, "test", {})
        store(kb, prepared("a", ("Tom Walker", "person")), run, 0.6)
        store(kb, prepared("b", ("Anna Walker", "person")), run, 0.6)
        store(kb, prepared("c", ("Walker", "person")), run, 0.6)
        walker = entity_of(kb, "c", "Walker")
        assert walker not in (entity_of(kb, "a", "Tom Walker"), entity_of(kb, "b", "Anna Walker"))


def test_a_dictionary_actor_carries_acled_name_and_keeps_its_own_as_alias() -> None:
    assert dictionary_name("pkk", "Kurdistan Workers' Party") == ("PKK: Kurdistan Workers Party",
                                                                  ("Kurdistan Workers' Party",))
    assert dictionary_name("no-such-entry", "Someone") == ("Someone", ())
