"""The other side of a riot inside a prison, by ACLED's codebook: inmates who riot in their prison (set cells alight,
broke out, fought their guards) riot against those who hold them, the state's prison guards ("Police Forces of X
(period) Prison Guards"), when the text names no other armed side and the crowd hurt no one (a riot in which
people were killed or hurt has them as its other side); inmates who hurt other inmates in their riot ("a prisoner
was stabbed", "a fight between inmates"), with no force fighting them, fought each other: rioters on both sides."""

from __future__ import annotations

from sitrep.extract import context_cues, context_filters, event_actors, event_cues, state_units
from sitrep.records import EntityRef

_UNIT = "Prison Guards"


def guards_side(type_: str, roles: list[tuple[str, str, str]], told: str, country: str | None, date: str | None,
                refs: dict[str, EntityRef]) -> list[tuple[str, str, str]]:
    """``roles`` of a riot told in ``told`` with the prison's guards as actor2 in place of none or of the default
    civilians, when its crowd are inmates in their prison (``inmates_riot``); with rioters there when the inmates
    hurt one another (``inmates_hurt``) and no force fought them or used force on them."""
    if type_ != "Riots" or not country or not event_cues.table().found("inmates_riot", told):
        return roles
    actor2 = next(((k, f) for k, r, f in roles if r == "actor2"), None)
    if actor2 is not None and actor2[1] != "civilians":
        return roles
    if event_cues.table().found("inmates_hurt", told) and not context_cues.force_engaged(told) \
            and not context_filters.crowd_control(told):
        side = event_actors.generic_entity("rioters", country, date)
        family = "rioters"
    elif context_filters.people_hurt_at(told) is not None or context_filters.civilians_hurt(told):
        return roles
    else:
        side = state_units.with_unit(event_actors.generic_entity("police", country, date), _UNIT)
        family = "police"
    refs.setdefault(side.key, side)
    out = [(k, r, f) for k, r, f in roles if r != "actor2"]
    return [*out[:1], (side.key, "actor2", family), *out[1:]]


__all__ = ["guards_side"]
