"""A unit the text writes in its hierarchy that the gazetteer lists without a position ("Belehede (Tongomayel,
Soum)": Burkina Faso's province of Soum, known by name and region only). The place is then known to lie in that
unit's first-level division: the geocoder uses the division, at its precision (ACLED codes a village it cannot
find to the unit it knows). And a bare name shared by a division and its capital city is the city; the kinds of
place a text's word selects; which of namesakes a bare name or a fuzzy spelling may mean."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from weakref import WeakKeyDictionary

from sitrep.lexicon.cache import cached
from sitrep.lexicon.extra_districts import districts_named
from sitrep.lexicon.gazetteer import DefaultGazetteer, Place, distance_km, similar_names
from sitrep.lexicon.keys import KEY_CACHE, light_key, place_key
from sitrep.lexicon.unit_seats import unit_seat
from sitrep.nlp.place_country import spelled

SEAT_FEATURES = ("city", "town", "village")
WELL_KNOWN = 100_000  # population of a city every reader knows by name
COMMON_NAME_COUNTRIES = 2  # a division's name borne in more countries than this is a common word ("Western")
PROMINENT, PROMINENCE = 15_000, 10  # a town this populous, this many times as populous as its namesakes


def positionless_unit_division(default: DefaultGazetteer, name: str, countries: set[str]) -> Place | None:
    """The first-level division of the district called ``name`` (spelled so) that the gazetteer lists without a
    position, or that the table of the districts it lacks has: in the document's countries when it names any, else
    anywhere; None when there is none or the districts of that name lie in several divisions. Anywhere, a name
    that divisions of many countries bear ("Western", "Central": a province in ten countries) is a word, not a
    name: it tells no country, and the district without a position is no more likely than they are."""
    found = default.lookup([place_key(name)])
    units = positionless_units(default, name)
    if countries:
        units = {u for u in units if u[0] in countries}
    elif len({u[0] for u in units} | {p.country for p in found if p.feature in ("admin1", "admin2")
                                        and spelled(p, name)}) > COMMON_NAME_COUNTRIES:
        return None
    if len(units) != 1:
        return None
    country, division = units.pop()
    divisions = [p for p in default.lookup([place_key(division or "")]) if p.feature == "admin1"
                 and p.country == country and p.name == division and p.lat is not None]
    return divisions[0] if len(divisions) == 1 else None


def positionless_units(default: DefaultGazetteer, name: str) -> set[tuple[str, str]]:
    """The (country, first-level division) of each district called ``name`` (spelled so) that the gazetteer lists
    without a position or that the table of the districts it lacks has."""
    units = {(str(p.country), str(p.admin1)) for p in default.lookup([place_key(name)]) if p.feature == "admin2"
             and p.lat is None and p.admin1 and spelled(p, name)}
    return units | {(d.country, d.division) for d in districts_named(name)}


def positionless_district(default: DefaultGazetteer, name: str, parent: Place | None, unit: bool,
                          country: str | None) -> Place | None:
    """The first-level division of a district the gazetteer lists without a position, where the text puts the
    name: "(Mayo-Sava, Extreme-Nord)", "in Mayo-Sava, Cameroon" (a unit of the province or the country the text
    gives it), or "in Asunafo South" alone in a document of its country (Ghana's district, of Ahafo: a place the
    gazetteer knows nothing else by that name). None when the name is no such district of one division."""
    if parent is None:
        return positionless_unit_division(default, name, {country}) if country and not unit else None
    if parent.feature != "country" and not (unit and parent.feature == "admin1"):
        return None
    if unit and parent.feature == "admin1" and (parent.country, parent.name) in positionless_units(default, name):
        return parent  # "Sucre municipality, Bolivar state": Bolivar's, though other states have a Sucre too
    division = positionless_unit_division(default, name, {parent.country or ""})
    return division if division is not None and (division.id == parent.id or parent.feature == "country") else None


def positionless_seat(default: DefaultGazetteer, name: str, division: Place) -> Place | None:
    """The seat of the district called ``name`` that the table of the districts the gazetteer lacks puts in
    ``division`` (``districts.tsv``: Gaur for Rautahat): the one town or city of that spelling the gazetteer files
    in the division; None when the table gives no seat or the gazetteer has no such single town. A district the
    gazetteer lists in the division without a position, for which the table names no seat, has its seat where the
    table of their seats puts it (``unit_seats.tsv``: Catbalogan for the Philippines' Samar), else in the town of its
    own name there, as ACLED places it (Ghana's Chereponi district at Chereponi)."""
    if division.feature != "admin1" or not division.country:
        return None
    seats = {d.seat for d in districts_named(name) if d.seat and d.country == division.country
             and d.division == division.name}
    if not seats and any(p.feature == "admin2" and p.lat is None and p.country == division.country
                         and p.admin1 == division.name and spelled(p, name)
                         for p in default.lookup([place_key(name)])):
        seats = {unit_seat(division.country, name, division.name) or name}  # unit_seats.tsv: Catbalogan, Samar's
    if len(seats) != 1:
        return None
    seat = seats.pop()
    return sole_town(default.lookup([place_key(seat)]), seat,
                     lambda p: p.country == division.country and p.admin1 == division.name, ("city", "town"))


def sole_town(places: Iterable[Place], name: str, keep: Callable[[Place], bool],
              features: tuple[str, ...] = SEAT_FEATURES) -> Place | None:
    """The one place of ``features`` among ``places`` spelled as ``name`` that ``keep`` accepts (a district's seat:
    the town of its name in its division); None when there is none or several."""
    got = [p for p in places if p.feature in features and spelled(p, name) and keep(p)]
    return got[0] if len(got) == 1 else None


def capital_division(default: DefaultGazetteer, country: Place) -> str | None:
    """The first-level division of the capital a country is placed at (the embedded gazetteer places a country at
    its capital, as ACLED codes an event known only by its country: 'in Ethiopia' is Addis Ababa, province Addis
    Ababa): the division, city or town of the country at the country's own point; None when there is none."""
    if country.source != "default" or country.lat is None or country.lon is None or not country.country:
        return None
    at = (country.country, country.lat, country.lon)
    got = _CAPITALS.get(default)
    if got is None and default.embedded:  # the package's gazetteer: every feature read once, kept on disk
        got = _CAPITALS[default] = cached("capital-divisions", lambda: _capital_divisions(default, _ALL_FEATURES))
    if got is None or (at not in got and "town" not in got[_SCANNED]):
        got = _capital_divisions(default, ("admin1", "city") if got is None else _ALL_FEATURES)
        _CAPITALS[default] = got
    return got.get(at)


_SCANNED = ("", 0.0, 0.0)  # the entry that records which features were read
_ALL_FEATURES = ("admin1", "city", "town")  # a division wins over a city, a city over a town, at the same point
_CAPITALS: WeakKeyDictionary[DefaultGazetteer, dict[tuple[str, float, float], str]] = WeakKeyDictionary()


def _capital_divisions(default: DefaultGazetteer, features: tuple[str, ...]) -> dict[tuple[str, float, float], str]:
    """The division of the place at each country's point, from the rows of ``features`` (towns only when a
    capital is no city: a scan of all the rows)."""
    points = {(c.country, c.lat, c.lon) for c in default.of_feature("country") if c.country}
    got: dict[tuple[str, float, float], str] = {_SCANNED: " ".join(features)}
    for feature in features:
        for p in default.of_feature(feature):
            at = (p.country or "", p.lat or 0.0, p.lon or 0.0)
            if at in points and at not in got and p.admin1:
                got[at] = p.name if feature == "admin1" else p.admin1
    return got


def unit_without_position(default: DefaultGazetteer, name: str, kind: str | None, found: Place | None,
                          countries: set[str], home: str | None = None) -> Place | None:
    """A bracket unit's place: ``found`` (what the gazetteers gave), else the division of a district of that
    name listed without a position. A name the text calls a district ("(Kanchanpur district)") that the
    gazetteers know only as a town is such a district when there is one anywhere (a town in Tripura is no
    district). A unit ``found`` abroad gives way to a district of that name in ``home``, the country the
    document's events happen in: "(Banfora, Comoe)" in news of Burkina Faso is its Comoe province (of Cascades),
    not the Ivory Coast's Comoe district. A unit ``found`` only by a near spelling of its name gives way to a
    district listed without a position under the name as written."""
    if found is not None and home and found.country != home:
        division = positionless_unit_division(default, name, {home})
        if division is not None:
            return division
    if found is not None and not spelled(found, name):
        # another place's near spelling ("Kondougou", an old name of the city of Koudougou) gives way to a unit
        # listed without a position under the very name written ("(Orodara, Kenedougou)": Kénédougou province)
        division = positionless_unit_division(default, name, countries)
        if division is not None:
            return division
    if found is not None and (kind != "district" or found.feature in ("admin1", "admin2")):
        return found
    division = positionless_unit_division(default, name, countries)
    if division is None and kind == "district":
        division = positionless_unit_division(default, name, set())
    return division or found


CAPITAL_KM = 30.0  # a first-level division's point is its capital: a town of its name this near is that capital


def namesake_capital(cands: list[Place], name: str) -> Place | None:
    """Of a bare name that is both a first-level division and a city of one country ("Kyiv", "Minsk", "Mopti",
    "Buenos Aires"), the city: a note names the city, the capital the division is named after or a city that is
    a division of its own ("Kyiv City"). None unless there is one division and one such city, both spelled as
    ``name`` is ("Samar" is not Samara)."""
    divisions = [c for c in cands if c.feature == "admin1" and spelled(c, name)]
    if len(divisions) != 1:
        return None
    towns = [c for c in cands if c.feature in ("city", "town") and c.country == divisions[0].country
             and spelled(c, name)]
    if len(towns) != 1:
        return None
    d, t = divisions[0], towns[0]
    if t.admin1 and city_division(t.name, t.admin1):
        return t  # a city that is a division of its name ("Kyiv" in "Kyiv City", "Bamako")
    if d.lat is None or d.lon is None or t.lat is None or t.lon is None:
        return None
    return t if distance_km(d.lat, d.lon, t.lat, t.lon) <= CAPITAL_KM else None


def foreign_capital(default: DefaultGazetteer, name: str, parent: Place) -> Place | None:
    """A country's capital written before another country that has no place of the name ("in Bangui, Russia has
    delivered arms"): the comma ends a phrase, it does not put the city in that country. The city spelled as
    ``name`` at its country's position (the gazetteer places a country at its capital); None when there is none,
    or when the name is a place of ``parent``'s country."""
    cands = [p for p in default.lookup([place_key(name)]) if spelled(p, name)]
    if parent.feature != "country" or any(p.country == parent.country for p in cands):
        return None
    capitals = {p.country: p for p in default.of_feature("country")}
    found = [p for p in cands if p.feature in ("city", "town") and p.country in capitals and p.lat is not None
             and p.lon is not None and distance_km(p.lat, p.lon, capitals[p.country].lat or 0,
                                                   capitals[p.country].lon or 0) <= 1.0]
    return found[0] if len(found) == 1 else None


def city_division(name: str, admin1: str) -> bool:
    """Whether a city called ``name`` whose division is ``admin1`` is a division of its own ("Kyiv", "Kyiv City";
    "Bangui", "Bangui")."""
    own = light_key(name)
    return bool(own) and own in light_key(admin1)


_SPECIFIC = ("village", "town", "city", "place")


def spread(c: Place) -> float:
    """How far apart (in multiples of the distance of one place) two entries of one place of this kind may lie."""
    return {"country": 40.0, "admin1": 8.0, "admin2": 1.5}.get(c.feature, 1.0)


def by_kind(cands: list[Place], kind: str | None) -> list[Place]:
    """The candidates of the kind the text gives the name ("X district": districts, else towns of the name)."""
    if kind is None or kind == "area":
        return cands
    if kind == "province":  # where provinces are second-level units (Burkina Faso's): a district of the name
        return [c for c in cands if c.feature == "admin1"] or [c for c in cands if c.feature == "admin2"]
    if kind == "country":
        return [c for c in cands if c.feature == "country"]
    if kind == "district":
        # a unit so written that the gazetteer knows only as a first-level division is that division: "county"
        # names the first level in some countries (Romania's, Hungary's, Liberia's counties)
        districts = [c for c in cands if c.feature == "admin2"]
        return districts or [c for c in cands if c.feature in _SPECIFIC] or [c for c in cands if c.feature == "admin1"]
    return [c for c in cands if c.feature in _SPECIFIC] or [c for c in cands if c.feature == "admin2"]


__all__ = ["CAPITAL_KM", "by_kind", "city_division", "foreign_capital", "namesake_capital", "positionless_district",
           "positionless_unit_division",
           "sole_town", "spelled_alike", "spread", "unit_without_position"]


def prominent(cands: list[Place]) -> Place | None:
    """Of namesakes the document does not tell apart, the town a bare name means: one of some size that is
    ten times as populous as any other ("Mechelen" in Belgium, not a village of the name elsewhere)."""
    ranked = sorted(cands, key=lambda c: -c.population)
    if not ranked or ranked[0].population < PROMINENT or ranked[0].feature not in SEAT_FEATURES:
        return None
    if len(ranked) > 1 and ranked[1].population * PROMINENCE > ranked[0].population:
        return None
    return ranked[0]


def spelled_alike(p: Place, name: str) -> bool:
    """The entry has ``name`` among its names, spelled as written but for doubled letters ("Maai Mahiu" for
    "Mai Mahiu"): a variant of one name, not a near spelling of another ("Umlalazi" for "Umlazi")."""
    return spelled(p, name) or _undoubled(name) in {_undoubled(n) for n in p.all_names}


def _undoubled(name: str) -> str:
    return re.sub(r"(.)\1+", r"\1", light_key(name))


def spelling_filter(name: str, cands: list[Place], allowed: set[str]) -> list[Place]:
    """A fuzzy or transliterated match (an entry not spelled as written) stays only inside the ``allowed``
    countries (the document's, its parent's); with no such country, never."""
    exact = [c for c in cands if spelled(c, name)]
    if allowed:
        return [c for c in cands if c.country in allowed or any(c is x for x in exact)]
    return exact


@lru_cache(maxsize=KEY_CACHE)  # the same names in every document; the embedded gazetteer does not change
def context_entries(default: DefaultGazetteer, key: str, name: str) -> tuple[tuple[Place, ...], frozenset[str | None]]:
    """The entries of ``key`` with a name of that key like ``name`` ("Mopti" is not "Maputo"), and the countries
    of those that are big cities spelled so (a bare "Sofia" says nothing of the country)."""
    found = tuple(p for p, names in default.names_under(key) if any(similar_names(name, n) for n in names))
    return found, frozenset(p.country for p in found if p.population >= WELL_KNOWN and spelled(p, name))
