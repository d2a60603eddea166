"""Place names as evidence of a country (``extract.event_country``): the countries a name may be in, weighed by the
size of their places; the countries where a place lies in a division of a second name; the countries a
"(district, province)" hierarchy names, which the places written in it or just before it stay inside."""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from sitrep.extract.own_names import HOME_SHARE, HOME_TOWN, foreign_name_of_town
from sitrep.extract.own_names import SEATS as _SEATS
from sitrep.extract.own_names import main_name_countries as _main_name_countries
from sitrep.extract.own_names import shares as _shares
from sitrep.extract.own_names import size as _size
from sitrep.extract.own_names import without_other_names as _without_other_names
from sitrep.extract.site_names import quarter_head
from sitrep.lexicon.cache import cached
from sitrep.lexicon.countries import word_index
from sitrep.lexicon.division_words import called, word_of
from sitrep.lexicon.extra_districts import districts_named
from sitrep.lexicon.former_divisions import former_named
from sitrep.lexicon.gazetteer import Place, default_gazetteer
from sitrep.lexicon.keys import KEY_CACHE, ascii_fold, close_spelling, light_key, place_key
from sitrep.lexicon.unit_words import pattern as unit_pattern
from sitrep.nlp.place_country import spelled

_HIERARCHY = re.compile(r"\(([^()\n]{2,90})\)")
# the place a hierarchy qualifies, written just before it, with the kind of place or unit it is ("Ndu subdivision
# (Donga-Mantung, Nord-Ouest)", "El Centro corregimiento (Santander)")
_BEFORE_HIERARCHY = re.compile(r"([A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2})\s*(?:\b(?:village|town|city|locality|area|"
                               r"district|municipality|commune|camp|sub-?divisions?|sub-?districts?|sub-?county|"
                               r"corregimiento|canton|parish|ward|neighbou?rhood|settlement|township|department|"
                               r"tehsil|upazila)\s*)?$")



@lru_cache(maxsize=65536)
def places_named(name: str, loose: bool = False) -> tuple[Place, ...]:
    """Entries of the embedded gazetteer spelled as written (its lookup key also finds look-alikes); ``loose``:
    also spellings whose letters are nearly the same ("Chaharmahal and Bakhtiari", "Chahar Mahall and Bakhtiari"):
    ``_near_letters``, which implies ``gazetteer.similar_names`` (a ratio of 0.8 is over its 0.7)."""
    written = _apostrophe_free(name)
    return tuple(p for p in default_gazetteer().lookup([place_key(name)])
                 if p.country and (_written_as(p, name, written)
                                   or (loose and any(_near_lengths(name, n) and _near_letters(name, n)
                                                     for n in p.all_names))))


def _written_as(p: Place, name: str, written: str) -> bool:
    """One of the entry's names is ``written`` (``_apostrophe_free`` of ``name``). A name that is is also spelled as
    ``name`` (``light_key`` drops what ``_apostrophe_free`` drops and more), so an entry without ``name``'s letters
    among its spellings (``nlp.place_country.spelled``, kept per entry) is passed over without folding its names; only
    for a key of ASCII letters and digits, which ``light_key`` never gives by its fallback."""
    key = light_key(name)
    if key.isascii() and key.isalnum() and not spelled(p, name):
        return False
    return any(_apostrophe_free(n) == written for n in p.all_names)


_APOSTROPHES = str.maketrans("", "", "'’ʿʾ`")


@lru_cache(maxsize=KEY_CACHE)  # the names of the same entries, asked in every document
def _apostrophe_free(name: str) -> str:
    """A name as written, accents, case and apostrophes aside: "Maan" is "Ma'an" (an apostrophe writes a letter
    English has not, which notes often leave out)."""
    return ascii_fold(name).lower().translate(_APOSTROPHES)


