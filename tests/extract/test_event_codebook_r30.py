"""ACLED's codebook rules of round 30 (sentences written for these tests): a campaign stepped up or intensified
("stepped up operations against X") is operations over a time, not a clash of its own; extortion named as a kind
of crime, a motive or a complaint ("complaints of extortion") is no change of activity, while extorting done is."""

from __future__ import annotations

import pytest

from helpers import coded, events_actor_names

CHANGE = ("Strategic developments", "Change to group/activity")


def _events(text: str) -> list[tuple[str, str | None]]:
    from sitrep.extract.events import find_events
    from sitrep.nlp.annotate import annotate
    from sitrep.records import Document

    doc = Document(id="d", source="d", text=text, format="text", published="2022-03-10")
    return [(e.type, e.sub_type) for e in find_events(doc, annotate(doc)).events]


@pytest.mark.parametrize("verb", ["stepped up", "intensified", "have stepped up their", "escalated"])
def test_a_campaign_stepped_up_is_no_clash(verb: str) -> None:
    text = (f"The surrender comes as Kenyan troops and Somali forces {verb} operations against al-Shabaab in "
            "Lower Juba.")
    assert ("Battles", "Armed clash") not in _events(text)


def test_operations_that_killed_fighters_are_still_a_clash() -> None:
    text = "On 3 March 2022, Somali forces launched operations against al-Shabaab near Jilib, killing 12 fighters."
    assert coded(text)[0] == "Battles"


def test_complaints_of_extortion_are_no_change_of_activity() -> None:
    text = "Officials said the patrol was sent after farmers in the valley complained of extortion by the rebels."
    assert CHANGE not in _events(text)


def test_extorting_traders_is_a_change_of_activity() -> None:
    assert coded("On 4 March 2022, NPA rebels extorted traders at a market in Davao.") == CHANGE
    assert events_actor_names("On 4 March 2022, NPA rebels extorted traders at a market in Davao.")


def test_control_of_a_prison_regained_is_no_territory_regained() -> None:
    text = ("On 5 March 2022, inmates rioted at the jail in Guayaquil and held four guards hostage. "
            "Police said control had been regained over the jail by the evening.")
    assert ("Battles", "Government regains territory") not in _events(text)


def test_a_town_regained_is_still_territory_regained() -> None:
    assert coded("On 6 March 2022, Malian soldiers recaptured the town of Kidal from JNIM militants after heavy "
                 "fighting.") \
        == ("Battles", "Government regains territory")


def test_the_actors_of_what_an_incident_came_after_are_no_side_of_it() -> None:
    text = ("On 2 March 2022, officials in Baidoa said a senior al-Shabaab commander had defected and surrendered to "
            "the army. The surrender comes after Ethiopian troops and Kenyan forces stepped up their campaign against "
            "the militants.")
    names = {n for ev in _actors(text) for n in ev}
    assert "Al-Shabaab" in names
    assert not any("Ethiopia" in n or "Kenya" in n for n in names)


def test_a_background_incident_told_as_what_came_before_keeps_its_actors() -> None:
    text = ("On 2 March 2022, militants attacked a police post in Baidoa. This attack comes weeks after al-Shabaab "
            "fighters stormed an army base in Jilib, killing seven soldiers.")
    assert any("Al-Shabaab" in n for ev in _actors(text) for n in ev)


def _actors(text: str) -> list[list[str]]:
    from sitrep.extract.events import find_events
    from sitrep.nlp.annotate import annotate
    from sitrep.records import Document

    doc = Document(id="d", source="d", text=text, format="text", published="2022-03-04")
    ann = annotate(doc)
    ext = find_events(doc, ann)
    names = {m.entity_key or "": m.name or m.text for m in ann.mentions} | {r.key: r.name for r in ext.entities}
    return [[names.get(a.key) or "" for a in ev.actors] for ev in ext.events]
