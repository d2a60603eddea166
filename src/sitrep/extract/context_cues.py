"""What an event's context says of its sides, read through the cue table: one-sided violence, an arrest by force,
force used on a crowd, a crowd that struck, two sides that fought or two crowds; and how a coding ranks beside an
attack. Split from ``event_cues``, whose ``classify`` gives the codings these refine."""

from __future__ import annotations

import re
from functools import lru_cache

from sitrep.extract.event_cues import (
    _ARMED_FIGHT,
    _FORCE_ATTACKED,
    _NOT_DONE,
    _ONE_SIDED_TOLD,
    _TABLE,
    _TAKEN,
    BATTLES,
    VAC,
    Cue,
    _applies,
    _hits,
    _search,
)
from sitrep.lexicon import countries

# organised armed groups (actor families): ACLED's codebook gives their fights to battles, not to mob violence
ORGANISED = frozenset({"rebels", "gang", "militia", "ethnic"})
_ONE_SIDED = tuple(c for c in _TABLE.codings if c.type == VAC and c.sub_type == "Attack")


# the verbs of violence done to a person, and of abduction
_HURT = (r"shot|killed|murdered|stabbed|beat|beaten|tortured|assaulted|attacked|injured|wounded|executed|beheaded|"
         r"abducted|kidnapped|shot\s+and\s+(?:killed|injured|wounded)|opened\s+fire\s+(?:on|at)|fired\s+(?:[\w-]+\s+){0,2}?(?:on|at)|"
         r"shot\s+at")
_COUNT = r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|several|some|dozens\s+of|\d+|at\s+least\s+\w+)"
# the demonym is the head noun when a preposition, a conjunction, a relative pronoun or punctuation follows it
_HEAD_END = (r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|near|at|on|during|while|after|from|who|and|as|inside|outside|when|with|by|"
             r"for|of|to|whose)\b)")


@lru_cache(maxsize=1)
def _nationals() -> re.Pattern[str]:
    """People named by their nationality, hurt or taken ("shot a Palestinian near ...", "abducted nine Kenyans"):
    a demonym as the head noun names people, no armed force (whose noun would follow: "Kenyan soldiers")."""
    names = {d for d, (_, kind) in countries.word_index().items() if kind == "demonym"}
    forms = sorted(names | {d + "s" for d in names if not d.endswith("s")}, key=len, reverse=True)
    alt = "|".join(re.escape(n) for n in forms)
    # ... or told in the passive: "a farmer was injured by a stray bullet", "two Kenyans were abducted"
    return re.compile(rf"\b(?:{_HURT})\s+{_COUNT}\s+(?-i:(?:{alt}))\b{_HEAD_END}|\b{_COUNT}\s+"
                      rf"(?-i:(?:{alt}))\s+(?:was|were)\s+(?:\w+\s+)?(?:{_HURT})\b", re.I)


def one_sided(context: str) -> bool:
    """``context`` (an event's sentences and the two after them) tells of violence against people who are no
    armed force, and of no fighting back: ACLED codes it as violence against civilians, not a battle."""
    hits = _hits(context)
    if hits.search("two_sided", "plain") is not None:
        return False  # a force attacked that fought back: ACLED's armed clash
    return any(_applies(c, hits) for c in _ONE_SIDED) or _nationals().search(context) is not None \
        or _ONE_SIDED_TOLD.search(context) is not None


def forced_arrest(context: str) -> bool:
    """``context`` tells of force used on people being arrested or held (beaten, tortured, harmed in custody):
    ACLED's codebook codes it as violence against civilians (an attack), not as an arrest."""
    hits = _hits(context)
    return hits.search("harm_in_custody") is not None or (
        hits.search("arrest_force") is not None and hits.search("arrest") is not None)


# what an arrest is for, not what was done to those arrested: "arrested for raping", "suspected of raping"
_CHARGE_BEFORE = re.compile(r"\b(?:for|with|over|of|in\s+connection\s+with)\s+(?:the\s+|an?\s+|alleged(?:ly)?\s+)*$",
                            re.I)


def _abused_in_custody(context: str) -> bool:
    """``context`` tells of sexual violence done to people arrested, not of the crime they were arrested for."""
    m = _hits(context).search("sexual")
    if m is None:
        return False
    before = context[max(0, m.start() - 60):m.start()]
    return not (_NOT_DONE.search(before) or _CHARGE_BEFORE.search(before))


