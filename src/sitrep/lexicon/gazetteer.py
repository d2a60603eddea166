"""Gazetteer records and the embedded default gazetteer.

A gazetteer answers three questions: is it ``empty``, which places have a name under one of some ``place_key``
keys (``lookup``), which administrative polygons contain a point (``polygons_at``): the ``Gazetteer`` protocol.
Two stores answer them: the user's, imported into the knowledge base (``sitrep.kb.gazetteer.KBGazetteer``), and
the embedded default (``default_gazetteer``), which ships with sitrep in ``sitrep/data/gazetteer`` and works with
no import. Under ``place_key`` Jawzjan, Jowzjan and "Joz jan" are one name.
"""

from __future__ import annotations

import gzip
import io
import math
import re
from array import array
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import chain
from typing import Any, Protocol, overload

from sitrep.lexicon import extra_towns, government_seats, town_divisions
from sitrep.lexicon.cache import cached
from sitrep.lexicon.keys import KEY_CACHE, ascii_fold, close_spelling, light_key, place_key
from sitrep.lexicon.other_names import added_names

FEATURES = ("country", "admin1", "admin2", "city", "town", "village", "place")


@lru_cache(maxsize=KEY_CACHE)  # the geocoder asks it of the same pairs of names in every document
def similar_names(a: str, b: str) -> bool:
    """Whether two names sharing a ``place_key`` are plausibly spellings of one name, not a key collision."""
    la, lb = light_key(a), light_key(b)
    if la == lb:
        return True
    if len(place_key(a)) >= 5:
        return True
    return close_spelling(la, lb, 0.7)  # difflib's ratio, after its two cheap upper bounds


