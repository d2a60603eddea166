"""The country a document's events happen in, from its own words.

Evidence, each a vote for a country (``lexicon.countries``, the embedded gazetteer, the actor dictionary):

* places: the names the language layer found as locations, and the names of a "(district, province)"
  hierarchy written after a place, whose last name is a first-level division; a place name counts only
  where the gazetteer spells it that way, and a name several countries share counts little;
* a dateline ("NAIROBI, May 3 -") at the head of the document weighs most;
* country names ("Kenya", "DRC") and demonyms ("Kenyan");
* dictionary actors that belong to one country ("Taliban": Afghanistan).

A country named as someone else's ("the Egyptian embassy", "Ugandan nationals", "Niger State") votes for
nothing. With no evidence the country is None: nothing is guessed.
"""

from __future__ import annotations

import difflib
import itertools
import re
from collections import defaultdict
from functools import lru_cache

from sitrep.lexicon.countries import country, word_index, word_pattern
from sitrep.lexicon.gazetteer import Place, default_gazetteer, similar_names
from sitrep.lexicon.keys import ascii_fold, light_key, place_key
from sitrep.nlp.matcher import default_matcher
from sitrep.records import Mention

NAME_WEIGHT = 3.0
DEMONYM_WEIGHT = 1.0
PLACE_WEIGHT = 2.0
ADMIN1_WEIGHT = 3.0
DATELINE_WEIGHT = 6.0
ACTOR_WEIGHT = 1.0
OTHER_CAP = 3.0
FIRST_WEIGHT = 2.0

# a name that is part of another place's name, not the country: "Niger State", "Georgia Avenue"
_PART_OF_NAME = re.compile(r"^[\s-]+(?:State|Delta|River|Province|Region|County|Street|Avenue|Road|Square|Basin|"
                           r"Lake|dollars?)\b")
# the country of someone abroad or of a foreign mission: "the Egyptian embassy", "Ugandan nationals"
_FOREIGN_AFTER = re.compile(r"^\s+(?:embassy|embassies|consulate|high\s+commission|ambassador|diplomats?|nationals?|"
                            r"citizens|migrants|refugees|asylum\s+seekers|exiles?|diaspora)\b", re.I)
_FOREIGN_BEFORE = re.compile(r"\b(?:embassy|consulate|ambassador|high\s+commission)\s+(?:of|to)\s+(?:the\s+)?$",
                             re.I)
_LOCATIVE = re.compile(r"\b(?:in|across|throughout|inside|within)\s+(?:the\s+)?(?:north|south|east|west|centre|center|"
                       r"(?:north|south)?(?:east|west)(?:ern)?|northern|southern|central|rest|capital)?(?:\s+of)?\s*$",
                       re.I)
# a country's war as a topic ("against the Russian invasion", "the Israeli occupation"): not where it happens
_TOPIC_AFTER = re.compile(r"^\s+(?:military\s+)?(?:invasion|occupation|aggression|annexation|war)\b", re.I)
# what a protest or statement is about, not where it happens: "against the war in Ukraine", "the people in Gaza"
_TOPIC = re.compile(r"\b(?:war|conflict|fighting|invasion|crisis|situation|violence|genocide|aggression|events?|people|"
                    r"victims|bombings?|offensive|occupation|killings?|repression|prisoners|detainees)\s+(?:in|of)\s+"
                    r"(?:the\s+)?$", re.I)
# "in Foca, Bosnia and Herzegovina", "the Ministry of Education of Mongolia": the place or body is in the country
_AFTER_NAME = re.compile(r"[A-Z][\w'’-]+(?:,\s*|\s+of\s+(?:the\s+)?)$")
_PROSE_PLACE = re.compile(r"\b(?:in|near|at|outside|around|from)\s+(?:the\s+)?"
                          r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
                          r"(?:,\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})(?=[,.;(]))?")
# the head of a longer name, not a place: "the Union of Civil Servants", "the Federation of Trade Unions"
_NAME_OF = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
_HIERARCHY = re.compile(r"\(([^()\n]{2,90})\)")
_DATELINE = re.compile(r"^\W{0,3}([A-Z][A-Za-z'’. -]{1,40}?)(?:,\s*[A-Z][A-Za-z. ]{1,25})?\s*"
                       r"(?:,\s*\w+\s+\d|\(|—|–|-\s)")


