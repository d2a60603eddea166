"""Relation extraction on invented sentences: exact outputs, and no relation where the text gives none."""

from __future__ import annotations

import re

import pytest

from sitrep.extract import extract
from sitrep.extract.relations import find_relations
from sitrep.nlp.sentences import split_sentences
from sitrep.nlp.timex import find_timexes
from sitrep.records import Annotations, Document, Mention, RelationRecord, TimeExpression

PUBLISHED = "2019-02-14"  # a Thursday
NAZIR = "doc:person:qari nazir"
DARZAB = "doc:location:darzab"
NAMES: dict[str, tuple[str, str]] = {
    "Taliban": ("taliban", "armed_group"),
    "Islamic State": ("islamic-state", "armed_group"),
    "Afghan government": ("afghan-government", "government"),
    "Afghan army": ("afghan-army", "state_force"),
    "Iran": ("iran", "government"),
    "Qari Nazir": (NAZIR, "person"),
    "Mullah Karim": ("doc:person:mullah karim", "person"),
    "Abdul Basir": ("doc:person:abdul basir", "person"),
    "Zabihullah Mujahid": ("doc:person:zabihullah mujahid", "person"),
    "Abdul Rahim": ("doc:person:abdul rahim", "person"),
    "Gul Agha": ("doc:person:gul agha", "person"),
    "Darzab": (DARZAB, "location"),
    "Qaisar": ("doc:location:qaisar", "location"),
    "Faryab": ("doc:location:faryab", "location"),
    "Jowzjan": ("doc:location:jowzjan", "location"),
}


def annotated(text: str, published: str | None = PUBLISHED) -> tuple[Document, Annotations]:
    mentions = []
    for surface, (key, kind) in NAMES.items():
        for m in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text):
            mentions.append(Mention(start=m.start(), end=m.end(), text=surface, type=kind, extractor="test",
                                    version="0", entity_key=key))
    timexes = tuple(TimeExpression(start=t.start, end=t.end, text=t.text, value=t.value, precision=t.precision,
                                   extractor="timex", version="0", anchor=published)
                    for t in find_timexes(text, published))
    doc = Document(id="doc1", source="test", text=text, format="text", published=published)
    return doc, Annotations(mentions=tuple(sorted(mentions, key=lambda m: m.start)), timexes=timexes,
                            sentences=tuple(split_sentences(text)))


def rels(text: str) -> list[RelationRecord]:
    return list(find_relations(*annotated(text)).relations)


def facts(text: str) -> set[tuple[object, ...]]:
    return {(r.predicate, r.subject, r.object, r.role, r.start, r.end, r.certainty, r.attributed_to)
            for r in rels(text)}


def test_pledge_with_date_and_unnamed_source() -> None:
    assert facts("Qari Nazir pledged allegiance to the Islamic State in June 2017, officials said.") == {
        ("pledged_allegiance_to", NAZIR, "islamic-state", None, "2017-06", None, "reported", None)}


def test_evidence_is_the_sentence() -> None:
    text = "Fighting went on. Qari Nazir swore allegiance to the Islamic State. Nothing else happened."
    (r,) = rels(text)
    ev = r.evidence[0]
    assert (ev.doc, ev.text, text[ev.start:ev.end]) == ("doc1", "Qari Nazir swore allegiance to the Islamic State.",
                                                        ev.text)
    assert r.extractor == "relation-rules"


def test_defection_by_a_titled_commander_ends_his_post() -> None:
    got = facts("Taliban commander Qari Nazir switched sides to the Islamic State in June 2017.")
    assert got == {
        ("leader_of", NAZIR, "taliban", "commander", None, "2017-06", "asserted", None),
        ("member_of", NAZIR, "islamic-state", None, "2017-06", None, "asserted", None),
        ("defected_from", NAZIR, "taliban", None, "2017-06", None, "asserted", None),
    }


def test_apposition_defection_with_named_source() -> None:
    got = facts("Mullah Karim, a Taliban commander in Darzab, defected to the Islamic State last month, "
                "according to Abdul Basir, a police spokesman.")
    basir = "doc:person:abdul basir"
    assert ("member_of", "doc:person:mullah karim", "islamic-state", None, "2019-01", None, "reported", basir) in got
    assert ("defected_from", "doc:person:mullah karim", "taliban", None, "2019-01", None, "reported", basir) in got


def test_left_one_group_for_another() -> None:
    got = facts("Qari Nazir left the Taliban for the Islamic State in 2016.")
    assert got == {("defected_from", NAZIR, "taliban", None, "2016", None, "asserted", None),
                   ("member_of", NAZIR, "islamic-state", None, "2016", None, "asserted", None)}


