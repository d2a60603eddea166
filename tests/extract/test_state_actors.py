"""The state as a political actor (``sitrep.extract.state_actors``): an agreement's parties are the governments
of the countries that enter it, or of the head of a country who signs it; violence keeps the state's forces."""

from __future__ import annotations

from sitrep.extract.events import find_events
from sitrep.extract.state_actors import political_roles
from sitrep.nlp.annotate import annotate
from sitrep.records import Document, Extractions


def _events(text: str) -> Extractions:
    doc = Document(id="d", source="d", text=text, format="text", published="2019-03-12")
    return find_events(doc, annotate(doc))


def _roles(ext: Extractions, sub_type: str) -> dict[str, str]:
    names = {r.key: r.name for r in ext.entities}
    event = next(e for e in ext.events if e.sub_type == sub_type)
    return {a.role: names.get(a.key, a.key) for a in event.actors}


def test_countries_that_enter_an_agreement_are_its_governments() -> None:
    text = "Kenya and Ethiopia signed a border security agreement in Nairobi on Monday."
    roles = _roles(_events(text), "Agreement")
    assert roles["actor1"].startswith("Government of Kenya") and roles["actor2"].startswith("Government of Ethiopia")
    listed = "The truce was agreed by Kenya, its neighbour Ethiopia, and Somalia last year."
    keys = political_roles("Agreement", [], listed, (0, len(listed)), "KE", "2019-03-12", refs := {})
    assert [r for _, r, _ in keys] == ["actor1", "actor2", "assoc_actor_2"]
    assert [refs[k].name.split(" (")[0] for k, _, _ in keys] == [
        "Government of Kenya", "Government of Ethiopia", "Government of Somalia"]


def test_a_head_of_state_who_signs_stands_for_the_government() -> None:
    text = "Kenyan President Daniel Moi signed a peace agreement with the rebel commander on Monday."
    assert _roles(_events(text), "Agreement")["actor1"].startswith("Government of Kenya")


def test_a_head_of_state_who_is_only_the_other_party_is_not_the_signer() -> None:
    # the rebels signed; the head they signed with is the other party: his government, actor2
    text = "Rebels signed a truce with President Daniel Moi in Nairobi on Monday."
    roles = political_roles("Agreement", [("rebels-x", "actor1", "rebels")], text, (0, len(text)), "KE", None, {})
    assert roles[0] == ("rebels-x", "actor1", "rebels")
    assert roles[1][1:] == ("actor2", "government") and len(roles) == 2


def test_violence_keeps_the_state_forces() -> None:
    text = "Kenya and Ethiopia exchanged artillery fire across the border on Monday, killing four soldiers."
    roles = political_roles("Armed clash", [("army", "actor1", "military")], text, (0, len(text)), "KE", None, {})
    assert roles == [("army", "actor1", "military")]


def test_a_government_named_as_such_that_signs_is_the_party() -> None:
    text = "In Nairobi, the Kenyan government signed a ceasefire with the rebel movement on Monday."
    refs: dict = {}
    roles = political_roles("Agreement", [], text, (0, len(text)), "SO", "2019-03-12", refs)
    assert [(refs[k].name.split(" (")[0], r) for k, r, _ in roles] == [("Government of Kenya", "actor1")]
    other = "The rebel movement signed a ceasefire with the government on Monday."
    assert political_roles("Agreement", [], other, (0, len(other)), "KE", None, {}) == []


def test_a_government_that_acts_itself_is_the_party_to_an_agreement() -> None:
    text = "Agreement: The Malawian government has handed over 40 detained fishermen to the Red Cross in Lilongwe."
    assert _roles(_events(text), "Agreement")["actor1"].startswith("Government of Malawi")


def test_headlines_in_the_present_and_a_minister_of_the_interior_decide_security_measures() -> None:
    text = "Security measures: Authorities renew the night curfew in Tamale in the Northern Region of Ghana."
    assert _roles(_events(text), "Change to group/activity")["actor1"].startswith("Government of Ghana")
    text = "Security measures: In Ghana, the Minister of the Interior renewed the night curfew in Tamale."
    assert _roles(_events(text), "Change to group/activity")["actor1"].startswith("Government of Ghana")
