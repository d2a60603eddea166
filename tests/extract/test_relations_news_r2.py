"""Relations as news states them, second round (issue 19), on invented sentences through the full language layer:
listed members, wings and branches, X-led forces, groups that make up an alliance, "regime ally X", a captured town
named before, a group named after its leader, factions counted, dissidents, and what must give nothing."""

from __future__ import annotations

import pytest

from sitrep.extract.relations import find_relations
from sitrep.nlp.annotate import annotate
from sitrep.records import Document, RelationRecord


def rels(text: str, published: str = "2019-03-10") -> list[RelationRecord]:
    doc = Document(id="t", source="t", text=text, format="text", published=published)
    return list(find_relations(doc, annotate(doc)).relations)


def triples(text: str) -> set[tuple[str, str, str | None]]:
    return {(r.subject, r.predicate, r.object) for r in rels(text)}


@pytest.mark.parametrize("text", [
    "Police arrested three Jamaat-ul-Mujahideen Bangladesh members - Abdul Karim, 31, Shahidul Alam, 27, "
    "and Nazmul Hoque, 22, on Monday.",
    "Police arrested three Hizbul Mujahideen militants: Abdul Karim alias Babu, Shahidul Alam and Nazmul Hoque.",
])
def test_every_listed_member_is_a_member(text: str) -> None:
    got = {(s, p) for s, p, _ in triples(text)}
    assert {("doc:person:abdul karim", "member_of"), ("doc:person:shahidul alam", "member_of"),
            ("doc:person:nazmul hoque", "member_of")} <= got


def test_a_branch_of_a_group_is_part_of_it() -> None:
    assert ("al-shabaab", "member_of", "al-qaeda") in triples("Al-Shabaab is the Somali branch of al-Qaeda.")


def test_a_force_led_by_an_alliance_is_part_of_it() -> None:
    assert ("isaf", "member_of", "nato") in triples("NATO-led ISAF troops patrolled the valley on Monday.")


def test_one_of_the_commanders_in_a_group_is_a_member_not_its_leader() -> None:
    got = triples("Sultan Ahmed, one of the most senior commanders in the Taliban, was killed on Monday.")
    assert ("doc:person:sultan ahmed", "member_of", "taliban") in got
    assert not [t for t in got if t[1] == "leader_of"]


def test_a_warlord_leads_his_group() -> None:
    assert ("doc:person:isnilon hapilon", "leader_of", "abu-sayyaf") in triples(
        "Abu Sayyaf warlord Isnilon Hapilon was killed in Marawi.")


def test_the_alliance_is_the_one_alliance_named_before() -> None:
    got = triples("The Northern Alliance attacked Muse. The Kachin Independence Army and two other groups that make "
                  "up the alliance have seized several towns.")
    assert ("kia", "member_of", "northern-alliance") in got


def test_the_group_a_leader_leads_is_named_after_him_but_his_fighters_are_not_the_group() -> None:
    got = triples("Abubakar Shekau was the leader of Boko Haram. Ali Musa, one of the senior commanders in "
                  "Shekau's group, was killed.")
    assert ("doc:person:ali musa", "member_of", "boko-haram") in got
    moved = triples("Abubakar Shekau was the leader of Boko Haram. Shekau's fighters later joined the Islamic State.")
    assert not [t for t in moved if t[0] == "boko-haram" and t[1] == "member_of"]


def test_the_town_named_before_was_recaptured() -> None:
    got = rels("Rebels entered the town of Kidal on Monday. The town was recaptured in 2014 by French troops.")
    control = [r for r in got if r.predicate == "controls"]
    assert [(r.subject, r.start) for r in control] == [("french-military", "2014")]


def test_control_of_the_city_given_up_to_a_group() -> None:
    got = triples("Government troops withdrew from Lashio on Friday, giving up control of the city to the Myanmar "
                  "National Democratic Alliance Army.")
    assert [t for t in got if t[:2] == ("mndaa", "controls")]


def test_a_regime_ally_is_allied_with_the_government_of_the_country() -> None:
    got = triples("In Syria, fellow regime ally Hezbollah sent fighters to Aleppo.")
    assert [t for t in got if t[:2] == ("hezbollah", "allied_with") and str(t[2]).startswith("acled:government-sy")]


def test_dissidents_of_a_group_broke_away_from_it() -> None:
    got = rels("Dissidents of the ELN attacked a police post in Arauca, Colombia.")
    assert [(r.predicate, r.object) for r in got] == [("defected_from", "eln")]
    assert got[0].subject.startswith("derived:")


def test_a_dictionary_militia_of_another_country_backs_this_countrys_government_as_a_group_of_its_own() -> None:
    got = [t for t in triples("Pro-government militias attacked protesters in Caracas, Venezuela, on Monday.")
           if t[1] == "supports"]
    assert got == [("derived:progovernmentmilitiasvenezuela", "supports", "acled:government-ve-1999-")]


def test_another_countrys_pro_government_forces_back_nothing_here() -> None:
    got = triples("Pro-government forces shelled a village near Taiz, Yemen, on Monday.")
    assert not [t for t in got if t[1] == "supports"]


def test_ethnic_forces_are_a_group_of_their_own_backed_by_a_country() -> None:
    got = rels("Ethnic Armenian forces, which are backed by Armenia, shelled Tartar.")
    backing = [r for r in got if r.predicate == "supports"]
    assert len(backing) == 1 and backing[0].object == "derived:ethnicarmenianforces"
