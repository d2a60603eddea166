"""Round 23b (crowds): a crowd a force dispersed with crowd-control weapons gathered (a demonstration); migrants a
force dispersed are ACLED's crowd "(International)", and so is a crowd of migrants named before the sentence
that tells the event in a note with a crowd size; people of another country a violent crowd struck keep their
nationality (invented sentences)."""

from __future__ import annotations

from helpers import main_actors
from sitrep.extract.crowd_actors import crowd_nationality


def test_people_a_force_used_tear_gas_to_disperse_gathered() -> None:
    text = ("On 4 March 2021, police in Nakuru used teargas to disperse a group of traders who had come to ask "
            "about the arrest of their leader.")
    _, names = main_actors(text, "2021-03-04")
    assert names.get("actor1") == "Protesters (Kenya)", names
    assert (names.get("actor2") or "").startswith("Police Forces of Kenya"), names


def test_migrants_a_force_dispersed_are_an_international_crowd() -> None:
    sentence = ("On 2 May 2021, gendarmes used tear gas to disperse a group of about 50 migrants near the port of "
                "Calais.")
    assert crowd_nationality(sentence, "FR") == "international"
    assert crowd_nationality("On 2 May 2021, gendarmes used tear gas to disperse farmers near Calais.", "FR") is None


def test_migrants_named_before_the_event_sentence_are_its_crowd() -> None:
    text = ("On 2 May 2021, around 40 migrants tried to force their way through the border fence near Kuznica, "
            "throwing stones. Polish police and soldiers clashed with them and pushed them back. [size=around 40]")
    _, names = main_actors(text, "2021-05-02")
    assert names.get("actor1") in ("Rioters (International)", "Protesters (International)"), names


def test_foreign_people_a_violent_crowd_struck_keep_their_nationality() -> None:
    text = ("On 5 May 2021, about 100 residents of Eleftheroupoli burned tyres and blocked the road to a bus "
            "carrying 40 migrants and refugees to a local camp, throwing stones at the bus. [size=about 100]")
    _, names = main_actors(text, "2021-05-05")
    assert names.get("actor1") == "Rioters (Greece)", names
    assert names.get("actor2") == "Civilians (International)", names


def test_of_police_and_soldiers_named_at_a_crowd_the_first_named_intervened() -> None:
    from sitrep.extract.crowd_actors import _first_named_force

    roles = [("acled:military-sd-2019-", "actor1", "military"), ("acled:police-sd-2019-", "assoc_actor_1", "police")]
    told = ["People marched against the military coup.", "Security forces (police and army) fired tear gas at them."]
    assert _first_named_force(roles, told)[0][2] == "police"
    assert _first_named_force(roles, ["Soldiers and police fired at the crowd."])[0][2] == "military"
    assert _first_named_force(roles, ["People marched against the military coup.", "Police intervened."]) == roles
    alone = roles[:1]
    assert _first_named_force(alone, told) == alone
