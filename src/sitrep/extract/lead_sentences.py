"""The lead of a report: the sentences that open it before its first incident is told.

A fact of how incident reports are written: the opening sentence names who did what, where and when ("On 3 May,
the XYZ Brigade intercepted a convoy near A."), and the sentences after it tell the outcome ("Nine were abducted").
Where the lead's own verb is no event word the cues know, the first incident opens only at the outcome, and the
group the lead names would be lost; the lead belongs to that incident. Only a short opening counts (at most
``_LEAD_MAX`` sentences, below any headline), only one in which no event word at all is found (a sentence whose
event the cues read and the incident rules set aside keeps out), only for the first incident told, and only where
that incident's opening sentence names no side itself (no armed group, state force, government or organization): a
news story's first sentence that reports another fact ("X said that a commander had fled") adds nothing to an
attack whose own sentence names its author.
"""

from __future__ import annotations

from sitrep.extract import event_cues as cues_mod
from sitrep.extract.incident_furniture import boilerplate
from sitrep.extract.incident_furniture import head_end as head_end_of
from sitrep.extract.incidents import Draft
from sitrep.records import Mention

_LEAD_MAX = 2  # a date line ("16 September.") and the lead itself
_SIDE_TYPES = frozenset({"armed_group", "state_force", "government", "organization"})  # spec §2 entity types


def with_lead(text: str, sents: list[tuple[int, int]], found: list[Draft],
              mentions: list[Mention]) -> list[Draft]:
    """``found`` with the report's lead joined to its first incident (to each part of it, where it was told in
    several places) as a later mention of it, so that its actors and places are read with it."""
    if not found:
        return found
    first = min(d.sents[0][0] for d in found)
    opening = next(e for d in found for s, e in d.sents[:1] if s == first)
    if any(first <= m.start < opening and m.type in _SIDE_TYPES for m in mentions):
        return found
    head = head_end_of(text)
    lead = [(s, e) for s, e in sents if e <= first]
    if not lead or len(lead) > _LEAD_MAX or lead[0][0] < head or any(
            boilerplate(text, s, e) or cues_mod.classify(text[s:e]) for s, e in lead):
        return found
    for d in found:
        if d.sents[0][0] == first:
            d.also.append(Draft(cue=d.cue, sents=list(lead), timex=None, salience=d.salience))
    return found


__all__ = ["with_lead"]