def _near_letters(a: str, b: str) -> bool:
    """Most letters in common, in order: a spelling of the name ("Nangrahar", "Nangarhar"), not another name
    sharing its consonants ("Dhalkebar", "Dehalak' Kebir")."""
    return close_spelling(light_key(a), light_key(b), 0.8)  # difflib's ratio, its cheap bounds tried first


def _near_lengths(a: str, b: str) -> bool:
    """Keys of lengths close enough for ``_near_letters`` (difflib's ``real_quick_ratio``, an upper bound of the
    ratio, from the lengths alone): asked first, it spares the letter comparisons of most other names."""
    la, lb = len(light_key(a)), len(light_key(b))
    return la + lb == 0 or 2.0 * min(la, lb) / (la + lb) >= 0.8


def _place_name_ok(name: str) -> bool:
    """A name that can name a place: not an acronym written in capitals ("NATO", "KCTU") and not one or two
    letters (a cut-off "Al")."""
    letters = re.sub(r"[\W\d_]+", "", name)
    return len(letters) >= 3 and not (name.isupper() and len(letters) <= 6)


_UNIT_BEFORE = re.compile(r"^(?:province|region|governorate|department|prefecture|county|district|state)\s+"
                          r"(?:of|de|du|del|di)\s+", re.I)
_DIVISION_WORD = re.compile(r"\s+(?:state|province|county|district|region|governorate|prefecture|department|oblast|"
                            r"division|municipality|parish|regency|upazila|tehsil|sub-?county|city|LGA|"
                            r"local\s+government\s+area)$", re.I)


def place_votes(name: str, admin1: bool = False, units_only: bool = False) -> dict[str, float]:
    """Shares of one vote among the countries a place name may be in: all of it when one country has a place
    of that name (a first-level division when ``admin1``), most of it when one country's is far the largest,
    a little more than the others' when it is twice as large; half as much for a name the gazetteer spells
    otherwise. "Unity state" is looked up as "Unity". ``units_only``: only divisions (first or second level) count,
    under any of their names ("Nord-Kivu")."""
    return dict(_place_votes(name, admin1, units_only))  # a copy: the caller may change it


@lru_cache(maxsize=KEY_CACHE)  # the same names in every document; the embedded gazetteer does not change
def _place_votes(name: str, admin1: bool, units_only: bool) -> dict[str, float]:
    name = _DIVISION_WORD.sub("", name.strip())
    if not _place_name_ok(name) or _DIVISION_WORD.fullmatch(" " + name):
        return {}  # a division's word alone ("Region 5") names no place
    found = [p for p in places_named(name) if p.feature != "country"]
    scale = 1.0
    head = re.split(r"\s+-\s+|-(?=[A-Z])", name, maxsplit=1)[0]
    if not found and head != name and len(head) >= 4:
        found = [p for p in places_named(head) if p.feature != "country"]  # "Athens-Central Athens": the city
    if not found and not units_only:
        home = {d.country for d in districts_named(name)} | {f.country for f in former_named(name)}
        if home:  # a district only the table of districts knows ("in Mayo Sava"), before near spellings abroad
            return _shares([(c, _size(None)) for c in sorted(home)], 1.0)
    if not found and len(name) >= 5 and not former_named(name):
        found, scale = [p for p in places_named(name, True) if p.feature != "country"], 0.5
    quarter = None if found or units_only else quarter_head(name)
    if quarter:  # "Balbala Hayabley": a quarter the gazetteer lacks, of the city its first word names (so spelled)
        found, scale = [p for p in places_named(quarter) if p.feature == "city" and spelled(p, quarter)], 0.5
    if units_only:
        if scale != 1.0:
            return {}  # "Quara District": a division the gazetteer lacks, not a near spelling's abroad ("Quarai")
        found = [p for p in found if p.feature in ("admin1", "admin2")] + _admin1_index()[1].get(_bare_key(name), [])
    if admin1:
        found = [p for p in found if p.feature == "admin1"] or found
    found = _without_other_names(name, found)
    ranked = sorted(_sizes(name, found, units_only and scale == 1.0).items(), key=lambda kv: -kv[1])
    mains = _main_name_countries(name, found)
    town = bool(ranked) and foreign_name_of_town([p for p in found if str(p.country) == ranked[0][0]])
    return _shares(ranked, scale, mains, town)


