"""A security post is manned by the state's forces: a country's security post attacked names its military as a
side, as a military post does; Middle Africa's named groups by ACLED's names (round 25, invented sentences)."""

from __future__ import annotations

from helpers import acled_actors


def test_a_foreign_army_shelling_a_country_s_security_post_fights_its_military() -> None:
    names = acled_actors("On 4 May 2009, Nigerian troops shelled a Cameroonian security post near the border.",
                         "2009-05-05")
    assert set(names.values()) == {"Military Forces of Nigeria (1999-2015)", "Military Forces of Cameroon (1982-)"}


def test_militants_attacking_a_security_outpost_fight_the_military() -> None:
    names = acled_actors("On 4 May 2019, suspected jihadists attacked a security outpost in Djibo (Soum, Sahel), "
                         "killing two.", "2019-05-05")
    assert names.get("actor2") == "Military Forces of Burkina Faso (2015-2022)"


def test_middle_africa_s_named_groups() -> None:
    names = acled_actors("On 4 May 2019, anti-Balaka militiamen attacked Fulani herders near Bambari (Bambari, Ouaka), "
                         "killing two.", "2019-05-05")
    assert names.get("actor1") == "Anti-Balaka"
    names = acled_actors("On 4 May 2021, FACT rebels clashed with the Chadian army near Nokou (Nord Kanem, Kanem).",
                         "2021-05-05")
    assert set(names.values()) == {"FACT: Front for Change and Concord in Chad", "Military Forces of Chad (2021-)"}
