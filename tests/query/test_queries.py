"""Analyst queries over a hand-built knowledge base: names under any spelling, places that contain places,
relations as of a date, timelines, full-text search, sources, contradictions, DataFrames."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from backends import BACKENDS, new_base
from query.sample_kb import build
from sitrep.dates import period
from sitrep.kb import KnowledgeBase
from sitrep.kb.queries import NameNotFound
from sitrep.lexicon.keys import fold, skeleton


@pytest.fixture(scope="module", params=BACKENDS)
def kb(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnowledgeBase]:
    """The sample base on each backend (a SQLite file, a PostgreSQL database)."""
    with KnowledgeBase(build(new_base(request, tmp_path_factory.mktemp("q"), request.param))) as base:
        yield base


@pytest.mark.parametrize(("name", "entity", "how"), [
    ("Taliban", "taliban", "alias"), ("  TALEBAN ", "taliban", "alias"), ("taliban", "taliban", "id"),
    ("Dasht e Archi", "archi", "folded"), ("dasht-e-ārchi", "archi", "folded"),
    ("Talibaan", "taliban", "transliteration"), ("Daish", "isk", "transliteration"),
    ("Qari Hikmat", "qari", "transliteration"), ("Islamic State Khorasann", "isk", "transliteration"),
    ("Afghan Nationl Police", "anp", "transliteration"), ("Islamic State Khorasam", "isk", "spelling"),
])
def test_names_resolve_under_any_spelling(kb: KnowledgeBase, name: str, entity: str, how: str) -> None:
    hit = kb.find_entity(name)
    assert (hit["id"], hit["matched_by"]) == (entity, how)


def test_folding_helpers() -> None:
    assert fold("Jama'at-ul-Ahrār") == "jamaat ul ahrar"
    assert skeleton("Taleban") == skeleton("Taliban") == "tlbn"
    assert skeleton("al-Qaeda") == skeleton("Al Qaida")
    assert period("2017-06") == ("2017-06-01", "2017-06-30")
    assert period("2016-02") == ("2016-02-01", "2016-02-29")
    assert period("2015-Q4") == ("2015-10-01", "2015-12-31")
    assert period("XXXX-03-18") is None and period(None) is None


def test_unknown_name_suggests(kb: KnowledgeBase) -> None:
    with pytest.raises(NameNotFound) as err:
        kb.find_entity("Atlantis")
    assert "no entity matches 'Atlantis'" in str(err.value)
    with pytest.raises(NameNotFound) as err:
        kb.find_entity("Mullah Ahmed Shah Khan")
    assert err.value.suggestions[0] == "Mullah Ahmad"


def test_entities_filters(kb: KnowledgeBase) -> None:
    groups = kb.entities(type="armed_group")
    assert [e["id"] for e in groups] == ["isk", "taliban"]  # most mentioned first
    assert set(groups[0]["aliases"]) == {"Daesh", "ISKP"}
    assert [e["id"] for e in kb.entities(name="taleban")] == ["taliban"]
    assert {e["id"] for e in kb.entities(name="archi")} == {"archi"}  # part of a name
    assert "nowhere" not in {e["id"] for e in kb.entities(country="af")}


def test_entity_profile(kb: KnowledgeBase) -> None:
    p = kb.entity("Mullah Ahmad")
    (pos,) = p["positions"]
    assert (pos["role"], pos["object"], pos["start_date"], pos["end_date"]) == (
        "shadow governor", "Kunduz", "2016-03", "2017-10")
    q = kb.entity("qari hekmat")
    assert [(r["predicate"], r["other"]) for r in q["relations"]] == [
        ("member_of", "Taliban"), ("defected_from", "Taliban"), ("pledged_allegiance_to", "Islamic State Khorasan")]
    assert [s["id"] for s in q["sources"]] == ["a4.txt", "a3.txt"]  # by publication date
    assert (q["first_seen"], q["last_seen"]) == ("2017-12-02", "2017-12-29")
    isk = kb.entity("ISKP")
    assert [e["id"] for e in isk["events"]] == ["v3", "v2", "v4"]  # dated first, in order; undated last
    assert isk["relations"][0]["evidence"][0]["text"] == "The Taliban and ISKP are enemies."


def test_events_by_actor_place_type_and_date(kb: KnowledgeBase) -> None:
    assert [e["id"] for e in kb.events()] == ["v1", "v3", "v2", "v4"]
    assert [e["id"] for e in kb.events(actor="Daesh")] == ["v3", "v2", "v4"]
    assert [e["id"] for e in kb.events(place="Kunduz")] == ["v1"]  # Dasht-e-Archi lies in Kunduz province
    assert [e["id"] for e in kb.events(place="Jowzjan")] == ["v3", "v4"]  # an admin1 no entity names
    assert [e["id"] for e in kb.events(type="suicide bomb")] == ["v2"]
    assert [e["id"] for e in kb.events(since="2017-11", until="2017-12-27")] == ["v3"]
    v1 = kb.events(place="Dasht-e-Archi")[0]
    assert [(s["doc"], s["fatalities"]) for s in v1["sources"]] == [("a1.txt", 4), ("a2.txt", 6)]
    assert {(a["name"], a["role"]) for a in v1["actors"]} == {("Taliban", "actor1"),
                                                              ("Afghan National Police", "actor2")}
    with pytest.raises(NameNotFound):
        kb.events(place="Atlantis")


def test_asof_uses_dates_defections_and_reporting_dates(kb: KnowledgeBase) -> None:
    def held(date: str) -> set[tuple[str, str, str]]:
        return {(r["subject_id"], r["predicate"], r["object_id"]) for r in kb.asof(date)}

    june = held("2017-06-15")
    assert ("ahmad", "holds_position", "kunduz") in june and ("qari", "member_of", "taliban") in june
    assert ("taliban", "controls", "archi") in june
    assert ("isk", "controls", "darzab") not in june  # no start: not before the report that states it
    december = held("2017-12-15")
    assert ("ahmad", "holds_position", "kunduz") not in december  # ended 2017-10
    assert ("qari", "member_of", "taliban") not in december  # ended by his defection in 2017-11
    assert ("qari", "pledged_allegiance_to", "isk") in december
    assert ("isk", "controls", "darzab") in december
    assert all(p != "allied_with" for _, p, _ in december)  # a denied alliance never holds
    assert ("qari", "member_of", "taliban") not in held("2014")  # 2014 taken as its last day: not yet
    control = next(r for r in kb.asof("2017-12-15") if r["object_id"] == "darzab")
    assert (control["since"], control["start_basis"], control["docs"]) == ("2017-12-02", "reported", ["a4.txt"])
    assert {r["predicate"] for r in kb.asof("2017-12-15", entity="Qari Hekmat")} == {"pledged_allegiance_to"}
    with pytest.raises(ValueError):
        kb.asof("last week")


def test_timeline_of_actor_and_place(kb: KnowledgeBase) -> None:
    q = [(i["date"], i["kind"]) for i in kb.timeline("Qari Hekmat")]
    # the defection ends the Taliban membership (superseded, kept with its end)
    assert q == [("2015-01-01", "relation_start"), ("2017-11-01", "relation_end"), ("2017-11-01", "relation_start"),
                 ("2017-11-01", "relation_start")]
    k = [(i["date"], i["kind"], i["id"]) for i in kb.timeline("Kunduz")]
    assert k == [("2016-03-01", "relation_start", "r1"), ("2017-06-09", "event", "v1"),
                 ("2017-10-01", "relation_end", "r1")]
    darzab = kb.timeline("Darzab")
    assert darzab[-1]["date"] is None and darzab[-1]["id"] == "v4"  # undated last
    control = next(i for i in darzab if i["kind"] == "relation_start")
    assert (control["date"], control["date_basis"]) == ("2017-12-02", "reported")


def test_search_documents_and_evidence(kb: KnowledgeBase) -> None:
    hits = kb.search("checkpoint")
    assert {(h["kind"], h["doc"]) for h in hits} >= {("document", "a1.txt"), ("evidence", "a1.txt")}
    assert all("[checkpoint]" in h["snippet"] for h in hits)
    assert {h["owner_id"] for h in hits if h["kind"] == "evidence"} == {"v1", "r2"}
    assert kb.search('"police checkpoint"')[0]["doc"] == "a1.txt"
    assert [h["doc"] for h in kb.search("checkpoint) (Kunduz* NEAR") if h["kind"] == "document"] == []
    assert [h["doc"] for h in kb.search("checkpoint) (Kunduz*:") if h["kind"] == "document"] == ["a1.txt"]
    assert kb.search("") == []


def test_sources_and_outlets(kb: KnowledgeBase) -> None:
    docs = kb.sources()
    assert [d["id"] for d in docs] == ["a1.txt", "a2.txt", "a4.txt", "a3.txt", "a5.txt"]
    assert docs[2]["relations"] == 5 and docs[0]["events"] == 1
    assert kb.outlets()[0] == {"outlet": "Wire A", "documents": 2, "first": "2017-06-10", "last": "2017-12-29"}


def test_contradictions_side_by_side(kb: KnowledgeBase) -> None:
    found = {c["kind"]: c for c in kb.contradictions()}
    claim = found["claim"]
    assert (claim["subject"], claim["attribute"]) == ("Islamic State Khorasan", "fighters")
    assert [(v["value"], v["doc_id"], v["outlet"]) for v in claim["values"]] == [
        ("200", "a3.txt", "Wire A"), ("500", "a4.txt", "Daily C")]
    toll = found["fatalities"]
    assert toll["subject_id"] == "v1"
    assert [(v["value"], v["doc_id"]) for v in toll["values"]] == [(4, "a1.txt"), (6, "a2.txt")]
    assert "killing four" in toll["values"][0]["evidence"]


def test_dataframes(kb: KnowledgeBase) -> None:
    pytest.importorskip("pandas")
    df = kb.events_frame(place="Kunduz")
    assert list(df["id"]) == ["v1"] and "fatalities" in df.columns
    assert len(kb.contradictions_frame()) == 4  # one row per (subject, source)
    assert set(kb.entities_frame(type="person")["name"]) == {"Qari Hekmat", "Mullah Ahmad"}
    assert list(kb.timeline_frame("Kunduz")["kind"]) == ["relation_start", "event", "relation_end"]
    assert len(kb.asof_frame("2017-12-15")) == 4
