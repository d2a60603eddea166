"""The place hierarchy a text writes in parentheses: "in Marabo (Irumu, Ituri)", "Bogra (Bogra, Rajshahi)".

Conflict records (ACLED's notes among them) follow a place with its administrative units, the
smallest first: "town (district, province)", "upazila (district, division)", "town (province)",
"city (province, country)". ``parenthesized`` finds these groups; the first name is the place, each
name in the parentheses the unit that contains the one before it. A parenthesis is a hierarchy only
when its last name is a unit the embedded gazetteer knows under that very spelling (a province, a
district or a country), or when it holds two or three names and the place follows a preposition of
place; an acronym ("(FPIC)") never is, nor a name followed by an administrative word ("Firozkoh
(Chaghcharan) city": another name of the place).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from sitrep.lexicon.division_abbreviations import is_division_abbreviation
from sitrep.lexicon.extra_districts import districts_named
from sitrep.lexicon.gazetteer import DefaultGazetteer, default_gazetteer
from sitrep.lexicon.keys import KEY_CACHE, place_key
from sitrep.lexicon.unit_words import level_of
from sitrep.lexicon.unit_words import pattern as unit_pattern
from sitrep.nlp.district_names import district_spelled
from sitrep.nlp.place_country import spelled

_UP = "A-ZÀ-ÖØ-ÞĀĒĪŌŪŠŽČḤṢṬẒ"
_CAP = rf"[{_UP}][\w'’]*(?:-[\w'’]+)*"
# names of units keep their lower-case connectors ("Mato Grosso do Sul", "Norte de Santander", "Sar-e Pol")
_LINK = (r"(?:[ -](?:e|i|ye|al|el|ul|ud|wa|o|de\s+la|de\s+las|de\s+los|de|del|di|do|da|dos|das|du|des|la|le|les|"
         r"y|et)[ -]|[ -])")
_UNIT = rf"{_CAP}(?:{_LINK}{_CAP}){{0,5}}"
# the words of a unit after its name ("Madhuban municipality", "Mobbar LGA", "Bafut subdivision"): the table's
_LOCAL = unit_pattern()
_DESIG = rf"(?:city|town|village|area|{_LOCAL})"
# a unit in the parentheses may keep its word ("(Bardiya district)"), be a city's municipality ("(City of Tshwane,
# Gauteng)") or open with the lower-case locative of Zulu and Xhosa names ("(eThekwini, KwaZulu-Natal)")
# a unit inside the parentheses may hold "in" between capitalized words ("Bangsamoro Autonomous Region in Muslim
# Mindanao"); the place before them never does ("Protest in Kabul (Kabul)")
_UNIT_IN = rf"{_CAP}(?:(?:{_LINK}|\s+in\s+){_CAP}){{0,6}}"
_UNIT_W = rf"(?:City\s+of\s+)?(?:e(?=[{_UP}]))?{_UNIT_IN}(?:\s+(?i:{_LOCAL}))?"
# a ward number may follow the unit word ("Bhimdatta municipality-12": ward 12 of the municipality)
# a numbered village keeps its number ("Aigbando 1 village (Bria)")
_GROUP = re.compile(rf"(?P<name>{_UNIT}(?:\s\d{{1,2}}(?!\d))?)(?:\s+-\s+{_UNIT})?"
                    rf"(?:\s+(?P<word>(?i:{_DESIG}))(?:-\d{{1,2}})?)?\s*"
                    rf"\((?P<units>{_UNIT_W}(?:,\s*{_UNIT_W}){{0,2}})\)")
_UNIT_WORD_END = re.compile(rf"\s+(?i:{_LOCAL})$")
_DESIG_AFTER = re.compile(rf"\s*{_DESIG}s?\b", re.I)
_PLACE_PREP = re.compile(r"(?:\b(?:in|at|near|outside|of|from|to|into|around|between|and)\s+(?:the\s+)?"
                         r"(?:(?:town|city|village|area|district|commune|municipality|neighbou?rhood)\s+of\s+)?)$",
                         re.I)
_UNIT_FEATURES = frozenset({"admin1", "admin2", "country"})


@dataclass(frozen=True)
class Group:
    """A place and the units the text puts it in, each as (start, end), smallest first."""

    place: tuple[int, int]
    units: tuple[tuple[int, int], ...]
    kind: str | None = None  # "district" or "province" when a unit word after the place says so ("Bafut subdivision")


def _acronym(name: str) -> bool:
    return name.replace(" ", "").replace("-", "").isupper() and len(name) <= 8


# the Arabic article, by the letter it assimilates to ("Ash Sharqiyah", "Al Muthanna"): gazetteers write many Arab
# provinces with it, texts often without ("Muthanna province")
_ARABIC_ARTICLES = ("Al", "El", "Ad", "An", "Ar", "As", "Ash", "At", "Az")
_HAS_ARTICLE = re.compile(r"^(?:Al|El|Ad|An|Ar|As|Ash|At|Az)[ -]", re.I)


def article_spellings(name: str) -> tuple[str, ...]:
    """``name`` with each form of the Arabic article before it; none when it has one."""
    return () if _HAS_ARTICLE.match(name) else tuple(f"{a} {name}" for a in _ARABIC_ARTICLES)


def known_unit(name: str) -> bool:
    """The embedded gazetteer has a province, district or country spelled exactly so (or so after the Arabic
    article: "Hoceima" for Al Hoceima), or the table of the districts it lacks (``lexicon.extra_districts``) has
    such a district."""
    return bool(districts_named(name)) or any(_known_unit(n) for n in (name, *article_spellings(name)))


def _known_unit(name: str) -> bool:
    return any(p.feature in _UNIT_FEATURES and spelled(p, name) for p in default_gazetteer().lookup([place_key(name)]))


def parenthesized(text: str) -> Iterator[Group]:
    """The "place (unit, unit)" groups of ``text``."""
    return iter(_groups(text))


@lru_cache(maxsize=8)  # a pure function of the text: read by the place spans and by the event places
def _groups(text: str) -> tuple[Group, ...]:
    return tuple(_parenthesized(text))


def _parenthesized(text: str) -> Iterator[Group]:
    for m in _GROUP.finditer(text):
        units = [_unit_name(u) for u in re.finditer(_UNIT_W, m.group("units"))]
        names = [n for n, _ in units]
        if any(_acronym(n) and not is_division_abbreviation(n) for n in names) or _acronym(m.group("name")):
            continue  # "(FPIC)": an acronym is no unit, unless it stands for a division ("(Hangu, KPK)")
        if _DESIG_AFTER.match(text, m.end()):
            continue  # "Firozkoh (Chaghcharan) city": another name of the place, not its units
        known = known_unit(names[-1])
        if not known and (len(names) == 1 or not _PLACE_PREP.search(text[max(0, m.start() - 40):m.start()])):
            continue
        base = m.start("units")
        place, word = _place_name(m)
        level = level_of(word)
        yield Group(place, tuple((base + a, base + b) for _, (a, b) in units),
                    {1: "province", 2: "district"}.get(level or 0))


def _place_name(m: re.Match[str]) -> tuple[tuple[int, int], str]:
    """The place of a group and its unit word: the word after it ("Bafut subdivision (Mezam)"), or a unit word in
    capitals its name ends with ("Anka LGA (Zamfara)": the LGA of Anka), which is no part of the name."""
    if m.group("word"):
        return m.span("name"), m.group("word")
    name, start = m.group("name"), m.start("name")
    word = _UNIT_WORD_END.search(name)
    if word is None or word.group().strip().istitle() or word.start() == 0:
        return m.span("name"), ""
    return (start, start + word.start()), word.group().strip()


def _unit_name(m: re.Match[str]) -> tuple[str, tuple[int, int]]:
    """A unit of the parentheses without its unit word ("Bardiya district", "Gujiba LGA": Bardiya, Gujiba), with
    its span; a capitalized word stays ("Ilocos Region")."""
    word = _UNIT_WORD_END.search(m.group())
    if word is not None and word.group().strip().istitle():
        word = None  # a capitalized word is part of the name: "Ilocos Region", "Davao Region"
    end = m.end() - (len(word.group()) if word else 0)
    return m.group()[:end - m.start()], (m.start(), end)


_CONNECTOR = r"[ -](?:al|el|ul|ud|ad|ar|as|ash|at|az|an|e|de|del|di|do|da|dos|das|du|des|la|le|les|los|las|wa)[ -]"
# the name after a preposition, with its lower-case links: "Monforte de Lemos", "Wadi al Washka", "Leca do Balio",
# the Persian ezafe of "Kut e Abdollah"
# "St." and "Ste." open names of saints' towns ("St. Gallen", "St. John's"): the abbreviation is part of the name
# a lower-case word of the town's part may stand between ("in downtown Malchow", "in central Heraklion", "in
# southern Qalqilya")
# "of" after a word for a town's people or its institutions reads as "in": "residents of Eupen", "the court of Paris"
_OF_TOWN = (r"(?:(?i:residents|inhabitants|villagers|townspeople|citizens|people|population)|tribunal|court|"
            r"courthouse|town\s+hall|city\s+hall|streets|outskirts|suburbs?|centre|center|municipality|prefecture|"
            r"prison|jail|port|market)\s+of\s+(?:the\s+)?")
# verbs whose object is a place taken or struck: "retook Topolyne", "shelled Kharkiv"
_TOWN_VERB = r"(?:re)?(?:took|captured|seized)\s+(?:control\s+of\s+)?|liberated\s+|entered\s+|shelled\s+|stormed\s+"
# the Arabic article written in lower case before a town's name ("in el Mina", "in al-Qaim"): part of the name
_LOWER_ARTICLE = r"(?:al|el)[ -]|(?:ad|an|ar|as|ash|at|az)-"
# a bearing from a town ("north of Bentiu", "20 km south-east of Ras Kamboni") locates by that town
_BEARING_OF = r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+"
_AFTER_PREP = re.compile(rf"(?:\b(?:in|at|near|outside|from|to|into|towards?|through)\s+|\b{_OF_TOWN}|\b{_BEARING_OF}|"
                         rf"\b(?:{_TOWN_VERB}))"
                         rf"(?:(?:downtown|central|(?:north|south)-?(?:east|west)ern|(?:north|south|east|west)ern)\s+)?"
                         rf"(?P<name>(?:Ste?\.\s|{_LOWER_ARTICLE})?{_CAP}(?:(?:{_CONNECTOR}|[ -]){_CAP}){{0,3}})")
# a road or crossing named after the one town it runs through or out of ("blocked the Jounieh highway"), or the two
# towns it joins ("the Narok-Bomet road"), the desert or plains around a town ("in the Ar Rutba desert")
_TOWN_ROAD = re.compile(rf"\bthe\s+(?P<name>(?:{_LOWER_ARTICLE})?{_CAP}(?:[ -]{_CAP}){{0,2}})\s+"
                        r"(?:highway|road|intersection|junction|roundabout|desert|plains?)\b")
_OF_NAME = re.compile(rf"\b(?:in|at|near|outside|from|to|into|towards?)\s+(?P<name>{_CAP}\s+of\s+{_CAP})\b")
_CAP_WORD = re.compile(_CAP)
_TOWN_FEATURES = frozenset({"city", "town", "village", "admin2"})
# articles that open Arabic, Romance and English names ("Al Watiyah", "El Fasher", "La Paz"): never a name alone
_ARTICLES = frozenset({"Al", "El", "Ad", "Ar", "As", "Ash", "At", "Az", "An", "La", "Le", "Les", "Los", "Las", "Lo",
                       "Il", "Ol", "The", "De", "Da", "Di", "Du", "Des", "Del", "Das", "Dos"})



def chained_pairs(pattern: re.Pattern[str], text: str, second: str) -> Iterator[re.Match[str]]:
    """Every match of a "Name, Name" ``pattern`` along a chain, the group ``second`` of one match the first name of
    the next: "in Barangay Pange, Siayan, Zamboanga del Norte" gives "Barangay Pange, Siayan" and "Siayan,
    Zamboanga del Norte" (a town unknown to the gazetteer hides no known town after it)."""
    m = pattern.search(text)
    while m is not None:
        yield m
        m = pattern.search(text, m.start(second))

