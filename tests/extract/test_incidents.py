"""Incidents, not sentences: one event per happening, non-events dropped, figures of sources not added."""

from __future__ import annotations

from sitrep.extract.events import find_events
from sitrep.extract.incidents import boilerplate
from sitrep.ingest.datelines import find_dateline
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
