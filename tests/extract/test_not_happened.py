"""What a sentence names without reporting it as happening (``sitrep.extract.not_happened``): facts of English
tense, aspect and number that the cue table's filters state. Each non-event is set beside a report of the same
kind that stays an event."""

from __future__ import annotations

import pytest

from sitrep.extract import event_cues
from sitrep.extract.events import find_events
from sitrep.extract.not_happened import not_happened
from sitrep.nlp.annotate import annotate
from sitrep.records import Document


def _kinds(text: str) -> list[str]:
    doc = Document(id="d", source="d", text=text, format="text", published="2020-03-12")
    return [e.sub_type for e in find_events(doc, annotate(doc)).events]


@pytest.mark.parametrize("text", [
    # a development named in the plural, or of a vague many: a process over time
    "Weakened by defections to the government, the movement is losing ground in the hills.",
    "The rebels have long seen the defection of some of their commanders to the army as a betrayal.",
    # a verb in the simple present in a relative clause describes a kind of group
    "The new law punishes armed groups that recruit children in the valley.",
    # a relative clause in the present progressive: what people are doing over a time
    "Aid workers reached families who are fleeing air strikes by U.S. aircraft in the north.",
    # the present of an era
    '"Nowadays their gunmen are hunting our people and killing them," the elder said.',
    # a vague many in the present perfect, no incident named: a tally
    "A large number of its commanders have been killed on the front lines, the group admitted.",
])
def test_what_is_named_but_not_reported_is_no_event(text: str) -> None:
    assert _kinds(text) == []


@pytest.mark.parametrize(("text", "kind"), [
    ("A rebel commander defected to the army in Korvan district on Monday, officials said.",
     "Change to group/activity"),
    ("The men who attacked the police post in Zarif village on Monday fled into the hills.", "Armed clash"),
    ("The coalition is carrying out airstrikes against the rebels in Korvan district.", "Air/drone strike"),
    ("Dozens of soldiers have been killed in the ambush near Korvan village, officials said on Monday.",
     "Armed clash"),
    # a gathering told in the main clause, its purpose in a relative clause of the present progressive
    ("On 3 May 2021, dozens of supporters gathered in Tamale in support of a veteran who is walking to the capital "
     "to demonstrate against new taxes.", "Peaceful protest"),
])
def test_reports_of_the_same_kinds_stay_events(text: str, kind: str) -> None:
    assert _kinds(text) == [kind]


def test_a_verb_in_the_past_after_a_relative_pronoun_is_a_report() -> None:
    sentence = "Police hunted the gunmen who attacked farmers in the valley on Sunday."
    cues = event_cues.classify(sentence)
    attack = next(c for c in cues if sentence[c.span[0]:c.span[1]].startswith("attacked"))
    assert not not_happened(sentence, attack)
    present = "Police hunt gunmen who attack farmers in the valley."
    assert all(not_happened(present, c) for c in event_cues.classify(present)
               if present[c.span[0]:c.span[1]].startswith("attack"))


def test_the_table_filters_are_named() -> None:
    with pytest.raises(KeyError):
        event_cues.context("generic_before")  # a filter of the coder's own, not one of what is no incident
    assert event_cues.context("plural_development").fullmatch("defections")


def test_a_headline_of_violence_the_body_tells_is_no_second_event() -> None:
    text = ("Army to launch offensive in the north, where rebels have killed villagers\n\n"
            "Rebels attacked Korvan village on Monday, killing four farmers, police said.")
    assert _kinds(text) == ["Attack"]


@pytest.mark.parametrize(("text", "kind"), [
    # the present perfect of one act: the day named after the verb, or the sentence the whole report
    ("The air force has launched air strikes on rebel positions near Dorvo on Tuesday, a spokesman said.",
     "Air/drone strike"),
    ("The navy has launched air strikes in Ralo forest to drive out the militants", "Air/drone strike"),
    # a deal between parties on a matter is an agreement, in the present perfect too
    ("On 4 June 2019, the council has agreed with the herders' union on the return of cattle seized in Dorvo.",
     "Agreement"),
])
def test_one_act_in_the_present_perfect_is_an_event(text: str, kind: str) -> None:
    assert _kinds(text) == [kind]


@pytest.mark.parametrize("text", [
    # a record of many: a word of number, likeness or repetition, a stretch of time or space
    "The rebels have carried out dozens of attacks this year, the minister told parliament.",
    "The group has staged similar raids in Dorvo on Tuesday, the governor said. Nobody was hurt in the town.",
    "The militia has launched attacks across the hills since 2015. Its leader lives abroad.",
    # the day of a saying, not of the deeds
    "The army said on Tuesday that the rebels have launched raids in the hills. Its spokesman gave no details.",
    # assent to a person, not a deal
    "The mayor agreed with the chief that the road was unsafe. The market stayed shut.",
])
def test_tallies_and_assent_stay_no_event(text: str) -> None:
    assert _kinds(text) == []
