"""The country a document's events happen in, from its own words.

Evidence, each a vote for a country (``lexicon.countries``, the embedded gazetteer, the actor dictionary):

* places: the names the language layer found as locations, and the names of a "(district, province)"
  hierarchy written after a place, whose last name is a first-level division, or of a first-level division
  written after a place and a comma ("in Castilla, Piura,"); a place name counts only where the gazetteer
  spells it that way, a name several countries share counts little (and follows the rest of the evidence to
  its namesake at home), and a site's name ("Alexandra Park in Hastings") counts for nothing;
* a dateline ("NAIROBI, May 3 -") at the head of the document weighs most;
* country names ("Kenya", "DRC") and demonyms ("Kenyan");
* dictionary actors that belong to one country ("Taliban": Afghanistan; a group that fights in several goes to the
  one of its countries the rest of the text points to), political parties and unions (``extract.party_votes``),
  and peoples of one country (``extract.group_votes``);
* the words of one country's administration ("woreda", "barangay": ``extract.admin_word_votes``);
* regions of one country known by their names alone ("the Niger Delta", "Darfur": ``extract.region_votes``).

A country named as someone else's ("the Egyptian embassy", "Ugandan nationals", "Niger State") votes for
nothing. With no evidence the country is None: nothing is guessed; countries whose evidence is equal stay so,
unless the text's unknown place names end as one of their languages' names do (``extract.name_endings``).
"""

from __future__ import annotations

import re
from collections import defaultdict

from sitrep.extract.abbreviations import abbreviates
from sitrep.extract.admin_word_votes import admin_word_votes
from sitrep.extract.country_word_roles import abroad, country_lists, destination, in_person, neighbour, own_ground
from sitrep.extract.event_places import site
from sitrep.extract.group_votes import (
    cross_border_named,
    ethnic_votes,
    follow_other_evidence,
    people_division_votes,
    unless_people,
)
from sitrep.extract.landmark_votes import landmark_town, landmark_votes
from sitrep.extract.name_connectors import continues
from sitrep.extract.name_endings import ending_choice
from sitrep.extract.namesake_home import Namesakes, prefer_group_country, prefer_home
from sitrep.extract.pair_evidence import adjacent_pair_votes, place_counted
from sitrep.extract.party_votes import party_votes
from sitrep.extract.phrase_countries import (
    borrowed_phrase,
    countries_after,
    countries_before,
    country_before,
    country_inside,
)
from sitrep.extract.place_hints import body_town_votes, opens_place, speaker
from sitrep.extract.place_votes import (
    _BEFORE_HIERARCHY,
    _HIERARCHY,
    _within_hierarchy,
    comma_hierarchies,
    division_of_country_name,
    hierarchy_part_votes,
    of_hierarchies,
    pair_votes,
    place_votes,
    places_named,
    written_spans,
)
from sitrep.extract.region_votes import region_votes
from sitrep.extract.settlement_votes import PLACE_WEIGHT, Firsts, settlement_votes
from sitrep.extract.site_names import site_heads
from sitrep.extract.unit_chains import unit_chains
from sitrep.lexicon.countries import country, word_index, word_pattern
from sitrep.lexicon.division_abbreviations import division_names
from sitrep.lexicon.division_words import called
from sitrep.lexicon.unit_words import pattern as unit_pattern
from sitrep.nlp.matcher import default_matcher
from sitrep.nlp.region_names import is_region
from sitrep.nlp.timex_lex import FULL_MONTHS, WEEKDAYS
from sitrep.records import Mention

NAME_WEIGHT = 3.0
DEMONYM_WEIGHT = 1.0
ADMIN1_WEIGHT = 3.0
PAIR_WEIGHT = ADMIN1_WEIGHT + 1.0  # a place written with its division after a comma
DATELINE_WEIGHT = 6.0
ACTOR_WEIGHT = 1.0
OTHER_CAP = 3.0
FIRST_WEIGHT = 2.0
UNIT_WEIGHT = 2.0  # a second-level unit ending a comma chain (districts repeat more than provinces)

