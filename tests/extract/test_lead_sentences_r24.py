"""The lead of a report is read with its first incident (round 24, invented sentences)."""

from __future__ import annotations

from helpers import acled_actors
from sitrep.extract.event_cues import classify
from sitrep.extract.incidents import Draft
from sitrep.extract.lead_sentences import with_lead
from sitrep.records import Mention


def test_the_group_a_lead_names_is_the_actor_of_the_outcome_told_after_it() -> None:
    names = acled_actors("On 3 March 2021, Dan Na Ambassagou reportedly intercepted a bus near Bandiagara (Mopti). "
                         "Six passengers were abducted.", "2021-03-03")
    assert names.get("actor1") == "Dan Na Ambassagou"


def test_a_lead_after_a_date_line_is_read_too() -> None:
    names = acled_actors("4 June. Soldiers reported taking over an Ambazonian separatists hideout in Muyuka. "
                         "The soldiers destroyed the hideout.", "2021-06-04")
    assert "Ambazonian Separatists (Cameroon)" in names.values()


def test_an_opening_that_tells_an_event_of_its_own_is_no_lead() -> None:
    text = "On 3 March 2021, gunmen attacked a village near Bandiagara. Six traders were abducted."
    first, second = (0, text.index(" Six")), (text.index("Six"), len(text))
    drafts = [Draft(cue=classify(text[second[0]:])[0], sents=[second])]
    assert with_lead(text, [first, second], drafts, [])[0].all_sents == [second]


def test_an_opening_with_no_event_word_joins_the_first_incident() -> None:
    text = "On 3 March 2021, the XYZ Brigade stopped a bus near Bandiagara. Six traders were abducted."
    first, second = (0, text.index(" Six")), (text.index("Six"), len(text))
    drafts = [Draft(cue=classify(text[second[0]:])[0], sents=[second])]
    assert with_lead(text, [first, second], drafts, [])[0].all_sents == [first, second]


def test_an_incident_whose_own_sentence_names_its_side_takes_no_lead() -> None:
    text = "Officials said a commander had fled with his men. Rebels of the XYZ Front attacked a post near Bandiagara."
    first, second = (0, text.index(" Rebels")), (text.index("Rebels"), len(text))
    drafts = [Draft(cue=classify(text[second[0]:])[0], sents=[second])]
    front = text.index("XYZ Front")
    side = Mention(start=front, end=front + len("XYZ Front"), text="XYZ Front", type="armed_group",
                   extractor="test", version="0")
    assert with_lead(text, [first, second], drafts, [side])[0].all_sents == [second]
