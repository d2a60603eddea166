"""Europe (round 21, invented sentences): a country that is a protest's topic or its people's origin is not where
it happens; Greek national adjectives; European unions and parties tell the country; a demonym is no event place;
the two sides of Donbas's line of contact for fire monitors report and name no one for."""

from __future__ import annotations

import pytest

from helpers import acled_actors
from sitrep.extract.event_country import document_country
from sitrep.extract.front_lines import parse
from sitrep.lexicon.parties import parties_named
from sitrep.nlp.annotate import annotate
from sitrep.records import Document


def _country(text: str) -> str | None:
    doc = Document(id="d", source="d", text=text, format="text", published="2022-03-10")
    return document_country(text, sorted(annotate(doc).mentions, key=lambda m: m.start))


@pytest.mark.parametrize("text", [
    "On 2 March 2022, students and refugees from Ukraine rallied in Varna against the Russian aggression on "
    "Ukraine, as people did in Ukraine.",
    "On 5 March 2022, about 300 people marched in Plovdiv in solidarity with Ukraine and in support of Ukraine.",
])
def test_a_protests_topic_or_origin_is_not_its_country(text: str) -> None:
    assert _country(text) == "BG"


def test_greek_national_adjectives_name_greece() -> None:
    assert _country("On 9 February 2022, farmers answering a call of the Panhellenic committee of growers blocked "
                    "the road at Kalamaki.") == "GR"


def test_european_unions_and_parties_are_of_one_country() -> None:
    named = {p.country for p in parties_named("Members of the SUD union, of KPRF and of ADEDY marched; Fidesz "
                                              "and AKEL answered.")}
    assert named == {"FR", "RU", "GR", "HU", "CY"}
    assert not parties_named("The Minister of Law and Justice spoke.")


def test_a_community_named_by_demonym_is_not_the_place() -> None:
    got = acled_actors("On 6 March 2022, around 500 people, including members of the Ukrainian community, "
                       "demonstrated in Lyon against the war.", "2022-03-07")
    assert got == {"actor1": "Protesters (France)"}


def test_monitors_fire_on_the_line_of_contact_is_between_its_sides() -> None:
    got = acled_actors("On 3 June 2018, the OSCE SMM observed 14 explosions of undetermined weapons near "
                       "Avdiivka.", "2018-06-04")
    assert got["actor1"] == "NAF: United Armed Forces of Novorossiya"
    assert got["actor2"].startswith("Military Forces of Ukraine")


def test_fire_after_the_invasion_is_not_the_line_of_contact() -> None:
    got = acled_actors("On 3 June 2023, the OSCE observed 14 explosions near Avdiivka.", "2023-06-04")
    assert "NAF: United Armed Forces of Novorossiya" not in got.values()


def test_front_lines_table_rejects_a_bad_row() -> None:
    with pytest.raises(ValueError):
        parse([{"country": "UA", "from": "2014", "to": "2022-02-24", "group": "x", "words": "OSCE"}])
