"""The schema of the curated dictionaries: their records, and the checks of their YAML entries.

An actor, title or role entry read from YAML becomes an :class:`ActorEntry`, :class:`Title` or
:class:`Role` only after the checks here; every problem found is appended to a list of problems
(``'file: entry: message'``) that :mod:`sitrep.lexicon.dictionaries` raises as one
:class:`DictionaryError`. The schema itself is described in ``sitrep/data/dictionaries/README.md``.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, cast, get_args

import yaml

from sitrep.lexicon.keys import normalize_key

ActorType = Literal["armed_group", "state_force", "government", "organization"]
Relation = Literal["leader_of", "holds_position", "member_of"]
ACTOR_TYPES: frozenset[str] = frozenset(get_args(ActorType))
RELATIONS: frozenset[str] = frozenset(get_args(Relation))
TITLE_CATEGORIES = frozenset({
    "honorific", "academic", "professional", "tribal", "military_rank", "political_office", "religious",
    "kunya", "name_particle",
})

_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_ACTIVE = re.compile(r"^(\d{4})(?:-(\d{4})?)?$")
# Aliases whose key is an everyday English word must be case-sensitive or marked ambiguous.
COMMON_WORDS = frozenset({
    "a", "i", "am", "an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is", "it", "me", "my", "no",
    "of", "on", "or", "so", "to", "up", "us", "we", "aa", "ad", "al", "all", "and", "are", "can", "did",
    "hm", "let", "man", "may", "met", "not", "now", "one", "our", "out", "see", "she", "the", "this", "was",
    "who", "why", "aim", "art", "far", "fc", "ham", "jam", "site", "rs", "sat", "sac", "ten", "tip", "two",
})


class DictionaryError(ValueError):
    """One or more problems in dictionary files; ``problems`` lists them as 'file: entry: message'."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = list(problems)
        head = f"{len(self.problems)} problem(s) in sitrep dictionaries:\n  "
        super().__init__(head + "\n  ".join(self.problems))


# ---------------------------------------------------------------------------------------------- actors


@dataclass(frozen=True)
class Alias:
    """One alias string of one entry, with the flags a matcher needs."""

    text: str
    entry_id: str
    key: str  # normalize_key(text)
    case_key: str  # normalize_key(text, fold=False)
    case_sensitive: bool
    ambiguous: bool

    def matches(self, case_key: str) -> bool:
        return not self.case_sensitive or self.case_key == case_key


@dataclass(frozen=True)
class ActorEntry:
    id: str
    name: str
    type: ActorType
    country: str | None
    acled_name: str | None
    acled_name_verified: bool
    aliases: tuple[str, ...]
    case_sensitive_aliases: tuple[str, ...]
    ambiguous_aliases: tuple[str, ...]
    parent: str | None
    affiliate_of: tuple[str, ...]
    distinct_from: tuple[str, ...]
    active: str | None
    note: str | None
    sources: tuple[str, ...]  # files that defined or extended the entry
    beside_state: bool = False  # a foreign force fighting beside the state forces of the country it is in
    # ACLED's names of the entry over time: (from, to, name), ISO dates or prefixes, ``to`` excluded; "" open
    acled_names: tuple[tuple[str, str, str], ...] = ()

    def acled_name_on(self, date: str | None) -> str | None:
        """The ACLED name in use on ``date`` (``acled_names``' span that covers it), else ``acled_name``."""
        if date:
            for start, end, name in self.acled_names:
                if start <= date[:len(start)] and (not end or date[:len(end)] < end):
                    return name
        return self.acled_name

    def alias_records(self) -> list[Alias]:
        """Every alias of the entry (name and the three alias lists), deduplicated by case key.

        ``acled_name`` is not an alias by itself (several entries may share one, e.g. "Militia
        (Pro-Government)"); see :meth:`ActorDictionary.by_acled_name`.
        """
        cs = {normalize_key(a, fold=False) for a in self.case_sensitive_aliases}
        amb = {normalize_key(a) for a in self.ambiguous_aliases}
        amb_cs = {normalize_key(a, fold=False) for a in self.ambiguous_aliases}
        out: dict[tuple[str, bool], Alias] = {}
        texts = [self.name, *self.aliases, *self.case_sensitive_aliases, *self.ambiguous_aliases]
        for text in texts:
            case_key = normalize_key(text, fold=False)
            key = case_key.casefold()
            if not key:
                continue
            sensitive = case_key in cs
            ambiguous = (case_key in amb_cs) if sensitive else (key in amb)
            out.setdefault((case_key if sensitive else key, sensitive), Alias(
                text=text, entry_id=self.id, key=key, case_key=case_key, case_sensitive=sensitive, ambiguous=ambiguous))
        return list(out.values())

    @property
    def active_years(self) -> tuple[int | None, int | None]:
        if not self.active:
            return (None, None)
        m = _ACTIVE.match(self.active)
        if not m:
            return (None, None)
        start = int(m.group(1))
        if "-" not in self.active:
            return (start, start)
        return (start, int(m.group(2)) if m.group(2) else None)