# a name that is part of another place's name, not the country: "Niger State", "Georgia Avenue"
_PART_OF_NAME = re.compile(r"^[\s-]+(?:State|Delta|River|Province|Region|County|Street|Avenue|Road|Square|Basin|"
                           r"Lake|dollars?)\b")
# the words a place's name may have before a country's name that ends it: "Port of Spain", "Nueva Italia"
_NAME_HEAD = re.compile(r"(?:[A-Z][\w'’-]+\s+){1,2}(?:(?:of|de|del|da|do|di)\s+)?$")
# the country of someone abroad or of a foreign mission: "the Egyptian embassy", "Ugandan nationals"
_FOREIGN_AFTER = re.compile(r"^\s+(?:embassy|embassies|consulate|high\s+commission|ambassador|diplomats?|nationals?|"
                            r"citizens|migrants|refugees|asylum\s+seekers|exiles?|diaspora|tourists?|expatriates?|"
                            r"expats?)\b", re.I)
# a country's police work at home (unlike its troops, often abroad): "the Mauritanian police" tells where it happens
_HOME_FORCE_AFTER = re.compile(r"^\s+(?:riot\s+)?(?:police|policemen|gendarmerie|gendarmes)\b", re.I)
# ... and people who came from a country: "refugees from Ukraine"
_FOREIGN_BEFORE = re.compile(r"\b(?:(?:embassy|consulate|ambassador|high\s+commission)\s+(?:of|to)|(?:refugees|"
                             r"migrants|nationals|citizens|evacuees|asylum\s+seekers|immigrants|exiles|diaspora)\s+"
                             r"(?:from|of))\s+(?:the\s+)?$", re.I)
_LOCATIVE = re.compile(r"\b(?:in|across|throughout|inside|within)\s+(?:the\s+)?(?:north|south|east|west|centre|center|"
                       r"(?:north|south)?(?:east|west)(?:ern)?|northern|southern|central|rest|capital)?(?:\s+of)?\s*$",
                       re.I)
# a country's war as a topic ("against the Russian invasion", "Russia's invasion"): not where it happens
_TOPIC_AFTER = re.compile(r"^(?:['’]s)?\s+(?:military\s+)?(?:invasion|occupation|aggression|annexation|war)\b", re.I)
# what a protest or statement is about, not where it happens: "against the war in Ukraine", "the people in Gaza"
_TOPIC = re.compile(r"\b(?:war|conflict|fighting|invasion|crisis|situation|violence|genocide|aggression|events?|people|"
                    r"victims|bombings?|offensive|occupation|killings?|repression|prisoners|detainees|"
                    r"accident|disaster|tragedy|massacre|earthquake)['’\"]?\s+(?:in|of|on|against)\s+"
                    r"(?:the\s+)?$"  # a past incident commemorated, a war waged on a country ("aggression on Ukraine")
                    r"|\b(?:solidarity\s+with|support\s+(?:of|for|to))\s+(?:the\s+(?:people\s+of\s+)?)?$"
                    # the aggressor of a war that is the topic: "the invasion of Ukraine by Russia"
                    r"|\b(?:invasion|occupation|annexation|bombing|shelling)\s+of\s+(?:the\s+)?[A-Z][\w'’-]+"
                    r"(?:\s+[A-Z][\w'’-]+)?\s+by\s+(?:the\s+)?$", re.I)
# "in Foca, Bosnia and Herzegovina", "the Ministry of Education of Mongolia": the place or body is in the country
_AFTER_NAME = re.compile(r"[A-Z][\w'’-]+(?:,\s*|\s+of\s+(?:the\s+)?)$")
# (an Arabic name may keep its article in lower case: "in el Hermel", "near al Qaim")
# ... and an island's: "on the island of Lesvos"
_PROSE_PLACE = re.compile(r"\b(?:(?:in|near|at|outside|around|from|between)\s+(?:the\s+)?|on\s+the\s+(?=islands?\s))"
                          r"(?:islands?\s+of\s+)?"
                          r"((?:St\.\s+|(?:al|el|ash|ar|az|ad)[- ])?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
                          r"(?:,\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})(?=[,.;(]))?")
