"""Relations as news states them, fourth round (issue 19), on invented sentences through the full language layer:
names summed up by a count, a place described before what is said of it, a copular description before "which",
an army's unit, the former men of a leader, "the faction" for the group the sentence before was about, and "the
defector, identified as X"."""

from __future__ import annotations

from sitrep.extract.relations import find_relations
from sitrep.nlp.annotate import annotate
from sitrep.records import Document, RelationRecord


def rels(text: str, published: str = "2019-03-10") -> list[RelationRecord]:
    doc = Document(id="t", source="t", text=text, format="text", published=published)
    return list(find_relations(doc, annotate(doc)).relations)


def triples(text: str) -> set[tuple[str, str, str | None]]:
    return {(r.subject, r.predicate, r.object) for r in rels(text)}


def test_a_count_sums_up_the_names_listed_before_it() -> None:
    got = triples("The talks in Damascus were attended by envoys from Russia and Iran, and China's ambassador to "
                  "Syria – three nations who have consistently supported the Assad regime.")
    backers = {s for s, p, o in got if p == "supports" and str(o).startswith("acled:government-sy")}
    assert backers == {"doc:location:rs", "doc:location:arn", "doc:location:chn"}


def test_a_count_that_does_not_match_the_names_says_nothing() -> None:
    got = triples("The talks in Damascus were attended by envoys from Russia, Iran and China – two nations who have "
                  "consistently supported the Assad regime.")
    assert not [t for t in got if t[1] == "supports"]


def test_a_place_described_before_its_controller() -> None:
    got = rels("Kosovo and Serbia dispute the region of Bosnia, a region that lies within Serbia but was under the "
               "control of the Taliban since 1994.")
    control = [r for r in got if r.predicate == "controls"]
    assert [(r.subject, r.start) for r in control] == [("taliban", "1994")]


def test_a_copular_description_before_which() -> None:
    got = triples("Lashkar-i-Khurasan is a Sunni militant group, which is also reportedly affiliated with the "
                  "international terrorist organization ISIS.")
    assert ("lashkar-e-khorasan", "allied_with", "islamic-state") in got


def test_the_chief_of_an_army_unit_is_a_member_of_the_army() -> None:
    got = rels("Rebels ambushed soldiers in Davao, Philippines, on Saturday, local infantry battalion chief "
               "Lieutenant Colonel Ramon Dizon said.")
    roles = [(r.predicate, str(r.object).startswith("acled:military-ph"), r.role) for r in got
             if r.subject == "doc:person:ramon dizon"]
    assert roles == [("member_of", True, None)]


def test_a_leaders_former_fighters_left_his_group_for_the_faction_named_before() -> None:
    got = triples("Boko Haram leader Abubakar Shekau died in May. ISWAP has tightened its grip on the islands of "
                  "Lake Chad. Hundreds of Shekau's former fighters have defected to the faction.")
    assert ("derived:shekausformerfighters", "member_of", "islamic-state-west-africa") in got
    assert ("derived:shekausformerfighters", "defected_from", "boko-haram") in got


def test_the_faction_stands_for_nothing_when_the_sentence_before_had_two_subjects() -> None:
    got = triples("ISWAP has grown and Boko Haram has shrunk. Hundreds of fighters have defected to the faction.")
    assert not [t for t in got if t[1] == "member_of"]


def test_the_defector_identified_later_left_the_group_the_defections_are_from() -> None:
    got = triples("Somali authorities announced the defection of a senior commander in Bardale. The defector, who "
                  "has since been identified as Ahmed Nur Farah, surrendered his rifle. The al Shabaab defections "
                  "are at an all-time high.")
    assert ("doc:person:ahmed nur farah", "defected_from", "al-shabaab") in got
    assert ("doc:person:ahmed nur farah", "member_of", "al-shabaab") in got


def test_a_rank_is_not_the_role_lieutenant() -> None:
    got = rels("Army spokesman Lieutenant General Juan Cruz said the Abu Sayyaf group was weakened in Sulu, "
               "Philippines.")
    assert not [r for r in got if r.role == "deputy"]


def test_a_faiths_militias_allied_to_the_government_in_a_capital() -> None:
    got = rels("Islamic State fighters are battling the army and Sunni militias allied to the government in Kabul, "
               "Afghanistan.")
    allied = [(r.subject, str(r.object)) for r in got if r.predicate == "allied_with"]
    assert allied and allied[0][0] == "derived:sunnimilitiasafghanistan"
    assert allied[0][1].startswith("acled:government-af")


def test_a_government_backed_by_an_ally_named_after_a_comma() -> None:
    got = triples("The Taliban fought the government in Kabul, which is also supported by Pakistan.")
    assert [t for t in got if t[0] == "doc:location:pkstn" and t[1] == "supports"
            and str(t[2]).startswith("acled:government-af")]


def test_a_truce_a_third_party_brokered_is_between_the_documents_enemies() -> None:
    got = rels("Soldiers patrolled Kalbajar during the conflict between Armenia and Azerbaijan over Nagorno-Karabakh. "
               "Moscow brokered a peace deal last November to end six weeks of fighting. The Russia-brokered truce "
               "allowed refugees to return.", published="2021-05-14")
    truces = [r for r in got if r.predicate == "ceasefire_with"]
    assert [(r.subject, r.object, r.start, len(r.evidence)) for r in truces] == [
        ("doc:location:armn", "doc:location:azrbjn", "2020-11", 2)]


def test_a_brokered_truce_with_two_wars_in_the_document_says_nothing() -> None:
    got = rels("The war between Armenia and Azerbaijan and the fighting between Russia and Ukraine go on. "
               "Turkey brokered a ceasefire last November.")
    assert not [r for r in got if r.predicate == "ceasefire_with"]


def test_volunteer_fighters_led_by_a_man_helping_the_army() -> None:
    got = triples("Among those killed in Loroum, Burkina Faso, was Soumaila Ganame, who led a group of volunteer "
                  "fighters helping the army battle jihadis.")
    group = "derived:volunteerfightersburkinafaso"
    assert ("doc:person:soumaila ganame", "leader_of", group) in got
    assert [t for t in got if t[0] == group and t[1] == "supports" and str(t[2]).startswith("acled:military-bf")]


def test_a_regional_government_is_no_countrys_government() -> None:
    got = triples("Fano militias allied to the government in Tigray clashed with federal troops in Ethiopia.")
    assert not [t for t in got if str(t[2]).startswith("acled:government")]
