"""ACLED's codebook: violence against civilians targets unarmed people. Guards a company hires (ACLED's "Private
Security Forces (X)") are an armed, organised actor, so an attack on them by armed men is a battle (an armed clash
between the attackers and the guards), not violence against civilians. The generic actors that are such armed
targets are ``armed_targets`` in ``data/acled/typology.yaml``.
"""

from __future__ import annotations

from functools import lru_cache

from sitrep.extract import event_actors

# attackers who are no armed side: a crowd's violence is a riot, and civilians' no battle
_UNARMED = frozenset({"civilians", "protesters", "rioters"})


def parse_targets(value: object, families: object) -> frozenset[str]:
    """The ``armed_targets`` list (generic actor families); ValueError when it is not one."""
    if not isinstance(value, list) or not isinstance(families, dict) or not all(f in families for f in value):
        raise ValueError("typology.yaml: 'armed_targets' must list generic actor families")
    return frozenset(str(f) for f in value)


@lru_cache(maxsize=1)
def _targets() -> frozenset[str]:
    t = event_actors.typology()
    return parse_targets(t.get("armed_targets") or [], t.get("generic_actors"))


def armed_target(type_: str, sub: str, actor1: str | None, actor2: str | None) -> bool:
    """An attack (violence against civilians) by an armed actor on an armed target (``armed_targets``): ACLED's
    armed clash."""
    return (type_ == "Violence against civilians" and sub == "Attack" and actor2 in _targets()
            and actor1 is not None and actor1 not in _UNARMED)


__all__ = ["armed_target", "parse_targets"]
