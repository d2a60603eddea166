"""ACLED's codebook on an armed clash told of one side only: a battle is fought between two armed, organised
sides. A note that names no target and tells of people killed or hurt, of no exchange of fire and of no armed
force attacked ("eleven people were killed by raiders") reports one-sided violence: violence against civilians."""

from __future__ import annotations

from sitrep.extract import context_cues
from sitrep.extract import event_actors as actors_mod
from sitrep.extract.cue_table import load_table

_TABLE = load_table()
_KILLING, _HURT, _ARMED = _TABLE.cues["killing"], _TABLE.cues["hurt"], _TABLE.filters["armed_victims"]
_YOUTHS = _TABLE.filters["youths_fought"]


def unanswered(attacker: str | None, target: str | None, context: str) -> bool:
    """The attacker's violence met no armed side, the event naming no ``target`` (the family of its actor2;
    ``context``: the event's sentences and the two after them): civilians who fought among themselves, or a
    non-state attacker whose victims were killed or hurt with no fighting told and no armed men among them
    (``armed_victims``)."""
    if target is not None or attacker == "civilians":
        return target is None
    return attacker not in actors_mod.STATE_FAMILIES | {"external"} and not context_cues.two_sided(context) \
        and _ARMED.search(context) is None \
        and (_KILLING.search(context) is not None or _HURT.search(context) is not None)


def youths_fought(context: str) -> bool:
    """``context`` tells of young people or students who fought with no arms (``youths_fought``): ACLED's mob
    violence between rioters, not a battle between the communal or ethnic militias they belong to."""
    return _YOUTHS.search(context) is not None and not context_cues.armed_fight(context)
