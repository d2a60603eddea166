"""What a sentence names without reporting it as happening: the cue words the event coder (``events._group``)
sets aside before it opens an event.

A plan, hope, call or threat ("will launch an offensive"), a print-edition credit or "read also" line, a record
of many attacks ("has carried out similar attacks"), a count over months or years ("since March", "in recent
weeks"), a section heading, "agreed that"; and, from the cue table's filters (``data/events/cues.yaml``), a
development named in the plural or of a vague many, a verb in the simple present describing a kind, and the
present of an era. General facts of English tense, aspect, mood and number, not the wording of any sentence.
"""

from __future__ import annotations

import re

from sitrep.extract import event_cues as cues_mod

# a clause about something else that carries its own period: "French troops, which have been there since 2013"
_RELATIVE = re.compile(r",\s*(?:which|who|whose|where)\b[^,;]*$", re.I)


# "may" the modal, not the month ("staged a May Day protest", "on 1 May")
_UNREAL = re.compile(r"\b(?:will|would|could|(?-i:may)|might|should|shall|hope[sd]?|hoping|calls?\s+on|calling\s+on|"
                     r"called\s+on|urged?|urging|plans?|planning|planned|intends?|threaten(?:s|ed)?|vow(?:s|ed)?|ready|preparing|"
                     r"prepared|expected|if|unless|whether)\b[^.;,]{0,60}$", re.I)
_NOT_A_REPORT = re.compile(r"appeared\s+in\s+the\s+print\s+edition|\bwith\s+the\s+headline\b|^\W*(?:read|see)\s+also\b",
                           re.I)


# a record of many attacks, not one: "ISK-P has carried out similar attacks in Afghanistan"; not a deed told in the
# perfect infinitive after a claim ("claimed to have launched shelling attacks on the army's positions in X")
_TALLY = re.compile(r"(?<!\bto\s)\b(?:has|have)\s+(?:(?:also|since|repeatedly|now)\s+)?"
                    r"(?:carried\s+out|perpetrated|conducted|staged|launched|mounted)\s+(?:[\w-]+\s+){0,3}?(?:attacks|operations|strikes|bombings|raids|"
                    r"assaults)\b", re.I)


# a count over months or years, not one event: "killed nearly 2,000 fighters during the past year", "1,400
# operations since March"
_PERIOD = re.compile(r"\b(?:since\s+(?:(?:early|late|mid-?)\s*)?(?:January|February|March|April|May|June|July|August|"
                     r"September|October|November|December|(?:19|20)\d\d|last\s+year)\b(?!\s+\d)|(?:during|over|in|"
                     r"throughout)\s+the\s+(?:past|last|previous)\s+(?:[\w-]+\s+){0,3}?(?:months|years?)\b)")
# a period that opens the report ("In recent weeks, the military has pulled more troops ... airstrikes")
_RECENT = re.compile(r"\b[Ii]n\s+recent\s+(?:weeks|months|years)\b")

# "one of the worst attacks in the capital since 2001": the period measures a record, the attack is one event
_SUPERLATIVE = re.compile(r"\b(?:worst|deadliest|bloodiest|biggest|largest|heaviest|first|most\s+\w+|highest)\b"
                          r"[^.;]{0,50}$", re.I)


# "agreed that", "agreed with the minister": assent to a statement or a person; not "agreed with the government on a
# ceasefire" or "to release the prisoners", a deal between parties on a matter
_ASSENT = re.compile(r"agreed\s+(?:that\b|with\b(?!(?:\s+(?!that\b)[\w'’-]+){1,6}?\s+(?:on|over|to)\s+"
                     r"(?!th(?:is|at|e\s+need)\b)))", re.I)


