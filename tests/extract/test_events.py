"""The event coder: ACLED types and sub-types, actors, dates, places, fatalities, certainty."""

from __future__ import annotations

from sitrep.extract.events import find_events
from sitrep.nlp.annotate import annotate
from sitrep.records import Annotations, Document, EventRecord, Extractions, Mention


def _code(text: str, published: str = "2019-05-10", places: tuple[str, ...] = ()) -> tuple[Extractions, dict[str, str]]:
    doc = Document(id="d", source="d", text=text, format="text", published=published)
    ann = annotate(doc)
    found = {m.text for m in ann.mentions if m.type == "location"}
    extra = tuple(Mention(start=text.index(p), end=text.index(p) + len(p), text=p, type="location",
                          extractor="test", version="1", entity_key=f"doc:location:{p.lower()}", name=p)
                  for p in places if p not in found)
    ann = Annotations(mentions=tuple(sorted(ann.mentions + extra, key=lambda m: m.start)), timexes=ann.timexes,
                      sentences=ann.sentences, attributions=ann.attributions)
    ext = find_events(doc, ann)
    names = {m.entity_key or "": m.name or m.text for m in ann.mentions} | {r.key: r.name for r in ext.entities}
    return ext, names


def _main(ext: Extractions) -> EventRecord:
    return max(ext.events, key=lambda e: e.confidence)


def _actors(ev: EventRecord, names: dict[str, str]) -> dict[str, str]:
    return {a.role: names[a.key] for a in ev.actors if a.role in ("actor1", "actor2")}


def test_armed_clash_with_passive_agent_and_date() -> None:
    ext, names = _code("On 3 May 2019, 4 Afghan soldiers and 2 Taliban fighters were killed in clashes in the "
                       "Ab Kamari district of Badghis province.", places=("Ab Kamari", "Badghis"))
    ev = _main(ext)
    assert (ev.type, ev.sub_type) == ("Battles", "Armed clash")
    assert ev.date.start == "2019-05-03" and ev.date.precision == "day"
    assert sorted(_actors(ev, names).values()) == ["Afghan National Army", "Taliban"]
    assert (ev.fatalities.value, ev.fatalities.qualifier) == (6, "exact")
    assert names[ev.location or ""] == "Ab Kamari"


def test_ied_sub_type_and_roles() -> None:
    ext, names = _code("Three policemen were killed when a roadside bomb planted by the Taliban struck their "
                       "vehicle on Tuesday.")
    ev = _main(ext)
    assert (ev.type, ev.sub_type) == ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    assert _actors(ev, names) == {"actor1": "Taliban", "actor2": "Afghan National Police"}
    assert ev.fatalities.value == 3
    assert ev.date.start == "2019-05-07"


def test_suicide_bomb_air_strike_and_shelling() -> None:
    cases = {
        "A suicide bomber detonated his vest at a wedding in Kabul, killing at least 20 people.": "Suicide bomb",
        "An airstrike by Afghan forces killed 9 Taliban militants in Helmand.": "Air/drone strike",
        "Taliban militants fired mortar rounds at an army base, wounding two soldiers.":
            "Shelling/artillery/missile attack",
        "Gunmen threw a hand grenade at a police post in Kandahar city, wounding one officer.": "Grenade",
    }
    for text, sub in cases.items():
        assert _main(_code(text)[0]).sub_type == sub, text


def test_civilian_victims_make_violence_against_civilians() -> None:
    ext, names = _code("Unknown gunmen shot dead two tribal elders in Khost on Monday.")
    ev = _main(ext)
    assert (ev.type, ev.sub_type) == ("Violence against civilians", "Attack")
    assert _actors(ev, names) == {"actor1": "Unidentified Armed Group (Afghanistan)",
                                  "actor2": "Civilians (Afghanistan)"}
    ext, names = _code("Taliban militants abducted 12 passengers from a bus in Faryab.")
    assert _main(ext).sub_type == "Abduction/forced disappearance"


