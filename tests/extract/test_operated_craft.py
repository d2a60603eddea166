"""A craft one country made that another force flies is that force's ("a Turkish drone operated by the GNA")."""

from __future__ import annotations

from helpers import main_actors


def test_a_drone_another_force_operates_is_that_forces() -> None:
    _, actors = main_actors("On 3 June 2020, a Turkish drone operated by GNA forces struck a fuel truck near Tarhuna, "
                            "killing two civilians.", "2020-06-03")
    assert "Turkey" not in actors.get("actor1", "")
    assert "Government of National Accord" in actors.get("actor1", "")


def test_a_countrys_drone_is_still_its_military() -> None:
    _, actors = main_actors("On 3 June 2022, Israeli drones struck a house near Khan Younis, killing two civilians.",
                            "2022-06-03")
    assert actors.get("actor1", "").startswith("Military Forces of Israel")
