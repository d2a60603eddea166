"""Where an event happened: the place mention an event record takes as its location.

``location`` picks, among the place mentions of the event's sentences, the most specific one: a
place followed by its administrative hierarchy in parentheses ("in Marabo (Irumu, Ituri)", the
notation of conflict records), then a village, area or town, a district, a province, a country. When
the sentences name none, the nearest sentence before them that names one says where, else the
nearest after. The geocoder (``sitrep.resolve.place_geocoder``) places the mention it picks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from sitrep.extract.known_places import known_instead
from sitrep.extract.march_places import march_origin
from sitrep.extract.town_part_place import outside_town
from sitrep.extract.unplaced_towns import unplaced_town
from sitrep.lexicon.actor_divisions import actor_division
from sitrep.lexicon.countries import country as country_named
from sitrep.lexicon.countries import word_index
from sitrep.lexicon.gazetteer import Place, default_gazetteer
from sitrep.lexicon.keys import ascii_fold, light_key, place_key
from sitrep.nlp.place_country import spelled
from sitrep.nlp.place_notation import parenthesized
from sitrep.nlp.places import CODED_TO
from sitrep.records import EntityRef, Mention
from sitrep.spans import Ordered


def at_home(places: Ordered[Mention], country: str | None) -> Ordered[Mention]:
    """``places`` without the other countries named by their name alone (see ``location``), once per document."""
    return Ordered(m for m in places.items if not _other_country(m.text, country)) if country else places


def location(text: str, places: Ordered[Mention], sents: list[tuple[int, int]],
             more: list[tuple[int, int]] | None = None, country: str | None = None, given: str | None = None,
             home: Ordered[Mention] | None = None) -> str | None:
    """The local key of the most specific place named in the event's sentences (village > district > province),
    leaving out places named only as a reference point ("20 km south of Samarra") when another is named.

    When the event's sentences name no place ("40 militants were killed" after the sentence saying where), the
    nearest sentence before them that names one says where it happened, else the nearest one after. ``places``:
    the document's location mentions with a key, in text order. When the document's events happen in ``country``
    (``event_country``), another country named by its name alone is who someone is or what a deal is with
    ("American soldiers", "anti-France protests", "a region bordering Somalia"), not where the event happened.
    ``given``: the place the incident was already found at (``incidents``), kept unless it is such a country.
    ``home``: ``at_home(places, country)`` when the caller has it.
    """
    local = home if home is not None else at_home(places, country)
    named = [(order, m) for order, (s, e) in enumerate(sents) for m in local.inside(s, e)]
    # ACLED's note says where it coded the event, in the event's sentences or in a closing annotation of its own
    # ("Location coded as Bangkok.", "[coded to Vysne Nemecke]") after them
    coded = [m for _, m in named if _coded_to(text, m)] or [
        m for m in (local.starting_in(sents[-1][1], len(text)) if sents else []) if _coded_to(text, m)]
    if coded and coded[0].entity_key:  # the note says where ACLED coded the event: "[coded to Vysne Nemecke]"
        return coded[0].entity_key
    if given and not _abroad(given, places, country):
        return given
    places = local
    best: tuple[int, int, int, str] | None = None
    named = [(o, m) for o, m in named if not _topic_place(text, m, [x for _, x in named])] or named
    named = [(o, m) for o, m in named if not _demonym(m.text)] or named  # "the Ukrainian community": whose, not where
    named = [(o, m) for o, m in named if not march_origin(text, m, [x for _, x in named])] or named  # set out from
    named = [(o, m) for o, m in named if not _only_abroad(text, m, country)] or named  # the events' country's places
    # "in Manaus, Amazonas, ... in the Cidade Nova neighborhood": a part of the town the gazetteer puts elsewhere
    named = [(o, m) for o, m in named if not outside_town(text, m, [x for _, x in named], _named)] or named
    # a reference point's own hierarchy ("outside Zambrano, Francisco Morazan", "south of Lere (Niafunke,
    # Tombouctou)") says where the point is, not a place of its own: the point, the most specific place named, is
    # where the event is coded
    refs = [m for _, m in named if _reference(text, m)]
    pool = [(o, m) for o, m in named if m not in refs and not any(
        _hierarchy_of(text, p, m) for p in refs)] or named
    # a village the gazetteer lacks: the known town named beside it ("X village east of Nassiriya": Nassiriya)
    for order, m in known_instead(text, pool, named, country, lambda x: _place_rank(text, x) == 0):
        cand = (order, _place_rank(text, m), m.start, m.entity_key or "")
        if best is None or cand[:2] < best[:2]:
            best = cand
    if best is not None and best[1] >= 3:
        # the first sentence gives only a province or country: a town or district a later sentence of the story
        # (or a later mention of the incident, ``more``) names in it
        broad = next(m.text for m in places.starting_in(best[2], best[2] + 1) if m.entity_key == best[3])
        told = sents + [se for se in more or [] if se not in sents]
        finer = [(order, rank, m.entity_key or "") for order, (s, e) in enumerate(told) for m in places.inside(s, e)
                 if (rank := _place_rank(text, m)) < 3 and (_inside_province(m.text, broad) if best[1] == 3
                                                            else _inside_country(m.text, broad))]
        if finer:
            return min(finer, key=lambda c: (c[1], c[0]))[2]
    if best is not None:
        return best[3]
    if not sents:
        return None
    return _nearest_place(text, places, sents[0][0], sents[-1][1])


def in_country(key: str | None, country: str | None, refs: dict[str, EntityRef],
               roles: Iterable[tuple[str, ...]] = (), text: str = "") -> str | None:
    """``key``, else, when the document names no place for the event but tells its country (by its actors, its
    demonyms, its parties), the country itself: conflict data code an event known only by its country at the
    country's capital (the embedded gazetteer places a country there). The country becomes a location entity of
    ``refs``, by the first of its names the gazetteer knows it by; None when the country is unknown too. With an
    actor (the first of each of ``roles``: dictionary ids) whose insurgency is confined to one division of the country
    (``lexicon.actor_divisions``: the ONLF to the Somali region), the division instead; with a town of the country
    ``text`` names without a preposition (``extract.unplaced_towns``: "youth of Vakpo"), that town."""
    division = actor_division([r[0] for r in roles], country) if key is None and country else None
    if division is not None and country is not None:  # a group fighting in one division only: that division
        ref_key = f"place:division:{country.lower()}:{division.lower()}"
        return refs.setdefault(ref_key, EntityRef(key=ref_key, name=division, type="location", country=country)).key
    town = unplaced_town(text, country) if key is None and country else None
    if town is not None and country is not None:  # "residents of Kisumu", "the A-B highway": that town
        ref_key = f"place:town:{country.lower()}:{light_key(town)}"
        return refs.setdefault(ref_key, EntityRef(key=ref_key, name=town, type="location", country=country)).key
    name = _country_name(country) if key is None and country else None
    if name is None or country is None:
        return key
    ref_key = f"place:country:{country.lower()}"
    return refs.setdefault(ref_key, EntityRef(key=ref_key, name=name, type="location", country=country)).key


@lru_cache(maxsize=256)
def _country_name(iso2: str) -> str | None:
    """The first name of the country (``lexicon.countries``) the embedded gazetteer knows as that country."""
    found = country_named(iso2)
    names = (found.name, *found.alt_names) if found is not None else ()
    return next((n for n in names if any(p.feature == "country" and p.country == iso2 for p in _named(n))), None)


# a place named only to say where another one is ("20 km south of Samarra", "a region bordering Somalia", "outside
# the capital Manila"), or as a modifier ("anti-France protests", "U.S.-designated"): not where the event was when
# the sentence names another place
_REFERENCE_BEFORE = re.compile(r"(?:\b(?:(?:north|south|east|west)(?:-?(?:east|west))?\s+of|outside(?:\s+of)?|"
                               r"bordering|border\s+with)\s+(?:the\s+(?:\w+\s+)?(?:city|town|capital|province|"
                               r"district|region)\s+(?:of\s+)?)?|\banti-)$", re.I)
_MODIFIER_AFTER = re.compile(r"^-(?:designated|backed|led|based|funded|sponsored|allied|trained)\b", re.I)


# a site's name, not a town's: the name of a building, park, bridge or works ("Alexandra Park", "the Solvay factory",
# "the Chamber of Deputies", "the Civic Center") written with the place it is in after it ("in Hastings", "at Barreda")
_SITE_WORDS = (r"park|square|factory|plant|mill|refinery|works|university|college|campus|school|hospital|clinic|"
               r"cent(?:er|re)|chamber|hall|building|palace|station|headquarters|offices?|court(?:house)?|church|"
               r"cathedral|mosque|temple|hotel|mall|stadium|prison|bank|company|ministry|embassy|parliament|museum|"
               r"theat(?:er|re)|bridge")
_SITE_AFTER = re.compile(rf"^(?:\s+(?i:{_SITE_WORDS}))?(?:\s+of(?:\s+the)?(?:\s+[A-Z][\w'’-]+){{1,3}})?\s+(?:in|at)\s+"
                         r"(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?[A-Z]")
# a site's name with the place it is in bracketed after it, first: "the Icheon Agricultural Center (Icheon)"
_SITE_BRACKET = re.compile(rf"\b[A-Z][\w'’-]*\s+(?i:{_SITE_WORDS}|council|administration|bureau|agency|office|farm|"
                           r"port|airport|terminal|base|assembly|association|union|government)\s*\($")
_SITE_LAST = re.compile(rf"(?:^|\s)(?:{_SITE_WORDS})$", re.I)


def site(text: str, start: int, end: int) -> bool:
    """Whether the place name at ``start:end`` names a site inside the place written after it ("Alexandra Park in
    Hastings", "outside the Solvay factory in Barreda", "the States Chamber in Saint Peter Port"): its own last word,
    or the word after it, says what kind of site it is."""
    after = text[end:end + 80]
    m = _SITE_AFTER.match(after)
    if not m or not m.group().strip():
        return False
    word_after = re.match(rf"\s+(?:{_SITE_WORDS})\b", after, re.I)
    return bool(word_after or _SITE_LAST.search(text[start:end]))


# a demonstration's place: "protested in", "gathered outside the town hall in", "a rally was held in"
_GATHERED_IN = re.compile(r"\b(?:protest(?:ed|s|ing)?|demonstrat(?:ed|ion|ions|ing)|gathered|rall(?:y|ied|ies)|"
                          r"march(?:ed|es)?|assembled|picket(?:ed|s)?|sit-in|(?:was|were)\s+held|took\s+to\s+the\s+"
                          r"streets)\b[^.;:()\n]{0,60}?\b(?:in|at)\s+(?:the\s+)?$", re.I)
# what a demonstration is about, after the place it is held in: the places named there are its topic ("to denounce
# the closure of a plant in X", "in solidarity with the protest in X", "against the shooting in X")
_TOPIC = re.compile(r"\b(?:to\s+(?:denounce|condemn|protest|demand|call|express|show|mark|support|oppose|honou?r|"
                    r"commemorate|remember|dispel|critici[sz]e)|in\s+(?:solidarity|support)\s+(?:with|of)|against|"
                    r"denounc(?:ed|ing)|condemn(?:ed|ing)|demanding|calling\s+(?:for|on)|opposing|in\s+memory\s+of)\b",
                    re.I)


def _topic_place(text: str, m: Mention, named: list[Mention]) -> bool:
    """Whether ``m`` is named in what a demonstration is about, after the place the same sentence says it was held
    in ("people gathered in A to denounce the closure of a plant in B": the event is in A, not B)."""
    return any(p.start < m.start and p.sent_start == m.sent_start and p.sent_start is not None
               and _GATHERED_IN.search(text, max(p.sent_start, p.start - 80), p.start)
               and _TOPIC.search(text, p.end, m.start) for p in named)


def _coded_to(text: str, m: Mention) -> bool:
    """Whether the note says its event is coded to this place ("coded to Minsk", "coded as Galay")."""
    found = CODED_TO.search(text, max(0, m.start - 60), m.end)
    return found is not None and (found.start("name"), found.end("name")) == (m.start, m.end) and not any(
        re.search(r"\w[A-Z]", w) for w in re.split(r"[\s-]+", m.text))  # an actor's code: "coded as NPP"


# the units written after a place, by commas or in parentheses ("Zambrano, Francisco Morazan", "Rafah (Rafah,")
_HIERARCHY_GAP = re.compile(r"\s*[,(]\s*(?:[^,()\n]{1,40},\s*){0,3}")


def _hierarchy_of(text: str, point: Mention, m: Mention) -> bool:
    """Whether ``m`` is a unit of the hierarchy written right after ``point``."""
    return m.start >= point.end and _HIERARCHY_GAP.fullmatch(text, point.end, m.start) is not None


def _reference(text: str, m: Mention) -> bool:
    return bool(_REFERENCE_BEFORE.search(text[max(0, m.start - 40):m.start])
                or _MODIFIER_AFTER.match(text[m.end:m.end + 12]) or site(text, m.start, m.end))


def _last_sentence_before(places: Ordered[Mention], first: int) -> list[Mention]:
    """The places ending before ``first`` in the last sentence that has one (sentences follow the text, so they
    are the nearest ones); every place before ``first`` when a sentence is unknown."""
    group: list[Mention] = []
    sent: int | None = None
    for m in places.backwards_from(first):
        if m.end > first:
            continue
        if m.sent_start is None:
            return [x for x in places.items if x.end <= first]
        if sent is None:
            sent = m.sent_start
        if m.start < sent:
            break
        if m.sent_start == sent:
            group.append(m)
    return group


def _nearest_place(text: str, places: Ordered[Mention], first: int, last: int) -> str | None:
    """The most specific place of the nearest sentence before ``first`` that names one, else after ``last``; a
    place named only as a reference point gives way to another of the sentence."""
    before = _last_sentence_before(places, first)
    after = places.starting_in(last, len(text) + 1)
    for group, nearest in ((before, max), (after, min)):
        if not group:
            continue
        sent = nearest(_sentence_of(m) for m in group)
        near = [m for m in group if _sentence_of(m) == sent] if sent >= 0 else group
        near = [m for m in near if not _reference(text, m)] or near  # not "800 km south-east of Algiers"
        return min(near, key=lambda m: (_place_rank(text, m), m.start)).entity_key
    return None


_LIST_TAIL = re.compile(r"(?:\s*\([^()\n]{1,40}\))?(?:(?:,\s*|\s+and\s+|,\s*and\s+|\s*&\s*)"
                        r"[A-Z][\w'’-]*(?:[ -][\w'’-]+){0,3}?(?:\s*\([^()\n]{1,40}\))?){0,7}?(?=\W{0,3}"
                        r"(?:villages?|areas?|towns?|districts?|provinces?)\b)")


_PLACE_RANK_PLURAL = re.compile(r"^\W{0,3}(?:(?P<fine>villages?|areas?|towns?|city|bazaars?|markets?|neighbou?rhoods?|"
                                r"localit(?:y|ies)|outskirts|highway|road|mosque|checkpoint)|(?P<district>districts?|"
                                r"city\s+district)|(?P<province>provinces?|region))\b", re.I)


@lru_cache(maxsize=8)
def _parenthesized_ends(text: str) -> frozenset[int]:
    """Where the places followed by their parenthesized hierarchy end."""
    return frozenset(g.place[1] for g in parenthesized(text))


def _place_rank(text: str, m: Mention) -> int:
    """0 for a place followed by its hierarchy in parentheses, 1 for a village, area or town, 2 for a district
    (or no word saying), 3 for a province: from the word after the name, or after the list it heads ("Ziwaj and
    Qalaghaj villages")."""
    end = m.end
    tail = _LIST_TAIL.match(text, end, min(len(text), end + 160))
    if tail:
        end = tail.end()
    r = _PLACE_RANK_PLURAL.match(text[end:end + 30]) or _RANK_BEFORE.search(text[max(0, m.start - 40):m.start])
    # two countries an event happened between are reference points, whose units the hierarchy after the second
    # never names ("the border between Burundi and Rwanda (Bugabira, Kirundo)": Bugabira)
    pair = _known_rank(m.text) == 4 and (_BETWEEN_BEFORE.search(text, max(0, m.start - 40), m.start) is not None
                                         or _PAIR_SECOND.search(text, max(0, m.start - 60), m.start) is not None)
    if not pair and (m.end in _parenthesized_ends(text) or _SITE_BRACKET.search(text, max(0, m.start - 40),
                                                                                  m.start)):
        return 0  # "in Marabo (Irumu, Ituri)", "outside the X Factory (Donghae)": where a record locates the event
    if not pair and _shares_hierarchy(text, m):
        return 0  # "between A and B (B's district, B's province)", "in A town, B chiefdom (B's district, ...)"
    return 1 if r and r.group("fine") else 2 if r and r.group("district") else 3 if r and r.group("province") \
        else _known_rank(m.text)


# a place that shares the hierarchy written after the next name: the first of two places an event happened between
# ("between Kaya and Barsalogho (Barsalogho, Sanmatenga)": ACLED most often codes the first), and a town written
# with the unit it lies in, which carries the hierarchy ("in Kabala town, Wara Wara Yagala chiefdom (Koinadugu,
# North-East)": the town; not a village, which ACLED codes to its unit where its own gazetteer lacks it)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+(?:villages?|towns?|localities)\s+of\s+)?$", re.I)
# the second of two names an event happened between ("between Burundi and ")
_PAIR_SECOND = re.compile(r"\bbetween\s+(?:the\s+)?[A-Z][\w'’-]*(?:[ -][\w'’-]+){0,3}?\s+and\s+(?:the\s+)?$")
_AND_NEXT = re.compile(r"\s+and\s+(?:the\s+(?:village|town|locality)\s+of\s+)?[A-Z][\w'’-]*(?:[ -][\w'’-]+){0,3}?"
                       r"(?=\s*\()")
# (the unit's name is capitalized: "Kaya town, and the Pissila department" is no town in a unit)
_TOWN_IN_UNIT = re.compile(r"\s+(?i:town|city),?\s+(?:in\s+)?(?:the\s+)?[A-Z][\w'’-]*(?:[ -][\w'’-]+)"
                           r"{0,2}?\s+(?i:sub-?divisions?|chiefdoms?|districts?|sectors?|communes?|county|LGA|"
                           r"sub-?prefectures?|departments?|arrondissements?|municipality|wards?)(?=\s*\()")


def _shares_hierarchy(text: str, m: Mention) -> bool:
    """Whether the place at ``m`` takes the parenthesized hierarchy written after the next name."""
    if _BETWEEN_BEFORE.search(text, max(0, m.start - 40), m.start):
        nxt = _AND_NEXT.match(text, m.end)
    else:
        nxt = _TOWN_IN_UNIT.match(text, m.end)
    return nxt is not None and any(nxt.start() < e <= nxt.end() for e in _parenthesized_ends(text))


# the word before the name: "the village of Dioura", "the district of Chora", "the province of Kunar", "the
# northern state of Sonora" (not "the State of Kuwait")
_RANK_BEFORE = re.compile(r"\b(?:(?P<fine>villages?|towns?|city|localit(?:y|ies)|neighbou?rhoods?)|(?P<district>"
                          r"districts?)|(?P<province>provinces?|region|(?-i:states?)))\s+of\s+(?:the\s+)?$", re.I)


def _known_rank(name: str) -> int:
    """A name the text gives no word for: 4 for a country (whatever small towns share its name: "Mali"), 3 for
    a province (every entry of the name agreeing), as the embedded gazetteer knows them; else 2."""
    features = {p.feature for p in _named(name)}
    return 4 if "country" in features else 3 if features == {"admin1"} else 2


def _abroad(key: str | None, places: Ordered[Mention], country: str | None) -> bool:
    """Whether the place of local key ``key`` is named only as another country than ``country``."""
    return bool(key and country) and any(m.entity_key == key and _other_country(m.text, country or "")
                                         for m in places.items)


def _other_country(name: str, country: str) -> bool:
    """The name is another country's than ``country`` (ISO alpha-2) and no place's in ``country``: "Turkey" in
    news of Syria (whatever small towns abroad share the name), not "Georgia" in news of the United States."""
    found = _named(name)
    return any(p.feature == "country" for p in found) and all(p.country != country for p in found)


_NOTABLE = ("city", "admin1")  # a place known abroad by its name alone


def _only_abroad(text: str, m: Mention, country: str | None) -> bool:
    """``m`` names a city or division abroad, no place of ``country`` (the document's): "Mariupol" in a report of a
    rally in Milan about the war, "Belgrade" in one of a protest of Kosovo Serbs. Not a small town, nor a place
    written with its hierarchy ("Shika (Gassol, Taraba)"): a village of the country the gazetteer lacks may share
    its name, nor a city's name in another language."""
    if not country or text.startswith(" (", m.end):
        return False
    found = _named(m.text)
    written = ascii_fold(m.text).lower()  # a city's own name, not another language's ("Kassa": Kosice)
    return any(p.feature in _NOTABLE and ascii_fold(p.name).lower() == written for p in found) \
        and all(p.country != country for p in found)


def _demonym(name: str) -> bool:
    """The name is a people's demonym ("Ukrainian", "Somali"), which says whose, not where, and no place's name."""
    found = word_index().get(name)
    return found is not None and found[1] == "demonym" and not any(p.feature != "country" for p in _named(name))


def _inside_province(name: str, province: str) -> bool:
    """The embedded gazetteer puts a place of this name in ``province`` (and nowhere else)."""
    found = _named(name)
    return bool(found) and all(place_key(p.admin1 or "") == place_key(province) for p in found)


def _inside_country(name: str, country: str) -> bool:
    """The place is not known elsewhere than in ``country``: every entry the gazetteer has of its name lies there
    (a name it does not know passes: the story tells it in that country)."""
    found, countries = _named(name), _named(country)
    codes = {p.country for p in countries if p.feature == "country"}
    return bool(codes) and all(p.country in codes for p in found)


@lru_cache(maxsize=16_384)  # the embedded gazetteer does not change: documents ask for the same names again
def _named(name: str) -> tuple[Place, ...]:
    """Entries of the embedded gazetteer spelled as written (its lookup key also finds look-alikes). A name written
    so has the ``light_key`` of ``name``: when that key is of ASCII letters and digits (never ``light_key``'s
    fallback), an entry without it among its spellings (``place_country.spelled``) is passed over unfolded."""
    written, key = ascii_fold(name).lower(), light_key(name)
    sure = key.isascii() and key.isalnum()
    return tuple(p for p in default_gazetteer().lookup([place_key(name)])
                 if (not sure or spelled(p, name)) and written in {ascii_fold(n).lower() for n in p.all_names})


def _sentence_of(m: Mention) -> int:
    return m.sent_start if m.sent_start is not None else -1


__all__ = ["in_country", "location"]