def test_strategic_developments() -> None:
    cases = {
        "A Taliban sub-commander and 30 of his fighters switched allegiance to the Islamic State in Paktia.":
            "Change to group/activity",
        "Elders in Khogyani agreed a local cease-fire between the Taliban and Islamic State fighters.": "Agreement",
        "Afghan intelligence arrested a man suspected of planning attacks in Jalalabad.": "Arrests",
        "Afghan forces defused a roadside bomb planted on the highway in Logar.": "Disrupted weapons use",
        "The Taliban set up a training camp in the mountains of Badakhshan.": "Headquarters or base established",
        "Taliban fighters looted shops and torched houses in the village.": "Looting/property destruction",
    }
    for text, sub in cases.items():
        ev = _main(_code(text)[0])
        assert (ev.type, ev.sub_type) == ("Strategic developments", sub), text


def test_territory_changes_follow_the_actor() -> None:
    ev = _main(_code("Taliban fighters captured the district centre of Ghormach after heavy fighting.")[0])
    assert ev.sub_type == "Non-state actor overtakes territory"
    ev = _main(_code("Afghan forces recaptured the district from the Taliban on Friday.")[0])
    assert ev.sub_type == "Government regains territory"


def test_several_past_events_each_with_its_own_date() -> None:
    text = ("On Sunday, a suicide bomber killed eight people at a checkpoint in Jalalabad. "
            "In October last year, a roadside bomb killed three soldiers in Achin. "
            "On 2 March 2018, Taliban fighters attacked a police post in Khogyani, killing four policemen.")
    ext, _ = _code(text, published="2019-01-21")
    assert [(e.sub_type, e.date.start, e.date.precision, e.fatalities.value) for e in ext.events] == [
        ("Suicide bomb", "2019-01-20", "day", 8),
        ("Remote explosive/landmine/IED", "2018-10-01", "month", 3),
        ("Armed clash", "2018-03-02", "day", 4),
    ]
    assert _main(ext).sub_type == "Suicide bomb"


def test_fatalities_are_conservative_and_claims_are_kept() -> None:
    text = ("Taliban fighters overran a police checkpoint in Kunduz on Friday, killing at least 12 police officers. "
            "The Taliban claimed they had killed 25 policemen.")
    ext, _ = _code(text)
    ev = _main(ext)
    assert (ev.fatalities.value, ev.fatalities.qualifier) == (12, "at_least")
    values = {c.value: c.certainty for c in ext.claims if c.attribute == "fatalities"}
    assert values == {"12": "reported", "25": "claimed"}
    none = _main(_code("Taliban militants attacked an army outpost in Ghazni; there was no word on casualties.")[0])
    assert (none.fatalities.value, none.fatalities.qualifier) == (None, "unknown")
    dozens = _main(_code("Dozens of militants died in fighting with Afghan forces in Zabul.")[0])
    assert dozens.fatalities.value == 12


def test_acled_note_coding_statements() -> None:
    text = ("On 9 May 2019, 10 Taliban militants were killed by Afghan Special Forces in the Nawa and "
            "Garmsir districts. Fatalities are distributed across 2 events.")
    assert _main(_code(text)[0]).fatalities.value == 5
    text = ("On 2 May 2019, police raided a Taliban hideout in Zurmat, killing 4 militants. The raid's 12 fatalities "
            "are split across three events.")
    assert _main(_code(text, places=("Zurmat",))[0]).fatalities.value == 4
    text = ("On 2 May 2019, Taliban militants killed 5 policemen in Zurmat. Unknown Taliban losses brought "
            "the total; total fatalities are coded to 9.")
    assert _main(_code(text, places=("Zurmat",))[0]).fatalities.value == 9


def test_certainty_from_hedges_and_unknown_year() -> None:
    ev = _main(_code("Unconfirmed reports said Taliban fighters ambushed a convoy on 18 March, killing two soldiers.",
                     published="")[0])
    assert ev.certainty == "unconfirmed"
    assert ev.date.start is None and ev.date.precision == "unknown" and ev.date.text