# ---------------------------------------------------------------- records


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry."""

    id: str
    name: str
    feature: str  # one of FEATURES
    lat: float | None
    lon: float | None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    population: int = 0
    source: str = "default"
    names: tuple[str, ...] = ()
    feature_code: str | None = None
    admin1_code: str | None = None
    #: the ``light_key`` of each of ``all_names`` when the start-up cache's row stores them (not compared)
    spellings: tuple[str, ...] | None = field(default=None, compare=False, repr=False)

    @property
    def all_names(self) -> tuple[str, ...]:
        return (self.name, *[n for n in self.names if n != self.name])


@dataclass(frozen=True)
class Polygon:
    id: str
    name: str
    level: int
    country: str | None
    parent: str | None
    rings: tuple[tuple[tuple[tuple[float, float], ...], ...], ...]  # polygons -> rings -> (lon, lat)

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        xs = [x for poly in self.rings for x, _ in poly[0]]
        ys = [y for poly in self.rings for _, y in poly[0]]
        return min(xs), min(ys), max(xs), max(ys)

    def contains(self, lon: float, lat: float) -> bool:
        return any(_in_ring(lon, lat, poly[0]) and not any(_in_ring(lon, lat, hole) for hole in poly[1:])
                   for poly in self.rings)

    def centroid(self) -> tuple[float, float]:
        """(lat, lon) of the area centroid of the largest outer ring."""
        ring = max((poly[0] for poly in self.rings), key=lambda r: abs(_area(r)))
        a = _area(ring)
        if abs(a) < 1e-12:
            return sum(y for _, y in ring) / len(ring), sum(x for x, _ in ring) / len(ring)
        cx = cy = 0.0
        for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
            f = x0 * y1 - x1 * y0
            cx += (x0 + x1) * f
            cy += (y0 + y1) * f
        return cy / (6 * a), cx / (6 * a)


def _area(ring: tuple[tuple[float, float], ...]) -> float:
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True)) / 2


def _in_ring(x: float, y: float, ring: tuple[tuple[float, float], ...]) -> bool:
    inside = False
    j = len(ring) - 1
    for i in range(len(ring)):
        xi, yi = ring[i]
        xj, yj = ring[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def float_or_none(v: str | None) -> float | None:
    """A number read from a gazetteer field: None when empty, malformed or not finite."""
    try:
        f = float(v) if v not in (None, "") else None
    except ValueError:
        return None
    return f if f is not None and math.isfinite(f) else None


def int_or_zero(v: str | None) -> int:
    """A count read from a gazetteer field (a population): 0 when empty or malformed."""
    try:
        return int(float(v)) if v else 0
    except ValueError:
        return 0


# ---------------------------------------------------------------- the protocol


class Gazetteer(Protocol):
    """What the geocoder asks of a gazetteer (``DefaultGazetteer``, ``sitrep.kb.gazetteer.KBGazetteer``)."""

    @property
    def empty(self) -> bool: ...

    def lookup(self, keys: Iterable[str]) -> list[Place]:
        """Places having a name under any of the transliteration ``keys``."""
        ...

    def polygons_at(self, lat: float, lon: float) -> list[Polygon]:
        """Administrative polygons containing the point, lowest level first."""
        ...


# ---------------------------------------------------------------- the embedded default


@dataclass
class Countries:
    by_iso3: dict[str, str] = field(default_factory=dict)  # ISO alpha-3 -> alpha-2
    by_key: dict[str, str] = field(default_factory=dict)  # place_key of a name -> alpha-2
    by_name: dict[str, str] = field(default_factory=dict)  # light_key of a name -> alpha-2
    names: dict[str, str] = field(default_factory=dict)  # alpha-2 -> name


class _Index(Protocol):
    def get(self, key: str, default: tuple[int, ...], /) -> tuple[int, ...]: ...


class DefaultGazetteer:
    """The gazetteer shipped with sitrep: countries, provinces and major towns of the world.

    Built from ``Place`` records, or (``from_rows``, what ``default_gazetteer`` does) from the data file's rows and
    a name index: a row becomes a ``Place`` only when a look-up returns it, so loading takes a fraction of a
    second."""

    def __init__(self, places: Sequence[Place], codes: dict[str, str],
                 keys: list[tuple[str, ...]] | None = None) -> None:
        """``keys``: the ``place_key`` of each place's ``all_names`` in order, when the data file gives them."""
        index: dict[str, list[int]] = defaultdict(list)
        countries = Countries()
        for i, p in enumerate(places):
            for k in dict.fromkeys(keys[i] if keys is not None else (place_key(n) for n in p.all_names)):
                index[k].append(i)
            _add_country(countries, p)
        self._init(places, codes, {k: tuple(v) for k, v in index.items()}, countries)

    def _init(self, places: Sequence[Place], codes: dict[str, str], index: _Index, countries: Countries) -> None:
        self.places = places
        self.admin1_names = codes  # "AF.01" (GeoNames country.admin1 code) -> admin1 name
        self.index = index  # place_key -> positions in ``places``
        self.countries = countries
        self._under: dict[str, tuple[Place, ...]] = {}  # look-ups memoized: documents ask for the same names again
        self._keyed: dict[str, tuple[tuple[Place, tuple[str, ...]], ...]] = {}  # ``names_under``, likewise
        self.embedded = False  # the package's own data, as ``default_gazetteer`` loads it (start-up caches apply)

    @classmethod
    def from_rows(cls, rows: GazetteerRows) -> DefaultGazetteer:
        g = cls.__new__(cls)
        g._init(_LazyPlaces(rows), rows.codes, rows, rows.countries)
        return g

    @property
    def empty(self) -> bool:
        return not self.places

    def lookup(self, keys: Iterable[str]) -> list[Place]:
        out: dict[str, Place] = {}
        for k in keys:
            under = self._under.get(k)
            if under is None:
                if len(self._under) >= KEY_CACHE:
                    self._under.clear()
                under = self._under[k] = tuple(self.places[i] for i in self.index.get(k, ()))
            for p in under:
                out[p.id] = p
        return list(out.values())

    def names_under(self, key: str) -> tuple[tuple[Place, tuple[str, ...]], ...]:
        """The places ``lookup([key])`` gives, in its order, each with those of its names (``Place.all_names``) whose
        ``place_key`` is ``key``. The data file's rows carry their names' keys (the name index's own), so the names
        are not folded again at each look-up; places given as records have theirs folded here."""
        got = self._keyed.get(key)
        if got is None:
            if len(self._keyed) >= KEY_CACHE:
                self._keyed.clear()
            out: dict[str, tuple[Place, tuple[str, ...]]] = {}
            for i in self.index.get(key, ()):
                p = self.places[i]
                keys = self.places.name_keys(i) if isinstance(self.places, _LazyPlaces) else None
                if keys is None:
                    keys = tuple(place_key(n) for n in p.all_names)
                out[p.id] = p, tuple(n for n, k in zip(p.all_names, keys, strict=True) if k == key)
            got = self._keyed[key] = tuple(out.values())
        return got

    def polygons_at(self, lat: float, lon: float) -> list[Polygon]:
        return []

    def of_feature(self, feature: str) -> list[Place]:
        """The places of one feature ("admin1", "country" ...), in the data's order. Over the data file's rows only
        the rows of that feature are parsed (a scan of the rows' text, not 185,000 ``Place`` records)."""
        if not isinstance(self.places, _LazyPlaces):
            return [p for p in self.places if p.feature == feature]
        rows = self.places.rows
        numbers = cached(f"gazetteer-rows-{feature}", lambda: _feature_rows(rows, feature)) if self.embedded \
            else _feature_rows(rows, feature)  # the package's gazetteer: the rows' numbers kept on disk
        return [self.places[i] for i in numbers]

    def names(self) -> Iterator[tuple[str, Place]]:
        for p in self.places:
            for n in p.all_names:
                yield n, p


