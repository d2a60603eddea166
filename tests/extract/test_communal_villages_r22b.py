"""People "from the villages of A and B", and armed men of two places who clashed with no one else named, are two
communal militias, one per place (invented sentences and village names)."""

from __future__ import annotations

from helpers import dictionary_roles


def _sides(text: str, published: str) -> list[str]:
    roles = dictionary_roles(text, published)
    return sorted(roles.get("actor1", []) + roles.get("actor2", []))


def test_residents_from_the_villages_of_a_and_b_are_two_village_militias() -> None:
    sides = _sides("On 3 June 2021, residents from the villages of Tobrekou and Gandosi-Kale fought each other near "
                   "Sakabansi (Nikki, Borgou) after a land dispute. Five people were wounded.", "2021-06-03")
    assert sides == ["Gandosi-Kale Communal Militia (Benin)", "Tobrekou Communal Militia (Benin)"]


def test_fighters_from_a_village_and_b_who_clashed_are_two_sides() -> None:
    sides = _sides("On 9 June 2022, armed fighters from Tobrekou village and Gandosi Lakes (two hamlets) violently "
                   "clashed in Nikki (Borgou) throughout the day.", "2022-06-09")
    assert sides == ["Gandosi Lakes Communal Militia (Benin)", "Tobrekou Communal Militia (Benin)"]


def test_men_of_two_places_who_clashed_with_a_third_stay_one_side() -> None:
    roles = dictionary_roles("On 10 April 2022, armed men from Katsina and Zamfara clashed with soldiers in Shika "
                             "(Gassol, Taraba).", "2022-04-10")
    assert roles["actor1"] == ["Katsina Communal Militia (Nigeria)"]
    assert all("Zamfara" not in n for ns in roles.values() for n in ns)


def test_residents_of_a_place_who_act_are_no_militia() -> None:
    sides = _sides("On 4 May 2021, residents of Kisumu attacked a man accused of theft in Kisumu.", "2021-05-04")
    assert not any("Communal Militia" in n for n in sides)
