"""Countries whose government sits outside their official capital are placed at the seat of government, where an
event known only by its country is coded (``data/gazetteer/government_seats.tsv``)."""

from __future__ import annotations

import pytest

from sitrep.lexicon.gazetteer import default_gazetteer, distance_km
from sitrep.lexicon.government_seats import government_seats, parse, place_at_seats
from sitrep.lexicon.keys import place_key
from sitrep.resolve.place_units import capital_division


def _row(pid: str, name: str, feature: str, lat: str, lon: str, cc: str, admin1: str, pop: str) -> str:
    return "\t".join([pid, name, feature, lat, lon, cc, admin1, "", pop, "", "", "k", "l"])


def test_a_country_moves_to_the_most_populous_town_of_its_seat_s_name() -> None:
    rows = [_row("1", "Xland", "country", "1.0", "1.0", "XX", "", "0"),
            _row("2", "Seatville", "town", "2.0", "2.0", "XX", "North", "5000"),
            _row("3", "Seatville", "city", "3.0", "3.0", "XX", "Coast", "90000"),
            _row("4", "Seatville", "city", "4.0", "4.0", "YY", "Abroad", "900000"),  # a namesake abroad
            _row("5", "Yland", "country", "5.0", "5.0", "YY", "", "0")]
    place_at_seats(rows, {"XX": "Seatville", "YY": "Nowhere"})
    assert rows[0].split("\t")[3:5] == ["3.0", "3.0"]
    assert rows[4].split("\t")[3:5] == ["5.0", "5.0"]  # a seat the rows lack: the country stays


@pytest.mark.parametrize("line", ["XX\tSeatville\tCapital", "Xland\tSeatville\tCapital\tnote",
                                  "XX\t\tCapital\tnote"])
def test_a_bad_row_is_refused_with_its_line(line: str) -> None:
    with pytest.raises(ValueError, match=r"seats\.tsv:1"):
        parse(line, "seats.tsv")


def test_a_country_listed_twice_is_refused() -> None:
    with pytest.raises(ValueError, match=r"seats\.tsv:2"):
        parse("XX\tA\tB\tnote\nXX\tC\tB\tnote", "seats.tsv")


def test_the_shipped_seats_are_towns_of_their_countries_and_countries_lie_there() -> None:
    g = default_gazetteer()
    for cc, seat in government_seats().items():
        towns = [p for p in g.lookup([place_key(seat)]) if p.country == cc and p.feature in ("city", "town")]
        country = next(p for p in g.of_feature("country") if p.country == cc)
        assert towns and country.lat is not None and country.lon is not None, seat
        assert min(distance_km(country.lat, country.lon, t.lat or 0.0, t.lon or 0.0) for t in towns) < 1, seat


@pytest.mark.parametrize(("cc", "division"), [("BJ", "Littoral"), ("CI", "Abidjan")])
def test_an_event_known_by_its_country_lies_in_the_division_of_the_seat(cc: str, division: str) -> None:
    country = next(p for p in default_gazetteer().of_feature("country") if p.country == cc)
    assert capital_division(default_gazetteer(), country) == division
