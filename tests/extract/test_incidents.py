"""Incidents, not sentences: one event per happening, non-events dropped, figures of sources not added."""

from __future__ import annotations

from sitrep.extract import incidents as incidents_mod
from sitrep.extract.events import find_events
from sitrep.extract.incidents import boilerplate
from sitrep.ingest.datelines import find_dateline
from sitrep.lexicon.keys import place_key
from sitrep.nlp.annotate import annotate
from sitrep.records import Document, Extractions


def _events(text: str, published: str | None = "2020-03-12") -> Extractions:
    doc = Document(id="d", source="d", text=text, format="text", published=published)
    return find_events(doc, annotate(doc))


def test_a_follow_up_that_refers_back_joins_the_incident() -> None:
    ext = _events("Gunmen attacked a police post in Zarif village on Tuesday, killing four officers. "
                  "Local elders said the attackers also shot dead a shopkeeper near the post.")
    assert len(ext.events) == 1
    assert len(ext.events[0].evidence) == 2


def test_figures_of_two_sources_are_not_added_and_both_are_claims() -> None:
    ext = _events("Militants ambushed an army convoy in Dorvan district on Monday, killing five soldiers. "
                  "A spokesman for the militants said the ambush killed twelve soldiers.")
    assert len(ext.events) == 1
    assert ext.events[0].fatalities.value == 5
    assert {c.value for c in ext.claims if c.attribute == "fatalities"} >= {"5", "12"}


def test_a_separate_incident_stays_apart() -> None:
    ext = _events("Gunmen attacked a police post in Zarif village on Tuesday, killing four officers. "
                  "In a separate attack on Wednesday, a roadside bomb killed two soldiers in Korvan district.")
    assert len(ext.events) == 2


def test_totals_and_generalities_are_not_events() -> None:
    ext = _events("Since the war began, more than 3,000 people have been killed in the province. "
                  "Armed groups frequently attack villages in the region.")
    assert ext.events == ()


def test_a_denied_happening_is_not_an_event() -> None:
    ext = _events("Witnesses said the soldiers did not fire a single shot at the crowd.")
    assert ext.events == ()


def test_a_headline_line_is_page_furniture() -> None:
    text = "Rebels attack border town in the north\nThe army said on Monday that it had repelled the rebels."
    assert boilerplate(text, 0, text.index("\n"))
    assert not boilerplate(text, text.index("The"), len(text))


def test_datelines_of_several_forms() -> None:
    dl = find_dateline("Menu\nKORVAN, Freedonia (March 3, 2019) – Rebels attacked a base.")
    assert dl is not None and dl.place == "KORVAN" and dl.date == "2019-03-03"
    dl = find_dateline("Dorvan, 9 Jan (Agency).- A drone struck a car.")
    assert dl is not None and dl.place == "Dorvan" and dl.date is None
    assert find_dateline("The army said on Monday that it had won.") is None


def test_the_dateline_city_is_not_the_event_place() -> None:
    ext = _events("KABUL, Afghanistan (AP) — Taliban fighters attacked a checkpoint in Shorabak district on "
                  "Tuesday, killing three soldiers.")
    assert len(ext.events) == 1
    assert "kabul" not in (ext.events[0].location or "")


def test_last_week_dates_an_event_to_its_month_not_the_reporting_day() -> None:
    ext = _events("Seventeen soldiers were killed in an ambush in Korvan district last week.", published="2020-03-12")
    assert len(ext.events) == 1
    assert ext.events[0].date.precision == "month" and ext.events[0].date.start == "2020-03-01"


def test_a_later_exact_day_refines_the_incident() -> None:
    ext = _events("The government says 12 people were killed last week in an ambush in the north.\n\n"
                  "Officials said gunmen had ambushed a bus in Korvan district on Monday.", published="2020-03-12")
    assert len(ext.events) == 1
    assert ext.events[0].date.start == "2020-03-09"


def test_the_day_a_statement_was_made_is_not_the_event_day() -> None:
    ext = _events("Police said on Thursday that gunmen attacked a checkpoint in Zarif village on Tuesday, killing "
                  "two officers.", published="2020-03-12")
    assert ext.events[0].date.start == "2020-03-10"


def test_another_sources_figure_for_other_victims_is_not_added() -> None:
    ext = _events("Gunmen attacked a border post in Korvan district on Tuesday, killing one civilian. "
                  "A local lawmaker told reporters that 15 soldiers were killed in the attack.")
    assert len(ext.events) == 1
    assert ext.events[0].fatalities.value == 1


def test_a_story_headline_stands_only_for_a_kind_the_body_does_not_report() -> None:
    text = ("Gunmen abduct 12 villagers in the north\n\n"
            "A rebel commander switched sides on Monday in Korvan district, officials said, and was welcomed "
            "by the army.")
    kinds = {e.type for e in _events(text).events}
    assert "Violence against civilians" in kinds
    caption = ("Soldiers killed in an ambush in the north\n\n"
               "Militants ambushed an army convoy in Dorvan district on Monday, killing five soldiers.")
    assert len(_events(caption).events) == 1


