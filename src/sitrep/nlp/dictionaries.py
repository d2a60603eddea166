"""Curated domain dictionaries: actors, titles and roles, loaded from YAML data files.

The shipped files live in ``sitrep/data/dictionaries`` (``actors_*.yaml``, ``titles.yaml``,
``roles.yaml``; see the README there for the schema). They hold general domain knowledge only.

* :func:`load_actors` returns an :class:`ActorDictionary` with a fast :meth:`ActorDictionary.lookup`
  over normalized alias keys. Users may pass extra YAML files with the same schema: a new ``id``
  adds an entry, an existing ``id`` extends it (lists are merged, given scalar fields override).
* :func:`load_titles` and :func:`load_roles` return the honorific/rank and role-noun tables.

Every problem found while loading is reported in one :class:`DictionaryError` whose message names
the file and the entry.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal, cast, get_args

import yaml

ActorType = Literal["armed_group", "state_force", "government", "organization"]
Relation = Literal["leader_of", "holds_position", "member_of"]
ACTOR_TYPES: frozenset[str] = frozenset(get_args(ActorType))
RELATIONS: frozenset[str] = frozenset(get_args(Relation))
TITLE_CATEGORIES = frozenset({
    "honorific", "academic", "professional", "tribal", "military_rank", "political_office", "religious",
    "kunya", "name_particle",
})
DATA_PACKAGE = "sitrep"
DATA_DIR = ("data", "dictionaries")

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

_APOSTROPHES = dict.fromkeys(map(ord, "'’‘`´ʼʻʿʾ′\"“”"), None)
_DOTS = dict.fromkeys(map(ord, "."), None)
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—―_/\\()\[\]{},;:!?|*+=<>~^#%@$]+")


def normalize_key(text: str, *, fold: bool = True) -> str:
    """The lookup key of an alias or a text span.

    Unicode NFKD with combining marks dropped (diacritics), apostrophes/quotes and dots removed
    ("Jama'at" ~ "Jamaat", "U.S." ~ "US"), hyphens, dashes, slashes, brackets and other punctuation
    turned into single spaces ("Wilayat-e-Khorasan" ~ "Wilayat e Khorasan"), case-folded unless
    ``fold`` is false.
    """
    if text.isascii():  # the common case: NFKD leaves ASCII as it is, and no ASCII character is a combining mark
        stripped = text
    else:
        decomposed = unicodedata.normalize("NFKD", text)
        stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = stripped.translate(_APOSTROPHES).translate(_DOTS)
    key = _SEPARATORS.sub(" ", stripped).strip()
    return key.casefold() if fold else key


_VOWELS = re.compile(r"(?<=.)[aeiouyw]+")
_DIGRAPHS = (("ph", "f"), ("q", "k"), ("ck", "k"), ("dh", "d"), ("th", "t"), ("gh", "g"), ("v", "w"), ("x", "ks"))


def translit_key(text: str) -> str:
    """A spelling-tolerant key for names transliterated from Dari, Pashto, Urdu or Arabic.

    Spaces, hyphens and linking vowels go, vowels after the first letter go, doubled letters fold, and
    common consonant variants meet: Taleban ~ Taliban, Jawzjan ~ Jowzjan ~ Joz jan, Darz Aab ~ Darzab,
    Qushtepa ~ Qush-Teppa ~ Qosh Tepa, Shiberghan ~ Sheberghan ~ Shibirghan, Raza ~ Reza. Used only as
    a blocking key: a match proposes a candidate, it never decides alone.
    """
    key = normalize_key(text).replace(" ", "")
    for a, b in _DIGRAPHS:
        key = key.replace(a, b)
    key = _VOWELS.sub("", key)
    return re.sub(r"(.)\1+", r"\1", key)


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
    "note": (str, type(None)),
}
_LIST_FIELDS = ("aliases", "case_sensitive_aliases", "ambiguous_aliases", "affiliate_of", "distinct_from")


class ActorDictionary:
    """Validated actor entries with an index from normalized alias keys to entries."""

    def __init__(self, entries: Iterable[ActorEntry]) -> None:
        self.entries: dict[str, ActorEntry] = {e.id: e for e in entries}
        self._index: dict[str, list[Alias]] = {}
        self._children: dict[str, list[str]] = {}
        self._affiliates: dict[str, list[str]] = {}
        self._distinct: dict[str, set[str]] = {}
        self._acled: dict[str, list[str]] = {}
        for entry in self.entries.values():
            if entry.acled_name:
                self._acled.setdefault(normalize_key(entry.acled_name), []).append(entry.id)
            for alias in entry.alias_records():
                self._index.setdefault(alias.key, []).append(alias)
            if entry.parent:
                self._children.setdefault(entry.parent, []).append(entry.id)
            for target in entry.affiliate_of:
                self._affiliates.setdefault(target, []).append(entry.id)
            for other in entry.distinct_from:
                self._distinct.setdefault(entry.id, set()).add(other)
                self._distinct.setdefault(other, set()).add(entry.id)

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[ActorEntry]:
        return iter(self.entries.values())

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self.entries

    def __getitem__(self, entry_id: str) -> ActorEntry:
        return self.entries[entry_id]

    def get(self, entry_id: str) -> ActorEntry | None:
        return self.entries.get(entry_id)

    def lookup_aliases(self, text: str, *, include_ambiguous: bool = True) -> list[Alias]:
        """Aliases matching ``text`` (case-sensitive aliases only with the same letter case)."""
        return self.aliases_for_key(normalize_key(text, fold=False), include_ambiguous=include_ambiguous)

    def aliases_for_key(self, case_key: str, *, include_ambiguous: bool = True) -> list[Alias]:
        """:meth:`lookup_aliases` for a text whose ``normalize_key(text, fold=False)`` is ``case_key``."""
        hits = self._index.get(case_key.casefold(), [])
        return [a for a in hits if a.matches(case_key) and (include_ambiguous or not a.ambiguous)]

    def lookup(self, text: str, *, include_ambiguous: bool = True) -> list[ActorEntry]:
        """Entries one of whose aliases is ``text`` after normalization; several when it is ambiguous."""
        seen: dict[str, ActorEntry] = {}
        for alias in self.lookup_aliases(text, include_ambiguous=include_ambiguous):
            seen.setdefault(alias.entry_id, self.entries[alias.entry_id])
        return list(seen.values())

    def by_acled_name(self, acled_name: str) -> list[ActorEntry]:
        """Entries whose ``acled_name`` is ``acled_name`` (normalized comparison)."""
        return [self.entries[i] for i in self._acled.get(normalize_key(acled_name), [])]

    def aliases(self) -> list[Alias]:
        """All alias records (for building a phrase matcher)."""
        return [a for hits in self._index.values() for a in hits]

    def alias_strings(self, *, include_ambiguous: bool = True) -> list[str]:
        """All distinct alias strings as written in the data, sorted longest first."""
        texts = {a.text for a in self.aliases() if include_ambiguous or not a.ambiguous}
        return sorted(texts, key=lambda t: (-len(t), t))

    def children(self, entry_id: str) -> list[ActorEntry]:
        return [self.entries[c] for c in self._children.get(entry_id, [])]

    def affiliates(self, entry_id: str) -> list[ActorEntry]:
        """Entries that list ``entry_id`` in ``affiliate_of`` (e.g. the provinces of the Islamic State)."""
        return [self.entries[c] for c in self._affiliates.get(entry_id, [])]

    def ancestors(self, entry_id: str) -> list[ActorEntry]:
        out: list[ActorEntry] = []
        current = self.entries[entry_id].parent
        while current is not None and current in self.entries and len(out) < len(self.entries):
            out.append(self.entries[current])
            current = self.entries[current].parent
        return out

    def are_distinct(self, a: str, b: str) -> bool:
        """True when the two entries are declared look-alikes that must never be merged (symmetric)."""
        return b in self._distinct.get(a, set())

    def regional_affiliate(self, entry_id: str, country: str) -> ActorEntry | None:
        """The child or affiliate of ``entry_id`` based in ``country`` ("islamic-state", "AF" -> ISKP)."""
        for cand in [*self.children(entry_id), *self.affiliates(entry_id)]:
            if cand.country == country:
                return cand
        return None

    def acled_name_for(self, entry_id: str, *, with_unit: bool = True) -> str | None:
        """ACLED's actor name for an entry: its own, else the nearest ancestor's.

        With ``with_unit=False`` a unit suffix is dropped: when the entry's ACLED name extends its
        parent's ("Police Forces of Afghanistan (2014-2021) National Directorate of Security"),
        the parent's name is returned.
        """
        entry = self.entries[entry_id]
        chain = [entry, *self.ancestors(entry_id)]
        named = [e for e in chain if e.acled_name]
        if not named:
            return None
        name = cast(str, named[0].acled_name)
        if not with_unit:
            for anc in named[1:]:
                base = cast(str, anc.acled_name)
                if name.startswith(base + " "):
                    name = base
        return name


def _resource_dir() -> Any:
    return resources.files(DATA_PACKAGE).joinpath(*DATA_DIR)


def _shipped_files(prefix: str) -> list[tuple[str, str]]:
    """(label, text) of shipped YAML files whose name starts with ``prefix``, sorted by name."""
    folder = _resource_dir()
    out = []
    for item in folder.iterdir():
        if item.name.startswith(prefix) and item.name.endswith(".yaml"):
            out.append((f"{'/'.join(DATA_DIR)}/{item.name}", item.read_text(encoding="utf-8")))
    return sorted(out)


def _read_user_files(paths: Iterable[str | Path]) -> list[tuple[str, str]]:
    out = []
    for p in paths:
        path = Path(p)
        try:
            out.append((str(path), path.read_text(encoding="utf-8")))
        except OSError as exc:
            raise DictionaryError([f"{path}: cannot read: {exc.strerror or exc}"]) from exc
    return out


def _parse(label: str, text: str, list_key: str, problems: list[str]) -> list[Any]:
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


def _where(label: str, index: int, raw: Any) -> str:
    ident = raw.get("id") if isinstance(raw, dict) else None
    return f"{label}: entry #{index + 1}" + (f" '{ident}'" if ident else "")


def _check_fields(where: str, raw: Mapping[str, Any], spec: Mapping[str, type | tuple[type, ...]],
                  problems: list[str]) -> bool:
    ok = True
    for key, value in raw.items():
        if key not in spec:
            problems.append(f"{where}: unknown field {key!r} (allowed: {', '.join(spec)})")
            ok = False
        elif not isinstance(value, spec[key]) or (isinstance(value, bool) and spec[key] in (str, int)):
            problems.append(f"{where}: field {key!r} has the wrong type ({type(value).__name__})")
            ok = False
        elif isinstance(value, list) and not all(isinstance(v, str) and v.strip() for v in value):
            problems.append(f"{where}: field {key!r} must be a list of non-empty strings")
            ok = False
    return ok


def _merge_actor_sources(files: Sequence[tuple[str, str]], problems: list[str],
                         allow_extend: bool) -> dict[str, dict[str, Any]]:
    merged: dict[str, dict[str, Any]] = {}
    for label, text in files:
        seen_here: set[str] = set()
        for i, raw in enumerate(_parse(label, text, "entries", problems)):
            where = _where(label, i, raw)
            if not isinstance(raw, dict):
                problems.append(f"{where}: an entry must be a mapping")
                continue
            if not _check_fields(where, raw, _ACTOR_FIELDS, problems):
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


def _build_entry(raw: dict[str, Any], problems: list[str]) -> ActorEntry | None:
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
    if len(problems) > before:
        return None
    return ActorEntry(
        id=raw["id"], name=cast(str, name).strip(), type=cast(ActorType, etype), country=country,
        acled_name=raw.get("acled_name"), acled_name_verified=bool(raw.get("acled_name_verified", False)),
        aliases=tuple(raw.get("aliases", [])), case_sensitive_aliases=tuple(raw.get("case_sensitive_aliases", [])),
        ambiguous_aliases=tuple(raw.get("ambiguous_aliases", [])), parent=raw.get("parent"),
        affiliate_of=tuple(raw.get("affiliate_of", [])), distinct_from=tuple(raw.get("distinct_from", [])),
        active=None if active is None else str(active), note=raw.get("note"), sources=tuple(raw["sources"]),
    )


def _validate_actors(entries: dict[str, ActorEntry], problems: list[str]) -> None:  # noqa: C901
    def where(e: ActorEntry) -> str:
        return f"{', '.join(e.sources)}: entry '{e.id}'"

    for e in entries.values():
        refs = [("parent", [e.parent] if e.parent else []), ("affiliate_of", list(e.affiliate_of)),
                ("distinct_from", list(e.distinct_from))]
        for fname, ids in refs:
            for ref in ids:
                if ref not in entries:
                    problems.append(f"{where(e)}: {fname} refers to unknown id {ref!r}")
                elif ref == e.id:
                    problems.append(f"{where(e)}: {fname} refers to the entry itself")
        linked = ({e.parent} if e.parent else set()) | set(e.affiliate_of)
        for ref in sorted(linked & set(e.distinct_from)):
            problems.append(f"{where(e)}: {ref!r} is both linked (parent/affiliate_of) and distinct_from")
        seen = {e.id}
        current = e.parent
        while current in entries:
            if current in seen:
                problems.append(f"{where(e)}: parent chain has a cycle through {current!r}")
                break
            seen.add(current)
            current = entries[current].parent
        for alias in e.alias_records():
            if not alias.case_sensitive and not alias.ambiguous and alias.key in COMMON_WORDS:
                problems.append(f"{where(e)}: alias {alias.text!r} is a common word; list it in"
                                " case_sensitive_aliases or ambiguous_aliases")
            elif not alias.case_sensitive and not alias.ambiguous and len(alias.key.replace(" ", "")) <= 2:
                problems.append(f"{where(e)}: alias {alias.text!r} is too short to match case-insensitively;"
                                " list it in case_sensitive_aliases")
        for text in (*e.aliases, *e.case_sensitive_aliases, *e.ambiguous_aliases):
            if not normalize_key(text):
                problems.append(f"{where(e)}: alias {text!r} is empty after normalization")

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
                    f"{where(entries[b.entry_id])}: alias {b.text!r} is also an alias of '{a.entry_id}'"
                    f" ({', '.join(entries[a.entry_id].sources)}); list it in ambiguous_aliases of both entries"
                    " or remove it from one")


def load_actors(extra_paths: Iterable[str | Path] = ()) -> ActorDictionary:
    """The shipped actor dictionary, extended by user YAML files (same schema) when given."""
    extras = tuple(str(p) for p in extra_paths)
    if not extras:
        return _load_shipped_actors()
    return _load_actors(_shipped_files("actors") + _read_user_files(extras))


@lru_cache(maxsize=1)
def _load_shipped_actors() -> ActorDictionary:
    return _load_actors(_shipped_files("actors"))


def load_actor_files(paths: Iterable[str | Path]) -> ActorDictionary:
    """An actor dictionary from the given files only (no shipped data)."""
    return _load_actors(_read_user_files(paths))


def _load_actors(files: Sequence[tuple[str, str]]) -> ActorDictionary:
    problems: list[str] = []
    merged = _merge_actor_sources(files, problems, allow_extend=True)
    entries: dict[str, ActorEntry] = {}
    for raw in merged.values():
        entry = _build_entry(raw, problems)
        if entry is not None:
            entries[entry.id] = entry
    if not problems:
        _validate_actors(entries, problems)
    if problems:
        raise DictionaryError(problems)
    return ActorDictionary(entries.values())


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


@dataclass
class TitleDictionary:
    titles: dict[str, Title]
    _index: dict[str, Title] = field(default_factory=dict, repr=False)
    _max_words: int = 1

    def __post_init__(self) -> None:
        for title in self.titles.values():
            for v in (title.normalized, *title.variants):
                key = normalize_key(v)
                self._index.setdefault(key, title)
                self._max_words = max(self._max_words, len(key.split()))

    def lookup(self, text: str) -> Title | None:
        return self._index.get(normalize_key(text))

    def variant_strings(self) -> list[str]:
        texts = {v for t in self.titles.values() for v in (t.normalized, *t.variants)}
        return sorted(texts, key=lambda s: (-len(s), s))

    def split_name(self, name: str) -> tuple[list[Title], str]:
        """Leading titles of a person's name and the name without the strippable ones.

        "Lt. Gen. Abdul Raziq" -> ([Lieutenant General], "Abdul Raziq"); "Mullah Omar" keeps "Mullah"
        (``strip`` false) -> ([Mullah], "Mullah Omar"). Ambiguous titles (Amir, Sayed, Khan) are only
        taken when a further word follows; the last word is never taken.
        """
        words = name.split()
        found: list[Title] = []
        kept: list[str] = []
        i = 0
        while i < len(words) - 1:
            for n in range(min(self._max_words, len(words) - 1 - i), 0, -1):
                title = self._index.get(normalize_key(" ".join(words[i:i + n])))
                if title is not None and title.position == "prefix":
                    found.append(title)
                    if not title.strip:
                        kept.extend(words[i:i + n])
                    i += n
                    break
            else:
                break
        return found, " ".join([*kept, *words[i:]])


_TITLE_FIELDS: dict[str, type | tuple[type, ...]] = {
    "id": str, "normalized": str, "category": str, "variants": list, "position": str, "strip": bool,
    "ambiguous": bool, "implies_role": (str, type(None)), "note": (str, type(None)),
}


def load_titles(extra_paths: Iterable[str | Path] = ()) -> TitleDictionary:
    """Honorifics, ranks and titles (``titles.yaml``), plus user files adding new ids."""
    extras = tuple(str(p) for p in extra_paths)
    if not extras:
        return _load_shipped_titles()
    return _load_titles(_shipped_files("titles") + _read_user_files(extras))


@lru_cache(maxsize=1)
def _load_shipped_titles() -> TitleDictionary:
    return _load_titles(_shipped_files("titles"))


def _load_titles(files: Sequence[tuple[str, str]]) -> TitleDictionary:  # noqa: C901
    problems: list[str] = []
    titles: dict[str, Title] = {}
    owner: dict[str, str] = {}
    role_ids = {r for r in _load_shipped_roles().roles} if files else set()
    for label, text in files:
        for i, raw in enumerate(_parse(label, text, "titles", problems)):
            where = _where(label, i, raw)
            if not isinstance(raw, dict) or not _check_fields(where, raw, _TITLE_FIELDS, problems):
                if not isinstance(raw, dict):
                    problems.append(f"{where}: a title must be a mapping")
                continue
            ident, norm = raw.get("id"), raw.get("normalized")
            if not isinstance(ident, str) or not _ID.match(ident) or not isinstance(norm, str):
                problems.append(f"{where}: needs a slug 'id' and a 'normalized' form")
                continue
            if ident in titles:
                problems.append(f"{where}: duplicate title id {ident!r}")
                continue
            if raw.get("category") not in TITLE_CATEGORIES:
                problems.append(f"{where}: 'category' must be one of {', '.join(sorted(TITLE_CATEGORIES))}")
                continue
            if raw.get("position", "prefix") not in ("prefix", "suffix"):
                problems.append(f"{where}: 'position' must be prefix or suffix")
                continue
            if raw.get("implies_role") is not None and raw["implies_role"] not in role_ids:
                problems.append(f"{where}: implies_role refers to unknown role id {raw['implies_role']!r}")
                continue
            title = Title(id=ident, normalized=norm, category=raw["category"], variants=tuple(raw.get("variants", [])),
                          position=raw.get("position", "prefix"), strip=raw.get("strip", True),
                          ambiguous=raw.get("ambiguous", False), implies_role=raw.get("implies_role"),
                          note=raw.get("note"))
            for v in (norm, *title.variants):
                key = normalize_key(v)
                if key in owner and owner[key] != ident:
                    problems.append(f"{where}: variant {v!r} already belongs to title '{owner[key]}'")
                owner[key] = ident
            titles[ident] = title
    if problems:
        raise DictionaryError(problems)
    return TitleDictionary(titles)


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


@dataclass
class RoleDictionary:
    roles: dict[str, Role]
    _index: dict[str, Role] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for role in self.roles.values():
            for v in (role.role, *role.variants):
                self._index.setdefault(normalize_key(v), role)

    def lookup(self, text: str) -> Role | None:
        return self._index.get(normalize_key(text))

    def variant_strings(self) -> list[str]:
        return sorted({v for r in self.roles.values() for v in (r.role, *r.variants)}, key=lambda s: (-len(s), s))


_ROLE_FIELDS: dict[str, type | tuple[type, ...]] = {
    "id": str, "role": str, "relation": (str, type(None)), "category": str, "object_types": list, "variants": list,
}
_OBJECT_TYPES = ACTOR_TYPES | {"location", "person", "other"}


def load_roles(extra_paths: Iterable[str | Path] = ()) -> RoleDictionary:
    """Role nouns (``roles.yaml``) with the relation each implies, plus user files adding new ids."""
    extras = tuple(str(p) for p in extra_paths)
    if not extras:
        return _load_shipped_roles()
    return _load_roles(_shipped_files("roles") + _read_user_files(extras))


@lru_cache(maxsize=1)
def _load_shipped_roles() -> RoleDictionary:
    return _load_roles(_shipped_files("roles"))


def _load_roles(files: Sequence[tuple[str, str]]) -> RoleDictionary:
    problems: list[str] = []
    roles: dict[str, Role] = {}
    owner: dict[str, str] = {}
    for label, text in files:
        for i, raw in enumerate(_parse(label, text, "roles", problems)):
            where = _where(label, i, raw)
            if not isinstance(raw, dict):
                problems.append(f"{where}: a role must be a mapping")
                continue
            if not _check_fields(where, raw, _ROLE_FIELDS, problems):
                continue
            ident, name = raw.get("id"), raw.get("role")
            if not isinstance(ident, str) or not _ID.match(ident) or not isinstance(name, str):
                problems.append(f"{where}: needs a slug 'id' and a 'role' name")
                continue
            if ident in roles:
                problems.append(f"{where}: duplicate role id {ident!r}")
                continue
            relation = raw.get("relation")
            if relation is not None and relation not in RELATIONS:
                problems.append(f"{where}: 'relation' must be one of {', '.join(sorted(RELATIONS))} or null")
                continue
            bad = [t for t in raw.get("object_types", []) if t not in _OBJECT_TYPES]
            if bad:
                problems.append(f"{where}: unknown object_types {bad}")
                continue
            role = Role(id=ident, role=name, relation=cast("Relation | None", relation),
                        category=str(raw.get("category", "")), object_types=tuple(raw.get("object_types", [])),
                        variants=tuple(raw.get("variants", [])))
            for v in (name, *role.variants):
                key = normalize_key(v)
                if key in owner and owner[key] != ident:
                    problems.append(f"{where}: variant {v!r} already belongs to role '{owner[key]}'")
                owner[key] = ident
            roles[ident] = role
    if problems:
        raise DictionaryError(problems)
    return RoleDictionary(roles)
