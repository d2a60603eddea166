"""What an event's context tells of the people and property it struck, read with the cue table's filters.

Each predicate reads ``context`` (an event's sentences and those after them) with one named filter or cue of
``data/events/cues.yaml``; ``event_victims`` and ``war_sides`` ask them when they choose an event's sides.
"""

from __future__ import annotations

from sitrep.extract.event_cues import table

_T = table()


def civilian_property_struck(context: str) -> bool:
    """``context`` tells of a strike, shelling or bomb aimed at what belongs to civilians: a house, a residential
    area, shops, a place of worship, a civilian vehicle (``civilian_property_struck``)."""
    return _T.found("civilian_property_struck", context)


def held_by_state(context: str) -> bool:
    """``context`` tells of harm done to people a state holds: harmed in custody (``harm_in_custody``), beaten
    while arrested, in a cell, or forcibly disappeared (``held_by_state``)."""
    return _T.cues["harm_in_custody"].search(context) is not None \
        or _T.found("held_by_state", context)


def civilians_hurt(context: str) -> bool:
    """``context`` tells of people who are no armed force killed or hurt ("killing four inhabitants", "two
    civilians were injured") (``civilians_hurt``)."""
    return _T.found("civilians_hurt", context)


def war_remnant(context: str) -> bool:
    """``context`` tells of a mine or other explosive left by a past war ("a landmine laid during the Iran-Iraq War",
    "explosive remnants of war"): a state's forces laid it (``war_remnant``)."""
    return _T.found("war_remnant", context)
