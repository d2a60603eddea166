"""Which coding a draft event keeps when more sentences tell of it (``events._group``): ACLED's codebook on
violence told after a strategic development, on looting with the people there attacked, and on the sentence that
tells what an event was more precisely."""

from __future__ import annotations

import re
from dataclasses import replace

from sitrep.extract import context_cues, context_filters
from sitrep.extract import event_cues as cues_mod
from sitrep.extract.context_filters import civilians_hurt
from sitrep.extract.incidents import Draft


def coding_told_on(text: str, cue: cues_mod.Cue, current: Draft) -> cues_mod.Cue:
    """The coding of a draft a sentence that joins it tells more of: its own, or the joining sentence's when that
    one tells what the event was more precisely."""
    told = text[current.sents[-1][0]:current.sents[-1][1]]  # the joining sentence
    if violence_on_the_looted(cue, current.cue) or territory_taken(cue, current.cue) \
            or war_remnant_told(told, cue, current.cue):
        return cue  # looting with the people there attacked: an attack; ground taken in the fight: its taking
    if current.cue.sub_type == _LOOTING and context_cues.is_weak(cue) and civilians_hurt(told):
        return replace(current.cue, type=cues_mod.VAC, sub_type="Attack")  # "... One of the drivers was injured."
    if not current.apart and fire_returned(told, cue, current.cue):  # the clash, where the explosive attack is told
        return replace(current.cue, type=cue.type, sub_type=cue.sub_type)
    if cue.type == current.cue.type and cue.strength > current.cue.strength \
            and (current.cue.type == cues_mod.EXPLOSIONS or "territory" in cue.sub_type
                 or context_cues.outranks_attack(cue)):
        return cue
    if cue.type == cues_mod.EXPLOSIONS and current.cue.sub_type == "Armed clash" and re.fullmatch(
            r"attack(?:s|ed)?", text[current.sents[0][0]:][slice(*current.cue.span)], re.I):
        return cue  # "a deadly attack ..." then "militants with suicide vests stormed ...": the how
    return current.cue


def fire_returned(sentence: str, cue: cues_mod.Cue, current: cues_mod.Cue) -> bool:
    """ACLED's codebook: an explosive weapon fired from the ground (rockets, a grenade, an IED) at a side that fired
    back, told in the sentence after ("militants fired rockets at a post. Police retaliated by exchanging fire"),
    is part of an armed clash; air strikes are coded apart (``incidents.from_the_air``)."""
    return cue.sub_type == "Armed clash" and current.type == cues_mod.EXPLOSIONS \
        and current.sub_type not in ("Air/drone strike", "Suicide bomb") and context_cues.two_sided(sentence)


def war_remnant_told(sentence: str, cue: cues_mod.Cue, current: cues_mod.Cue) -> bool:
    """ACLED's codebook: an explosion told first ("stepped on a landmine") of an explosive a later sentence says a
    past war left ("the mine exploded where fighting took place in the 1980s") is an explosive remnant of war, a
    strategic development (``context_filters.war_remnant``)."""
    return current.type == cues_mod.EXPLOSIONS and cue.type == cues_mod.STRATEGIC and cue.sub_type == "Other" \
        and context_filters.war_remnant(sentence)


def territory_taken(cue: cues_mod.Cue, current: cues_mod.Cue) -> bool:
    """ACLED's codebook: ground taken or regained outranks the fighting, the strikes or the attack that took it, told
    in the sentence before ("militants attacked the village. They took the nearby army base")."""
    return cue.type == cues_mod.BATTLES and "territory" in cue.sub_type and current.type in _VIOLENCE \
        and "territory" not in current.sub_type


_VIOLENCE = (cues_mod.BATTLES, cues_mod.EXPLOSIONS, cues_mod.VAC)


def violence_after_development(cue: cues_mod.Cue, current: cues_mod.Cue) -> bool:
    """Violence told after a strategic development ("he defected ... They started killing people") is an
    incident of its own, not a detail of the development (but see ``violence_on_the_looted``)."""
    return current.type == cues_mod.STRATEGIC and cue.type in (cues_mod.VAC, cues_mod.BATTLES, cues_mod.EXPLOSIONS) \
        and not context_cues.is_weak(cue) and not violence_on_the_looted(cue, current)


_LOOTING = "Looting/property destruction"


def violence_on_the_looted(cue: cues_mod.Cue, current: cues_mod.Cue) -> bool:
    """ACLED's codebook: looting or destruction of property in which the people there are attacked ("gunmen looted
    seven cars. The gunmen assaulted the passengers") is violence against civilians, one event."""
    return current.sub_type == "Looting/property destruction" and cue.type == cues_mod.VAC \
        and not context_cues.is_weak(cue)


__all__ = ["coding_told_on", "fire_returned", "territory_taken", "violence_after_development", "violence_on_the_looted",
           "war_remnant_told"]
