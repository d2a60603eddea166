"""A crowd of a neighbour's people who are a national minority of the event's country is that country's crowd; a
crowd's part of the sentence ends where it joins the demonstration (invented sentences)."""

from __future__ import annotations

import pytest

from sitrep.extract.crowd_actors import crowd_nationality
from sitrep.lexicon.countries import CountryDataError
from sitrep.lexicon.national_minorities import minority_of, national_minorities, parse_minorities


def test_a_national_minority_is_the_event_countrys_crowd() -> None:
    assert crowd_nationality("On 4 May 2021, about 300 Hungarian people rallied in Cluj-Napoca to demand "
                             "bilingual signs.", "RO") is None
    assert crowd_nationality("On 4 May 2021, Polish residents protested in Vilnius against a school reform.",
                             "LT") is None


def test_the_same_people_abroad_elsewhere_are_their_own_countrys_crowd() -> None:
    assert crowd_nationality("On 4 May 2021, Polish residents protested in Dublin against a school reform.",
                             "IE") == "PL"
    assert crowd_nationality("On 4 May 2021, about 300 Hungarian people rallied in Vienna.", "AT") == "HU"


def test_people_named_after_the_verb_of_taking_part_are_companions_not_the_crowd() -> None:
    assert crowd_nationality("On 4 May 2021, pupils of a school took part, alongside their teachers, a priest, "
                             "a group of Syrian refugees and the mayor, in a march for peace in Lecce.", "IT") is None
    assert crowd_nationality("On 4 May 2021, nurses joined, with some Afghan refugees, a rally in Lyon.", "FR") is None


def test_foreigners_who_take_part_are_still_their_countrys_crowd() -> None:
    assert crowd_nationality("On 4 May 2021, dozens of Georgian nationals took part in a march in Athens.",
                             "GR") == "GE"


def test_the_minorities_table_loads_and_is_checked() -> None:
    table = national_minorities()
    assert "LT" in table["PL"] and minority_of("HU", "SK") and not minority_of("HU", "AT")
    assert not minority_of("PL", None)
    with pytest.raises(CountryDataError):
        parse_minorities("people,countries,note\nPL,PL,its own country\n", {"PL", "LT"})
    with pytest.raises(CountryDataError):
        parse_minorities("people,countries,note\nPL,QQ,unknown\n", {"PL", "LT"})
    with pytest.raises(CountryDataError):
        parse_minorities("people,countries,note\nPL,LT,a\nPL,LT,b\n", {"PL", "LT"})


def test_a_count_opening_the_sentence_does_not_make_a_mixed_crowd() -> None:
    assert crowd_nationality("Several Georgians gathered outside the town hall in Patras.", "GR") == "GE"
    assert crowd_nationality("Kosovo Serbs gathered outside the municipal offices in Gracanica.", "XK") is None
