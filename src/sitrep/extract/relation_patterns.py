"""The surface patterns of the relation extractor, over a sentence whose mentions are masked.

Every mention of a sentence is replaced by a token ``⟦i⟧`` (its index), so a pattern reads like
``{SUBJ} pledged allegiance to {OBJ}``: ``S``/``O``/``O2`` capture mention indexes, ``v`` marks the
trigger word (the position certainty and dates are read at) and ``role`` a role noun from
``roles.yaml``. A pattern names the relation it yields, which mention types may fill each slot and
whether the trigger starts the relation (joined, captured: a date nearby is its start) or states it
(is a member, controls: only "since <date>" gives a start).

The patterns are a table, ``sitrep/data/relations/patterns.yaml`` (its header gives the fields), read and
checked when this module is imported; here are the pieces the table's regexes share.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from sitrep.lexicon.dictionaries import load_roles
from sitrep.lexicon.regex_cache import compile_all

ACTORS = frozenset({"armed_group", "state_force", "government", "organization"})
ARMED = frozenset({"armed_group", "state_force"})
PERSON = frozenset({"person"})
AGENTS = ACTORS | PERSON
PLACES = frozenset({"location"})


def slot(name: str) -> str:
    return rf"⟦(?P<{name}>\d+)⟧"


SUBJ, OBJ, OBJ2 = slot("s"), slot("o"), slot("o2")
TITLE = (r"(?:(?:Mr|Mrs|Ms|Dr|Gen|Col|Maj|Capt|Lt|Brig|Sgt|Prof|Eng|Cpl|Insp|Supt)\.?|General|Colonel|Major|Captain|"
         r"Lieutenant(?:[\s-]+(?:Colonel|General))?|Brigadier(?:[\s-]+General)?|Sergeant|Corporal|Inspector|"
         r"Superintendent|Commander|Commandant|Constable)(?:\s+(?:Gen|General|Col|Colonel)\.?)?")
# "spokesman for the governor of X": the office stands between the role and its place
OFFICE = (r"(?P<office>(?:the\s+)?(?:provincial\s+)?(?:governor|government|administration|governor's\s+office)"
          r"\s+(?:of|in)\s+)?")
DET = (r"(?:(?:the|a|an|rival|fellow|local|its|their)\s+)?"
       r"(?:(?:elite|notorious|feared|powerful|outlawed|banned|so-called|self-styled|little-known)\s+)?")
# what follows a name and still names its side: "the Taliban fighters", "X's Riyadh-based government", "AFRICOM command"
GRP = (r"(?:\s+(?:group|movement|militants?|insurgents?|fighters|forces|troops|organi[sz]ation|network|militia|faction|"
       r"outfit|government|regime|commanders?|members|loyalists|units|soldiers|police|leadership|command)|"
       r"'s\s+(?:(?:⟦\d+⟧-)?[\w-]+\s+)?(?:government|administration|regime|forces|militias?|fighters|troops|men|loyalists))?")
LTAIL = r"(?:\s+(?:province|district|city|town|village|valley|region|area|county|state))?"
ADJS = (r"(?:(?:the\s+)?(?:northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|"
        r"south-?western|central|neighbou?ring|nearby|restive|volatile|remote)\s+)*")
AUX = (r"(?:(?:also|now|still|reportedly|allegedly)\s+(?=(?:has|have|had)\b))?"
       r"(?:(?:has|have|had|was|were|is|are|will|would|could|may|might|did|does|do)\s+)?(?:(?:not|never|no longer)\s+)?"
       r"(?:been\s+)?(?:(?:also|reportedly|allegedly|formally|publicly|officially|recently|later|then|now|already|"
       r"openly|effectively|eventually|finally|subsequently|apparently|since|still|largely|once|previously|"
       r"long|jointly|consistently|repeatedly)\s+)?"
       # a modal verb before the trigger: kept so the trigger is found, then judged by ``modality``
       r"(?:(?:plans?|planned|planning|intends?|intended|wants?|wanted|vows?|vowed|threatens?|threatened|failed|"
       r"tried|attempted|refused|decided|agreed|(?:is|are|was|were)\s+(?:set|expected|due|about|going|preparing|"
       r"poised))\s+to\s+)?")
# a relative or appositive clause between a subject and its verb: ", who commanded ... districts,"
WHO = r"(?:\s*,?\s*(?:which|who|that)\s+|\s+)"
REL = r"(?:\s*,(?P<rel>[^,;:⟦⟧\"“”]{0,80}(?:⟦\d+⟧[^,;:⟦⟧\"“”]{0,60}){0,3}),)?"
# what may follow an object for it to be the whole object ("spokesman for the Kunduz governor" is not for Kunduz)
END = (r"(?=\s*(?:[,.;:)\"“”—–]|$)|\s+(?:said|says|told|who|whom|which|and|has|have|had|was|is|were|are|added|"
       r"confirmed|claimed|denied|on|in|at|since|from|until|when|after|before|for|during|to|by|last|this|earlier|since|based|"
       r"operating|fighting|active)\b)")
KIN = (r"(?:brother-in-law|son-in-law|father-in-law|half-brother|step-?brother|brother|son|father|nephew|cousin|uncle|"
       r"wife|daughter|sister|mother|grandson|grandfather|relative|in-law)")
MODS = (r"(?:(?:senior|top|key|local|deputy|provincial|district|regional|acting|new|newly\s+appointed|self-styled|"
        r"government|government-appointed|government\s+appointed|"
        r"self-proclaimed|main|overall|military|chief|longtime|long-time|veteran|influential|prominent|notorious|"
        r"powerful|former|ex-|interim|caretaker|de\s+facto|shadow|official|supreme|founding|factional)\s+)*")


@dataclass(frozen=True)
class Pattern:
    name: str
    predicate: str
    regex: re.Pattern[str]
    subject: frozenset[str]
    object: frozenset[str]
    inception: bool = False  # the trigger starts the relation: a nearby date is its start
    symmetric: bool = False
    role: str | None = None  # a fixed role ("leader" for "led by"); "{role}" takes the role group
    second: str | None = None  # predicate for (S, O2) when the pattern has an O2 slot
    certainty: str | None = None  # a certainty the construction itself gives ("denied supporting")
    between_groups: str | None = None  # the predicate instead when both sides are armed groups
    listed: bool = False  # names listed after the last slot take the same relation


@lru_cache(maxsize=1)
def role_regex() -> str:
    roles = load_roles()
    variants = {v for r in roles.roles.values() if r.relation is not None for v in (r.role, *r.variants)}
    words = sorted((v for v in variants if not (v.isupper() and len(v) <= 3)), key=lambda v: (-len(v), v))
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    # "Lieutenant Colonel", "Major General" are ranks, not the role "lieutenant"
    return rf"(?P<role>{alts})(?![\s-]+(?:Colonel|General)\b)"


_TABLE = ("data", "relations", "patterns.yaml")
_SETS = {"ACTORS": ACTORS, "ARMED": ARMED, "PERSON": PERSON, "AGENTS": AGENTS, "PLACES": PLACES}
_SHARED = {"SUBJ": SUBJ, "OBJ": OBJ, "OBJ2": OBJ2, "TITLE": TITLE, "OFFICE": OFFICE, "DET": DET, "GRP": GRP,
           "LTAIL": LTAIL, "ADJS": ADJS, "AUX": AUX, "WHO": WHO, "REL": REL, "END": END, "KIN": KIN, "MODS": MODS}
_PIECE = re.compile(r"\{([A-Za-z_]\w*)\}")
_FIELDS: dict[str, type] = {"name": str, "predicate": str, "subject": list, "object": list, "regex": str,
                            "inception": bool, "symmetric": bool, "role": str, "second": str, "certainty": str,
                            "between_groups": str, "listed": bool}
_REQUIRED = ("name", "predicate", "subject", "object", "regex")


def _joined(text: str) -> str:
    """A regex written over several lines of the table, as one line."""
    return "".join(text.splitlines())


def check_row(entry: Any, table: str, required: tuple[str, ...], fields: dict[str, type]) -> str:
    """Check one row of a pattern table (``table`` names it in messages): a mapping with every ``required`` field,
    no field outside ``fields`` and each of the type ``fields`` gives; returns how messages name the row."""
    if not isinstance(entry, dict):
        raise ValueError(f"{table} table: not a mapping: {entry!r}")
    where = f"{table} {entry.get('name')!r}"
    for key in required:
        if key not in entry:
            raise ValueError(f"{where}: no {key}")
    for key, value in entry.items():
        if key not in fields:
            raise ValueError(f"{where}: unknown field {key!r}")
        if not isinstance(value, fields[key]):
            raise ValueError(f"{where}: {key} is not a {fields[key].__name__}")
    return where


def slot_types(names: list[Any], where: str) -> frozenset[str]:
    """The mention types a slot takes: named sets and single types, joined."""
    out: frozenset[str] = frozenset()
    for n in names:
        if n in _SETS:
            out = out | _SETS[n]
        elif isinstance(n, str) and n in AGENTS | PLACES:
            out = out | {n}
        else:
            raise ValueError(f"{where}: unknown mention type or set {n!r}")
    return out


def _checked(entry: Any, known: set[str]) -> dict[str, Any]:
    """One pattern of the table, its fields checked; subject and object as sets of types."""
    where = check_row(entry, "relation pattern", _REQUIRED, _FIELDS)
    regex = _joined(entry["regex"])
    unknown = {m.group(1) for m in _PIECE.finditer(regex)} - known
    if unknown:
        raise ValueError(f"{where}: unknown pieces {sorted(unknown)}")
    return {**entry, "regex": regex, "subject": slot_types(entry["subject"], where),
            "object": slot_types(entry["object"], where)}


def _load_table() -> tuple[dict[str, str], list[dict[str, Any]]]:
    """The shared fragments and the patterns of ``data/relations/patterns.yaml``, checked."""
    text = resources.files("sitrep").joinpath(*_TABLE).read_text(encoding="utf-8")
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # read at every import: C if we can
    if not isinstance(data, dict) or set(data) != {"fragments", "patterns"}:
        raise ValueError("relation pattern table: expected the keys fragments and patterns")
    fragments = {str(k): _joined(v) for k, v in data["fragments"].items()}
    known = {*_SHARED, *fragments, "role"}
    rows = [_checked(e, known) for e in data["patterns"]]
    names = [r["name"] for r in rows]
    twice = sorted({n for n in names if names.count(n) > 1})
    if twice:
        raise ValueError(f"relation pattern table: names used twice: {twice}")
    return fragments, rows


_FRAGMENTS, _ROWS = _load_table()


def fragment(name: str) -> str:
    """A shared piece of the table (``fragments``), as a regex source."""
    return _FRAGMENTS[name]


@lru_cache(maxsize=1)
def patterns() -> tuple[Pattern, ...]:
    """The patterns of the table, compiled (kept in the disk cache ``regex-relations``: ``lexicon.regex_cache``), in
    its order."""
    pieces = {**_SHARED, **_FRAGMENTS, "role": role_regex()}
    regexes = compile_all("relations", [(_PIECE.sub(lambda m: pieces[m.group(1)], r["regex"]), int(re.I))
                                        for r in _ROWS])
    return tuple(
        Pattern(r["name"], r["predicate"], regex,
                r["subject"], r["object"], inception=r.get("inception", False), symmetric=r.get("symmetric", False),
                role=r.get("role"), second=r.get("second"), certainty=r.get("certainty"),
                between_groups=r.get("between_groups"), listed=r.get("listed", False))
        for r, regex in zip(_ROWS, regexes, strict=True))