def _feature_rows(rows: GazetteerRows, feature: str) -> list[int]:
    """The numbers of the rows of one feature, in order (a scan of the rows' text)."""
    starts = re.finditer(rf"^[^\t\n]*\t[^\t\n]*\t{re.escape(feature)}\t", rows.text, re.M)
    return [bisect_left(rows.row_ends, m.start()) for m in starts]


def _add_country(countries: Countries, p: Place) -> None:
    if p.feature == "country" and p.country:
        countries.names[p.country] = p.name
        if p.feature_code:
            countries.by_iso3[p.feature_code] = p.country
        for n in p.all_names:
            countries.by_key.setdefault(place_key(n), p.country)
            countries.by_name.setdefault(light_key(n), p.country)


@dataclass
class GazetteerRows:
    """The embedded gazetteer as the start-up cache keeps it: the data file's rows (tab-separated, as written by
    ``data/gazetteer/build.py``; the keys column, the ``place_key`` of each of ``Place.all_names``, written out in
    full, "|" between them) and the name index packed into a few strings and arrays (so
    reading it back takes milliseconds, not the seconds of a dict of 200,000 keys), admin1 codes and countries."""

    text: str  # the rows, each ended by "\n"
    row_ends: array[int]  # end of row i in ``text`` (exclusive of its "\n")
    keys: str  # the distinct keys, sorted, each ended by "\n"
    key_ends: array[int]
    postings: array[int]  # row numbers, grouped by key in key order
    post_ends: array[int]  # end of key i's group in ``postings``
    codes: dict[str, str]
    countries: Countries

    @classmethod
    def pack(cls, rows: list[str], index: dict[str, list[int]] | dict[str, tuple[int, ...]], codes: dict[str, str],
             countries: Countries) -> GazetteerRows:
        row_ends, key_ends, postings, post_ends = array("L"), array("L"), array("L"), array("L")
        end = -1
        for r in rows:
            end += len(r) + 1
            row_ends.append(end)
        keys = sorted(index)
        end = -1
        for k in keys:
            end += len(k) + 1
            key_ends.append(end)
            postings.extend(index[k])
            post_ends.append(len(postings))
        return cls("".join(r + "\n" for r in rows), row_ends, "".join(k + "\n" for k in keys), key_ends, postings,
                   post_ends, codes, countries)

    def row(self, i: int) -> str:
        return self.text[self.row_ends[i - 1] + 1 if i else 0:self.row_ends[i]]

    def key(self, i: int) -> str:
        return self.keys[self.key_ends[i - 1] + 1 if i else 0:self.key_ends[i]]

    def get(self, key: str, default: tuple[int, ...] = ()) -> tuple[int, ...]:
        """The rows having a name under ``key`` (binary search over the sorted keys)."""
        i = bisect_left(range(len(self.key_ends)), key, key=self.key)
        if i == len(self.key_ends) or self.key(i) != key:
            return default
        return tuple(self.postings[self.post_ends[i - 1] if i else 0:self.post_ends[i]])


