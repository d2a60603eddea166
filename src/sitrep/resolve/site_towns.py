"""A site named after its town lies in that town (``extract.site_names``): a site's name no gazetteer knows is
placed at the town its leading words name, when the gazetteer spells that town so in the document's country (a
name the document's country does not have, "Victoria Hospital" in a note from Kenya, stays unplaced). Likewise a
quarter of a city: two capitalized words no gazetteer knows, the first a city's name ("Balbala Hayabley"), lie in
that city (``quarter_town_geo``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.site_names import quarter_head, site_heads
from sitrep.nlp.place_country import spelled

if TYPE_CHECKING:
    from sitrep.resolve.place_geocoder import Geocoder, _Context

_TOWN_FEATURES = ("city", "town", "village", "admin2", "country")


def site_town_geo(name: str, geocoder: Geocoder, ctx: _Context) -> dict[str, object] | None:
    """The ``geo`` of the town a site's name begins with ("Djibouti International Airport": Djibouti), or None."""
    if ctx.country is None:
        return None
    for head in site_heads(name):
        place = geocoder.choose(head, None, None, ctx)
        if place is not None and place.country == ctx.country and place.feature in _TOWN_FEATURES \
                and spelled(place, head):
            return geocoder.geo(place, None, False)
    return None


def quarter_town_geo(name: str, geocoder: Geocoder, ctx: _Context) -> dict[str, object] | None:
    """The ``geo`` of the city a quarter's name begins with, as the gazetteer spells it in the document's country,
    near it (precision 2); None for another name, or where the document's country is unknown."""
    city = quarter_head(name)
    if city is None or ctx.country is None:
        return None
    place = geocoder.choose(city, None, None, ctx)
    if place is None or place.country != ctx.country or place.feature != "city" or not spelled(place, city):
        return None
    return geocoder.geo(place, None, True)


__all__ = ["quarter_town_geo", "site_town_geo"]