@lru_cache(maxsize=65536)
def places_named(name: str, loose: bool = False) -> tuple[Place, ...]:
    """Entries of the embedded gazetteer spelled as written (its lookup key also finds look-alikes); ``loose``:
    also spellings ``similar_names`` accepts whose letters are nearly the same ("Chaharmahal and Bakhtiari",
    "Chahar Mahall and Bakhtiari")."""
    written = ascii_fold(name).lower()
    return tuple(p for p in default_gazetteer().lookup([place_key(name)])
                 if p.country and (written in {ascii_fold(n).lower() for n in p.all_names}
                                   or (loose and any(similar_names(name, n) and _near_letters(name, n)
                                                     for n in p.all_names))))


def _near_letters(a: str, b: str) -> bool:
    """Most letters in common, in order: a spelling of the name ("Nangrahar", "Nangarhar"), not another name
    sharing its consonants ("Dhalkebar", "Dehalak' Kebir")."""
    return difflib.SequenceMatcher(None, light_key(a), light_key(b)).ratio() >= 0.8


def _place_name_ok(name: str) -> bool:
    """A name that can name a place: not an acronym written in capitals ("NATO", "KCTU") and not one or two
    letters (a cut-off "Al")."""
    letters = re.sub(r"[\W\d_]+", "", name)
    return len(letters) >= 3 and not (name.isupper() and len(letters) <= 6)


_UNIT_BEFORE = re.compile(r"^(?:province|region|governorate|department|prefecture|county|district|state)\s+"
                          r"(?:of|de|du|del|di)\s+", re.I)
_DIVISION_WORD = re.compile(r"\s+(?:state|province|county|district|region|governorate|prefecture|department|oblast|"
                            r"division|municipality|regency|upazila|tehsil|sub-?county|city|LGA|"
                            r"local\s+government\s+area)$", re.I)


def place_votes(name: str, admin1: bool = False, units_only: bool = False) -> dict[str, float]:
    """Shares of one vote among the countries a place name may be in: all of it when one country has a place
    of that name (a first-level division when ``admin1``), most of it when one country's is far the largest,
    a little more than the others' when it is twice as large; half as much for a name the gazetteer spells
    otherwise. "Unity state" is looked up as "Unity". ``units_only``: only divisions (first or second level) count,
    under any of their names ("Nord-Kivu")."""
    name = _DIVISION_WORD.sub("", name.strip())
    if not _place_name_ok(name):
        return {}
    found = [p for p in places_named(name) if p.feature != "country"]
    scale = 1.0
    head = re.split(r"\s+-\s+|-(?=[A-Z])", name, maxsplit=1)[0]
    if not found and head != name and len(head) >= 4:
        found = [p for p in places_named(head) if p.feature != "country"]  # "Athens-Central Athens": the city
    if not found and len(name) >= 5:
        found, scale = [p for p in places_named(name, True) if p.feature != "country"], 0.5
    if units_only:
        found = [p for p in found if p.feature in ("admin1", "admin2")]
        if scale == 1.0:
            found += _admin1_index()[1].get(_bare_key(name), [])
    if admin1:
        found = [p for p in found if p.feature == "admin1"] or found
    size: dict[str, int] = {}
    for p in found:
        s = p.population or (100_000 if p.feature == "admin1" else 1)
        size[str(p.country)] = max(size.get(str(p.country), 0), s)
    return _shares(sorted(size.items(), key=lambda kv: -kv[1]), scale)


def _shares(ranked: list[tuple[str, int]], scale: float) -> dict[str, float]:
    """The vote of a name among the countries with a place of that name, by the size of the largest place of each
    (largest first)."""
    if not ranked:
        return {}
    if len(ranked) == 1:
        return {ranked[0][0]: scale}
    if ranked[0][1] >= 5 * ranked[1][1]:
        return {ranked[0][0]: 0.8 * scale}
    # a name several countries share most often means the largest of its places ("Santiago": Chile's capital)
    votes = {c: 0.2 * scale for c, _ in ranked[:4]}
    if ranked[0][1] >= 2 * ranked[1][1]:
        votes[ranked[0][0]] += 0.1 * scale
    elif ranked[0][1] > ranked[1][1]:
        votes[ranked[0][0]] += 0.02 * scale  # only a little larger: enough to tell namesakes apart, no more
    return votes


