"""Landmarks as evidence of a country (``extract.event_country``): a square, avenue, park, university or prison known
by its name alone ("al Nour Square", "Taksim Square", "Plaza de Mayo", "Makerere University") lies in one town of one
country, and a report that names it tells of that country. A bare namesake written beside it ("a sit-in on al Nour
Square in Tripoli") is then the namesake at home (``namesake_home.prefer_home``).

The facts live in ``data/countries/landmarks.csv`` (``landmark, country, town, other_names, note``): general
knowledge of the countries' capitals and cities, never copied from a data set. A name several towns give a square
("Martyrs' Square", "Tahrir Square", "Plaza Bolivar") is left out: it tells no one country.
"""

from __future__ import annotations

import csv
import io
from functools import lru_cache
from importlib import resources

from sitrep.lexicon.country_names_table import country_names, name_key, parse_country_names

LANDMARK_WEIGHT = 2.0  # as a place's


def landmark_votes(text: str) -> dict[str, float]:
    """Votes of the landmarks a text names (see module): once for each country."""
    pattern, home = country_names("landmarks.csv", "landmark", ("town",))
    return {home[name_key(m.group(0))]: LANDMARK_WEIGHT for m in pattern.finditer(text)}


def parse_landmarks(text: str, known: set[str]) -> dict[str, str]:
    """Each name of a landmark (lower case, spaces single) -> its country; ValueError names a bad row (no name, an
    unknown country, no town, a name given to landmarks of two countries)."""
    return parse_country_names(text, known, "landmarks.csv", "landmark", required=("town",))


def landmark_town(name: str) -> tuple[str, str] | None:
    """(country, town) of the landmark written ``name`` (any of its names), None when the table has none: where an
    event at a square or park the gazetteer does not know is placed."""
    return _towns().get(name_key(name))


@lru_cache(maxsize=1)
def _towns() -> dict[str, tuple[str, str]]:
    text = resources.files("sitrep").joinpath("data", "countries", "landmarks.csv").read_text(encoding="utf-8")
    out: dict[str, tuple[str, str]] = {}
    for row in csv.DictReader(io.StringIO(text)):
        for name in [row["landmark"], *(row.get("other_names") or "").split("|")]:
            if name.strip():
                out[name_key(name)] = (row["country"].strip(), row["town"].strip())
    return out


__all__ = ["LANDMARK_WEIGHT", "landmark_town", "landmark_votes", "parse_landmarks"]
