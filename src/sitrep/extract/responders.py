"""A state force that only responded to an incident is no side of it.

ACLED codes who carried out an event and who suffered it, not who came afterwards: the police or army a later
sentence tells arrived, were called, arrested, recovered, rescued, freed, seized or investigated ("Police later
arrested two suspects") are no actor of the attack, looting or clash the first sentence tells, unless they fought
(``force_fought_later``), a battle's first sentence names not both its sides (``sides_named``), or the first
sentence names a state force (whom "the police" later names again). Demonstrations keep their own reading
(``crowd_actors``: a force that intervened at a crowd is its actor2), and an arrest or seizure is the force's.
"""

from __future__ import annotations

from sitrep.extract import event_actors as actors_mod
from sitrep.extract.event_cues import table

_T = table()
_RESPONDED, _FOUGHT, _SIDES = (_T.filters[n] for n in ("force_responded", "force_fought_later", "sides_named"))
_FOUND_BODY = _T.filters["force_found_body"]
_STATE = frozenset({"police", "military"})
# the events whose sides are who struck and who was struck; an arrest or a seizure is the responding force's own
_STRUCK = frozenset({"Battles", "Violence against civilians", "Explosions/Remote violence",
                     "Looting/property destruction"})


def responders(type_: str, sub_type: str, occs: list[actors_mod.Occurrence], text: str,
               sents: list[tuple[int, int]]) -> set[str]:
    """The keys of the state forces ``occs`` names only in sentences after the incident's first (``sents``: its
    sentences, in order, the first the one that tells it), which tell a response and no fight; only for an
    event of ``_STRUCK`` (``type_``, ``sub_type``). Outside battles, also the forces named only as the finders of a
    body, in any sentence (``body_finders``)."""
    if not (type_ in _STRUCK or sub_type in _STRUCK):
        return set()
    # (a battle's force may still be a side, whatever else it did)
    found = crowds_beside_battle(occs) if type_ == "Battles" else body_finders(occs, text)
    if len(sents) < 2:
        return found
    first_end = sents[0][1]
    if type_ == "Battles" and not _SIDES.search(text, sents[0][0], first_end):
        return found  # a battle whose first sentence names not both sides: the force may be the other side
    if any(o.family in _STATE and o.start < first_end for o in occs) or any(
            actors_mod.generic_phrases(f).search(text, 0, first_end) for f in _STATE):
        return found  # "the police" after a force named up to the incident's first sentence is that force again
    out: set[str] = set()
    for key in {o.key for o in occs if o.family in _STATE}:
        mine = [o for o in occs if o.key == key]
        if any(o.start < first_end for o in mine):
            continue
        told = [text[s:e] for s, e in sents if any(s <= o.start < e for o in mine)]
        if any(_RESPONDED.search(t) for t in told) and not any(_FOUGHT.search(t) for t in told):
            out.add(key)
    return out | found


def body_finders(occs: list[actors_mod.Occurrence], text: str) -> set[str]:
    """The keys of the state forces ``occs`` names only as the finders of a body ("a patrol later came upon a corpse
    by the roadside"): they came upon the killing's outcome, they are no side of it."""
    out: set[str] = set()
    for key in {o.key for o in occs if o.family in _STATE}:
        if all(_FOUND_BODY.match(text[o.end:o.end + 120]) for o in occs if o.key == key):
            out.add(key)
    return out


# the families of organised armed sides: ACLED's battles are fought between them
_ARMED = frozenset({"military", "police", "militia", "rebels", "unidentified", "external"})
_CROWDS = frozenset({"rioters", "protesters"})


def crowds_beside_battle(occs: list[actors_mod.Occurrence]) -> set[str]:
    """The keys of the crowds (rioters, protesters) a battle's text names beside two organised armed sides ("gunmen
    and troops fired at each other; youths threw stones at the troops meanwhile"): ACLED's codebook
    fights a battle between organised armed groups; the crowd's riot beside it is an event of its own, no side."""
    armed = {o.key for o in occs if o.family in _ARMED}
    return {o.key for o in occs if o.family in _CROWDS} if len(armed) >= 2 else set()


__all__ = ["body_finders", "crowds_beside_battle", "responders"]