Firsts = list[tuple[int, dict[str, float]]]


def _bare_key(name: str) -> str:
    """The key of a division's name without its administrative word: "Nord-Kivu Province" and "Nord Kivu" are
    one name."""
    return light_key(_DIVISION_WORD.sub("", _UNIT_BEFORE.sub("", name.strip())))


@lru_cache(maxsize=1)
def _admin1_index() -> tuple[dict[tuple[str, str], str], dict[str, list[Place]]]:
    """(country, key of any name of a first-level division) -> the key of the division's own name, so that a
    division written under another of its names or without its administrative word ("Nord-Kivu", "Capital" for
    "Capital Governorate") is found; and the key of any such name -> the divisions."""
    names: dict[tuple[str, str], str] = {}
    units: dict[str, list[Place]] = defaultdict(list)
    for p in default_gazetteer().places:
        if p.feature == "admin1" and p.country:
            for key in dict.fromkeys(_bare_key(n) for n in p.all_names):
                names.setdefault((p.country, key), _bare_key(p.name))
                units[key].append(p)
    return names, dict(units)


def _admin1_names() -> dict[tuple[str, str], str]:
    return _admin1_index()[0]


def _in_division(p: Place, key: str, written: str) -> int:
    """1 when the place lies in a first-level division whose name (any of them) has ``key`` or is spelled much like
    ``written`` ("Andalucia", "Andalusia"), 2 for such a second-level division, else 0."""
    if p.admin1 and p.country and (_bare_key(p.admin1) == _admin1_names().get((p.country, key), key)
                                   or _spelled_alike(p.admin1, written)):
        return 1
    return 2 if p.admin2 and (_bare_key(p.admin2) == key or _spelled_alike(p.admin2, written)) else 0


def _spelled_alike(name: str, written: str) -> bool:
    """Two spellings of one name ("Andalucia", "Andalusia"; "Kordestan", "Kurdistan"): long enough and nearly the
    same letters once the administrative word is gone."""
    a = light_key(_DIVISION_WORD.sub("", name))
    b = light_key(_DIVISION_WORD.sub("", written))
    return min(len(a), len(b)) >= 6 and difflib.SequenceMatcher(None, a, b).ratio() >= 0.8


