"""A place the gazetteer knows before one it lacks (``extract.event_places.location``).

Conflict data code an event at a place their gazetteer holds: a village no gazetteer lists is coded at the known town
the report names beside it ("rioters from the villages of X and Y blocked the road east of Nassiriya": Nassiriya),
even when that town is named only as a reference point. A place the text calls a town, a city or a district that the
embedded gazetteer lacks ("near the town of Muqdadiya, north of Baghdad") is a place of note that fuller gazetteers
hold, and stays the event's place; so does a village written with its hierarchy ("X (district, province)"), placed
by it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from sitrep.extract.place_votes import places_named
from sitrep.records import Mention

T = TypeVar("T", bound=tuple[int, Mention])

# what a text calls a town or a unit: "the town of X", "the city of X", "X district", "X and Y towns"
_WORDS = r"(?:towns?|cit(?:y|ies)|districts?|count(?:y|ies)|provinces?|governorates?|municipalit(?:y|ies)|regions?)"
_CALLED_BEFORE = re.compile(rf"\b{_WORDS}\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s*(?:,|and)\s+)*$", re.I)
_CALLED_AFTER = re.compile(rf"(?:\s*(?:,|and)\s+[A-Z][\w'’-]+)*\s+{_WORDS}\b", re.I)


def town_or_unit(text: str, m: Mention) -> bool:
    """Whether the text calls the place a town, a city or an administrative unit."""
    return bool(_CALLED_BEFORE.search(text[max(0, m.start - 60):m.start]) or _CALLED_AFTER.match(text, m.end))


def known(name: str, country: str | None) -> bool:
    """Whether the embedded gazetteer spells a place (not a country) so, in ``country`` when it is known."""
    return any(p.feature != "country" and (country is None or p.country == country) for p in places_named(name))


def known_instead(text: str, pool: Sequence[T], named: Sequence[T], country: str | None,
                  placed: Callable[[Mention], bool]) -> list[T]:
    """``pool`` (the event's candidate places, each ``(order, mention)``), or, when the gazetteer lacks them all and the
    text calls none of them a town, a city or a unit nor writes it with a hierarchy (``placed``), the places of
    ``named`` (all the places of the event's sentences, reference points included) that it knows."""
    if any(known(m.text, country) or placed(m) or town_or_unit(text, m) for _, m in pool):
        return list(pool)
    return [c for c in named if known(c[1].text, country)] or list(pool)


__all__ = ["known", "known_instead", "town_or_unit"]
