"""Relations read from the dependency parse (``data/relations/dependency_patterns.yaml``): the table is checked when
read, and the patterns read sentences of other regions and wordings than the surface table was written on
(invented sentences, full language layer)."""

from __future__ import annotations

import pytest

from sitrep.extract import relation_syntax as syntax
from sitrep.extract.relations import find_relations
from sitrep.nlp.annotate import annotate
from sitrep.records import Document, RelationRecord

_ROW = "  - {name: p, predicate: supports, lemmas: [back], subject: [ACTORS], object: [ARMED]%s}\n"


def _table(extra: str = "", heads: str = "[group]") -> str:
    return f"group_heads: {heads}\npatterns:\n" + _ROW % extra


@pytest.fixture(autouse=True)
def _syntax_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SITREP_RELATION_SYNTAX", "1")


def rels(text: str) -> list[RelationRecord]:
    doc = Document(id="t", source="t", text=text, format="text", published="2021-05-04")
    return list(find_relations(doc, annotate(doc)).relations)


def syn(text: str) -> set[tuple[str, str, str | None, str]]:
    return {(r.subject, r.predicate, r.object, r.certainty) for r in rels(text) if r.extractor == syntax.EXTRACTOR}


def test_the_table_is_read_into_patterns() -> None:
    heads, rows = syntax.load_table(_table(", voices: [passive], inception: true"))
    assert heads == {"group"}
    (row,) = rows
    assert row.lemmas == {"back"} and row.voices == {"passive"} and row.inception
    assert "armed_group" in row.subject and row.object == {"armed_group", "state_force"}


@pytest.mark.parametrize("extra", [", colour: red", ", voices: [middle]", ", lemmas: [take over]",
                                   ", subject: [FIGHTERS]", ', inception: "yes"'])
def test_a_bad_row_is_refused(extra: str) -> None:
    with pytest.raises(ValueError):
        syntax.load_table(_table(extra))


def test_a_verb_in_two_patterns_is_refused() -> None:
    with pytest.raises(ValueError, match="two patterns"):
        syntax.load_table(_table() + (_ROW % "").replace("name: p", "name: q"))


def test_the_shipped_table_has_unique_names_and_a_lookout() -> None:
    _, rows = syntax.table()
    assert {"syn-lead", "syn-back", "syn-join"} <= {r.name for r in rows}
    assert syntax.may_match("Kony led them.", []) is False  # no two mentions: never parsed


@pytest.mark.parametrize(("text", "parsed"), [
    ("Armed men attacked Kabul and Herat on Monday.", False),  # a verb form, but no actor on either side
    ("Taliban fighters joined the attack on Kunduz.", False),  # "join" takes a person
    ("Iran arms the Houthis.", True),  # a country stands for its government
])
def test_a_sentence_is_parsed_only_when_a_pattern_may_fill_both_sides(text: str, parsed: bool) -> None:
    doc = Document(id="t", source="t", text=text, format="text", published="2021-05-04")
    assert syntax.may_match(text, annotate(doc).mentions) is parsed


def test_backing_in_a_relative_clause_whose_object_is_the_noun_described() -> None:
    assert ("doc:location:algr", "supports", "polisario-front", "asserted") in syn(
        "The Polisario Front, which Algeria has backed for decades, rejected the plan.")


def test_a_perfect_with_words_between_has_and_its_participle() -> None:
    assert syn("Rwanda has for years quietly backed the M23, according to a UN report.") == {
        ("doc:location:rwnd", "supports", "m23", "reported")}


def test_coordinated_participles_share_their_agent() -> None:
    assert ("doc:location:rwnd", "supports", "m23", "asserted") in syn(
        "The M23, which is financed and armed by Rwanda, seized Goma in January.")


def test_a_participle_led_by_gives_the_leader_and_its_start() -> None:
    got = [r for r in rels("The ADF, led since 2014 by Musa Baluku, pledged allegiance to the Islamic State.")
           if r.predicate == "leader_of"]
    assert [(r.subject, r.object, r.role, r.start) for r in got] == [("doc:person:musa baluku", "adf", "leader",
                                                                      "2014")]


def test_a_passive_agent_among_things_that_are_no_actor() -> None:
    assert syn("Al-Shabaab is funded by charcoal exports and by Eritrea, a UN panel said.") == {
        ("doc:location:artr", "supports", "al-shabaab", "reported")}


def test_a_modal_lowers_the_certainty() -> None:
    assert syn("Iran may fund the Houthis, a diplomat said.") == {
        ("doc:location:arn", "supports", "houthis", "unconfirmed")}


@pytest.mark.parametrize("text", [
    "The Fano militia is not backed by Eritrea, the spokesman insisted.",  # negated
    "Rwanda has not backed the M23, Kigali insists.",  # negated on the auxiliary
    "If Turkey backs the SNA, Kurdish forces will withdraw.",  # a condition
    "The Houthis plan to back the southern separatists in Aden.",  # under another verb
    "Officials accused Pakistan of supporting the Taliban.",  # an accusation: the surface table's, as alleged
])
def test_no_relation_from_a_verb_that_states_nothing(text: str) -> None:
    assert not syn(text)


def test_the_parse_is_read_only_when_the_setting_asks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SITREP_RELATION_SYNTAX")
    assert syn("Rwanda has for years quietly backed the M23, according to a UN report.") == set()