def test_no_event_in_plain_prose() -> None:
    ext, _ = _code("The provincial council met on Monday to discuss the new budget for schools and roads.")
    assert ext.events == ()


def test_arrest_for_recruiting_leaflets_enslaving_and_declared_allegiance() -> None:
    def sub(text: str) -> str:
        return _main(_code(text)[0]).sub_type

    assert sub("In July 2018, police in Peshawar detained three teachers for helping IS recruit fighters.") == "Arrests"
    assert sub("In August 2018, IS handed out pamphlets in Kunar province calling on young men to join it.") == "Other"
    assert sub("Fighters enslaved women from the captured villages, residents said.") == "Sexual violence"
    ext, names = _code("In June, Mullah Wali Ahmadzai, a former TTP commander, declared allegiance to IS.")
    ev = _main(ext)
    assert ev.sub_type == "Change to group/activity"
    assert "Mullah Wali Ahmadzai" in {names.get(a.key) for a in ev.actors}


def test_how_an_attack_was_done_and_where_from_the_next_sentence_of_the_story() -> None:
    ext, names = _code("In Pakistan, a deadly attack on May 2 in Balochistan was attributed to IS. Two attackers "
                       "in suicide vests forced their way into a mosque in Quetta, leaving at least nine people dead.")
    ev = _main(ext)
    assert (ev.type, ev.sub_type) == ("Explosions/Remote violence", "Suicide bomb")
    assert names[ev.location or ""] == "Quetta"
    assert ev.fatalities.value == 9


def test_a_clash_that_later_mentions_explosives_stays_a_clash() -> None:
    ext, _ = _code("On 3 May 2019, 5 Taliban militants died in a gunfight with Afghan forces in Kandahar "
                   "province. Weapons and explosives were seized.")
    assert _main(ext).sub_type == "Armed clash"


def test_plans_calls_headings_credits_tallies_and_assent_are_no_events() -> None:
    for text in ("The army will begin an operation in the south within days, a commander said.",
                 "Elders are calling on the army to launch an operation against the militants soon.",
                 "Recruitment Drive",
                 "An earlier version of this report appeared in the print edition on May 2, 2019, under the "
                 "headline Taliban attack convoy.",
                 "The faction has staged comparable assaults in Kunduz before, mostly against minority communities.",
                 "Councillor Rahmani agreed that security forces have caused IS serious losses."):
        assert not _code(text)[0].events, text
    assert _code("On 3 May 2019, the Taliban attacked a police post in Kunduz, killing 2 policemen.")[0].events


def test_counts_over_months_general_talk_and_fighting_that_stopped_are_no_events() -> None:
    for text in ("The governor said troops killed some 900 militants in Kunar during the past year.",
                 "More than 300 raids have been conducted against the group in Kunar since January.",
                 "Elders in Kunar brokered a local deal for the two factions to stop fighting each other.",
                 "The faction, which is claiming more attacks in Kunar, has lost ground.",
                 "Moscow wants to keep battle-hardened fighters away from Kunar."):
        assert not _code(text, places=("Kunar",))[0].events, text
    # territory "they held" is no arrest
    assert all(e.sub_type != "Arrests" for e in _code("On 3 May 2019, Afghan forces pushed the militants out of "
                                                       "villages they held in Kunar.", places=("Kunar",))[0].events)
    # a record the attack set is not a count over the years: the attack is one event
    text = "In March, the group bombed a market in Kunar, one of the deadliest attacks in the province since 2010."
    assert _code(text, places=("Kunar",))[0].events


def test_national_forces_lead_a_joint_operation_with_international_ones() -> None:
    ext, names = _code("On 8 May 2019, 6 Taliban militants died in air raids carried out by NATO and "
                       "Afghan Military Forces in Nad Ali district, Helmand.")
    ev = _main(ext)
    roles = {a.role: names[a.key] for a in ev.actors}
    assert roles["actor1"] == "Afghan National Army" and roles["actor2"] == "Taliban"
    assert "NATO" in {names[a.key] for a in ev.actors if a.role == "assoc_actor_1"}
