"""A truce a third party brokered, between the sides the document says fought: "the conflict between Armenia and
Azerbaijan ... Moscow brokered a peace deal last November to end six weeks of fighting".

A sentence that has a broker make a truce ("X brokered a ceasefire", "the X-brokered truce") and names no sides
of its own ("between", "with") speaks of the one war the document states: when its relations hold exactly one
pair of enemies (``hostile_to``, firmly stated), neither of them the broker, the two agreed the truce. Its start is
the date nearest the trigger, as for any truce (``relation_base.dates``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from sitrep.extract.relation_base import EXTRACTOR, VERSION, dates, mask
from sitrep.extract.relation_patterns import fragment
from sitrep.nlp.attribution import stance
from sitrep.records import Attribution, Document, Evidence, Mention, RelationRecord, TimeExpression


@lru_cache(maxsize=1)
def _brokered() -> re.Pattern[str]:
    truce = fragment("truce")
    return re.compile(rf"⟦(?P<b>\d+)⟧(?:-|\s+(?:has\s+|had\s+)?)(?P<v>brokered|mediated)\s+(?:an?\s+|the\s+)?"
                      rf"(?:[\w-]+\s+){{0,2}}?{truce}", re.I)


_SIDES = re.compile(r"\b(?:between|with)\s+(?:the\s+)?⟦", re.I)


def brokered_truces(doc: Document, sentences: Sequence[tuple[int, int]], mentions: Sequence[Mention],
                    timexes: Sequence[TimeExpression], attributions: Sequence[Attribution],
                    found: Sequence[RelationRecord]) -> list[RelationRecord]:
    """The truce third parties brokered between the document's one pair of enemies (one, however often told)."""
    pairs = {frozenset((r.subject, r.object)): r for r in found
             if r.predicate == "hostile_to" and r.object and r.certainty == "asserted"}
    if len(pairs) != 1:
        return []
    (enemies,) = pairs.values()
    out: RelationRecord | None = None  # one truce, with every sentence that speaks of it
    for s, e in sentences:
        masked = mask(doc.text, s, e, mentions)
        m = _brokered().search(masked.text)
        if m is None or _SIDES.search(masked.text):
            continue
        if masked.mentions[int(m.group("b"))].entity_key in (enemies.subject, enemies.object):
            continue
        evidence = Evidence(doc=doc.id, start=s, end=e, text=doc.text[s:e])
        pos = masked.offsets[m.start("v")]
        start, end = dates(doc.text, [t for t in timexes if s <= t.start < e], pos, evidence, inception=True)
        certainty, source = stance(doc.text, attributions, pos)
        if out is not None:
            out = replace(out, evidence=(*out.evidence, evidence), start=out.start or start, end=out.end or end)
            continue
        out = RelationRecord(predicate="ceasefire_with", subject=enemies.subject, object=enemies.object,
                             evidence=(evidence,), extractor=EXTRACTOR, version=VERSION, start=start, end=end,
                             certainty=certainty, attributed_to=source)
    return [out] if out is not None else []