# the head of a longer name, not a place: "the Union of Civil Servants", "the Federation of Trade Unions"
_NAME_OF = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
# a capitalised word before a plural noun of people or places qualifies them, it is no place: "at Police forces in
# Bohssas", "in the Arab cities"
_KIND_AFTER = re.compile(r"\s+(?:forces|officers|officials|personnel|authorities|troops|soldiers|members|residents|"
                         r"people|communities|cities|towns|villages|areas|regions|countries)\b")
_UNIT_AFTER = re.compile(rf"\s+(?i:{unit_pattern()})\b")
_CALENDAR = frozenset(FULL_MONTHS + WEEKDAYS)  # "in March, 2012", "on Monday": a time, not a place
_DATELINE = re.compile(r"^\W{0,3}([A-Z][A-Za-z'’. -]{1,40}?)(?:,\s*[A-Z][A-Za-z. ]{1,25})?\s*"
                       r"(?:,\s*\w+\s+\d|\(|—|–|-\s)")


def word_votes(text: str, firsts: Firsts | None = None) -> dict[str, float]:
    """Votes of the country names and demonyms of a text (not those of foreigners or of other places' names): a
    name where something happens ("in Kenya") counts most; the others (often what a protest is about) and
    demonyms count less, and only up to a cap for each country."""
    where: dict[str, float] = defaultdict(float)
    other: dict[str, float] = defaultdict(float)
    home_force: set[str] = set()
    index = word_index()
    divisions = _division_ends(text)
    lists = country_lists(text)  # "from Cuba, Georgia and Honduras": the list's items share one role
    for m in word_pattern().finditer(text):
        if m.end() in divisions:
            continue  # "(Shiroro, Niger)": a division's name there (``_hierarchy_votes``), not the country's
        first, last = lists.get(m.start(), (m.start(), m.end()))
        after, tail = text[m.end():m.end() + 30], text[last:last + 30]
        before, lead = text[max(0, m.start() - 40):m.start()], text[max(0, first - 40):first]
        if _PART_OF_NAME.match(after) or _FOREIGN_AFTER.match(tail) or _FOREIGN_BEFORE.search(lead) \
                or _TOPIC_AFTER.match(after) or neighbour(lead, tail) or abroad(tail) or destination(lead) \
                or (m.group().isupper() and len(m.group()) <= 3 and (before.endswith("(") or after.startswith(")"))):
            continue
        iso2, kind = index[m.group()]
        place = _ends_place_name(before, m.group()) or opens_place(text, m.start(), m.end())  # "Mali Idjos"
        if place:  # "Port of Spain": a place's name, not the country
            for code, share in place_votes(place).items():
                where[code] += share * PLACE_WEIGHT
            continue
        if _TOPIC.search(lead):
            continue  # what the text is about ("against the invasion of Ukraine"), not where it happens
        if kind == "demonym" and (_HOME_FORCE_AFTER.match(after) or own_ground(after)) and iso2 not in home_force:
            home_force.add(iso2)
            where[iso2] += NAME_WEIGHT
        elif kind == "name" and (_LOCATIVE.search(lead) or _AFTER_NAME.search(lead)):
            where[iso2] += 0.0 if place_counted(before, iso2) else NAME_WEIGHT
            if firsts is not None:
                firsts.append((m.start(), {iso2: 1.0}))
        else:
            other[iso2] = min(OTHER_CAP, other[iso2] + (NAME_WEIGHT / 2 if kind == "name" else DEMONYM_WEIGHT))
    return {k: where.get(k, 0.0) + other.get(k, 0.0) for k in set(where) | set(other)}


def _division_ends(text: str) -> set[int]:
    """Where a "(district, X)" hierarchy's last name X, a country's name, is a division's of another country."""
    out: set[int] = set()
    for m in _HIERARCHY.finditer(text):
        parts = [p.split(" - ")[0].strip() for p in m.group(1).split(";")[0].split(",") if p.split(" - ")[0].strip()]
        if len(parts) >= 2 and division_of_country_name(parts):
            out.add(m.end() - 1 - (len(m.group(1)) - len(m.group(1).rstrip())))
    return out


