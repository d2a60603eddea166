"""Units of a country's state forces, named as ACLED names them: the force, its period and the unit
("Military Forces of Turkey (2016-) Gendarmerie", "Police Forces of Brazil (2023-) Federal Police").

Facts of ACLED's codebook, in tables:

- ``data/acled/state_units.yaml``: the units news names by a common phrase ("gendarmes", "prison guards",
  "military police" in Brazil), with the forces ACLED counts each among and the countries it exists in;
- a dictionary state force whose ``acled_name`` goes on after the period ("Military Forces of Iraq (2020-)
  Peshmerga") is that unit of the force of the event's date.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from sitrep.extract import actor_roles, event_country
from sitrep.lexicon import countries, yaml_data
from sitrep.lexicon.regex_literals import GateSet, folded, gate
from sitrep.nlp.matcher import default_matcher
from sitrep.records import EntityRef

FAMILIES = ("military", "police")
_UNIT_AFTER_PERIOD = re.compile(r"^(?:Military|Police) Forces of .+?\(\d{4}-(?:\d{4})?\)\s+(\S.*)$")


@dataclass(frozen=True)
class StateUnit:
    unit: str
    family: str  # military | police
    pattern: re.Pattern[str]
    countries: frozenset[str] | None  # None: every country
    excluded: frozenset[str]
    sub_types: frozenset[str] = frozenset()  # events whose state actor of the family is the unit
    owner: str | None = None  # the one country whose unit the words name, wherever they are
    regional: bool = False  # the force of one of the country's regions: those of two regions fight as two sides
    mutiny: bool = False  # the force's men in mutiny: ACLED's "Mutiny of <force>", a side of their own

    def exists_in(self, country: str) -> bool:
        return (self.countries is None or country in self.countries) and country not in self.excluded


def _codes(raw: object, where: str) -> frozenset[str]:
    if not isinstance(raw, list) or not all(isinstance(c, str) and re.fullmatch(r"[A-Z]{2}", c) for c in raw):
        raise ValueError(f"{where}: must be a list of ISO alpha-2 codes, got {raw!r}")
    return frozenset(raw)


def parse_units(data: object) -> tuple[StateUnit, ...]:
    """The units of ``state_units.yaml``'s parsed text; ValueError naming the first bad entry."""
    if not isinstance(data, dict) or data.get("version") != 1 or not isinstance(data.get("units"), list):
        raise ValueError("state_units.yaml: expected {version: 1, units: [...]}")
    out = []
    for n, raw in enumerate(data["units"]):
        where = f"state_units.yaml: units[{n}]"
        if not isinstance(raw, dict) or not isinstance(raw.get("unit"), str) or not isinstance(raw.get("pattern"), str):
            raise ValueError(f"{where}: 'unit' and 'pattern' (text) are required")
        unknown = set(raw) - {"unit", "family", "pattern", "countries", "except", "sub_types", "owner", "regional",
                              "mutiny"}
        if unknown or raw.get("family") not in FAMILIES:
            raise ValueError(f"{where}: 'family' must be one of {FAMILIES}; unknown fields {sorted(unknown)}")
        try:
            pattern = re.compile(raw["pattern"], re.I)
        except re.error as exc:
            raise ValueError(f"{where}: bad pattern: {exc}") from exc
        countries = _codes(raw["countries"], f"{where}.countries") if "countries" in raw else None
        excluded = _codes(raw["except"], f"{where}.except") if "except" in raw else frozenset()
        subs = raw.get("sub_types", [])
        if not isinstance(subs, list) or not all(isinstance(x, str) and x for x in subs):
            raise ValueError(f"{where}: 'sub_types' must be a list of ACLED sub-event types")
        owner = raw.get("owner")
        if owner is not None and not (isinstance(owner, str) and re.fullmatch(r"[A-Z]{2}", owner)):
            raise ValueError(f"{where}: 'owner' must be an ISO alpha-2 code")
        if not all(isinstance(raw.get(f, False), bool) for f in ("regional", "mutiny")):
            raise ValueError(f"{where}: 'regional' and 'mutiny' must be true or false")
        out.append(StateUnit(raw["unit"], raw["family"], pattern, countries, excluded, frozenset(subs), owner,
                             bool(raw.get("regional", False)), bool(raw.get("mutiny", False))))
    return tuple(out)


