"""Names of the districts the embedded gazetteer lacks (``lexicon.extra_districts``), as the place finder reads them
in prose: like the gazetteer's own districts, one is found after a preposition of place ("clashes in Kaski"), and a
name of two or more capitalized words ("East Wollega", "Bint Jbeil") wherever it is written, as the gazetteer's
provinces are. A name is read only as written in the table (case and accents as there, or without the accents; a
hyphen or a space: "Mayo Sava" for Mayo-Sava)."""

from __future__ import annotations

import re
from functools import lru_cache

from sitrep.lexicon.extra_districts import all_districts
from sitrep.lexicon.keys import ascii_fold

# two or more capitalized words, hyphens or the lower-case links of names ("Logone-et-Chari" is one word)
_MULTI = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:(?:al|el|and|del|de|et)[\s-]+)?[A-Z][\w'’-]*)+")


@lru_cache(maxsize=1)
def _spellings() -> frozenset[str]:
    return frozenset(w for d in all_districts() for n in (d.name, *d.names) for v in (n, ascii_fold(n))
                     for w in (v, v.replace("-", " ")))


def district_spelled(name: str) -> bool:
    """The table of the districts the gazetteer lacks has a district spelled ``name`` exactly (or so without the
    accents, or with a space for a hyphen): "Kaski", "Mayo-Sava"; not "KASKI"."""
    return name in _spellings()


def multiword_districts() -> frozenset[str]:
    """The spellings of the table's districts that are two or more capitalized words ("West Arsi", "Bint Jbeil"):
    no common word nor a person's name, found wherever they are written."""
    return frozenset(n for n in _spellings() if _MULTI.fullmatch(n))


__all__ = ["district_spelled", "multiword_districts"]
