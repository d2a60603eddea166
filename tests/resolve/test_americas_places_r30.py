"""Places of the Americas (r30): Greenland's municipalities by their names alone (``admin1_conventions.tsv``), the
first-level units of Guyana's and the Turks and Caicos Islands' towns (``town_units.tsv``), Venezuela's municipalities
at their seats (``districts.tsv``), and a mine of the mining trade that is no explosive. Invented sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import coded, geo_near, ingested_event_geo


@pytest.mark.parametrize(("text", "admin1"), [
    ("On 2 May 2022, fishermen marched through Nuuk to demand higher quotas.", "Sermersooq"),
    ("On 2 May 2022, in Bartica, gold miners gathered at the harbour to protest a new levy.", "Cuyuni-Mazaruni"),
    ("On 2 May 2022, in Providenciales, Turks and Caicos Islands, taxi drivers protested new fares.",
     "Providenciales"),
])
def test_a_town_is_written_in_the_unit_conflict_data_use(tmp_path: Path, text: str, admin1: str) -> None:
    geo = ingested_event_geo(tmp_path, text, published="2022-05-02")
    assert geo is not None and geo["admin1"] == admin1


@pytest.mark.parametrize(("text", "admin1", "lat", "lon"), [
    ("On 2 May 2022, in Jauregui municipality, Tachira state, bakers protested the lack of cooking gas.", "Tachira",
     8.13, -71.98),  # La Grita
    ("On 2 May 2022, in the El Alto sector, Bermudez municipality, Sucre state, residents blocked a road over water "
     "cuts.", "Sucre", 10.67, -63.25),  # Carupano
])
def test_a_venezuelan_municipality_is_placed_at_its_seat(tmp_path: Path, text: str, admin1: str, lat: float,
                                                         lon: float) -> None:
    geo = ingested_event_geo(tmp_path, text, published="2022-05-02")
    assert geo is not None and geo["admin1"] == admin1
    assert geo_near(geo, lat, lon, km=10)


def test_an_illegal_mine_is_a_mining_site_not_an_explosive() -> None:
    kind, _ = coded("On 2 May 2022, near an illegal mine in the south of the state, gunmen shot and killed two men.")
    assert kind == "Violence against civilians"


def test_namesake_municipalities_of_two_states_are_each_their_states() -> None:
    from sitrep.lexicon.extra_districts import parse

    rows = parse("VE\tSucre\tBolivar\t\tMaripa\nVE\tSucre\tZulia\t\tBobures\n")
    assert [(d.division, d.seat) for d in rows] == [("Bolivar", "Maripa"), ("Zulia", "Bobures")]
    with pytest.raises(ValueError, match="listed twice"):
        parse("VE\tSucre\tBolivar\t\tMaripa\nVE\tsucre\tBolivar\t\t\n")


def test_a_municipality_named_like_a_state_is_placed_at_its_seat(tmp_path: Path) -> None:
    geo = ingested_event_geo(tmp_path, "On 2 May 2022, in Sucre municipality, Bolivar state, gunmen linked to illegal "
                                       "mining shot and killed a miner.", published="2022-05-02")
    assert geo is not None and geo["admin1"] == "Bolivar"
    assert geo_near(geo, 7.42, -65.19, km=10)  # Maripa
