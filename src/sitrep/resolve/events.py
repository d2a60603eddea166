"""Cross-document event coreference: the same attack told by several documents is one event.

An event of the new document is the same as a known one when both are of the same ACLED event
type, their dates are within two days of each other, they happened at the same place (the same
location entity: resolution gives one entity to one place), the actors one names are among the
other's (or one side names none) and their sub-types agree. When both texts state the day outright ("On
23-April-2019", "on April 24"), the days must be the same: two stated days are two events, while a day read from
"yesterday" or from the publication date may be a day off. An event without a day-precise date or a place is never
merged, and each known event takes at most one event of a document.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from sitrep.dates import parse_iso_day, shift_days
from sitrep.records import EventRecord, PreparedDocument, Resolution
from sitrep.resolve.store import ResolutionStore

WINDOW_DAYS = 2
_RELATIVE = re.compile(r"\b(?:ago|last|next|past|previous|earlier|later|since|before|after|this|that)\b", re.I)


def stated_day(text: str | None) -> bool:
    """Whether a date's text names its day outright: a number and no word that counts from another day."""
    if not text:
        return False
    return any(c.isdigit() for c in text) and not _RELATIVE.search(text)


def _shift(iso: str, days: int) -> str | None:
    day = parse_iso_day(iso)
    shifted = shift_days(day, days) if day is not None else None
    return shifted.isoformat() if shifted is not None else None


def _distance(iso: str | None, day: str) -> int:
    try:
        return abs((date.fromisoformat(iso or "") - date.fromisoformat(day)).days)
    except ValueError:
        return WINDOW_DAYS + 1


def _matches(ev: EventRecord, cand: dict[str, Any], res: Resolution) -> bool:
    if cand.get("type") != ev.type:
        return False
    if ev.sub_type and cand.get("sub_type") and cand["sub_type"] != ev.sub_type:
        return False
    if stated_day(ev.date.text) and stated_day(cand.get("date_text")) and cand.get("date_start") != ev.date.start:
        return False
    place = res.keys.get(ev.location or "")
    if place is None or place != cand.get("location_id"):
        return False
    mine = {res.keys.get(a.key) for a in ev.actors if a.role in ("actor1", "actor2")} - {None}
    theirs = set(cand.get("actor_ids") or [])
    # one side may name fewer actors, but named sides must not differ: soldiers killed by the Taliban and militiamen
    # killed by the Taliban the same day in the same district are two events
    return not (mine and theirs) or mine <= theirs or theirs <= mine


def same_events(kb: ResolutionStore, prep: PreparedDocument, res: Resolution) -> dict[int, str]:
    """Events of ``prep`` that the base already holds: index in ``prep.extractions.events`` -> event id."""
    out: dict[int, str] = {}
    used: set[str] = set()
    for i, ev in enumerate(prep.extractions.events):
        if not ev.date.start or ev.date.precision != "day" or not ev.location:
            continue
        lo, hi = _shift(ev.date.start, -WINDOW_DAYS), _shift(ev.date.end or ev.date.start, WINDOW_DAYS)
        place = res.keys.get(ev.location)
        if lo is None or hi is None or place is None:
            continue  # an event at no place of the base matches none (``_matches``)
        day = ev.date.start
        # the nearest day first: "yesterday" in a later report is the event of that day, not of the day after
        near = kb.events_between(lo, hi, ev.type, place)
        for cand in sorted(near, key=lambda c: _distance(c.get("date_start"), day)):
            if cand["id"] in used or not _matches(ev, cand, res):
                continue
            out[i] = cand["id"]
            used.add(cand["id"])
            break
    return out
