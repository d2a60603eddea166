"""Round 13: "law enforcement" names a country's police, the side that arrests, not a gang that is arrested."""

from __future__ import annotations

from helpers import main_actors


def test_law_enforcement_is_the_police_that_arrests() -> None:
    text = ("On 2 June 2021, in Tegucigalpa, law enforcement officers detained twelve suspected members of a gang "
            "accused of extortion.")
    ev, names = main_actors(text, "2021-06-02")
    assert ev.sub_type == "Arrests"
    assert names["actor1"].startswith("Police Forces of Honduras")
