"""Civilians as the other side of a crowd that damaged what people own, and the country of unknown armed men a
demonym names (round 27, invented sentences)."""

from __future__ import annotations

from helpers import acled_actors
from sitrep.extract import context_cues


def test_windows_broken_or_stones_thrown_at_what_people_own_struck_civilians() -> None:
    for told in ("About 200 people marched through the town and broke the windows of a hotel.",
                 "The demonstrators smashed and looted a hotel.",
                 "Rioters threw bottles and bricks against a private bank's windows.",
                 "Youths threw rocks at the windows of several shops."):
        assert context_cues.crowd_struck(told), told
    for told in ("The demonstrators threw stones at police officers guarding the ministry.",
                 "The crowd broke through the police cordon.",
                 "Protesters held banners near the windows of the hotel.",
                 "Pensioners threw eggs and flour at the house of the minister."):
        assert not context_cues.crowd_struck(told), told


def test_a_violent_demonstration_that_damaged_a_restaurant_has_civilians_as_actor2() -> None:
    names = acled_actors("On 4 May 2022, about 300 people demonstrated in Lyon against the pension reform. Some "
                         "marchers broke the glass front of a hotel near the station. [size=about 300]", "2022-05-05")
    assert names.get("actor2") == "Civilians (France)"


def test_a_demonym_after_unknown_names_the_armed_mens_country() -> None:
    from sitrep.extract.event_country import country_inside

    assert country_inside("unidentified Chadian gunmen") == "TD"
    assert country_inside("unknown Peruvian fighters") == "PE"
    assert country_inside("Kenyan soldiers") == "KE"
    assert country_inside("unidentified armed men") is None
    names = acled_actors("On 5 May 2022, in Guasdualito (Apure), soldiers clashed with unknown Brazilian gunmen "
                         "near the river. Two of the men were killed.", "2022-05-06")
    assert names.get("actor2") == "Unidentified Armed Group (Brazil)"
