"""Armed men a later sentence of a note only says are present in the area ("the area is known for the presence of
the ELN and military forces", "FARC dissidents operate in the region") are context, not the event's actors."""

from __future__ import annotations

import re

from sitrep.extract.event_actors import Occurrence

_ARMED = frozenset({"rebels", "military", "police", "external", "militia", "gang", "unidentified"})
_PRESENCE = re.compile(r"\b(?:(?:known\s+for\s+)?(?:the\s+)?presence\s+of|(?:operat\w+|active|present)\s+in\s+the\s+"
                       r"(?:area|region|zone)|(?:area|region|zone)\s+(?:is\s+)?(?:known\s+for|controlled\s+by|"
                       r"dominated\s+by|disputed\s+by)|strongholds?\s+of)\b", re.I)


def _sentence_at(text: str, sents: list[tuple[int, int]], at: int) -> str:
    return next((text[s:e] for s, e in sents if s <= at < e), "")


def present_only(occs: list[Occurrence], text: str, sents: list[tuple[int, int]],
                 lead: tuple[int, int]) -> list[Occurrence]:
    """``occs`` without the armed men a sentence other than the ``lead`` only says are present in the area."""
    return [o for o in occs if o.family not in _ARMED or lead[0] <= o.start < lead[1]
            or not _PRESENCE.search(_sentence_at(text, sents, o.start))]


__all__ = ["present_only"]
