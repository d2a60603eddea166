"""Words that name a country other than as where a text's events happen (``extract.event_country``).

* A country's border: "near the Eritrean border", "the Kenya-Somalia border", "a bridge marking the border with
  Nigeria". A place near a country's border lies on either side of it, and a writer in the country where the event
  happens names the neighbour's ("camps near the Sudanese border" in Ethiopia): the border's country is no evidence
  of where. Its guards and police ("Iranian border guards") are a force, counted as such.
* A list of countries shares one role: "migrants from Cuba, Georgia, Honduras and Venezuela", "Russian, US and
  French journalists" are all where people come from; "Georgia" after "Cuba," is the list's next item, not the
  country of a place "Cuba" (as "Foca, Bosnia" is).
* Foreigners at work: mercenaries fight for a country not their own ("Russian mercenaries"), and a company, its
  contractors or its ships named by their nationality ("a Chinese mining company", "Spanish trawlers") work abroad
  (a company of the country is named by its own name: "the National Iranian Drilling Company").
* Where people went after the event: "the gunmen fled across the border into Somalia", "refugees returned to
  Venezuela", "the boats were turned back to Turkey": the event happened before, elsewhere.
* A country's own ground: its soil, territory, waters and airspace, and its forces' posts ("on Congolese soil",
  "entered Greek waters", "shelled a Cameroonian security post") lie in it, wherever its neighbour's forces come
  from: where the event happens, as a name after "in" is.
* A person's name: a capitalised word after "in", "at" that the language layer found as part of a person's name
  ("gathered at the Abd el Hamid Square") is no place, whatever town abroad shares the word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sitrep.lexicon.countries import word_index, word_pattern
from sitrep.records import Mention

# "the Eritrean border", "the Kenya-Somalia border", "the Egypt border" (not "border guards", "border police")
_BORDER_AFTER = re.compile(r"^(?:\s*[-–/]\s*[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+){0,2})?[\s-]+(?:border|frontier|boundary)\b"
                           r"(?!\s+(?:guards?|police|policemen|forces?|troops|patrols?|officers?|agents?|units?|"
                           r"posts?))", re.I)
# "Russian mercenaries", "a Chinese mining company", "Spanish trawlers" (a common noun: not "Drilling Company")
_ABROAD_AFTER = re.compile(r"^\s+(?:[a-z-]+\s+)?(?:(?i:mercenar(?:y|ies)|private\s+(?:military\s+)?contractors?)|"
                           r"compan(?:y|ies)|firms?|corporations?|contractors?|investors?|trawlers?|vessels?|ships?|"
                           r"tankers?)\b")
# "fled into Somalia", "returned to Venezuela", "turned back to Turkey", "across the border into Chad"
_DESTINATION_BEFORE = re.compile(r"\b(?:(?:fled|escaped|retreated|withdrew|returned|crossed|repatriated|deported|"
                                 r"turned|sent|went|going|headed)\s+(?:back\s+)?|across\s+the\s+border\s+|back\s+)"
                                 r"(?:in)?to\s+(?:the\s+)?$", re.I)
# "on Congolese soil", "Greek territorial waters", "a Cameroonian border post"
_GROUND_AFTER = re.compile(r"^\s+(?:soil|territory|territorial\s+waters|waters|airspace|"
                           r"(?:security|military|army|police|border|gendarmerie)\s+(?:out)?posts?)\b", re.I)
# "the border with Nigeria", "its frontier with the Central African Republic"
_BORDER_BEFORE = re.compile(r"\b(?:borders?|frontiers?|boundary)\s+with\s+(?:the\s+)?$", re.I)
# what joins the items of a list: "Cuba, Georgia and Honduras", "Russian, US, and French"
_LIST_GLUE = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*&\s*)(?:the\s+)?")


def neighbour(before: str, after: str) -> bool:
    """Whether a country's name or demonym between ``before`` and ``after`` names a border, a neighbour's."""
    return bool(_BORDER_AFTER.match(after) or _BORDER_BEFORE.search(before))


def destination(before: str) -> bool:
    """Whether a country's name after ``before`` is where people went after the event (see module)."""
    return bool(_DESTINATION_BEFORE.search(before))


def own_ground(after: str) -> bool:
    """Whether a demonym before ``after`` names its country's own ground (see module)."""
    return bool(_GROUND_AFTER.match(after))


def abroad(after: str) -> bool:
    """Whether a demonym before ``after`` names foreigners at work in the country (see module)."""
    return bool(_ABROAD_AFTER.match(after))


def country_lists(text: str) -> dict[int, tuple[int, int]]:
    """For each country's name or demonym of ``text`` (by its start), the span from the first item's start to the
    last item's end of the list of different countries it belongs to (its own span when it stands alone)."""
    index = word_index()
    runs: list[list[re.Match[str]]] = []
    for m in word_pattern().finditer(text):
        last = runs[-1][-1] if runs else None
        if last is not None and _LIST_GLUE.fullmatch(text, last.end(), m.start()) \
                and index[m.group()][0] not in {index[x.group()][0] for x in runs[-1]}:
            runs[-1].append(m)
        else:
            runs.append([m])
    return {m.start(): (run[0].start(), run[-1].end()) for run in runs for m in run}


def in_person(start: int, end: int, mentions: Iterable[Mention]) -> bool:
    """Whether the span lies inside a person's name the language layer found."""
    return any(m.type == "person" and m.start <= start and end <= m.end for m in mentions)


__all__ = ["abroad", "country_lists", "destination", "in_person", "neighbour", "own_ground"]
