"""The event coder's cue table, ``sitrep/data/events/cues.yaml``: read, checked and compiled once.

The table's header describes its sections and fields. Every entry is checked when the module is imported:
an unknown field, a type or sub-event type outside ACLED's typology (``data/acled/typology.yaml``), a coding
naming a cue the table lacks, or a regex that does not compile stops the import with a message naming the
entry.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from typing import Any

import yaml

from sitrep.lexicon.regex_cache import compile_all
from sitrep.lexicon.regex_literals import Gate, folded, gates

_TABLE = ("data", "events", "cues.yaml")
_TYPOLOGY = ("data", "acled", "typology.yaml")
_SECTIONS = {"version", "fragments", "filters", "cues", "labels", "codings"}
_PIECE = re.compile(r"\{([a-z_]+)\}")
_FIELDS: dict[str, type | tuple[type, ...]] = {
    "cue": str, "type": str, "sub_type": str, "strength": (int, float), "if_violent": (int, float), "text": str,
    "group": str, "needs": list, "unless": list, "span_of": str, "fallback": bool, "violent_unless": str}
_TEXTS = ("raw", "unseized", "plain", "claimless")
_Source = tuple[str, list[str]]  # where a pattern is (for messages), and its alternatives


class CueTableError(ValueError):
    """The cue table is malformed; the message names the entry."""


@dataclass(frozen=True)
class Coding:
    """One rule of the table: a cue and the coding it yields (see the table's header)."""

    cue: str
    type: str
    sub_type: str
    strength: float
    if_violent: float | None = None
    text: str = "raw"
    group: str | None = None
    needs: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    span_of: str | None = None
    fallback: bool = False
    violent_unless: str | None = None


@dataclass(frozen=True)
class CueTable:
    filters: dict[str, re.Pattern[str]]
    cues: dict[str, re.Pattern[str]]
    triggers: dict[str, re.Pattern[str]]  # a cue is searched only where its trigger is found
    labels: dict[str, tuple[str, str]]
    codings: tuple[Coding, ...]
    sources: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)  # (kind, name): alternatives

    def found(self, name: str, text: str) -> bool:
        """``filters[name].search(text) is not None``; not searched when ``text`` lacks every word the filter cannot
        match without (``lexicon.regex_literals``: the same answer), nor again when asked again of the same text
        (a demonstration's context is asked by several readers)."""
        return self._found(name, text)

    @cached_property
    def _found(self) -> Callable[[str, str], bool]:
        gates, filters = self._filter_gates, self.filters

        @lru_cache(maxsize=1024)
        def found(name: str, text: str) -> bool:
            return gates[name].may_match(folded(text)) and filters[name].search(text) is not None
        return found

    @cached_property
    def _filter_gates(self) -> dict[str, Gate]:
        return dict(zip(self.filters, gates("filters", self.filters.values()), strict=True))


def _read(parts: tuple[str, ...]) -> Any:
    text = resources.files("sitrep").joinpath(*parts).read_text(encoding="utf-8")
    try:
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as e:
        raise CueTableError(f"{'/'.join(parts)}: not valid YAML ({e})") from None