def _ends_place_name(before: str, name: str) -> str | None:
    """The name of a place the gazetteer has that a country's name closes ("Port of Spain" of Trinidad): the one or
    two capitalised words before it (and "of", "de") and the name; None when they make no place's name."""
    head = _NAME_HEAD.search(before)
    words = head.group().split() if head else []
    for i in range(len(words)):
        full = " ".join([*words[i:], name])
        if words[i][:1].isupper() and any(p.feature != "country" for p in places_named(full)):
            return full
    return None


def _prose_place_votes(text: str, known: set[tuple[int, int]], firsts: Firsts, namesakes: Namesakes,
                       mentions: tuple[Mention, ...] = ()) -> dict[str, float]:
    """Votes of capitalised names after "in", "near", "at" ... that the language layer did not mark as places,
    and of the first-level division of "in Town, Division," (the way many notes write a place)."""
    votes: dict[str, float] = defaultdict(float)
    index = word_index()
    spans = written_spans(text) + unit_chains(text)  # a comma chain ended by a unit: its places lie there
    seen = set(known)
    for m in _PROSE_PLACE.finditer(text):
        seen.add((m.start(1), m.end(1)))
        if m.group(1) in index or m.group(1).split()[0] in _CALENDAR or continues(text, m.end(1)) or (
                not m.group(2) and (_NAME_OF.match(text, m.end(1)) or _KIND_AFTER.match(text, m.end(1)))):
            continue
        if in_person(m.start(1), m.end(1), mentions):
            continue  # "at the Abd el Hamid square": a person's name, no place
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
        found = _within_hierarchy(m.start(1), found, spans)
        if found:
            firsts.append((m.start(1), found))
            if not m.group(2):
                namesakes.append((m.group(1), {k: v * PLACE_WEIGHT for k, v in found.items()}, found))
        for iso2, share in found.items():
            votes[iso2] += share * PLACE_WEIGHT
    for iso2, v in settlement_votes(text, seen, spans, firsts).items():
        votes[iso2] += v
    return votes


def _hierarchy_pair(text: str, m: re.Match[str], parts: list[str], named: frozenset[str] = frozenset()
                    ) -> dict[str, float]:
    """The countries where a place of the hierarchy (or the place named just before it: "Fundong (Boyo,
    Nord-Ouest)") lies in a division the hierarchy names after it; the most specific pair found decides."""
    before = _BEFORE_HIERARCHY.search(text[max(0, m.start() - 60):m.start()])
    names = ([before.group(1)] if before else []) + parts
    for i, place in enumerate(names[:-1]):
        for division in reversed(names[i + 1:]):
            pair = pair_votes(place, division, named)
            if pair:
                return pair
    return {}


def _named_before(text: str, start: int) -> int:
    """Where the place a hierarchy at ``start`` qualifies is named ("Ramieh (Bint Jbeil)"), or ``start`` itself: the
    hierarchy is the first evidence of that place, before its bare name's namesakes."""
    window = text[max(0, start - 60):start]
    before = _BEFORE_HIERARCHY.search(window)
    return start - (len(window) - before.start(1)) if before else start


