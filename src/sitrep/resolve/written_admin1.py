"""The first-level division an event's place is written in: the name in use on the document's date
(``lexicon.admin1_in_use``), the district conflict data write as a first-level division where the place lies in
one (``lexicon.district_units``), and the division the text itself names when it contains the place.

A note that names the division ("in Turkistan region", "the department of Cauca", "Caltzontzin, Michoacan",
"Timika town (Mimika regency, Papua province)") writes it by its name in use; the gazetteer may write a long
official name ("Michoacan de Ocampo") or today's division (Central Papua, split from Papua in 2022). When the
division the text names is the one the located place lies in, under its name of the date or the usual short
form of its official name, the text's name is kept. A division the text names that does not contain the place
changes nothing (the place was found elsewhere, or the text names a neighbour): a wrong answer is worse than none.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Sequence
from functools import lru_cache

from sitrep.extract.event_actors import typology
from sitrep.lexicon import countries
from sitrep.lexicon.admin1_in_use import former_names, name_in_use, spelled_alike, written_names
from sitrep.lexicon.district_units import district_unit, town_unit
from sitrep.lexicon.division_abbreviations import is_division_abbreviation
from sitrep.lexicon.extra_districts import districts_named
from sitrep.lexicon.gazetteer import DefaultGazetteer, Place, division_name
from sitrep.lexicon.keys import ascii_fold, light_key, place_key
from sitrep.lexicon.unit_words import pattern
from sitrep.nlp.place_country import spelled
from sitrep.nlp.place_notation import article_spellings
from sitrep.nlp.places import PlaceSpan

_UP = "A-ZÀ-ÖØ-ÞĀĒĪŌŪŠŽČḤṢṬẒ"
_CAP = rf"[{_UP}][\w'’]*(?:-[\w'’]+)*"
_NAME = rf"{_CAP}(?:(?:[ -](?:al|el|de|del|do|da|du|des|la|of)[ -]|[ -]){_CAP}){{0,4}}"
_FIRST = pattern(max_level=1)
# "Turkistan region", "Papua province", "the Eastern Region"; "the department of Cauca", "the province of Jowzjan"
_AFTER = re.compile(rf"(?P<name>{_NAME})\s+(?P<word>(?i:{_FIRST}))\b")
_BEFORE = re.compile(rf"\b(?i:{_FIRST})\s+of\s+(?:the\s+)?(?P<name>{_NAME})")


def _divisions(default: DefaultGazetteer, name: str, country: str) -> list[Place]:
    """First-level divisions of ``country`` spelled ``name`` (case, accents and hyphens aside)."""
    k = light_key(name)
    return [p for p in default.lookup([place_key(name)]) if p.feature == "admin1" and p.country == country
            and k in {light_key(n) for n in p.all_names}]


def named_divisions(text: str, spans: Sequence[PlaceSpan], j: int) -> list[str]:
    """Names the text gives the division of ``spans[j]``: its parents, then every name the text writes with a
    first-level word, in text order."""
    if not 0 <= j < len(spans):
        return []
    out: list[str] = []  # not its own name: a city named as its division ("Seoul") does not spell the division
    seen = {j}
    k = spans[j].parent
    while k is not None and k not in seen:
        seen.add(k)
        out.append(spans[k].name)
        k = spans[k].parent
    out += _written_divisions(text)
    return out


@lru_cache(maxsize=8)  # asked for each place span of a document, of the same text
def _written_divisions(text: str) -> tuple[str, ...]:
    """Every name ``text`` writes with a first-level word, in text order."""
    found = sorted([*_AFTER.finditer(text), *_BEFORE.finditer(text)], key=lambda m: m.start())
    return tuple(m.group("name") for m in found)


def admin1_as_written(geo: dict[str, object], text: str, spans: Sequence[PlaceSpan], j: int,
                      default: DefaultGazetteer, published: str | None) -> dict[str, object]:
    """``geo`` with its ``admin1`` as it was on the document's date, spelled as the text writes it when the text
    names the division the place lies in."""
    country = geo.get("country")
    admin1 = geo.get("admin1")
    if not isinstance(country, str):
        return geo
    unit = town_unit(_town_names(default, spans[j].name, geo), country, _date(published)) if geo.get(
        "feature") in _TOWNS and 0 <= j < len(spans) else None
    if not isinstance(admin1, str):  # a town the gazetteer files in no division: the unit the table writes it in
        return geo if unit is None else {**geo, "admin1": unit}
    district = geo.get("admin2")
    if unit is None and isinstance(district, str):
        unit = district_unit(district, country, _date(published))
    elif unit is None and 0 <= j < len(spans):  # a town the gazetteer files in no district: the one the text names
        unit = _named_district_unit(default, spans, j, geo, _date(published))
    if unit is not None:  # a town or a district conflict data write in a unit of its own (town_units.tsv,
        return {**geo, "admin1": unit}  # district_units.tsv)
    current = name_in_use(admin1, country, _date(published))
    table = current  # the tables write a name as conflict data do, with its word ("Omsk Oblast" before 2021)
    own = _divisions(default, admin1, country)
    if len(own) != 1:
        return geo if current == admin1 else {**geo, "admin1": _written(current, table, country)}
    # the division's own names; a former name only where the date makes it the name in use
    mine = {light_key(n) for n in own[0].all_names if light_key(n) not in _former(admin1, country)} | {
        light_key(current)}
    for name in named_divisions(text, spans, j):
        if light_key(name) in mine and len(_divisions(default, name, country)) <= 1 and _another_spelling(
                name, current):
            current = name
            break
    if current != admin1:
        geo = {**geo, "admin1": _written(current, table, country)}
    return geo


def _written(name: str, table: str, country: str) -> str:
    """``name`` as conflict data write it: a table's name of the date as the table writes it, else without its
    administrative word (``division_name``)."""
    return ascii_fold(name) if name == table else division_name(name, country)


_TOWNS = ("town", "city", "village")


def _named_district_unit(default: DefaultGazetteer, spans: Sequence[PlaceSpan], j: int, geo: dict[str, object],
                         on: dt.date | None) -> str | None:
    """The unit conflict data write the district in (``district_units.tsv``) that the text names as the place's
    parent ("Kakiri (Wakiso district)"), a district of the gazetteer or of the table of those it lacks in the place's
    division; None when it names none, or several."""
    country, admin1 = geo.get("country"), light_key(str(geo.get("admin1") or ""))
    units: set[str] = set()
    k, seen = spans[j].parent, {j}
    while k is not None and k not in seen:
        seen.add(k)
        names = {light_key(spans[k].name), light_key(spans[k].name + " District")}
        for p in default.lookup([place_key(spans[k].name)]):
            if p.feature == "admin2" and p.country == country and light_key(p.admin1 or "") == admin1 and names & {
                    light_key(n) for n in p.all_names}:
                unit = district_unit(p.name, p.country, on)
                units |= {unit} if unit else set()
        for d in districts_named(spans[k].name):  # a district the gazetteer lacks ("(Omoro district)")
            if d.country == country and light_key(d.division) == admin1:
                unit = district_unit(d.name, d.country, on)
                units |= {unit} if unit else set()
        k = spans[k].parent
    return units.pop() if len(units) == 1 else None


def _town_names(default: DefaultGazetteer, name: str, geo: dict[str, object]) -> list[str]:
    """The names of the gazetteer's town ``geo`` found as ``name``: the text's name, then the entry's."""
    entry = next((p for p in default.lookup([place_key(name)]) if p.id == geo.get("gazetteer_id")), None)
    return [name, *(entry.all_names if entry is not None else ())]


