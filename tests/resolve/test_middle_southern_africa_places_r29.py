"""Places of Middle and Southern Africa, Central America and the Caribbean (r29): towns the gazetteer files in a
division they left (``town_divisions.tsv``), South Africa's townships (``towns.tsv``), the arrondissements of
Martinique and Curacao's island as units (``town_units.tsv``), Mozambique's district seats (``districts.tsv``), a
reference point's own hierarchy and the seat among namesake towns of one province. Invented sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import acled_actors, geo_near, ingested_event_geo


@pytest.mark.parametrize(("text", "admin1", "lat", "lon"), [
    # GeoNames keeps Hammanskraal in North West and Jan Kempdorp in North West: both moved in 2006
    ("On 3 May 2021, residents of Hammanskraal (City of Tshwane, Gauteng) blocked roads with burning tyres to "
     "demand water.", "Gauteng", -25.41, 28.29),
    ("On 3 May 2021, farm workers marched to the municipal offices in Jan Kempdorp (Frances Baard, Northern Cape) "
     "to demand housing.", "Northern Cape", -27.92, 24.83),
    ("On 3 May 2021, police shot a man at a roadblock in Burgersfort (Sekhukhune, Limpopo).", "Limpopo", -24.68,
     30.33),
])
def test_a_town_is_in_its_province_of_today(tmp_path: Path, text: str, admin1: str, lat: float, lon: float) -> None:
    geo = ingested_event_geo(tmp_path, text)
    assert geo is not None and geo["admin1"] == admin1
    assert geo_near(geo, lat, lon, km=10)


@pytest.mark.parametrize(("text", "admin1", "lat", "lon"), [
    ("On 3 May 2021, hundreds marched through Khayelitsha (City of Cape Town, Western Cape) over power cuts.",
     "Western Cape", -34.04, 18.68),
    ("On 3 May 2021, taxi drivers blocked the main road of Umlazi (eThekwini, KwaZulu-Natal) with their minibuses.",
     "KwaZulu-Natal", -29.97, 30.88),
])
def test_a_township_is_a_place_of_its_own(tmp_path: Path, text: str, admin1: str, lat: float, lon: float) -> None:
    geo = ingested_event_geo(tmp_path, text)
    assert geo is not None and geo["admin1"] == admin1
    assert geo_near(geo, lat, lon, km=10)


def test_parse_rejects_a_town_listed_twice() -> None:
    from sitrep.lexicon.town_divisions import parse

    with pytest.raises(ValueError, match="listed twice"):
        parse("ZA\tAlpha\tGauteng\t\nZA\talpha\tLimpopo\t\n")
    assert parse("# note\nZA\tAlpha\tGauteng\t\n") == {("ZA", "alpha"): ("Gauteng", "")}


@pytest.mark.parametrize(("text", "admin1"), [
    ("On 12 January 2022, in Le Robert, Martinique, fishermen marched to the town hall.", "La Trinite"),
    ("On 12 January 2022, in Willemstad, Curacao, dock workers gathered to demand their wages.", "Curacao"),
])
def test_an_island_unit_is_written_as_conflict_data_write_it(tmp_path: Path, text: str, admin1: str) -> None:
    geo = ingested_event_geo(tmp_path, text, published="2022-01-12")
    assert geo is not None and geo["admin1"] == admin1


def test_a_district_is_placed_at_its_seat(tmp_path: Path) -> None:
    geo = ingested_event_geo(tmp_path, "On 3 May 2021, insurgents attacked an army post in Muidumbe (Muidumbe, "
                                       "Cabo Delgado).")
    assert geo is not None and geo["admin1"] == "Cabo Delgado"
    assert geo_near(geo, -11.80, 39.86, km=10)  # Namacande, the district's seat


def test_a_point_outside_a_town_is_the_town_not_its_province(tmp_path: Path) -> None:
    geo = ingested_event_geo(tmp_path, "On 5 February 2022, outside Zambrano, Francisco Morazan, party supporters "
                                       "blocked the highway and burned tires.")
    assert geo is not None and geo["admin1"] == "Francisco Morazan"
    assert geo_near(geo, 14.27, -87.40, km=10)


def test_of_namesake_towns_of_a_state_the_municipal_seat(tmp_path: Path) -> None:
    # two towns named El Salto in Jalisco: the head town of El Salto municipality, not the state's capital
    geo = ingested_event_geo(tmp_path, "On 5 February 2022, in El Salto, Jalisco, gunmen shot a shopkeeper.")
    assert geo is not None and geo["admin1"] == "Jalisco"
    assert geo_near(geo, 20.52, -103.18, km=10)


def test_arson_laid_at_organised_crimes_door_is_the_unidentified_gangs() -> None:
    names = acled_actors("On 5 February 2022, in Acapulco, Guerrero, unknown persons set fire to a furniture store. "
                         "The fire was linked to organized crime, investigators said.", "2022-02-05")
    assert names["actor1"] == "Unidentified Gang (Mexico)"


def test_the_congos_intelligence_agency_is_a_unit_of_its_military() -> None:
    names = acled_actors("On 6 February 2022, agents of the National Intelligence Agency (ANR) arrested a journalist "
                         "in Goma (Goma, Nord-Kivu).", "2022-02-06")
    assert names["actor1"] == ("Military Forces of the Democratic Republic of Congo (2019-) National Intelligence "
                               "Agency")


def test_a_capital_before_another_country_is_the_capital(tmp_path: Path) -> None:
    # "Russia" is the clause's subject, not the country Bangui lies in
    geo = ingested_event_geo(tmp_path, "On 3 June 2020, in Bangui, Russia has signed a military cooperation agreement "
                                       "with the government.", published="2020-06-03")
    assert geo is not None and geo["country"] == "CF"
    assert geo_near(geo, 4.36, 18.56, km=10)
