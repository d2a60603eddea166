"""Relation history across documents: a later statement that a relation ended gives the old one an end.

:func:`supersede` is pure: given the relations the knowledge base already holds for the new
relation's subject (and, for control of territory and exclusive posts, its object) and the new
relation with resolved entity ids, it returns the (old relation id, end date) pairs to write. It
never ends a relation that began after the change, one that already has an end, or one that was
only denied or planned, and a new statement that is itself denied, planned, alleged or unconfirmed
ends nothing.

What ends what:

* ``defected_from(S, O)`` from date d ends S's ``member_of``, ``leader_of``, ``holds_position`` and
  ``pledged_allegiance_to`` with O at d;
* ``pledged_allegiance_to(S, O2)`` from d ends S's pledge to any other O at d, and ``member_of``
  with another armed group when both objects are known to be armed groups (``object_type``);
* ``controls(S2, L)`` from d ends another actor's ``controls(S1, L)`` at d, unless the two are one family in
  the dictionaries (ISKP holding what the Islamic State held is no change of hands);
* an exclusive post (``holds_position``/``leader_of`` with a role such as governor, police chief,
  district chief, leader, emir) of O taken by S2 from d ends S1's same post of O at d;
* a new relation with an ``end`` ends the same open relation (same predicate, subject, object,
  role) at that end.

Dates are TIMEX3 prefixes (2017, 2017-06, 2017-06-03); a relation whose start is not comparable
(unknown digits) is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from sitrep.nlp.matcher import default_matcher
from sitrep.records import RelationRecord

EXCLUSIVE_ROLES = frozenset({
    "governor", "deputy governor", "district governor", "district chief", "police chief", "deputy police chief",
    "mayor", "president", "vice president", "prime minister", "chief executive", "leader", "emir", "supreme leader",
    "intelligence chief", "chief of staff", "shadow governor", "shadow district chief", "chief",
})
AFFILIATIONS = ("member_of", "leader_of", "holds_position", "pledged_allegiance_to")
FIRM = frozenset({"asserted", "reported", "claimed"})
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def supersede(existing: Sequence[Mapping[str, Any]], new: RelationRecord, subject_id: str, object_id: str | None,
              *, object_type: str | None = None, fallback_date: str | None = None) -> list[tuple[str, str]]:
    """(old relation id, end date) for every relation of ``existing`` that ``new`` shows to have ended.

    ``existing`` rows are relations of the base as dicts with ``id``, ``predicate``, ``subject_id``,
    ``object_id``, ``role``, ``start_date``, ``end_date``, ``certainty`` and optionally
    ``object_type`` (the object entity's type). ``subject_id``/``object_id`` are the new relation's
    resolved entity ids, ``object_type`` its object's type. ``fallback_date`` (e.g. the document's
    publication date) is used as the end when the new relation carries no date of its own.
    """
    if new.certainty not in FIRM:
        return []
    out: list[tuple[str, str]] = []
    when = new.start or fallback_date
    for row in existing:
        if row.get("end_date") or row.get("certainty") in ("denied", "planned"):
            continue
        end = _ends(row, new, subject_id, object_id, object_type, when)
        if end is None or not _before_or_same(row.get("start_date"), end):
            continue
        out.append((str(row["id"]), end))
    return out


def _ends(row: Mapping[str, Any], new: RelationRecord, subject: str, obj: str | None, obj_type: str | None,
          when: str | None) -> str | None:
    pred, r_subj, r_obj, r_role = row.get("predicate"), row.get("subject_id"), row.get("object_id"), row.get("role")
    if new.end and pred == new.predicate and r_subj == subject and r_obj == obj and (r_role or None) == new.role:
        return new.end
    if when is None:
        return None
    if new.predicate == "defected_from" and r_subj == subject and r_obj == obj and pred in AFFILIATIONS:
        return when
    if new.predicate == "pledged_allegiance_to" and r_subj == subject and r_obj != obj:
        if pred == "pledged_allegiance_to":
            return when
        if pred == "member_of" and obj_type == "armed_group" and row.get("object_type") == "armed_group":
            return when
    if new.predicate == "controls" and pred == "controls" and r_obj == obj and r_subj != subject \
            and not same_family(str(r_subj), subject):
        return when
    if new.predicate in ("holds_position", "leader_of") and pred == new.predicate and r_obj == obj \
            and r_subj != subject and new.role in EXCLUSIVE_ROLES and r_role == new.role:
        return when
    return None


def same_family(a: str, b: str) -> bool:
    """Two actors of one family in the dictionaries (a branch and its parent, affiliates): a branch holding
    what its parent held is no change of hands."""
    actors = default_matcher().actors
    ea, eb = actors.get(a), actors.get(b)
    if ea is None or eb is None:
        return False
    return bool({a, *ea.affiliate_of, *([ea.parent] if ea.parent else [])}
                & {b, *eb.affiliate_of, *([eb.parent] if eb.parent else [])})


def _before_or_same(start: str | None, end: str) -> bool:
    """True when a relation that began at ``start`` can have ended at ``end`` (unknown start: yes)."""
    if not start:
        return True
    a, b = _DATE.match(start), _DATE.match(end)
    if a is None or b is None:
        return False
    # compare on the precision both share: 2017 vs 2017-06 compares years only
    for x, y in zip(a.groups(), b.groups(), strict=True):
        if x is None or y is None:
            return True
        if x != y:
            return x < y
    return True
