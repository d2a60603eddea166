"""The name a first-level division had on a date (``data/gazetteer/admin1_in_use.tsv``): Nepal's numbered provinces
before their names, Kazakhstan's Turkistan region after 2018, Indonesia's new Papuan provinces before 2022 (written
as the province they were split from). An event's division is written as it was on the event's date.

``admin1_conventions.tsv``, read with it, gives the names conflict data (ACLED) write a division under in a period
where they group or name divisions otherwise than the gazetteer: Greece's decentralized administrations and Libya's
three regions since ACLED's gazetteer revision of 2021, Mexico's states by their short names before it."""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from sitrep.lexicon.keys import light_key


@dataclass(frozen=True)
class InUse:
    country: str
    division: str  # as the embedded gazetteer names it
    name: str  # the name in use from ``start`` until ``end``
    start: dt.date | None
    end: dt.date | None


def _date(v: str, where: str) -> dt.date | None:
    if not v:
        return None
    try:
        return dt.date.fromisoformat(v)
    except ValueError:
        raise ValueError(f"{where}: bad date {v!r} (YYYY-MM-DD)") from None


def parse(text: str, source: str = "admin1_in_use.tsv", need_date: bool = True) -> tuple[InUse, ...]:
    """The rows of the table; ValueError names a bad row (a missing column, a bad country code or date, a row
    with neither date where ``need_date``, a period that ends before it starts)."""
    out: list[InUse] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        where = f"{source}:{n}"
        parts = line.split("\t")
        if len(parts) != 6 or not re.fullmatch(r"[A-Z]{2}", parts[0]) or not parts[1].strip() or not parts[2].strip():
            raise ValueError(f"{where}: bad row {line!r} (country, division, name in use, from, until, note)")
        start, end = _date(parts[3], where), _date(parts[4], where)
        if need_date and start is None and end is None:
            raise ValueError(f"{where}: a row needs a date")
        if start is not None and end is not None and end <= start:
            raise ValueError(f"{where}: the period ends before it starts")
        out.append(InUse(parts[0], parts[1].strip(), parts[2].strip(), start, end))
    return tuple(out)


TABLES = ("admin1_in_use.tsv", "admin1_conventions.tsv")  # renamings of the world; conventions of conflict data


@lru_cache(maxsize=1)
def _table() -> dict[tuple[str, str], tuple[InUse, ...]]:
    out: dict[tuple[str, str], list[InUse]] = {}
    for name in TABLES:
        text = resources.files("sitrep").joinpath("data", "gazetteer", name).read_text(encoding="utf-8")
        for row in parse(text, name):
            out.setdefault((row.country, light_key(row.division)), []).append(row)
    return {k: tuple(v) for k, v in out.items()}


def name_in_use(division: str, country: str | None, on: dt.date | None) -> str:
    """``division`` (a name of the embedded gazetteer) as it was written on the date ``on``; itself when the table
    has nothing for that date, or no date is known."""
    if on is None or not country:
        return division
    for row in _table().get((country, light_key(division)), ()):
        if (row.start is None or row.start <= on) and (row.end is None or on < row.end):
            return row.name
    return division


@lru_cache(maxsize=1)
def _period_names() -> dict[tuple[str, str], frozenset[str]]:
    """(country, ``light_key`` of a name) -> the divisions (``light_key`` of their gazetteer names) the tables give
    that name at some date, or that are so named by the gazetteer."""
    out: dict[tuple[str, str], set[str]] = {}
    for (country, division), rows in _table().items():
        for name in (division, *(light_key(r.name) for r in rows)):
            out.setdefault((country, name), set()).add(division)
    return {k: frozenset(v) for k, v in out.items()}


def names_of_periods(a: str, b: str, country: str | None) -> bool:
    """Whether ``a`` and ``b`` are two names one division is written by at different dates ("Kiev City" and "Kyiv
    City"; "Omsk Oblast" and "Omsk"), not two spellings of one name a text may write ("Catalonia" for Cataluna)."""
    if not country or light_key(a) == light_key(b):
        return False
    table = _period_names()
    return bool(table.get((country, light_key(a)), frozenset()) & table.get((country, light_key(b)), frozenset()))


def former_names(division: str, country: str | None) -> tuple[str, ...]:
    """Every name the table gives ``division`` at some date (the province it was split from among them)."""
    if not country:
        return ()
    return tuple(dict.fromkeys(r.name for r in _table().get((country, light_key(division)), ())))


SPELLING_RATIO = 0.6  # how alike two names of a division must be to be spellings of one name ("Aljfara", "al Jafarah")


def _article_free(name: str) -> str:
    return re.sub(r"^(?:al|el|an|ar|as|ash|at|az|ad)(?=[a-z]{3})", "", light_key(name))


def spelled_alike(a: str, b: str) -> bool:
    """Whether two names are spellings of one name (the article aside): "Aljfara" and "al Jafarah", "Sirt" and
    "Surt"; not "East" and "Province 1"."""
    return difflib.SequenceMatcher(None, _article_free(a), _article_free(b)).ratio() >= SPELLING_RATIO


@lru_cache(maxsize=1)
def other_spellings() -> dict[tuple[str, str], tuple[str, ...]]:
    """(country, ``light_key`` of a division's gazetteer name) -> the names the conventions give that division alone
    that are other spellings of its name ("Aljfara" for al Jafarah): names a text may write the division by. A
    name several divisions of a country share there is a grouping ("West" for Libya's western districts,
    "Papua" for the provinces split from it), never a division's own name; nor is the name of the division it was
    split from or renamed from (``admin1_in_use.tsv``), however alike ("Ouham-Pende" for Lim-Pende)."""
    text = resources.files("sitrep").joinpath("data", "gazetteer", TABLES[1]).read_text(encoding="utf-8")
    rows = parse(text, TABLES[1])  # the conventions: a renaming's or a split's other name is another division's
    world = resources.files("sitrep").joinpath("data", "gazetteer", TABLES[0]).read_text(encoding="utf-8")
    renamed = {(r.country, light_key(r.division), light_key(r.name)) for r in parse(world, TABLES[0])}
    holders: dict[tuple[str, str], set[str]] = {}
    for row in rows:
        holders.setdefault((row.country, light_key(row.name)), set()).add(light_key(row.division))
    out: dict[tuple[str, str], list[str]] = {}
    for row in rows:
        key = light_key(row.division)
        if holders[(row.country, light_key(row.name))] == {key} and spelled_alike(row.name, row.division) and (
                row.country, key, light_key(row.name)) not in renamed:  # Lim-Pende, split from Ouham-Pende
            out.setdefault((row.country, key), []).append(row.name)
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


@lru_cache(maxsize=1)
def _written() -> dict[str, frozenset[str]]:
    text = resources.files("sitrep").joinpath("data", "gazetteer", "written_divisions.tsv").read_text(encoding="utf-8")
    out: dict[str, set[str]] = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if line.strip() and not line.startswith("#") and len(parts) == 4:
            out.setdefault(parts[0], set()).add(parts[2])
    return {k: frozenset(v) for k, v in out.items()}


def written_names(country: str) -> frozenset[str]:
    """The names ``written_divisions.tsv`` gives ``country``'s divisions: the names conflict data write them by,
    which the embedded gazetteer gives them in place of its sources' names."""
    return _written().get(country, frozenset())


__all__ = ["TABLES", "InUse", "former_names", "name_in_use", "other_spellings", "parse", "spelled_alike",
           "written_names"]
