"""Named regions as evidence of a country (``extract.event_country``): a region that is no administrative division
but is known by its name alone ("the Niger Delta", "Casamance", "Darfur", "Donbas", "Somaliland") lies in one
country, and a report that names it tells of that country, as a place does (not when the region is part of a body's
name: "the Movement of Democratic Forces of Casamance" may act abroad). The event is not placed in it (it
spans several divisions): only its country is told.

The facts live in ``data/countries/regions.csv`` (``region, country, other_names, note``): general knowledge of the
countries' geography and conflicts, never copied from a data set. A region several countries share ("the Sahel",
"Lake Chad", "Kashmir", "Kurdistan") is left out: it tells no one country. A country's own administrative
divisions are the gazetteer's, not this table's.
"""

from __future__ import annotations

import re

from sitrep.lexicon.country_names_table import country_names, name_key, parse_country_names

REGION_WEIGHT = 3.0  # as a first-level division's name

# the region in a body's name ("Movement of Democratic Forces of Casamance", "the Emancipation of the Niger Delta"):
# the body may act abroad, its name tells nothing of where
_IN_A_NAME = re.compile(r"\b[A-Z][\w'’-]*\s+(?:of|for)\s+(?:the\s+)?$")


def region_votes(text: str) -> dict[str, float]:
    """Votes of the named regions a text names (see module): once for each country."""
    pattern, home = country_names("regions.csv", "region")
    return {home[name_key(m.group(0))]: REGION_WEIGHT for m in pattern.finditer(text)
            if not _IN_A_NAME.search(text, max(0, m.start() - 60), m.start())}


def parse_regions(text: str, known: set[str]) -> dict[str, str]:
    """Each name of a region (lower case, spaces single) -> its country; ValueError names a bad row (no name, an
    unknown country, a name given to regions of two countries)."""
    return parse_country_names(text, known, "regions.csv", "region")


__all__ = ["REGION_WEIGHT", "parse_regions", "region_votes"]
