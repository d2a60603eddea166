"""Western Africa, round 29 (invented sentences and village names): a movement named with its faction, or a faction
with its movement, in a bracket is one actor, the faction; Boko Haram's JAS faction under ACLED's spelling of its
date; "in collaboration with" joins one doer; a district listed without a position, written in its province, at its
seat; Burkina Faso's department seats and Mali's towns filed in their province or cercle; a reference point's own
units are no other place of its sentence; a court named after its town ("the X Circuit Court") is in that town."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import dictionary_roles, event_place_text, ingested_event_geo
from helpers import geo_near as near
from sitrep.lexicon.dictionaries import load_actors
from sitrep.nlp.bracket_factions import bracketed_factions
from sitrep.nlp.matcher import default_matcher

_JAS_NEW = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"
_JAS_OLD = "Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad"


@pytest.mark.parametrize("text", [
    "On 3 May 2022, Boko Haram (JAS) fighters killed two herders in Bama (Bama, Borno).",
    "On 3 May 2022, Boko Haram militants [presumed JAS] killed two herders in Bama (Bama, Borno).",
    "On 3 May 2022, Boko Haram [JAS faction] fighters killed two herders in Bama (Bama, Borno).",
])
def test_a_movement_with_its_faction_in_a_bracket_is_the_faction(text: str) -> None:
    roles = dictionary_roles(text, "2022-05-03")
    assert roles["actor1"] == [_JAS_NEW]


def test_a_faction_with_its_movement_in_a_bracket_is_the_faction() -> None:
    text = "Katiba Macina (JNIM) militants burned a school."
    keys = [m.entity_key for m in default_matcher().find(text)]
    assert keys == ["katiba-macina"]


def test_unrelated_groups_in_a_bracket_stay_two() -> None:
    text = "ISWAP (JNIM) fighters burned a school."
    mentions = default_matcher().find(text)
    assert bracketed_factions(text, mentions, load_actors()) == mentions


def test_jas_keeps_its_older_spelling_before_2021() -> None:
    jas = default_matcher().actors.get("boko-haram-jas")
    assert jas is not None
    assert jas.acled_name_on("2019-06-01") == _JAS_OLD
    assert jas.acled_name_on("2022-06-01") == _JAS_NEW


def test_troops_in_collaboration_with_a_militia_lead_it() -> None:
    roles = dictionary_roles("On 4 June 2022, Nigerian soldiers in collaboration with the Civilian JTF ambushed "
                             "and killed five Boko Haram militants near Bama (Bama, Borno).", "2022-06-04")
    assert roles["actor1"][0].startswith("Military Forces of Nigeria")
    assert "Civilian JTF" in roles.get("assoc_actor_1", [])


def test_a_district_without_a_position_in_its_province_is_at_its_seat(tmp_path: Path) -> None:
    geo = ingested_event_geo(tmp_path, "On 3 March 2020, unidentified gunmen killed a farmer in Bawku West "
                                       "(Upper East).", "2020-03-03")
    assert geo is not None and geo["admin1"] == "Upper East" and geo["precision"] == 2
    assert near(geo, 10.94, -0.47)  # Zebilla, the district's seat


def test_a_village_of_a_department_whose_seat_the_lists_lack(tmp_path: Path) -> None:
    geo = ingested_event_geo(tmp_path, "On 2 May 2020, presumed JNIM militants killed two civilians in the village "
                                       "of Tindakoro (Matiacoali, Gourma).", "2020-05-02")
    assert geo is not None and near(geo, 12.36, 1.03)  # Matiacoali, the department's seat, not the province's


def test_a_reference_point_keeps_the_event_not_its_cercle() -> None:
    assert event_place_text("On 22 November 2023, the air force struck a camp south of Lere (Niafunke, "
                            "Tombouctou).") == "Lere"


def test_a_court_named_after_its_town_is_in_that_town(tmp_path: Path) -> None:
    geo = ingested_event_geo(tmp_path, "Rioters stormed the Tamale Circuit Court and freed two detained youths.",
                             "2019-04-02")
    assert geo is not None and geo["country"] == "GH" and geo["admin1"] == "Northern" and geo["precision"] == 1
