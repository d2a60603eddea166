"""A political party as the actor of violence its supporters, members or militia commit.

Fact of ACLED's coding: where a party's men attack, abduct or kill someone, clash with others or destroy property
("supporters of the X party attacked a rival's home", "X militia burned the office"), the party itself is the
actor ("NPP: New Patriotic Party"), not an unidentified armed group. The parties are those of
``data/countries/parties.csv`` (``lexicon.parties``) with ACLED's name in its ``acled`` column; their abbreviations
are matched with their letter case, their names ignoring case.
A party is of one country: an event that no other word places takes the party's country for its generic actors.
An agreement that parties enter ("the X party signed a pact with the Y front") has them as its actors, in the order
the text names them, where nothing else is named as its actor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from sitrep.extract import event_cues as cues_mod
from sitrep.extract.event_actors import generic_entity, typology
from sitrep.lexicon import parties
from sitrep.records import EntityRef


@dataclass(frozen=True)
class Party:
    country: str
    name: str  # ACLED's actor name
    words: re.Pattern[str]  # the party's abbreviations (letter case kept) and names (any case)
    abbreviations: tuple[str, ...] = ()


def _party(p: parties.Party) -> Party:
    """The party as its men are found: an alias without a lower-case letter, or a shared abbreviation, is an
    abbreviation matched with its letter case; a name in any case, with or without its apostrophe."""
    abbrs = [a for a in p.aliases if a == a.upper()] + list(p.shared)
    names = [p.name] + [a for a in p.aliases if a != a.upper()]
    alts = [re.escape(a) for a in abbrs] + ["(?i:" + re.escape(n).replace("'", "['’]?") + ")" for n in names]
    return Party(p.country, str(p.acled), re.compile(r"\b(?:" + "|".join(alts) + r")\b"), tuple(abbrs))


@lru_cache(maxsize=1)
def table() -> tuple[Party, ...]:
    """The parties ACLED names as actors (``lexicon.parties``, those with an ``acled`` name), each once."""
    rows = dict.fromkeys(p for p in parties.parties().values() if p.acled)
    return tuple(_party(p) for p in rows)


_MEN = r"(?:supporters|members|militias?|militiam[ae]n|militants|youths?|sympathi[sz]ers|loyalists|activists|thugs|" \
       r"vigilantes|cadres|partisans)"
_AFTER = re.compile(r"(?:\s+party)?\s+" + _MEN + r"\b", re.I)  # "NPP supporters", "the X party members"
# "supporters of the X", "youths linked to the X", "militias affiliated with an X candidate": the party's men
_BEFORE = re.compile(_MEN + r"\s+(?:of|from|loyal\s+to|linked\s+to|affiliated\s+(?:with|to)|aligned\s+(?:with|to)|"
                     r"associated\s+with)\s+(?:the\s+|an?\s+)?(?:ruling\s+|opposition\s+)?$", re.I)
_VIOLENCE = (cues_mod.VAC, cues_mod.BATTLES, cues_mod.EXPLOSIONS)
_PROPERTY = "Looting/property destruction"
_YIELDS = frozenset({"unidentified", "militia", "ethnic", "rioters"})  # what a party's men stand for


def party_men(text: str, country: str | None) -> Party | None:
    """The one party whose men the text names ("ODM supporters", "sympathisers of the New Patriotic Party"), of
    ``country`` when it is known; None for none or several."""
    found = set()
    for party in table():
        if country is not None and party.country != country:
            continue
        for m in party.words.finditer(text):
            if _AFTER.match(text, m.end()) or _BEFORE.search(text, max(0, m.start() - 40), m.start()):
                found.add(party)
    return next(iter(found)) if len(found) == 1 else None


def party_roles(type_: str, sub: str, roles: list[tuple[str, str, str]], told: str, country: str | None,
                date: str | None, refs: dict[str, EntityRef]) -> tuple[list[tuple[str, str, str]], str | None]:
    """``roles`` with the party whose men carried out violence or destroyed property as actor1, in place of the
    unnamed armed men or militia a note calls them; and the event's country (the party's when none was known)."""
    if type_ not in _VIOLENCE and sub != _PROPERTY:
        return roles, country
    party = party_men(told, country)
    if party is None:
        return roles, country
    a1 = next(((k, f) for k, r, f in roles if r == "actor1"), None)
    # the party's men stand for the unnamed armed men, militia or crowd the note names, and for a group its
    # abbreviation alone was taken for ("NDC militia")
    if a1 is not None and a1[1] not in _YIELDS and not a1[0].startswith("acled:unidentified-") \
            and a1[0] not in {"acled:group-" + a.lower() for a in party.abbreviations}:
        return roles, country
    key = _party_key(party, refs)
    rest = [(k, r, f) for k, r, f in roles if r != "actor1"]
    out = [(key, "actor1", "militia"), *rest]
    if country is None:
        out = [(_placed(k, party.country, date, refs), r, f) for k, r, f in out]
    return out, country or party.country


def agreeing_parties(sub: str, roles: list[tuple[str, str, str]], sentence: str, country: str | None,
                     refs: dict[str, EntityRef]) -> list[tuple[str, str, str]]:
    """An agreement no actor was found for: the first two parties of ``country`` its sentence names, as actor1 and
    actor2 in the order named."""
    if sub != "Agreement" or country is None or any(r in ("actor1", "actor2") for _, r, _ in roles):
        return roles
    named: dict[str, tuple[int, Party]] = {}
    for party in table():
        m = party.words.search(sentence) if party.country == country else None
        if m and m.start() < named.get(party.name, (len(sentence), party))[0]:
            named[party.name] = (m.start(), party)
    first = sorted(named.values(), key=lambda sp: sp[0])[:2]
    sides = zip(first, ("actor1", "actor2"), strict=False)
    return [(_party_key(party, refs), role, "other") for (_, party), role in sides] + roles


def _party_key(party: Party, refs: dict[str, EntityRef]) -> str:
    """The key of the party's actor, its entity (named as ACLED names it) added to ``refs``."""
    key = "acled:party-" + re.sub(r"[^a-z0-9]+", "-", party.name.lower()).strip("-")
    refs[key] = EntityRef(key=key, name=party.name, type="organization", country=party.country, acled_name=party.name)
    return key


def _placed(key: str, country: str, date: str | None, refs: dict[str, EntityRef]) -> str:
    """A generic actor of no country ("Civilians") as the one of ``country`` ("Civilians (Ghana)")."""
    family = key.removeprefix("acled:").removesuffix("-xx")
    if not key.startswith("acled:") or not key.endswith("-xx") or family not in typology()["generic_actors"]:
        return key
    ref = generic_entity(family, country, date)
    refs[ref.key] = ref
    return ref.key


__all__ = ["Party", "agreeing_parties", "party_men", "party_roles", "table"]
