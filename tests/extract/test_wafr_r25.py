"""Round 25 (Western Africa): farmers who turn on herders with their hands are a mob, a people's armed men in a
text that names no country are its militia by the bare name, a walk held for a cause is a march, a group named
"<Name> Boys" is named so, the peoples and movements ACLED names in Nigeria, Ghana, Mali and the Ivory Coast, and a
region of one country ("the Niger Delta", "Darfur") tells that country."""

from __future__ import annotations

import pytest

from helpers import acled_actors, main_actors
from sitrep.extract.named_militias import named_boys
from sitrep.extract.region_votes import REGION_WEIGHT, parse_regions, region_votes
from sitrep.lexicon.countries import ethnic_groups


def test_farmers_who_assault_herders_are_rioters_unless_armed() -> None:
    ev, roles = main_actors("On 3 March 2021, a group of farmers (mostly young men) assaulted two herders after "
                            "cattle damaged their fields near Kandi (Kandi, Alibori).", "2021-03-03")
    assert (ev.type, ev.sub_type) == ("Riots", "Mob violence")
    assert roles["actor1"] == "Rioters (Benin)"
    ev, roles = main_actors("On 3 March 2021, a group of armed farmers attacked two herders near Kandi "
                            "(Kandi, Alibori).", "2021-03-03")
    assert ev.type != "Riots" and roles["actor1"] != "Rioters (Benin)"


def test_a_peoples_armed_men_with_no_country_keep_their_peoples_name() -> None:
    ev, roles = main_actors("Fulani herdsmen killed four villagers and burned their granaries on Tuesday.",
                            "2015-02-03")
    assert ev.type == "Violence against civilians"
    assert roles["actor1"] == "Fulani Ethnic Militia"
    _, roles = main_actors("On 3 February 2015, Fulani herdsmen killed four villagers near Kandi (Kandi, Alibori).",
                           "2015-02-03")
    assert roles["actor1"] == "Fulani Ethnic Militia (Benin)"


def test_a_unity_walk_is_a_march() -> None:
    ev, roles = main_actors("On 5 June 2020, party supporters gathered in Kumasi for the regional unity walk.",
                            "2020-06-05")
    assert (ev.type, ev.sub_type) == ("Protests", "Peaceful protest")
    assert roles["actor1"] == "Protesters (Ghana)"


def test_west_african_peoples_and_movements_acled_names() -> None:
    assert ethnic_groups()["Ilaje"].acled == "Ilajes"  # ACLED's plural, as for the Dagbon gates
    assert ethnic_groups()["Andani"].countries == {"GH"}
    _, roles = main_actors("On 9 August 2004, Ijaw militants clashed with soldiers near Warri (Warri South, Delta).",
                           "2004-08-09")
    assert roles["actor1"] == "Ijaw Ethnic Militia (Nigeria)"
    names = acled_actors("On 3 May 2007, MEND militants attacked an oil platform in Bayelsa and kidnapped four "
                         "workers.", "2007-05-03")
    assert names["actor1"] == "MEND: Movement for the Emancipation of the Niger Delta"
    names = acled_actors("On 3 March 2016, GATIA fighters clashed with CMA fighters near Anefis (Tessalit, Kidal).",
                         "2016-03-03")
    assert set(names.values()) >= {"GATIA: Imghad Tuareg and Allies Self-Defense Group",
                                   "CMA: Coordination of Movements of the Azawad"}


def test_a_dagbon_gate_named_tells_ghana_without_a_place() -> None:
    ev, roles = main_actors("Andani and Abudu youths clashed over the chieftaincy; three were wounded.",
                            "2002-03-25")
    assert ev.type == "Riots"
    assert roles["actor1"] == "Rioters (Ghana)"


def test_a_group_named_boys_is_named_as_written() -> None:
    names = acled_actors("On 2 May 2021, Ajegunle Boys and Olodi Boys clashed in Apapa (Apapa, Lagos); two "
                         "members were killed.", "2021-05-02")
    assert set(names.values()) == {"Ajegunle Boys", "Olodi Boys"}
    assert named_boys("Pupils of the Kumasi Boys Senior High School and two Area Boys", 0, 60, "GH", {}) == []
    assert named_boys("Pupils of St. Mary's Boys and the Old Boys", 0, 40, "GH", {}) == []


def test_a_region_of_one_country_tells_the_country() -> None:
    assert region_votes("Gunmen kidnapped two oil workers in the Niger Delta on Monday.") == {"NG": REGION_WEIGHT}
    assert region_votes("Fighting spread across Darfur.") == {"SD": REGION_WEIGHT}
    assert region_votes("The Movement for the Emancipation of the Niger Delta issued a statement.") == {}
    assert region_votes("Hundreds fled the Sahel.") == {}
    _, roles = main_actors("Militants attacked an oil platform in the Niger Delta and kidnapped six workers.",
                           "2008-04-12")
    assert roles["actor1"] == "Unidentified Armed Group (Nigeria)"


def test_the_region_table_is_checked() -> None:
    with pytest.raises(ValueError, match="known country"):
        parse_regions("region,country,other_names,note\nBig Valley,XX,,\n", {"NG"})
    with pytest.raises(ValueError, match="two countries"):
        parse_regions("region,country,other_names,note\nBig Valley,NG,,\nLow Hills,GH,Big Valley,\n", {"NG", "GH"})
