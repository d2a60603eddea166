"""Heads of state and government, and the opposition leaders of their contests, whose names tell which country a
text's politics are in ("riots after Kibaki's win": Kenya).

The facts live in ``sitrep/data/countries/leaders.csv``: ``name, country, aliases``: the person's full name, the ISO
alpha-2 code of the country they lead or contest and the names news calls them by (``|``-separated), matched as
written (letter case included). General knowledge of the countries' politics; a name several public people share
("Hassan", "Sall", "Wade") or that is also a common word ("Moi", "Bio") is left out, and so are leaders whom news
names most often abroad (protests against a foreign head of state).

The file is checked when loaded; every problem is reported at once as a :class:`CountryDataError`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from sitrep.lexicon.countries import CountryDataError, _data, _rows, _split, countries, index_by_names
from sitrep.lexicon.name_patterns import first_letter_alternation


@dataclass(frozen=True)
class Leader:
    name: str
    country: str
    aliases: tuple[str, ...]


def parse_leaders(text: str, known: set[str], fname: str = "leaders.csv") -> dict[str, Leader]:
    """Each leader by each of their names; a name given to two leaders is a problem."""
    problems: list[str] = []
    rows = _rows(text, ("name", "country", "aliases"), fname, problems)
    if problems:
        raise CountryDataError(problems)
    return index_by_names(((f"{fname}:{n}", Leader(row["name"], row["country"], _split(row["aliases"])))
                           for n, row in rows), known)


@lru_cache(maxsize=1)
def leaders() -> dict[str, Leader]:
    """Leaders by each of their names."""
    return parse_leaders(_data("leaders.csv"), set(countries()))


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    """Any name of a leader, as written, possessive or not ("Kibaki's", "Kibakis"), not inside a longer word."""
    names = sorted(leaders(), key=len, reverse=True)
    return re.compile("(" + first_letter_alternation(names, r"[\w-]") + r")(?:['’]?s)?(?![\w-])")


def leaders_named(text: str) -> list[Leader]:
    """The leaders a text names, each once, in order."""
    found = dict.fromkeys(leaders()[m.group(1)].name for m in _pattern().finditer(text))
    return [leaders()[name] for name in found]


__all__ = ["Leader", "leaders", "leaders_named", "parse_leaders"]
