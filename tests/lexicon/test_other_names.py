"""Names the gazetteer adds: a Korean town without its unit word ("Yeongwol-gun"), a division's usual English name."""

from __future__ import annotations

import pytest

from sitrep.lexicon.gazetteer import default_gazetteer
from sitrep.lexicon.keys import light_key, place_key
from sitrep.lexicon.other_names import bare_names, division_other_names, name_suffixes, parse, parse_divisions


def test_the_table_parses_and_names_koreas_county_and_city_words() -> None:
    assert {"-gun", "-si"} <= set(name_suffixes()["KR"])


def test_a_bad_row_is_named() -> None:
    with pytest.raises(ValueError, match="bad row"):
        parse("KR\t-\tnothing joined\n")


def test_the_bare_name_is_given_only_in_the_country_and_only_when_long_enough() -> None:
    assert bare_names(("Hwangmok-gun",), "KR") == ("Hwangmok",)
    assert bare_names(("Hwangmok-gun", "Hwangmok"), "KR") == ()  # already there
    assert bare_names(("Jung-gu", "Nam-si"), "KR") == ()  # too short: words of the compass
    assert bare_names(("Hwangmok-gun",), "JP") == ()


def test_the_gazetteer_finds_a_korean_county_by_its_bare_name() -> None:
    found = [p for p in default_gazetteer().lookup([place_key("Yeongwol")]) if p.country == "KR"]
    assert any("Yeongwol" in p.all_names for p in found)


def test_a_russian_republic_is_found_by_its_usual_english_name() -> None:
    assert "Yakutia" in division_other_names()[("RU", light_key("Republic of Sakha"))]
    found = [p for p in default_gazetteer().lookup([place_key("Yakutia")]) if p.feature == "admin1"]
    assert [p.name for p in found] == ["Republic of Sakha"]


def test_a_bad_division_row_is_named() -> None:
    with pytest.raises(ValueError, match="bad row"):
        parse_divisions("RU\tRepublic of Sakha\n")


def test_a_greek_regional_unit_is_found_by_its_usual_english_name() -> None:
    for name, division in (("Evros", "East Macedonia and Thrace"), ("Euboea", "Central Greece")):
        found = [p for p in default_gazetteer().lookup([place_key(name)]) if name in p.all_names]
        assert [(p.country, p.feature, p.admin1) for p in found] == [("GR", "admin2", division)]
