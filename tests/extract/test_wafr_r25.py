"""Round 25 (Western Africa): farmers who turn on herders with their hands are a mob, a people's armed men in a
text that names no country are its militia by the bare name, and a walk held for a cause is a march."""

from __future__ import annotations

from helpers import main_actors


def test_farmers_who_assault_herders_are_rioters_unless_armed() -> None:
    ev, roles = main_actors("On 3 March 2021, a group of farmers (mostly young men) assaulted two herders after "
                            "cattle damaged their fields near Kandi (Kandi, Alibori).", "2021-03-03")
    assert (ev.type, ev.sub_type) == ("Riots", "Mob violence")
    assert roles["actor1"] == "Rioters (Benin)"
    ev, roles = main_actors("On 3 March 2021, a group of armed farmers attacked two herders near Kandi "
                            "(Kandi, Alibori).", "2021-03-03")
    assert ev.type != "Riots" and roles["actor1"] != "Rioters (Benin)"


def test_a_peoples_armed_men_with_no_country_keep_their_peoples_name() -> None:
    ev, roles = main_actors("Fulani herdsmen killed four villagers and burned their granaries on Tuesday.",
                            "2015-02-03")
    assert ev.type == "Violence against civilians"
    assert roles["actor1"] == "Fulani Ethnic Militia"
    _, roles = main_actors("On 3 February 2015, Fulani herdsmen killed four villagers near Kandi (Kandi, Alibori).",
                           "2015-02-03")
    assert roles["actor1"] == "Fulani Ethnic Militia (Benin)"


def test_a_unity_walk_is_a_march() -> None:
    ev, roles = main_actors("On 5 June 2020, party supporters gathered in Kumasi for the regional unity walk.",
                            "2020-06-05")
    assert (ev.type, ev.sub_type) == ("Protests", "Peaceful protest")
    assert roles["actor1"] == "Protesters (Ghana)"
