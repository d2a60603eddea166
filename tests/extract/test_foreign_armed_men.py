"""Armed men of another country, named by its demonym, are ACLED's unidentified armed group of that country
(invented sentences)."""

from __future__ import annotations

from helpers import acled_actors


def test_foreign_gunmen_are_their_countrys_unidentified_armed_group() -> None:
    actors = acled_actors("Somalian gunmen abducted two teachers in Elwak town in Mandera district, Kenya.",
                          "2009-05-01")
    assert actors["actor1"] == "Unidentified Armed Group (Somalia)"
    assert actors["actor2"] == "Civilians (Kenya)"


def test_gunmen_of_the_events_country_or_of_none_are_its_own() -> None:
    for text in ("Kenyan gunmen abducted two teachers in Elwak town in Mandera district, Kenya.",
                 "Gunmen abducted two teachers in Elwak town in Mandera district, Kenya."):
        assert acled_actors(text, "2009-05-01")["actor1"] == "Unidentified Armed Group (Kenya)"


def test_bandits_are_armed_men_of_their_demonyms_country() -> None:
    actors = acled_actors("Somali bandits abducted two nurses in Elwak town in Mandera district, Kenya.", "2009-05-01")
    assert actors["actor1"] == "Unidentified Armed Group (Somalia)"
    assert acled_actors("Troops killed five bandits in Zurmi, Zamfara.", "2021-05-01")["actor2"] == \
        "Unidentified Armed Group (Nigeria)"
