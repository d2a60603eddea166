"""The place of a second-level unit that ends a comma chain ("Tulay, Basey, Samar"), for a place before it
that no gazetteer knows: ACLED codes such a village to the unit it knows, at the unit's precision, in the unit's
first-level division (``extract.unit_chains``)."""

from __future__ import annotations

from typing import Any

from sitrep.extract.unit_chains import second_level_countries
from sitrep.lexicon.gazetteer import Place, distance_km
from sitrep.lexicon.keys import place_key
from sitrep.lexicon.unit_seats import unit_seat
from sitrep.nlp.place_country import spelled
from sitrep.resolve.place_geocoder import Geocoder
from sitrep.resolve.place_units import positionless_seat, positionless_unit_division


def chain_unit_geo(geocoder: Geocoder, name: str, ctx: Any) -> dict[str, object] | None:
    """``geo`` of the unit called ``name``, in the document's countries (else in the one country that has such a
    unit): the gazetteer's district at its seat or point, at district precision; a district it lists without a
    position, or that only the table of the districts it lacks has, at its seat where ``unit_seats.tsv`` gives one,
    else at its province. None when the unit is not one place."""
    countries = set(ctx.countries) or set(second_level_countries(name))
    if len(countries) != 1 and not ctx.country:
        return None
    home = {ctx.country} if ctx.country else countries
    units = [p for p in geocoder.default.lookup([place_key(name)]) if p.feature == "admin2" and p.country in home
             and p.admin1 and p.lat is not None and spelled(p, name)]
    unit = _one(units)
    if unit is not None:
        geo = geocoder.geo(unit, "district", True)
        geo["precision"] = 2
        return geo
    division = positionless_unit_division(geocoder.default, name, home)
    return seat_geo(geocoder, name, division) if division is not None else None


def seat_geo(geocoder: Geocoder, name: str, division: Place) -> dict[str, object]:
    """``geo`` of the unit ``name`` the gazetteer lists without a position, in ``division``: at the seat the table
    of such units' seats gives it (``unit_seats.tsv``: Catbalogan for the Philippines' Samar), at district
    precision; else at its division (a district only ``districts.tsv`` has, "Gakara, Mayo Sava", stays there)."""
    listed = unit_seat(division.country or "", name, division.name) if division.feature == "admin1" else None
    seat = positionless_seat(geocoder.default, name, division) if listed else None
    if seat is None:
        return geocoder.geo(division, "province", True)
    geo = geocoder.geo(seat, "district", True, admin1_hint=division)
    geo.update(feature="admin2", admin2=name, precision=2)  # the district, placed as ACLED places it
    return geo


CHAIN_TOWN_KM = 100.0  # a municipality of the chain lies this near its province's point


def chain_town_geo(geocoder: Geocoder, names: tuple[str, ...], unit: dict[str, object]) -> dict[str, object] | None:
    """``geo`` of the town a comma chain names between a place no gazetteer knows and its second-level unit
    ("Barangay Tulay, Basey, Samar": the municipality of Basey, in Samar), near it (precision 2), where
    the gazetteer has one town or city of that name in the unit's country and first-level division, filed in that
    unit or in none and not far from it: ACLED codes such a village nearer than its province. None otherwise."""
    country, admin1 = unit.get("country"), unit.get("admin1")
    lat, lon = unit.get("lat"), unit.get("lon")
    if not (isinstance(country, str) and isinstance(admin1, str) and isinstance(lat, float | int)
            and isinstance(lon, float | int)):
        return None
    home = geocoder.admin1_key(admin1, country)
    unit_key = place_key(str(unit.get("admin2") or ""))
    for name in names:
        towns = {p.id: p for p in geocoder.default.lookup([place_key(name)])
                 if p.feature in ("city", "town") and p.country == country and p.lat is not None
                 and p.lon is not None and spelled(p, name) and geocoder.admin1_key(p.admin1, country) == home
                 and (not p.admin2 or not unit_key or unit_key in place_key(p.admin2))
                 and distance_km(p.lat, p.lon, float(lat), float(lon)) <= CHAIN_TOWN_KM}
        if len(towns) == 1:
            geo = geocoder.geo(next(iter(towns.values())), None, True)
            geo["admin1"] = admin1  # the division the unit lies in, as written for it
            geo["precision"] = 2
            return geo
    return None


def _one(units: list[Place]) -> Place | None:
    """The unit when all entries are one (lists may repeat a district)."""
    if not units:
        return None
    keys = {(p.country, p.admin1) for p in units}
    return units[0] if len(keys) == 1 else None


__all__ = ["CHAIN_TOWN_KM", "chain_town_geo", "chain_unit_geo", "seat_geo"]
