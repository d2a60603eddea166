"""The event cue table (data/events/cues.yaml) and the codings it gives, on sentences written for these tests."""

from __future__ import annotations

import copy
from typing import Any

import pytest
import yaml

from helpers import coded as _coded
from sitrep.extract import context_cues, event_cues
from sitrep.extract.cue_table import CueTableError, _read, build_table
from sitrep.extract.events import find_events
from sitrep.nlp.annotate import annotate
from sitrep.records import Document


def _first(sentence: str) -> tuple[str, str]:
    cues = event_cues.classify(sentence)
    assert cues, sentence
    return cues[0].type, cues[0].sub_type




@pytest.mark.parametrize(("sentence", "coding"), [
    # demonstrations, with and without the word "protest"
    ("On 4 March 2022, nurses gathered outside the health ministry in Accra to demand unpaid allowances.",
     ("Protests", "Peaceful protest")),
    ("On 5 March 2022, dock workers went on strike in Antwerp over pension cuts.", ("Protests", "Peaceful protest")),
    ("On 6 March 2022, farmers blocked the main highway near Poznan demanding higher grain prices.",
     ("Protests", "Peaceful protest")),
    ("On 7 March 2022, police fired tear gas to disperse students protesting in Dhaka.",
     ("Protests", "Protest with intervention")),
    ("On 8 March 2022, soldiers opened fire on demonstrators in Mandalay.",
     ("Protests", "Excessive force against protesters")),
    # riots: demonstrators' violence, and a crowd's violence outside a demonstration
    ("On 9 March 2022, demonstrators threw stones at police and burned tyres in Conakry.",
     ("Riots", "Violent demonstration")),
    ("On 10 March 2022, residents barricaded roads with burning tyres in Soweto to denounce power cuts.",
     ("Riots", "Violent demonstration")),
    ("On 11 March 2022, an angry mob lynched a suspected thief in Kampala.", ("Riots", "Mob violence")),
    ("On 12 March 2022, supporters of two rival parties clashed in Harare, injuring five.",
     ("Riots", "Mob violence")),
    # violence against civilians: an armed side and unarmed victims
    ("On 13 March 2022, gunmen shot and killed a farmer in Benue state.", ("Violence against civilians", "Attack")),
    ("On 14 March 2022, the body of a journalist was found in a ditch outside Culiacan.",
     ("Violence against civilians", "Attack")),
    ("On 15 March 2022, militants abducted three aid workers near Goma.",
     ("Violence against civilians", "Abduction/forced disappearance")),
    # battles and remote violence
    ("On 16 March 2022, soldiers and rebels exchanged fire near Bambari.", ("Battles", "Armed clash")),
    ("On 17 March 2022, an air strike hit a fuel depot in Marib.",
     ("Explosions/Remote violence", "Air/drone strike")),
    ("On 18 March 2022, artillery shelling struck the outskirts of Kharkiv.",
     ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    # strategic developments
    ("On 19 March 2022, police arrested two opposition leaders in Minsk.", ("Strategic developments", "Arrests")),
    ("On 20 March 2022, the army and the rebel front signed a ceasefire agreement in Juba.",
     ("Strategic developments", "Agreement")),
    ("Displacement: On 21 March 2022, about 900 refugees arrived in Chisinau.", ("Strategic developments", "Other")),
    ("On 22 March 2022, police defused a roadside bomb near Mogadishu.",
     ("Strategic developments", "Disrupted weapons use")),
])
def test_sentence_codings(sentence: str, coding: tuple[str, str]) -> None:
    assert _first(sentence) == coding


def test_protest_escalated_by_the_next_sentence() -> None:
    text = ("On 23 March 2022, teachers marched to parliament in Lima over unpaid wages. "
            "Police later used water cannon to push them back.")
    assert _coded(text) == ("Protests", "Protest with intervention")


def test_protest_for_an_arrested_leader_stays_peaceful() -> None:
    text = ("On 24 March 2022, about 50 people protested in Yerevan demanding the release of an activist. "
            "The activist was arrested last week.")
    assert _coded(text) == ("Protests", "Peaceful protest")


def test_weak_casualty_sentence_takes_the_next_sentence_coding() -> None:
    text = ("On 25 March 2022, a man was found dead in Tegucigalpa. "
            "Neighbours said unidentified gunmen had shot him the night before.")
    assert _coded(text)[0] == "Violence against civilians"


@pytest.mark.parametrize(("text", "coding"), [
    # victims named by a clause, an occupation, or as security personnel off duty
    ("On 2 April 2022, a woman who sold fruit at the market was shot dead in Kisumu.",
     ("Violence against civilians", "Attack")),
    ("On 3 April 2022, gunmen shot an off-duty police officer outside his home in Durban.",
     ("Violence against civilians", "Attack")),
    ("On 4 April 2022, unknown men opened fire on two houses in Tuxtla; no one was hurt.",
     ("Violence against civilians", "Attack")),
    ("On 5 April 2022, armed bandits attacked Kanfani village (Zurmi, Zamfara), killing six.",
     ("Violence against civilians", "Attack")),
    # ACLED's codebook: blocking roads with burning or heaped material makes a demonstration violent
    ("On 6 April 2022, residents blocked the main road with burning tyres and rocks to demand water in Ibadan.",
     ("Riots", "Violent demonstration")),
    ("On 7 April 2022, inmates set their mattresses alight in Lusaka prison to demand family visits.",
     ("Riots", "Violent demonstration")),
    # a crowd's violence with no demonstration told is mob violence
    ("On 8 April 2022, a group of youths threw stones at two soldiers in Kankan, injuring them. [size=no report]",
     ("Riots", "Mob violence")),
    # interventions told in the passive voice
    ("On 9 April 2022, nurses marched against low pay in Tunis; the march was stopped by the police.",
     ("Protests", "Protest with intervention")),
    # the word "mine" of a coal mine, a flash mob, a march against a killing: peaceful protests
    ("On 10 April 2022, workers of a coal mine held a protest in Katowice against its closure.",
     ("Protests", "Peaceful protest")),
    ("On 11 April 2022, students staged a flash mob protest in Naples to condemn gang violence.",
     ("Protests", "Peaceful protest")),
    ("On 12 April 2022, about 200 people gathered in Quito to protest against the killing of a journalist.",
     ("Protests", "Peaceful protest")),
    # force against demonstrators told in the passive voice, or with the weapons they were beaten with
    ("On 13 April 2022, teachers protested in Lome for back pay. Several demonstrators were injured when police "
     "fired live ammo to disperse them.", ("Protests", "Excessive force against protesters")),
    ("On 14 April 2022, nurses protested outside a clinic in Mombasa. Police dispersed them and hit several "
     "protesters with sticks.", ("Protests", "Protest with intervention")),
    ("On 15 April 2022, about 40 patients stormed out of a ward in Aktobe and protested in the yard, demanding "
     "their discharge. [size=about 40]", ("Protests", "Peaceful protest")),
    # a road blocked with parked vehicles: "other material" of ACLED's road-blocking rule
    ("On 16 April 2022, taxi drivers demonstrated in Rosario against fuel prices. They parked their cars to "
     "block the main avenue. [size=no report]", ("Riots", "Violent demonstration")),
    # ground taken with no fight reported, labels in ACLED's sub-event names, theft, displacement
    ("On 17 April 2022, rebels took control of Kiseke village (Walikale, Nord-Kivu). No clashes were reported.",
     ("Strategic developments", "Non-violent transfer of territory")),
    ("Headquarters or base established: On 18 April 2022, soldiers continued work to set up an outpost near "
     "Tarin.", ("Strategic developments", "Headquarters or base established")),
    ("On 19 April 2022, armed herders stole 40 goats near Maroua (Diamare, Extreme-Nord). No casualties.",
     ("Strategic developments", "Looting/property destruction")),
    ("On 20 April 2022, some 300 families from Barangay Lumot and two nearby villages (Datu Piang, Maguindanao) "
     "evacuated after hostilities between rival clans.", ("Strategic developments", "Other")),
    # an organised armed group's fight with police is a battle, not mob violence
    ("On 21 April 2022, in Reynosa, members of the Gulf Cartel clashed with state police. One person was injured.",
     ("Battles", "Armed clash")),
    # crowds named after "between", with a count or a kind; unknown individuals are no crowd
    ("On 22 April 2022, a clash broke out between 20-30 cadres of two parties in Pokhara. [size=20-30]",
     ("Riots", "Mob violence")),
    ("On 23 April 2022, unknown individuals killed a shopkeeper in Parakou (Parakou, Borgou).",
     ("Violence against civilians", "Attack")),
    # a protest about negotiations is still an incident; rails blocked; the crowd's weapons
    ("On 24 April 2022, about 80 students blocked the railway tracks in Morelia, rejecting the outcome of "
     "negotiations with the authorities. Police used tear gas and the students responded with stones. "
     "[size=about 80]", ("Riots", "Violent demonstration")),
    # force used on people arrested; a drone shot down; aircraft
    ("On 25 April 2022, police violently arrested four young men at a wedding in Tadjoura.",
     ("Violence against civilians", "Attack")),
    ("On 26 April 2022, air defence units shot down a drone near Sirte. No casualties were reported.",
     ("Strategic developments", "Disrupted weapons use")),
    ("On 27 April 2022, army helicopter gunships struck insurgent positions near Mueda (Cabo Delgado).",
     ("Explosions/Remote violence", "Air/drone strike")),
])
def test_world_codings(text: str, coding: tuple[str, str]) -> None:
    assert _coded(text) == coding


def _table() -> dict[str, Any]:
    return copy.deepcopy(_read(("data", "events", "cues.yaml")))


def test_table_loads() -> None:
    table = build_table(_table())
    assert table.codings and "protest" in table.cues


@pytest.mark.parametrize(("change", "message"), [
    (lambda d: d["cues"].__setitem__("protest", ["(unclosed"]), "bad regex"),
    (lambda d: d["codings"][0].__setitem__("sub_type", "Skirmish"), "not a sub-event type"),
    (lambda d: d["codings"][0].__setitem__("type", "Wars"), "not an event type"),
    (lambda d: d["codings"][0].__setitem__("colour", "red"), "unknown field"),
    (lambda d: d["codings"][0].__setitem__("cue", "nothing"), "no cue named"),
    (lambda d: d["codings"][0].__setitem__("strength", 3), "outside 0..1"),
    (lambda d: d["cues"].__setitem__("protest", ["{nosuchpiece}"]), "no fragment"),
    (lambda d: d["labels"].__setitem__("bad", ["Protests"]), "expected [type, sub-event type]"),
    (lambda d: d.pop("codings"), "expected the sections"),
])
def test_bad_table_is_refused_with_its_entry_named(change: Any, message: str) -> None:
    data = _table()
    change(data)
    with pytest.raises(CueTableError, match=message.replace("[", r"\[").replace(".", r"\.")):
        build_table(data)


def test_table_header_documents_the_fields() -> None:
    path = event_cues.__file__.rsplit("/", 2)[0] + "/data/events/cues.yaml"
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    head = text[:text.index("version:")]
    for field in ("cue", "type", "sub_type", "strength", "if_violent", "text", "group", "needs", "span_of",
                  "fallback", "unless", "violent_unless", "trigger"):
        assert field in head, field
    assert isinstance(yaml.safe_load(text), dict)


def _event(text: str) -> Any:
    doc = Document(id="d", source="d", text=text, format="text", published="2022-03-10")
    return max(find_events(doc, annotate(doc)).events, key=lambda e: e.confidence)


def test_civilian_targeting_marked_on_violence_against_civilians() -> None:
    assert _event("On 26 March 2022, gunmen shot and killed a teacher in Maiduguri.").civilian_targeting
    assert not _event("On 27 March 2022, soldiers and rebels exchanged fire near Beni.").civilian_targeting
    protest = _event("On 28 March 2022, hundreds of nurses marched in Nairobi to demand higher pay.")
    assert not protest.civilian_targeting


def test_one_reading_of_a_context_serves_every_rule() -> None:
    context = "Gunmen shot dead two civilians in the market. Police exchanged fire with them."
    assert event_cues._hits(context) is event_cues._hits(context)  # searched once, read by several rules
    assert context_cues.two_sided(context) and not context_cues.one_sided(context)
    fresh = event_cues._Hits(context)
    assert fresh.possible == event_cues._hits(context).possible
    assert fresh.search("two_sided", "plain") is not None
