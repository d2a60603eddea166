"""Round 21 (Western and Middle Africa): a people's hunters are its armed men; armed men the text does not identify
are the group an apposition presumes them to be."""

from __future__ import annotations

from helpers import main_actors
from sitrep.export.acled import acled_name
from sitrep.extract.actor_apposition import apposed_name, named_as


def _actors(text: str, published: str = "2021-03-01") -> dict[str, str]:
    _, names = main_actors(text, published)
    return {role: acled_name({"id": role, "name": name}) for role, name in names.items()}


def test_a_peoples_hunters_are_its_militia() -> None:
    roles = _actors("On 2 March 2021, Dozo hunters killed three herders near Djenne (Djenne, Mopti).")
    assert roles["actor1"] == "Dozo Communal Militia (Mali)"  # ACLED counts the Dozo among communal militias
    assert roles["actor2"] == "Civilians (Mali)"


def test_the_group_an_apposition_presumes_unidentified_men_to_be_is_the_actor() -> None:
    text = "Unidentified gunmen, likely JNIM militants, clashed with soldiers."
    a, b = text.index("gunmen"), text.index("gunmen") + len("gunmen")
    jnim = text.index("JNIM")
    assert apposed_name(text, a, b, [(jnim, jnim + 4)])
    # a name after a comma that presumes nothing is another actor ("gunmen, JNIM and soldiers")
    other = "Unidentified gunmen, soldiers and JNIM militants were seen."
    assert not apposed_name(other, a, b, [(other.index("JNIM"), other.index("JNIM") + 4)])
    # an identified phrase keeps its own name ("the soldiers, likely X")
    known = "The soldiers, likely JNIM targets, withdrew."
    assert not apposed_name(known, 4, 12, [(known.index("JNIM"), known.index("JNIM") + 4)])
    said = "JNIM were the suspected attackers."
    assert named_as(said, said.index("attackers"), [(0, 4)])
    roles = _actors("On 3 March 2021, unidentified gunmen, likely JNIM militants, clashed with Malian soldiers in "
                    "Diafarabe (Tenenkou, Mopti).")
    assert "Nusrat al-Islam" in roles["actor1"]
    assert roles["actor2"] == "Military Forces of Mali (2020-2021)"


def test_the_central_african_republic_written_without_its_n_is_the_country() -> None:
    roles = _actors("On 3 March 2021, Chadian soldiers and Central Africa Republic soldiers clashed in Bessao "
                    "(Bessao, Logone Oriental).")
    assert roles["actor2"] == "Military Forces of the Central African Republic (2016-)"
