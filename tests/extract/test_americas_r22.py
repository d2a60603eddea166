"""Round 22 (the Americas): an "armed commando" is an unidentified armed squad, not a state's commandos; hired
killers ("hitmen", "sicarios") are a criminal organisation's men, ACLED's unidentified gang; a state's name
written with its word is of the country whose divisions are states."""

from __future__ import annotations

from helpers import main_actors


def test_an_armed_commando_is_unidentified_not_the_military() -> None:
    text = ("On 4 March 2021, in Heroica Nogales, Sonora, a local official was abducted from his home by an armed "
            "commando.")
    _, names = main_actors(text, "2021-03-04")
    assert names.get("actor1") == "Unidentified Armed Group (Mexico)", names


def test_hitmen_are_an_unidentified_gang() -> None:
    text = ("On 4 March 2021, in Culiacan, Sinaloa, police officers clashed with a group of hitmen. One hitman was "
            "arrested.")
    _, names = main_actors(text, "2021-03-04")
    assert "Unidentified Gang (Mexico)" in names.values(), names


def test_a_state_named_with_its_word_places_the_event() -> None:
    text = ("On 4 March 2021, in El Callao, Sucre municipality, Bolivar state, unidentified armed men killed two "
            "miners.")
    _, names = main_actors(text, "2021-03-04")
    assert names.get("actor2") == "Civilians (Venezuela)", names


def test_a_place_and_division_pair_is_the_namesake_of_the_country_the_text_names() -> None:
    from sitrep.extract.place_votes import pair_votes

    assert pair_votes("San Juan", "San Juan") == {"PR": 1.0}  # the larger namesake by default
    assert pair_votes("San Juan", "San Juan", frozenset({"AR"})) == {"AR": 1.0}


def test_a_group_of_the_united_states_by_its_name() -> None:
    text = ("Training: On 26 September 2020, members of the American Contingency held a firearms training course in "
            "Ocala (Florida).")
    _, names = main_actors(text, "2020-09-26")
    assert names.get("actor1") == "American Contingency", names


def test_robbers_who_blow_up_a_bank_are_an_unidentified_gang() -> None:
    text = ("On 5 June 2023, in Londrina (Parana), unknown men blew up a bank branch in the city center and fled "
            "with the money. There were no injuries.")
    _, names = main_actors(text, "2023-06-05", roles=None)
    assert names.get("actor1") == "Unidentified Gang (Brazil)", names
