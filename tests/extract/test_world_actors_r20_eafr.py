"""Eastern Africa's actors as ACLED names them on the event's date (invented sentences)."""

from __future__ import annotations

from helpers import acled_actors


def test_the_african_union_mission_in_somalia_takes_the_name_of_its_mandate() -> None:
    text = "On 3 May {year}, Al Shabaab militants attacked an AMISOM base in Bulo Marer, Lower Shabelle, killing two."
    names = {year: acled_actors(text.format(year=year), f"{year}-05-04")["actor2"] for year in (2015, 2023, 2025)}
    assert names == {2015: "AMISOM: African Union Mission in Somalia",
                     2023: "ATMIS: African Union Transition Mission in Somalia",
                     2025: "AUSSOM: African Union Support and Stabilization Mission in Somalia"}
