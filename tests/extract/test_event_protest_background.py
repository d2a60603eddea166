"""Demonstrations named as background (a past deed, what a victim was doing, what an event caused), a
demonstration's claim told with any inflection of its verb, and territory regained told in any tense (sentences
written for these tests)."""

from __future__ import annotations

import pytest

from helpers import coded as _coded
from sitrep.extract import event_cues

ATTACK = ("Violence against civilians", "Attack")
ARRESTS = ("Strategic developments", "Arrests")
PEACEFUL = ("Protests", "Peaceful protest")


@pytest.mark.parametrize(("text", "coding"), [
    ("On 2 March 2022, a photographer covering the demonstrations in Bamako was detained and beaten by police.",
     ATTACK),
    ("On 3 March 2022, guards beat two inmates who went on hunger strike at the central prison in Lilongwe.",
     ATTACK),
    ("On 4 March 2022, police detained and assaulted a teacher in Almaty after he took part in a rally the day "
     "before.", ATTACK),
    ("On 5 March 2022, a trade unionist was arrested in Minsk, sparking protests in several cities.", ARRESTS),
    ("On 6 March 2022, police arrested twelve activists in Harare for participating in protests last week.",
     ARRESTS),
])
def test_a_demonstration_told_as_background_is_not_the_event(text: str, coding: tuple[str, str]) -> None:
    assert _coded(text) == coding


def test_a_demonstration_told_as_the_event_stays_one() -> None:
    assert _coded("On 7 March 2022, hundreds of teachers protested in Lusaka against unpaid salaries.") == PEACEFUL


@pytest.mark.parametrize("text", [
    # the claim's verb in any form ("repudiate", "demanded") begins the claim, whose violence is not the crowd's
    "On 8 March 2022, residents gathered outside the police station in Asuncion to repudiate the killing of a boy "
    "by an officer. [size=no report]",
    # a demonstration "for the arrest of" those who burned something: their burning is the grievance
    "On 9 March 2022, villagers protested in Larkana for the arrest of men torching their crops. [size=no report]",
])
def test_violence_in_the_claim_is_not_the_crowds(text: str) -> None:
    assert _coded(text) == PEACEFUL


@pytest.mark.parametrize(("sentence", "regain"), [
    ("Government forces regains all rebel territory in Rutshuru.", True),
    ("The army took back the military base near Kolofata.", True),
    ("The abducted man was taken back to the village and released.", False),
])
def test_regain_in_any_tense(sentence: str, regain: bool) -> None:
    subs = {c.sub_type for c in event_cues.classify(sentence)}
    assert ("Government regains territory" in subs) is regain


@pytest.mark.parametrize("text", [
    "On 4 March 2022, unknown men fired eight rounds of shots at the residence of a councillor in Imphal.",
    "On 5 March 2022, navy gunboats fired live bullets and tear gas canisters at fishing boats off Rafah.",
])
def test_shots_at_homes_and_boats_are_an_attack(text: str) -> None:
    assert _coded(text) == ATTACK
