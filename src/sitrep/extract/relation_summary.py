"""Names summed up by a count: "ambassadors from A and B, and C's envoy – three nations who backed D".

The count phrase ("three nations", table fragment ``summary``) stands for the names listed before it in its
sentence: the relation the patterns find for the phrase holds for each of them. The list is taken only when it
is exact: the names of the right kind before the phrase, less the relation's other side and (for nations) the
country whose government that side is, must number what the phrase says. Otherwise nothing is said.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from sitrep.extract.event_actors import generic_entity
from sitrep.extract.relation_forces import place_country
from sitrep.extract.relation_patterns import fragment
from sitrep.lexicon.gazetteer import default_gazetteer
from sitrep.lexicon.keys import light_key
from sitrep.records import Mention, RelationRecord

_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_NATIONS = frozenset({"nations", "countries", "states", "governments", "powers"})
_KEY = "summary:"


@dataclass(frozen=True)
class Summary:
    standin: Mention  # the count phrase, as a mention of the first name before it
    count: int
    names: tuple[Mention, ...]  # the names of the right kind before it in its sentence, nearest first


@lru_cache(maxsize=1)
def _summary() -> re.Pattern[str]:
    return re.compile(fragment("summary"), re.I)


def summaries(text: str, s: int, e: int, mentions: Sequence[Mention]) -> list[Summary]:
    """The count phrases of sentence [s, e) that follow names of their kind."""
    out: list[Summary] = []
    for m in _summary().finditer(text, s, e):
        nations = m.group("noun").lower() in _NATIONS
        before = [x for x in mentions if s <= x.start and x.end <= m.start() and x.entity_key
                  and (_is_country(x) if nations else x.type in ("armed_group", "organization"))]
        names = tuple(reversed(list({str(x.entity_key): x for x in before}.values())))
        if not names:
            continue
        first = names[0]
        standin = replace(first, start=m.start("n"), end=m.end("noun"), entity_key=f"{_KEY}{m.start()}",
                          sent_start=s, sent_end=e)
        out.append(Summary(standin, _NUMBERS[m.group("n").lower()], names))
    return out


def spread(found: Sequence[RelationRecord], found_summaries: Sequence[Summary],
           published: str | None) -> list[RelationRecord]:
    """``found`` with a relation whose subject is a count phrase given to each name it sums up (or dropped)."""
    by_key = {str(x.standin.entity_key): x for x in found_summaries}
    out: list[RelationRecord] = []
    for r in found:
        if not r.subject.startswith(_KEY) and not (r.object or "").startswith(_KEY):
            out.append(r)
            continue
        summary = by_key.get(r.subject)
        if summary is None:
            continue  # a count phrase as an object: not read
        names = [x for x in summary.names if x.entity_key != r.object and not _government_of(x, r.object, published)]
        if len(names) == summary.count:
            out.extend(replace(r, subject=str(x.entity_key)) for x in names)
    return out


def _is_country(m: Mention) -> bool:
    return m.type == "government" or (m.type == "location" and _country_name(m.text))


def _country_name(text: str) -> bool:
    return light_key(text) in default_gazetteer().countries.by_name


def _government_of(m: Mention, key: str | None, published: str | None) -> bool:
    """``key`` is the government (or armed forces) of the country ``m`` names."""
    country = place_country(m.text) if m.type == "location" else None
    if country is None or key is None:
        return False
    return key in {generic_entity(f, country, published).key for f in ("government", "military")}
