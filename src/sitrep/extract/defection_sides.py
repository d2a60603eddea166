"""The sides of a change to a group's activity: who defected or surrendered to whom, and the person who changed
sides when the note names one; and the side a surrender (ACLED's agreement) was made to."""

from __future__ import annotations

import re

from sitrep.extract import event_actors as actors_mod
from sitrep.extract import event_cues as cues_mod
from sitrep.extract.incidents import Draft
from sitrep.lexicon.countries import word_index, word_pattern
from sitrep.records import EntityRef, Mention
from sitrep.spans import starting_between


def defection_sides(cue_text: str, roles: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """A defection from an armed group to the state: the group left is actor1, the state's force actor2 (ACLED's
    order), whichever the sentence names first."""
    if not re.match(r"defect|surrender|switch", cue_text, re.I):
        return roles
    group = next(((k, r, f) for k, r, f in roles if f == "rebels"), None)
    state = next(((k, r, f) for k, r, f in roles if f in actors_mod.STATE_FAMILIES), None)
    if group is None or state is None or group[1] == "actor1":
        return roles
    rest = [(k, "assoc_actor_2" if r in ("actor1", "actor2") else r, f) for k, r, f in roles
            if (k, r, f) not in (group, state)]
    return [(group[0], "actor1", group[2]), (state[0], "actor2", state[2]), *rest]


def person_who_changed(mentions: list[Mention], main: tuple[int, int], cue: cues_mod.Cue,
                       known: set[str]) -> list[tuple[str, str, str]]:
    """The person who defected or pledged allegiance ("Qari Hekmat, a Taliban leader, switched allegiance"): the
    person named last before the trigger, as an associated actor of the side they came from."""
    at = main[0] + cue.span[0]
    before = [m for m in starting_between(mentions, main[0], at + 1) if m.type == "person" and m.entity_key
              and m.end <= at and at - m.end <= 120]
    if not before or before[-1].entity_key in known:
        return []
    return [(str(before[-1].entity_key), "assoc_actor_1", "person")]


def changed_sides(sub: str, roles: list[tuple[str, str, str]], sentence: str, draft: Draft,
                  mentions: list[Mention]) -> list[tuple[str, str, str]]:
    """The sides of a change to a group's activity told by ``draft`` (its lead ``sentence``): who defected to
    whom, and the person who changed sides; other events' ``roles`` unchanged."""
    if sub != "Change to group/activity":
        return roles
    roles = defection_sides(sentence[slice(*draft.cue.span)], roles)
    for told in (draft, *draft.also):  # the lead may name no one ("a commander"); a later mention does
        roles += person_who_changed(mentions, told.sents[0], told.cue, {k for k, _, _ in roles})
    return roles


def surrender_sides(sub: str, roles: list[tuple[str, str, str]], said: str, country: str | None, date: str | None,
                    refs: dict[str, EntityRef]) -> list[tuple[str, str, str]]:
    """A surrender (ACLED's agreement) told as made to the state (``said``: the incident's sentences) where no
    state actor was found: the side surrendered to is actor2, "Government of X" for a government or its heads
    (``surrendered_to_government``: "surrendered before the chief minister"), else the state's forces for its
    officials or an office (``surrendered_to_officials``); the surrendering group is actor1 (a named one before
    an unnamed one), the others associated."""
    roles = _surrendered_to_force(sub, roles, said)
    sides = [(k, r, f) for k, r, f in roles if r in ("actor1", "actor2")]  # read after a force is made actor2
    if sub != "Agreement" or not country or any(f in (*actors_mod.STATE_FAMILIES, "government", "external")
                                                 for _, _, f in sides):
        return roles
    filters = cues_mod.table().filters
    m = filters["surrendered_to_government"].search(said)
    family = "government" if m else "police"
    m = m or filters["surrendered_to_officials"].search(said)
    if m is None:
        return roles
    named = [x.group() for x in word_pattern().finditer(m.group())] if family == "government" else []
    owner = word_index()[named[-1]][0] if named else None  # "surrendered to the Ugandan president"
    ref = actors_mod.generic_entity(family, owner or country, date)
    refs[ref.key] = ref
    group = sorted(sides, key=lambda x: x[2] == "unidentified")[:1]
    rest = [(k, "assoc_actor_1" if r in ("actor1", "actor2") else r, f) for k, r, f in roles
            if (k, r, f) not in group and k != ref.key]
    return [*[(k, "actor1", f) for k, _, f in group], (ref.key, "actor2", family), *rest]


def _surrendered_to_force(sub: str, roles: list[tuple[str, str, str]], said: str) -> list[tuple[str, str, str]]:
    """A surrender told as made to a state's forces ("fighters of X and Y surrendered to the army's troops") whose
    one state force the sides left an associated actor: that force is actor2 (the codebook's side surrendered to),
    the group named as actor2 beside the surrendering one its associated actor."""
    if sub != "Agreement" or not cues_mod.table().found("surrendered_to_forces", said):
        return roles
    states = {k for k, _, f in roles if f in actors_mod.STATE_FAMILIES}
    a2 = next(((k, r, f) for k, r, f in roles if r == "actor2"), None)
    state = next(((k, r, f) for k, r, f in roles if k in states and r == "assoc_actor_2"), None)
    if len(states) != 1 or state is None or a2 is None or a2[2] in (*actors_mod.STATE_FAMILIES, "government",
                                                                        "external"):
        return roles
    out = [(k, "assoc_actor_1" if (k, r, f) == a2 else r, f) for k, r, f in roles if (k, r, f) != state]
    at = next(i for i, x in enumerate(out) if x[1] == "assoc_actor_1" and x[0] == a2[0])
    return [*out[:at], (state[0], "actor2", state[2]), *out[at:]]
