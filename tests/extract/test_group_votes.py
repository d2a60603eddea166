"""Armed groups, peoples and administrative words as evidence of a country: a group that fights in several countries
goes with the rest of the text's evidence among them; a people ACLED names in one country, and a unit of one
country's administration, tell it."""

from __future__ import annotations

import pytest

from sitrep.extract.admin_word_votes import admin_word_votes, parse_admin_words
from sitrep.extract.event_country import document_country
from sitrep.extract.group_votes import ethnic_votes, follow_other_evidence
from sitrep.lexicon.countries import CountryDataError
from sitrep.lexicon.cross_border import cross_border_groups, parse_cross_border
from sitrep.nlp.annotate import annotate
from sitrep.nlp.matcher import default_matcher
from sitrep.records import Document


def _country(text: str, published: str = "2016-03-10") -> str | None:
    doc = Document(id="d", source="d", text=text, format="text", published=published)
    return document_country(text, list(annotate(doc).mentions))


def test_a_cross_border_group_goes_to_the_country_the_text_points_to() -> None:
    assert _country("Boko Haram fighters raided a market, forcing Cameroonian soldiers to withdraw.") == "CM"
    assert _country("Chadian soldiers repelled a Boko Haram raid on an island village.") == "TD"


def test_a_cross_border_group_alone_stays_at_home() -> None:
    assert _country("Boko Haram fighters raided a market and burned several shops.") == "NG"


def test_evidence_for_the_home_country_keeps_the_group_there() -> None:
    votes = {"NG": 2.0, "CM": 1.0}  # one vote of the group, one other for Nigeria
    follow_other_evidence(votes, [("NG", "CM", "NE", "TD")], 1.0)
    assert votes == {"NG": 2.0, "CM": 1.0}


def test_a_tie_among_the_other_countries_moves_nothing() -> None:
    votes = {"NG": 1.0, "CM": 1.0, "TD": 1.0}
    follow_other_evidence(votes, [("NG", "CM", "NE", "TD")], 1.0)
    assert votes == {"NG": 1.0, "CM": 1.0, "TD": 1.0}


def test_a_people_of_one_country_tells_it() -> None:
    assert ethnic_votes("Bimoba youths clashed with their neighbours over farmland.") == {"GH": 0.6}
    assert _country("Bimoba youths clashed with their neighbours over farmland.") == "GH"


def test_a_people_abroad_or_sharing_a_place_name_abroad_tells_nothing() -> None:
    assert ethnic_votes("Bimoba refugees gathered outside the camp office.") == {}
    assert ethnic_votes("Beja herders drove their camels north.") == {}  # Beja: towns of Portugal and Tunisia
    assert ethnic_votes("Fulani herders drove their cattle south.") == {}  # a people of many countries


def test_the_cross_border_table_names_dictionary_groups_with_their_home_first() -> None:
    actors = default_matcher().actors
    for actor, countries in cross_border_groups().items():
        entry = actors.get(actor)
        assert entry is not None, actor
        assert entry.country == countries[0], actor


def test_bad_cross_border_rows_are_reported() -> None:
    text = "actor,countries,note\nfoo,NG,one country\nbar,NG|XX,unknown\nfoo,NG|CM,again\n"
    with pytest.raises(CountryDataError) as err:
        parse_cross_border(text, {"NG", "CM"})
    assert len(err.value.problems) == 2


def test_the_oromo_liberation_front_is_a_dictionary_group_apart_from_its_splinter() -> None:
    doc = Document(id="d", source="d", text="OLF fighters ambushed a patrol; OLF Shane rebels fled.", format="text",
                   published="2012-05-01")
    keys = [m.entity_key for m in annotate(doc).mentions if m.type == "armed_group"]
    assert keys == ["olf", "ola"]


def test_a_unit_only_one_country_has_tells_that_country() -> None:
    assert admin_word_votes("Herders clashed in Dawa Bero woreda over grazing land.") == {"ET": 2.0}
    assert admin_word_votes("Families fled Barangays Malinao and Sapa after the shelling.") == {"PH": 2.0}
    assert admin_word_votes("Gunmen attacked a market in Tafa LGA.") == {"NG": 2.0}
    assert _country("Fishermen of the Kallar North Divisional Secretariat blocked the road over fuel prices.") == "LK"


def test_an_administrative_word_without_a_unit_name_tells_nothing() -> None:
    assert admin_word_votes("A delegation of elders met the local government area officials.") == {}
    assert admin_word_votes("the woreda offices were closed") == {}


def test_bad_admin_word_rows_are_reported() -> None:
    with pytest.raises(ValueError):
        parse_admin_words("word,country,note\nkebele,XX,unknown country\n", {"ET"})
