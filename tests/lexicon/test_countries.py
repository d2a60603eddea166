"""Country facts: the data files load, names and codes resolve, government periods follow the date."""

from __future__ import annotations

import pytest

from sitrep.lexicon.countries import (
    CountryDataError,
    by_name,
    countries,
    of_name_on,
    parse_countries,
    parse_governments,
    period,
    word_index,
)

HEADER = "iso2,iso3,name,the,region,alt_names,demonyms\n"


def test_shipped_files_load_and_cover_the_world() -> None:
    data = countries()
    assert len(data) > 190
    assert data["KE"].name == "Kenya" and "Kenyan" in data["KE"].demonyms
    assert data["PH"].of_name == "the Philippines" and data["KE"].of_name == "Kenya"


def test_names_codes_and_alternatives_resolve() -> None:
    assert by_name("DRC") is not None and by_name("DRC").iso2 == "CD"  # type: ignore[union-attr]
    assert by_name("the Philippines").iso2 == "PH"  # type: ignore[union-attr]
    assert by_name("Cote d'Ivoire").iso2 == "CI"  # type: ignore[union-attr]
    assert by_name("KEN").iso2 == "KE"  # type: ignore[union-attr]
    assert by_name("Atlantis") is None
    assert word_index()["Nigerien"] == ("NE", "demonym")
    assert word_index()["Nigerian"] == ("NG", "demonym")
    # "the Cameroons" (British and Southern Cameroons, the Anglophone regions) and the possessive written without
    # its apostrophe ("Cameroons army") are Cameroon
    assert word_index()["Cameroons"] == ("CM", "name")


def test_government_period_by_date() -> None:
    assert period("KE", "2019-06-01") == "2013-2022"
    assert period("KE", "2023-01-05") == "2022-"
    assert period("KE", "2013-04-09") == "2013-2022"  # the first day belongs to the new government
    assert period("KE", "1970-01-01") is None  # before any period the table knows
    assert period("IS", "2020-01-01") is None  # a country the table does not cover
    assert period(None, "2020-01-01") is None and period("KE", None) is None


def test_bad_country_rows_are_all_reported_with_their_line() -> None:
    text = HEADER + "K,KEN,Kenya,,Eastern Africa,,Kenyan\nUG,UGA,Uganda,an,Atlantis,,Kenyan\n"
    with pytest.raises(CountryDataError) as err:
        parse_countries(text)
    problems = err.value.problems
    assert any("countries.csv:2" in p and "iso2" in p for p in problems)
    assert any("countries.csv:3" in p and "'the'" in p for p in problems)
    assert any("countries.csv:3" in p and "region" in p for p in problems)


def test_a_name_may_not_stand_for_two_countries() -> None:
    text = HEADER + "KE,KEN,Kenya,,Eastern Africa,,Kenyan\nUG,UGA,Uganda,,Eastern Africa,,Kenyan\n"
    with pytest.raises(CountryDataError, match="already names KE"):
        parse_countries(text)


def test_bad_header_and_bad_government_rows() -> None:
    with pytest.raises(CountryDataError, match="header"):
        parse_countries("iso,name\nKE,Kenya\n")
    text = "iso2,start,end,period,of_name\nKE,2013-04-09,2012-01-01,2013-2022\nXX,2013,,2013-\nKE,2022-09-13,,Ruto\n"
    with pytest.raises(CountryDataError) as err:
        parse_governments(text, {"KE"})
    problems = err.value.problems
    assert any(":2:" in p and "not after" in p for p in problems)
    assert any(":3:" in p and "unknown country" in p for p in problems)
    assert any(":4:" in p and "period" in p for p in problems)


def test_a_period_may_name_the_country_otherwise_after_of() -> None:
    # ACLED's names of Congo-Kinshasa's forces before 2019 lack the article its later names take
    assert of_name_on("CD", "2015-06-01") == "Democratic Republic of Congo"
    assert of_name_on("CD", "2021-06-01") == "the Democratic Republic of Congo"
    assert of_name_on("PH", "2020-01-01") == "the Philippines"
    assert of_name_on("KE", None) == "Kenya"
    assert of_name_on(None, "2020-01-01") is None
    text = "iso2,start,end,period,of_name\nKE,2013-04-09,,2013-,Kenya Republic\n"
    assert parse_governments(text, {"KE"})[0].of_name == "Kenya Republic"
