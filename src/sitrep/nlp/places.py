"""Place mentions in news prose and ACLED notes.

Rules find the places that prose marks as places: a name with an
administrative word ("Darzab district", "Jowzjan province", "the Shaban and
Sandalah villages", "the district of X", "the villages of X and Y", "Kandahar
city", "the Fatehpur area of Jhal Magsi district, Balochistan"), a name after
"near"/"outside", and names the embedded gazetteer knows (countries, provinces,
big towns), matched case-sensitively as capitalized words. Names of people and
actors are not places: the dictionary matcher's actor mentions win over
overlapping place spans.

``place_spans`` also says how the text relates the places it names ("Musa Qala
district, Helmand province": Helmand is the parent of Musa Qala); the geocoder
reads it. A mention's local key is ``doc:location:<place_key of its name>``, so
spellings of one name (Jawzjan, Jowzjan) are one entity of the document.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache, partial
from typing import Protocol

from sitrep.lexicon.cache import cached
from sitrep.lexicon.country_names_table import country_names
from sitrep.lexicon.gazetteer import default_gazetteer
from sitrep.lexicon.keys import ascii_fold, normalize_key, place_key
from sitrep.nlp import place_names as pn
from sitrep.nlp.connected_names import connected_names
from sitrep.nlp.district_names import multiword_districts
from sitrep.nlp.kin_names import people_mention, people_names
from sitrep.nlp.matcher import default_matcher
from sitrep.nlp.name_rules import demonyms, given_names
from sitrep.nlp.place_links import link_places as _link
from sitrep.nlp.place_memo import AskedSpans, SpansMemo
from sitrep.nlp.place_names import UPPER, SpanDict, abbreviations, dateline, local_key
from sitrep.nlp.place_notation import (
    chained_pairs,
    city_after_in,
    known_name,
    known_town,
    known_unit,
    only_abroad,
    road_end_towns,
)
from sitrep.nlp.place_notation import link_chains as _chain
from sitrep.nlp.place_notation import parenthesized_chains as _parenthesized
from sitrep.nlp.place_notation import towns_after_prepositions as _towns_after
from sitrep.nlp.place_words import DESIG as _DESIG
from sitrep.nlp.place_words import DESIGNATORS as _DESIGNATORS
from sitrep.nlp.place_words import GENERIC_KNOWN as _GENERIC_KNOWN
from sitrep.nlp.place_words import JUNK_PLACES as _JUNK_PLACES
from sitrep.nlp.place_words import LOCAL_DESIGNATORS as _LOCAL
from sitrep.nlp.place_words import NOT_NAMES as _NOT_NAMES
from sitrep.nlp.place_words import PERSON as _PERSON
from sitrep.records import Mention

EXTRACTOR = "place-rules"
VERSION = "places-0.2"

# kinds, from specific to broad
RANK = {"village": 1, "town": 1, "city": 1, "area": 1, "place": 1, "district": 2, "province": 3, "country": 4}
_UP = UPPER
_CAP = rf"[{_UP}](?!\.\w)[\w'’]*(?:-[\w'’]+)*"  # a letter of an initialism ("U.S.") opens no name
_CONNECT = r"(?:[ -](?:e|i|ye|al|el|ul|ud|wa|o|de|da|do|du|dos|das|des|del|di|la|de\s+la)[ -]|[ -])"
_NAME = rf"{_CAP}(?:{_CONNECT}{_CAP}){{0,4}}"
_LIST = rf"{_NAME}(?:(?:,\s*|\s+and\s+|,\s*and\s+|\s*&\s*){_NAME}){{0,6}}"

_POSTFIX = re.compile(rf"(?P<list>{_LIST})(?:\s*\([^()\n]{{2,40}}\))?\s+(?P<desig>{_DESIG})\b")
_PREFIX = re.compile(rf"\b(?P<desig>{_DESIG})\s+of\s+(?:the\s+|(?:al|el)[ -])?(?P<list>{_LIST})")
_NEAR = re.compile(rf"\b(?P<prep>near|outside|around|outskirts\s+of|vicinity\s+of|close\s+to|nearby|(?:road|axis|route|"
                   rf"highway)\s+between)\s+(?:the\s+)?(?P<list>{_NAME})")  # "the road between X and ...": near X
_WORDS = re.compile(_NAME)
_IN_PARENT = re.compile(rf"\b(?:in|at|near|outside)\s+(?P<name>{_NAME})(?:,|\s+in)\s+"
                        rf"(?:(?:north|south|east|west|central)(?:ern)?(?:-?(?:east|west)(?:ern)?)?\s+)?"
                        rf"(?P<parent>{_NAME})\b")
_TOWN_IN_PARENT = re.compile(rf"(?<![\w'’-])(?P<name>{_NAME}),\s+(?P<parent>{_NAME})\b")  # no preposition: a town
# ACLED's notes say where an event is coded: "[coded to Vysne Nemecke]", "coded at approximate location as Bangao"
CODED_TO = re.compile(rf"\b[Cc]oded\s+(?:to|as|at|in)\s+(?:the\s+)?(?:(?:approximate\s+)?location\s+(?:as|of)\s+)?"
                      rf"(?P<name>{_NAME})")
_SENT_END = re.compile(r"[.!?]\s+(?=[\"“'‘(]?[A-Z0-9])|\n+")


class _Adder(Protocol):
    def __call__(self, s: int, e: int, kind: str | None, rule: str, near: bool = False,
                 trim: bool = True) -> tuple[int, int] | None: ...


@dataclass(frozen=True)
class PlaceSpan:
    """A place name in the text, with what the text says about it."""

    start: int
    end: int
    name: str
    kind: str | None  # village, town, city, area, district, province, country; None when the text does not say
    near: bool = False  # "near X", "outside X": ACLED precision 2
    known: str | None = None  # the gazetteer feature of the name when the embedded gazetteer knows it
    parent: int | None = None  # index (in the list) of the place the text puts this one in
    rule: str = ""

    @property
    def key(self) -> str:
        return place_key(self.name)

    @property
    def rank(self) -> int:
        if self.kind:
            return RANK.get(self.kind, 1)
        return {"country": 4, "admin1": 3, "admin2": 2}.get(self.known or "", 1)


@lru_cache(maxsize=1)
def _known_names() -> dict[str, str]:
    return cached("known-places", _build_known_names)


def _build_known_names() -> dict[str, str]:
    """Names of the embedded gazetteer worth finding in prose: name -> feature (the broadest one)."""
    out: dict[str, str] = {}
    order = {"country": 0, "admin1": 1, "admin2": 2, "city": 3, "town": 4}
    for name, p in default_gazetteer().names():
        if p.feature in ("town", "admin2") and p.country not in ("AF", "PK"):
            continue
        if p.feature == "city" and p.population < 50_000 and p.country not in ("AF", "PK"):
            continue
        if (len(name) < 4 or not name[0].isupper() or name in _GENERIC_KNOWN or name in _NOT_NAMES
                or name.split()[0] in _PERSON or not re.fullmatch(_NAME, name)):
            continue
        for n in {v for f in (name, ascii_fold(name)) for v in (f, pn.article_capitalized(f))}:
            if n not in out or order.get(p.feature, 9) < order.get(out[n], 9):
                out[n] = p.feature
    return {**dict.fromkeys(multiword_districts(), "admin2"), **out}  # "in East Wollega": a zone the gazetteer lacks


def _sentences(text: str, sentences: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    if sentences:
        return list(sentences)
    out, start = [], 0
    for m in _SENT_END.finditer(text):
        out.append((start, m.start() + 1))
        start = m.end()
    out.append((start, len(text)))
    return out


def _split_list(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The names of a list "A, B and C" as spans."""
    return [m.span() for m in _WORDS.finditer(text, start, end)]


