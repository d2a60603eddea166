"""Words of one country's administration as evidence of that country (``extract.event_country``): a unit only one
country has ("Liban woreda", "Barangay Taruk", "Mobbar LGA", "the Manthai West Divisional Secretariat") lies in
that country, though the gazetteer may not know the unit's name (``data/countries/admin_words.csv``: general
knowledge of the countries' administrations). The word counts only beside a capitalised name (the unit it names):
"a delegation", "the Regency era" name no unit.
"""

from __future__ import annotations

import csv
import io
import re
from functools import lru_cache
from importlib import resources

from sitrep.lexicon.countries import countries

ADMIN_WORD_WEIGHT = 2.0  # as a place's: once for each country

_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}"


def admin_word_votes(text: str) -> dict[str, float]:
    """Votes of the units of one country's administration a text names (see module)."""
    pattern, home = _admin_words()
    votes: dict[str, float] = {}
    for m in pattern.finditer(text):
        word = m.group("after") or m.group("before")
        iso2 = home.get(word) or home.get(word.lower()) or home.get(word.lower().rstrip("s"))
        if iso2 is not None:
            votes[iso2] = ADMIN_WORD_WEIGHT
    return votes


def parse_admin_words(text: str, known: set[str]) -> dict[str, str]:
    """Word -> country of the table (a word in capitals, an abbreviation, is kept as written and matched so; the
    others in lower case); ValueError names a bad row."""
    out: dict[str, str] = {}
    for n, row in enumerate(csv.DictReader(io.StringIO(text)), start=2):
        word, iso2 = (row.get("word") or "").strip(), (row.get("country") or "").strip()
        if not word or iso2 not in known:
            raise ValueError(f"admin_words.csv:{n}: a word and a known country are needed, got {word!r}, {iso2!r}")
        out[word if word.isupper() else word.lower()] = iso2
    return out


@lru_cache(maxsize=1)
def _admin_words() -> tuple[re.Pattern[str], dict[str, str]]:
    text = resources.files("sitrep").joinpath("data", "countries", "admin_words.csv").read_text(encoding="utf-8")
    home = parse_admin_words(text, set(countries()))
    words = sorted(home, key=len, reverse=True)
    # an abbreviation as written ("LGA"), another word in any case and in the plural ("Barangays Tuka and Tiba")
    alts = "|".join(re.escape(w) if w.isupper() else "(?i:" + re.escape(w).replace(r"\ ", r"\s+") + "s?)"
                    for w in words)
    return re.compile(rf"(?:{_NAME})\s+(?P<after>{alts})(?![\w-])|(?<![\w-])(?P<before>{alts})\s+{_NAME}"), home


__all__ = ["admin_word_votes", "parse_admin_words"]
