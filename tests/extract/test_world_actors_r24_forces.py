"""Round 24 (issue 16, state forces and governments): a security measure a note labels is a state's act, its
government's where the text names no armed side that took it; the people it falls on are no side. Invented
sentences."""

from __future__ import annotations

from helpers import acled_actors


def _roles(text: str, published: str = "2022-05-04") -> dict[str, str]:
    return acled_actors(text, published)


def test_a_lockdown_with_no_side_named_is_the_governments() -> None:
    text = ("Security measures: On 3 May 2022, Minhang district (Minhang, Shanghai) entered a new coronavirus "
            "lockdown. Residents must stay at home and all shops remained closed.")
    assert _roles(text) == {"actor1": "Government of China (2012-)"}


def test_a_curfew_declared_by_no_one_named_is_the_governments() -> None:
    text = "Security measures: On 3 May 2022, a curfew was declared in Kisumu (Kisumu) after clashes in the town."
    assert _roles(text)["actor1"].startswith("Government of Kenya")


def test_soldiers_who_set_up_checkpoints_stay_the_side() -> None:
    text = ("Security measures: On 3 May 2022, soldiers set up checkpoints around Maiduguri (Maiduguri, Borno) "
            "after threats by Boko Haram.")
    assert _roles(text)["actor1"].startswith("Military Forces of Nigeria")


def test_a_movement_of_people_keeps_its_civilians() -> None:
    text = "Movement of forces: On 3 May 2022, residents of Kisumu (Kisumu) fled their homes after clashes."
    assert _roles(text).get("actor1", "").startswith("Civilians (Kenya)")


def test_a_head_of_state_met_by_rebels_is_the_talks_other_party() -> None:
    text = ("Agreement: On 12 January 2022, the ONLF signed a peace deal with Prime Minister Abiy Ahmed in Asmara.")
    roles = _roles(text)
    assert roles["actor1"] == "ONLF: Ogaden National Liberation Front"
    assert roles["actor2"] == "Government of Ethiopia (2018-)"


def test_a_head_named_as_met_is_a_party_of_his_own_country() -> None:
    text = ("Agreement: On 12 January 2022, the rebel leader visited Djibouti to meet with President Ismail Omar "
            "Guelleh about the ceasefire.")
    assert _roles(text)["actor2"] == "Government of Djibouti (1999-)"


def test_a_head_who_signs_with_rebels_has_them_as_the_other_party() -> None:
    text = "Agreement: On 12 January 2022, President Salva Kiir signed a peace deal with the SPLM-IO in Juba."
    roles = _roles(text)
    assert roles["actor1"] == "Government of South Sudan (2011-)"
    assert roles["actor2"].startswith("SPLM-In Opposition")


def test_a_head_named_only_as_present_is_no_party() -> None:
    text = ("Agreement: On 12 January 2022, the SPLM-IO and the SSOA signed a power-sharing deal in Khartoum in "
            "the presence of President Omar al-Bashir.")
    assert "Government of Sudan" not in " ".join(_roles(text).values())