def known_name(name: str) -> bool:
    """The embedded gazetteer has a town of more than one word spelled exactly so ("Lake Sebu", a town, not a
    lake), or the table of the districts it lacks has such a district ("East Wollega", a zone of Oromia)."""
    return " " in name.strip() and (known_town(name) or bool(districts_named(name)))


def only_abroad(name: str, country: str) -> bool:
    """The embedded gazetteer has places spelled ``name``, none of them in ``country`` nor a district of its table
    of the districts it lacks: "Dire woreda" is no Malian town, whatever the gazetteer lacks of Ethiopia's woredas."""
    found = [p for p in default_gazetteer().lookup([place_key(name)]) if spelled(p, name)]
    return bool(found) and all(p.country != country for p in found) and not any(
        d.country == country for d in districts_named(name))


def known_town(name: str) -> bool:
    """The embedded gazetteer has a town, village or district spelled exactly so, or the table of the districts it
    lacks has such a district ("in Kaski": a district of Nepal)."""
    return _known_town(default_gazetteer(), name) or district_spelled(name)


@lru_cache(maxsize=KEY_CACHE)  # the same names in every document; the embedded gazetteer does not change
def _known_town(gazetteer: DefaultGazetteer, name: str) -> bool:
    return any(p.feature in _TOWN_FEATURES and spelled(p, name) for p in gazetteer.lookup([place_key(name)]))


