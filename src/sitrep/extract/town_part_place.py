"""A part of a town (a neighbourhood, a street: ``lexicon.town_parts``) named after the town it lies in.

Conflict records write the town first, with its division, and then the part of it where the event happened
("in Manaus, Amazonas, a man was beaten in the Cidade Nova neighborhood"). The part is inside that town: a place
of the part's name that the gazetteer puts in another first-level division is a namesake elsewhere (Rio de
Janeiro's Cidade Nova), and a part it does not know cannot be placed at all. In both cases the town, not the
part, says where the event was (``extract.event_places.location``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from sitrep.lexicon.gazetteer import Place
from sitrep.lexicon.keys import place_key
from sitrep.lexicon.town_parts import town_part_pattern
from sitrep.records import Mention


@lru_cache(maxsize=1)
def _after() -> re.Pattern[str]:
    return re.compile(rf"^\s+(?i:{town_part_pattern()})\b")


@lru_cache(maxsize=1)
def _before() -> re.Pattern[str]:
    return re.compile(rf"\b(?i:{town_part_pattern()})\s+(?:of\s+)?(?:the\s+)?$")


@lru_cache(maxsize=1)
def _ending() -> re.Pattern[str]:
    return re.compile(rf"\s(?i:{town_part_pattern()})$")


def town_part(text: str, m: Mention) -> bool:
    """The place is named as a part of a town: "Cidade Nova neighborhood", "Brieves Road", "Colonia Los Pinos"."""
    return bool(_after().match(text[m.end:m.end + 30]) or _before().search(text[max(0, m.start - 30):m.start])
                or _ending().search(m.text))


def _divisions(places: Sequence[Place]) -> set[tuple[str, str]]:
    """(country, first-level division) of each place; a division's own name is its division."""
    return {(str(p.country), place_key(p.name if p.feature == "admin1" else p.admin1 or ""))
            for p in places if p.feature != "country"}


def outside_town(text: str, m: Mention, named: Sequence[Mention], found: Callable[[str], Sequence[Place]]) -> bool:
    """Whether ``m``, named as a part of a town after other places of the text (``named``, in text order), is not
    placed by the gazetteer (``found``: its entries of a name) in the first-level division of any of them that
    it knows: a namesake elsewhere, or a part it does not know."""
    if not town_part(text, m):
        return False
    before = [x for x in named if x.end <= m.start and not town_part(text, x)]
    towns = _divisions([p for x in before for p in found(x.text)])
    if not towns:
        return False  # no town before it that the gazetteer places: nothing to hold the part to
    return not (_divisions(found(m.text)) & towns)


__all__ = ["outside_town", "town_part"]
