"""Curated domain dictionaries: actors, titles and roles, loaded from YAML data files.

The shipped files live in ``sitrep/data/dictionaries`` (``actors_*.yaml``, ``titles.yaml``,
``roles.yaml``; see the README there for the schema). They hold general domain knowledge only.

* :func:`load_actors` returns an :class:`ActorDictionary` with a fast :meth:`ActorDictionary.lookup`
  over normalized alias keys. Users may pass extra YAML files with the same schema: a new ``id``
  adds an entry, an existing ``id`` extends it (lists are merged, given scalar fields override).
* :func:`load_titles` and :func:`load_roles` return the honorific/rank and role-noun tables.

Every problem found while loading is reported in one :class:`DictionaryError` whose message names
the file and the entry; the records and the checks of the entries are in
:mod:`sitrep.lexicon.dictionary_schema`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, cast

from sitrep.lexicon.cache import cached
from sitrep.lexicon.dictionary_schema import (
    ACTOR_TYPES,
    ActorEntry,
    Alias,
    DictionaryError,
    Role,
    Title,
    build_entry,
    check_role,
    check_title,
    claim_variants,
    entry_where,
    merge_actor_sources,
    parse_list,
    validate_actors,
)
from sitrep.lexicon.keys import normalize_key

DATA_PACKAGE = "sitrep"
DATA_DIR = ("data", "dictionaries")


# ---------------------------------------------------------------------------------------------- actors


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


def load_actors(extra_paths: Iterable[str | Path] = ()) -> ActorDictionary:
    """The shipped actor dictionary, extended by user YAML files (same schema) when given."""
    extras = tuple(str(p) for p in extra_paths)
    if not extras:
        return _load_shipped_actors()
    return _load_actors(_shipped_files("actors") + _read_user_files(extras))


@lru_cache(maxsize=1)
def _load_shipped_actors() -> ActorDictionary:
    return cached("actors", _build_load_shipped_actors)


def _build_load_shipped_actors() -> ActorDictionary:
    return _load_actors(_shipped_files("actors"))


def load_actor_files(paths: Iterable[str | Path]) -> ActorDictionary:
    """An actor dictionary from the given files only (no shipped data)."""
    return _load_actors(_read_user_files(paths))


def _load_actors(files: Sequence[tuple[str, str]]) -> ActorDictionary:
    problems: list[str] = []
    merged = merge_actor_sources(files, problems, allow_extend=True)
    entries: dict[str, ActorEntry] = {}
    for raw in merged.values():
        entry = build_entry(raw, problems)
        if entry is not None:
            entries[entry.id] = entry
    if not problems:
        validate_actors(entries, problems)
    if problems:
        raise DictionaryError(problems)
    return ActorDictionary(entries.values())


# ---------------------------------------------------------------------------------------------- titles


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


def load_titles(extra_paths: Iterable[str | Path] = ()) -> TitleDictionary:
    """Honorifics, ranks and titles (``titles.yaml``), plus user files adding new ids."""
    extras = tuple(str(p) for p in extra_paths)
    if not extras:
        return _load_shipped_titles()
    return _load_titles(_shipped_files("titles") + _read_user_files(extras))


@lru_cache(maxsize=1)
def _load_shipped_titles() -> TitleDictionary:
    return cached("titles", _build_load_shipped_titles)


def _build_load_shipped_titles() -> TitleDictionary:
    return _load_titles(_shipped_files("titles"))


def _load_titles(files: Sequence[tuple[str, str]]) -> TitleDictionary:
    problems: list[str] = []
    titles: dict[str, Title] = {}
    owner: dict[str, str] = {}
    role_ids = {r for r in _load_shipped_roles().roles} if files else set()
    for label, text in files:
        for i, raw in enumerate(parse_list(label, text, "titles", problems)):
            where = entry_where(label, i, raw)
            title = check_title(where, raw, titles, role_ids, problems)
            if title is None:
                continue
            claim_variants(where, "title", title.id, (title.normalized, *title.variants), owner, problems)
            titles[title.id] = title
    if problems:
        raise DictionaryError(problems)
    return TitleDictionary(titles)


# ---------------------------------------------------------------------------------------------- roles


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


def load_roles(extra_paths: Iterable[str | Path] = ()) -> RoleDictionary:
    """Role nouns (``roles.yaml``) with the relation each implies, plus user files adding new ids."""
    extras = tuple(str(p) for p in extra_paths)
    if not extras:
        return _load_shipped_roles()
    return _load_roles(_shipped_files("roles") + _read_user_files(extras))


@lru_cache(maxsize=1)
def _load_shipped_roles() -> RoleDictionary:
    return cached("roles", _build_load_shipped_roles)


def _build_load_shipped_roles() -> RoleDictionary:
    return _load_roles(_shipped_files("roles"))


def _load_roles(files: Sequence[tuple[str, str]]) -> RoleDictionary:
    problems: list[str] = []
    roles: dict[str, Role] = {}
    owner: dict[str, str] = {}
    for label, text in files:
        for i, raw in enumerate(parse_list(label, text, "roles", problems)):
            where = entry_where(label, i, raw)
            role = check_role(where, raw, roles, problems)
            if role is None:
                continue
            claim_variants(where, "role", role.id, (role.role, *role.variants), owner, problems)
            roles[role.id] = role
    if problems:
        raise DictionaryError(problems)
    return RoleDictionary(roles)


# the records and the error of the loaders come from dictionary_schema; ACTOR_TYPES names the valid types
__all__ = ["ACTOR_TYPES", "DATA_DIR", "DATA_PACKAGE", "ActorDictionary", "ActorEntry", "Alias", "DictionaryError",
           "Role", "RoleDictionary", "Title", "TitleDictionary", "load_actor_files", "load_actors", "load_roles",
           "load_titles"]
