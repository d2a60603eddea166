"""A state force a later sentence tells only responded (came, arrested, recovered) is no side of the incident;
two crowds that fought at a demonstration are rioters on both sides, not the police who separated them."""

from __future__ import annotations

from helpers import main_actors
from sitrep.extract.context_cues import two_crowds
from sitrep.extract.event_actors import Occurrence
from sitrep.extract.event_cues import table
from sitrep.extract.responders import responders


def test_response_and_fight_filters() -> None:
    responded, fought = table().filters["force_responded"], table().filters["force_fought_later"]
    assert responded.search("Officers later arrested two of the raiders.")
    assert responded.search("The gendarmerie was called to the scene.")
    assert not responded.search("Gendarmes patrolled the market.")
    assert fought.search("Soldiers later clashed with the bandits.")
    assert not fought.search("Officers retrieved cartridges from the clash site.")
    assert not fought.search("Police believe the clash was over a debt.")


def test_police_who_arrested_looters_afterwards_are_no_side_of_the_looting() -> None:
    text = ("On 4 March 2021, armed bandits stole goats from herders near Kisima (Samburu). "
            "Police later recovered the goats and arrested two suspects.")
    _, names = main_actors(text, "2021-03-04")
    assert "Police" not in names.get("actor2", "")
    assert "Police" not in names.get("actor1", "")


def _responders(text: str, first: str, type_: str = "Violence against civilians", sub: str = "Attack") -> set[str]:
    end = len(first)
    police = text.index("Police")
    occs = [Occurrence(0, 5, "bandits", "unidentified", "agent"), Occurrence(police, police + 6, "pol", "police",
                                                                              "agent")]
    return responders(type_, sub, occs, text, [(0, end), (end + 1, len(text))])


def test_police_who_fought_in_a_later_sentence_stay_a_side() -> None:
    first = "Bandits shot a herder near Kisima."
    assert _responders(first + " Police later arrested two suspects.", first) == {"pol"}
    assert _responders(first + " Police later exchanged fire with them.", first) == set()
    # an arrest is the police's own event
    assert _responders(first + " Police later arrested two suspects.", first, "Strategic developments",
                       "Arrests") == set()
    # a battle's first sentence that names both sides leaves the police out; one that does not may lack them
    first = "A clash broke out between two rival gangs in Kisima."
    assert _responders(first + " Police later arrested two suspects.", first, "Battles", "Armed clash") == {"pol"}
    first = "Gunmen overran a camp in Kisima."
    assert _responders(first + " Police later arrested two suspects.", first, "Battles", "Armed clash") == set()
    # a force the first sentence names: "the police" later is that force again
    first = "Bandits shot a soldier near Kisima."
    assert _responders(first + " Police later arrested two suspects.", first) == set()


def test_counter_demonstrators_are_a_second_crowd() -> None:
    assert two_crowds("Scuffles broke out between demonstrators and counter-demonstrators near the hall.")
    assert not two_crowds("Scuffles broke out between demonstrators and police near the hall.")


def test_crowds_the_police_separated_are_rioters_on_both_sides() -> None:
    text = ("On 5 February 2022, about 300 people marched in Graz against vaccine mandates. "
            "Clashes broke out between protesters and counter-protesters before police intervened to separate "
            "them. [size=about 300]")
    _, names = main_actors(text, "2022-02-05")
    assert names == {"actor1": "Rioters (Austria)", "actor2": "Rioters (Austria)"}