def _clean(text: str, s: int, e: int) -> tuple[int, int] | None:
    """Trim leading words that are not part of a place name ("The Darzab", "Afghan"), and possessives."""
    words = list(re.finditer(r"[^\s-]+", text[s:e]))
    i = 0  # a name the gazetteer spells so keeps its first word ("Lake Sebu", a town; "In East Wollega", a zone)
    while i < len(words) and words[i].group().strip("'’") in _NOT_NAMES and not known_name(
            text[s + words[i].start():e]):
        i += 1
    if i == len(words):
        return None
    for j in range(len(words) - 2, i - 1, -1):  # "Darzab's Sardara": the possessor is another place
        if words[j].group().endswith(("'s", "’s")) and words[j].group()[:-2] != "Magistrate":  # a court's name
            i = j + 1
            break
    s = s + words[i].start()
    name = text[s:e]
    if not name[:1].isupper() and not name[:1].isdigit() and not pn.ARTICLE_NAME.match(name):
        return None  # "the Taliban-controlled districts": a place name is capitalized
    e -= 2 if name.endswith(("'s", "’s")) else 0
    return (s, e) if e > s else None


def _is_person(name: str) -> bool:
    return any(w in _PERSON for w in re.split(r"[\s-]+", name))


_AFTER_PREP = re.compile(rf"\b(?:in|to|from|at|near|outside|towards?)\s+(?P<name>{_CAP})(?=[\s,.;:)]|$)")


