"""Round 30 (actors of Western and Middle Africa): a state's soldiers or police in mutiny are ACLED's "Mutiny of
Military Forces of X", a side of their own against the state's forces; the head of state's guard is the Presidential
Security Unit where ACLED names one (Guinea-Bissau, Mauritania), else the armed forces; Guinea-Bissau's National
Guard and Chad's mobile police intervention group are units of their forces; a people's armed herders are its
ethnic militia (invented sentences)."""

from __future__ import annotations

import pytest

from helpers import acled_actors
from sitrep.extract.state_units import parse_units, state_units


def test_mutinous_soldiers_are_the_mutiny_of_the_force_against_the_force() -> None:
    text = ("On 4 March 2021, mutinous soldiers fired on the presidential guard near the palace in Ouagadougou "
            "(Ouagadougou, Kadiogo). Two guards were wounded.")
    got = acled_actors(text, "2021-03-04")
    assert got["actor1"] == "Mutiny of Military Forces of Burkina Faso (2015-2022)"
    assert got["actor2"] == "Military Forces of Burkina Faso (2015-2022)"


def test_the_presidential_guard_of_mauritania_is_its_presidential_security_unit() -> None:
    text = ("On 2 June 2021, presidential guards pushed back a crowd of jobless graduates protesting outside the "
            "palace in Nouakchott (Nouakchott).")
    unit = "Military Forces of Mauritania (2009-) Presidential Security Unit"
    assert acled_actors(text, "2021-06-02")["actor2"] == unit


def test_guinea_bissau_s_national_guard_is_a_unit_of_its_military() -> None:
    text = "On 8 July 2022, members of the National Guard beat a shopkeeper in Gabu (Gabu)."
    assert acled_actors(text, "2022-07-08")["actor1"] == "Military Forces of Guinea-Bissau National Guard"


def test_chad_s_mobile_police_intervention_group_is_a_police_unit() -> None:
    units = [u for u in state_units() if u.unit == "Mobile Intervention Unit"]
    assert units and units[0].family == "police" and units[0].exists_in("TD") and not units[0].exists_in("CM")
    assert units[0].pattern.search("agents of the GMIP dispersed the march")


def test_mutiny_must_be_true_or_false() -> None:
    with pytest.raises(ValueError, match="mutiny"):
        parse_units({"version": 1, "units": [{"unit": "Mutiny", "family": "military", "pattern": "x",
                                               "mutiny": "yes"}]})


def test_a_people_s_armed_herders_are_its_ethnic_militia() -> None:
    text = "On 6 June 2022, Fulani armed herders killed two farmers in Bocaranga (Bocaranga, Ouham-Pende)."
    assert "Fulani Ethnic Militia (Central African Republic)" in acled_actors(text, "2022-06-06").values()


def test_youths_linked_to_a_party_s_candidate_are_the_party_and_a_place_s_bracket_names_no_people() -> None:
    # (Nanumba South is a district named after a people: a bracket of units after a place says where, not whose)
    text = ("On 5 July 2020, youths linked to an NPP candidate set fire to a party office in Bimbilla (Nanumba "
            "North, Northern).")
    assert acled_actors(text, "2020-07-05")["actor1"] == "NPP: New Patriotic Party"
    text = "On 5 July 2020, youths set fire to a chief's house in Bimbilla (Nanumba North, Northern)."
    assert "Nanumba Ethnic Militia (Ghana)" not in acled_actors(text, "2020-07-05").values()