def test_spokesman_apposition_is_the_writers_not_the_speakers() -> None:
    got = facts("Zabihullah Mujahid, a spokesman for the Taliban, said the group would fight on.")
    assert got == {("holds_position", "doc:person:zabihullah mujahid", "taliban", "spokesman", None, None,
                    "asserted", None)}


@pytest.mark.parametrize("text,role,obj", [
    ("Gul Agha, the district chief of Darzab, was killed.", "district chief", DARZAB),
    ("A Taliban spokesman, Gul Agha, gave the figure.", "spokesman", "taliban"),
    ("Gul Agha, deputy police chief of Jowzjan, was wounded.", "deputy police chief", "doc:location:jowzjan"),
    ("Jowzjan governor Gul Agha visited the area.", "governor", "doc:location:jowzjan"),
])
def test_holds_position(text: str, role: str, obj: str) -> None:
    got = rels(text)
    assert [(r.predicate, r.subject, r.object, r.role) for r in got] == [
        ("holds_position", "doc:person:gul agha", obj, role)]


def test_leader_of_from_led_by_and_commanded() -> None:
    assert facts("Fighters of the Islamic State, led by Qari Nazir, attacked the village.") == {
        ("leader_of", NAZIR, "islamic-state", "leader", None, None, "asserted", None)}
    assert facts("Qari Nazir, who commanded Taliban fighters in Darzab, was arrested.") == {
        ("leader_of", NAZIR, "taliban", "commander", None, None, "asserted", None)}


def test_territory_captured_held_and_fallen() -> None:
    assert facts("The Taliban captured Darzab on Tuesday, a spokesman for the group, Zabihullah Mujahid, said.") == {
        ("controls", "taliban", DARZAB, None, "2019-02-12", None, "reported", "doc:person:zabihullah mujahid")}
    assert facts("The Islamic State has controlled Darzab since 2015.") == {  # through its Afghan branch
        ("controls", "islamic-state-khorasan", DARZAB, None, "2015", None, "asserted", None)}
    assert facts("Darzab fell to the Taliban in 2018.") == {
        ("controls", "taliban", DARZAB, None, "2018", None, "asserted", None)}


def test_the_district_refers_back_to_the_named_district() -> None:
    got = facts("Fighting raged in Darzab district for a week. On Monday the Taliban captured the district.")
    assert got == {("controls", "taliban", DARZAB, None, "2019-02-11", None, "asserted", None)}


def test_alliances_and_hostility_are_symmetric_and_once() -> None:
    got = facts("The Taliban and the Afghan government agreed a three-day cease-fire in June 2018.")
    assert got == {("ceasefire_with", "taliban", "afghan-government", None, "2018-06", None, "asserted", None)}
    got = facts("Heavy fighting between the Taliban and the Islamic State continued. "
                "The Islamic State clashed with the Taliban again.")
    assert {(r.predicate, r.subject, r.object) for r in rels(
        "Heavy fighting between the Taliban and the Islamic State continued.")} == {
        ("hostile_to", "taliban", "islamic-state")}
    assert len([r for r in rels("Heavy fighting between the Taliban and the Islamic State continued. "
                                "The Taliban clashed with the Islamic State again.")]) == 1


def test_support_with_alleged_certainty() -> None:
    assert facts("Iran allegedly supports the Taliban.") == {
        ("supports", "iran", "taliban", None, None, None, "alleged", None)}


def test_denied_and_accused_support() -> None:
    assert facts("Iran has repeatedly denied supporting the Taliban.") == {
        ("supports", "iran", "taliban", None, None, None, "denied", None)}
    assert facts("The Afghan government accused Iran of arming the Taliban.") == {
        ("supports", "iran", "taliban", None, None, None, "alleged", "afghan-government")}


def test_hostility_since() -> None:
    assert facts("The Taliban and the Islamic State have fought each other in Darzab since 2015.") == {
        ("hostile_to", "taliban", "islamic-state", None, "2015", None, "asserted", None)}


def test_relative_clause_and_possessive_titles() -> None:
    assert facts("The Taliban, which is allied with the Afghan army, denied it.") >= {
        ("allied_with", "taliban", "afghan-army", None, None, None, "asserted", None)}
    assert facts("The Taliban's shadow governor for Jowzjan, Gul Agha, was killed.") == {
        ("holds_position", "doc:person:gul agha", "taliban", "shadow governor", None, None, "asserted", None),
        ("holds_position", "doc:person:gul agha", "doc:location:jowzjan", "shadow governor", None, None, "asserted",
         None)}