def not_happened(sentence: str, cue: cues_mod.Cue, alone: bool = False) -> bool:
    """A cue that reports nothing that happened: a plan, hope or call ("will launch an offensive", "calling on
    them to launch an offensive"), a section heading ("Recruitment Drive"), a print-edition credit line, a count
    over months or years, or "agreed that" (assent to a statement, not an agreement). ``alone``: the sentence is
    the whole document: written as a sentence, not in a heading's title case, it is a one-line report ("Rebels
    attack army post")."""
    if _NOT_A_REPORT.search(sentence):
        return True
    if (tally := _TALLY.search(sentence)) and not one_act(sentence, tally.start(), alone):
        return True
    period = _PERIOD.search(sentence)
    if period and period.start() > cue.span[1] and _RELATIVE.search(sentence[cue.span[1]:period.start()]):
        period = None  # the period belongs to a relative clause after the event, not to the event
    if period and period.start() >= cues_mod.claim_at(sentence, cue):
        period = None  # the period of a demonstration's grievance ("denounce the losses of the last three years")
    if cue.type != cues_mod.STRATEGIC and period and not _SUPERLATIVE.search(sentence[:period.start()]):
        return True
    if cue.type != cues_mod.STRATEGIC and (recent := _RECENT.search(sentence)) and recent.start() < cue.span[0]:
        return True
    words = sentence.split()
    # a heading is in title case ("Recruitment Drive"); a one-line report is written as a sentence
    told = alone and any(w[:1].islower() for w in words[1:])
    if not told and len(words) <= 4 and not re.search(r"[.!?\"”]\s*$", sentence) and not re.search(r"\d", sentence):
        return True
    if cue.span[0] > 0 and _UNREAL.search(sentence[:cue.span[0]]):
        return True
    if no_incident_of_its_own(sentence, cue):
        return True
    return cue.sub_type == "Agreement" and bool(_ASSENT.match(sentence[cue.span[0]:]))


def one_act(sentence: str, verb: int, alone: bool = False) -> bool:
    """A deed told in the present perfect that is one act, not a record of many: no word of number, likeness or
    repetition, no stretch of time or space ("have carried out dozens of attacks this year", "has staged similar
    raids across the north" are tallies), and the day it took place named ("has launched air strikes on the camp
    on Monday", after the verb at ``verb`` or opening the sentence: not the day of a saying, "said on Monday that
    the group has carried out attacks") or the sentence the whole document (a one-line report)."""
    day = cues_mod.context("one_occasion")
    if cues_mod.context("tally_many").search(re.sub(r"\b(?:19|20)\d\d\b", " ", day.sub(" ", sentence))):
        return False
    return alone or day.search(sentence, verb) is not None or day.match(sentence) is not None


def no_incident_of_its_own(sentence: str, cue: cues_mod.Cue) -> bool:
    """The sentence names the event but tells no incident (the cue table's filters, facts of English): a
    development named by a noun in the plural or of a vague many ("bolstered by defections", "the defection of
    some of its leaders"); a verb in the simple present describing a kind ("groups that threaten its security"); a
    relative clause in the present progressive ("fighters who are fleeing air strikes"); the present of an era
    ("Today, their militias are hunting our men and killing them"); a vague many in the present perfect with no
    incident named ("a large number of its fighters have been killed"), a tally over a time."""
    word, before = sentence[cue.span[0]:cue.span[1]], sentence[:cue.span[0]]
    if cue.type == cues_mod.STRATEGIC and (cues_mod.context("plural_development").fullmatch(word)
                                           or cues_mod.context("vague_many_after").match(sentence[cue.span[1]:])):
        return True
    if cue.type in (cues_mod.PROTESTS, cues_mod.RIOTS):
        return False  # a demonstration's cue may span the purpose a relative clause gives ("a veteran who is
        # walking to the capital to protest"), while the gathering is told in the main clause
    first = word.split()[0] if word.split() else word
    present = not re.search(r"(?:ed|ing)$", first, re.I) and not cues_mod.context("past_irregular").match(first)
    if cues_mod.context("vague_tally").search(sentence) and not cues_mod.context("incident_named").search(sentence):
        return True
    era = cues_mod.context("present_era").search(sentence)
    return (present and bool(cues_mod.context("relative_before").search(before))) \
        or bool(cues_mod.context("relative_ongoing_before").search(before)) \
        or (era is not None and era.start() < cue.span[0])


__all__ = ["no_incident_of_its_own", "not_happened", "one_act"]
