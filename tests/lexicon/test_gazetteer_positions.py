"""Where the embedded gazetteer places countries and provinces: where ACLED and news coders place an event known
only by its country or province (``seats.capital_points``; the shipped ``places.tsv.gz``)."""

from __future__ import annotations

from sitrep.data.gazetteer.seats import capital_points
from sitrep.lexicon.gazetteer import default_gazetteer, distance_km
from sitrep.lexicon.keys import place_key


def _town(gid: int, name: str, cc: str, pop: int, lat: float, lon: float, alts: tuple[str, ...] = ()) -> dict:
    return {"geonameid": gid, "name": name, "countrycode": cc, "population": pop, "latitude": lat,
            "longitude": lon, "admin1code": "01", "alternatenames": list(alts)}


def test_capital_is_the_country_town_of_that_name_own_name_first() -> None:
    countries = {"XX": {"capital": "Alpha"}, "YY": {"capital": "Gamma"}, "ZZ": {"capital": ""}}
    towns = {str(i): t for i, t in enumerate([
        _town(1, "Alpha", "XX", 50_000, 1.0, 1.0),
        _town(2, "Beta", "XX", 900_000, 2.0, 2.0, ("Alpha",)),  # an old name of a bigger town: not the capital
        _town(3, "Alpha", "YY", 2_000_000, 3.0, 3.0),  # a namesake abroad
        _town(4, "Gamma City", "YY", 10_000, 4.0, 4.0, ("Gamma",)),  # known by its other name only
    ])}
    caps = capital_points(countries, towns)
    assert caps["XX"] == (1.0, 1.0)
    assert caps["YY"] == (4.0, 4.0)
    assert "ZZ" not in caps  # no capital named: the country keeps the mean of its cities


def _place(name: str, feature: str, cc: str) -> tuple[float, float]:
    found = [p for p in default_gazetteer().lookup([place_key(name)]) if p.feature == feature and p.country == cc]
    assert len(found) == 1, found
    return found[0].lat or 0.0, found[0].lon or 0.0


def test_shipped_countries_lie_at_their_capitals() -> None:
    for country, cc, capital in (("Syria", "SY", (33.51, 36.29)), ("India", "IN", (28.61, 77.21)),
                                 ("United States", "US", (38.90, -77.04)), ("Nigeria", "NG", (9.06, 7.50))):
        assert distance_km(*_place(country, "country", cc), *capital) < 25, country


def test_shipped_provinces_without_a_namesake_town_lie_at_their_most_populous_town() -> None:
    # mostly the capital, where ACLED codes an event known only by its province (not the mean of its towns)
    assert distance_km(*_place("Al Anbar", "admin1", "IQ"), 33.42, 43.30) < 25  # Ramadi
    assert distance_km(*_place("South Darfur", "admin1", "SD"), 12.05, 24.88) < 25  # Nyala


def test_shipped_towns_keep_all_their_alternate_names() -> None:
    gaz = default_gazetteer()
    for name, cc in (("Munchen", "DE"), ("Fallujah", "IQ"), ("Dunkerque", "FR")):
        assert any(p.country == cc and p.feature in ("city", "town") for p in gaz.lookup([place_key(name)])
                   if name in {n for n in p.all_names}), name


def test_an_alternate_name_that_is_a_known_city_abroad_is_left_out() -> None:
    from sitrep.data.gazetteer.build import _shadowed_names

    towns = {str(i): t for i, t in enumerate([
        _town(1, "Capitalia", "XX", 600_000, 1.0, 1.0),
        _town(2, "Big Port", "YY", 3_900_000, 2.0, 2.0, ("Capitalia",)),  # an old name of a port abroad
        _town(3, "Nisa", "XX", 250_000, 3.0, 3.0),
        _town(4, "Nicea", "YY", 340_000, 4.0, 4.0, ("Nisa",)),  # another language's name of a city abroad
        _town(5, "Odessa", "ZZ", 114_000, 5.0, 5.0),
        _town(6, "Odesa", "XX", 1_000_000, 6.0, 6.0, ("Odessa",)),  # far the better known: keeps its English name
    ])}
    shadowed = _shadowed_names(towns, {}, {"XX": (1.0, 1.0)})
    assert shadowed("Capitalia", "YY", 3_900_000)  # a capital's own name, however populous the port
    assert shadowed("Nisa", "YY", 340_000)
    assert not shadowed("Odessa", "XX", 1_000_000)
