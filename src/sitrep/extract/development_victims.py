"""The civilians of a strategic development a non-state armed group carried out on them, and the unnamed
authors of an armed act told in one.

ACLED's codebook gives civilians as actor2 wherever an event falls on them, strategic developments included: an
armed group that freed its hostages, set cars on fire in a road block or stopped vehicles at its checkpoint
("militants stopped several vehicles", "the group released eight hostages") acted on civilians, though no one was
hurt. The hostages' own country, a demonym right before them ("eight Israeli hostages"), names them; else they are
the event country's. A state's forces or government that freed people (a prisoner swap, a pardon) are left as they
are: those are political acts between the parties, not acts on civilians. An armed act a development tells with
no author named (shots fired, a grenade attack, bomb threats) is ACLED's unidentified armed group's.
"""

from __future__ import annotations

from sitrep.extract import criminal_actors, event_actors, event_country
from sitrep.extract.crowd_actors import CROWDS
from sitrep.extract.event_cues import table
from sitrep.extract.event_victims import foreign_victims
from sitrep.lexicon.countries import word_index, word_pattern
from sitrep.records import EntityRef

_SUB_TYPES = frozenset({"Other", "Agreement"})  # the developments with no victim of their own
_NOT_ARMED_GROUPS = frozenset({*event_actors.STATE_FAMILIES, *CROWDS, "civilians", "government", "external", "other"})


def development_roles(type_: str, sub: str, roles: list[tuple[str, str, str]], told: str, country: str | None,
                      date: str | None, refs: dict[str, EntityRef]) -> list[tuple[str, str, str]]:
    """An event's roles once the unnamed authors (``unnamed_authors``) and the civilians (``development_victims``)
    of a strategic development are named, with foreign victims as actor2 (``event_victims.foreign_victims``)."""
    roles = unnamed_authors(type_, sub, named_government(type_, sub, roles, told, country, date, refs), told,
                            country, date, refs)
    roles = development_victims(type_, sub, roles, told, country, date, refs)
    return foreign_victims(roles, country)


def development_victims(type_: str, sub: str, roles: list[tuple[str, str, str]], told: str, country: str | None,
                        date: str | None, refs: dict[str, EntityRef]) -> list[tuple[str, str, str]]:
    """``roles`` with "Civilians (X)" as actor2 of a strategic development (``_SUB_TYPES``) whose actor1 is a
    non-state armed group and that has no actor2, where ``told`` (its sentences) tells of civilians it held or
    whose goods it struck (``civilians_held_or_struck``)."""
    if type_ != "Strategic developments" or sub not in _SUB_TYPES or any(r == "actor2" for _, r, _ in roles):
        return roles
    actor1 = next((f for _, r, f in roles if r == "actor1"), None)
    if actor1 is None or actor1 in _NOT_ARMED_GROUPS:
        return roles
    m = table().filters["civilians_held_or_struck"].search(told)
    if m is None:
        return roles
    ref = event_actors.generic_entity("civilians", _nationality(m.group()) or country, date)
    refs[ref.key] = ref
    rest = [x for x in roles if x[0] != ref.key]
    head = [x for x in rest if x[1] == "actor1"]
    return [*head, (ref.key, "actor2", "civilians"), *[x for x in rest if x[1] != "actor1"]]


def unnamed_authors(type_: str, sub: str, roles: list[tuple[str, str, str]], told: str, country: str | None,
                    date: str | None, refs: dict[str, EntityRef]) -> list[tuple[str, str, str]]:
    """``roles`` with "Unidentified Armed Group (X)" as actor1 of an "Other" strategic development with no actor1
    whose sentences (``told``) tell of an armed act no one is named as the author of (``unattributed_armed_act``:
    "shots were fired around the residence", "a grenade attack on a mill"); one laid at gangs' door (a drug cartel's
    "narcoblock", ``criminal_actors.speaks_of_gangs``) is "Unidentified Gang (X)" where ACLED names gangs."""
    if type_ != "Strategic developments" or sub != "Other" or any(r == "actor1" for _, r, _ in roles) \
            or not table().found("unattributed_armed_act", told):
        return roles
    family = "gang" if criminal_actors.speaks_of_gangs(told) else "unidentified"  # a cartel's road blockade
    ref = event_actors.generic_entity(family, country, date)
    refs[ref.key] = ref
    return [(ref.key, "actor1", family), *[x for x in roles if x[0] != ref.key]]


def named_government(type_: str, sub: str, roles: list[tuple[str, str, str]], told: str, country: str | None,
                     date: str | None, refs: dict[str, EntityRef]) -> list[tuple[str, str, str]]:
    """``roles`` with "Government of X" as actor1 of a political development (an "Other" one or an agreement) no
    actor was found for, whose sentences (``told``) name a government or its heads (``government_named``: "the
    Thai government held talks", "the Prime Minister's resignation"); X is the country a demonym or name right
    before them gives, else the event's."""
    if type_ != "Strategic developments" or sub not in _SUB_TYPES \
            or any(r in ("actor1", "actor2") for _, r, _ in roles):
        return roles
    m = table().filters["government_named"].search(told)
    owner = (event_country.country_before(told, m.start()) or country) if m else None
    if owner is None:
        return roles
    ref = event_actors.generic_entity("government", owner, date)
    refs[ref.key] = ref
    return [(ref.key, "actor1", "government"), *[x for x in roles if x[0] != ref.key]]


def _nationality(phrase: str) -> str | None:
    """The country of the one demonym ``phrase`` holds ("released eight Israeli hostages"), else None."""
    index = word_index()
    found = {index[w.group()][0] for w in word_pattern().finditer(phrase) if index[w.group()][1] == "demonym"}
    return found.pop() if len(found) == 1 else None


__all__ = ["development_roles", "development_victims", "named_government", "unnamed_authors"]
