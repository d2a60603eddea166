"""Round 23 (Middle East and Northern Africa): the Palestinian territories have no army of their own."""

from __future__ import annotations

from sitrep.extract.event_actors import generic_entity


def test_the_soldiers_of_the_palestinian_territories_are_israel_s() -> None:
    assert generic_entity("military", "PS", "2022-03-17").name == "Military Forces of Israel (2021-2022)"
    # the territory's other generic actors stay its own
    assert generic_entity("civilians", "PS", "2022-03-17").name == "Civilians (Palestine)"
    assert generic_entity("police", "PS", "2022-03-17").name.startswith("Police Forces of Palestine")
    assert generic_entity("military", "IL", "2022-03-17").name == "Military Forces of Israel (2021-2022)"


def test_a_palestinian_military_is_an_armed_group_and_bare_soldiers_are_israel_s() -> None:
    from sitrep.extract.event_actors import owned

    refs: dict = {}
    key, family = owned("military", "PS", "PS", "2022-04-21", refs)
    assert (refs[key].name, family) == ("Unidentified Armed Group (Palestine)", "unidentified")
    key, family = owned("military", None, "PS", "2022-04-21", refs)
    assert (refs[key].name, family) == ("Military Forces of Israel (2021-2022)", "external")


def test_the_martyr_soro_amed_vengeance_units_by_acled_name() -> None:
    from helpers import acled_actors

    found = acled_actors("On 29 April 2020, the Martyr Soro Amed Vengeance Units set fire to a textile workshop in "
                         "Esenyurt, Istanbul. Material damage was caused.", "2020-04-29")
    assert "MSAV: Martyr Soro Amed Vengeance Units" in found.values()


def test_the_region_s_parties_and_leaders_name_their_country() -> None:
    from sitrep.extract.party_votes import party_votes

    assert party_votes("Supporters of the Umma Party marched to the square.") == {"SD": 1.0}
    assert party_votes("Sadrists blocked the road to the ministry.") == {"IQ": 1.0}
    assert party_votes("Students chanted against Hemedti.") == {"SD": 0.5}
    assert party_votes("Members of the Istiqlal Party held a sit-in.") == {"MA": 1.0}
    assert party_votes("A quiet day in the market.") == {}


def test_a_force_that_only_backs_a_side_is_its_associate() -> None:
    from helpers import acled_actors

    found = acled_actors("On 7 May 2020, PMF fighters backed by the intelligence service ambushed IS militants near "
                         "Samarra, causing the militants to flee.", "2020-05-07")
    assert found.get("actor2") == "Islamic State (Iraq)"
    assert found.get("actor1", "").endswith("Popular Mobilization Forces")
    found = acled_actors("On 21 July 2020, a landmine planted by Wagner mercenaries affiliated with LNA forces "
                         "injured two civilians in Qasr Bin Ghashir (Aljfara).", "2020-07-21")
    assert (found.get("actor1"), found.get("actor2")) == ("Wagner Group", "Civilians (Libya)")
