"""The countries an actor's phrase names: a demonym or country name before it ("Kenyan police", "Russia's army"),
inside it ("unknown Chadian men"), after it ("military forces of Chad and Niger", "refugees from Ukraine"), and
whether a state force's dictionary phrase is borrowed by another country's document. Re-exported by
``event_country``, where its callers find it."""

from __future__ import annotations

import re

from sitrep.lexicon.countries import word_index, word_pattern
from sitrep.records import Mention


def country_before(text: str, start: int) -> str | None:
    """The country a demonym or name just before ``start`` gives an actor: "Kenyan police", "Israeli
    security forces", "Russia's army"."""
    found = countries_before(text, start)
    return found[-1] if found else None


def countries_before(text: str, start: int) -> list[str]:
    """The countries of the demonyms or names just before ``start``: "Indian and Pakistani troops" gives both."""
    before = text[max(0, start - 80):start]
    index = word_index()
    found: list[re.Match[str]] = []
    for m in word_pattern().finditer(before):
        if re.fullmatch(r"(?:'s|’s)?\s+(?:[a-z-]+\s+)?", before[m.end():]):
            found = [m]
            prev = [x for x in word_pattern().finditer(before[:m.start()])
                    if re.fullmatch(r"(?:'s|’s)?\s*(?:,|and|&)\s+", before[x.end():m.start()])]
            found = prev[-1:] + found
    return [index[m.group()][0] for m in found]


_OF = re.compile(r"\s+of\s+(?:the\s+)?")
_FROM = re.compile(r"\s+(?:from|of)\s+(?:the\s+)?")
_AND = re.compile(r"\s+and\s+(?:of\s+)?(?:the\s+)?")
_LIST = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:from\s+)?(?:the\s+)?")


def countries_after(text: str, end: int, joined: bool = False, origin: bool = False) -> list[str]:
    """The countries named right after an actor's phrase: "military forces of Chad and Niger"; ``joined``:
    those after "and" that share a phrase already naming one ("military forces of Chad and Niger");
    ``origin``: also after "from" (people's origin: "refugees from Ukraine", "migrants from Cuba, Guatemala and
    Venezuela")."""
    index = word_index()
    out: list[str] = []
    glue = (_AND if joined else _FROM if origin else _OF).match(text, end)
    while glue is not None:
        hit = word_pattern().match(text, glue.end())
        if hit is None:
            break
        out.append(index[hit.group()][0])
        glue = (_LIST if origin else _AND).match(text, hit.end()) if len(out) < (8 if origin else 3) else None
    return out


def country_inside(text: str) -> str | None:
    """The country of a demonym or name that opens an actor's phrase ("Kenyan soldiers", "unknown Chadian men")."""
    m = word_pattern().match(text, re.match(r"(?i:(?:unknown|unidentified)\s+)?", text).end())  # type: ignore[union-attr]
    return word_index()[m.group()][0] if m else None


def borrowed_phrase(m: Mention, entry_country: str | None, text: str, country: str | None) -> bool:
    """Whether dictionary mention ``m`` of a state force of ``entry_country`` is a common phrase borrowed in a
    document of another ``country``: its words name no country and the document names ``country``, never
    ``entry_country``. A dictionary entry of one country's state force can share a common phrase with other
    countries' ("Elite Force", "paramilitary Rangers"); such a phrase is then the document's country's own force
    of the same kind. A place name alone does not tell the document's country here: short notes that name no
    country can have a place whose namesake lies in another."""
    if not country or not entry_country or entry_country == country:
        return False
    pattern, index = word_pattern(), word_index()
    if pattern.search(m.text):
        return False
    named = {index[x.group()][0] for x in pattern.finditer(text)}
    return country in named and entry_country not in named
