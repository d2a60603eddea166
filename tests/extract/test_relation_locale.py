"""A movement's control of a place is its branch's in the place's country (invented sentences, full language layer)."""

from __future__ import annotations

from sitrep.extract.relation_locale import place_country
from sitrep.extract.relations import find_relations
from sitrep.nlp.annotate import annotate
from sitrep.records import Document


def _found(text: str, published: str = "2019-03-10") -> tuple[set[tuple[str, str, str | None]], set[str]]:
    doc = Document(id="t", source="t", text=text, format="text", published=published)
    ex = find_relations(doc, annotate(doc))
    return {(r.subject, r.predicate, r.object) for r in ex.relations}, {e.key for e in ex.entities}


def test_the_movement_holding_a_district_is_its_branch_in_that_country() -> None:
    got, refs = _found("In March, Daesh seized Sirte, the hometown of the late dictator, officials in Tripoli said.")
    assert ("islamic-state-libya", "controls", "doc:location:srt") in got
    assert "islamic-state-libya" in refs  # the branch comes with the relation, named as ACLED names it


def test_two_names_of_the_movement_give_one_control_relation() -> None:
    text = ("Fighters of the ISKP-controlled district of Achin crossed the river. Elders said that the "
            "Islamic State-controlled district of Achin is now empty.")
    got, _ = _found(text)
    holders = {s for s, p, o in got if p == "controls"}
    assert holders == {"islamic-state-khorasan"}


def test_leadership_and_allegiance_keep_the_movement() -> None:
    got, _ = _found("Abu Bakr al-Baghdadi, the leader of the Islamic State, was killed in Idlib in October.")
    assert ("doc:person:abu bakr al baghdadi", "leader_of", "islamic-state") in got


def test_a_place_country_needs_a_clear_vote() -> None:
    assert place_country("Sirte", None) == "LY"
    assert place_country("Achin", None) == "AF"
    # a large namesake town abroad does not outvote the document's own country
    assert place_country("Palma", "MZ") is None