_ACTOR_FIELDS: dict[str, type | tuple[type, ...]] = {
    "id": str, "name": str, "type": str, "country": (str, type(None)), "acled_name": (str, type(None)),
    "acled_name_verified": bool, "aliases": list, "case_sensitive_aliases": list, "ambiguous_aliases": list,
    "parent": (str, type(None)), "affiliate_of": list, "distinct_from": list, "active": (str, int, type(None)),
    "note": (str, type(None)), "beside_state": bool, "acled_names": list,
}
_LIST_FIELDS = ("aliases", "case_sensitive_aliases", "ambiguous_aliases", "affiliate_of", "distinct_from")


# ---------------------------------------------------------------------------------------------- titles


@dataclass(frozen=True)
class Title:
    id: str
    normalized: str
    category: str
    variants: tuple[str, ...]
    position: Literal["prefix", "suffix"] = "prefix"
    strip: bool = True
    ambiguous: bool = False
    implies_role: str | None = None
    note: str | None = None


_TITLE_FIELDS: dict[str, type | tuple[type, ...]] = {
    "id": str, "normalized": str, "category": str, "variants": list, "position": str, "strip": bool,
    "ambiguous": bool, "implies_role": (str, type(None)), "note": (str, type(None)),
}


# ---------------------------------------------------------------------------------------------- roles


@dataclass(frozen=True)
class Role:
    id: str
    role: str  # normalized role name, as used in relation records ("district chief")
    relation: Relation | None
    category: str
    object_types: tuple[str, ...]
    variants: tuple[str, ...]

    @property
    def leader_of(self) -> bool:
        return self.relation == "leader_of"

    @property
    def holds_position(self) -> bool:
        return self.relation == "holds_position"


_ROLE_FIELDS: dict[str, type | tuple[type, ...]] = {
    "id": str, "role": str, "relation": (str, type(None)), "category": str, "object_types": list, "variants": list,
}
_OBJECT_TYPES = ACTOR_TYPES | {"location", "person", "other"}


# ---------------------------------------------------------------------------------------------- checks


def parse_list(label: str, text: str, list_key: str, problems: list[str]) -> list[Any]:
    try:
        doc = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        problems.append(f"{label}: invalid YAML: {exc}".replace("\n", " "))
        return []
    if isinstance(doc, list) and list_key == "entries":
        return doc
    if not isinstance(doc, dict) or not isinstance(doc.get(list_key), list):
        problems.append(f"{label}: expected a mapping with a '{list_key}' list")
        return []
    return cast(list[Any], doc[list_key])


def entry_where(label: str, index: int, raw: Any) -> str:
    ident = raw.get("id") if isinstance(raw, dict) else None
    return f"{label}: entry #{index + 1}" + (f" '{ident}'" if ident else "")


def check_fields(where: str, raw: Mapping[str, Any], spec: Mapping[str, type | tuple[type, ...]],
                  problems: list[str]) -> bool:
    ok = True
    for key, value in raw.items():
        if key not in spec:
            problems.append(f"{where}: unknown field {key!r} (allowed: {', '.join(spec)})")
            ok = False
        elif not isinstance(value, spec[key]) or (isinstance(value, bool) and spec[key] in (str, int)):
            problems.append(f"{where}: field {key!r} has the wrong type ({type(value).__name__})")
            ok = False
        elif isinstance(value, list) and key != "acled_names" \
                and not all(isinstance(v, str) and v.strip() for v in value):
            problems.append(f"{where}: field {key!r} must be a list of non-empty strings")
            ok = False
    return ok


