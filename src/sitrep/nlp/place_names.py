"""Names of places that are not spelled out in prose: country abbreviations ("U.S."), and the document-local
key of a place name (spellings of one name share it; countries of similar names do not)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from typing import TypeVar

from sitrep.lexicon import yaml_data
from sitrep.lexicon.cache import cached
from sitrep.lexicon.division_abbreviations import division_names
from sitrep.lexicon.gazetteer import default_gazetteer
from sitrep.lexicon.keys import light_key, place_key
from sitrep.lexicon.unit_words import pattern as unit_pattern
from sitrep.nlp.name_rules import _is_org, demonyms, never_names

__all__ = ["ARTICLE_NAME", "UPPER", "SpanDict", "abbreviations", "article_capitalized", "article_start", "dateline",
           "division_words", "local_key", "local_unit_towns", "nearby_modifier", "office_or_org", "people_division",
           "people_divisions", "people_modifier", "variant_towns"]

#: capital letters of place names, Latin with diacritics
UPPER = "A-ZÀ-ÖØ-ÞĀĒĪŌŪŠŽČḤṢṬẒ"
_UP = UPPER

V = TypeVar("V")
_DATELINE = re.compile(rf"^[ \t]*(?P<name>[{_UP}][{_UP}'’]+(?:[ -][{_UP}][{_UP}'’]+){{0,2}})"
                       rf"(?=[ \t]*(?:,|:|[ \t][-—–]|\())", re.M)
#: how many lines from the top of a text a dateline ("KABUL (Reuters) -", "DHAKA :") may open: page furniture
#: (an outlet's name, a headline) often comes first
_DATELINE_LINES = 40
_DATELINE_PARENT = re.compile(r",[ \t]*([A-Z][\w'’]+(?:[ -][A-Z][\w'’]+){0,2})[ \t]*(?:[-—–(,]|\d|[A-Z][a-z]{2}\.? \d)")


def dateline(text: str, known: dict[str, str]) -> tuple[int, int, str, str | None] | None:
    """Start, end, name and gazetteer feature of the place of the dateline ("KABUL (Reuters) -", "MEXICO CITY
    (AP) —", "DHAKA :"): a known name in capitals opening one of the first lines, before a comma, colon, dash or
    parenthesis."""
    head_end = 0
    for _ in range(_DATELINE_LINES):
        nl = text.find("\n", head_end)
        head_end = len(text) if nl < 0 else nl + 1
        if nl < 0:
            break
    for dl in _DATELINE.finditer(text, 0, head_end):
        title = " ".join(w.capitalize() for w in dl.group("name").split())
        for name in (title, title.replace(" ", "-")):
            if name in known:
                return dl.start("name"), dl.end("name"), name, known[name]
        # "ZVECAN, Kosovo --": a name the gazetteer lacks, placed by the country or province after it
        after = _DATELINE_PARENT.match(text, dl.end("name"))
        if after is not None and known.get(after.group(1)) in ("country", "admin1"):
            return dl.start("name"), dl.end("name"), title, None
    return None


@lru_cache(maxsize=1)
def _abbreviation_table() -> tuple[dict[str, str], re.Pattern[str] | None]:
    """``place_abbreviations.yaml`` (abbreviation -> country name) and a pattern finding its abbreviations."""
    text = (resources.files("sitrep") / "data" / "dictionaries" / "place_abbreviations.yaml").read_text("utf-8")
    data = yaml_data.load(text)
    table = data.get("abbreviations") if isinstance(data, dict) else None
    if not isinstance(table, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in table.items()):
        raise ValueError("place_abbreviations.yaml: 'abbreviations' must map each abbreviation (text) to a "
                         "country name (text)")
    if not table:
        return {}, None
    alts = "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True))
    # not before a hyphen or another word: "U.S. forces", "U.S.-led", "the U.S. AFRICOM command" use the country
    # as an adjective, and the events' places must not take it for where something happened
    return dict(table), re.compile(rf"(?<![\w.])(?:{alts})(?![\w]|\.\w|-\w|[ \t]+[A-Za-z])")


def abbreviations(text: str) -> list[tuple[int, int, str, str]]:
    """Abbreviations of countries ("U.S.", "UAE") and of first-level divisions ("KPK"): start, end, the name of
    the unit they stand for and its feature ("country", "admin1")."""
    table, pattern = _abbreviation_table()
    out = [] if pattern is None else [(m.start(), m.end(), table[m.group()], "country") for m in pattern.finditer(text)]
    divisions = division_names()
    if divisions:
        alts = "|".join(re.escape(k) for k in sorted(divisions, key=len, reverse=True))
        out += [(m.start(), m.end(), divisions[m.group()], "admin1")
                for m in re.finditer(rf"(?<![\w&])(?:{alts})(?![\w&])", text)]
    return sorted(out)


@lru_cache(maxsize=1)
def variant_towns() -> frozenset[str]:
    return cached("variant-towns", _build_variant_towns)


def _build_variant_towns() -> frozenset[str]:
    """Skeleton keys (``place_key``) of Afghan and Pakistani towns of 50,000 people or more that no other such
    place shares: another spelling of one of them after a preposition is that town."""
    seen: dict[str, set[str]] = {}
    for _, p in default_gazetteer().names():
        if p.country in ("AF", "PK") and p.feature in ("city", "town") and p.population >= 50_000:
            seen.setdefault(place_key(p.name), set()).add(p.id)
    return frozenset(k for k, ids in seen.items() if len(ids) == 1 and len(k) >= 5)


def local_key(name: str) -> str:
    """The document-local key of a place name: its ``place_key``, so that spellings of one name join
    (Jawzjan, Jowzjan), except for a country whose ``place_key`` another country shares (Niger, Nigeria):
    there the light key, since neighbours of similar names are two places."""
    key = place_key(name)
    return light_key(name) if name in _clashing_countries() else key


@lru_cache(maxsize=1)
def _clashing_countries() -> frozenset[str]:
    return cached("clashing-countries", _build_clashing_countries)


def _build_clashing_countries() -> frozenset[str]:
    """Names of countries whose ``place_key`` is also that of another country's name."""
    by_key: dict[str, set[str]] = {}
    names: dict[str, str] = {}
    for name, p in default_gazetteer().names():
        if p.feature == "country":
            by_key.setdefault(place_key(name), set()).add(p.id)
            names[name] = place_key(name)
    return frozenset(n for n, k in names.items() if len(by_key[k]) > 1)


class SpanDict(dict[tuple[int, int], V]):
    """Spans found so far by (start, end), in the order found, with their keys also kept sorted so that
    the spans containing or inside a new one are found by bisection, not by a scan of every span."""

    def __init__(self) -> None:
        super().__init__()
        self._keys: list[tuple[int, int]] = []
        self._longest = 0

    def __setitem__(self, key: tuple[int, int], value: V) -> None:
        if key not in self:
            bisect.insort(self._keys, key)
            self._longest = max(self._longest, key[1] - key[0])
        super().__setitem__(key, value)

    def __delitem__(self, key: tuple[int, int]) -> None:
        super().__delitem__(key)
        del self._keys[bisect.bisect_left(self._keys, key)]

    def containing(self, s: int, e: int) -> bool:
        """Whether a span other than (s, e) contains [s, e)."""
        lo = bisect.bisect_left(self._keys, (s - self._longest, -1))
        hi = bisect.bisect_right(self._keys, (s, e + 10**9))
        return any(e <= k[1] and k != (s, e) for k in self._keys[lo:hi])

    def contained(self, s: int, e: int) -> list[tuple[int, int]]:
        """The spans other than (s, e) inside [s, e)."""
        lo, hi = bisect.bisect_left(self._keys, (s, -1)), bisect.bisect_right(self._keys, (e, e))
        return [k for k in self._keys[lo:hi] if k[1] <= e and k != (s, e)]


_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our)\s+$", re.I)
_NOUN_AFTER = re.compile(r"\s+[a-z]")
# nouns for a people's members and groups: after a people's name, the name says who, not where
_PEOPLE_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:insurgents?|militants?|rebels?|fighters?|militias?|gunmen|villagers?|"
                           r"tribesmen|tribes?|people|communit(?:y|ies)|women|men|youths?|groups?|civilians|leaders?|"
                           r"families|residents|protesters|organi[sz]ations?|outfits?)\b")