def test_places_and_kin() -> None:
    assert facts("The strike hit Qaisar district of Faryab province.") == {
        ("located_in", "doc:location:qaisar", "doc:location:faryab", None, None, None, "asserted", None)}
    assert facts("Abdul Rahim, the brother of Qari Nazir, was arrested.") == {
        ("family_of", "doc:person:abdul rahim", NAZIR, None, None, None, "asserted", None)}


def test_denial_and_plan_keep_the_relation_with_their_certainty() -> None:
    assert facts("The Taliban denied that Qari Nazir had joined the Islamic State.") == {
        ("member_of", NAZIR, "islamic-state", None, None, None, "denied", "taliban")}
    assert facts("Qari Nazir plans to join the Islamic State, officials said.") == {
        ("member_of", NAZIR, "islamic-state", None, None, None, "planned", None)}


def test_denial_after_the_relation_does_not_deny_it() -> None:
    got = facts("Qari Nazir, who joined the Islamic State in 2016, denied any role in the attack.")
    assert ("member_of", NAZIR, "islamic-state", None, "2016", None, "denied", None) not in got


@pytest.mark.parametrize("text", [
    "The Taliban did not join the Islamic State.",
    "Qari Nazir never pledged allegiance to the Islamic State.",
    "Qari Nazir has not joined the Islamic State, his family said.",
    "Did Qari Nazir join the Islamic State?",
    "Will the Taliban capture Darzab?",
    "The Taliban and the Islamic State are both active in Darzab.",
    "If Qari Nazir joins the Islamic State, the district will suffer.",
    "The Taliban failed to capture Darzab.",
    "Qari Nazir, a former Taliban commander, was arrested.",
    "Gul Agha, a spokesman for the Darzab governor, said nothing.",
    "Qari Nazir met Taliban leaders and Islamic State envoys in Darzab.",
])
def test_no_relation(text: str) -> None:
    assert rels(text) == []


def test_report_date_is_not_the_relation_date() -> None:
    (r,) = rels("Qari Nazir joined the Islamic State, officials said on Tuesday.")
    assert (r.predicate, r.start) == ("member_of", None)


def test_coordinated_subjects() -> None:
    got = {(r.predicate, r.subject, r.object) for r in rels("Qari Nazir and Gul Agha joined the Islamic State.")}
    assert got == {("member_of", NAZIR, "islamic-state"), ("member_of", "doc:person:gul agha", "islamic-state")}


def test_claims_come_with_relations() -> None:
    ext = extract(*annotated("Qari Nazir pledged allegiance to the Islamic State in June 2017."))
    assert [(c.subject_kind, c.subject, c.attribute, c.value) for c in ext.claims] == [
        ("relation", "0", "start", "2017-06")]


def test_no_sentences_given_falls_back_to_a_split() -> None:
    doc, ann = annotated("Qari Nazir joined the Islamic State. The Taliban did not.")
    bare = Annotations(mentions=ann.mentions, timexes=ann.timexes)
    assert [(r.predicate, r.evidence[0].text) for r in find_relations(doc, bare).relations] == [
        ("member_of", "Qari Nazir joined the Islamic State.")]


def test_x_controlled_areas_of_a_list_of_places() -> None:
    from sitrep.extract.relations import find_relations
    from sitrep.nlp.annotate import annotate
    from sitrep.records import Document

    text = "Returning fighters are setting up bases in the Taliban-controlled districts of Ghormach and Kohistan."
    doc = Document(id="a", source="a", text=text, format="text", published="2018-03-01")
    ann = annotate(doc)
    names = {m.entity_key: m.text for m in ann.mentions}
    got = {(r.predicate, r.subject, names.get(r.object)) for r in find_relations(doc, ann).relations}
    assert got == {("controls", "taliban", "Ghormach"), ("controls", "taliban", "Kohistan")}
    assert all(m.text != "controlled" for m in ann.mentions)  # a lowercase word is not a place


def test_a_leader_with_an_indefinite_article_is_one_of_several_not_the_groups_leader() -> None:
    got = facts("Qari Nazir, a prominent Taliban leader in Jowzjan, was killed on Monday.")
    assert ("member_of", NAZIR, "taliban", None, None, None, "asserted", None) in got
    assert not [f for f in got if f[0] == "leader_of"]
    assert ("leader_of", NAZIR, "taliban", "leader", None, None, "asserted", None) in facts(
        "Qari Nazir, the Taliban leader, was killed on Monday.")