def test_a_summary_of_separate_clashes_is_not_a_third_event() -> None:
    ext = _events("Three soldiers were killed in separate clashes with rebels on Sunday. "
                  "Rebels ambushed an army patrol near Lumbo village, killing two soldiers.\n\n"
                  "In another attack, rebels fired on troops guarding a bridge in Karimba town, killing one soldier.")
    assert len(ext.events) == 2


def test_attacks_in_two_towns_are_one_event_each_sharing_the_figure() -> None:
    ext = _events("Gunmen on Sunday launched simultaneous attacks on police posts in Zaria and in Funtua, "
                  "killing six officers.")
    assert len(ext.events) == 2
    assert len({e.location for e in ext.events}) == 2
    assert [e.fatalities.value for e in ext.events] == [3, 3]


def test_a_detail_sentence_gives_the_event_its_day() -> None:
    ext = _events("Soldiers killed eleven gunmen in a shootout in the north, the ministry said. "
                  "The shootout happened on Monday near the town of Ganta.", published="2021-06-10")
    assert len(ext.events) == 1
    assert ext.events[0].date.start == "2021-06-07"


def test_arrests_before_the_clash_are_their_own_event() -> None:
    ext = _events("Troops killed nine gunmen in a shootout near Ganta on Monday. "
                  "The ministry said that before the shootout, troops detained a local commander of the gang.")
    assert sorted(e.sub_type for e in ext.events) == ["Armed clash", "Arrests"]


def test_a_period_in_a_relative_clause_does_not_make_a_march_a_total() -> None:
    ext = _events("On Friday thousands of protesters marched in Kolda to demand the departure of foreign "
                  "troops, which have been in the country since 2013.")
    assert [e.sub_type for e in ext.events] == ["Peaceful protest"]


def test_a_title_taken_for_a_place_does_not_part_a_mention_from_its_incident() -> None:
    ext = _events("Protesters went on a rampage in Imphal on Saturday, torching vehicles. "
                  "Police fired tear gas at the protesters who stormed the CM residence.")
    assert len(ext.events) == 1


def test_a_victim_and_his_companion_are_two_dead() -> None:
    ext = _events("Gunmen killed a district official and his companion in Kismayo on Tuesday.")
    assert ext.events[0].fatalities.value == 2


def test_a_raid_that_made_the_arrests_is_the_same_incident() -> None:
    ext = _events("Police arrested four suspected militants and seized explosives in Rampura on Wednesday.\n\n"
                  "An officer said a police team raided a house in Banasree area at midnight.")
    assert len(ext.events) == 1


def test_a_page_label_is_not_a_dateline() -> None:
    assert find_dateline("Last Updated: Friday, 17 November 2006\nGunmen attacked a post.") is None
    assert find_dateline("Categories: World\nThousands marched in the capital.") is None


def test_a_province_named_as_such_does_not_part_a_mention_from_its_town() -> None:
    ext = _events("Rebels attacked a village in Korvan State on Wednesday, killing at least 40 people.\n\n"
                  "Residents said Zarif village was burned on Wednesday after the rebels attacked twice.")
    assert len(ext.events) == 1
    assert len(ext.events[0].evidence) == 2


def test_an_acronym_and_its_spelled_out_place_are_one_place() -> None:
    ext = _events("Gunmen stormed a Forward Operating Base (FOB) near Dorvan on Monday, killing seven soldiers.\n\n"
                  "Officials said the gunmen struck the FOB in Dorvan at dawn on Monday.")
    assert len(ext.events) == 1


def test_a_count_of_other_attacks_is_not_a_detail_of_the_lead() -> None:
    ext = _events("A suicide bomber wounded two policemen in Dorvan on Thursday.\n\n"
                  "There have been a number of bomb attacks in Dorvan recently - one left six people dead.")
    assert len(ext.events) == 1
    assert ext.events[0].fatalities.value is None
    assert len(ext.events[0].evidence) == 1


def test_a_photo_caption_is_not_evidence() -> None:
    text = ("Mourners carry the body of a man killed by soldiers in Zarif on March 12, 2020. REUTERS/Jane Doe\n\n"
            "Soldiers shot dead a man during clashes at a protest in Zarif on Thursday, medics said.")
    ext = _events(text)
    assert len(ext.events) == 1
    assert all("Mourners" not in ev.text for ev in ext.events[0].evidence)


def test_a_period_that_began_last_year_does_not_date_a_mention_elsewhere() -> None:
    ext = _events("The army said 300 rebels were killed in fighting in Korvan district on Friday.\n\n"
                  "The fighting marks the bloodiest confrontation since hostilities erupted last year.")
    assert len(ext.events) == 1
    assert ext.events[0].salience == "main"