def merge_actor_sources(files: Sequence[tuple[str, str]], problems: list[str],
                         allow_extend: bool) -> dict[str, dict[str, Any]]:
    merged: dict[str, dict[str, Any]] = {}
    for label, text in files:
        seen_here: set[str] = set()
        for i, raw in enumerate(parse_list(label, text, "entries", problems)):
            where = entry_where(label, i, raw)
            if not isinstance(raw, dict):
                problems.append(f"{where}: an entry must be a mapping")
                continue
            if not check_fields(where, raw, _ACTOR_FIELDS, problems):
                continue
            ident = raw.get("id")
            if not isinstance(ident, str) or not _ID.match(ident):
                problems.append(f"{where}: 'id' must be a lowercase slug like 'haqqani-network', got {ident!r}")
                continue
            if ident in seen_here:
                problems.append(f"{where}: duplicate id {ident!r} in the same file")
                continue
            seen_here.add(ident)
            if ident in merged:
                if not allow_extend:
                    problems.append(f"{where}: id {ident!r} already defined in {merged[ident]['sources'][0]}")
                    continue
                target = merged[ident]
                for key, value in raw.items():
                    if key in _LIST_FIELDS:
                        target[key] = [*target.get(key, []), *(v for v in value if v not in target.get(key, []))]
                    elif key != "id":
                        target[key] = value
                target["sources"].append(label)
                target["wheres"].append(where)
            else:
                new = dict(raw)
                new["sources"] = [label]
                new["wheres"] = [where]
                merged[ident] = new
    return merged


def build_entry(raw: dict[str, Any], problems: list[str]) -> ActorEntry | None:
    where = raw["wheres"][-1] if len(raw["wheres"]) == 1 else f"{raw['wheres'][0]} (extended in {raw['wheres'][-1]})"
    before = len(problems)
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip():
        problems.append(f"{where}: missing 'name' (required for a new id)")
    etype = raw.get("type")
    if etype not in ACTOR_TYPES:
        problems.append(f"{where}: 'type' must be one of {', '.join(sorted(ACTOR_TYPES))}, got {etype!r}")
    country = raw.get("country")
    if country is not None and not _COUNTRY.match(str(country)):
        problems.append(f"{where}: 'country' must be an ISO 3166 alpha-2 code like 'AF' or null, got {country!r}")
    active = raw.get("active")
    if active is not None and not _ACTIVE.match(str(active)):
        problems.append(f"{where}: 'active' must look like '1994-', '2014-2021' or '2019', got {active!r}")
    names = _acled_names(raw.get("acled_names", []), where, problems)
    if len(problems) > before:
        return None
    return ActorEntry(
        id=raw["id"], name=cast(str, name).strip(), type=cast(ActorType, etype), country=country,
        acled_name=raw.get("acled_name"), acled_name_verified=bool(raw.get("acled_name_verified", False)),
        aliases=tuple(raw.get("aliases", [])), case_sensitive_aliases=tuple(raw.get("case_sensitive_aliases", [])),
        ambiguous_aliases=tuple(raw.get("ambiguous_aliases", [])), parent=raw.get("parent"),
        affiliate_of=tuple(raw.get("affiliate_of", [])), distinct_from=tuple(raw.get("distinct_from", [])),
        active=None if active is None else str(active), note=raw.get("note"), sources=tuple(raw["sources"]),
        beside_state=bool(raw.get("beside_state", False)), acled_names=names,
    )


