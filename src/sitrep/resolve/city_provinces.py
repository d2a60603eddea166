"""The province a text means by a name it writes after a place ("Myrzakent town of Turkistan region") where the
geocoder took that name for the city of it: the city does not hold the place, the province of its name does."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.lexicon.gazetteer import Place
from sitrep.nlp.places import PlaceSpan

if TYPE_CHECKING:
    from sitrep.resolve.place_geocoder import Geocoder


def city_province(geocoder: Geocoder, span: PlaceSpan, parent: Place | None) -> Place | None:
    """The first-level division of ``parent``'s country named as ``span``, when ``parent`` is a city or town that
    the text names as a division too (``span.known``: "Turkistan region", "Kidal region"); None otherwise."""
    if parent is None or parent.feature not in ("city", "town") or span.known != "admin1" or not parent.country:
        return None
    found = [p for p in geocoder.candidates(span.name, "province", {parent.country})
             if p.feature == "admin1" and p.country == parent.country]
    return found[0] if len(found) == 1 else None