def towns_after_prepositions(text: str) -> Iterator[tuple[int, int]]:
    """Names of towns the gazetteer knows, of any size, after a preposition of place ("protested in Eupen"):
    the longest run of capitalized words (up to four, with their lower-case links: "Monforte de Lemos") spelled
    as a gazetteer entry; never a part of the run that ends before a link or is an article alone."""
    for m in _OF_NAME.finditer(text):  # "in Port of Spain": a town whose own name holds "of", whole
        if known_town(m.group("name")):
            yield m.span("name")
    for m in _AFTER_PREP.finditer(text):
        name, base = m.group("name"), m.start("name")
        words = list(_CAP_WORD.finditer(name))
        for j in range(len(words), 0, -1):
            end = words[j - 1].end()
            if j < len(words) and (words[j - 1].group() in _ARTICLES or re.match(_CONNECTOR, name[end:])):
                continue  # "in Al Watiayh", "in Wadi al Washka": a longer name, neither "Al" nor "Wadi"
            if known_town(text[base:base + end]):
                yield base, base + end
                break
    for m in _TOWN_ROAD.finditer(text):
        if known_town(m.group("name")):
            yield m.span("name")


def road_end_towns(text: str) -> Iterator[tuple[int, int]]:
    """The first town of a road named after the two towns it joins ("blocked the Narok-Bomet road": Narok), where an
    event on the road is placed when the text names no other place; a road across a border, between towns of two
    countries ("the Baalbek-Homs road"), tells neither."""
    for m in _TOWN_ROAD.finditer(text):
        name = m.group("name")
        ends = name.split("-")
        first, second = _town_countries(ends[0]), _town_countries(ends[-1])
        if len(ends) == 2 and not known_town(name) and first and (not second or first & second):
            yield m.start("name"), m.start("name") + len(ends[0])