_DATE_PREFIX = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def _acled_names(raw: list[Any], where: str, problems: list[str]) -> tuple[tuple[str, str, str], ...]:
    """``acled_names``: [{name, from, to}], ``from``/``to`` ISO dates or their year or month prefix (optional)."""
    out = []
    for item in raw:
        span = {k: str(item.get(k) or "") for k in ("from", "to")} if isinstance(item, dict) else {}
        if not isinstance(item, dict) or not isinstance(item.get("name"), str) or set(item) - {"name", "from", "to"} \
                or not all(not v or _DATE_PREFIX.match(v) for v in span.values()):
            problems.append(f"{where}: each of 'acled_names' must be {{name, from, to}} with ISO dates, got {item!r}")
            continue
        out.append((span["from"], span["to"], item["name"]))
    return tuple(out)


def validate_actors(entries: dict[str, ActorEntry], problems: list[str]) -> None:
    """Checks across the built entries: references, parent cycles, weak aliases, aliases shared by two entries."""
    for e in entries.values():
        _check_links(e, entries, problems)
        _check_parent_chain(e, entries, problems)
        _check_aliases(e, problems)
    _check_shared_aliases(entries, problems)


def _entry_label(e: ActorEntry) -> str:
    return f"{', '.join(e.sources)}: entry '{e.id}'"


def _check_links(e: ActorEntry, entries: Mapping[str, ActorEntry], problems: list[str]) -> None:
    """``parent``, ``affiliate_of`` and ``distinct_from`` name other known entries, never both linked and distinct."""
    refs = [("parent", [e.parent] if e.parent else []), ("affiliate_of", list(e.affiliate_of)),
            ("distinct_from", list(e.distinct_from))]
    for fname, ids in refs:
        for ref in ids:
            if ref not in entries:
                problems.append(f"{_entry_label(e)}: {fname} refers to unknown id {ref!r}")
            elif ref == e.id:
                problems.append(f"{_entry_label(e)}: {fname} refers to the entry itself")
    linked = ({e.parent} if e.parent else set()) | set(e.affiliate_of)
    for ref in sorted(linked & set(e.distinct_from)):
        problems.append(f"{_entry_label(e)}: {ref!r} is both linked (parent/affiliate_of) and distinct_from")


def _check_parent_chain(e: ActorEntry, entries: dict[str, ActorEntry], problems: list[str]) -> None:
    seen = {e.id}
    current = e.parent
    while current in entries:
        if current in seen:
            problems.append(f"{_entry_label(e)}: parent chain has a cycle through {current!r}")
            break
        seen.add(current)
        current = entries[current].parent


def _check_aliases(e: ActorEntry, problems: list[str]) -> None:
    """Aliases matched case-insensitively are no common word and no shorter than three letters; none is empty."""
    for alias in e.alias_records():
        if not alias.case_sensitive and not alias.ambiguous and alias.key in COMMON_WORDS:
            problems.append(f"{_entry_label(e)}: alias {alias.text!r} is a common word; list it in"
                            " case_sensitive_aliases or ambiguous_aliases")
        elif not alias.case_sensitive and not alias.ambiguous and len(alias.key.replace(" ", "")) <= 2:
            problems.append(f"{_entry_label(e)}: alias {alias.text!r} is too short to match case-insensitively;"
                            " list it in case_sensitive_aliases")
    for text in (*e.aliases, *e.case_sensitive_aliases, *e.ambiguous_aliases):
        if not normalize_key(text):
            problems.append(f"{_entry_label(e)}: alias {text!r} is empty after normalization")


def _check_shared_aliases(entries: Mapping[str, ActorEntry], problems: list[str]) -> None:
    """An alias of two entries must be ambiguous in both (or case-sensitive with different cases)."""
    by_key: dict[str, list[Alias]] = {}
    for e in entries.values():
        for alias in e.alias_records():
            by_key.setdefault(alias.key, []).append(alias)
    reported: set[tuple[str, str, str]] = set()
    for hits in by_key.values():
        for i, a in enumerate(hits):
            for b in hits[i + 1:]:
                if a.entry_id == b.entry_id or (a.ambiguous and b.ambiguous):
                    continue
                if a.case_sensitive and b.case_sensitive and a.case_key != b.case_key:
                    continue
                first, second = sorted((a.entry_id, b.entry_id))
                if (first, second, a.key) in reported:
                    continue
                reported.add((first, second, a.key))
                # report at the later-loaded entry (a user file's), naming the earlier one
                problems.append(
                    f"{_entry_label(entries[b.entry_id])}: alias {b.text!r} is also an alias of '{a.entry_id}'"
                    f" ({', '.join(entries[a.entry_id].sources)}); list it in ambiguous_aliases of both entries"
                    " or remove it from one")


