"""Unnamed ethnic groups that fight are ACLED's unidentified ethnic militias, and the unnamed armed men of an event
the text calls a kin groups' fight or violence are those militias (invented sentences)."""

from __future__ import annotations

from helpers import dictionary_roles
from sitrep.extract.actor_sides import follow_kin_fight
from sitrep.extract.communal_militias import kin_militias
from sitrep.extract.event_actors import Occurrence


def _never(a: int, b: int) -> bool:
    return False


def test_ethnic_clashes_and_two_ethnic_groups_are_unidentified_ethnic_militias() -> None:
    for text in ("Inter-ethnic clashes left two dead.", "Ethnic-based violence left two dead.",
                 "Two rival ethnic groups fought over grazing land."):
        assert [(g, k) for _, _, g, k in kin_militias(text, 0, len(text), lambda a, b: True)] == \
            [("Unidentified", "ethnic")]


def test_ethnic_violence_an_event_followed_names_no_side() -> None:
    text = "Hundreds of families fled amid ethnic violence."
    assert kin_militias(text, 0, len(text), _never) == []


def test_raiders_of_ethnic_violence_are_the_unidentified_ethnic_militia() -> None:
    roles = dictionary_roles("On 4 May 2021, five people were killed by raiders in Laisamis (Laisamis, Marsabit) in "
                             "what police described as ethnic violence.", "2021-05-04")
    assert roles["actor1"] == ["Unidentified Ethnic Militia (Kenya)"]
    assert roles["actor2"] == ["Civilians (Kenya)"]


def test_unnamed_men_become_the_kin_fights_militia_only_where_one_is_told() -> None:
    text = "Gunmen killed two men in a tribal clash."
    men = Occurrence(0, 6, "acled:unidentified-iq", "unidentified", "agent")
    fight = Occurrence(text.index("tribal"), text.index("."), "acled:tribal-unidentified-iq", "ethnic", "neutral")
    assert [o.key for o in follow_kin_fight([men, fight], text)] == ["acled:tribal-unidentified-iq"]
    assert follow_kin_fight([men], text) == [men]


def test_darfurs_armed_pastoralists_are_the_darfur_communal_militia() -> None:
    roles = dictionary_roles("On 3 May 2021, armed pastoralists attacked three farmers near Kutum (Kutum locality, "
                             "North Darfur state), killing one.", "2021-05-03")
    assert roles["actor1"] == ["Darfur Communal Militia (Sudan)"]
    roles = dictionary_roles("On 5 May 2021, armed men attacked pastoralists near Nyala (Nyala locality, South Darfur "
                             "state), killing two herders.", "2021-05-05")
    assert roles["actor1"] == ["Unidentified Armed Group (Sudan)"]