def _sizes(name: str, found: list[Place], districts: bool) -> dict[str, int]:
    """Each country's largest place of the name (``_size``); a former division ("Katanga": Congo's) as large as a
    division of today; ``districts``: a district the gazetteer lacks too ("Palpa district" of Nepal, beside Peru's)."""
    size: dict[str, int] = {}
    for p in found:
        size[str(p.country)] = max(size.get(str(p.country), 0), _size(p))
    for iso2 in [f.country for f in former_named(name)] + [d.country for d in districts_named(name) if districts]:
        size[iso2] = max(size.get(iso2, 0), _size(None))
    return size




@lru_cache(maxsize=KEY_CACHE)
def namesake_countries(name: str) -> frozenset[str]:
    """The countries with a place of that name (spelled so) of some size: a town of at least ``HOME_TOWN`` people and
    not ``HOME_SHARE`` times smaller than the largest place of the name, a division, or a district known by its name
    (``lexicon.extra_districts``): "Tripoli" is Libya's capital and a city of Lebanon."""
    name = _DIVISION_WORD.sub("", name.strip())
    if not _place_name_ok(name):
        return frozenset()
    found = [p for p in places_named(name) if p.feature != "country"]
    size: dict[str, int] = {}
    for p in found:
        size[str(p.country)] = max(size.get(str(p.country), 0), _size(p))
    for d in districts_named(name):
        size[d.country] = max(size.get(d.country, 0), _size(None))
    least = max(HOME_TOWN, max(size.values(), default=0) // HOME_SHARE)
    return frozenset(c for c, n in size.items() if n >= least)


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
    for p in default_gazetteer().of_feature("admin1"):
        if p.country:
            for key in dict.fromkeys(_bare_key(n) for n in p.all_names):
                names.setdefault((p.country, key), _bare_key(p.name))
                units[key].append(p)
    return names, dict(units)


def _admin1_names() -> dict[tuple[str, str], str]:
    return _admin1_index()[0]


def _in_division(p: Place, key: str, written: str) -> int:
    """1 when the place lies in a first-level division whose name (any of them) has ``key`` or is spelled much like
    ``written`` ("Andalucia", "Andalusia"), 2 for such a second-level division (or one of the place's first-level
    division, for a place the gazetteer gives no second-level division), else 0."""
    if p.admin1 and p.country and (_bare_key(p.admin1) == _admin1_names().get((p.country, key), key)
                                   or _spelled_alike(p.admin1, written)):
        return 1
    if p.admin2:
        return 2 if _bare_key(p.admin2) == key or _spelled_alike(p.admin2, written) else 0
    # a town the gazetteer gives no district: it may lie in one of its division's districts ("Banfora, Comoe": Burkina
    # Faso's Comoe province lies in Cascades, as Banfora does)
    return 2 if p.admin1 and p.country and (_bare_key(p.admin1), key) in _admin2_keys(p.country) else 0


def _admin2_table() -> dict[str, frozenset[tuple[str, str]]]:
    """Country -> (key of the first-level division, key of any name of a second-level division in it), over the
    gazetteer's second-level divisions."""
    pairs: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for p in default_gazetteer().of_feature("admin2"):
        if p.country and p.admin1:
            pairs[p.country].update((_bare_key(p.admin1), _bare_key(n)) for n in p.all_names)
    return {c: frozenset(v) for c, v in pairs.items()}


@lru_cache(maxsize=1)
def _admin2_key_table() -> dict[str, frozenset[tuple[str, str]]]:
    """``_admin2_table``, for the package's gazetteer kept in the start-up cache (not ~28,000 second-level divisions
    parsed into ``Place``s and their names keyed in each process)."""
    return cached("place-votes-admin2-keys", _admin2_table) if default_gazetteer().embedded else _admin2_table()


def _admin2_keys(country: str) -> frozenset[tuple[str, str]]:
    """(key of the first-level division, key of any name of a second-level division in it) of one country."""
    return _admin2_key_table().get(country, frozenset())


def _spelled_alike(name: str, written: str) -> bool:
    """Two spellings of one name ("Andalucia", "Andalusia"; "Kordestan", "Kurdistan"): long enough and nearly the
    same letters once the administrative word is gone."""
    a = light_key(_DIVISION_WORD.sub("", name))
    b = light_key(_DIVISION_WORD.sub("", written))
    return min(len(a), len(b)) >= 6 and close_spelling(a, b, 0.8)


def pair_votes(place: str, division: str, named: frozenset[str] = frozenset()) -> dict[str, float]:
    """The countries where a place of the first name lies in a division (first or second level, under any of its
    names) of the second ("San Jose, San Jose": Costa Rica's city in its province; "(Analalava, Sofia)":
    Madagascar). A place much larger than its namesakes elsewhere is the one meant, unless the text names the
    country of a namesake (``named``) where the event happens ("San Juan (San Juan)" of Argentina, not of Puerto
    Rico, in a text that says "in Argentina")."""
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
    if len(ranked) > 1 and (home := [kv for kv in ranked if kv[0] in named]) and ranked[0][0] not in named:
        ranked = home
    elif len(ranked) > 1 and ranked[0][1] >= 3 * ranked[1][1]:
        ranked = ranked[:1]
    return {c: 1.0 / len(ranked) for c, _ in ranked}


def hierarchy_countries(text: str) -> list[tuple[int, int, frozenset[str]]]:
    """Each "(district, province)" hierarchy with the place written just before it ("Mankon town (Mezam,
    Nord-Ouest)"): its span and the countries that have a division (first or second level) or are a country of its
    last name. Empty sets are left out."""
    out: list[tuple[int, int, frozenset[str]]] = []
    index = word_index()
    for m in _HIERARCHY.finditer(text):
        parts = [p.split(" - ")[0].strip() for p in m.group(1).split(";")[0].split(",") if p.strip()]
        if not parts or len(parts) > 4 or any(len(p.split()) > 7 or not p[:1].isupper() for p in parts):
            continue
        last = parts[-1]
        found = (division_of_country_name(parts) or {index[last][0]}) if index.get(last, ("", ""))[1] == "name" \
            else division_countries(last)
        if not found:
            continue
        before = _BEFORE_HIERARCHY.search(text[max(0, m.start() - 60):m.start()])
        start = m.start() - (len(text[max(0, m.start() - 60):m.start()]) - before.start(1)) if before else m.start()
        out.append((start, m.end(), frozenset(found)))
    return out


# "in Castilla, Piura,", "Barangay Capihan, San Rafael, Bulacan.": names written one after another with commas, the
# last a first-level division and the chain ended there (not "Moscow, Kyiv and Minsk")
# (a unit's word of any level, ``lexicon.unit_words``, or a settlement's: "Buri village, Gidami district", "As Serief
# locality, North Darfur state")
_UNIT = rf"(?:\s+(?i:{unit_pattern()}|city|town|village)\b)?"
_CHAIN_NAME = rf"[A-Z][\w'’-]+(?:\s+(?:(?:de|del|de\s+la|da|do|of|el)\s+)?[A-Z][\w'’-]+){{0,3}}{_UNIT}"
# ... or ended by what the sentence goes on to say ("in Dajia, Taichung City to protest against ...")
_CHAIN_END = r"\s+(?:to|where|after|against|over|demanding|protesting|amid|during|when|while)\b"
# (a pattern opens with its capital letter, the word boundary checked after it: the engine then scans for capitals
# instead of trying every position; "\b[A-Z]" is "[A-Z](?<!\w.)")
_AT_WORD = r"[A-Z](?<!\w.)"
_CHAIN = re.compile(rf"({_CHAIN_NAME.replace('[A-Z]', _AT_WORD, 1)}(?:,\s+{_CHAIN_NAME}){{1,3}})"
                    rf"(?=\s*(?:[.;:()\]]|,\s+(?![A-Z])|$)|{_CHAIN_END})")


@lru_cache(maxsize=8)  # a pure function of the text: read by the country votes, the unit chains and geocoding
def comma_chains(text: str) -> tuple[tuple[int, int, str], ...]:
    """Each chain of names written with commas (``_CHAIN``) outside brackets (a "(district, province)" hierarchy is
    read as such: ``hierarchy_countries``): its span and its last name."""
    return tuple((m.start(1), m.end(1), m.group(1).rsplit(",", 1)[1].strip()) for m in _CHAIN.finditer(text)
                 if not text[max(0, m.start(1) - 3):m.start(1)].rstrip().endswith("("))


def comma_hierarchies(text: str) -> list[tuple[int, int, frozenset[str]]]:
    """Each place written with its division after commas ("in Castilla, Piura, workers protested"): its span and
    the countries that have a first-level division of the last name (a country's name there is a country's word:
    "DAKAR, Senegal", a dateline, is no event's place)."""
    return list(_comma_hierarchies(text))


@lru_cache(maxsize=8)  # asked of one text by the comma votes and by ``written_spans``
def _comma_hierarchies(text: str) -> tuple[tuple[int, int, frozenset[str]], ...]:
    out: list[tuple[int, int, frozenset[str]]] = []
    index = word_index()
    for start, end, last in comma_chains(text):
        found = set() if last in index else called(division_countries(last), word_of(last))  # "Bolivar state"
        if found:
            out.append((start, end, frozenset(found)))
    return tuple(out)


# "in the Sidakan area in Soran district of Erbil", "Bostandyk district of Almaty city": places written one in the
# next with "in" or "of" and an administrative word, the last a first-level division
_LINK_UNIT = (r"(?i:areas?|districts?|sub-?districts?|villages?|towns?|city|neighbou?rhoods?|municipality|county|"
              r"province|region|governorate|locality|commune|quarter|suburb|sector|zone|camp|state)")
_FINAL_UNIT = r"(?i:city|province|region|governorate|state|district|county|prefecture|department|oblast)"
_OF_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}"
_ASIDE = r"(?:\s*\([^()]{1,40}\))?"  # another name or the district in brackets: "Soran region (Rawanduz) of Erbil"
_OF_LINK = rf"{_OF_NAME}{_ASIDE}(?:\s+(?:and\s+{_OF_NAME}\s+)?{_LINK_UNIT})?{_ASIDE}\s+(?:in|of)\s+(?:the\s+)?"
_OF_CHAIN = re.compile(rf"({_OF_LINK.replace('[A-Z]', _AT_WORD, 1)}(?:{_OF_LINK}){{0,2}})({_OF_NAME})"
                       rf"(\s+{_FINAL_UNIT}\b)?")
