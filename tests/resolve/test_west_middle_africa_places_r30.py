"""Places of Western and Middle Africa (r30): a place and its district that lie together in another province than
the one a hierarchy writes are there (``resolve.slipped_province``); Sierra Leone's towns of its North West
Province of 2017 (``town_divisions.tsv``); Chad's departments and Nigeria's local government areas at their seats
(``unit_seats.tsv``). Invented sentences and village names."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import geo_near, ingested_event_geo


@pytest.mark.parametrize("district", ["Gujba LGA", "Gujiba LGA", "Gujba"])
def test_a_place_and_its_district_in_another_province_are_there(tmp_path: Path, district: str) -> None:
    geo = ingested_event_geo(tmp_path, f"On 3 June 2021, gunmen burned the market of Goniri ({district}, Borno) "
                                       "at night.", "2021-06-03")
    assert geo is not None and geo["admin1"] == "Yobe" and geo["feature"] == "town"
    assert geo_near(geo, 11.48, 12.31)  # Goniri, Yobe; not Borno's capital


def test_a_place_of_the_written_province_stays_there(tmp_path: Path) -> None:
    # Bama is Borno's: the written province holds the place, whatever its district
    geo = ingested_event_geo(tmp_path, "On 3 June 2021, gunmen burned the market of Bama (Gujba LGA, Borno) at "
                                       "night.", "2021-06-03")
    assert geo is not None and geo["admin1"] == "Borno"


def test_a_village_no_gazetteer_knows_stays_in_its_written_province(tmp_path: Path) -> None:
    geo = ingested_event_geo(tmp_path, "On 3 June 2021, gunmen burned the market of Kulbaram (Gujba LGA, Borno) "
                                       "at night.", "2021-06-03")
    assert geo is not None and geo["admin1"] == "Borno"


def test_a_town_of_sierra_leones_north_west(tmp_path: Path) -> None:
    geo = ingested_event_geo(tmp_path, "On 4 May 2020, traders protested against new market fees in Lunsar (Port "
                                       "Loko, North-West).", "2020-05-04")
    assert geo is not None and geo["admin1"] == "North-West" and geo["precision"] == 1
    assert geo_near(geo, 8.68, -12.53)  # Lunsar itself, no longer Port Loko's seat


@pytest.mark.parametrize(("text", "lat", "lon"), [
    ("On 3 March 2022, herders and farmers clashed near Koulbarga (Monts de Lam, Logone Oriental).", 7.74, 15.69),
    ("On 3 March 2022, herders and farmers clashed near Koulbarga (Mayo Boneye, Mayo Kebbi Est).", 10.28, 15.37),
])
def test_a_village_of_a_chadian_department_is_at_its_seat(tmp_path: Path, text: str, lat: float,
                                                            lon: float) -> None:
    geo = ingested_event_geo(tmp_path, text, "2022-03-03")
    assert geo is not None and geo["precision"] == 2 and geo["feature"] == "admin2"
    assert geo_near(geo, lat, lon)  # Baibokoum, Bongor: the departments' seats, not their provinces


def test_cameroons_anglophone_regions_tell_the_country(tmp_path: Path) -> None:
    # a named region of one country votes for it: Bali is Cameroon's town, not India's
    geo = ingested_event_geo(tmp_path, "On 11 February, students boycotted classes across the Anglophone region. "
                                       "In towns such as Bali and Ndop, youths burned tyres.", "2017-02-11")
    assert geo is not None and geo["country"] == "CM" and geo["admin1"] == "Nord-Ouest"


@pytest.mark.parametrize(("text", "admin1", "lat", "lon"), [
    ("On 9 March 2022, relatives of a murdered teenager picketed the Paarl Magistrate's Court (Cape Winelands, "
     "Western Cape).", "Western Cape", -33.73, 18.96),
    ("On 9 March 2022, traders blocked the entrance of the Tamale Magistrate's Court over a land case.", "Northern",
     9.40, -0.84),
])
def test_a_magistrates_court_is_in_its_town(tmp_path: Path, text: str, admin1: str, lat: float, lon: float) -> None:
    geo = ingested_event_geo(tmp_path, text, "2022-03-09")
    assert geo is not None and geo["admin1"] == admin1
    assert geo_near(geo, lat, lon)


def test_bagani_is_in_kavango_east(tmp_path: Path) -> None:
    geo = ingested_event_geo(tmp_path, "On 5 March 2022, villagers marched to the park gate near Bagani (Mukwe, "
                                       "Kavango East) over grazing rights.", "2022-03-05")
    assert geo is not None and geo["admin1"] == "Kavango East" and geo_near(geo, -18.11, 21.62)
