"""Clans and tribes that fight are ACLED's clan and tribal militias, and people of two places who fight each other
are two communal militias (invented sentences)."""

from __future__ import annotations

from helpers import dictionary_roles
from sitrep.extract.communal_militias import kin_militias


def _roles(text: str, published: str = "2022-05-10") -> dict[str, list[str]]:
    return dictionary_roles(text, published)


def _always(a: int, b: int) -> bool:
    return True


def _never(a: int, b: int) -> bool:
    return False


def test_two_rival_clans_that_clash_are_unidentified_clan_militias() -> None:
    roles = _roles("On 3 March 2021, two rival clans engaged in clashes in Datu Piang, Maguindanao, over a land "
                   "dispute. One person was killed.", "2021-03-03")
    assert roles["actor1"] == ["Unidentified Clan Militia (Philippines)"]
    assert roles["actor2"] == ["Unidentified Clan Militia (Philippines)"]


def test_a_tribal_clash_is_fought_by_tribal_militias() -> None:
    roles = _roles("On 2 February 2023, a tribal clash over a land dispute killed one person in Baqubah, Diyala.",
                   "2023-02-02")
    assert roles["actor1"] == ["Unidentified Tribal Militia (Iraq)"]


def test_two_named_clans_fighting_each_other_are_two_sides() -> None:
    roles = _roles("On 4 April 2022, fighting broke out between the Hawiye and Darod clans in Beledweyne, leaving "
                   "three dead.", "2022-04-04")
    assert sorted(roles["actor1"] + roles["actor2"]) == ["Darod Clan Militia (Somalia)",
                                                         "Hawiye Clan Militia (Somalia)"]


def test_one_person_of_a_clan_is_no_militia() -> None:
    text = "A man from the Jaafar clan was shot dead."
    assert kin_militias(text, 0, len(text), _always) == []


def test_clans_whose_fight_an_event_followed_are_not_its_actors() -> None:
    text = "Hundreds of families fled following the eruption of hostilities between two warring clans."
    assert kin_militias(text, 0, len(text), _never) == []


def test_a_named_clan_militia_is_one_whatever_its_role() -> None:
    text = "Soldiers clashed with a member of the Jaafar clan militia."
    assert [(g, k) for _, _, g, k in kin_militias(text, 0, len(text), _never)] == [("Jaafar", "clan")]


def test_villagers_of_two_villages_in_a_clash_between_them_are_two_communal_militias() -> None:
    roles = _roles("On 12 March 2022, an armed clash broke out between villagers from Wailapa and Hatuleri villages "
                   "in Hatuleri village (Leihitu district, Central Maluku regency, Maluku province) over a land "
                   "dispute.", "2022-03-12")
    assert sorted(roles["actor1"] + roles["actor2"]) == ["Hatuleri Communal Militia (Indonesia)",
                                                         "Wailapa Communal Militia (Indonesia)"]


def test_armed_men_of_two_places_fighting_a_third_are_one_side() -> None:
    roles = _roles("On 10 April 2022, armed men from Katsina and Zamfara clashed with soldiers in Shika (Gassol, "
                   "Taraba).", "2022-04-10")
    assert roles["actor1"] == ["Katsina Communal Militia (Nigeria)"]
    assert all("Zamfara" not in n for ns in roles.values() for n in ns)


def test_clans_named_by_the_group_they_side_with_are_the_fighters_not_the_group() -> None:
    """"Clans affiliated with the MILF" fight as clans: the front they side with is not an actor of their clash."""
    roles = _roles("On 3 March 2021, two rival clans both affiliated with the MILF clashed in Datu Piang, "
                   "Maguindanao, in a clan feud over land. One person was killed.", "2021-03-03")
    assert roles["actor1"] == ["Unidentified Clan Militia (Philippines)"]
    assert roles["actor2"] == ["Unidentified Clan Militia (Philippines)"]


def test_the_fronts_own_fighters_are_still_the_front() -> None:
    roles = _roles("On 3 March 2021, fighters of the MILF clashed with soldiers in Datu Piang, Maguindanao.",
                   "2021-03-03")
    assert "MILF: Moro Islamic Liberation Front" in roles["actor1"] + roles.get("actor2", [])
