"""Dictionary actors written with a letter doubled, dropped or swapped ("Al-Shaabab" for Al-Shabaab) or with the
last word in the singular ("Frontier Corp" for Frontier Corps): news spells transliterated names several ways.

A run of capitalized words that no alias matched is an actor's when its ``translit_key`` (vowels after the first
letter dropped, doubled letters folded) is that of an alias of exactly one actor, with or without a final "s",
and its letters are the alias's but for doubled letters or that final "s" (``light_key``s, the same number of
words). Ambiguous and case-sensitive aliases ("IS", "ANA") and short ones (a
``translit_key`` under five letters) never match so: a near spelling of a short name is as likely another name.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from sitrep.lexicon.dictionaries import ActorDictionary
from sitrep.lexicon.keys import light_key, translit_key
from sitrep.records import Mention

_RUN = re.compile(r"(?<![\w-])(?:[Aa][ln]-)?[A-Z][\w\u2019']*(?:[ -][A-Z][\w\u2019']*){0,3}")
_MIN_KEY = 5
_MIN_RATIO = 0.85


@lru_cache(maxsize=4)
def _variant_index(actors: ActorDictionary) -> dict[str, dict[str, list[str]]]:
    """``translit_key`` (and the same without a final "s") -> actor id -> its aliases' texts."""
    index: dict[str, dict[str, list[str]]] = {}
    for a in actors.aliases():
        if a.ambiguous or a.case_sensitive or len(tr := translit_key(a.text)) < _MIN_KEY:
            continue
        for key in {tr, tr.removesuffix("s")}:
            index.setdefault(key, {}).setdefault(a.entry_id, []).append(a.text)
    return index


def _words(text: str) -> int:
    return len(re.findall(r"[^\W_]+", text))


def _close(span: str, alias: str) -> bool:
    """The same letters but for a letter doubled or not ("Hezbolah"), or the alias's last word with a final "s"
    ("Frontier Corp"); not a vowel changed ("Policeman" for "Policemen": English inflection, maybe another word)."""
    a, b = light_key(span), light_key(alias)
    if not a or not b or a == b or a[0] != b[0] or _words(span) != _words(alias) \
            or SequenceMatcher(None, a, b).ratio() < _MIN_RATIO:
        return False
    return _DOUBLED.sub(r"\1", a) == _DOUBLED.sub(r"\1", b) or a + "s" == b


_DOUBLED = re.compile(r"(.)\1+")


def variant_mentions(text: str, found: list[Mention], actors: ActorDictionary, extractor: str,
                     version: str) -> list[Mention]:
    """Mentions of dictionary actors spelt otherwise, outside the spans of ``found``."""
    index = _variant_index(actors)
    taken = [(m.start, m.end) for m in found]
    out: list[Mention] = []
    for run in _RUN.finditer(text):
        if any(run.start() < e and s < run.end() for s, e in taken):
            continue
        end = run.end() - 2 if run.group().endswith(("'s", "\u2019s")) else run.end()  # "Frontier Corp's"
        hit = _variant(text[run.start():end], index)
        if hit is None:
            continue
        entry = actors[hit]
        out.append(Mention(start=run.start(), end=end, text=text[run.start():end], type=entry.type,
                           extractor=extractor, version=version, entity_key=entry.id, name=entry.name))
    return out


def _variant(span: str, index: dict[str, dict[str, list[str]]]) -> str | None:
    tr = translit_key(span)
    if len(tr) < _MIN_KEY:
        return None
    owners = {eid for key in {tr, tr.removesuffix("s")} for eid, texts in index.get(key, {}).items()
              if any(_close(span, t) for t in texts)}
    return owners.pop() if len(owners) == 1 else None