_UNIT_WORD = re.compile(rf"\s{_LINK_UNIT}{_ASIDE}\s+(?:in|of)\s", re.I)


def of_hierarchies(text: str) -> list[tuple[int, int, frozenset[str]]]:
    """Each place written in a first-level division with "in" or "of" and an administrative word ("the Sidakan
    area in Soran district of Erbil", "Tudun Wada in Kano state"): its span and the countries with a first-level
    division of the last name (not a country's name: "the capital of Kenya" is a country's word; after "city", one
    that is also a town there: "Almaty city")."""
    return list(_of_hierarchies(text))


@lru_cache(maxsize=8)  # asked of one text by the comma votes and by ``written_spans``
def _of_hierarchies(text: str) -> tuple[tuple[int, int, frozenset[str]], ...]:
    out: list[tuple[int, int, frozenset[str]]] = []
    index = word_index()
    for m in _OF_CHAIN.finditer(text):
        if not (m.group(3) or _UNIT_WORD.search(" " + m.group(1))) or m.group(2) in index:
            continue  # no administrative word: "University of Nairobi", "Port of Spain"
        found = called(division_countries(m.group(2)), m.group(3))  # "in Kano state": the countries of states
        if (m.group(3) or "").strip().lower() == "city":  # a city that is a division ("Almaty city"), not a region's
            found &= {str(p.country) for p in places_named(m.group(2)) if p.feature in _SEATS}  # namesake ("Amara")
        found |= _town_part_countries(m.group(1), m.group(2))
        if found:
            out.append((m.start(1), m.end(), frozenset(found)))
    return tuple(out)


