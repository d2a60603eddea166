"""A document's text cut into segments for highlighting: which entity each piece mentions and which evidence
quotes cover it. The template prints each segment's text escaped; nothing here builds markup."""

from __future__ import annotations

import itertools
from typing import Any

Record = dict[str, Any]


def segments(text: str, mentions: list[Record], evidence: list[Record], focus: str | None = None) -> list[Record]:
    """``text`` as consecutive segments ``{text, entity, entity_name, type, evidence, anchors, focus}``:
    ``entity`` is the linked mention covering it (nested or overlapping mentions: the first wins), ``evidence``
    the ``kind-id`` names of the quotes covering it, ``anchors`` the quotes starting there (each name once), and
    ``focus`` whether the quote named ``focus`` covers it."""
    n = len(text)

    def clamp(r: Record) -> tuple[int, int]:
        return max(0, min(n, int(r["start"]))), max(0, min(n, int(r["end"])))

    linked: list[tuple[int, int, Record]] = []
    at = 0
    for m in sorted(mentions, key=lambda m: (m["start"], -m["end"])):
        start, end = clamp(m)
        if m.get("entity_id") and start >= at and end > start:
            linked.append((start, end, m))
            at = end
    quotes = [(*clamp(e), f"{e['kind']}-{e['id']}") for e in evidence]
    cuts = sorted({0, n, *(x for s, e, _ in linked for x in (s, e)), *(x for s, e, _ in quotes for x in (s, e))})
    out: list[Record] = []
    seen: set[str] = set()
    mi = 0
    for a, b in itertools.pairwise(cuts):
        if a >= b:
            continue
        while mi < len(linked) and linked[mi][1] <= a:
            mi += 1
        mention = linked[mi][2] if mi < len(linked) and linked[mi][0] <= a and b <= linked[mi][1] else None
        covering = [name for s, e, name in quotes if s <= a and b <= e]
        anchors = [name for s, _, name in quotes if s == a and name not in seen]
        seen.update(anchors)
        out.append({"text": text[a:b], "entity": mention["entity_id"] if mention else None,
                    "entity_name": mention.get("entity") if mention else None,
                    "type": mention.get("type") if mention else None,
                    "evidence": sorted(set(covering)), "anchors": anchors,
                    "focus": focus is not None and focus in covering})
    return out
