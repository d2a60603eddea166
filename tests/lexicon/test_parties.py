"""Parties and unions of one country: the shipped table, its checks, matching as written."""

from __future__ import annotations

import pytest

from sitrep.lexicon.countries import CountryDataError
from sitrep.lexicon.parties import parse_parties, parties, parties_named


def test_the_shipped_table_loads() -> None:
    table = parties()
    assert table["CCOO"].country == "ES"
    assert table["Nepali Congress"].country == "NP"


def test_names_are_matched_as_written_each_party_once() -> None:
    text = "Members of CPN-UML and the UML youth wing joined COSATU marchers; uml was written in lower case."
    assert [(p.name, p.country) for p in parties_named(text)] == [
        ("Communist Party of Nepal (Unified Marxist-Leninist)", "NP"),
        ("Congress of South African Trade Unions", "ZA")]
    assert parties_named("The CCOOs office and a KDP-I cell") == []


def test_bad_rows_are_all_reported() -> None:
    text = "name,country,aliases,acled,shared\n,KE,,,\nA Party,XX,AP,,\nB Party,KE,AP|B Party,,\n"
    with pytest.raises(CountryDataError) as err:
        parse_parties(text, {"KE"})
    assert err.value.problems == ["parties.csv:2: name is empty", "parties.csv:3: unknown country 'XX'"]
    with pytest.raises(CountryDataError, match="header"):
        parse_parties("name,country\nA,KE\n", {"KE"})
    with pytest.raises(CountryDataError, match="already names"):
        parse_parties("name,country,aliases,acled,shared\nA Party,KE,AP,,\nB Party,UG,AP,,\n", {"KE", "UG"})


def test_acled_names_and_shared_abbreviations() -> None:
    table = parse_parties("name,country,aliases,acled,shared\nA Party,KE,AP,AP: A Party,\nB Party,UG,,,BP\n",
                          {"KE", "UG"})
    assert table["AP"].acled == "AP: A Party" and table["B Party"].acled is None
    assert table["B Party"].shared == ("BP",) and "BP" not in table  # a shared abbreviation names no country