# "Holyrood in Edinburgh", "Red Square in Moscow": a place (or a site) named in a larger place just after it
# (up to two common nouns may come between: "Holyrood building in Edinburgh"; a preposition or conjunction there
# starts another phrase, which "in" ends: "in Oulu for peace in Ukraine" writes no Oulu in Ukraine)
_NOT_BETWEEN = r"(?!(?:for|of|against|to|with|on|at|from|by|over|about|after|before|during|near|as|and|or|but)\b)"
_NAME_IN = re.compile(rf"([A-Z](?<![\w'’-].)[\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,2}})"
                      rf"((?:\s+{_NOT_BETWEEN}[\w.'’-]+){{0,2}}?)\s+in\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,2}})")


_PART_OF_TOWN = re.compile(r"\s+(?:sector|area|neighbou?rhood|quarter|zone|suburb|locality|ward|camp)s?\b", re.I)


# the last link of a chain names a part of a town: "the Karantina area of", "the Nour neighbourhood in"
_TOWN_PART = re.compile(r"(?:^|\s)([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})\s+(?i:areas?|neighbou?rhoods?|quarters?|"
                        r"suburbs?)\s+(?:in|of)\s+(?:the\s+)?$")


def _town_part_countries(links: str, town: str) -> set[str]:
    """For a quarter written in its town ("the Karantina area of Beirut"): the countries where both are known, the
    quarter as a place and the town as a town or city, so that a quarter of a town whose namesake abroad is a
    division stays in its own country."""
    m = _TOWN_PART.search(links)
    if m is None:
        return set()
    parts = {str(p.country) for p in places_named(m.group(1)) if p.feature in _SEATS}
    return parts & {str(p.country) for p in places_named(town) if p.feature in _SEATS}


