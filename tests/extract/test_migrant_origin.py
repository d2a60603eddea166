"""Refugees, like migrants, have left their country: with no nationality said they are ACLED's
"Civilians (International)"; given one where the text names them again, that country's civilians."""

from __future__ import annotations

import pytest

from helpers import main_actors
from sitrep.extract.foreign_people import INTERNATIONAL
from sitrep.extract.migrant_origin import origin_owners


@pytest.mark.parametrize(("text", "want"), [
    ("Refugees were killed when their truck hit a landmine laid by rebels", [INTERNATIONAL]),
    ("The army detained refugees from Sudan near the border", ["SD"]),
    ("The army detained 30 Eritrean refugees. The refugees were later freed", ["ER"]),
    ("The army detained 30 refugees. The refugees were from Somalia", ["SO"]),
])
def test_refugees_are_of_the_country_said_else_international(text: str, want: list[str]) -> None:
    a = text.rindex("refugees") if "Eritrean" in text else text.index("efugees") - 1
    assert origin_owners(text, a, a + len("refugees")) == want


def test_a_refugee_camp_is_a_place_not_its_people() -> None:
    text = "Warplanes struck a refugee camp"
    a = text.index("refugee")
    assert origin_owners(text, a, a + len("refugee")) == []


def test_two_nationalities_named_elsewhere_leave_the_refugees_international() -> None:
    text = "Police detained Syrian migrants and Afghan migrants. Later refugees were moved"
    a = text.index("refugees")
    assert origin_owners(text, a, a + len("refugees")) == [INTERNATIONAL]


@pytest.mark.parametrize(("text", "want"), [
    ("On 3 May 2016, refugees were wounded when their car struck a landmine planted by rebels near Tadjourah, "
     "Djibouti.", "Civilians (International)"),
])
def test_refugees_of_no_nationality_said_are_international_civilians(text: str, want: str) -> None:
    _, names = main_actors(text, "2016-05-03")
    assert names.get("actor2") == want


def test_refugees_of_a_territory_whose_refugees_are_its_own_people_are_its_civilians() -> None:
    text = "Airstrikes hit a school sheltering refugees"
    a = text.index("refugees")
    assert origin_owners(text, a, a + len("refugees"), refugees_home=True) == []
    assert origin_owners(text, a, a + len("refugees")) == [INTERNATIONAL]
