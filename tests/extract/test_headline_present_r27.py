"""A headline told in the simple present reports the deed as the past tense does ("troops storm a rebel camp"):
the cue table's present forms, each beside the noun or infinitive of the same word that stays no event."""

from __future__ import annotations

import pytest

from sitrep.extract.events import find_events
from sitrep.nlp.annotate import annotate
from sitrep.records import Document


def _kinds(text: str) -> list[str]:
    doc = Document(id="d", source="d", text=text, format="text", published="2020-03-12")
    return [e.sub_type for e in find_events(doc, annotate(doc)).events]


@pytest.mark.parametrize(("text", "kind"), [
    ("Troops storm a militia camp near Ravani", "Armed clash"),
    ("Militiamen and soldiers exchange fire in Ravani", "Armed clash"),
    ("Fighters shoot down a drone near Ravani", "Disrupted weapons use"),
    ("Nurses march to the health ministry in Ravani over unpaid wages", "Peaceful protest"),
    ("Insurgents withdraw from Ravani", "Non-violent transfer of territory"),
    ("Insurgents seize Ravani town after heavy clashes with the army", "Non-state actor overtakes territory"),
])
def test_a_headline_in_the_present_is_an_event(text: str, kind: str) -> None:
    assert kind in _kinds(text)


@pytest.mark.parametrize("text", [
    "The march to the coast ended at the town hall in Ravani.",
    "The governor vowed to seize Ravani town from the insurgents.",
    "Villagers said a storm the previous week had left them without power.",
])
def test_the_noun_or_infinitive_of_the_same_word_is_no_event(text: str) -> None:
    assert _kinds(text) == []


def test_an_infinitive_joined_to_another_is_no_deed() -> None:
    kinds = _kinds("In June, the group handed out pamphlets in Ravani urging farmers to join it, defy the army and "
                   "take control of the province. Two pamphleteers were later detained by police.")
    assert "Non-state actor overtakes territory" not in kinds and "Non-violent transfer of territory" not in kinds
