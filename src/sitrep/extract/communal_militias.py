"""Communal militias: the armed men of a town, village or area, as ACLED names them ("Kaduna Communal Militia
(Nigeria)", "Belle Communal Militia (Benin)", "Unidentified Communal Militia (Sudan)").

Facts of ACLED's codebook: a militia that acts for a community, not for a party, a state or a rebel movement, is
a communal (identity) militia, named after the place it comes from when the text says which. Outside
Afghanistan and Pakistan (where the dictionary's pro-government militias are the usual ones) a bare "militia"
is not a government's: a text names the pro-government ones as such ("pro-government militia").

A place counts only where the embedded gazetteer knows it in the event's country: "Katsina militiamen" in a
Nigerian event, "villagers from Ori and Kariuw" in an Indonesian one.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sitrep.extract import event_country
from sitrep.lexicon import countries
from sitrep.nlp.matcher import default_matcher

# countries whose bare "militia" is the dictionary's pro-government militia (event_actors._ERA_KEYS)
PRO_GOVERNMENT_MILITIA_COUNTRIES = frozenset({"AF", "PK"})

_PLACE = r"[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2}"
_MILITIA = r"(?:communal\s+|community\s+|local\s+)?militia(?:s|men|man)?"
_ARMED_PEOPLE = rf"{_MILITIA}|armed\s+(?:men|youths?|fighters)|fighters|gunmen"
_PEOPLE = r"youths?|villagers|residents|inhabitants|people|farmers|members\s+of\s+the\s+communit(?:y|ies)"
# "Katsina militiamen", "a Niger militia"
_PLACE_BEFORE = re.compile(rf"\b({_PLACE})\s+(?:communal\s+)?militia(?:s|men|man)?\b")
# "militiamen from Odejo", "villagers from Ori and Kariuw villages", "residents from the villages of A and B"
# (armed men "of" someone are often a leader's: "fighters of Brig. Gen. X"; only "from" names their place)
_FROM_PLACE = re.compile(rf"\b(?:({_ARMED_PEOPLE})\s+from|({_PEOPLE})\s+(?:from|of))\s+(?:the\s+)?(?:villages?\s+of\s+|"
                         rf"communit(?:y|ies)\s+of\s+|town\s+of\s+)?({_PLACE})(?!\.\s*[A-Z])(?:\s+(?:and|&)\s+"
                         rf"({_PLACE}))?")


def _in_country(name: str, country: str) -> bool:
    """The gazetteer knows ``name`` as a place of ``country``, and it is not that country's name or demonym
    ("Nigerian militia" is no place's; "Niger militia" in Nigeria is Niger State's)."""
    word = countries.word_index().get(name)
    if word is not None and word[0] == country:
        return False
    return any(p.country == country for p in event_country.places_named(name))


def _unknown_word(name: str) -> bool:
    """A name that is no country, people or known actor: a village the gazetteer may lack."""
    return name not in countries.word_index() and name not in countries.ethnic_groups() \
        and not default_matcher().actors.lookup(name)


def communal_militias(text: str, s: int, e: int, country: str | None,
                      agent: Callable[[int, int], bool]) -> list[tuple[int, int, str]]:
    """The sentence's militias of a place of ``country`` ("Katsina militiamen", "militias from Odejo"), and
    people of a place who act (``agent(start, end)`` says so: "villagers from Ori and Kariuw clashed"):
    (start, end, place) each, one per place."""
    c = countries.country(country)
    if c is None or c.iso2 in PRO_GOVERNMENT_MILITIA_COUNTRIES:
        return []
    out: list[tuple[int, int, str]] = []
    for m in _PLACE_BEFORE.finditer(text, s, e):
        name = re.sub(r"^(?:The|A|An)\s+", "", m.group(1))
        if _in_country(name, c.iso2):
            out.append((m.start(), m.end(), name))
    for m in _FROM_PLACE.finditer(text, s, e):
        if any(a < m.end() and m.start() < b for a, b, _ in out):
            continue
        if m.group(2) and not agent(m.start(), m.end()):
            continue
        for name in (g for g in m.groups()[2:] if g):
            # armed men "from" a name come from a place even where the gazetteer lacks it (villages)
            if _in_country(name, c.iso2) or (m.group(1) and _unknown_word(name)):
                out.append((m.start(), m.end(), name))
    return out


def unnamed_communal(text: str, a: int, b: int) -> bool:
    """The militia phrase at ``a:b`` is a "communal militia" of no place named ("Unidentified Communal Militia")."""
    return unnamed_identity(text, a, b) == "communal"


_IDENTITY = re.compile(r"\b(communal|community|clan|ethnic|tribal)\s+militia(?:s|men|man)?\b", re.I)


def unnamed_identity(text: str, a: int, b: int) -> str | None:
    """The kind of identity militia ("communal", "clan", "ethnic", "tribal") a militia phrase at ``a:b`` names
    without saying whose ("two clan militias clashed": ACLED's "Unidentified Clan Militia"), else None."""
    m = _IDENTITY.search(text[max(0, a - 12):b])
    return None if m is None else "communal" if m.group(1).lower() == "community" else m.group(1).lower()


__all__ = ["PRO_GOVERNMENT_MILITIA_COUNTRIES", "communal_militias", "unnamed_communal", "unnamed_identity"]
