"""Criminal organisations as ACLED names them: a group it cannot identify is "Unidentified Gang (X)".

An unidentified perpetrator of violence the note lays at the door of gangs ("believed to be gang-related", "a
gangland reprisal", "linked to extortion") is such a gang (``gang_violence`` in ``data/acled/typology.yaml``). In
a few countries ACLED names an unidentified perpetrator of violence against civilians with another generic actor
(Brazil's "Unidentified Gang and/or Police Militia": ``unidentified_attackers``; the Philippines' "Anti-Drug
Vigilantes" who kill drug suspects: ``drug_war_attackers``); Brazil's unidentified bombers (of banks and cash
machines) are gangs (``unidentified_bombers``). A state force that fights no side the note names
fights such unnamed men (``lone_force_foe``).

A country's police or army acting over illegal drugs (a seizure, a drug lab or airstrip destroyed, traffickers
arrested) acts against such a gang: with no one but the people arrested (civilians) on the other side, the gang
is actor2. Fighting keeps ACLED's unidentified armed group for an unnamed enemy. The words that tell the drug
trade are ``criminal_trade`` in ``data/acled/typology.yaml``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sitrep.extract import event_actors
from sitrep.lexicon import countries
from sitrep.records import EntityRef

# the family the gang takes the place of: the people arrested
_REPLACED = frozenset({"civilians"})


def parse_trade(words: object, key: str = "criminal_trade") -> re.Pattern[str]:
    """The pattern of a list of words (``criminal_trade``, ``gang_violence``, ...); ValueError when it is not a
    list of valid regular expressions."""
    if not isinstance(words, list) or not words or not all(isinstance(w, str) and w.strip() for w in words):
        raise ValueError(f"typology.yaml: '{key}' must be a non-empty list of words")
    for w in words:
        try:
            re.compile(w)
        except re.error as exc:
            raise ValueError(f"typology.yaml: {key}: bad pattern {w!r}: {exc}") from exc
    return re.compile(r"\b(?:" + "|".join(words) + r")\b", re.I)


@lru_cache(maxsize=1)
def _trade() -> re.Pattern[str]:
    return parse_trade(event_actors.typology().get("criminal_trade"))


@lru_cache(maxsize=64)  # asked of the whole text for each of its events
def speaks_of_drug_trade(text: str) -> bool:
    return bool(_trade().search(text))


@lru_cache(maxsize=1)
def _gang_violence() -> re.Pattern[str]:
    return parse_trade(event_actors.typology().get("gang_violence"), "gang_violence")


def parse_attackers(table: object, families: object) -> dict[str, str]:
    """The ``unidentified_attackers`` table (ISO alpha-2 code -> generic actor family); ValueError when a code or a
    family is not valid."""
    if not isinstance(table, dict) or not isinstance(families, dict):
        raise ValueError("typology.yaml: 'unidentified_attackers' must map country codes to generic actor families")
    for iso2, family in table.items():
        if not (isinstance(iso2, str) and re.fullmatch(r"[A-Z]{2}", iso2)):
            raise ValueError(f"typology.yaml: unidentified_attackers: bad country code {iso2!r}")
        if family not in families:
            raise ValueError(f"typology.yaml: unidentified_attackers: {family!r} is not a generic actor")
    return {str(k): str(v) for k, v in table.items()}


@lru_cache(maxsize=1)
def _attackers() -> dict[str, str]:
    t = event_actors.typology()
    return parse_attackers(t.get("unidentified_attackers") or {}, t.get("generic_actors"))


@lru_cache(maxsize=1)
def _bombers() -> dict[str, str]:
    t = event_actors.typology()
    return parse_attackers(t.get("unidentified_bombers") or {}, t.get("generic_actors"))


@lru_cache(maxsize=1)
def _drug_war() -> tuple[dict[str, str], re.Pattern[str]]:
    t = event_actors.typology()
    war = parse_attackers(t.get("drug_war_attackers") or {}, t.get("generic_actors"))
    return war, parse_trade(t.get("drug_suspects"), "drug_suspects")


_VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
# a gang's property destruction or looting (stalls set on fire, the police say by organised crime) is a gang's too
_GANG_ACTS = _VIOLENT | {"Strategic developments"}


@lru_cache(maxsize=64)  # asked of the whole text for each of its events
def _speaks_of_drugs(text: str) -> bool:
    """The text tells of drug suspects or of the drug trade."""
    return bool(_drug_war()[1].search(text)) or speaks_of_drug_trade(text)


@lru_cache(maxsize=64)  # likewise
def speaks_of_gangs(text: str) -> bool:
    """The text lays violence at the door of gangs (``gang_violence``)."""
    return bool(_gang_violence().search(text))


def unidentified_gang(type_: str, roles: list[tuple[str, str, str]], text: str, country: str | None,
                      date: str | None, refs: dict[str, EntityRef]) -> list[tuple[str, str, str]]:
    """``roles`` with the country's unidentified armed group replaced by ACLED's unidentified gang where the note
    lays the violence at the door of gangs, or, as perpetrator of violence against civilians, by the country's own
    generic name for it (``unidentified_attackers``), as perpetrator of explosions (``unidentified_bombers``)."""
    if type_ not in _GANG_ACTS or not country:
        return roles
    unknown = event_actors.generic_entity("unidentified", country, date).key
    if not any(k == unknown for k, _, _ in roles):
        return roles
    war = _drug_war()[0]
    family = None
    if type_ == "Violence against civilians" and country in war and _speaks_of_drugs(text):
        family = war[country]  # the killers of a drug suspect in a "war on drugs"
    elif speaks_of_gangs(text):
        family = "gang"
    elif type_ not in _VIOLENT:
        return roles
    elif type_ == "Violence against civilians":
        family = _attackers().get(country)
    elif type_ == "Explosions/Remote violence":
        family = _bombers().get(country)
    if family is None:
        return roles
    ref = event_actors.generic_entity(family, country, date)
    refs[ref.key] = ref
    return [(ref.key, r, "gang") if k == unknown and (family == "gang" or r == "actor1") else (k, r, f)
            for k, r, f in roles]


def drug_gang(type_: str, roles: list[tuple[str, str, str]], text: str, country: str | None, date: str | None,
              refs: dict[str, EntityRef]) -> list[tuple[str, str, str]]:
    """``roles`` with the country's "Unidentified Gang" as actor2 where the event's state force acted over illegal
    drugs against no armed group the text names."""
    if type_ != "Strategic developments" or not country or not speaks_of_drug_trade(text):
        return roles
    actor1 = next((f for _, r, f in roles if r == "actor1"), None)
    actor2 = next((f for _, r, f in roles if r == "actor2"), None)
    if actor1 not in event_actors.STATE_FAMILIES or (actor2 is not None and actor2 not in _REPLACED):
        return roles
    gang = event_actors.generic_entity("gang", country, date)
    refs[gang.key] = gang
    rest = [(k, r, f) for k, r, f in roles if r != "actor2" and f not in _REPLACED and k != gang.key]
    return [*rest[:1], (gang.key, "actor2", "gang"), *rest[1:]]


def parse_lone_foe(spec: object, families: object) -> tuple[frozenset[str], dict[str, str]]:
    """The ``lone_force_foe`` table: (its regions, country code -> generic actor family); ValueError when bad."""
    if not isinstance(spec, dict) or not isinstance(spec.get("regions"), list) or not spec["regions"]:
        raise ValueError("typology.yaml: 'lone_force_foe' must list its regions")
    return frozenset(str(r) for r in spec["regions"]), parse_attackers(spec.get("countries") or {}, families)


@lru_cache(maxsize=1)
def _lone_foe() -> tuple[frozenset[str], dict[str, str]]:
    t = event_actors.typology()
    return parse_lone_foe(t.get("lone_force_foe"), t.get("generic_actors"))


def lone_force_foe(type_: str, sub: str, roles: list[tuple[str, str, str]], text: str, country: str | None,
                   date: str | None, refs: dict[str, EntityRef]) -> list[tuple[str, str, str]]:
    """``roles`` with the unnamed foe (actor2) of an armed clash whose only side is the country's own state force,
    in the regions of ``lone_force_foe``: the country's generic actor of its table, else its unidentified armed
    group (an unidentified gang where the note lays the violence at gangs' door)."""
    if type_ != "Battles" or sub != "Armed clash" or not country or any(r == "actor2" for _, r, _ in roles):
        return roles
    if not any(r == "actor1" and f in event_actors.STATE_FAMILIES for _, r, f in roles):
        return roles
    regions, table = _lone_foe()
    c = countries.country(country)
    if c is None or c.region not in regions:
        return roles
    family = "gang" if speaks_of_gangs(text) else table.get(country, "unidentified")
    ref = event_actors.generic_entity(family, country, date)
    refs[ref.key] = ref
    return [*roles, (ref.key, "actor2", family)]


def criminal_roles(type_: str, roles: list[tuple[str, str, str]], text: str, country: str | None,
                   date: str | None, refs: dict[str, EntityRef], sub: str = "") -> list[tuple[str, str, str]]:
    """``roles`` with ACLED's unidentified gangs: the side a state force acts against over drugs (``drug_gang``),
    the unidentified perpetrators of violence laid at gangs' door (``unidentified_gang``)."""
    roles = lone_force_foe(type_, sub, roles, text, country, date, refs)
    return unidentified_gang(type_, drug_gang(type_, roles, text, country, date, refs), text, country, date, refs)


__all__ = ["criminal_roles", "drug_gang", "lone_force_foe", "parse_attackers", "parse_lone_foe", "parse_trade",
           "speaks_of_drug_trade", "speaks_of_gangs", "unidentified_gang"]