class _LazyPlaces(Sequence[Place]):
    """The rows of the data file as ``Place`` records, each parsed when first asked for."""

    def __init__(self, rows: GazetteerRows) -> None:
        self.rows = rows
        self.parsed: dict[int, Place] = {}

    def __len__(self) -> int:
        return len(self.rows.row_ends)

    @overload
    def __getitem__(self, i: int) -> Place: ...
    @overload
    def __getitem__(self, i: slice) -> list[Place]: ...

    def __getitem__(self, i: int | slice) -> Place | list[Place]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        p = self.parsed.get(i)
        if p is None:
            p = self.parsed[i] = _place(self.rows.row(i).split("\t"))[0]
        return p

    def name_keys(self, i: int) -> tuple[str, ...] | None:
        """The ``place_key`` of each of row ``i``'s names (``Place.all_names``), as the row stores them."""
        fields = self.rows.row(i).split("\t")
        return tuple(fields[11].split("|")) if len(fields) > 11 else None


def _data_file(name: str) -> Any:
    return resources.files("sitrep") / "data" / "gazetteer" / name


_KEY_CHECK_EVERY = 997  # rows whose stored keys are checked against ``place_key`` at load


def _stored_keys(field_text: str, count: int) -> tuple[str, ...] | None:
    """The keys column of a row ("=" repeats the previous key); None when it does not give ``count`` keys."""
    out: list[str] = []
    for k in field_text.split("|"):
        out.append(out[-1] if k == "=" and out else k)
    return tuple(out) if len(out) == count else None


def _number(v: str) -> float | None:
    try:
        return float(v)  # the build writes plain numbers; anything else goes the careful way
    except ValueError:
        return float_or_none(v)


@lru_cache(maxsize=1)
def default_gazetteer() -> DefaultGazetteer:
    """The embedded gazetteer, loaded once per process from the start-up cache (``lexicon.cache``; built from the
    data file the first time, empty when it is missing)."""
    g = DefaultGazetteer.from_rows(cached("gazetteer", _read_rows))
    g.embedded = True
    return g


def _place(fields: list[str]) -> tuple[Place, list[str]]:
    """A data-file row as a ``Place``, and what follows its names (the stored keys)."""
    (pid, name, feature, lat, lon, country, admin1, admin2, pop, code, names, *rest) = fields
    alts = tuple(n for n in names.split("|") if n and n != name) if names else ()
    return Place(f"default:{pid}", name, feature, _number(lat), _number(lon), country or None, admin1 or None,
                 admin2 or None, int(pop) if pop.isdigit() else int_or_zero(pop), "default", alts,
                 code or None, spellings=tuple(rest[1].split("|")) if len(rest) > 1 else None), rest


def _row_place(fields: list[str]) -> tuple[Place, list[str]]:
    """The row's place with the names sitrep's tables add (``other_names.added_names``: a division's other spellings,
    a town's other names, "Yeongwol" for Yeongwol-gun; ``fields`` takes them), and its stored keys (none when names
    were added: they are computed anew)."""
    p, rest = _place(fields)
    extra = added_names(p.name, p.feature, p.all_names, p.country)
    if extra:
        fields[10] = "|".join(n for n in (fields[10], *extra) if n)
    return (_place(fields)[0], []) if extra else (p, rest)


