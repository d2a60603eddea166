"""Countries: names as ACLED writes them, other names, demonyms, codes, regions, government periods.

The facts live in ``sitrep/data/countries``:

* ``countries.csv``: ``iso2, iso3, name, the, region, alt_names, demonyms``. ``name`` is the short name
  ACLED's actor names use ("Democratic Republic of Congo", "Ivory Coast"); ``the`` is "the" when the
  name takes the article after "of" ("Military Forces of the Philippines", but "Protesters
  (Philippines)"); ``alt_names`` and ``demonyms`` are lists separated by ``|``.
* ``governments.csv``: ``iso2, start, end, period, of_name``: the government in power from ``start`` (inclusive)
  to ``end`` (exclusive, empty while it lasts) and the period ACLED writes after a state actor's name
  ("Military Forces of Kenya (2013-2022)"). Only periods known for certain are listed; a country or
  date not covered gets no period. ``of_name`` (optional): the name after "of" in the period's actor names
  where ACLED wrote it otherwise than it does now ("Military Forces of Democratic Republic of Congo
  (2001-2019)", without the article its later names take).

* ``ethnic_groups.csv``: ``name, kind, countries, acled``: ethnic groups and clans whose armed men ACLED names
  "X Ethnic Militia (Country)" or "X Clan Militia (Country)" (``kind``: ethnic, clan or tribal; communal for a
  brotherhood ACLED counts among communal militias: "Dozo Communal Militia (Mali)"), with the
  countries (ISO alpha-2, ``|``-separated) where the name is read that way; ``acled`` (optional): the name
  ACLED writes for the group when a text spells it otherwise ("Peul": "Fulani", "Twa": "Batwa").

All files are checked when loaded; every problem is reported at once as a :class:`CountryDataError`.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Protocol, TypeVar

from sitrep.lexicon.keys import ascii_fold
from sitrep.lexicon.name_patterns import first_letter_alternation

REGIONS = frozenset({
    "Western Africa", "Middle Africa", "Eastern Africa", "Southern Africa", "Northern Africa", "Middle East",
    "South Asia", "Southeast Asia", "East Asia", "Caucasus and Central Asia", "Europe", "South America",
    "Central America", "Caribbean", "North America", "Oceania",
})
_COUNTRY_FIELDS = ("iso2", "iso3", "name", "the", "region", "alt_names", "demonyms")
_GOVERNMENT_FIELDS = ("iso2", "start", "end", "period", "of_name")
_ISO2 = re.compile(r"^[A-Z]{2}$")
_ISO3 = re.compile(r"^[A-Z]{3}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_PERIOD = re.compile(r"^\d{4}-(?:\d{4})?$")


class CountryDataError(ValueError):
    """One or more problems in the country files; ``problems`` lists them as 'file:line: message'."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s) in sitrep country data:\n  " + "\n  ".join(problems))


@dataclass(frozen=True)
class Country:
    iso2: str
    iso3: str
    name: str
    the: bool
    region: str
    alt_names: tuple[str, ...]
    demonyms: tuple[str, ...]

    @property
    def of_name(self) -> str:
        """The name after "of": "the Philippines", "Kenya"."""
        return f"the {self.name}" if self.the else self.name


@dataclass(frozen=True)
class Government:
    iso2: str
    start: str
    end: str | None
    period: str
    of_name: str = ""  # the name after "of" in the period's actor names, when not the country's ``of_name``


def _split(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split("|") if v.strip())


def _rows(text: str, fields: tuple[str, ...], fname: str, problems: list[str]) -> list[tuple[int, dict[str, str]]]:
    reader = csv.DictReader(io.StringIO(text))
    if tuple(reader.fieldnames or ()) != fields:
        problems.append(f"{fname}:1: header must be {','.join(fields)}")
        return []
    return [(n, {k: (v or "").strip() for k, v in row.items() if k is not None})
            for n, row in enumerate(reader, start=2)]


