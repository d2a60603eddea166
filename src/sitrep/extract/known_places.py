"""A place the gazetteer knows before one it lacks (``extract.event_places.location``).

Conflict data code an event at a place their gazetteer holds: a village no gazetteer lists is coded at the known town
the report names beside it ("rioters from the villages of X and Y blocked the road east of Nassiriya": Nassiriya;
"residents of a village closed the Kahnuj road": Kahnuj), even when that town is named only as a reference point. A
village written with its hierarchy ("X (district, province)") is placed by it, and stays the event's place.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from sitrep.extract.place_votes import places_named
from sitrep.records import Mention

T = TypeVar("T", bound=tuple[int, Mention])


def known(name: str, country: str | None) -> bool:
    """Whether the embedded gazetteer spells a place (not a country) so, in ``country`` when it is known."""
    return any(p.feature != "country" and (country is None or p.country == country) for p in places_named(name))


def known_instead(pool: Sequence[T], named: Sequence[T], country: str | None, placed: Callable[[Mention], bool]
                  ) -> list[T]:
    """``pool`` (the event's candidate places, each ``(order, mention)``), or, when none of them is a place the
    gazetteer knows nor one written with its hierarchy (``placed``), the places of ``named`` (all the places of the
    event's sentences, reference points included) that it knows."""
    if any(known(m.text, country) or placed(m) for _, m in pool):
        return list(pool)
    return [c for c in named if known(c[1].text, country)] or list(pool)


__all__ = ["known", "known_instead"]