def pair_votes(place: str, division: str) -> dict[str, float]:
    """The countries where a place of the first name lies in a division (first or second level, under any of its
    names) of the second ("San Jose, San Jose": Costa Rica's city in its province; "(Analalava, Sofia)":
    Madagascar)."""
    key = _bare_key(division)
    if not key or not _place_name_ok(place):
        return {}
    size: dict[str, int] = {}
    found = [(level, p) for p in places_named(place.strip()) if p.feature not in ("country", "admin1")
             and (level := _in_division(p, key, division))]
    best = min((level for level, _ in found), default=0)
    for level, p in found:
        if level == best:  # a first-level division before a district of that name
            size[str(p.country)] = max(size.get(str(p.country), 0), p.population)
    ranked = sorted(size.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[0][1] >= 3 * ranked[1][1]:
        ranked = ranked[:1]
    return {c: 1.0 / len(ranked) for c, _ in ranked}


def word_votes(text: str, firsts: Firsts | None = None) -> dict[str, float]:
    """Votes of the country names and demonyms of a text (not those of foreigners or of other places' names): a
    name where something happens ("in Kenya") counts most; the others (often what a protest is about) and
    demonyms count less, and only up to a cap for each country."""
    where: dict[str, float] = defaultdict(float)
    other: dict[str, float] = defaultdict(float)
    index = word_index()
    for m in word_pattern().finditer(text):
        after = text[m.end():m.end() + 30]
        before = text[max(0, m.start() - 40):m.start()]
        if _PART_OF_NAME.match(after) or _FOREIGN_AFTER.match(after) or _FOREIGN_BEFORE.search(before) \
                or _TOPIC_AFTER.match(after) \
                or (m.group().isupper() and len(m.group()) <= 3 and (before.endswith("(") or after.startswith(")"))):
            continue
        iso2, kind = index[m.group()]
        if _TOPIC.search(before):
            continue  # what the text is about ("against the invasion of Ukraine"), not where it happens
        if kind == "name" and (_LOCATIVE.search(before) or _AFTER_NAME.search(before)):
            where[iso2] += NAME_WEIGHT
            if firsts is not None:
                firsts.append((m.start(), {iso2: 1.0}))
        else:
            other[iso2] = min(OTHER_CAP, other[iso2] + (NAME_WEIGHT / 2 if kind == "name" else DEMONYM_WEIGHT))
    return {k: where.get(k, 0.0) + other.get(k, 0.0) for k in set(where) | set(other)}


def _prose_place_votes(text: str, known: set[tuple[int, int]], firsts: Firsts) -> dict[str, float]:
    """Votes of capitalised names after "in", "near", "at" ... that the language layer did not mark as places,
    and of the first-level division of "in Town, Division," (the way many notes write a place)."""
    votes: dict[str, float] = defaultdict(float)
    index = word_index()
    for m in _PROSE_PLACE.finditer(text):
        if m.group(1) in index or (not m.group(2) and _NAME_OF.match(text, m.end(1))):
            continue
        pair = pair_votes(m.group(1), m.group(2)) if m.group(2) else {}
        if pair:
            found = {k: v * (1 + ADMIN1_WEIGHT / PLACE_WEIGHT) for k, v in pair.items()}
        elif (m.start(1), m.end(1)) in known:
            continue  # counted with the language layer's places
        else:
            found = {k: v for k, v in place_votes(m.group(1)).items() if v > 0.5}
            if m.group(2) and m.group(2) not in index:
                for iso2, share in place_votes(m.group(2), admin1=True).items():
                    found[iso2] = found.get(iso2, 0.0) + share * ADMIN1_WEIGHT / PLACE_WEIGHT
        if found:
            firsts.append((m.start(1), found))
        for iso2, share in found.items():
            votes[iso2] += share * PLACE_WEIGHT
    return votes


_BEFORE_HIERARCHY = re.compile(r"([A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2})\s*(?:\b(?:village|town|city|locality|area|"
                               r"district|municipality|commune|camp)\s*)?$")


def _hierarchy_pair(text: str, m: re.Match[str], parts: list[str]) -> dict[str, float]:
    """The countries where a place of the hierarchy (or the place named just before it: "Fundong (Boyo,
    Nord-Ouest)") lies in a division the hierarchy names after it; the most specific pair found decides."""
    before = _BEFORE_HIERARCHY.search(text[max(0, m.start() - 60):m.start()])
    names = ([before.group(1)] if before else []) + parts
    for i, place in enumerate(names[:-1]):
        for division in reversed(names[i + 1:]):
            pair = pair_votes(place, division)
            if pair:
                return pair
    return {}


def _hierarchy_votes(text: str, firsts: Firsts) -> dict[str, float]:
    """Votes of "(district, province)" hierarchies: the last name is a first-level division (or a territory
    named as a country: "(Gaza City, Gaza Strip)"); a name the gazetteer knows only as a town, not as a division,
    counts as a place."""
    votes: dict[str, float] = defaultdict(float)
    index = word_index()
    for m in _HIERARCHY.finditer(text):
        inner = m.group(1).split(";")[0]
        # "(Seoul City - Jung)", "(Santiago - Providencia, Metropolitana)": ACLED writes a city's quarter after
        # the city and a dash; the quarter is no division, the city is the place
        parts = [p.split(" - ")[0].strip() for p in inner.split(",") if p.split(" - ")[0].strip()]
        if not parts or len(parts) > 4 or any(len(p.split()) > 4 or not p[:1].isupper() or p.isupper() for p in parts):
            continue
        found: dict[str, float] = defaultdict(float)
        pair = _hierarchy_pair(text, m, parts)
        if pair:
            firsts.append((m.start(), pair))
            for iso2, v in pair.items():
                votes[iso2] += v * (ADMIN1_WEIGHT + 1.0)
            continue
        for n, part in enumerate(parts):
            last = n == len(parts) - 1
            if last and index.get(part, ("", ""))[1] == "name":
                found[index[part][0]] += ADMIN1_WEIGHT
                continue
            unit = place_votes(part, admin1=True, units_only=True) if last else {}
            exact = bool(places_named(_DIVISION_WORD.sub("", part))) if last and not unit else False
            for iso2, share in (unit or place_votes(part)).items():
                found[iso2] += share * (ADMIN1_WEIGHT if unit or exact else 1.0)
        if found:
            firsts.append((m.start(), {k: min(1.0, v / ADMIN1_WEIGHT) for k, v in found.items()}))
        for iso2, v in found.items():
            votes[iso2] += v
    return votes


# ACLED's notes say where an event was coded: "[coded to Prague]", "(coded to Paoua)", "Coded as Amadiya district,
# Duhok"
_CODED = re.compile(r"\bcoded\s+(?:to|as|in|at)\s+(?:the\s+)?([A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,3})"
                    r"(?:\s+(?:district|province|region|area|city|town|village))?"
                    r"(?:,\s*([A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2}))?")


def _coded_votes(text: str) -> dict[str, float]:
    """Votes of the place a note says the event was coded to, when the gazetteer places it in one country."""
    votes: dict[str, float] = defaultdict(float)
    index = word_index()
    for m in _CODED.finditer(text):
        place, division = m.group(1), m.group(2)
        if place in index:
            found = {index[place][0]: 1.0} if index[place][1] == "name" else {}
        else:
            found = (pair_votes(place, division) if division else {}) or place_votes(place)
        for iso2, share in found.items():
            if share >= 0.8:
                votes[iso2] += share * ADMIN1_WEIGHT
    return votes


def _mention_votes(text: str, mentions: list[Mention], firsts: Firsts) -> dict[str, float]:
    votes: dict[str, float] = defaultdict(float)
    index = word_index()
    head = _DATELINE.match(text[:80])
    actors = default_matcher().actors
    for m in mentions:
        if m.type == "location":
            if m.text in index:
                continue  # a country name or demonym: counted with the words
            weight = DATELINE_WEIGHT if head and m.start <= head.end(1) <= m.end else PLACE_WEIGHT
            found = place_votes(m.text)
            if found:
                firsts.append((m.start, found))
            for iso2, share in found.items():
                votes[iso2] += share * weight
        elif m.type in ("armed_group", "state_force", "government"):
            entry = actors.get(m.entity_key or "")
            if entry is not None and entry.country and country(entry.country) is not None:
                votes[entry.country] += ACTOR_WEIGHT
    return votes


def _adjacent_pair_votes(text: str, mentions: list[Mention], firsts: Firsts) -> dict[str, float]:
    """Votes of a place written with its division after a comma ("in Guanyin, Taoyuan City"): the countries where
    such a place lies in such a division."""
    votes: dict[str, float] = defaultdict(float)
    places = sorted((m for m in mentions if m.type == "location"), key=lambda m: m.start)
    for a, b in itertools.pairwise(places):
        if not re.fullmatch(r",\s*", text[a.end:b.start]):
            continue
        pair = pair_votes(a.text, b.text)
        if pair:
            firsts.append((a.start, pair))
        for iso2, v in pair.items():
            votes[iso2] += v * (ADMIN1_WEIGHT + 1.0)
    return votes


def country_votes(text: str, mentions: list[Mention], firsts: Firsts | None = None) -> dict[str, float]:
    """Every country's votes; the first place a text names (where a report says its event happened) counts
    more than the others (``firsts`` collects where each place was named)."""
    votes: dict[str, float] = defaultdict(float)
    known = {(m.start, m.end) for m in mentions if m.type == "location"}
    firsts = [] if firsts is None else firsts
    for part in (word_votes(text, firsts), _hierarchy_votes(text, firsts), _mention_votes(text, mentions, firsts),
                 _prose_place_votes(text, known, firsts), _coded_votes(text),
                 _adjacent_pair_votes(text, mentions, firsts)):
        for iso2, v in part.items():
            votes[iso2] += v
    if firsts:
        for iso2, share in min(firsts, key=lambda f: f[0])[1].items():
            votes[iso2] += share * FIRST_WEIGHT
    return dict(votes)


# the last document's answer: extraction and geocoding ask it of the same text and mentions, one after the other
_LAST: list[tuple[object, str, tuple[Mention, ...], str | None]] = []


def document_country(text: str, mentions: list[Mention]) -> str | None:
    """The ISO alpha-2 code of the country a text's events happen in, or None when nothing says."""
    key = (country_votes, text, tuple(mentions))  # the votes as now defined (a test may replace them)
    if _LAST and _LAST[0][:3] == key:
        return _LAST[0][3]
    _LAST[:] = [(*key, found := _document_country(text, mentions))]
    return found


def _document_country(text: str, mentions: list[Mention]) -> str | None:
    firsts: Firsts = []
    votes = country_votes(text, mentions, firsts)
    if not votes:
        return None
    first = min(firsts, key=lambda f: f[0])[1] if firsts else {}
    ranked = sorted(votes, key=lambda k: (-votes[k], -first.get(k, 0.0), k))
    best = ranked[0]
    if len(ranked) > 1 and (votes[ranked[1]], first.get(ranked[1], 0.0)) == (votes[best], first.get(best, 0.0)):
        return None  # two countries with the same evidence: nothing tells which
    return best if votes[best] >= 0.5 else None


def country_before(text: str, start: int) -> str | None:
    """The country a demonym or name just before ``start`` gives an actor: "Kenyan police", "Israeli
    security forces", "Russia's army"."""
    found = countries_before(text, start)
    return found[-1] if found else None


def countries_before(text: str, start: int) -> list[str]:
    """The countries of the demonyms or names just before ``start``: "Indian and Pakistani troops" gives both."""
    before = text[max(0, start - 80):start]
    index = word_index()
    found: list[re.Match[str]] = []
    for m in word_pattern().finditer(before):
        if re.fullmatch(r"(?:'s|’s)?\s+(?:[a-z-]+\s+)?", before[m.end():]):
            found = [m]
            prev = [x for x in word_pattern().finditer(before[:m.start()])
                    if re.fullmatch(r"(?:'s|’s)?\s*(?:,|and|&)\s+", before[x.end():m.start()])]
            found = prev[-1:] + found
    return [index[m.group()][0] for m in found]


_OF = re.compile(r"\s+of\s+(?:the\s+)?")
_FROM = re.compile(r"\s+(?:from|of)\s+(?:the\s+)?")
_AND = re.compile(r"\s+and\s+(?:of\s+)?(?:the\s+)?")
_LIST = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:from\s+)?(?:the\s+)?")