def territory_division(geo: dict[str, object]) -> dict[str, object]:
    """``geo`` of a place in a territory that conflict data file as a first-level division of another country
    (``acled_country`` of the ACLED typology: Hong Kong and Macau are China's): its ``admin1`` is the territory, its
    own first-level division (a district of Hong Kong) its ``admin2``."""
    country = geo.get("country")
    territory = countries.country(country) if isinstance(country, str) and country in typology().get(
        "acled_country", {}) else None
    if territory is None or geo.get("admin1") == territory.name:
        return geo
    return {**geo, "admin1": territory.name,
            "admin2": geo.get("admin1") if geo.get("feature") not in ("country", "admin1") else None}


def _another_spelling(written: str, name: str) -> bool:
    """Whether ``written`` is the name in use of a division the gazetteer writes ``name``: the same name. Other
    spellings and short forms leave the gazetteer's: "Jowzjan" for "Jawzjan", "Al Anbar" for "Anbar", "Seoul
    Special City" for "Seoul"; conflict data write Mexico's states now short ("Michoacan"), now in full
    ("Michoacan de Ocampo")."""
    return light_key(written) == light_key(name)


def _former(division: str, country: str) -> set[str]:
    return {light_key(n) for n in former_names(division, country)}


def _date(published: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat((published or "")[:10])
    except ValueError:
        return None


def hierarchy_admin1(default: DefaultGazetteer, i: int, spans: Sequence[PlaceSpan], geo: dict[str, object]
                     ) -> str | None:
    """The province a parenthesized hierarchy writes ("Marabo (Irumu, Ituri)": Ituri): its broadest unit the
    gazetteer knows as a province, spelled as written; else the province of its last unit when the gazetteer
    knows that as a district, or the last unit as written when unknown in the place's country. None when the
    text gives none, or names a country other than the place's."""
    chain: list[int] = []
    j = spans[i].parent
    while j is not None and spans[j].rule == "parenthesized" and len(chain) < 4:
        chain.append(j)
        j = spans[j].parent
    while chain:
        last = spans[chain[-1]]
        countries = {p.country for p in default.lookup([last.key])
                     if p.feature == "country" and spelled(p, last.name)}
        if not countries:
            break
        if geo.get("country") not in countries:
            return None
        chain.pop()
    if not chain:
        return None
    country = geo.get("country")
    known = {k: _spelled_in(default, spans[k].name, country) for k in chain}
    # a province anywhere in the brackets, the broadest first ("Kitwe (Copperbelt, Kitwe)")
    for k in reversed(chain):
        if any(p.feature == "admin1" for p in known[k]):
            broadest = spans[chain[-1]].name  # "(Aljfara, West)": the region conflict data group the district in
            grouped = not known[chain[-1]] and any(light_key(broadest) in _former(p.name, p.country or "")
                                                   for p in known[k] if p.feature == "admin1")
            if is_division_abbreviation(spans[k].name) or _other_name(spans[k].name, known[k]):
                return next(p.name for p in known[k] if p.feature == "admin1")  # "(Hangu, KPK)": by its name
            return broadest if grouped else spans[k].name
    last = spans[chain[-1]]
    units = [p for p in known[chain[-1]] if p.feature == "admin2"]
    if units:  # "(commune, province)" where provinces are districts: the province's region
        parents = {p.admin1 for p in units if p.admin1}
        return parents.pop() if len(parents) == 1 else None
    extra = {d.division for d in districts_named(last.name) if d.country == country}
    if extra:  # a district of the table of those the gazetteer lacks ("(West Bekaa)"): its division
        return extra.pop() if len(extra) == 1 else None
    # a name the gazetteer does not know there is a province it lacks, unless the text calls it a district;
    # a town ("(Daho-Mboutou, Bria)") is not one, nor a misspelling of the place's own province
    if known[chain[-1]] or last.kind == "district" or _misspelt(last.name, geo.get("admin1")):
        return None
    return last.name


def _other_name(written: str, known: Sequence[Place]) -> bool:
    """Whether ``written`` is another name, not a spelling, of the one division among ``known`` whose name is the one
    conflict data write (``written_divisions.tsv``): "(Balearic Islands)" for Islas Baleares, "(Seoul)" for Seoul
    Special City; not "(Oham-Pende)" for Ouham-Pende, a spelling of the name."""
    divisions = [p for p in known if p.feature == "admin1"]
    return len(divisions) == 1 and divisions[0].name in written_names(divisions[0].country or "") and not (
        spelled_alike(written, divisions[0].name))


def _spelled_in(default: DefaultGazetteer, name: str, country: object) -> list[Place]:
    """The entries of ``country`` spelled ``name``, or so after the Arabic article ("Hoceima": Al Hoceima)."""
    return [p for n in (name, *article_spellings(name)) for p in default.lookup([place_key(n)])
            if p.country == country and spelled(p, n)]


MISSPELT = 0.85  # a name this like the division's (difflib ratio of the letters) is a misspelling of it


def _misspelt(written: str, admin1: object) -> bool:
    """Whether ``written`` is a slip of the pen for the division ``admin1`` ("Bayels" for Bayelsa, "Norther
    Central" for North Central): all but a letter or two of it, in order."""
    if not isinstance(admin1, str) or not admin1:
        return False
    a, b = light_key(written), light_key(admin1)
    return a != b and difflib.SequenceMatcher(None, a, b).ratio() >= MISSPELT


__all__ = ["admin1_as_written", "hierarchy_admin1", "named_divisions", "territory_division"]
