"""Small facts of English about a name near a place (``extract.event_country``).

* A speaker: a capitalised name right before "said" or "told" after a comma or at a sentence's head ("..., Amina
  said.", "Omar told reporters") is a person quoted, whatever town shares the name.
* A country's name that opens a longer place name is that place, not the country: "Mali Idjos" (a town in Serbia)
  as "Port of Spain" ends one; the gazetteer must know the longer name as a place other than the country. "Panama
  City", "Kuwait City" are the country's capital (whatever namesake abroad the gazetteer knows): the country.
* A local body named after its town lies in it: "the Kisumu High Court", "the Larissa Bar Association", "the Port of
  Mombasa". Weak evidence, as an actor's is: a court or a bar association works at home.
"""

from __future__ import annotations

import re

from sitrep.extract.place_votes import place_votes, places_named
from sitrep.lexicon.countries import word_index
from sitrep.nlp.places import speaker

# the capitalised words after a country's name that may end a place's name
_NAME_TAIL = re.compile(r"(?!\s+City\b)(?:\s+[A-Z][\w'’-]+){1,2}")  # "Panama City": its capital
# a town's name before a local body's: "the Kisumu High Court", "the Larissa Bar Association"
_BODY_AFTER = re.compile(r"\b([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:(?:Circuit|High|District|"
                         r"Magistrates?(?:['’]s?)?|Municipal|Regional|Appeals?|Criminal|Administrative)\s+Court|Bar\s+Association|"
                         r"(?:City|Town|Municipal|County)\s+Council|Chamber\s+of\s+Commerce|Port|Seaport|Harbou?r)\b")
_BODY_OF = re.compile(r"\b(?:Port|Harbou?r|Municipality|City\s+Council)\s+of\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
BODY_WEIGHT = 1.0


def opens_place(text: str, start: int, end: int) -> str | None:
    """The longer place name a country's name at ``text[start:end]`` opens ("Mali Idjos"), or None."""
    tail = _NAME_TAIL.match(text, end)
    if tail is None:
        return None
    words = tail.group().split()
    for k in range(len(words), 0, -1):
        full = " ".join([text[start:end], *words[:k]])
        if any(p.feature != "country" for p in places_named(full)):
            return full
    return None


def _town(name: str) -> dict[str, float]:
    """The country (share >= 0.8) of the town ``name`` names, tried whole and then from its second word on ("Central
    Kisumu", then "Kisumu"); none when the name, or what is left of it, is a country's."""
    words = name.split()
    for k in range(len(words)):
        town = " ".join(words[k:])
        if town in word_index():
            return {}
        found = {c: v for c, v in place_votes(town).items() if v >= 0.8}
        if found:
            return found
    return {}


def body_town_votes(text: str) -> dict[str, float]:
    """Votes of the towns local bodies are named after ("the Kisumu High Court", "the Port of Mombasa")."""
    votes: dict[str, float] = {}
    for m in [*_BODY_AFTER.finditer(text), *_BODY_OF.finditer(text)]:
        for iso2, share in _town(m.group(1)).items():
            votes[iso2] = max(votes.get(iso2, 0.0), share * BODY_WEIGHT)
    return votes


__all__ = ["BODY_WEIGHT", "body_town_votes", "opens_place", "speaker"]