def _town_countries(name: str) -> set[str]:
    """The countries of the gazetteer's towns, villages and districts spelled ``name``."""
    return {str(p.country) for p in default_gazetteer().lookup([place_key(name)])
            if p.country and p.feature in _TOWN_FEATURES and spelled(p, name)}


def city_after_in(text: str, s: int, e: int) -> bool:
    """A name that is also a common word or a person's ("York", "Paris", "Nice") right after "in" or "at", alone
    (no capitalized word after it: "in Independence Square"), that is a city of 100,000 people: the city."""
    if not re.search(rf"(?:\b(?:in|at)\s+|\b{_OF_TOWN})$", text[max(0, s - 40):s]) \
            or re.match(r"[\s-]+[A-Z]", text[e:e + 3]):
        return False
    exact = text[s:e].lower()
    return any(p.feature == "city" and exact in {n.lower() for n in p.all_names}
               for p in default_gazetteer().lookup([place_key(text[s:e])]))


__all__ = ["Group", "article_spellings", "chained_pairs", "city_after_in", "known_name", "known_town", "known_unit",
           "parenthesized", "towns_after_prepositions"]


def parenthesized_chains(text: str, add: Callable[..., tuple[int, int] | None]) -> list[list[tuple[int, int]]]:
    """The text's own hierarchy in parentheses ("in Marabo (Irumu, Ituri)"): each chain of spans, smallest
    first. The place is a town or village unless a designator says otherwise; the units' kinds are left to the
    gazetteer (a province, a district or a country)."""
    chains = []
    for g in parenthesized(text):
        place = add(*g.place, g.kind or "place", "parenthesized")
        if place is None:
            continue
        chain = [place]
        for s, e in g.units:
            got = add(s, e, None, "parenthesized", trim=False)
            if got is None or got != (s, e):
                break
            chain.append(got)
        chains.append(chain)
    return chains


def link_chains(spans: list[Any], chains: list[list[tuple[int, int]]]) -> list[Any]:
    """Parents from the parenthesized hierarchies: each span's parent (a ``PlaceSpan``'s ``parent``, an index) is
    the next unit of its chain."""
    at = {(p.start, p.end): i for i, p in enumerate(spans)}
    for chain in chains:
        idx = [at.get(k) for k in chain]
        for a, b in itertools.pairwise(idx):
            if a is None or b is None:
                break
            spans[a] = replace(spans[a], parent=b)
    return spans