def force_used(cue: Cue, context: str, force: bool) -> tuple[str, str] | None:
    """ACLED's codebook on force, read in ``context`` (an event's sentences and the two after them): people beaten
    or tortured while arrested, held or abducted are attacked (violence against civilians); a force (``force``: a
    state's among the actors) attacked that fought back is in an armed clash ("repelled by the army"), not the
    victim of a one-sided attack, and so is one whose post, patrol or vehicle was attacked. None when neither
    applies."""
    if cue.sub_type == "Arrests" and _abused_in_custody(context):
        return VAC, "Sexual violence"  # people arrested, then stripped or raped in custody
    if cue.sub_type == "Arrests" and forced_arrest(context):
        return VAC, "Attack"
    if cue.sub_type == "Abduction/forced disappearance" and _search("hurt", context):
        return VAC, "Attack"  # people abducted and beaten or tortured: the violence is the event
    if cue.type == VAC and cue.sub_type == "Attack" and ((force and two_sided(context)) or force_attacked(context)):
        return BATTLES, "Armed clash"
    return None


def people_taken(context: str) -> bool:
    """``context`` tells of people who are no armed force abducted (civilians, or people named by nationality)."""
    return _TAKEN.search(context) is not None or any(
        m.group().lower().startswith(("abduct", "kidnap")) for m in _nationals().finditer(context))


def armed_fight(context: str) -> bool:
    """``context`` tells of a fight fought with weapons (an armed clash; machetes, bows and arrows, guns): between
    communities, ACLED's codebook codes it as a battle of communal militias, not as mob violence."""
    return _ARMED_FIGHT.search(context) is not None


def force_engaged(context: str) -> bool:
    """``context`` tells of a state force a crowd fought or struck (attacked, stoned, clashed with, its post
    burned), or that used force on it, not of one that only came, intervened, rescued or arrested."""
    return _TABLE.found("force_engaged", context)


def force_acted(context: str) -> bool:
    """``context`` tells of a state force that fought a crowd (``force_engaged``) or acted on it: intervened,
    dispersed it, used tear gas, arrested or removed demonstrators (the intervention cues of protests)."""
    return force_engaged(context) or _stepped_in(context)


def _stepped_in(context: str) -> bool:
    """``context`` tells of a state force that intervened, dispersed a crowd, used tear gas, arrested or removed
    demonstrators (the intervention cues of protests)."""
    return _search("intervention", context) is not None \
        or _TABLE.found("force_stepped_in", context)


def crowd_struck(context: str) -> bool:
    """``context`` tells of a crowd that struck people or what belongs to them (a journalist assaulted, a passing
    vehicle stoned, a shop looted): the civilians of a violent demonstration."""
    return _TABLE.found("crowd_struck", context)


def crowd_forces(context: str) -> tuple[bool, bool, bool]:
    """What ``context`` tells of a demonstration's other side: (``force_engaged``, ``force_acted``,
    ``crowd_struck``)."""
    engaged = force_engaged(context)
    return engaged, engaged or _stepped_in(context), crowd_struck(context)


def unopposed(context: str, bare: bool = False) -> bool:
    """``context`` tells of ground that changed hands with no fight (said so, or left by those who held it) and of
    no one hurt: ACLED's non-violent transfer of territory. ``bare``: ground taken by a non-state group, which
    ACLED's codebook gives to a battle only through armed interaction, changed hands without one when no fighting,
    attack or casualty is told at all ("rebels overtook X.")."""
    hits = _hits(context)
    return (bare or hits.search("unopposed") is not None) and hits.search("hard_violence", "plain") is None


def force_attacked(context: str) -> bool:
    """``context`` tells of an armed force, its post, vehicle or patrol attacked: a battle in ACLED's codebook."""
    return _FORCE_ATTACKED.search(context) is not None


def two_sided(context: str) -> bool:
    """``context`` tells of fighting between two sides (a clash, an exchange of fire)."""
    return _hits(context).search("two_sided", "plain") is not None


def two_crowds(context: str) -> bool:
    """``context`` tells of two crowds that fought each other ("a brawl between two groups of villagers"), not of
    a crowd and the force that came to stop it."""
    return _TABLE.found("two_crowds", context)


def outranks_attack(cue: Cue) -> bool:
    """ACLED's codebook: sexual violence told of an attack on civilians (they were attacked, killed, then raped)
    makes the whole event sexual violence."""
    return cue.type == VAC and cue.sub_type == "Sexual violence"


def is_weak(cue: Cue) -> bool:
    """A coding that rests on a casualty word alone ("3 were killed"): it elaborates the event before it."""
    return cue.strength <= 0.55
