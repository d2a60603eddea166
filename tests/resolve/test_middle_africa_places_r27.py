"""Places of Western and Middle Africa (r27, issue 16): towns the town lists lack (``towns.tsv``) and a unit listed
without a position that another place's near spelling must not stand in for. Invented sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import geo_near, ingested_event_geo, main_actors


@pytest.mark.parametrize(("text", "admin1", "lat", "lon"), [
    ("On 5 March 2021, ADF rebels killed three farmers in Eringeti (Beni, Nord-Kivu).", "Nord-Kivu", 0.90, 29.65),
    ("On 5 March 2021, armed herders looted cattle near Gety (Irumu, Ituri).", "Ituri", 1.215, 30.195),
    ("On 5 March 2021, UPC fighters occupied the town of Yalinga (Yalinga, Haute-Kotto).", "Haute-Kotto", 6.51,
     23.26),
    # not Buga of Nasarawa, whose name is one letter away
    ("On 5 March 2021, ISWAP militants attacked a military base in Baga (Kukawa, Borno).", "Borno", 13.11, 13.845),
])
def test_a_town_the_lists_lack_is_placed_at_its_own_position(tmp_path: Path, text: str, admin1: str, lat: float,
                                                              lon: float) -> None:
    geo = ingested_event_geo(tmp_path, text)
    assert geo is not None and geo["admin1"] == admin1
    assert geo_near(geo, lat, lon, km=10)


def test_a_province_without_a_position_is_not_a_city_of_a_near_old_name(tmp_path: Path) -> None:
    # Kenedougou province has no position in the gazetteer; "Kondougou", an old name of the city of Koudougou, is
    # spelled nearly so: the town is Orodara of Kenedougou, not Koudougou 280 km east
    geo = ingested_event_geo(tmp_path, "On 4 June 2022, residents marched to support the army in Orodara "
                                       "(Orodara, Kenedougou).")
    assert geo is not None and geo["admin1"] == "Hauts-Bassins"
    assert geo_near(geo, 10.98, -4.92, km=10)


def test_jnim_carries_acleds_actor_name() -> None:
    from sitrep.nlp.matcher import default_matcher

    entry = default_matcher().actors["jnim"]
    assert entry.acled_name == "JNIM: Group for Support of Islam and Muslims"
    _, names = main_actors("On 2 May 2022, JNIM militants burned a school in the village of Tounte (Kalsaka, "
                           "Yatenga).", "2022-05-02")
    assert names["actor1"] == entry.name


@pytest.mark.parametrize(("text", "lat", "lon"), [
    ("On 6 May 2021, rebels seized the town in the Bakouma sub-prefecture (Mbomou) after a day of fighting.", 5.70,
     22.785),
    ("On 6 May 2021, soldiers burned homes in Bamendjing village, Ndop subdivision (Ngo-Ketunjia, Nord-Ouest).",
     5.99, 10.44),
])
def test_a_sub_prefecture_or_subdivision_is_a_unit_named_after_its_seat(tmp_path: Path, text: str, lat: float,
                                                                        lon: float) -> None:
    geo = ingested_event_geo(tmp_path, text)
    assert geo is not None and geo_near(geo, lat, lon, km=10)