def countries_after(text: str, end: int, joined: bool = False, origin: bool = False) -> list[str]:
    """The countries named right after an actor's phrase: "military forces of India and Pakistan"; ``joined``:
    those after "and" that share a phrase already naming one ("military forces of India and Pakistan");
    ``origin``: also after "from" (people's origin: "refugees from Ukraine", "migrants from Cuba, Guatemala and
    Venezuela")."""
    index = word_index()
    out: list[str] = []
    glue = (_AND if joined else _FROM if origin else _OF).match(text, end)
    while glue is not None:
        hit = word_pattern().match(text, glue.end())
        if hit is None:
            break
        out.append(index[hit.group()][0])
        glue = (_LIST if origin else _AND).match(text, hit.end()) if len(out) < (8 if origin else 3) else None
    return out


def country_inside(text: str) -> str | None:
    """The country of a demonym or name that opens an actor's phrase ("Kenyan soldiers")."""
    m = word_pattern().match(text)
    return word_index()[m.group()][0] if m else None


def borrowed_phrase(m: Mention, entry_country: str | None, text: str, country: str | None) -> bool:
    """Whether dictionary mention ``m`` of a state force of ``entry_country`` is a common phrase borrowed in a
    document of another ``country``: its words name no country and the document names ``country``, never
    ``entry_country``. A dictionary entry of one country's state force can share a common phrase with other
    countries' ("Elite Force", "paramilitary Rangers"); such a phrase is then the document's country's own force
    of the same kind. A place name alone does not tell the document's country here: short notes that name no
    country can have a place whose namesake lies in another."""
    if not country or not entry_country or entry_country == country:
        return False
    pattern, index = word_pattern(), word_index()
    if pattern.search(m.text):
        return False
    named = {index[x.group()][0] for x in pattern.finditer(text)}
    return country in named and entry_country not in named


__all__ = ["borrowed_phrase", "countries_after", "countries_before", "country_before", "country_inside",
           "country_votes", "document_country", "pair_votes", "place_votes", "places_named", "word_votes"]
