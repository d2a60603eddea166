"""A town's own name against another place's other name; a repeated namesake follows the rest of the text."""

from __future__ import annotations

import pytest

from sitrep.extract.event_country import document_country
from sitrep.extract.own_names import name_key, parse_abbreviations
from sitrep.extract.place_votes import place_votes
from sitrep.nlp.annotate import annotate
from sitrep.records import Document


def _top(name: str) -> str:
    votes = place_votes(name)
    return max(votes, key=lambda k: votes[k])


def test_a_town_s_own_name_leads_a_foreign_name_of_a_larger_city() -> None:
    assert _top("Valence") == "FR"  # France's town, not a French name of Valencia
    assert _top("Madras") == "IN"  # unless the city is far the larger (Chennai)
    assert _top("Sayda") == "LB"  # or the own-name places are villages
    assert _top("Amara") == "IQ"  # a name romanized from another script has many spellings of its own


def test_a_shortened_word_is_the_same_own_name() -> None:
    assert name_key("St. Petersburg") == name_key("Saint Petersburg")
    assert name_key("Stanley") == "stanley"
    assert _top("St. Petersburg") == "RU"


def test_a_city_s_name_in_its_own_language_names_its_division() -> None:
    assert _top("Genova") == "IT"


def test_the_abbreviation_table_rejects_a_bad_row() -> None:
    assert parse_abbreviations("# words\nSt\tSaint\n") == {"st": "Saint"}
    with pytest.raises(ValueError):
        parse_abbreviations("St\n")


def test_a_namesake_written_twice_still_follows_the_other_places() -> None:
    text = ("On 3 May 2021, rioters from Tripoli blocked the road near Bohssas with tyres. "
            "Later hundreds of people gathered in Tripoli.")
    doc = Document(id="d", source="d", text=text, format="text", published="2021-05-04")
    assert document_country(text, sorted(annotate(doc).mentions, key=lambda m: m.start)) == "LB"