def test_a_lead_telling_two_incidents_becomes_two_events() -> None:
    ext = _events("A suicide bomb attack by militants killed 12 militia fighters north of Dorvan on Wednesday and a "
                  "series of bombings in the capital killed six people, sources said.\n\n"
                  "The militia fighters were killed when the militants drove a truck rigged with explosives into "
                  "a school near Zarif.")
    assert len(ext.events) == 2
    first, second = sorted(ext.events, key=lambda ev: ev.evidence[0].start)
    assert (first.fatalities.value, second.fatalities.value) == (12, 6)
    assert first.date.start == second.date.start == "2020-03-11"
    assert any("truck" in ev.text for ev in first.evidence)


def test_other_victims_added_to_the_same_act_do_not_split_a_sentence() -> None:
    from sitrep.extract.incident_split import second_incident
    assert second_incident("Gunmen killed two policemen and a civilian was wounded in Zarif.") is None
    assert second_incident("Gunmen killed an official before detonating a car bomb that killed three people.") \
        is not None
    assert second_incident("A ranger was killed in a shootout in Zarif, while a grocer was gunned down in broad "
                           "daylight the previous day.") is not None


def test_an_air_strike_told_beside_ground_fighting_is_its_own_event() -> None:
    ext = _events("Government forces attacked the rebels in Zarif village on Monday, killing five fighters.\n"
                  "The coalition is carrying out airstrikes against the rebels there.")
    assert len(ext.events) == 2
    assert sorted(ev.sub_type == "Air/drone strike" for ev in ext.events) == [False, True]


def test_the_same_toll_told_with_another_weapon_word_is_the_same_incident() -> None:
    ext = _events("Nineteen civilians were killed in overnight airstrikes on Zarif, a monitor said on Wednesday.\n\n"
                  "The civil defence said fierce bombing after midnight killed 19 people.")
    assert len(ext.events) == 1


def test_a_person_named_as_killed_counts_one_with_those_killed_along_with_him() -> None:
    from sitrep.extract.event_fatalities import fatalities
    for sentence, value in [("On Saturday, politician Fateh Zarif was killed in a suicide blast.", 1),
                            ("Wissam Dorvan was killed on Monday along with at least one other person in a strike.", 2),
                            ("Police said the suspect was arrested.", None)]:
        assert fatalities(sentence, [(0, len(sentence))])[0].value == value


def test_the_dead_of_another_incident_told_in_a_where_clause_are_not_added() -> None:
    from sitrep.extract.event_fatalities import fatalities
    s = ("Eleven soldiers were killed in an attack on an army post in Zarif, in an area where 69 civilians were "
         "killed in an ambush last week, the government said.")
    assert fatalities(s, [(0, len(s))])[0].value == 11


def test_an_incident_the_story_says_came_days_before_is_its_own() -> None:
    ext = _events("Gangs attacked Zarif early Thursday, killing four residents.\n\n"
                  "The attack comes days after gang violence forced the airport in Dorvan to shut down.\n"
                  "On March 2, gunmen opened fire on a plane in Dorvan as it prepared to land.")
    zarif = [ev for ev in ext.events if ev.fatalities.value == 4]
    assert len(zarif) == 1 and zarif[0].date.start == "2020-03-12"
    assert all(ev.text.find("March 2") < 0 for ev in zarif[0].evidence)


def test_a_persons_day_in_a_who_clause_does_not_date_the_event() -> None:
    ext = _events("Protesters marched in Zarif as police fired tear gas into the crowd.\n"
                  "Their spokesman, who returned Tuesday from abroad, said the march was peaceful.")
    assert [ev.date.start for ev in ext.events] == ["2020-03-12"]


def test_a_lead_naming_only_the_country_takes_the_town_a_later_mention_names() -> None:
    ext = _events("Gunmen attacked a police station in southwestern Pakistan on Sunday, killing an officer.\n\n"
                  "The attack on the police station in Zarif town was the third this month, officials said.")
    assert len(ext.events) == 1
    assert ext.events[0].location is not None and ext.events[0].location.endswith(place_key("Zarif"))


def test_words_of_a_relative_clause_do_not_part_a_follow_up_from_its_incident() -> None:
    # "in response to" describes the attacks' noun, not the troops' arrival: one incident, told twice
    ext = _events("Rebels attacked a police station in northern Veloria on Sunday, killing an officer. "
                  "The army said troops entered the town of Marbo to restore order after attacks that appeared "
                  "to be in response to a police raid.")
    assert len(ext.events) == 1
    # the same words outside a relative clause still tell another incident
    ext = _events("Rebels attacked a police station in northern Veloria on Sunday, killing an officer. "
                  "In response, troops shelled rebel positions near Marbo, killing three fighters.")
    assert len(ext.events) == 2


def test_tells_another_reads_the_clause() -> None:
    assert incidents_mod._tells_another("Police raided a camp in retaliation for the attack.")
    assert not incidents_mod._tells_another("Troops came after attacks that seemed to be in retaliation for a raid.")
