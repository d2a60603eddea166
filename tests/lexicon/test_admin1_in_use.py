"""The table of first-level divisions renamed or split at a date, and the name in use on a date."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.lexicon import admin1_in_use as au
from sitrep.lexicon import unit_words as uw


def test_the_shipped_tables_load() -> None:
    for name in au.TABLES:
        assert au.parse(au.resources.files("sitrep").joinpath("data", "gazetteer", name).read_text(encoding="utf-8"))
    assert uw.unit_words() and uw.level_of("Provinces") == 1 and uw.level_of("upazila") == 2


def test_the_name_in_use_depends_on_the_date() -> None:
    assert au.name_in_use("Province 1", "NP", dt.date(2022, 6, 1)) == "Province 1"
    assert au.name_in_use("Province 1", "NP", dt.date(2023, 6, 1)) == "Koshi"
    assert au.name_in_use("Madhesh", "NP", dt.date(2021, 5, 1)) == "Madhesh"  # archives recoded to the new name
    assert au.name_in_use("Central Papua", "ID", dt.date(2022, 4, 29)) == "Papua"
    assert au.name_in_use("Central Papua", "ID", None) == "Central Papua"
    assert au.name_in_use("Central Papua", "PH", dt.date(2020, 1, 1)) == "Central Papua"
    assert au.name_in_use("Ulytau Region", "KZ", dt.date(2022, 5, 6)) == "Qaraghandy"  # split on 8 June 2022
    assert au.name_in_use("Ulytau Region", "KZ", dt.date(2022, 6, 8)) == "Ulytau Region"


def test_conflict_data_conventions_of_a_period() -> None:
    assert au.name_in_use("South Aegean", "GR", dt.date(2022, 2, 1)) == "Aegean"
    assert au.name_in_use("South Aegean", "GR", dt.date(2020, 2, 1)) == "South Aegean"
    assert au.name_in_use("Misrata", "LY", dt.date(2023, 1, 5)) == "West"
    assert au.name_in_use("Surt", "LY", dt.date(2023, 1, 5)) == "Surt"  # straddles Tripolitania and Cyrenaica
    assert au.name_in_use("Bagmati", "NP", dt.date(2020, 7, 1)) == "Central"
    assert au.name_in_use("Madhesh", "NP", dt.date(2020, 7, 1)) == "Madhesh"  # in two development regions
    assert au.name_in_use("Veracruz de Ignacio de la Llave", "MX", dt.date(2022, 7, 1)) == (
        "Veracruz de Ignacio de la Llave")
    assert au.name_in_use("La Guaira", "VE", dt.date(2020, 5, 2)) == "Vargas"  # renamed in 2019, written so till 2021
    assert au.name_in_use("La Guaira", "VE", dt.date(2022, 5, 2)) == "La Guaira"
    assert au.name_in_use("Odessa", "UA", dt.date(2022, 5, 2)) == "Odesa"


def test_conventions_of_eastern_africa_since_2021_and_of_ethiopias_new_regions() -> None:
    assert au.name_in_use("Benshangul-Gumaz", "ET", dt.date(2019, 3, 4)) == "Benshangul-Gumaz"
    assert au.name_in_use("Benshangul-Gumaz", "ET", dt.date(2022, 3, 4)) == "Benshangul/Gumuz"
    assert au.name_in_use("Jubbada Dhexe", "SO", dt.date(2024, 3, 4)) == "Middle Juba"
    assert au.name_in_use("Banaadir", "SO", None) == "Banaadir"  # no date, no name in use
    # the regions split from the Southern Nations: that region before, their short names after
    assert au.name_in_use("Southwest Ethiopia Peoples", "ET", dt.date(2020, 3, 4)) == "Southern Nations"
    assert au.name_in_use("Southwest Ethiopia Peoples", "ET", dt.date(2022, 3, 4)) == "South West"
    assert au.name_in_use("Central Ethiopia Regional State", "ET", dt.date(2023, 3, 4)) == "Southern Nations"
    assert au.name_in_use("South Ethiopia Regional State", "ET", dt.date(2024, 3, 4)) == "South Ethiopia"


def test_every_convention_names_a_division_of_the_gazetteer() -> None:
    from sitrep.lexicon.gazetteer import default_gazetteer
    from sitrep.lexicon.keys import light_key, place_key

    text = au.resources.files("sitrep").joinpath("data", "gazetteer", "admin1_conventions.tsv").read_text("utf-8")
    for row in au.parse(text):
        assert any(p.feature == "admin1" and p.country == row.country and light_key(p.name) == light_key(row.division)
                   for p in default_gazetteer().lookup([place_key(row.division)])), row


@pytest.mark.parametrize("row", [
    "NP\tMadhesh\tProvince 2\t\t\tno date",
    "NP\tMadhesh\tProvince 2\t2022-01-17\t2020-01-01\tends before it starts",
    "Nepal\tMadhesh\tProvince 2\t\t2022-01-17\tcountry code",
    "NP\tMadhesh\tProvince 2\t\t17/01/2022\tdate format",
    "NP\tMadhesh\tProvince 2\t\t2022-01-17",
])
def test_bad_rows_are_refused(row: str) -> None:
    with pytest.raises(ValueError):
        au.parse(row)


def test_bad_unit_word_rows_are_refused() -> None:
    with pytest.raises(ValueError):
        uw.parse("commune\tcommunes\t4\tlevel")
    with pytest.raises(ValueError):
        uw.parse("commune\tcommunes\t3\t\ncommune\tcommunes\t3\t")


def test_the_districts_table_names_divisions_the_gazetteer_has() -> None:
    from sitrep.lexicon.extra_districts import all_districts, districts_named, parse
    from sitrep.lexicon.gazetteer import default_gazetteer
    from sitrep.lexicon.keys import place_key

    rows = all_districts()
    assert len([d for d in rows if d.country == "NP"]) == 77
    for d in rows:
        assert any(p.feature == "admin1" and p.country == d.country and p.name == d.division
                   for p in default_gazetteer().lookup([place_key(d.division)])), d
    assert [d.division for d in districts_named("Bardia")] == ["Lumbini"]
    assert [d.seat for d in districts_named("Rautahat")] == ["Gaur"]
    for d in rows:  # a seat is a town the gazetteer files in the district's division
        assert not d.seat or any(p.feature in ("city", "town") and p.country == d.country and p.admin1 == d.division
                                 for p in default_gazetteer().lookup([place_key(d.seat)])), d
    assert parse("NP\tBara\tMadhesh\t\tKalaiya")[0].seat == "Kalaiya"
    with pytest.raises(ValueError):
        parse("NP\tBara\tMadhesh\t\nNP\tBara\tMadhesh\t")


def test_a_conventions_other_spelling_of_one_division_is_a_name_of_it() -> None:
    spellings = au.other_spellings()
    assert spellings[("LY", "aljafarah")] == ("Aljfara",)
    # a grouping many divisions share ("West") is no name of any of them, nor a split's parent of the new one
    assert all("West" not in names and "Papua" not in names for names in spellings.values())
    assert au.spelled_alike("Aljfara", "al Jafarah") and au.spelled_alike("Sirt", "Surt")
    assert not au.spelled_alike("East", "Province 1")
    assert au.name_in_use("Al Marqab", "LY", dt.date(2020, 5, 1)) == "Almargeb"
    assert au.name_in_use("Al Marqab", "LY", dt.date(2022, 5, 1)) == "West"


def test_a_prefecture_split_off_is_written_as_its_parent_and_its_parents_name_is_no_spelling_of_it() -> None:
    # admin1_in_use.tsv before 2021, admin1_conventions.tsv after: conflict data keep the Central African
    # Republic's prefectures of before the law of 2020
    assert au.name_in_use("Lim-Pendé", "CF", dt.date(2020, 5, 1)) == "Ouham-Pende"
    assert au.name_in_use("Lim-Pendé", "CF", dt.date(2022, 5, 1)) == "Ouham-Pende"
    assert au.name_in_use("Ouham-Fafa", "CF", dt.date(2023, 1, 1)) == "Ouham"
    assert au.spelled_alike("Ouham-Pende", "Lim-Pendé")  # alike, but the parent's own name
    assert not any(k[0] == "CF" for k in au.other_spellings())


def test_the_gazetteer_finds_a_division_by_a_conventions_spelling() -> None:
    from sitrep.lexicon.gazetteer import default_gazetteer
    from sitrep.lexicon.keys import place_key

    found = [p for p in default_gazetteer().lookup([place_key("Aljfara")]) if p.feature == "admin1"]
    assert [(p.country, p.name) for p in found] == [("LY", "al Jafarah")]