@lru_cache(maxsize=1)
def state_units() -> tuple[StateUnit, ...]:
    text = resources.files("sitrep").joinpath("data", "acled", "state_units.yaml").read_text(encoding="utf-8")
    return parse_units(yaml_data.load(text))


def with_unit(base: EntityRef, unit: str | None, period: str | None = None) -> EntityRef:
    """The unit ``unit`` of state force ``base`` (``base`` itself when there is none); ``period``: the force's own
    period, written where ``base``'s name gives none."""
    if not unit:
        return base
    name = f"{base.name} ({period}) {unit}" if period and not base.name.endswith(")") else f"{base.name} {unit}"
    key = f"{base.key}-{_slug(unit)}"
    return EntityRef(key=key, name=name, type=base.type, country=base.country, acled_name=name)


def in_mutiny(base: EntityRef) -> EntityRef:
    """ACLED's actor for state force ``base``'s men in mutiny: "Mutiny of Military Forces of Burkina Faso (2015-)",
    an armed group of its own (its key is no state force's)."""
    name = f"Mutiny of {base.name}"
    key = "acled:mutiny-" + base.key.removeprefix("acled:")
    return EntityRef(key=key, name=name, type="armed_group", country=base.country, acled_name=name)


def regional_unit(key: str) -> str | None:
    """The regional unit (``regional`` in the table) an actor key (``with_unit``'s) names, else None."""
    return next((u.unit for u in state_units() if u.regional and key.endswith("-" + _slug(u.unit))), None)