class _Named(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def country(self) -> str: ...
    @property
    def aliases(self) -> tuple[str, ...]: ...


N = TypeVar("N", bound=_Named)


def index_by_names(items: Iterable[tuple[str, N]], known: set[str]) -> dict[str, N]:
    """Each item (a party, a leader: with its ``where``, 'file:line') by its name and each alias; an empty name, an
    unknown country or a name given to two items is a problem, all reported at once as a CountryDataError."""
    problems: list[str] = []
    out: dict[str, N] = {}
    for where, item in items:
        bad = [f"{where}: name is empty"] if not item.name else []
        bad += [f"{where}: unknown country {item.country!r}"] if item.country not in known else []
        bad += [f"{where}: {w!r} already names {out[w].name}" for w in (item.name, *item.aliases) if w in out]
        problems += bad
        if not bad:
            out.update(dict.fromkeys((item.name, *item.aliases), item))
    if problems:
        raise CountryDataError(problems)
    return out


def check_country(row: dict[str, str], where: str) -> tuple[Country | None, list[str]]:
    """A row of ``countries.csv`` as a :class:`Country`, or the problems it has."""
    problems = []
    if not _ISO2.match(row["iso2"]):
        problems.append(f"{where}: iso2 must be two capital letters, got {row['iso2']!r}")
    if not _ISO3.match(row["iso3"]):
        problems.append(f"{where}: iso3 must be three capital letters, got {row['iso3']!r}")
    if not row["name"]:
        problems.append(f"{where}: name is empty")
    if row["the"] not in ("", "the"):
        problems.append(f"{where}: 'the' must be empty or 'the', got {row['the']!r}")
    if row["region"] not in REGIONS:
        problems.append(f"{where}: unknown region {row['region']!r}")
    if problems:
        return None, problems
    return Country(row["iso2"], row["iso3"], row["name"], row["the"] == "the", row["region"],
                   _split(row["alt_names"]), _split(row["demonyms"])), []


def parse_countries(text: str, fname: str = "countries.csv") -> dict[str, Country]:
    problems: list[str] = []
    out: dict[str, Country] = {}
    seen: dict[str, str] = {}
    for n, row in _rows(text, _COUNTRY_FIELDS, fname, problems):
        c, errs = check_country(row, f"{fname}:{n}")
        problems += errs
        if c is None:
            continue
        if c.iso2 in out:
            problems.append(f"{fname}:{n}: duplicate iso2 {c.iso2}")
        for word in (c.name, *c.alt_names, *c.demonyms):
            other = seen.setdefault(word, c.iso2)
            if other != c.iso2:
                problems.append(f"{fname}:{n}: {word!r} already names {other}")
        out[c.iso2] = c
    if problems:
        raise CountryDataError(problems)
    return out


def parse_governments(text: str, known: set[str], fname: str = "governments.csv") -> list[Government]:
    problems: list[str] = []
    out: list[Government] = []
    for n, row in _rows(text, _GOVERNMENT_FIELDS, fname, problems):
        where = f"{fname}:{n}"
        bad = [f"{where}: unknown country {row['iso2']!r}"] if row["iso2"] not in known else []
        bad += [f"{where}: {k} must be YYYY-MM-DD, got {row[k]!r}" for k in ("start", "end")
                if not _DATE.match(row[k]) and (k == "start" or row[k])]
        if not _PERIOD.match(row["period"]):
            bad.append(f"{where}: period must look like 2013-2022 or 2022-, got {row['period']!r}")
        if not bad and row["end"] and row["end"] <= row["start"]:
            bad.append(f"{where}: end {row['end']} is not after start {row['start']}")
        problems += bad
        if not bad:
            out.append(Government(row["iso2"], row["start"], row["end"] or None, row["period"], row["of_name"]))
    if problems:
        raise CountryDataError(problems)
    return out


@dataclass(frozen=True)
class EthnicGroup:
    name: str
    kind: str  # ethnic, clan, tribal, communal
    countries: frozenset[str]
    acled: str = ""  # the name ACLED writes for the group, when not ``name``

    @property
    def acled_name(self) -> str:
        return self.acled or self.name


def parse_ethnic_groups(text: str, known: set[str], fname: str = "ethnic_groups.csv") -> dict[str, EthnicGroup]:
    problems: list[str] = []
    out: dict[str, EthnicGroup] = {}
    for n, row in _rows(text, ("name", "kind", "countries", "acled"), fname, problems):
        where = f"{fname}:{n}"
        codes = frozenset(_split(row["countries"]))
        bad = [f"{where}: name is empty"] if not row["name"] else []
        bad += [f"{where}: kind must be ethnic, clan, tribal or communal, got {row['kind']!r}"] \
            if row["kind"] not in ("ethnic", "clan", "tribal", "communal") else []
        bad += [f"{where}: unknown country {c!r}" for c in sorted(codes - known)]
        bad += [f"{where}: no country"] if not codes else []
        bad += [f"{where}: duplicate name {row['name']!r}"] if row["name"] in out else []
        problems += bad
        if not bad:
            out[row["name"]] = EthnicGroup(row["name"], row["kind"], codes, row["acled"])
    if problems:
        raise CountryDataError(problems)
    return out


def _data(name: str) -> str:
    return resources.files("sitrep").joinpath("data", "countries", name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def countries() -> dict[str, Country]:
    """Every country of the data file, by ISO alpha-2 code."""
    return parse_countries(_data("countries.csv"))


@lru_cache(maxsize=1)
def governments() -> tuple[Government, ...]:
    return tuple(parse_governments(_data("governments.csv"), set(countries())))


@lru_cache(maxsize=1)
def ethnic_groups() -> dict[str, EthnicGroup]:
    """Ethnic groups and clans by name."""
    return parse_ethnic_groups(_data("ethnic_groups.csv"), set(countries()))


def country(iso2: str | None) -> Country | None:
    return countries().get(iso2 or "")


@lru_cache(maxsize=1)
def _by_key() -> dict[str, str]:
    out: dict[str, str] = {}
    for c in countries().values():
        for n in (c.name, c.of_name, *c.alt_names, c.iso3):
            out.setdefault(ascii_fold(n).lower(), c.iso2)
    return out


def by_name(name: str) -> Country | None:
    """The country a name ("Kenya", "the Philippines", "DRC", "KEN") stands for."""
    return country(_by_key().get(ascii_fold(name.strip()).lower()))


@lru_cache(maxsize=1)
def _governments_of() -> dict[str, tuple[Government, ...]]:
    """``governments()`` by country, each country's in the table's order."""
    out: dict[str, list[Government]] = {}
    for g in governments():
        out.setdefault(g.iso2, []).append(g)
    return {iso2: tuple(gs) for iso2, gs in out.items()}


def _government(iso2: str | None, date: str | None) -> Government | None:
    """The government of ``iso2`` in power on ``date``, if known: the first row of the table that covers it."""
    if not iso2 or not date:
        return None
    for g in _governments_of().get(iso2, ()):
        if g.start <= date[:10] and (g.end is None or date[:10] < g.end):
            return g
    return None


def period(iso2: str | None, date: str | None) -> str | None:
    """The period of the government of ``iso2`` in power on ``date`` ("2013-2022"), if known."""
    g = _government(iso2, date)
    return g.period if g is not None else None


def of_name_on(iso2: str | None, date: str | None) -> str | None:
    """The country's name after "of" in ACLED's names of its state actors on ``date``: the period's own
    ("Democratic Republic of Congo" before 2019), else the country's ("the Democratic Republic of Congo")."""
    g = _government(iso2, date)
    if g is not None and g.of_name:
        return g.of_name
    c = country(iso2)
    return c.of_name if c is not None else None


@lru_cache(maxsize=1)
def word_index() -> dict[str, tuple[str, str]]:
    """Every name and demonym as written, to (iso2, kind) where kind is "name" or "demonym"."""
    out: dict[str, tuple[str, str]] = {}
    for c in countries().values():
        for n in (c.name, *c.alt_names):
            out.setdefault(n, (c.iso2, "name"))
        for d in c.demonyms:
            out.setdefault(d, (c.iso2, "demonym"))
    return out


@lru_cache(maxsize=1)
def word_pattern() -> re.Pattern[str]:
    """Names and demonyms of every country, longest first, as whole words with their letter case.

    The words are grouped by their first letter, and the check of the character before a word (none of ``[\\w.-]``)
    comes after that letter (a lookbehind of two characters): the pattern then starts with a set of letters, which
    the regex engine scans for, instead of trying every word at every position (~18 times faster over a news
    article). It matches what ``(?<![\\w.-])(?:WORD|...)(?![\\w-])`` does: only words of one first letter can match
    at one position, and those stay in their order."""
    return re.compile(first_letter_alternation(sorted(word_index(), key=len, reverse=True), r"[\w.-]") + r"(?![\w-])")


__all__ = ["REGIONS", "Country", "CountryDataError", "EthnicGroup", "Government", "by_name", "check_country",
           "countries", "country", "ethnic_groups", "governments", "index_by_names", "of_name_on",
           "parse_countries", "parse_ethnic_groups", "parse_governments", "period", "word_index", "word_pattern"]