def _hierarchy_votes(text: str, firsts: Firsts, named: frozenset[str] = frozenset()) -> dict[str, float]:
    """Votes of "(district, province)" hierarchies: the last name is a first-level division (or a territory
    named as a country: "(Gaza City, Gaza Strip)"); a name the gazetteer knows only as a town, not as a division,
    counts as a place."""
    votes: dict[str, float] = defaultdict(float)
    abbreviated = division_names()
    for m in _HIERARCHY.finditer(text):
        inner = m.group(1).split(";")[0]
        # "(Seoul City - Jung)", "(Santiago - Providencia, Metropolitana)": ACLED writes a city's quarter after
        # the city and a dash; the quarter is no division, the city is the place
        parts = [p.split(" - ")[0].strip() for p in inner.split(",") if p.split(" - ")[0].strip()]
        parts = [abbreviated.get(p, p) for p in parts]  # "(Rajouri district, J&K)": a division's abbreviation
        if not parts or len(parts) > 4 or any(len(p.split()) > 4 or not p[:1].isupper() or p.isupper() for p in parts) \
                or (len(parts) == 1 and abbreviates(text[:m.start()].rstrip(), parts[0])):
            continue  # no hierarchy, or a name's abbreviation: "the Cameroon people party (Cpp)"
        at = _named_before(text, m.start())  # "Ramieh (Bint Jbeil)": where the place the hierarchy places is named
        pair = _hierarchy_pair(text, m, parts, named)
        if pair:
            firsts.append((at, pair))
            for iso2, v in pair.items():
                votes[iso2] += v * (ADMIN1_WEIGHT + 1.0)
            continue
        found = hierarchy_part_votes(parts, ADMIN1_WEIGHT)
        if found:  # only a division it knows names the place's country ahead of its bare name
            firsts.append((at if max(found.values()) >= ADMIN1_WEIGHT else m.start(),
                           {k: min(1.0, v / ADMIN1_WEIGHT) for k, v in found.items()}))
        for iso2, v in found.items():
            votes[iso2] += v
    return votes


# ACLED's notes say where an event was coded: "[coded to Prague]", "(coded to Paoua)", "Coded as Amadiya district,
# Duhok"
_CODED = re.compile(r"\b[Cc]oded\s+(?:to|as|in|at)\s+(?:the\s+)?([A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,3})"
                    r"(?:\s+(?:district|province|region|area|city|town|village))?"
                    r"(?:,\s*([A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2}))?")


def _comma_votes(text: str, firsts: Firsts) -> dict[str, float]:
    """Votes of the division that ends a place written with commas ("in Castilla, Piura,") or with "in"/"of" ("the
    Sidakan area in Soran district of Erbil"): the place's country is that division's, the first evidence of where it is
    (``place_votes.comma_hierarchies``, ``place_votes.of_hierarchies``)."""
    votes: dict[str, float] = defaultdict(float)
    for start, _, countries in comma_hierarchies(text) + of_hierarchies(text):
        share = 1.0 / len(countries)
        firsts.append((start, dict.fromkeys(countries, share)))
        for iso2 in countries:
            votes[iso2] += share * ADMIN1_WEIGHT
    for start, _, countries in unit_chains(text):  # "Tulay, Basey, Samar": a second-level unit ends it
        share = 1.0 / len(countries)
        firsts.append((start, dict.fromkeys(countries, share)))
        for iso2 in countries:
            votes[iso2] += share * UNIT_WEIGHT
    return votes


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


