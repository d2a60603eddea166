"""ACLED's codebook rules on arrests with force, harm in custody, forces that fight back, victims named by their
office, and demonstrations (sentences written for these tests)."""

from __future__ import annotations

import pytest

from helpers import coded as _coded
from sitrep.extract import context_cues, event_cues
from sitrep.extract.events import find_events
from sitrep.nlp.annotate import annotate
from sitrep.records import Document

VAC = ("Violence against civilians", "Attack")
CLASH = ("Battles", "Armed clash")


@pytest.mark.parametrize(("text", "coding"), [
    # an arrest with force used on the arrested, told in the next sentence: an attack, not an arrest
    ("On 3 March 2021, police arrested a street trader in Lusaka. Witnesses said he was kicked and beaten by the "
     "officers as he lay on the ground.", VAC),
    # a restraint by the neck is force
    ("On 4 March 2021, two officers arrested a delivery driver in Lyon and pinned him down with a knee on his neck.",
     VAC),
    # a plain arrest stays one
    ("On 5 March 2021, police arrested three men suspected of selling stolen phones in Kisumu.",
     ("Strategic developments", "Arrests")),
    # harm in custody is an attack by those who hold the victim
    ("On 6 March 2021, a detained activist died in police custody in Harare, his family said.", VAC),
    # a force attacked that fought back: a battle, not a one-sided attack
    ("On 7 March 2021, gunmen attacked a village near Dori. Soldiers deployed in the area repelled the attackers "
     "after an exchange of fire.", CLASH),
    ("On 8 March 2021, armed men fired at a police post in Goma and the police responded.", CLASH),
    # a police chief commands a force: killing one in an ambush is a battle
    ("On 9 March 2021, bandits killed a police chief and two officers in an ambush near Isiolo.", CLASH),
    # victims named by their office are civilians
    ("On 10 March 2021, unidentified gunmen attacked an MP and two of his aides at his home in Kumasi.", VAC),
    ("On 11 March 2021, armed men shot dead a district administrator near Beni.", VAC),
    # the ACLED car-ramming tag on a demonstration: force against demonstrators
    ("On 12 March 2021, people protested in Austin against police brutality. A car hit and injured a protester at a "
     "crossing. [size=no report] [car ramming]", ("Protests", "Excessive force against protesters")),
    # demonstrators who seize a police officer make a violent demonstration
    ("On 13 March 2021, hundreds of farmers demonstrated in Puyo to demand fuel subsidies. They captured a police "
     "officer and held him for hours. [size=hundreds]", ("Riots", "Violent demonstration")),
    # barricades put up by the police are no violence of the demonstrators
    ("On 14 March 2021, traders staged a demonstration in Bobo-Dioulasso against new taxes. Police barricaded the "
     "roads and dispersed them. [size=several hundred]", ("Protests", "Protest with intervention")),
    # shots fired in the air that hurt no one: a strategic development, however many
    ("On 15 March 2021, border guards fired about 30 shots into the air near the crossing at Kapitan Andreevo.",
     ("Strategic developments", "Other")),
    # ground regained is the event, whatever weapon took it; air strikes told with a clash support the clash
    ("On 16 March 2021, the army shelled rebel positions and regained control of the town of Mweso.",
     ("Battles", "Government regains territory")),
    ("On 17 March 2021, government troops and rebels clashed near Tawila, with air strikes being reported.", CLASH),
    # a drone named by who operates it; a cluster bomb that kills a shepherd years later
    ("On 18 March 2021, a drone operated by the army targeted a pickup truck near Sirte, killing three people.",
     ("Explosions/Remote violence", "Air/drone strike")),
    ("On 19 March 2021, a shepherd was killed by a cluster bomb left from the war near Tartar.",
     ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    # a note with ACLED's crowd size is read whole: violence told after the opening sentences makes it a riot
    ("On 20 March 2021, thousands of people demonstrated in Portland against police brutality. Demonstrators "
     "gathered outside the courthouse. Police told them to leave the area. Later some people threw bottles at "
     "officers. [size=thousands]", ("Riots", "Violent demonstration")),
    # a crowd's damage with no claim pressed, tagged with a size: mob violence
    ("On 21 March 2021, around 500 people damaged a state-owned water company office in Palu. They were angry "
     "about repeated cuts. [size=around 500]", ("Riots", "Mob violence")),
    # people arrested and then executed: an attack
    ("On 22 March 2021, soldiers arrested four herders near Niono. Relatives said one arrested man had been "
     "executed.", VAC),
    # an election's result declared
    ("The incumbent was declared winner of the presidential election on Monday, three weeks after the vote.",
     ("Strategic developments", "Other")),
    # a note with ACLED's crowd size tells a demonstration: force that dispersed the crowd is an intervention
    ("On 23 March 2021, police used tear gas to disperse about 60 migrants camping near the port of Calais. "
     "[size=about 60]", ("Protests", "Protest with intervention")),
    # a demonstrator shoved to the ground by the police, or students hurt by gunfire: excessive force
    ("On 24 March 2021, people protested in Leeds against a new policing bill. An elderly protester was shoved "
     "to the ground by officers. [size=no report]", ("Protests", "Excessive force against protesters")),
    # people named by their nationality hurt, told in the passive, are civilians
    ("On 25 March 2021, soldiers opened fire during a raid on Qabatiya. A Palestinian was injured by a bullet in "
     "the leg.", VAC),
    # shots fired at a force that answered: an armed clash
    ("On 26 March 2021, shots were fired from a house in Tamale and police forces responded. One man was found "
     "dead in the house.", CLASH),
    # drugs seized in a police operation with no one hurt: ACLED's looting/property destruction, not a clash
    ("On 27 March 2021, federal police seized about two tons of cannabis hidden on a farm during an operation "
     "near Ponta Pora. Two people were arrested.", ("Strategic developments", "Looting/property destruction")),
    ("On 28 March 2021, officers discovered nearly 900 kilograms of marihuana in a truck in Mandeville.",
     ("Strategic developments", "Looting/property destruction")),
    # villagers of two villages in an armed clash: a battle of communal militias, not mob violence
    ("On 29 March 2021, an armed clash broke out between villagers from Hila and Kaitetu over a land dispute. "
     "Police intervened to stop the clash. Two villagers died.", CLASH),
    # control of a town taken after an exchange of fire: territory regained, not a plain clash
    ("On 30 March 2021, the army took control over the town of Kabo after an exchange of fire with the rebels, "
     "who withdrew.", ("Battles", "Government regains territory")),
])
def test_codebook_codings(text: str, coding: tuple[str, str]) -> None:
    assert _coded(text) == coding


def test_shell_the_verb_not_the_company() -> None:
    assert event_cues.classify("Rebel forces shell government positions")[0].sub_type \
        == "Shelling/artillery/missile attack"
    assert not any(c.type == "Explosions/Remote violence"
                   for c in event_cues.classify("Shell staff were evacuated from the oil field in Bayelsa."))


def test_forced_arrest_and_two_sided() -> None:
    assert context_cues.forced_arrest("He was arrested on Monday and tortured in detention.")
    assert not context_cues.forced_arrest("He was arrested on Monday and charged with fraud.")
    assert not context_cues.one_sided("Gunmen killed two farmers; soldiers returned fire and the gunmen fled.")


def _actor2(text: str) -> str | None:
    doc = Document(id="d", source="d", text=text, format="text", published="2022-03-10")
    ev = max(find_events(doc, annotate(doc)).events, key=lambda e: e.confidence)
    return next((a.key for a in ev.actors if a.role == "actor2"), None)


def test_mob_victim_is_the_struck_not_the_police_that_came() -> None:
    # a mob's victim is the one it struck; police that came to rescue him are no side of it
    rescued = _actor2("On 2 May 2021, a mob attacked a suspected thief in Mbarara, beating him badly. Police "
                      "intervened to rescue the victim. [size=no report]")
    assert rescued is not None and rescued.startswith("acled:civilians-")
    # a mob that clashed with the police fought them
    fought = _actor2("On 3 May 2021, a crowd of traders clashed with police officers in Gulu after officers tried to "
                     "seize their goods. [size=no report]")
    assert fought is not None and fought.startswith("acled:police-")
    assert context_cues.force_engaged("Residents stoned two police officers who came to arrest a man.")
    assert not context_cues.force_engaged("Police arrived and arrested two suspects.")