def _slug(unit: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", unit.lower()).strip("-")


def entry_unit(entry_id: str) -> str | None:
    """The unit a dictionary state force's ACLED name gives after the period ("Peshmerga"), or after the
    country's name where the name gives no period ("Military Forces of Pakistan Frontier Corps"), its own or its
    nearest named ancestor's."""
    actors = default_matcher().actors
    entry = actors.get(entry_id)
    for _ in range(5):
        if entry is None:
            return None
        if entry.acled_name:
            m = _UNIT_AFTER_PERIOD.match(entry.acled_name)
            return m.group(1) if m else _unit_after_country(entry.acled_name, entry.country)
        entry = actors.get(entry.parent or "")
    return None


def entry_period(entry_id: str) -> str | None:
    """The period a dictionary state force's own ACLED name writes before its unit ("2014-" of "Military Forces of
    Libya (2014-) Haftar Faction"), its own or its nearest named ancestor's: the force's period where the
    country's government has none listed (a faction of a divided state)."""
    actors = default_matcher().actors
    entry = actors.get(entry_id)
    for _ in range(5):
        if entry is None:
            return None
        if entry.acled_name:
            m = _PERIOD_OF_UNIT.match(entry.acled_name)
            return m.group(1) if m else None
        entry = actors.get(entry.parent or "")
    return None


_PERIOD_OF_UNIT = re.compile(r"^(?:Military|Police) Forces of .+?\((\d{4}-(?:\d{4})?)\)\s+\S")


def _unit_after_country(name: str, iso2: str | None) -> str | None:
    c = countries.country(iso2)
    if c is None:
        return None
    m = re.match(rf"^(?:Military|Police) Forces of {re.escape(c.of_name)}\s+([^\s(].*)$", name)
    return m.group(1) if m else None


def sub_type_units(sub: str, roles: list[tuple[str, str, str]],
                   refs: dict[str, EntityRef]) -> list[tuple[str, str, str]]:
    """``roles`` with actor1, a country's state force without a unit, named with the unit ACLED gives the force
    in events of sub-type ``sub`` ("Military Forces of Russia (2000-) Air Force" in an air or drone strike)."""
    out = []
    for k, r, f in roles:
        ref = refs.get(k)
        state = ref is not None and ref.name.startswith(("Military Forces", "Police Forces"))
        if r == "actor1" and ref is not None and ref.country and state:
            family = "military" if ref.name.startswith("Military") else "police"
            unit = next((u for u in state_units() if sub in u.sub_types and u.family == family
                         and u.exists_in(ref.country)), None)
            if unit is not None and not _UNIT_AFTER_PERIOD.match(ref.name) and not ref.name.endswith(unit.unit):
                named = with_unit(ref, unit.unit)
                refs[named.key] = named
                k = named.key
        out.append((k, r, f))
    return out


Generic = Callable[[str, str | None, str | None], EntityRef]
_GATES: list[tuple[tuple[StateUnit, ...], GateSet[int]]] = []


def _gates(units: tuple[StateUnit, ...]) -> GateSet[int]:
    """The gates of the units' patterns (``lexicon.regex_literals``) by the unit's place in the table, asked at once;
    worked out once for the table in use."""
    if not _GATES or _GATES[0][0] is not units:
        _GATES[:] = [(units, GateSet({i: gate(u.pattern) for i, u in enumerate(units)}))]
    return _GATES[0][1]


# a state's force named generically, with its unit in a bracket after it ("police forces (prison guards)", "security
# forces (gendarmes)"): the bracket says which men they are, one actor, the unit
_FORCE_BEFORE_BRACKET = re.compile(r"\b(?:(?:the\s+)?(?:police|military|army|security|state)(?:\s+(?:forces?|officers?|"
                                   r"personnel|agents|men))?|policem[ae]n|soldiers|troops)\s*\(\s*$", re.I)


def _bracketed(text: str, s: int, a: int, b: int) -> tuple[int, int]:
    """The span of a unit at ``a:b`` with the generic force it stands in a bracket after, bracket included; else
    ``(a, b)``."""
    m = _FORCE_BEFORE_BRACKET.search(text, max(s, a - 40), a)
    close = re.match(r"\s*\)", text[b:])
    return (m.start(), b + close.end()) if m and close else (a, b)


def unit_occurrences(text: str, s: int, e: int, country: str | None, date: str | None,
                     refs: dict[str, EntityRef], generic: Generic) -> list[tuple[int, int, str, str]]:
    """The state units named in ``text[s:e]`` (start, end, key, family): of the country a demonym before them
    gives ("Turkish gendarmes"), else of the event's; another country's units are "external". Police units that
    only report ("prison officials said") are no actors."""
    out: list[tuple[int, int, str, str]] = []
    taken: list[tuple[int, int]] = []
    units = state_units()
    possible = _gates(units).possible(folded(text[s:e]))  # the others' words are not in the sentence
    for i, unit in enumerate(units):
        if i not in possible:
            continue
        for m in unit.pattern.finditer(text, s, e):
            a, b = m.start(), m.end()
            inside = event_country.country_inside(text[a:b])
            if inside and not unit.exists_in(inside):  # "Somali special forces": a region's, named like a country
                inside = None
            own = unit.owner or inside or event_country.country_before(text, a) or country
            if not own or not unit.exists_in(own) or any(a < y and x < b for x, y in taken) \
                    or actor_roles.is_source(text, a, b):
                continue
            base = generic(unit.family, own, date)
            ref = in_mutiny(base) if unit.mutiny else with_unit(base, unit.unit)
            refs[ref.key] = ref
            a, b = _bracketed(text, s, a, b)
            family = "rebels" if unit.mutiny else unit.family if own == country or country is None else "external"
            out.append((a, b, ref.key, family))
            taken.append((a, b))
    return out


__all__ = ["StateUnit", "entry_period", "entry_unit", "in_mutiny", "parse_units", "regional_unit", "state_units",
           "sub_type_units", "unit_occurrences", "with_unit"]
