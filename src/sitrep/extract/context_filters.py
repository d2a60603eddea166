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


def held_after_arrest(told: str, context: str) -> bool:
    """The incident's own sentences (``told``) tell of an arrest (``arrest``) and its context of harm done to the
    people held ("was arrested. He was beaten while detained"): the harm is done by those who arrested them."""
    return _T.cues["arrest"].search(told) is not None and held_by_state(context)


def civilians_hurt(context: str) -> bool:
    """``context`` tells of people who are no armed force killed or hurt ("killing four inhabitants", "two
    civilians were injured") (``civilians_hurt``)."""
    return _T.found("civilians_hurt", context)


def war_remnant(context: str) -> bool:
    """``context`` tells of a mine or other explosive left by a past war ("a landmine laid during the Iran-Iraq War",
    "explosive remnants of war"): a state's forces laid it (``war_remnant``)."""
    return _T.cues["war_remnant"].search(context) is not None


def crowd_hurt_people(context: str) -> bool:
    """``context`` tells of a crowd that struck people who are no force ("assaulted a journalist", "attacked the
    shop owners") (``crowd_hurt_people``), not of harm the crowd demonstrated against or after
    (``grievance_before``: "rallied after a bus killed two people")."""
    return people_hurt_at(context) is not None


def people_hurt_at(context: str) -> int | None:
    """Where ``context`` first tells of a crowd that struck people who are no force (``crowd_hurt_people``, not
    after a ``grievance_before``); None when it does not."""
    grievance = _T.filters["grievance_before"]
    return next((m.start() for m in _T.filters["crowd_hurt_people"].finditer(context)
                 if grievance.search(context[max(0, m.start() - 120):m.start()]) is None), None)


def force_engaged_at(context: str) -> int | None:
    """Where ``context`` first tells of a state force a crowd fought or struck (``force_engaged``); None when it
    does not."""
    m = _T.filters["force_engaged"].search(context)
    return m.start() if m else None


def force_engaged_spans(context: str) -> list[tuple[int, int]]:
    """The spans of ``context`` that tell of a state force a crowd fought or struck (``force_engaged``: "stormed
    the police station", "a police car was torched")."""
    return [m.span() for m in _T.filters["force_engaged"].finditer(context)]


def crowd_control(context: str) -> bool:
    """``context`` tells of a force that used force to control a crowd: tear gas, water cannon, rubber bullets,
    shots into the air, a crowd dispersed (``crowd_control``)."""
    return _T.filters["crowd_control"].search(context) is not None