def nearby_modifier(text: str, start: int, end: int) -> bool:
    """"The nearby LNG project" (``start``: where "nearby" begins, ``end``: where the name ends): with a
    determiner before "nearby" and a noun after the name, the name says what the nearby thing is, not where."""
    return bool(_DETERMINER_BEFORE.search(text[max(0, start - 8):start]) and _NOUN_AFTER.match(text, end))


def people_modifier(text: str, name: str, end: int) -> bool:
    """A people's name (``not_names.yaml``) before a noun for its members ("Kuki insurgents", "Naga villagers"):
    who they are, not a place, whatever town shares the name."""
    return name in never_names() and bool(_PEOPLE_AFTER.match(text, end))


# a region's word after a people's name: "the Somali region", "Somali Regional State" (not "the Somali state", its
# country's, nor "the Somali region of Gedo", one of its country's regions)
_REGION_AFTER = re.compile(r"\s+(?:[Rr]egion(?:al\s+[Ss]tate)?)\b(?!\s+of\b)")


def people_division(text: str, start: int, end: int) -> str | None:
    """The country of the first-level division a people's adjective at ``start:end`` names with a region's word
    after it ("the Somali region" is Ethiopia's Somali region, not Somalia); None for any other word."""
    return people_divisions().get(text[start:end]) if _REGION_AFTER.match(text, end) else None


# a first-level division named by compass words, with a region's word in lower case after it: "the Northern region",
# "the Upper East region", "the Far North region" (with "Region" the capitalized run is the division's name already)
_COMPASS = r"(?:Upper|Lower|Far|North|South|East|West|Northern|Southern|Eastern|Western|Central)"
_COMPASS_DIVISION = re.compile(rf"\b{_COMPASS}(?:[ -]{_COMPASS})?(?=\s+region\b(?!\s+of\b))")


