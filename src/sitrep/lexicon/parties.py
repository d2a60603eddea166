"""Political parties and trade unions of one country, whose names tell where a text's events happen.

The facts live in ``sitrep/data/countries/parties.csv``: ``name, country, aliases``: the party's or union's name in
English, the ISO alpha-2 code of its country and other names and abbreviations (``|``-separated), all matched as
written (letter case included: "UML", not "uml"). General knowledge of the countries' politics; a name or
abbreviation that several countries' bodies share ("UGT", "CGT", "ANC", "BNP", "SLPP") or that names something else
as well ("CHP", "IAF", "TMC") is left out of the aliases; the column ``shared`` holds such abbreviations of a party
("NPP", "NDC"), read beside a word for the party's men (``extract.party_actors``) and, two of one country's parties
in one text, as evidence of that country (``extract.party_votes``).

The file is checked when loaded; every problem is reported at once as a :class:`CountryDataError`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from sitrep.lexicon.countries import CountryDataError, _data, _rows, _split, countries, index_by_names
from sitrep.lexicon.name_patterns import first_letter_alternation


@dataclass(frozen=True)
class Party:
    name: str
    country: str
    aliases: tuple[str, ...]
    acled: str | None = None
    shared: tuple[str, ...] = ()


def parse_parties(text: str, known: set[str], fname: str = "parties.csv") -> dict[str, Party]:
    """Each party by each of its names; a name given to two parties is a problem."""
    problems: list[str] = []
    rows = _rows(text, ("name", "country", "aliases", "acled", "shared"), fname, problems)
    if problems:
        raise CountryDataError(problems)
    return index_by_names(((f"{fname}:{n}", Party(row["name"], row["country"], _split(row["aliases"]),
                                                   row["acled"] or None, _split(row["shared"]))) for n, row in rows),
                          known)


@lru_cache(maxsize=1)
def parties() -> dict[str, Party]:
    """Parties and unions by each of their names."""
    return parse_parties(_data("parties.csv"), set(countries()))


@lru_cache(maxsize=1)
def party_pattern() -> re.Pattern[str]:
    """Any name of a party, as written, not inside a longer word or name ("UML", not "UMLs" or "KDP-I")."""
    names = sorted(parties(), key=len, reverse=True)
    return re.compile(first_letter_alternation(names, r"[\w-]") + r"(?![\w-])")


def parties_named(text: str) -> list[Party]:
    """The parties a text names, each once, in order."""
    found = dict.fromkeys(parties()[m.group()].name for m in party_pattern().finditer(text))
    return [parties()[name] for name in found]


__all__ = ["Party", "parse_parties", "parties", "parties_named", "party_pattern"]
