"""Place names' endings as a tie-breaker between countries (``extract.event_country``).

Many languages build place names from a word for a village, a field or a garden joined to the end of the name:
Sinhala's "-gama" (village) and "-watta" (garden), Akan's "-krom" (town), Mandinka's "-kunda" (home). A town the
gazetteer lacks may still carry such an ending; where the other evidence leaves two or more countries equal (a town
the gazetteer lacks written with a first-level division's name several countries share, "Western"), an ending of
the language of one of them, and of no other, tells which. It never outweighs evidence: it only parts a tie.

The facts live in ``data/countries/toponym_endings.csv`` (``ending, countries, note``): general knowledge of the
languages' place naming, never copied from a data set. An ending is listed only when it is long enough (four
letters) not to end many other words by chance.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources

from sitrep.extract.place_votes import place_votes
from sitrep.lexicon.countries import countries, word_index
from sitrep.lexicon.keys import ascii_fold
from sitrep.records import Mention

MIN_ENDING = 4
MIN_STEM = 3  # letters before the ending: "Goda" alone is no name built with it


def parse_endings(text: str, known: set[str]) -> dict[str, frozenset[str]]:
    """Each ending (lower case) -> the countries whose place names carry it; ValueError names a bad row (an ending
    shorter than ``MIN_ENDING`` or not of letters, no country or an unknown one, an ending listed twice)."""
    out: dict[str, frozenset[str]] = {}
    for n, row in enumerate(csv.DictReader(io.StringIO(text)), start=2):
        ending = (row.get("ending") or "").strip().lower()
        codes = frozenset(c.strip() for c in (row.get("countries") or "").split("|") if c.strip())
        if len(ending) < MIN_ENDING or not ending.isalpha() or not codes or not codes <= known or ending in out:
            raise ValueError(f"toponym_endings.csv:{n}: an ending of four letters or more, listed once, and known "
                             f"countries are needed, got {ending!r}, {sorted(codes)}")
        out[ending] = codes
    return out


@lru_cache(maxsize=1)
def endings() -> dict[str, frozenset[str]]:
    text = resources.files("sitrep").joinpath("data", "countries", "toponym_endings.csv").read_text(encoding="utf-8")
    return parse_endings(text, set(countries()))


def ending_countries(name: str) -> frozenset[str]:
    """The countries whose place names end as the last word of ``name`` does ("Orugama": Sri Lanka), or none."""
    word = ascii_fold(name.split()[-1] if name.split() else "").lower()
    return frozenset().union(*(codes for ending, codes in endings().items()
                               if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM))


def ending_choice(mentions: Sequence[Mention], tied: Iterable[str]) -> str | None:
    """The one of the ``tied`` countries whose language's endings the text's unknown place names carry (names the
    language layer marked as places that the gazetteer lacks); None when none or several of them do."""
    index = word_index()
    tied = set(tied)
    found: set[str] = set()
    for m in mentions:
        if m.type == "location" and m.text not in index and not place_votes(m.text):
            found |= ending_countries(m.text) & tied
    return next(iter(found)) if len(found) == 1 else None


__all__ = ["ending_choice", "ending_countries", "endings", "parse_endings"]