def check_title(where: str, raw: Any, titles: Collection[str], role_ids: Collection[str],
                problems: list[str]) -> Title | None:
    """The title of a raw YAML entry, or None with the problems found (``titles``: the ids already taken)."""
    if not isinstance(raw, dict) or not check_fields(where, raw, _TITLE_FIELDS, problems):
        if not isinstance(raw, dict):
            problems.append(f"{where}: a title must be a mapping")
        return None
    ident, norm = raw.get("id"), raw.get("normalized")
    if not isinstance(ident, str) or not _ID.match(ident) or not isinstance(norm, str):
        problems.append(f"{where}: needs a slug 'id' and a 'normalized' form")
        return None
    if ident in titles:
        problems.append(f"{where}: duplicate title id {ident!r}")
        return None
    if raw.get("category") not in TITLE_CATEGORIES:
        problems.append(f"{where}: 'category' must be one of {', '.join(sorted(TITLE_CATEGORIES))}")
        return None
    if raw.get("position", "prefix") not in ("prefix", "suffix"):
        problems.append(f"{where}: 'position' must be prefix or suffix")
        return None
    if raw.get("implies_role") is not None and raw["implies_role"] not in role_ids:
        problems.append(f"{where}: implies_role refers to unknown role id {raw['implies_role']!r}")
        return None
    return Title(id=ident, normalized=norm, category=raw["category"], variants=tuple(raw.get("variants", [])),
                 position=raw.get("position", "prefix"), strip=raw.get("strip", True),
                 ambiguous=raw.get("ambiguous", False), implies_role=raw.get("implies_role"),
                 note=raw.get("note"))


def check_role(where: str, raw: Any, roles: Collection[str], problems: list[str]) -> Role | None:
    """The role of a raw YAML entry, or None with the problems found (``roles``: the ids already taken)."""
    if not isinstance(raw, dict):
        problems.append(f"{where}: a role must be a mapping")
        return None
    if not check_fields(where, raw, _ROLE_FIELDS, problems):
        return None
    ident, name = raw.get("id"), raw.get("role")
    if not isinstance(ident, str) or not _ID.match(ident) or not isinstance(name, str):
        problems.append(f"{where}: needs a slug 'id' and a 'role' name")
        return None
    if ident in roles:
        problems.append(f"{where}: duplicate role id {ident!r}")
        return None
    relation = raw.get("relation")
    if relation is not None and relation not in RELATIONS:
        problems.append(f"{where}: 'relation' must be one of {', '.join(sorted(RELATIONS))} or null")
        return None
    bad = [t for t in raw.get("object_types", []) if t not in _OBJECT_TYPES]
    if bad:
        problems.append(f"{where}: unknown object_types {bad}")
        return None
    return Role(id=ident, role=name, relation=cast("Relation | None", relation),
                category=str(raw.get("category", "")), object_types=tuple(raw.get("object_types", [])),
                variants=tuple(raw.get("variants", [])))


def claim_variants(where: str, kind: str, ident: str, variants: Sequence[str], owner: dict[str, str],
                   problems: list[str]) -> None:
    """Record ``ident`` (a title or role id) as the owner of each variant's key; a key owned by another is a problem."""
    for v in variants:
        key = normalize_key(v)
        if key in owner and owner[key] != ident:
            problems.append(f"{where}: variant {v!r} already belongs to {kind} '{owner[key]}'")
        owner[key] = ident


__all__ = ["ACTOR_TYPES", "COMMON_WORDS", "RELATIONS", "TITLE_CATEGORIES", "ActorEntry", "ActorType", "Alias",
           "DictionaryError", "Relation", "Role", "Title", "build_entry", "check_fields", "check_role",
           "check_title", "claim_variants", "entry_where", "merge_actor_sources", "parse_list", "validate_actors"]
