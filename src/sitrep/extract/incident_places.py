"""Places in incident grouping: which place names tell two incidents apart, and one incident per town when one
sentence tells of attacks in several ("simultaneous attacks in A and in B")."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Protocol

from sitrep.lexicon.gazetteer import default_gazetteer
from sitrep.lexicon.keys import KEY_CACHE, ascii_fold, place_key
from sitrep.records import Mention
from sitrep.spans import Ordered


class _Told(Protocol):
    @property
    def all_sents(self) -> list[tuple[int, int]]: ...



@lru_cache(maxsize=KEY_CACHE)  # the same names for every incident and candidate; the embedded gazetteer is fixed
def broad(name: str) -> bool:
    """A country or province as the embedded gazetteer knows it: it does not tell incidents apart."""
    written = ascii_fold(name).lower()
    return any(p.feature in ("country", "admin1") and written in {ascii_fold(n).lower() for n in p.all_names}
               for p in default_gazetteer().lookup([place_key(name)]))


_DIVISION = re.compile(r"\s+(?:Province|State|Region|Governorate|Department|Oblast)\b")
_ACRONYM = re.compile(r"[A-Z]{1,3}")


def fine_name(text: str, m: Mention, long_forms: dict[str, str] | None = None) -> str | None:
    """The place a mention names, as words, when it tells incidents apart: not a country or province (as the
    gazetteer knows them, or as the text calls it: "Gezira State", "Kandahar Province"), not a bare acronym of
    up to three capitals that the gazetteer does not know (a title such as "CM" taken for a place) unless the
    document spells it out (``long_forms``: entity key -> the longest name of that place in the document, so
    "FOB" and "Forward Operating Base" are one place)."""
    if _DIVISION.match(text, m.end) or broad(m.text):
        return None
    if _ACRONYM.fullmatch(m.text) and not any(m.text in p.all_names
                                              for p in default_gazetteer().lookup([place_key(m.text)])):
        long_form = (long_forms or {}).get(m.entity_key or "")
        if long_form is None or long_form == m.text:
            return None
        return _as_words(long_form)
    return _as_words(m.text)


@lru_cache(maxsize=KEY_CACHE)
def _as_words(name: str) -> str:
    """A place name as lower-case ASCII words, one space between them."""
    return " ".join(re.findall(r"\w+", ascii_fold(name).lower()))


# the last document's place mentions and their long forms: asked for each incident and candidate of one document
_FORMS: list[tuple[Ordered[Mention], list[Mention], int, dict[str, str]]] = []


def long_forms(places: Ordered[Mention]) -> dict[str, str]:
    """Entity key -> the longest name the document gives that place (an acronym's spelled-out form). Not to be
    changed by the caller: the answer is kept for the same ``places`` (the same object and list of frozen mentions;
    ``Ordered`` never changes its list)."""
    items = places.items
    if _FORMS and _FORMS[0][0] is places and _FORMS[0][1] is items and _FORMS[0][2] == len(items):
        return _FORMS[0][3]
    out = _long_forms(places)
    _FORMS[:] = [(places, items, len(items), out)]
    return out


def _long_forms(places: Ordered[Mention]) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in places.items:
        if m.entity_key and len(m.text) > len(out.get(m.entity_key, "")):
            out[m.entity_key] = m.text
    return out


# the last document's fine places by sentence: incident grouping asks them for each pair of mention and incident
_BY_SENTENCE: list[tuple[str, Ordered[Mention], dict[tuple[int, int], frozenset[str]]]] = []


def fine_places(text: str, d: _Told, places: Ordered[Mention], sents: list[tuple[int, int]] | None = None
                 ) -> set[str]:
    """The fine names (``fine_name``) of the places named in the sentences ``sents`` (by default ``d``'s)."""
    if not (_BY_SENTENCE and _BY_SENTENCE[0][0] is text and _BY_SENTENCE[0][1] is places):
        _BY_SENTENCE[:] = [(text, places, {})]
    memo = _BY_SENTENCE[0][2]
    out: set[str] = set()
    for s, e in (sents or d.all_sents):
        names = memo.get((s, e))
        if names is None:
            forms = long_forms(places)
            names = memo[(s, e)] = frozenset(n for m in places.inside(s, e)
                                             if (n := fine_name(text, m, forms)) is not None)
        out |= names
    return out


def _same_place(a: str, b: str) -> bool:
    """One name within the other, word for word ("Imphal" in "the Meitei-dominated Imphal")."""
    return f" {a} " in f" {b} " or f" {b} " in f" {a} "


def shared(mine: set[str], theirs: set[str]) -> bool:
    return any(_same_place(a, b) for a in mine for b in theirs)


def own_places(mine: set[str], theirs: set[str]) -> set[str]:
    """The places of ``mine`` that ``theirs`` does not name."""
    return {a for a in mine if not any(_same_place(a, b) for b in theirs)}


# attacks told in several places at once: "simultaneous attacks in A and in B", "stormed posts in A and B"
_SPREAD = re.compile(r"\b(?:attacks|assaults|strikes|air\s?strikes|raids|clashes|bombings|blasts|explosions|"
                     r"ambushes)\s+(?:[\w-]+\s+){0,4}?(?:in|on|at)\s+[^.;]*?\band\s+(?:also\s+)?(?:in|on|at)\s", re.I)


def spread_places(text: str, sents: list[tuple[int, int]], places: Ordered[Mention]) -> list[str]:
    """The towns (keys) of a sentence telling of attacks "in A and in B", two or more different ones, no country
    or province; [] when no sentence does: each is an event at its place, sharing the figure told for all."""
    for s, e in sents:
        m = _SPREAD.search(text, s, e)
        if m is None:
            continue
        keys: dict[str, str] = {}
        for p in places.inside(m.start(), e):
            if p.entity_key and fine_name(text, p) is not None:
                keys.setdefault(p.entity_key, p.text)
        if len(keys) >= 2:
            return list(keys)
    return []


__all__ = ["broad", "fine_name", "fine_places", "own_places", "shared", "spread_places"]