def inside_places(text: str) -> list[tuple[int, int, frozenset[str]]]:
    """Each name written in a place named just after it with "in" ("Holyrood in Edinburgh", "Red Square in
    Moscow"): the first name's span and the countries the second may be in (it lies there, not in a namesake
    abroad)."""
    out: list[tuple[int, int, frozenset[str]]] = []
    index = word_index()
    for m in _NAME_IN.finditer(text):
        outer = m.group(3)
        found = {index[outer][0]} if index.get(outer, ("", ""))[1] == "name" else set(place_votes(outer))
        if _PART_OF_TOWN.match(text, m.end()):  # "in La Estrella sector": a part of a town, not the town abroad
            continue
        if found and m.group(1) not in index and not places_named(m.group()):  # not "Neustadt in Holstein"
            out.append((m.start(1), m.end(1), frozenset(found)))
    return out


def written_spans(text: str) -> list[tuple[int, int, frozenset[str]]]:
    """Where the text writes a place in another ("(district, province)", "Town, Division", "X district of Y", "X in
    Y"): the spans and the countries the places written there must be in (``_within_hierarchy``)."""
    return list(_written_spans(text))


@lru_cache(maxsize=8)  # asked of one text by the mention votes and by the prose place votes
def _written_spans(text: str) -> tuple[tuple[int, int, frozenset[str]], ...]:
    return (*hierarchy_countries(text), *_comma_hierarchies(text), *_of_hierarchies(text), *inside_places(text))


