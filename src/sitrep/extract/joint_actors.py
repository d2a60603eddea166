"""Armed groups that act as one. Two the text offers as alternatives ("presumed JNIM or ISGS militants"): ACLED
codes one actor named by both, "A and/or B" ("JNIM: Group for Support of Islam and Muslims and/or Islamic State
(Greater Sahara)"), in the order the text gives them unless ACLED's name of the pair has its own order
(``joint_names``), not either group alone. Groups whose men the text places in a
coalition ("3R rebels from the CPC", "UPC and FPRC fighters (under the CPC coalition)") act as the coalition: ACLED
codes the coalition as the actor and its members as associated actors."""

from __future__ import annotations

import re
from functools import lru_cache

from sitrep.extract.actor_locale import name_on
from sitrep.extract.event_actors import Occurrence, typology
from sitrep.nlp.matcher import default_matcher
from sitrep.records import EntityRef

_OR = re.compile(r"\s+or\s+(?:the\s+)?")


def _acled_name(key: str, date: str | None) -> str | None:
    entry = default_matcher().actors.get(key)
    dated = name_on(key, date)
    return dated.name if dated is not None else entry.acled_name if entry is not None else None


@lru_cache(maxsize=1)
def joint_names() -> frozenset[str]:
    """ACLED's names of two groups coded as one, in its order (``joint_names`` in ``data/acled/typology.yaml``)."""
    raw = typology().get("joint_names") or []
    if not isinstance(raw, list) or not all(isinstance(x, str) and " and/or " in x for x in raw):
        raise ValueError("typology.yaml: 'joint_names' must be a list of 'A and/or B' names")
    return frozenset(raw)


def either(occs: list[Occurrence], text: str, date: str | None, refs: dict[str, EntityRef]) -> list[Occurrence]:
    """``occs`` with each pair of named armed groups joined by "or" made one actor "A and/or B"."""
    out: list[Occurrence] = []
    for o in occs:
        prev = out[-1] if out else None
        if prev is not None and prev.family == o.family == "rebels" and prev.key != o.key \
                and _OR.fullmatch(text[prev.end:o.start]):
            first, second = _acled_name(prev.key, date), _acled_name(o.key, date)
            if first and second and "and/or" not in first + second:
                name = f"{first} and/or {second}"
                if f"{second} and/or {first}" in joint_names():  # ACLED's own order
                    name = f"{second} and/or {first}"
                key = f"acled:either-{prev.key}-{o.key}"
                refs[key] = EntityRef(key=key, name=name, type="armed_group", country=None, acled_name=name)
                out[-1] = Occurrence(prev.start, o.end, key, "rebels", prev.role)
                continue
        out.append(o)
    return out


# what lies between a member group and the coalition it acts in: "X rebels from", "X rebel group officers (under the"
_MEMBER_OF = re.compile(r"(?:\s+[\w-]+){0,3}?\s*\(?\s*(?:from|under|within|belonging\s+to|part\s+of|members?\s+of)\s+"
                        r"(?:the\s+)?")
_LISTED = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")  # "Anti-Balaka, UPC and FPRC"
_COALITION = re.compile(r"\b(?:coalition|alliance)\b", re.I)


def _coalition(o: Occurrence, text: str) -> bool:
    """Whether the group named at ``o`` is a coalition: by its name, or by the word after it ("the CPC coalition")."""
    entry = default_matcher().actors.get(o.key)
    names = f"{entry.name} {entry.acled_name or ''}" if entry is not None else ""
    return bool(_COALITION.search(names) or _COALITION.match(text, o.end + 1))


def as_whole(occs: list[Occurrence], text: str) -> list[Occurrence]:
    """``occs`` with the armed groups the text places in a coalition ("3R rebels from CPC") after the coalition,
    which takes the place (and role) of the first of them."""
    out = list(occs)
    for j in range(1, len(out)):
        c = out[j]
        if c.family != "rebels" or not _MEMBER_OF.fullmatch(text, out[j - 1].end, c.start) \
                or not _coalition(c, text):
            continue
        i = j - 1
        while i > 0 and out[i - 1].family == "rebels" and _LISTED.fullmatch(text, out[i - 1].end, out[i].start):
            i -= 1
        members = out[i:j]
        if any(m.family != "rebels" or m.key == c.key for m in members):
            continue
        keys = [c.key, *(m.key for m in members)]
        roles = {o.role for o in out[i:j + 1]}  # one side: the role the text gives any of them
        role = next((r for r in ("agent", "patient") if r in roles), c.role)
        out[i:j + 1] = [Occurrence(o.start, o.end, k, "rebels", role) for o, k in zip(out[i:j + 1], keys, strict=True)]
    return out


__all__ = ["as_whole", "either", "joint_names"]
