"""Relations as news states them (issue 19), on invented sentences through the full language layer: truces
with a start and an end, affiliation, backing, fighting alongside, common-noun police and armies of a known
country, ranks, deserters, coordinated verbs, parts of a territory, and what gives nothing."""

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


def test_a_ceasefire_is_its_own_relation_with_its_start_and_stated_end() -> None:
    got = rels("The Taliban and the Afghan government agreed a ceasefire on 15 June 2018. "
               "The truce ended on 18 June 2018.")
    truce = [r for r in got if r.predicate == "ceasefire_with"]
    assert len(truce) == 1 and not [r for r in got if r.predicate == "allied_with"]
    assert (truce[0].start, truce[0].end) == ("2018-06-15", "2018-06-18")
    assert {truce[0].subject, truce[0].object} >= {"taliban"}


def test_a_peace_agreement_signed_with_someone_past_a_time_word() -> None:
    got = triples("President Ashraf Ghani signed a peace agreement on Thursday with Taliban leader "
                  "Haibatullah Akhundzada.")
    assert ("doc:person:ashraf ghani", "ceasefire_with", "taliban") in got


def test_a_truce_that_is_not_agreed_gives_nothing() -> None:
    assert not [r for r in rels("The Taliban refused to agree a ceasefire with the Afghan government.")
                if r.predicate == "ceasefire_with"]


@pytest.mark.parametrize("text", [
    "Al-Shabaab, the Al-Qaeda-linked militant group, attacked a base in Lamu.",
    "Al-Shabaab, an affiliate of Al-Qaeda, raided the town.",
    "Al-Shabaab is affiliated with Al-Qaeda.",
])
def test_affiliation_is_an_alliance(text: str) -> None:
    assert ("al-shabaab", "allied_with", "al-qaeda") in triples(text)


def test_fighting_alongside_is_an_alliance_and_fighting_against_is_not() -> None:
    assert ("fano", "allied_with", "ethiopia-military") in triples("The Fano militia fought alongside the "
                                                                   "Ethiopian army in Tigray.")
    assert not [t for t in triples("The Fano militia fought against the Ethiopian army in Tigray.")
                if t[1] == "allied_with"]


def test_backing_in_support_of_and_by_agreement() -> None:
    got = rels("Russia has been carrying out airstrikes in support of Bashar al-Assad since 2015.")
    support = [r for r in got if r.predicate == "supports"]
    assert len(support) == 1 and support[0].start == "2015"
    assert any(t[:2] == ("nigeria-military", "allied_with") and t[2].startswith("acled:military-td-") for t in triples(
        "The Nigerian army has a security agreement with the Chadian army."))  # Chad's army of the date's period


def test_a_countrys_police_named_by_a_common_noun() -> None:
    got = triples("Police officer Ahmad Wali said three people died in Peshawar, Pakistan.")
    assert ("doc:person:ahmad wali", "member_of", "acled:police-pk-2018-2022") in got
    got = triples("Sergeant Somchai Wong of Pattani police told reporters that two rangers died in Pattani, Thailand.")
    assert ("doc:person:somchai wong", "member_of", "acled:police-th") in got


def test_a_former_officer_and_a_police_of_no_known_country_give_nothing() -> None:
    assert not triples("A former police officer, Ahmad Wali, was arrested in Peshawar, Pakistan.")
    assert not [t for t in triples("Police officer Ahmad Wali spoke to reporters.") if t[1] == "member_of"]


def test_the_force_entity_is_handed_to_resolution() -> None:
    doc = Document(id="t", source="t", text="Police officer Ahmad Wali said two people died in Kano, Nigeria.",
                   format="text", published="2019-03-10")
    found = find_relations(doc, annotate(doc))
    assert [(e.key, e.name, e.country) for e in found.entities] == [
        ("acled:police-ng-2015-2023", "Police Forces of Nigeria (2015-2023)", "NG")]


def test_leaders_founders_and_deserters() -> None:
    assert ("doc:person:gulbuddin hekmatyar", "leader_of", "hezb-e-islami") in triples(
        "Gulbuddin Hekmatyar, founder of the militant group Hezb-e-Islami, returned to Kabul.")
    assert ("doc:person:abubakar shekau", "leader_of", "boko-haram") in triples(
        "Since the death of Boko Haram factional leader Abubakar Shekau, ISWAP has grown.")
    assert any(t[:2] == ("doc:person:ba ag moussa", "defected_from") and t[2].startswith("acled:military-ml-")
               for t in triples("The raid near Mopti in Mali was blamed on deserter army colonel Ba Ag Moussa."))


def test_territory_by_coordinated_verbs_and_parts_of_a_country() -> None:
    got = rels("The RSF began fighting the army in April 2023, and has since taken over the capital Khartoum.")
    control = [r for r in got if r.predicate == "controls"]
    assert [(r.subject, r.object, r.start) for r in control] == [("rsf", "doc:location:khrtm", None)]
    assert ("islamic-state-iraq", "controls", "doc:location:ark") in triples(  # its Iraqi branch
        "Islamic State fighters, who control much of north and west Iraq, attacked Samarra.")


def test_provincial_post_is_read_against_the_province_named_before() -> None:
    got = triples("Clashes went on in Nangarhar province on Monday. Provincial police chief Gul Agha Sherzad "
                  "said 20 fighters were killed.")
    assert ("doc:person:gul agha sherzad", "holds_position", "doc:location:ngrhr") in got


def test_a_place_in_a_country_is_no_relation() -> None:
    assert not [t for t in triples("Fighting was heavy in Kunduz, Afghanistan.") if t[1] == "located_in"]


def test_he_stands_for_the_one_person_named_just_before() -> None:
    got = rels("The statement was read by Ahmad Karimi. He previously served as a captain in the Syrian Army, "
               "before joining the Free Syrian Army months ago. He was reportedly the head of the FSA's leadership "
               "in southern Syria.")
    found = {(r.subject, r.predicate, r.object) for r in got}
    karimi = "doc:person:ahmad karimi"
    assert {(karimi, "member_of", "syria-military"), (karimi, "member_of", "free-syrian-army"),
            (karimi, "leader_of", "free-syrian-army")} <= found
    # two people named before: "he" is either, so it is neither
    assert not triples("Ahmad Karimi and Ali Musa spoke. He joined the Taliban.")


def test_it_inside_a_sentence_stands_for_the_one_group_before_it() -> None:
    got = rels("The raid was the latest of many by RSF soldiers across the state after it took control of the "
               "capital Wad Madani in December.")
    assert [(r.subject, r.predicate, r.start) for r in got if r.predicate == "controls"] == [("rsf", "controls",
                                                                                              "2018-12")]


def test_sides_acting_together_against_a_third_are_allies_not_enemies() -> None:
    got = triples("The Taliban and the Islamic State fought against the Afghan army in Kunar.")
    assert ("taliban", "allied_with", "islamic-state") in got
    assert not {("taliban", "hostile_to", "islamic-state"), ("islamic-state", "hostile_to", "taliban")} & got
    assert {("taliban", "hostile_to", "islamic-state"), ("islamic-state", "hostile_to", "taliban")} & triples(
        "The Taliban and the Islamic State fought in Kunar.")
