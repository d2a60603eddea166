"""Security forces named by no arm of their own that do police work: the force is the state's police.

"Security forces arrested 25 people", "state forces detained activists", "security forces recovered an arms cache":
a generic phrase that may stand for either the army or the police (``security forces``, ``state forces``,
``government forces``) read as the military elsewhere; its act here (an arrest, a detention, a raid, a seizure of
arms) is law enforcement, which ACLED codes to the country's police. The phrases and the acts are the cue table's
``either_force`` and ``law_enforcement_after`` filters (``data/events/cues.yaml``)."""

from __future__ import annotations

from sitrep.extract.event_cues import table

_EITHER = table().filters["either_force"]
_ACTS = table().filters["law_enforcement_after"]


def police_work(text: str, a: int, b: int) -> bool:
    """The generic phrase ``text[a:b]`` names a force that may be either arm, and what follows it tells it did
    police work."""
    return _EITHER.fullmatch(text[a:b]) is not None and _ACTS.match(text, b, b + 80) is not None


__all__ = ["police_work"]