def division_countries(name: str) -> set[str]:
    """The countries with a first-level division of that name (under any of its names, without its administrative
    word), or with a district of it that the gazetteer lacks (``lexicon.extra_districts``); a name known only as a
    district or a town says nothing here (districts are many and their names repeat across countries)."""
    key = _bare_key(name)
    found = {str(p.country) for p in _admin1_index()[1].get(key, [])}
    found |= {str(p.country) for p in places_named(_DIVISION_WORD.sub("", name.strip())) if p.feature == "admin1"}
    bare = _DIVISION_WORD.sub("", name.strip())
    return found | {d.country for d in districts_named(bare)} | {f.country for f in former_named(bare)}


def division_of_country_name(parts: list[str]) -> frozenset[str]:
    """For a "(district, X)" hierarchy whose last name X is a country's name and also a first-level division's of
    other countries ("(Shiroro, Niger)": Nigeria's Niger State; "(Bontoc, CAR)"): those countries, when no earlier
    name of it lies in the country X and some lies in one of them (a place of the gazetteer or a district of
    ``lexicon.extra_districts``). A hierarchy ends with a division, not a country: "(Tera, Niger)" is ACLED's
    "(Tera, Tillaberi)" written otherwise, and stays Niger's. Empty otherwise."""
    index = word_index()
    if len(parts) < 2 or index.get(parts[-1], ("", ""))[1] != "name":
        return frozenset()
    named = index[parts[-1]][0]
    divisions = division_countries(parts[-1]) - {named}
    if not divisions:
        return frozenset()
    lies_in: set[str] = set()
    for part in parts[:-1]:
        lies_in |= set(place_votes(part)) | {d.country for d in districts_named(_DIVISION_WORD.sub("", part))}
    if named in lies_in:
        return frozenset()
    return frozenset(divisions & lies_in)


def hierarchy_part_votes(parts: list[str], weight: float) -> dict[str, float]:
    """Votes of the names of a "(district, province)" hierarchy no pair of which places anywhere: its last name as a
    division, ``weight`` a vote (a country's name as that country, or as a division of another: "(Shiroro, Niger)"),
    the others as places, in the countries of that division."""
    index = word_index()
    found: dict[str, float] = defaultdict(float)
    divisions = division_of_country_name(parts)  # "(Shiroro, Niger)": Niger State, of Nigeria
    for iso2 in divisions:
        found[iso2] += weight / len(divisions)
    # a district of the hierarchy lies in a country of its last division: its namesake abroad ("Donga-Mantung" of
    # "(Donga-Mantung, Nord-Ouest)" is not Benin's Donga) is no vote
    inside = division_countries(parts[-1]) if len(parts) > 1 and parts[-1] not in index else set()
    for n, part in enumerate(parts):
        last = n == len(parts) - 1
        if last and divisions:
            continue
        if last and index.get(part, ("", ""))[1] == "name":
            found[index[part][0]] += weight
            continue
        unit = place_votes(part, admin1=True, units_only=True) if last else {}
        exact = bool(places_named(_DIVISION_WORD.sub("", part))) if last and not unit else False
        for iso2, share in (unit or place_votes(part)).items():
            if last or not inside or iso2 in inside:
                found[iso2] += share * (weight if unit or exact else 1.0)
    return found


def _within_hierarchy(start: int, found: dict[str, float], spans: list[tuple[int, int, frozenset[str]]]
                      ) -> dict[str, float]:
    """A place written in a hierarchy, or just before it, votes only for the countries that have its division: a
    village's namesake abroad ("Mankon" in Oman) is not where a note writing "(Mezam, Nord-Ouest)" happens."""
    for s, e, countries in spans:
        if s <= start < e:
            return {k: v for k, v in found.items() if k in countries}
    return found


__all__ = ["comma_chains", "comma_hierarchies", "division_countries", "division_of_country_name",
           "hierarchy_countries", "hierarchy_part_votes", "inside_places", "namesake_countries", "of_hierarchies",
           "pair_votes", "place_votes", "places_named", "written_spans"]