def _read_rows() -> GazetteerRows:
    """Read the data file: its rows and the name index. The file stores each name's ``place_key``; a sample of
    rows is checked against ``place_key`` and, should the key function have changed since the file was built,
    every key is computed anew."""
    rows: list[str] = []
    index: dict[str, list[int]] = defaultdict(list)
    codes: dict[str, str] = {}
    countries = Countries()
    fresh_keys = False
    res = _data_file("places.tsv.gz")  # a Traversable
    if not res.is_file():
        return GazetteerRows.pack([], {}, {}, countries)
    with gzip.open(io.BytesIO(res.read_bytes()), "rt", encoding="utf-8") as fh:
        for line in chain(fh, extra_towns.data_lines()):  # the file's rows, then the towns it lacks
            if line.startswith("#"):
                continue
            fields = town_divisions.moved(line.rstrip("\n").split("\t"))  # a town in its division of today
            p, rest = _row_place(fields)
            if p.feature == "admin1" and p.feature_code:
                codes[p.feature_code] = p.name
            got = None if fresh_keys or not rest else _stored_keys(rest[0], len(p.all_names))
            if got is not None and len(rows) % _KEY_CHECK_EVERY == 0 and got != tuple(map(place_key, p.all_names)):
                got, fresh_keys = None, True
            if got is None:
                got = tuple(place_key(n) for n in p.all_names)
            for k in dict.fromkeys(got):
                index[k].append(len(rows))
            _add_country(countries, p)
            rows.append("\t".join([*fields[:11], "|".join(got), "|".join(map(light_key, p.all_names))]))
    if fresh_keys:  # the stored keys are stale: index every name again with today's place_key
        index.clear()
        for i, r in enumerate(rows):
            fields = r.split("\t")
            got = tuple(place_key(n) for n in _place(fields)[0].all_names)
            rows[i] = "\t".join([*fields[:11], "|".join(got), *fields[12:]])
            for k in dict.fromkeys(got):
                index[k].append(i)
    government_seats.place_at_seats(rows)  # a country whose government sits outside its capital: at its seat
    return GazetteerRows.pack(rows, index, codes, countries)


# ---------------------------------------------------------------- how a division is written

# the administrative word around a division's name ("Chimborazo Province", "Region of Magallanes", "Tartar Rayon")
_UNIT_AFTER = re.compile(r"\s+(?:Province|Governorate|District|County|Oblast|Department|Rayon|Raion|Voivodeship|"
                         r"Prefecture|Municipality|Division|Parish|Regional\s+Corporation)$", re.I)
# "Autonomna Pokrajina Vojvodina": Serbian "autonomous province" before the name
_UNIT_BEFORE = re.compile(r"^(?:(?:Province|Region|Governorate|Department|Prefecture|County|District|Oblast)\s+"
                          r"(?:of|de|del|du|di)|Autonomna\s+Pokrajina)\s+", re.I)
_ANY_UNIT_AFTER = re.compile(r"\s+(?:Province|Governorate|District|County|Oblast|Department|Rayon|Raion|Voivodeship|"
                             r"Prefecture|Municipality|Division|Parish|Region|State|Territory)$", re.I)


def _bare_division(name: str, broad: bool = False) -> str:
    return _UNIT_BEFORE.sub("", (_ANY_UNIT_AFTER if broad else _UNIT_AFTER).sub("", ascii_fold(name))).strip()


@lru_cache(maxsize=1)
def _bare_division_counts() -> dict[tuple[str | None, str], int]:
    counts: dict[tuple[str | None, str], int] = defaultdict(int)
    for p in default_gazetteer().of_feature("admin1"):  # the admin1 rows only: not 185,000 rows parsed
        counts[(p.country, _bare_division(p.name, broad=True).lower())] += 1
    return dict(counts)


# Latin letters that are no letter with an accent in Unicode (no decomposition), written in plain letters
_UNDECOMPOSED = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss",
                               "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ħ": "h", "Ħ": "H", "þ": "th", "Þ": "Th"})


def division_name(name: str, country: str | None) -> str:
    """A first-level division as conflict data (ACLED) writes it: in Latin letters without accents ("Aydin" for
    "Aydın") and without its administrative word ("Panama" for "Panamá", "Chimborazo" for "Chimborazo Province",
    "Magallanes" for "Region of Magallanes"). The word stays where the bare name is also another division's of
    the country ("Lima Province" beside "Lima region") and where it is "Region", "State" or "Territory", which
    are often part of the name ("National Capital Region", "Free State")."""
    folded = ascii_fold(name).translate(_UNDECOMPOSED).strip()
    bare = _bare_division(folded)
    if not bare or bare == folded or _bare_division_counts().get((country, bare.lower()), 0) > 1:
        return folded
    return bare


__all__ = ["FEATURES", "Countries", "DefaultGazetteer", "Gazetteer", "GazetteerRows", "Place", "Polygon",
           "default_gazetteer", "distance_km", "division_name", "float_or_none", "int_or_zero", "similar_names"]
