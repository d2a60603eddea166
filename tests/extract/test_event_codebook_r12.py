"""ACLED's codebook rules of round 12: how a demonstration went (arrests and warning shots are an intervention;
what the gathering is against is neither its deed nor an intervention in it; police who protest are protesters)
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from helpers import coded

PEACEFUL = ("Protests", "Peaceful protest")
INTERVENTION = ("Protests", "Protest with intervention")
RIOT = ("Riots", "Violent demonstration")


@pytest.mark.parametrize(("text", "coding"), [
    # arrests told in the passive with their agent, of "they", or in a headline's present tense: an intervention
    ("On 3 March 2021, about 30 people, include nurses and two union leaders, marched in Gomel against the new "
     "labour code. At least 12 people, include a union leader, were arrested by the police. [size=about 30]",
     INTERVENTION),
    ("On 4 March 2021, 15 teachers staged a demonstration in Cebu to mark Teachers' Day. They were arrested for "
     "violating the curfew. [size=15]", INTERVENTION),
    ("Bus drivers stage protest over fuel prices in Mombasa; police arrest several drivers", INTERVENTION),
    # shots fired into the air over a march, pepper sprayed at a crowd, police who interfered: an intervention
    ("On 5 March 2021, hundreds of residents marched in Kherson against the occupation. Soldiers fired shots in the "
     "air. [size=hundreds]", INTERVENTION),
    ("On 6 March 2021, a group of nurses protested outside a clinic in Austin. A security guard pepper sprayed two "
     "of them. [size=no report]", INTERVENTION),
    # police officers who protest are the protesters; policies that "prevent them" from earning are a grievance
    ("On 7 March 2021, retired police officers protested in Tyre against banking rules that prevent them from "
     "withdrawing their pensions. [size=no report]", PEACEFUL),
    # people arrested that the gathering wants released, a fight it condemns: its claim, not its deed
    ("On 8 March 2021, students gathered at the police headquarters in Tamale to demand the release of two "
     "classmates who were arrested the day before. [size=no report]", PEACEFUL),
    ("On 9 March 2021, parents protested in Temuco to reject a fight between pupils that left two of them injured. "
     "[size=no report]", PEACEFUL),
    # the claim's clause ends where the demonstrators' own deed begins
    ("On 10 March 2021, traders demonstrating against the new market tax vandalized the town hall in Sikasso. "
     "[size=no report]", RIOT),
    ("In Irbid, demonstrators against fuel price rises cut off roads with burning tires on 2 May.", RIOT),
])
def test_codebook_r12(text: str, coding: tuple[str, str]) -> None:
    assert coded(text) == coding


@pytest.mark.parametrize(("text", "coding"), [
    # the gathering's fate told after its claim: dispersed, cut short by detentions
    ("On 2 May 2021, in Oruro, a group of drivers who had blocked a bridge to demand lower fuel prices were "
     "dispersed by the police. [size=no report]", INTERVENTION),
    ("In mid-May 2017, a student protest demanding more scholarships in Obock was cut short when gendarmes detained "
     "several dozen students.", INTERVENTION),
    # an arrest the gathering speaks of, or one the police failed to make, is its grievance
    ("On 3 May 2021, relatives of a detained policeman demanded his release in Batumi and claimed that his arrest "
     "was unlawful. [size=no report]", PEACEFUL),
    ("On 4 May 2021, locals protested in Dhangadhi, stating that the police were reluctant to arrest the men accused "
     "of a murder. [size=no report]", PEACEFUL),
])
def test_demonstration_fate_and_grievance(text: str, coding: tuple[str, str]) -> None:
    assert coded(text) == coding


@pytest.mark.parametrize("text", [
    "On 6 May 2021, insurgents attacked the local police forces in an ambush near Mocimboa. They killed the "
    "commander of the post and took his rifle.",
    "On 7 May 2021, rebels attacked a military guard post in the hills near Uludere. Casualties were reported.",
])
def test_force_attacked_is_a_battle(text: str) -> None:
    # an armed force or its post attacked: ACLED's armed clash, whoever the note calls the victim
    assert coded(text) == ("Battles", "Armed clash")


def test_assault_at_a_post_is_no_attack_on_it() -> None:
    # a man beaten at a military post was attacked; the post was not
    text = ("On 3 March 2022, soldiers fired a shot at a farmer's house near Sugapa. The farmer was arrested and "
            "assaulted at the military post. There were no fatalities.")
    assert coded(text) == ("Violence against civilians", "Attack")


@pytest.mark.parametrize(("text", "coding"), [
    # a one-line report is no section heading: its present-tense headline tells the event
    ("Rebels attack army soldiers", ("Battles", "Armed clash")),
    ("Police beat two journalists", ("Violence against civilians", "Attack")),
    # shot dead "by an unknown person", shots at an ambulance: violence against civilians
    ("The chief of Tano village was on Friday evening shot dead by an unknown person in his home at Seikwa.",
     ("Violence against civilians", "Attack")),
    ("On 6 May 2021, members of an unidentified armed group shot at an ambulance near El Arish, with no injuries.",
     ("Violence against civilians", "Attack")),
])
def test_one_line_reports_and_unknown_assailants(text: str, coding: tuple[str, str]) -> None:
    assert coded(text) == coding


@pytest.mark.parametrize(("text", "coding"), [
    # ground taken with the fight said not to have happened: a non-violent transfer
    ("Around 3 March 2022, the rebels took control of several localities along the river near Djugu. Clashes were "
     "not reported.", ("Strategic developments", "Non-violent transfer of territory")),
    # a named town taken, told in the passive, after a clash: the group took the ground
    ("On 4 March 2021, the town of Bria (Bria, Haute-Kotto) was taken by rebel forces after a clash with the army. "
     "Fatalities were reported on both sides.", ("Battles", "Non-state actor overtakes territory")),
])
def test_territory_r12(text: str, coding: tuple[str, str]) -> None:
    assert coded(text) == coding


def test_families_exchanging_fire_fight_a_battle() -> None:
    # two families who exchange fire are armed sides: ACLED's armed clash, not mob violence
    text = ("On 9 May 2021, clashes broke out between two families in a refugee camp near Saida. The two sides "
            "exchanged fire. A man was killed.")
    assert coded(text) == ("Battles", "Armed clash")


@pytest.mark.parametrize(("text", "coding"), [
    # "hit" is violence done to a person
    ("On 3 April 2021, in a village near Posadas, police officers hit several women of the community.",
     ("Violence against civilians", "Attack")),
    # forced undressing and the mutilation of breasts are sexual violence, also of people arrested
    ("11 March. The body of a woman whose breasts had been cut off was found in Limbe.",
     ("Violence against civilians", "Sexual violence")),
    ("On 3 March 2021, police arrested a group of women in Mombasa. The women were forced to strip naked and "
     "were beaten.", ("Violence against civilians", "Sexual violence")),
    ("Police arrested a teacher in Nakuru. He is accused of the rape of a pupil.",
     ("Strategic developments", "Arrests")),
])
def test_hit_and_sexual_violence_r12(text: str, coding: tuple[str, str]) -> None:
    assert coded(text) == coding


@pytest.mark.parametrize(("text", "coding"), [
    # police officers who block a road or an entrance in protest are the protesters, not an intervention
    ("On 19 May 2021, in Choloma, a group of former police officers blocked traffic on the main road demanding "
     "their reinstatement. [size=no report]", PEACEFUL),
    ("On 3 May 2021, in Cairo, dozens of policemen blocked the entrance to a police station and expressed anger "
     "at the new minister.", PEACEFUL),
    ("On 3 May 2021, teachers marched in Lima against low pay. Police blocked the marchers and arrested two. "
     "[size=no report]", INTERVENTION),
])
def test_police_who_protest_r12(text: str, coding: tuple[str, str]) -> None:
    assert coded(text) == coding


@pytest.mark.parametrize(("text", "coding"), [
    # a vigil held, a gathering that presses a claim, a march that took place: a protest
    ("On 6 March 2022, dozens held a peace vigil in Mindelo in support of Ukraine.", PEACEFUL),
    ("Around 3 March 2021, the students union held a gathering at the university in Kiffa calling for higher "
     "grants.", PEACEFUL),
    ("The union march in East London took place as part of a national strike.", PEACEFUL),
    # a headline's "fights against", shots fired in the direction of positions: an armed clash
    ("The national army fights against the rebels. No casualties reported.", ("Battles", "Armed clash")),
    ("On 9 June 2022, the Ministry of Defense reported that enemy forces fired in the direction of its positions "
     "near Lachin. No casualties.", ("Battles", "Armed clash")),
])
def test_gatherings_and_fights_r12(text: str, coding: tuple[str, str]) -> None:
    assert coded(text) == coding


def test_a_gathering_of_donors_is_no_protest() -> None:
    with pytest.raises(ValueError):  # no event at all
        coded("The ministers held a gathering of donors in Paris.")


@pytest.mark.parametrize("text", [
    # ground taken with no fight told, in other words: "took over control of", a headline's "take over", a place
    # "allegedly occupied by"
    "Around 3 June 2022, rebels took over control of Kibumba (Nyiragongo, Nord-Kivu).",
    "Somali militants armed with rifles cross into Kenya and take over a police station in Mandera.",
    "The village of Gamboru was allegedly occupied by Boko Haram fighters.",
])
def test_ground_taken_r12(text: str) -> None:
    assert coded(text) == ("Strategic developments", "Non-violent transfer of territory")
