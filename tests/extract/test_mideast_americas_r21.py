"""Round 21 (Middle East and the Americas): a namesake written twice is no evidence for itself; a landmark names
its country; ACLED's names of Mexican criminal groups; rioters who burn banks strike civilians."""

from __future__ import annotations

import pytest

from helpers import acled_actors
from sitrep.extract.event_country import document_country
from sitrep.extract.landmark_votes import landmark_votes, parse_landmarks
from sitrep.nlp.annotate import annotate
from sitrep.records import Document


def _country(text: str) -> str | None:
    doc = Document(id="d", source="d", text=text, format="text", published="2020-05-01")
    return document_country(text, sorted(annotate(doc).mentions, key=lambda m: m.start))


def test_a_namesake_written_again_follows_the_evidence_at_home() -> None:
    # Bohssas lies next to Lebanon's Tripoli: the second "Tripoli" does not vote for Libya's
    text = "Youths from Tripoli blocked a road near Bohssas with burning tyres after a night of unrest in Tripoli."
    assert _country(text) == "LB"


def test_a_bare_namesake_alone_keeps_the_larger_place() -> None:
    assert _country("Shelling was reported in Tripoli overnight.") == "LY"


def test_mexican_criminal_groups_under_acled_names() -> None:
    found = acled_actors("On 3 March 2021, in Poza Rica, Veracruz, gunmen of Los Zetas attacked a police patrol, "
                         "killing two officers.", "2021-03-03")
    assert "Los Zetas Gang" in found.values()
    found = acled_actors("On 3 March 2021, in Zitacuaro, Michoacan, La Familia Michoacana clashed with the CJNG on "
                         "the highway. 4 fatalities.", "2021-03-03")
    assert "La Familia Michoacana Cartel" in found.values()


def test_a_landmark_names_its_country() -> None:
    assert landmark_votes("Hundreds gathered on Taksim Square before the police dispersed them.") == {"TR": 2.0}
    assert landmark_votes("Pensioners marched to the plaza de mayo.") == {"AR": 2.0}
    assert landmark_votes("A rally in a square of the town.") == {}
    # a bare namesake beside it is the one at home
    assert _country("Students blocked al Nour square in Tripoli to protest against the price of bread.") == "LB"


def test_the_landmark_table_is_checked() -> None:
    with pytest.raises(ValueError, match="known country"):
        parse_landmarks("landmark,country,town,other_names,note\nBig Square,XX,Town,,\n", {"LB"})
    with pytest.raises(ValueError, match="two countries"):
        parse_landmarks("landmark,country,town,other_names,note\nBig Square,LB,Town,,\nBig Square,SY,Town,,\n",
                        {"LB", "SY"})


def test_brazilian_factions_by_their_acronyms() -> None:
    found = acled_actors("On 4 March 2021, in Cuiaba (Mato Grosso), three members of the CV abducted a shop owner. "
                         "He was released the next day.", "2021-03-04")
    assert found.get("actor1") == "CV: Red Command"


def test_gang_members_suspected_make_the_unidentified_a_gang() -> None:
    text = "On 2 March 2021, in Zacatecoluca (La Paz), two brothers were shot dead near their home."
    assert acled_actors(text + " 2 fatalities.", "2021-03-02").get("actor1") == "Unidentified Armed Group (El Salvador)"
    found = acled_actors(text + " Gang members (pandilleros) are suspected of the killing. 2 fatalities.", "2021-03-02")
    assert found.get("actor1") == "Unidentified Gang (El Salvador)"


def test_rioters_who_burn_banks_or_firebomb_a_house_strike_civilians() -> None:
    found = acled_actors("On 2 May 2020, unknown rioters burned three ATM's in Jounieh, angered by the banks' limits "
                         "on withdrawals. No injuries were reported.", "2020-05-02")
    assert found == {"actor1": "Rioters (Lebanon)", "actor2": "Civilians (Lebanon)"}
    found = acled_actors("On 2 May 2020, rioters angry at rising prices gathered outside the house of a minister in "
                         "Zahle and threw a Molotov cocktail at the house. [size=no report]", "2020-05-02")
    assert found.get("actor2") == "Civilians (Lebanon)"
    # fires lit before a bank strike nothing of anyone's
    found = acled_actors("On 2 May 2020, in Manaus, Amazonas, people burned objects in front of a bank agency to "
                         "protest its closure. [size=no report]", "2020-05-02")
    assert "actor2" not in found