def _given_name(word: str) -> bool:
    return normalize_key(word) in given_names()


_KEPT: SpansMemo[tuple[PlaceSpan, ...]] = SpansMemo()  # the language layer's, found again for geocoding


# "..., Amina said", "Omar told reporters": the name before is a person's
_SPEECH_AFTER = re.compile(r"\s+(?:said|says|told|added|stated|explained|claimed|insisted|recalled)\b")
_SPEECH_BEFORE = re.compile(r"(?:,|^|[.!?][\"”']?)\s*$")


def speaker(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is a person quoted: before "said", "told" ... after a comma or at a
    sentence's head (whatever town shares the name: "... near the port, Farah told reporters" names no province)."""
    return bool(_SPEECH_AFTER.match(text, end) and _SPEECH_BEFORE.search(text[max(0, start - 4):start]))


def place_spans(text: str, sentences: Sequence[tuple[int, int]] = (),
                actors: Iterable[Mention] | None = None) -> list[PlaceSpan]:
    """Every place name the rules find in ``text``, in text order, with the parents the text gives them."""
    if actors is None:
        actors = default_matcher().find(text)
    taken = [(m.start, m.end) for m in actors if m.type != "location"]
    key = (text, tuple(sentences))
    kept = _KEPT.get(key, taken)
    if kept is not None:
        return list(kept)
    asked = AskedSpans(taken)
    out = _place_spans(text, sentences, asked)
    _KEPT.put(key, tuple(out), asked)
    return out


def _place_spans(text: str, sentences: Sequence[tuple[int, int]], actor_spans: AskedSpans) -> list[PlaceSpan]:
    known = _known_names()
    found: SpanDict[PlaceSpan] = SpanDict()

    def add(s: int, e: int, kind: str | None, rule: str, near: bool = False,
            trim: bool = True) -> tuple[int, int] | None:
        cleaned = _clean(text, s, e) if trim else (s, e)
        if cleaned is None:
            return None
        s, e = cleaned
        name = text[s:e]
        if actor_spans.overlaps(s, e) or speaker(text, s, e):
            return None
        if found.containing(s, e):
            return None  # inside a longer place name already found
        for k in found.contained(s, e):
            del found[k]
        old = found.get((s, e))
        if old is not None:
            found[(s, e)] = replace(old, kind=old.kind or kind, near=old.near or near)
            return s, e
        found[(s, e)] = PlaceSpan(s, e, name, kind, near, known.get(name), rule=rule)
        return s, e

    chains = _parenthesized(text, add)
    _landmarks(text, add)
    _designated(text, known, add)
    _near(text, add)
    _with_parent(text, known, add)
    _coded(text, add)
    _people_divisions(text, add)
    if (dl := dateline(text, known)) is not None:
        found[dl[:2]] = PlaceSpan(dl[0], dl[1], dl[2], None, False, dl[3], rule="dateline")
    for s_, e_, unit, feature in abbreviations(text):
        span = PlaceSpan(s_, e_, unit, None, False, feature, rule="abbreviation")
        if not actor_spans.overlaps(span.start, span.end) and not found.containing(span.start, span.end):
            found[(span.start, span.end)] = span
    _variant_spellings(text, known, add)
    [add(s_, e_, None, "known", trim=False) for s_, e_ in connected_names(text)]  # "Newcastle upon Tyne"
    # names the text already marked as places count as known for their other mentions ("Darzab" after
    # "Darz Aab district")
    local = {p.key: p.kind for p in found.values()}
    _known_and_local(text, sentences, known, local, add)
    if not found:  # "barricaded the Narok-Bomet road", no other place named: the road's first town
        [add(s_, e_, None, "road-end", trim=False) for s_, e_ in road_end_towns(text)]
    spans = sorted(found.values(), key=lambda p: p.start)
    # "the Khayro Khel (Khirokheel) area": a name in parentheses after a place is another name of it
    spans = [p for k, p in enumerate(spans) if p.rule == "parenthesized" or not (
        k > 0 and re.fullmatch(r"\s*\(\s*", text[spans[k - 1].end:p.start])
        and re.match(r"\s*\)", text[p.end:p.end + 3]))]
    return _chain(_link(text, spans), chains)


def _landmarks(text: str, add: _Adder) -> None:
    """The landmarks of the table (``data/countries/landmarks.csv``: squares, parks, universities, prisons known by
    their name alone) as places whole: "at Moi University" is the university (placed at its town), not "Moi"."""
    pattern, _ = country_names("landmarks.csv", "landmark", ("town",))
    for m in pattern.finditer(text):
        add(m.start(), m.end(), None, "landmark", trim=False)


def _designator_kind(desig: str) -> str:
    """The kind a designator gives: a camp of refugees or displaced people ("Kakuma refugee camp") is an area at
    the place it is named after."""
    return "area" if desig.lower().endswith(("camp", "camps")) else _DESIGNATORS[desig.lower()]


def _designated(text: str, known: dict[str, str], add: _Adder) -> None:
    """Names with a designator: "Garmsir and Nahri Saraj district", "the province of Jowzjan"."""
    for m in _POSTFIX.finditer(text):
        desig = m.group("desig")
        kind: str | None = _designator_kind(desig)
        after = text[m.end():m.end() + 6]
        if (re.match(r"\s+of\b", after) and not re.search(r"\s(?:and|,)\s", m.group("list"))
                and m.group("list").split()[-1] in _NOT_NAMES):
            continue  # "the northern Afghan province of Jowzjan": an adjective, the name follows "of"
        # "Garmsir and Nahri Saraj district": a list may take the singular; every name gets the kind
        parts = _split_list(text, m.start("list"), m.end("list"))
        # "the Buz Qandari, Hazrat Sultan, and Kanam areas": a list under a plural designator names places
        listed = desig.lower().endswith("s") and len(parts) > 1 and re.search(r"\s(?:and|&)\s", m.group("list"))
        # "Sarban Qala, Sangin district": a singular designator after a bare comma is the last name's alone
        last_only = not desig.lower().endswith("s") and len(parts) > 1 and re.fullmatch(
            r"\s*,\s*", text[parts[-2][1]:parts[-1][0]]) is not None
        for s, e in parts:
            if desig in _LOCAL and (c := _clean(text, s, e)) and only_abroad(text[c[0]:c[1]], _LOCAL[desig]):
                continue  # a unit word of one country's administration: a place of that country only
            if not _is_person(text[s:e]) or (s, e) == parts[-1] or listed or text[s:e] in known:
                add(pn.article_start(text, s), e, None if last_only and (s, e) != parts[-1] else kind, "designator")
    for m in _PREFIX.finditer(text):
        desig, parts = m.group("desig").lower(), _split_list(text, m.start("list"), m.end("list"))
        kind = None if desig.endswith("s") and len(parts) == 1 else _designator_kind(desig)  # "two districts of X"
        # "Wajir district of Kenya", "areas of Amhara, and X": a country (or province) holds them; "the neighbourhood
        # of Bagcilar, Istanbul": the names after a singular word's first and a bare comma are where it lies
        # ... as a province holds "the Lensk district of Yakutia": the word is the name's before it, its "of" the parent
        named = re.search(r"\b[A-Z][\w'’-]*\s+$", text[max(0, m.start() - 30):m.start()]) is not None
        holders = ("country", "admin1") if (desig.endswith("s") or named) and kind != "province" else ("country",)
        first = not desig.endswith("s") and len(parts) > 1 and text[parts[0][1]:parts[1][0]].strip() == ","
        for n, (s, e) in enumerate(parts):
            add(pn.article_start(text, s), e, None if known.get(text[s:e]) in holders or (first and n) else kind,
                "designator-of")


def _with_parent(text: str, known: dict[str, str], add: _Adder) -> None:
    """A name after a preposition that a comma puts in a known country, province or district: "in Danie, western
    Niger", "in Xqoro, Mayo-Sava" (a district the gazetteer spells so), after a local unit ("in Barangay Lunok,
    Gandara, Samar": Gandara); a town the gazetteer knows after any word ("forces retook Nova Basan, Chernihiv")."""
    pairs = (t for t in chained_pairs(_TOWN_IN_PARENT, text, "parent") if known_town(t["name"]))
    for m in [*_IN_PARENT.finditer(text), *pairs, *pn.local_unit_towns(text)]:
        name, parent = m.group("name"), re.sub(r"['’]s$", "", m.group("parent"))
        if (known.get(parent) in ("country", "admin1") or known_unit(parent)) and not _is_person(name) \
                and name.split()[0] not in _NOT_NAMES \
                and not _given_name(name.split()[0]):
            add(m.start("name"), m.end("name"), None, "in-parent", trim=False)


def _people_divisions(text: str, add: _Adder) -> None:
    """A division named like a people, with its region's word: "in the Somali region" (``people_division``), or
    by compass words: "in the Northern region" (``division_words``)."""
    for m in pn.division_words(text):
        add(m.start(), m.end(), "province", "people-division", trim=False)


def _coded(text: str, add: _Adder) -> None:
    """The place a note says its event is coded to ("[coded to Vysne Nemecke]"); not an actor's code ("coded as
    NPP", "coded as NCoS", "coded as Kashmir Rebels": after "as", only a name the gazetteer knows)."""
    for m in CODED_TO.finditer(text):
        name = m.group("name")
        if re.match(r"[Cc]oded\s+as\b", m.group()) and not (known_town(name) or known_unit(name)):
            continue
        if not _is_person(name) and name.split()[0] not in _NOT_NAMES and not any(
                re.search(r"\w[A-Z]", w) for w in re.split(r"[\s-]+", name)):
            add(m.start("name"), m.end("name"), None, "coded", trim=False)


def _near(text: str, add: _Adder) -> None:
    """Names after "near", "outside" and the like."""
    for m in _NEAR.finditer(text):
        s, e = m.span("list")
        name = text[s:e]
        if _is_person(name) or name.split()[0] in _NOT_NAMES:
            continue
        if not (m.group("prep").lower() == "nearby" and pn.nearby_modifier(text, m.start(), e)):
            add(s, e, None, "near", near=True)


# a name that begins a street's or a square's ("in Trafalgar Square", "on Arbat Street"): not the town of that name
_STREET_AFTER = re.compile(r"\s+(?:Square|Street|St\.|Avenue|Boulevard|Road)\b")


def _variant_spellings(text: str, known: dict[str, str], add: _Adder) -> None:
    """Another spelling of a big Afghan or Pakistani town after a preposition ("fled to Shiberghan")."""
    for m in _AFTER_PREP.finditer(text):
        name = m.group("name")
        if name not in known and place_key(name) in pn.variant_towns() and not _is_person(name) \
                and name not in _NOT_NAMES and not _given_name(name):
            add(m.start("name"), m.end("name"), None, "spelling-variant", trim=False)
    for s, e in _towns_after(text):  # a town of any size: "protested in Eupen"
        name = text[s:e]
        if (name not in _GENERIC_KNOWN or city_after_in(text, s, e)) and name.split()[0] not in _NOT_NAMES \
                and not _is_person(name) and not _given_name(name.split()[0]) and not text.startswith(("'s", "’s"), e) \
                and not _STREET_AFTER.match(text, e):
            add(s, e, None, "town-after-preposition", trim=False)


def _known_and_local(text: str, sentences: Sequence[tuple[int, int]], known: dict[str, str],
                     local: dict[str, str | None], add: _Adder) -> None:
    """Known gazetteer names in runs of capitalized words, and other mentions of names already found."""
    for s0, e0 in _sentences(text, sentences):
        for m in _WORDS.finditer(text, s0, e0):
            _known_in_run(text, m.start(), m.end(), known, add)
            name = m.group()
            if name not in known and place_key(name) in local and not _is_person(name) \
                    and name.split()[0] not in _NOT_NAMES:
                add(m.start(), m.end(), None, "same-name", trim=False)


def _known_in_run(text: str, s: int, e: int, known: dict[str, str], add: _Adder) -> None:
    """A known gazetteer name leading a run of capitalized words whose other words are not names.

    "In Kabul" and "Jowzjan Taliban" give Kabul and Jowzjan; "Herat Security Dialogue" and people's names
    ("Faqir Mohammad Jawzjani") give nothing. A known name that owns what follows ("Hungary's Defense
    Minister"), or that a hyphenated small word qualifies ("Britain-based"), is the place; a name that opens
    with a word of the non-names is tried whole first ("Central African Republic").
    """
    run = text[s:e]
    # "Hadi's Riyadh-based": two names, each alone; a court's "Magistrate's Court" is one body's name
    if (own := re.search(r"(?<!Magistrate)['’]s\s+(?=\S)", run)) is not None:
        _known_in_run(text, s, s + own.start() + 2, known, add)
        _known_in_run(text, s + own.end(), e, known, add)
        return
    if _is_person(run):
        return
    words = list(re.finditer(r"\S+", run))
    i = 0
    while i < len(words) and words[i].group() in _NOT_NAMES:
        i += 1
    for first in dict.fromkeys((0, i)):
        for j in range(len(words), first, -1):
            a, b = s + words[first].start(), s + words[j - 1].end()
            b -= len(_QUALIFIED.search(text[a:b]).group())  # type: ignore[union-attr]
            name = text[a:b]
            if name not in known and not (first == 0 < i and known_name(name)):  # "Lake Sebu": a town
                continue
            rest = words[j:]
            if rest and pn.office_or_org([w.group() for w in rest], partial(add, a, b, None, "known", trim=False)):
                return  # "The Balochistan Post", "Kabul Times": an organisation named after the place
            if not rest and _PARTY_AFTER.match(text, b):
                return  # "the ruling Morena party": a party's name, whatever town shares it
            if not text[a:b + 2].endswith(("'s", "’s")) and not all(w.group() in _NOT_NAMES for w in rest):
                return
            if name in _JUNK_PLACES and not re.search(r"(?:\bin|\bof|,)\s*$", text[max(0, a - 6):a]):
                return
            if not rest and pn.people_modifier(text, name, b):
                return
            add(a, b, None, "known", trim=False)
            return


_PARTY_AFTER = re.compile(r"\s+part(?:y|ies)\b")  # a lower-case "party" after a name: a party's name
#: what may follow a place name inside one capitalized word: a possessive, a hyphenated small word ("-based")
_QUALIFIED = re.compile(r"(?:['’]s|-[a-z]+)?$")


_PEOPLE_AFTER = re.compile(r"\s+(?:communit(?:y|ies)|diaspora)\b")  # "the Ukrainian community": its people


def find_places(text: str, sentences: Sequence[tuple[int, int]] = (),
                actors: Iterable[Mention] | None = None) -> list[Mention]:
    """Place mentions of ``text`` (type ``location``), keyed ``doc:location:<place_key>``.

    ``actors`` are the dictionary matcher's mentions of the same text (found here when not given); a place
    overlapping one is dropped.
    """
    sents = _sentences(text, sentences)
    starts = [a for a, _ in sents]
    out = []
    spans = place_spans(text, sents, actors)
    peoples = people_names(text, [(p.start, p.end, p.name) for p in spans])
    for p in spans:
        if demonyms().get(p.name, p.name) != p.name and (p.kind is None or _PEOPLE_AFTER.match(text, p.end)):
            continue  # "Thai", "the Ukrainian community": a people, not a place (though a gazetteer may list one)
        if p.name in peoples and people_mention(text, p.start, p.end, p.kind):
            continue  # "the Fulani community", and "the Masai" of a text about Masai youths: a people
        k = bisect.bisect_right(starts, p.start) - 1
        sent = sents[k] if k >= 0 and p.start < sents[k][1] else (None, None)
        out.append(Mention(start=p.start, end=p.end, text=text[p.start:p.end], type="location", extractor=EXTRACTOR,
                           version=VERSION, entity_key=f"doc:location:{local_key(p.name)}", name=p.name,
                           sent_start=sent[0], sent_end=sent[1]))
    return out


__all__ = ["CODED_TO", "EXTRACTOR", "VERSION", "PlaceSpan", "find_places", "place_spans", "speaker"]
