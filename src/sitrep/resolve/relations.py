"""Relation history across documents: a later statement that a relation ended gives the old one an end.

:func:`supersede` is the rule for one new statement: given the relations the knowledge base holds for the new
relation's subject (and, for control of territory and exclusive posts, its object) and the new
relation with resolved entity ids, it returns the (old relation id, end date) pairs it gives. It
never ends a relation that began after the change, one that already has an end, or one that was
only denied or planned, and a new statement that is itself denied, planned, alleged or unconfirmed
ends nothing. The pipeline stores history through :func:`history` (below), which applies the same rules to
all stored relations at once.

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

:func:`history` decides the same over a set of stored relations at once, by their dates and never by the order
they were read: each relation's time is its stated start, else its document's publication date (when the text
says the relation held). A state (control, an exclusive post) of known time is ended only by an incompatible
one that holds strictly later, and the earliest such; a restatement of the same fact at that same time keeps the
period open (two sources at one date, one naming X, one Y: which came first is unknown), and a state of unknown
time is ended by no other state. A change (a defection, a new
pledge, a stated end) ends a state that held before or at it. Ties are broken by content, not by id, so that
the result is the same whatever order the documents were ingested in.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
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


CHANGES = frozenset({"defected_from", "pledged_allegiance_to"})
# the predicates a rule lets end, or be ended by, a statement of another fact; a statement of any other predicate
# (hostile_to, allied_with, ...) ends, and is ended by, only a statement of its own fact with a stated end
HISTORY_PREDICATES = frozenset({*AFFILIATIONS, "defected_from", "controls"})


def changes_nothing(row: Mapping[str, Any], fact_has_end: Callable[[], bool]) -> bool:
    """Whether storing ``row`` (a new relation) leaves every end as it was, its own open: a predicate no rule relates
    to another fact, no end of its own, and no statement of its fact with an end (stated or decided; what a
    restatement could reopen). Such a statement is not compared with the others of its fact at all, however often
    the fact was stated (``fact_has_end``: whether one of them has an end, as ``kb.reads.fact_has_end`` reads;
    asked only of the other predicates)."""
    return row.get("predicate") not in HISTORY_PREDICATES and not row.get("end_date") and not fact_has_end()
_FACT = ("predicate", "subject_id", "object_id", "role")


Key = tuple[tuple[str, Any], ...]
_PLEDGES = ("member_of", "pledged_allegiance_to")
_POSTS = ("holds_position", "leader_of")


def partner_keys(row: Mapping[str, Any]) -> list[Key]:
    """The keys under which ``row`` meets every relation it may end, be ended by or restate: two relations that
    share no key are never compared. Each key is the (column, value) pairs the rows under it agree on (a tuple
    value: one of those), so the knowledge base reads a key's rows by its indexes (``kb.reads.relation_history``).

    The statements of one fact, a stated end and a defection meet under their subject and object; pledges and
    memberships under their subject (a new pledge ends another); control under its place; an exclusive post
    under its predicate, office and role."""
    pred, subj, obj, role = (row.get(k) for k in _FACT)
    keys: list[Key] = [(("subject_id", subj), ("object_id", obj))]
    if pred in _PLEDGES:
        keys.append((("subject_id", subj), ("predicate", _PLEDGES)))
    if pred == "controls" and obj:
        keys.append((("object_id", obj), ("predicate", "controls")))
    if pred in _POSTS and obj and role in EXCLUSIVE_ROLES:
        keys.append((("object_id", obj), ("predicate", pred), ("role", role)))
    return keys


def history(rows: Sequence[Mapping[str, Any]], decide: Sequence[str]) -> dict[str, tuple[str, str] | None]:
    """For each relation id of ``decide``: (end date, id of the relation that ended it), or None when none did.

    ``rows`` are stored relations as dicts with ``id``, ``predicate``, ``subject_id``, ``object_id``, ``role``,
    ``start_date``, ``end_date``, ``superseded_by``, ``certainty``, ``object_type`` and ``published`` (their
    document's date); they must hold every relation sharing a :func:`partner_keys` key with those of ``decide``.
    Only ends this function gives are decided: a row whose end the text stated (an end and no
    ``superseded_by``) is given None and keeps its end.
    """
    by_id = {str(r["id"]): r for r in rows}
    near: dict[Key, list[Mapping[str, Any]]] = {}
    facts: dict[tuple[Any, ...], list[Mapping[str, Any]]] = {}
    for r in rows:
        for k in partner_keys(r):
            near.setdefault(k, []).append(r)
        facts.setdefault(tuple(r.get(k) for k in _FACT), []).append(r)
    out: dict[str, tuple[str, str] | None] = {}
    made: dict[int, RelationRecord] = {}  # each partner as a new statement, made once
    once: dict[tuple[Any, ...], tuple[str, str] | None] = {}  # decided once per fact, time and standing
    for rid in decide:
        row = by_id[rid]
        if (row.get("end_date") and not row.get("superseded_by")) or row.get("certainty") in ("denied", "planned"):
            out[rid] = None
            continue
        standing = _standing(row)
        if standing in once:
            out[rid] = once[standing]
            continue
        best: tuple[tuple[Any, ...], str, str] | None = None
        same = facts[tuple(row.get(k) for k in _FACT)]
        for n in _partners(row, near):
            if n.get("certainty") not in FIRM:
                continue
            new = made.get(id(n))
            if new is None:
                new = made[id(n)] = _as_new(n)
            end = _ended_by(row, n, same, new)
            if end is not None:
                key = (_sortable(end), *(str(n.get(k) or "") for k in (*_FACT, "start_date", "doc_id")))
                if best is None or key < best[0]:
                    best = (key, end, str(n["id"]))
        out[rid] = once[standing] = None if best is None else (best[1], best[2])
    return out


def _standing(row: Mapping[str, Any]) -> tuple[Any, ...]:
    """What a relation's end is decided on: its fact, its time, its certainty and its object's type, and not which
    statement of it (id, document) it is. Two open statements of one fact at one time never end each other (only a
    stated end ends its own fact, and a row with one is not decided), so every partner gives each of them the same
    end: they are decided once."""
    return (*(row.get(k) for k in _FACT), row.get("start_date") or row.get("published"), row.get("certainty"),
            row.get("object_type"))


def touched(rows: Sequence[Mapping[str, Any]], rel_id: str) -> list[str]:
    """The relations of ``rows`` whose end a newly stored relation ``rel_id`` (one of ``rows``) may change: itself,
    those it may end, and the other statements of its fact that an end at its time ended (a restatement at the
    time of an end keeps the period open). ``rows`` must hold the relations sharing a :func:`partner_keys` key
    with it, and their ends must be those :func:`history` gives them without it.

    A restatement changes no other statement of its fact but these: it takes away only the candidate ends at its
    own time, so a statement whose decided end lies at another time keeps it, and an open one stays open. The
    statements of a much-restated fact are therefore not all decided again each time it is stated once more."""
    n = next(r for r in rows if str(r["id"]) == rel_id)
    fact = tuple(n.get(k) for k in _FACT)
    when = n.get("start_date") or n.get("published")
    near: dict[Key, list[Mapping[str, Any]]] = {}
    for r in rows:
        for k in partner_keys(r):
            near.setdefault(k, []).append(r)
    out = [rel_id]
    for r in _partners(n, near):
        if (tuple(r.get(k) for k in _FACT) == fact and _reopened(r, when)) or _ended_by(r, n, ()) is not None:
            out.append(str(r["id"]))
    return out


def _reopened(row: Mapping[str, Any], when: str | None) -> bool:
    """Whether a statement of ``row``'s fact at ``when`` may take away ``row``'s decided end (that end is at
    ``when``, on the precision both share)."""
    end = row.get("end_date")
    if not (when and end and row.get("superseded_by")):
        return False
    return _before_or_same(end, when) and _before_or_same(when, end)


def _partners(row: Mapping[str, Any], near: Mapping[Key, Sequence[Mapping[str, Any]]]) -> list[Mapping[str, Any]]:
    """The other rows sharing a key with ``row``, each once, in the order ``near`` holds them."""
    seen = {id(row)}
    out = []
    for k in partner_keys(row):
        for r in near.get(k, ()):
            if id(r) not in seen:
                seen.add(id(r))
                out.append(r)
    return out


def _as_new(n: Mapping[str, Any]) -> RelationRecord:
    """A stored relation as the newly read statement that may end others."""
    return RelationRecord(predicate=str(n["predicate"]), subject=str(n["subject_id"]), object=n.get("object_id"),
                          evidence=(), extractor="", version="", role=n.get("role"),
                          start=n.get("start_date") or n.get("published"),
                          end=None if n.get("superseded_by") else n.get("end_date"), certainty=str(n["certainty"]))


def _ended_by(row: Mapping[str, Any], n: Mapping[str, Any], same: Sequence[Mapping[str, Any]],
              new: RelationRecord | None = None) -> str | None:
    """The end ``n`` gives ``row`` by their dates, or None (``same``: the statements of ``row``'s fact; ``new``:
    ``_as_new(n)`` when the caller has it)."""
    when = n.get("start_date") or n.get("published")
    new = new if new is not None else _as_new(n)
    end = _ends(row, new, new.subject, new.object, n.get("object_type"), when)
    if end is None:
        return None
    held = row.get("start_date") or row.get("published")
    if not _before_or_same(held, end):
        return None
    if end == new.end or new.predicate in CHANGES:
        return end  # a change ends what held before or at it
    if not held or _before_or_same(end, held):
        return None  # a state of unknown date, or two states at one date: which came first is unknown
    # the same fact restated at that date: the period goes on
    for r in same:
        t = r.get("start_date") or r.get("published")
        if t and r.get("certainty") in FIRM and _before_or_same(end, t) and _before_or_same(t, end):
            return None
    return end


def _sortable(date: str) -> tuple[str, ...]:
    m = _DATE.match(date)
    return tuple(g or "" for g in m.groups()) if m else (date,)


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
