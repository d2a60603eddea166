"""ACLED's codebook rules of round 11: one-sided violence by unidentified assailants, territory taken with no fight
told, demonstrations that turn violent or press a claim, and strategic developments worded otherwise (sentences
written for these tests)."""

from __future__ import annotations

import pytest

from helpers import coded

VAC = ("Violence against civilians", "Attack")
NVTT = ("Strategic developments", "Non-violent transfer of territory")
RIOT = ("Riots", "Violent demonstration")
PEACEFUL = ("Protests", "Peaceful protest")


@pytest.mark.parametrize(("text", "coding"), [
    # a person killed by unidentified assailants, or a state's force beating someone: violence against civilians
    ("On 4 May 2021, a tricycle driver was shot dead by unidentified assailants in Barangay Lumbia, Cagayan de Oro.",
     VAC),
    ("On 5 May 2021, two farmers were killed in an attack by unknown gunmen near Mutum Biyu (Gassol, Taraba).", VAC),
    ("On 6 May 2021, a journalist was publicly beaten by a police commander in a market in Bujumbura.", VAC),
    # the guards of a president are an armed force: attacking them is a battle
    ("On 7 May 2021, mutinous soldiers attacked the presidential guard in Niamey.",
     ("Battles", "Armed clash")),
    # ground taken with no fight told, or said to be unknown: a non-violent transfer
    ("On 8 May 2021, rebels overtook Kibirizi (Rutshuru, Nord-Kivu).", NVTT),
    ("On 9 May 2021, government forces retook Bucha, Kyiv. No information on whether fighting took place.", NVTT),
    # demonstrators who confront each other, or block roads with rocks and rubbish: a violent demonstration
    ("On 10 May 2021, supporters of two parties demonstrated in front of the town hall in Lyon and the groups "
     "confronted each other. [size=no report]", RIOT),
    ("On 11 May 2021, residents blocked streets with cars, rocks, and rubbish in Polokwane to demand water. "
     "[size=no report]", RIOT),
    ("On 12 May 2021, members of the party staged a demonstration and assaulted a journalist at the counting centre "
     "in Biratnagar. [size=no report]", RIOT),
    # a torch procession is no arson; riot police are no riot; a grievance's "damaged" is no deed
    ("On 13 May 2021, people staged a torch procession in Utrecht to protest the curfew. [size=no report]", PEACEFUL),
    ("On 14 May 2021, teachers protested in Colon denouncing the school's understaffing, its damaged classrooms and "
     "the lack of water. [size=no report]", PEACEFUL),
    ("Riot police open fire on opposition protesters in Kisumu; several injured.",
     ("Protests", "Excessive force against protesters")),
    # a gathering that asks for something, or occupies a building to call for it: a protest
    ("On 15 May 2021, people gathered in Turin to ask for the release of a detained researcher. [size=no report]",
     PEACEFUL),
    ("On 16 May 2021, students occupied their school in Rome to call for an end to unpaid internships. "
     "[size=no report]", PEACEFUL),
    # those honoured by a march were killed by others, not by the marchers
    ("On 17 May 2021, thousands of people marched in Santiago to honor the people killed by the dictatorship. "
     "[size=thousands]", PEACEFUL),
    # strategic developments: detention ordered, property burned, weapons destroyed, material damage
    ("On 19 May 2021, armed men burned the main house and two tractors on a farm near Horqueta. No injuries were "
     "reported.", ("Strategic developments", "Looting/property destruction")),
    ("On 20 May 2021, a man drove through the fence of a migrant camp in Subotica. No one was injured but there was "
     "material damage.", ("Strategic developments", "Looting/property destruction")),
    # bullets fired at people named by nationality: an attack on civilians
    ("On 2 June 2021, soldiers fired live bullets at two Palestinians near the fence east of Jenin. Both were "
     "injured.", VAC),
    # a crowd that burns tyres to complain of something: a violent demonstration, not mob violence
    ("On 3 June 2021, in Rosario, a group blocked an avenue and set fire to tires as means to complain about the "
     "power cuts. [size=no report]", RIOT),
    # settlements burned down in revenge for attacks, no one hurt: property destruction
    ("On 4 June 2021, youths from Bongo burnt down Fulani settlements in revenge for alleged robbery attacks. No "
     "fatalities or injuries were reported.", ("Strategic developments", "Looting/property destruction")),
    # a feed's tag with a space before its colon
    ("Movement of forces :Chad has deployed five hundred troops to the Lake region.",
     ("Strategic developments", "Change to group/activity")),
    # the riots that preceded a protest are its cause, not its deed
    ("On 5 June 2021, about 100 people gathered in Beersheba demanding the release of men detained following "
     "riots. [size=about 100]", PEACEFUL),
    # a force that stops or prevents a protest intervenes; measures that "have prevented them" from earning are a
    # grievance; a state force shooting someone at a rally uses excessive force
    ("Police stop a protest of unemployed graduates in Accra.", ("Protests", "Protest with intervention")),
    ("On 6 June 2021, taxi drivers protested in Juba against the lockdown measures, which have prevented them from "
     "earning a living. [size=no report]", PEACEFUL),
    ("Police shoot opposition member during rally in Tamale.", ("Protests", "Excessive force against protesters")),
    # a rebel stronghold taken by the army; drones and air raids; a confrontation between two armed groups
    ("On 7 June 2021, the army took control of a militia stronghold near Djugu after clashes with the militiamen.",
     ("Battles", "Government regains territory")),
    ("On 8 June 2021, Houthi forces targeted with three drones an oil refinery in Jizan. No one was injured.",
     ("Explosions/Remote violence", "Air/drone strike")),
    ("On 9 June 2021, a man was killed during an armed confrontation between two armed groups in Tumaco.",
     ("Battles", "Armed clash")),
    # a grenade that did not explode, explosive devices recovered: disrupted weapons use
    ("On 10 June 2021, militants lobbed a grenade at a police patrol in Sopore but the grenade did not explode and "
     "no one was injured.", ("Strategic developments", "Disrupted weapons use")),
    ("On 11 June 2021, soldiers recovered four improvised explosive devices planted by rebels near Catarman.",
     ("Strategic developments", "Disrupted weapons use")),
    # looting with the people there attacked is one attack on civilians
    ("On 12 June 2021, gunmen looted five cars on the road to Kutum and took the passengers' phones. The gunmen "
     "assaulted the passengers and three people were injured.", VAC),
    # a knee on an arrested man's neck is force: an attack
    ("On 13 June 2021, two officers arrested a man in Leeds. One officer knelt on his neck for minutes, "
     "leading to his death.", VAC),
    # rocket-propelled grenades and fire from gunboats: shelling
    ("On 14 June 2021, fighters fired RPGs at Kolofata village. No casualty was reported.",
     ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ("On 15 June 2021, navy gunboats struck the coast near Rafah. Casualties unknown.",
     ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    # one deed done to one person, repeated, is still one incident
    ("On 21 March 2022, a soldier repeatedly raped a 30-year-old woman in Izium.",
     ("Violence against civilians", "Sexual violence")),
])
def test_codebook_r11(text: str, coding: tuple[str, str]) -> None:
    assert coded(text) == coding


def test_armed_clash_with_soldiers_killed_stays_a_battle() -> None:
    # soldiers killed and captured while weapons were destroyed: the fighting, not a weapons seizure
    text = ("On 8 April 2019, 6 soldiers were killed, 3 were captured and 2 tanks were destroyed and weapons were "
            "seized by Taliban militants in Muqur district, Badghis province.")
    assert coded(text)[0] == "Battles"
