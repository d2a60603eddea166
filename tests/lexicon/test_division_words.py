"""The word a country calls its first-level divisions by (``lexicon.division_words``): a division's name several
countries share, written with that word, is of the countries whose divisions are so called."""

from __future__ import annotations

import pytest

from sitrep.extract.place_votes import comma_hierarchies
from sitrep.lexicon.division_words import called, parse, word_of


def test_a_state_is_of_the_countries_of_states() -> None:
    assert called({"CO", "EC", "VE"}, "state") == {"VE"}
    assert called({"CO", "EC", "VE"}, "Department") == {"CO"}
    assert called({"CO", "EC", "VE"}, "province") == {"EC"}


def test_no_word_or_no_match_keeps_them_all() -> None:
    assert called({"CO", "EC", "VE"}, None) == {"CO", "EC", "VE"}
    assert called({"CO", "EC", "VE"}, "oblast") == {"CO", "EC", "VE"}


def test_the_word_that_ends_a_name() -> None:
    assert word_of("Bolivar state") == "state"
    assert word_of("Bolivar") is None


def test_a_comma_chain_ending_with_a_state() -> None:
    text = "On 3 May 2021, in Guasipati, Roscio municipality, Bolivar state, miners protested."
    assert [c for _, _, c in comma_hierarchies(text)] == [frozenset({"VE"})]


def test_the_table_rejects_a_country_listed_twice() -> None:
    with pytest.raises(ValueError):
        parse("country,words,note\nVE,state,\nVE,state,\n", {"VE"})
