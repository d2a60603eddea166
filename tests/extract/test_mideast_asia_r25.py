"""Round 25 (Middle East, Northern Africa and Asia): Iran's border guards, a division named after its seat, and a
country that itself fires or strikes."""

from __future__ import annotations


def test_iran_s_border_guards_are_its_police_border_guard_command() -> None:
    from helpers import acled_actors

    found = acled_actors("On 2 May 2020, Iranian border guards shot dead two fuel porters near Saravan (Sistan and "
                         "Baluchestan).", "2020-05-02")
    assert found.get("actor1") == "Police Forces of Iran (1989-) Islamic Republic of Iran Border Guard Command"


def test_a_governorate_named_after_its_seat_tells_the_country() -> None:
    from sitrep.extract.settlement_votes import settlement_votes

    firsts: list = []
    votes = settlement_votes("A shell hit the road opposite the Baalbek Governorate building.", set(), [], firsts)
    assert max(votes, key=lambda k: votes[k]) == "LB"
    assert settlement_votes("A shell hit the road opposite the new building.", set(), [], []) == {}


def test_a_country_that_fires_or_strikes_is_its_military() -> None:
    from sitrep.extract.country_agents import country_agents

    text = "On 4 May 2022, North Korea test-fired a ballistic missile from Sunan towards the sea."
    assert [(text[a:b], c) for a, b, c in country_agents(text, 0, len(text))] == [("North Korea", "KP")]
    text = "Russia launched cruise missiles at Kharkiv, and Ukraine shelled Russian positions near Izium."
    assert [c for _, _, c in country_agents(text, 0, len(text))] == ["RU", "UA"]
    # not a clause's subject, a demonym, or a country that did nothing of war
    for text in ("Protesters marched to the embassy of Russia launched last week.",
                 "Russian forces fired at the village.", "On 4 May 2022, Kenya hosted talks in Nairobi."):
        assert country_agents(text, 0, len(text)) == []


def test_the_country_s_military_is_the_actor_of_its_missile_launch() -> None:
    from helpers import acled_actors

    found = acled_actors("On 4 May 2022, Russia fired a cruise missile at Kramatorsk (Donetsk).", "2022-05-04")
    assert found.get("actor1", "").startswith("Military Forces of Russia")


def test_people_displaced_from_another_country_are_its_crowd() -> None:
    from sitrep.extract.crowd_actors import crowd_nationality

    sentence = ("On 3 May 2022, about 100 Rohingya Muslims, displaced from Myanmar and living in India as refugees, "
                "protested outside the UNHCR office in New Delhi.")
    assert crowd_nationality(sentence, "IN") == "MM"
    # people displaced within the event's own country are its own crowd
    assert crowd_nationality("About 100 families displaced from Ukraine's east protested in Lviv.", "UA") is None


def test_a_valley_or_dam_named_after_its_place_tells_the_country() -> None:
    from sitrep.extract.settlement_votes import settlement_votes

    votes = settlement_votes("An activist was beaten during a tour of the Bisri Valley.", set(), [], [])
    assert max(votes, key=lambda k: votes[k]) == "LB"


def test_sudan_s_former_regions_tell_sudan() -> None:
    from sitrep.extract.place_votes import place_votes

    assert place_votes("Darfur") == {"SD": 1.0}
    assert place_votes("Kordofan") == {"SD": 1.0}
    from helpers import acled_actors

    found = acled_actors("On 10 May 2022, armed men looted car passengers in Darfur. They stole their money and "
                         "phones.", "2022-05-10")
    assert found == {"actor1": "Unidentified Armed Group (Sudan)", "actor2": "Civilians (Sudan)"}


def test_a_country_said_to_have_struck_is_its_military() -> None:
    from sitrep.extract.country_agents import country_agents

    text = "On 16 April 2022, officials claimed that Pakistan carried out airstrikes in Khost province."
    assert [c for _, _, c in country_agents(text, 0, len(text))] == ["PK"]
