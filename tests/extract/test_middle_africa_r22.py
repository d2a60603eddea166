"""Middle Africa's actors and places as ACLED names them (round 22, invented sentences)."""

from __future__ import annotations

from helpers import acled_actors
from sitrep.extract.namesake_home import prefer_group_country
from sitrep.lexicon.gazetteer import default_gazetteer
from sitrep.lexicon.keys import place_key

_LAKE_CHAD = ("NG", "CM", "NE", "TD")  # Boko Haram's countries, home first


def test_a_namesake_in_a_country_where_the_named_group_fights_is_that_country_s() -> None:
    first: dict[str, float] = {"CI": 1.0}
    votes = {"CI": 1.0, "NG": 1.0}
    prefer_group_country(votes, [("Ganse", {"CI": 1.0}, first)], [_LAKE_CHAD])
    assert (votes["CM"], votes["CI"], first) == (1.0, 0.0, {"CM": 1.0})


def test_other_evidence_for_the_namesake_abroad_keeps_it_there() -> None:
    votes = {"CI": 2.0, "NG": 1.0}  # the place and, say, an Ivorian demonym
    prefer_group_country(votes, [("Ganse", {"CI": 1.0}, {"CI": 1.0})], [_LAKE_CHAD])
    assert votes == {"CI": 2.0, "NG": 1.0}
    votes = {"CI": 1.0}  # no group that fights in several countries
    prefer_group_country(votes, [("Ganse", {"CI": 1.0}, {"CI": 1.0})], [])
    assert votes == {"CI": 1.0}


def test_boko_haram_s_victims_in_a_far_north_village_are_cameroon_s() -> None:
    names = acled_actors("On 4 March 2017, Boko Haram fighters abducted three herders in Ganse.", "2017-03-05")
    assert names.get("actor2") == "Civilians (Cameroon)"


def test_the_force_that_intervened_is_the_state_s_not_the_group_the_crowd_protests_against() -> None:
    names = acled_actors("On 3 May 2022, people gathered in Beni (Beni, Nord-Kivu) to demonstrate against killings of "
                         "civilians by unidentified armed groups in the area. The police intervened and dispersed the "
                         "crowd with tear gas.", "2022-05-04")
    assert names.get("actor2") == "Police Forces of the Democratic Republic of Congo (2019-)"


def test_ituri_s_zaire_militia_and_codeco_s_urdpc_faction_by_acled_s_names() -> None:
    names = acled_actors("On 4 May 2022, Zaire militiamen clashed with CODECO-URDPC fighters near Pimbo "
                         "(Djugu, Ituri). Two fighters were killed.", "2022-05-05")
    assert names.get("actor1") == "FPAC: Ituri Self-Defense Popular Front (Zaire)"
    assert (names.get("actor2") or "").startswith("CODECO-URDPC: Cooperative for Development of Congo")


def test_the_congo_s_eastern_towns_are_in_the_gazetteer() -> None:
    g = default_gazetteer()
    for name, division in (("Baraka", "Sud-Kivu"), ("Kasumbalesa", "Haut-Katanga"), ("Kitchanga", "Nord-Kivu")):
        assert any(p.country == "CD" and p.admin1 == division for p in g.lookup([place_key(name)])), name
