"""The victims of a violent crowd: whom ACLED names as a riot's other side when the crowd itself harmed people.

ACLED's codebook gives a violent demonstration that turned on people who are no force (a journalist assaulted,
shop owners attacked) civilians as its actor2. A state force that only stepped in afterwards (arrested the
culprits, moved the people away) is no side of it; one the crowd fought or struck, or that used force on the crowd
(tear gas, shots into the air), is. A mob that turned on people and a force alike has the people it struck first
as its victims.
"""

from __future__ import annotations

from sitrep.extract import context_cues, context_filters


def forces_or_victims(sub_type: str, context: str) -> tuple[bool, bool, bool]:
    """``context_cues.crowd_forces`` of a demonstration told in ``context`` (``force_engaged``, ``force_acted``,
    ``crowd_struck``), save that a violent demonstration whose crowd harmed people who are no force, with no force
    engaged nor using force on the crowd (``crowd_control``), has its victims, not the force that only stepped in:
    (False, False, True); and a mob that struck people first, then a force ("attacked health workers and police"),
    has them as its victims, not the force. A mob that hurt no one, on which a force used force (``crowd_control``:
    tear gas, rubber bullets, shots into the air, dispersed it), fought that force: (True, True, ``crowd_struck``)."""
    engaged, acted, struck = context_cues.crowd_forces(context)
    hurt = context_filters.people_hurt_at(context)
    if hurt is None and sub_type == "Mob violence" and context_filters.crowd_control(context):
        return True, True, struck  # a force that used tear gas on a mob that hurt no one fought it
    if hurt is None:
        return engaged, acted, struck
    if sub_type == "Violent demonstration" and not engaged and not context_filters.crowd_control(context):
        return False, False, True
    force = context_filters.force_engaged_at(context)
    if sub_type == "Mob violence" and force is not None and hurt <= force:
        return False, acted, True  # a mob that turned on people first: they are its victims ("beat a man and police")
    return engaged, acted, struck


__all__ = ["forces_or_victims"]
