"""Two choices among a province's towns the geocoder once left at the province.

A district the text writes in its province ("the X district of Y", "X district, Y") that
the gazetteer lists nowhere there (only a district of a like name in another province) is placed at its seat: the
one town of the district's very name in that province. Districts are named after their seat in most countries'
administrations, and conflict data code a district's event at its seat town.

Namesake towns of one province ("Estreito, Maranhao": two towns of the name in the state) leave the text
unclear; one of them markedly the more populous (``PROVINCE_PROMINENCE`` times its namesakes) is the one a
report names, as a bare name means the country's far bigger town (``place_units.prominent``), with a lower bar
since the province already narrows the reading. Else the one that is the seat of the province's district of the
same name ("El Salto, Jalisco": the head town of El Salto municipality, not the village of the name in another
municipality of the state): a district is named after its seat, and the gazetteer places a district at its seat or
among its towns (``district_town``).
"""

from __future__ import annotations

from collections.abc import Callable

from sitrep.lexicon.gazetteer import Place
from sitrep.nlp.place_country import spelled
from sitrep.resolve.place_units import SEAT_FEATURES, sole_town

PROVINCE_PROMINENCE = 1.5  # a town this many times as populous as each namesake of its province


def district_seat(towns: list[Place], name: str, parent: Place, inside: Callable[[Place, Place], bool]
                  ) -> Place | None:
    """The seat of a district called ``name`` in ``parent`` (a first-level division or a country) that the
    gazetteer lacks there: the one town or city of ``towns`` spelled as ``name`` and lying in ``parent``; None when
    there is none or several."""
    if parent.feature not in ("admin1", "country"):
        return None
    return sole_town(towns, name, lambda t: inside(t, parent))


def in_parent(cands: list[Place], name: str, kind: str | None, parent: Place,
              inside: Callable[[Place, Place], bool], towns: Callable[[], list[Place]]) -> list[Place]:
    """The candidates lying in ``parent``; for a district none of which does, its seat there (``district_seat``
    among ``towns()``, the name's places of every kind); for a place of a hierarchy written without its kind none of
    which does (the towns of its name lie in other countries), the district of its name there."""
    got = [c for c in cands if inside(c, parent)]
    if got or kind not in ("district", "place"):
        return got
    if kind == "place":  # a unit of the hierarchy written bare (a Paraguayan "X (San Pedro)") whose towns of the
        # name lie only elsewhere: the district of that name in ``parent`` (a municipality, placed at its point)
        return [c for c in towns() if c.feature == "admin2" and c.lat is not None and spelled(c, name)
                and inside(c, parent)]
    seat = district_seat(towns(), name, parent, inside)
    return [seat] if seat is not None else []


def province_town(cands: list[Place], admin1_key: Callable[[str | None, str | None], object]) -> Place | None:
    """Of namesake towns that all lie in one province, the one ``PROVINCE_PROMINENCE`` times as populous as any
    other; None when they are not all towns of one province or none stands out."""
    if len(cands) < 2 or any(c.feature not in SEAT_FEATURES or not c.admin1 or not c.country for c in cands):
        return None
    if len({(c.country, admin1_key(c.admin1, c.country)) for c in cands}) != 1:
        return None
    ranked = sorted(cands, key=lambda c: -c.population)
    if ranked[0].population <= 0 or ranked[1].population * PROVINCE_PROMINENCE > ranked[0].population:
        return None
    return ranked[0]


def district_town(cands: list[Place], districts: list[Place], admin1_key: Callable[[str | None, str | None], object],
                  near: Callable[[Place, Place], float]) -> Place | None:
    """Of namesake towns that all lie in one province, the one within ``SEAT_KM`` of the position of the province's
    district (``districts``: the name's districts, of any province) spelled as the towns are; None when there is no
    such district, or no town or several lie near it."""
    if len(cands) < 2 or any(c.feature not in SEAT_FEATURES or not c.admin1 or not c.country for c in cands):
        return None
    where = {(c.country, admin1_key(c.admin1, c.country)) for c in cands}
    if len(where) != 1:
        return None
    names = {c.name for c in cands}
    mine = [d for d in districts if d.feature == "admin2" and d.lat is not None and d.lon is not None
            and (d.country, admin1_key(d.admin1, d.country)) in where and any(spelled(d, n) for n in names)]
    seats = {id(c): c for d in mine for c in cands if near(c, d) <= SEAT_KM}
    return next(iter(seats.values())) if len(seats) == 1 else None


SEAT_KM = 15.0  # a district's position (its seat or the mean of its towns) this near its seat town

__all__ = ["PROVINCE_PROMINENCE", "SEAT_KM", "district_seat", "district_town", "in_parent", "province_town"]
