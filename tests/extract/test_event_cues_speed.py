"""The crowd's other side read once: ``crowd_forces`` answers as its three questions asked one by one."""

from __future__ import annotations

import pytest

from sitrep.extract import context_cues


@pytest.mark.parametrize("context", [
    "Protesters stoned police, who fired tear gas to disperse them.",
    "Police dispersed the march and arrested 20 demonstrators.",
    "Villagers held a peaceful sit-in in front of the district office.",
    "Rioters looted shops and assaulted a journalist before police arrived.",
])
def test_crowd_forces_answers_as_each_question(context: str) -> None:
    assert context_cues.crowd_forces(context) == (
        context_cues.force_engaged(context), context_cues.force_acted(context), context_cues.crowd_struck(context))


@pytest.mark.parametrize("context", [
    "Rioters damaged the facade of a bank building in the town.",
    "A crowd ransacked the premises of a private clinic.",
    "Unknown people vandalised graves at a church cemetery.",
    "The demonstrators destroyed the belongings of shopkeepers at the market.",
])
def test_a_crowd_that_damaged_what_people_own_struck_civilians(context: str) -> None:
    assert context_cues.crowd_struck(context)


def test_a_crowd_that_damaged_a_police_building_struck_no_civilians() -> None:
    assert not context_cues.crowd_struck("Rioters damaged the police premises in the town.")
