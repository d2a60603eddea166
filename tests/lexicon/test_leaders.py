"""Leaders of one country: the shipped table, its checks, matching as written (possessives included)."""

from __future__ import annotations

import pytest

from sitrep.extract.party_votes import LEADER_WEIGHT, party_votes
from sitrep.lexicon.countries import CountryDataError
from sitrep.lexicon.leaders import leaders, leaders_named, parse_leaders


def test_the_shipped_table_loads() -> None:
    table = leaders()
    assert table["Guelleh"].country == "DJ"
    assert table["Museveni"].name == "Yoweri Museveni"


def test_names_are_matched_as_written_with_their_possessives() -> None:
    text = "Crowds cheered Kibakis win and Museveni's speech; museveni in lower case and Kibakistan are no names."
    assert [(x.name, x.country) for x in leaders_named(text)] == [("Mwai Kibaki", "KE"), ("Yoweri Museveni", "UG")]


def test_bad_rows_are_all_reported() -> None:
    with pytest.raises(CountryDataError) as err:
        parse_leaders("name,country,aliases\n,KE,\nA Person,XX,\nB Person,KE,Person\nC Person,UG,Person\n",
                      {"KE", "UG"})
    assert err.value.problems == ["leaders.csv:2: name is empty", "leaders.csv:3: unknown country 'XX'",
                                  "leaders.csv:5: 'Person' already names B Person"]
    with pytest.raises(CountryDataError, match="header"):
        parse_leaders("name,country\nA,KE\n", {"KE"})


def test_a_leader_is_weak_evidence_of_their_country() -> None:
    assert party_votes("Youths demanding the end of President Guelleh's rule clashed with police.") == \
        {"DJ": LEADER_WEIGHT}
    assert party_votes("Police fired on CORD supporters.") == {"KE": 1.0}
