"""Relations as news states them, round 30, on invented sentences through the full language layer: a truce signed
"with" a side named after a dashed aside that itself names a place, an officer of an armed group (not only of a
state force), and a country named by its abbreviation standing for its government as an actor ("backed by the
U.S."); and what none of them takes."""

from __future__ import annotations

from sitrep.extract.relations import find_relations
from sitrep.nlp.annotate import annotate
from sitrep.records import Document, RelationRecord


def rels(text: str, published: str = "2021-05-12") -> list[RelationRecord]:
    doc = Document(id="t", source="t", text=text, format="text", published=published)
    return list(find_relations(doc, annotate(doc)).relations)


def of(text: str, predicate: str) -> list[tuple[str, str | None]]:
    return [(r.subject, r.object) for r in rels(text) if r.predicate == predicate]


def test_truce_with_a_side_after_a_dashed_aside_naming_a_place() -> None:
    got = of("President Omar Haddad signed a ceasefire on Monday with rebel chief — and UN-listed warlord from "
             "Pakistan — Abdul Karim Mohmand, founder of the Tehreek-e-Taliban Pakistan.", "ceasefire_with")
    assert len(got) == 1 and "haddad" in got[0][0] and "mohmand" in str(got[0][1])


def test_an_officer_of_an_armed_group_is_its_member() -> None:
    got = of("Walid Haddad, another Hamas officer who spoke at the rally, once led a unit in Gaza.", "member_of")
    assert ("doc:person:walid haddad", "hamas") in got


def test_an_officer_of_a_group_named_as_former_is_no_member() -> None:
    assert of("Walid Haddad, a former Hamas officer, spoke at the rally.", "member_of") == []


def test_a_country_named_by_its_abbreviation_backs_a_side() -> None:
    got = of("The Iraqi army, which is backed by the U.S., holds Mosul.", "supports")
    assert ("doc:location:antdsts", "iraq-military") in got
    assert of("The Iraqi army, which is not supported by the U.K., holds Mosul.", "supports") == []


def test_the_head_of_a_rights_monitor_holds_a_post_and_leads_no_side() -> None:
    found = rels("Lina Haddad, head of the Lebanese Observatory for Human Rights, said four people died.")
    assert [r.predicate for r in found if r.subject == "doc:person:lina haddad"] == ["holds_position"]


def test_the_head_of_an_armed_group_still_leads_it() -> None:
    got = of("Karim Nassar, head of the Free Syrian Army, said four fighters died.", "leader_of")
    assert got == [("doc:person:karim nassar", "free-syrian-army")]
