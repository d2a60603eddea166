"""A site named after its town lies in that town (``extract.site_names``): a site's name no gazetteer knows is
placed at the town its leading words name, when the gazetteer spells that town so in the document's country (a
name the document's country does not have, "Victoria Hospital" in a note from Kenya, stays unplaced); a quarter the
gazetteer lacks, named by two words the first of which is a city's ("Balbala Hayabley"), at that city."""

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
    # "Balbala Hayabley": a quarter of the city its first word names, so spelled in the document's country
    city = quarter_head(name)
    place = geocoder.choose(city, None, None, ctx) if city else None
    if place is not None and place.country == ctx.country and place.feature == "city" and spelled(place, city or ""):
        return geocoder.geo(place, None, False)
    return None


__all__ = ["site_town_geo"]
