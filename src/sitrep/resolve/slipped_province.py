"""A place whose hierarchy names the wrong province: the place and its district lie in one other province.

A note writes a village with its district and province ("Goniri (Gujba LGA, Borno)"). Where the gazetteer has
neither the place nor the district in the province written, but has both in one other province of that country
(Goniri and Gujba are towns of Yobe), the province is the writer's slip, not the place's: two units of three
agree (the district spelled as written or near it: "Gujiba"). The place is that province's town, and the event's
province is its province, not the one written (ACLED codes the place where it lies). A district found in several
other provinces, or a place found in none of the district's, leaves the place to its written province as before.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sitrep.lexicon.gazetteer import DefaultGazetteer, Place, similar_names
from sitrep.lexicon.keys import place_key
from sitrep.nlp.place_country import spelled
from sitrep.nlp.places import PlaceSpan

_DISTRICT_FEATURES = ("admin2", "city", "town")
_PLACE_FEATURES = ("city", "town", "village")


def slipped_province_place(default: DefaultGazetteer, i: int, spans: Sequence[PlaceSpan],
                           resolved: Callable[[int], Place | None],
                           admin1_key: Callable[[str | None, str | None], object]) -> Place | None:
    """The place of ``spans[i]`` in the one province other than the written one where the gazetteer has both it
    and the district the text puts it in; None when the hierarchy is not "place (district, province)" with a
    district unknown in the province written, or when the place and district do not agree on one province."""
    district_i = spans[i].parent
    if district_i is None or resolved(district_i) is not None:
        return None
    province_i = spans[district_i].parent
    province = resolved(province_i) if province_i is not None else None
    if province is None or province.feature != "admin1" or not province.country:
        return None
    country, written = province.country, admin1_key(province.name, province.country)
    district_name = spans[district_i].name
    others = {admin1_key(p.admin1, country) for p in default.lookup([place_key(district_name)])
              if p.country == country and p.feature in _DISTRICT_FEATURES and p.admin1
              and (spelled(p, district_name) or similar_names(p.name, district_name))}  # "Gujiba"
    if written in others or len(others) != 1:
        return None
    home = others.pop()
    name = spans[i].name
    places = {p.id: p for p in default.lookup([place_key(name)])
              if p.country == country and p.feature in _PLACE_FEATURES and p.lat is not None
              and admin1_key(p.admin1, country) == home and spelled(p, name)}
    return next(iter(places.values())) if len(places) == 1 else None


__all__ = ["slipped_province_place"]