def _mention_votes(text: str, mentions: list[Mention], firsts: Firsts, namesakes: Namesakes | None = None
                   ) -> dict[str, float]:
    votes: dict[str, float] = defaultdict(float)
    index = word_index()
    head = _DATELINE.match(text[:80])
    actors = default_matcher().actors
    spans = written_spans(text) + unit_chains(text)  # a comma chain ended by a unit: its places lie there
    for m in mentions:
        if m.type == "location" and not is_region(m):  # one country's regions vote by ``region_votes``
            if m.text in index or site(text, m.start, m.end) or speaker(text, m.start, m.end) \
                    or landmark_town(m.text) is not None:
                continue  # a country or demonym (counted with the words), a site ("Alexandra Park"), a speaker, a
                # landmark of the table (its country's votes are the landmark's: "Egerton University", not Egerton)
            weight = DATELINE_WEIGHT if head and m.start <= head.end(1) <= m.end else PLACE_WEIGHT
            # "Manchester parish", "Bolivar state", "Andar district": a division, not a town of its name abroad
            after = _UNIT_AFTER.match(text, m.end)
            unit = place_votes(m.text, admin1=True, units_only=True) if after else {}
            if len(unit) > 1:  # "Bolivar state": of the countries whose divisions are states
                kept = called(set(unit), after.group() if after else None)
                unit = {k: v / sum(unit[c] for c in kept) for k, v in unit.items() if k in kept}
            # "Haramaya University": a site no gazetteer knows lies in the town it is named after
            own = unit or place_votes(m.text) or next(filter(None, map(place_votes, site_heads(m.text))), {})
            own = unless_people(m.text, own)  # "the Masai": the people, not a namesake town abroad
            found = _within_hierarchy(m.start, own, spans)
            if found:
                firsts.append((m.start, found))
                if namesakes is not None and not unit and not any(s <= m.start < e for s, e, _ in spans):
                    namesakes.append((m.text, {k: v * weight for k, v in found.items()}, found))
            for iso2, share in found.items():
                votes[iso2] += share * weight
        elif m.type in ("armed_group", "state_force", "government"):
            entry = actors.get(m.entity_key or "")
            if entry is not None and entry.country and country(entry.country) is not None \
                    and not (entry.beside_state and m.type == "armed_group"):  # a foreign company's fighters abroad
                votes[entry.country] += ACTOR_WEIGHT
        elif m.type == "organization":
            for iso2, share in _home_town_votes(m.text).items():
                votes[iso2] += share * ACTOR_WEIGHT
    return votes


# an association, council or university named after its town ends with it: "the Drivers Association of Kumasi"
_OF_TOWN = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)[\"”]?$")


def _home_town_votes(name: str) -> dict[str, float]:
    """The country of the town an organisation's name ends with ("Concerned Drivers Association of Kumasi"): a local
    body works at home, as a country's police does; only a town of one country, not a country's name."""
    m = _OF_TOWN.search(name)
    town = m.group(1).rstrip("'’") if m is not None else ""
    if not town or town in word_index():
        return {}
    return {k: v for k, v in place_votes(town).items() if v >= 0.8}


def country_votes(text: str, mentions: list[Mention], firsts: Firsts | None = None) -> dict[str, float]:
    """Every country's votes; the first place a text names (where a report says its event happened) counts
    more than the others (``firsts`` collects where each place was named)."""
    votes: dict[str, float] = defaultdict(float)
    known = {(m.start, m.end) for m in mentions if m.type == "location"}
    firsts = [] if firsts is None else firsts
    namesakes: Namesakes = []
    # a place written with its division ("El Callao, Bolivar") is the first evidence of where it is, before the
    # place's name alone (``firsts`` keeps the earliest entry of a position)
    words = word_votes(text, firsts)
    named = frozenset(k for k, v in words.items() if v >= NAME_WEIGHT)  # "in Argentina": where it happens
    for part in (words, _hierarchy_votes(text, firsts, named),
                 adjacent_pair_votes(text, mentions, firsts, PAIR_WEIGHT),
                 _mention_votes(text, mentions, firsts, namesakes),
                 _prose_place_votes(text, known, firsts, namesakes, tuple(mentions)),
                 _coded_votes(text), party_votes(text), ethnic_votes(text), admin_word_votes(text),
                 _comma_votes(text, firsts), people_division_votes(text), landmark_votes(text),
                 region_votes(text), body_town_votes(text)):
        for iso2, v in part.items():
            votes[iso2] += v
    prefer_home(votes, namesakes)
    groups = cross_border_named(mentions)
    prefer_group_country(votes, namesakes, groups)
    follow_other_evidence(votes, groups, ACTOR_WEIGHT)
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
    tied = [k for k in ranked if (votes[k], first.get(k, 0.0)) == (votes[best], first.get(best, 0.0))]
    if len(tied) > 1:  # countries with the same evidence: only their languages' place-name endings may tell which
        best = ending_choice(mentions, tied) or ""
    return best if best and votes[best] >= 0.5 else None


__all__ = ["borrowed_phrase", "countries_after", "countries_before", "country_before", "country_inside",
           "country_votes", "document_country", "pair_votes", "place_votes", "places_named", "word_votes"]