def _alternatives(section: str, name: Any, alternatives: Any) -> list[str]:
    where = f"cue table: {section} {name!r}"
    if not isinstance(name, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", name):
        raise CueTableError(f"{where}: a name is lower-case letters, digits and _")
    if not isinstance(alternatives, list) or not alternatives or not all(isinstance(a, str) and a
                                                                        for a in alternatives):
        raise CueTableError(f"{where}: expected a non-empty list of regex strings")
    return alternatives


def _source(section: str, name: Any, alternatives: Any, fragments: dict[str, str]) -> _Source:
    """The alternatives of one pattern, fragments filled in, with where they come from (compiled later, as one
    case-insensitive regex: ``_compile_all``)."""
    where = f"cue table: {section} {name!r}"
    alternatives = _alternatives(section, name, alternatives)
    unknown = {m.group(1) for a in alternatives for m in _PIECE.finditer(a)} - set(fragments)
    if unknown:
        raise CueTableError(f"{where}: no fragment named {sorted(unknown)}")
    return where, [_PIECE.sub(lambda m: fragments[m.group(1)], a) for a in alternatives]


def _check_regexes(sources: list[_Source]) -> None:
    for where, alternatives in sources:
        for i, alt in enumerate(alternatives):
            try:
                re.compile(alt)
            except re.error as e:
                raise CueTableError(f"{where}, alternative {i + 1}: bad regex ({e}): {alt!r}") from None


def _compile_all(sources: list[_Source], cache: str | None) -> list[re.Pattern[str]]:
    """Each source's alternatives as one case-insensitive regex (every alternative checked to compile alone), from
    the disk cache ``cache`` when given (``lexicon.regex_cache``: the same programs as ``re.compile``'s)."""
    specs = [("|".join(alternatives), int(re.I)) for _, alternatives in sources]
    if cache is None:
        _check_regexes(sources)
        return [re.compile(p, f) for p, f in specs]
    return compile_all(cache, specs, check=lambda: _check_regexes(sources))


def _subtypes() -> dict[str, set[str]]:
    types = _read(_TYPOLOGY)["event_types"]
    return {str(t): set(v["sub_event_types"]) for t, v in types.items()}


def _check_coding(sub_of: dict[str, set[str]], where: str, type_: Any, sub: Any) -> None:
    if type_ not in sub_of:
        raise CueTableError(f"{where}: {type_!r} is not an event type of ACLED's typology")
    if sub not in sub_of[type_]:
        raise CueTableError(f"{where}: {sub!r} is not a sub-event type of {type_}")


def _check_fields(entry: dict[str, Any], where: str) -> None:
    for key, value in entry.items():
        if key not in _FIELDS:
            raise CueTableError(f"{where}: unknown field {key!r}")
        if not isinstance(value, _FIELDS[key]) or (key != "fallback" and isinstance(value, bool)):
            raise CueTableError(f"{where}: {key} has the wrong type")


def _coding(entry: Any, n: int, names: set[str], filters: set[str], sub_of: dict[str, set[str]]) -> Coding:
    where = f"cue table: coding {n + 1}"
    if not isinstance(entry, dict):
        raise CueTableError(f"{where}: not a mapping")
    for key in ("cue", "type", "sub_type", "strength"):
        if key not in entry:
            raise CueTableError(f"{where}: no {key}")
    _check_fields(entry, where)
    _check_coding(sub_of, where, entry["type"], entry["sub_type"])
    named = [entry["cue"], *entry.get("needs", []), *entry.get("unless", [])]
    for cue in named + ([entry["span_of"]] if "span_of" in entry else []):
        if cue not in names:
            raise CueTableError(f"{where}: no cue named {cue!r}")
    if entry.get("text", "raw") not in _TEXTS:
        raise CueTableError(f"{where}: text is one of {_TEXTS}")
    if entry.get("violent_unless", next(iter(filters), "")) not in filters:
        raise CueTableError(f"{where}: no filter named {entry['violent_unless']!r}")
    for key in ("strength", "if_violent"):
        if key in entry and not 0 <= entry[key] <= 1:
            raise CueTableError(f"{where}: {key} lies outside 0..1")
    return Coding(**{**entry, "needs": tuple(entry.get("needs", ())), "unless": tuple(entry.get("unless", ()))})


def load_table() -> CueTable:
    """The shipped cue table, checked and compiled (its regular expressions kept in the disk cache ``regex-cues``)."""
    return build_table(_read(_TABLE), cache="cues")


def build_table(data: Any, cache: str | None = None) -> CueTable:
    """A cue table from its parsed YAML, checked and compiled (``CueTableError`` naming a bad entry); ``cache``: the
    name its compiled regular expressions are kept under on disk (``lexicon.regex_cache``), None to compile them."""
    if not isinstance(data, dict) or set(data) != _SECTIONS:
        raise CueTableError(f"cue table: expected the sections {sorted(_SECTIONS)}")
    for section in ("fragments", "filters", "cues", "labels"):
        if not isinstance(data[section], dict):
            raise CueTableError(f"cue table: {section} is not a mapping")
    if not isinstance(data["codings"], list):
        raise CueTableError("cue table: codings is not a list")
    sub_of = _subtypes()
    fragments = {n: "(?:" + "|".join(_alternatives("fragment", n, alts)) + ")"
                 for n, alts in (data["fragments"] or {}).items()}
    sources = [_source("filter", n, alts, fragments) for n, alts in data["filters"].items()]
    kinds: list[tuple[str, str]] = [("filter", n) for n in data["filters"]]
    for n, alts in data["cues"].items():
        if isinstance(alts, dict):
            if set(alts) != {"trigger", "any"}:
                raise CueTableError(f"cue table: cue {n!r}: a mapping has the keys trigger and any")
            sources.append(_source("trigger of cue", n, alts["trigger"], fragments))
            kinds.append(("trigger", n))
            alts = alts["any"]
        sources.append(_source("cue", n, alts, fragments))
        kinds.append(("cue", n))
    compiled: dict[str, dict[str, re.Pattern[str]]] = {"filter": {}, "cue": {}, "trigger": {}}
    for (kind, n), pattern in zip(kinds, _compile_all(sources, cache), strict=True):
        compiled[kind][n] = pattern
    alternatives = {k: tuple(alts) for k, (_, alts) in zip(kinds, sources, strict=True)}
    filters, cues, triggers = compiled["filter"], compiled["cue"], compiled["trigger"]
    labels: dict[str, tuple[str, str]] = {}
    for label, coding in data["labels"].items():
        if not isinstance(coding, list) or len(coding) != 2:
            raise CueTableError(f"cue table: label {label!r}: expected [type, sub-event type]")
        _check_coding(sub_of, f"cue table: label {label!r}", *coding)
        labels[str(label).lower()] = (coding[0], coding[1])
    codings = tuple(_coding(e, n, set(cues), set(filters), sub_of) for n, e in enumerate(data["codings"]))
    unused = set(cues) - {c.cue for c in codings} - {n for c in codings for n in c.needs + c.unless}
    if unused:
        raise CueTableError(f"cue table: cues no coding uses: {sorted(unused)}")
    return CueTable(filters, cues, triggers, labels, codings, alternatives)


__all__ = ["Coding", "CueTable", "CueTableError", "build_table", "load_table"]