def division_words(text: str) -> list[re.Match[str]]:
    """The first-level divisions ``text`` names by a people's adjective ("the Somali region", ``people_division``)
    or by compass words the gazetteer knows as a division's name ("the Northern region", Ghana's or Uganda's), each
    with a region's word after it."""
    people = "|".join(rf"\b{re.escape(w)}\b" for w in people_divisions())
    found = [m for m in re.finditer(people, text) if people_division(text, m.start(), m.end())] if people else []
    return found + [m for m in _COMPASS_DIVISION.finditer(text) if _division_name(m.group())]


@lru_cache(maxsize=64)
def _division_name(name: str) -> bool:
    """Whether the gazetteer knows ``name`` as a first-level division's name, in some country."""
    return any(p.feature == "admin1" and name in p.all_names for p in default_gazetteer().lookup([place_key(name)]))


@lru_cache(maxsize=1)
def people_divisions() -> dict[str, str]:
    """Demonyms that are also the name of one first-level division of another country (Ethiopia's "Somali"
    region): demonym -> that country."""
    out: dict[str, str] = {}
    for word in demonyms():
        found = {p.country for p in default_gazetteer().lookup([place_key(word)])
                 if p.feature == "admin1" and word in p.all_names and p.country}
        if len(found) == 1:
            out[word] = found.pop()
    return out


# the Arabic article, written in lower case before a capitalized name ("al-Burj", "ash-Shaykh", "al Khadir"): part of
# the name (with a space only "al" and "el": "at", "as" and "an" are English words)
_ARTICLES = r"(?:(?:al|el|ad|ed|ash|as|at|az|an|ar)-|(?:al|el) )"
_ARTICLE_BEFORE = re.compile(rf"\b{_ARTICLES}$")
ARTICLE_NAME = re.compile(rf"{_ARTICLES}[{UPPER}]")


# the Arabic article inside a name, in lower case in gazetteers, often capitalized in texts ("An Nuqat Al Khams")
_INNER_ARTICLE = re.compile(r"(?<= )(?:al|el|an|ar|as|ash|at|az|ad)(?= [A-Z])")


def article_capitalized(name: str) -> str:
    """``name`` with the Arabic articles inside it capitalized: "An Nuqat Al Khams" for "An Nuqat al Khams"."""
    return _INNER_ARTICLE.sub(lambda m: m.group().title(), name)


def article_start(text: str, start: int) -> int:
    """Where the name at ``start`` begins with the article written before it: "the al-Burj district"."""
    m = _ARTICLE_BEFORE.search(text, max(0, start - 4), start)
    return m.start() if m else start


_OFFICE = re.compile(r"Governor(?:ship|ate|['’]s)?")  # the office of a province's governor, in its capital
# a court of the town, a building where it sits: "the Kumasi Circuit Court", "the Tamale High Court"
_COURT = re.compile(r"(?:Circuit|High|District|Magistrates?(?:['’]s?)?|Municipal|Regional)\s+Court|Court(?:house)?")


def office_or_org(rest: list[str], place: Callable[[], object]) -> bool:
    """Whether the words after a known name make an organisation of it; a governor's office ("Hakkari Governor's
    Office") or a court ("Kumasi Circuit Court") is where it is: the name is the place (``place`` adds it)."""
    if _OFFICE.fullmatch(rest[0]) or (len(rest) <= 2 and _COURT.fullmatch(" ".join(rest))):
        place()
        return True
    return _is_org(rest)


# a local unit written before its name (a unit word of the lowest level, ``unit_words.tsv``: the Philippines'
# barangay), then the town it lies in and that town's unit: "in Barangay Lunok, Gandara, Samar", "in Barangays Tuka
# and Lumot, Matalam, Cotabato"
_TOWN = rf"[{_UP}][\w'’]*(?:-[\w'’]+)*(?:[ -](?:de|del|de\s+la)?\s*[{_UP}][\w'’]*(?:-[\w'’]+)*){{0,3}}"
_LOCAL_NAME = rf"{_TOWN}(?:\s\d{{1,3}})?"
_LOCAL_FIRST = re.compile(rf"\b(?:in|at|near|outside)\s+(?i:{unit_pattern(min_level=3)})\s+{_LOCAL_NAME}"
                          rf"(?:\s+and\s+{_LOCAL_NAME})?,\s+(?P<name>{_TOWN}),\s+(?P<parent>{_TOWN})\b")


def local_unit_towns(text: str) -> list[re.Match[str]]:
    """The town and its unit after a local unit written before its name ("in Barangay Lunok, Gandara, Samar":
    Gandara, in Samar), as matches with the groups ``name`` and ``parent``: the town is where the text puts a place
    that no gazetteer knows. A town the gazetteer has only by a like spelling is left out: the like-spelled town
    often lies in another province ("Kalibu, Samar" is not Aklan's Kalibo)."""
    return [m for m in _LOCAL_FIRST.finditer(text) if _spelled_or_unknown(m.group("name"))]


def _spelled_or_unknown(name: str) -> bool:
    key = light_key(name)
    found = default_gazetteer().lookup([place_key(name)])
    return not found or any(key in {light_key(n) for n in (p.name, *p.names)} for p in found)
