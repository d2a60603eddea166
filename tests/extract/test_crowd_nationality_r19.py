"""The nationality of a crowd: visitors named by their nationality are a foreign crowd; a crowd with another
country's people among others is the event country's (invented sentences)."""

from __future__ import annotations

from sitrep.extract.crowd_actors import crowd_nationality


def test_tourists_of_a_nationality_are_its_crowd() -> None:
    assert crowd_nationality("On 3 May 2021, Korean tourists held a protest at the airport in Bangkok, demanding "
                             "flights home.", "TH") == "KR"


def test_pilgrims_of_a_nationality_are_its_crowd() -> None:
    assert crowd_nationality("On 3 May 2021, a group of Syrian pilgrims protested in Najaf.", "IQ") == "SY"


def test_residents_and_refugees_from_a_country_are_a_mixed_crowd() -> None:
    assert crowd_nationality("On 3 May 2021, residents and refugees from Syria protested in Hamburg against the "
                             "war.", "DE") is None


def test_refugees_from_a_country_alone_are_its_crowd() -> None:
    assert crowd_nationality("On 3 May 2021, dozens of refugees from Syria protested in Hamburg.", "DE") == "SY"


def test_a_family_of_refugees_beside_others_is_a_mixed_crowd() -> None:
    assert crowd_nationality("On 3 May 2021, pupils took part, alongside their teachers and a family of Syrian "
                             "refugees, in a march in Bari.", "IT") is None
