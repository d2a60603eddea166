"""The country ACLED names migrants and refugees by, when no demonym stands before them.

People from one country ("refugees from Ukraine", "migrants from Ethiopia") are its civilians; from a few, the first
named's (ACLED lists the others as associated actors); from many, ACLED's "Civilians (International)". Migrants and
refugees have left their country by definition: when the text does not say whose, they are "(International)",
unless the text gives them one nationality where it names them again ("200 Eritrean refugees reached the town ...
the refugees were registered": Eritrea's), or they are refugees in a territory whose refugees are its own people
(typology.yaml ``own_refugees``: the Palestine refugees of Gaza). Their origin may also come in a later sentence
("The migrants were from Syria and Iran.").
"""

from __future__ import annotations

import re

from sitrep.extract import event_country
from sitrep.extract.foreign_people import INTERNATIONAL

# a later sentence telling migrants' origin: "The captured migrants were from Afghanistan, Syria and Iran."
_MIGRANTS_WERE = re.compile(r"\.\s+The\s+(?:[a-z]+\s+)?(?:migrants|asylum\s+seekers|refugees)\s+were"
                            r"(?:\s+(?:mostly|mainly|all))?(?=\s+from\s)")
FEW_ORIGINS = 3  # people of up to this many countries named are the first's civilians, of more "International"
# migrants, asylum seekers or refugees (a refugee camp is a place, not its people)
MIGRANTS = re.compile(r"(?:irregular\s+|illegal\s+|undocumented\s+)?(?:migrants?|asylum\s+seekers?|refugees?)\b"
                      r"(?!\s+camps?\b)", re.I)


def origin_owners(text: str, a: int, b: int, refugees_home: bool = False) -> list[str | None]:
    """The owner of the civilians phrase ``text[a:b]`` that no demonym precedes: the country its people come from
    ("refugees from Ukraine"), ``INTERNATIONAL`` for people of many countries or migrants of none said; [] when
    the phrase names no migrants and no origin follows it, or names refugees of no origin in a territory whose
    refugees are its own people (``refugees_home``: the Palestine refugees of Gaza)."""
    m = MIGRANTS.match(text, a)
    migrants = m is not None and not (refugees_home and "refugee" in m.group().lower())
    origin = list[str | None](dict.fromkeys(event_country.countries_after(text, b, origin=True)))
    if not origin and migrants:
        later = _MIGRANTS_WERE.search(text, max(0, text.rfind(".", 0, a)))  # its own sentence or later
        origin = list(dict.fromkeys(event_country.countries_after(text, later.end(), origin=True))) if later else []
    if not origin and migrants:
        origin = _named_elsewhere(text, a)
    return origin[:1] if 0 < len(origin) <= FEW_ORIGINS else [INTERNATIONAL] if origin or migrants else []


def _named_elsewhere(text: str, a: int) -> list[str | None]:
    """The one country a demonym gives the migrants the text names elsewhere ("Venezuelan refugees"), else []."""
    seen: set[str] = set()
    for m in MIGRANTS.finditer(text):
        if m.start() != a:
            seen.update(event_country.countries_before(text, m.start()))
    return [next(iter(seen))] if len(seen) == 1 else []


__all__ = ["FEW_ORIGINS", "MIGRANTS", "origin_owners"]
