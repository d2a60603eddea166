"""ACLED's codebook on sexual violence told within an attack, on abductions with people hurt, and on
interceptions of people rather than weapons (sentences written for these tests)."""

from __future__ import annotations

import pytest

from helpers import coded as _coded
from sitrep.extract import event_cues

SEXUAL = ("Violence against civilians", "Sexual violence")


@pytest.mark.parametrize("text", [
    # the rape told in a later sentence of the attack makes the event sexual violence
    "On 4 March 2022, armed men attacked two women fetching water near Kutum. The attackers beat one of them and "
    "raped the other.",
    # people stopped on a road are not weapons intercepted: what was done to them is the event
    "On 5 March 2022, soldiers intercepted six women travelling to the market near Leer. Four of them were raped.",
    # mutilation of the genitals is sexual violence
    "On 6 March 2022, a man had his genitals mutilated by militiamen in Assosa.",
])
def test_sexual_violence_outranks_attack(text: str) -> None:
    assert _coded(text) == SEXUAL


def test_an_attack_without_sexual_violence_stays_an_attack() -> None:
    assert _coded("On 4 March 2022, armed men attacked two women fetching water near Kutum. The attackers beat "
                  "them and stole their donkeys.") == ("Violence against civilians", "Attack")


@pytest.mark.parametrize(("sentence", "disrupted"), [
    ("Two rockets were intercepted over the city.", True),
    ("Air defences intercepted a drone over the port.", True),
    ("Gunmen intercepted the victim as he walked home.", False),
    ("Militiamen intercepted a car and shot the driver.", False),
])
def test_interception_is_of_weapons(sentence: str, disrupted: bool) -> None:
    subs = {c.sub_type for c in event_cues.classify(sentence)}
    assert ("Disrupted weapons use" in subs) is disrupted


@pytest.mark.parametrize("text", [
    "On 7 March 2022, gunmen trying to kidnap a trader in Bria beat his brother and set him on fire.",
    "On 8 March 2022, men hired by the district office kidnapped two petitioners in Beijing. The petitioners were "
    "beaten up before being driven back to their home town.",
])
def test_an_abduction_with_people_hurt_is_an_attack(text: str) -> None:
    assert _coded(text) == ("Violence against civilians", "Attack")


def test_a_plain_abduction_stays_one() -> None:
    assert _coded("On 9 March 2022, militants abducted a village chief near Djibo.") == (
        "Violence against civilians", "Abduction/forced disappearance")

