"""The report's pictures: the network's layout (no two labels overlap), the timeline's bins and ticks, the map's
view, clusters and base layer, the events the pictures cannot show; and the report over the sample knowledge base
and over the demo corpus rendered in Chromium, with screenshots kept (``browser.artefacts``)."""

from __future__ import annotations

import itertools
import math
from pathlib import Path

import pytest

from query.sample_kb import build
from report.browser import check_pictures
from sitrep import api
from sitrep.kb import KnowledgeBase
from sitrep.report import basemap, render_report
from sitrep.report.draw import text_width
from sitrep.report.geomap import event_map, map_view
from sitrep.report.network import network, network_layout
from sitrep.report.timeline import tick_every, timeline, timeline_bins

NAMES = ["Islamic State Khorasan Province", "Taliban", "Afghan National Defence and Security Forces",
         "Tehrik-i-Taliban Pakistan", "Haqqani Network", "Civilians (Afghanistan)", "Lashkar-e-Islam",
         "Unidentified Armed Group (Afghanistan)", "Zabihullah Mujahid", "Abdul Rashid Dostum", "Al-Qaeda",
         "National Directorate of Security", "Islamic Movement of Uzbekistan", "Jamaat-ul-Ahrar",
         "Hizb-e-Islami Gulbuddin", "Resolute Support Mission", "Qari Hekmat", "Military Forces of Pakistan"]
TYPES = ["armed_group", "state_force", "person", "other"]


def actors(n: int) -> list[dict[str, object]]:
    return [{"id": f"a{i}", "name": NAMES[i % len(NAMES)] + ("" if i < len(NAMES) else f" {i}"),
             "type": TYPES[i % len(TYPES)], "events": i % 6, "relations": 1, "country": None, "mentions": 1}
            for i in range(n)]


def relation(a: str, b: str, predicate: str, certainty: str = "asserted") -> dict[str, object]:
    return {"id": f"{a}-{b}-{predicate}", "subject_id": a, "object_id": b, "predicate": predicate, "role": None,
            "start_date": "2017-01", "end_date": None, "certainty": certainty, "subject": a, "object": b}


def event(i: str, day: str | None, lon: float | None = None, lat: float | None = None, place: str = "P",
          end: str | None = None, dead: int | None = None, feature: str = "town") -> dict[str, object]:
    geo = {"lon": lon, "lat": lat, "country": "AF", "feature": feature} if lon is not None else None
    return {"id": i, "date_start": day, "date_end": end or day, "date_text": None, "type": "Battles",
            "sub_type": "Armed clash", "location": place, "geo": geo, "fatalities": dead}


def test_no_two_labels_overlap_in_a_crowded_network() -> None:
    people = actors(18)
    co = {(a["id"], b["id"]): 1 + (i % 3) for i, (a, b) in enumerate(itertools.combinations(people, 2)) if i % 2}
    rels = [relation("a0", "a1", "hostile_to"), relation("a1", "a0", "allied_with", "denied"),
            relation("a2", "a3", "member_of"), relation("a4", "a0", "pledged_allegiance_to")]
    lay = network_layout(people, rels, co)
    boxes = lay.label_boxes()
    assert len(boxes) >= 18
    assert [(a, b) for a, b in itertools.combinations(boxes, 2) if a.overlaps(b)] == []
    for n in lay.nodes.values():  # and no name runs into another actor's circle
        others = [m for m in lay.nodes.values() if m.id != n.id]
        assert not any(n.box.overlaps(type(n.box)(m.x - m.r, m.y - m.r, 2 * m.r, 2 * m.r)) for m in others)
    assert all(b.inside(lay.width, lay.height) for b in boxes)
    assert lay.edges and {e.predicate for e in lay.edges} == {"hostile_to", "allied_with", "member_of",
                                                              "pledged_allegiance_to"}


def test_network_is_deterministic_and_has_a_legend() -> None:
    people = actors(6)
    rels = [relation("a0", "a1", "hostile_to"), relation("a0", "a1", "hostile_to"), relation("a2", "a1", "leader_of")]
    co = {("a0", "a2"): 2}
    svg = network(people, rels, co)
    assert svg == network(people, rels, co)
    assert svg.count('class="relation"') == 2  # the two hostile_to statements are one arrow
    assert "2 statement(s)" in svg
    legend = svg[svg.index('<g class="legend">'):]
    for text in ("armed group", "state force", "person", "hostile to", "member, leader, position, family",
                 "in the same events", "circle size: events"):
        assert text in legend
    lay = network_layout(people, rels, co)
    linked = [lay.nodes[i] for i in ("a0", "a1", "a2")]
    alone = [lay.nodes[i] for i in ("a3", "a4", "a5")]  # linked to no one: a row underneath
    assert min(n.y for n in alone) > max(n.y for n in linked)
    assert len({round(n.y) for n in alone}) == 1


def test_timeline_bins_by_month_quarter_or_year_and_keeps_ticks_apart() -> None:
    months = timeline_bins([event("v1", "2017-01-05"), event("v2", "2017-01-20", dead=3), event("v3", "2018-06-01")])
    assert months is not None and months.months == 1 and len(months.bins) == 18
    assert (months.bins[0].count, months.bins[0].fatalities, months.peak) == (2, 3, 2)
    quarters = timeline_bins([event("v1", "2014-02-01"), event("v2", "2017-12-31")])
    assert quarters is not None and quarters.months == 3 and len(quarters.bins) == 16
    years = timeline_bins([event("v1", "2001-02-01"), event("v2", "2017-12-31")])
    assert years is not None and years.months == 12 and len(years.bins) == 17
    vague = timeline_bins([event("v1", "2017-03-02"), event("v2", "2017-01-01", end="2017-12-31")])
    assert vague is not None and [e["id"] for e in vague.spans] == ["v2"] and vague.peak == 1
    assert timeline_bins([event("v1", None)]) is None
    labels = ["Sep", "2017", "Oct"]
    for slot in (4.0, 12.0, 30.0, 80.0):
        every = tick_every(labels, slot)
        assert every * slot >= max(text_width(t, 10) for t in labels) or every >= len(labels)
    svg = timeline([event(f"v{i}", f"{2015 + i // 12}-{i % 12 + 1:02d}-10") for i in range(34)])
    ticks = svg.count('class="legend tick"')
    assert 4 <= ticks <= 12  # spaced out: not one per month
    assert ">Jan<" in svg and ">Apr<" in svg and ">Feb<" not in svg  # on round months


def test_map_fits_the_region_clusters_nearby_places_and_lists_the_rest() -> None:
    events = [event("v1", "2017-01-01", 65.75, 36.67, "Sheberghan"), event("v2", None, 65.77, 36.69, "Sheberghan"),
              event("v3", None, 65.80, 36.70, "Aqcha"), event("v4", None, 69.17, 34.53, "Kabul"),
              event("v5", None, 71.52, 34.01, "Peshawar"), event("v6", None, -92.2, 37.8, "Missouri"),
              event("v7", None, place="Sar Dara"), event("v8", None, 67.18, 34.91, "Afghanistan", feature="country")]
    view = map_view(events, [])
    assert view is not None
    assert view.west < 65 and view.east > 72 and view.south < 34 and view.north > 36.7
    assert view.east - view.west < 30  # regional, not the world
    assert [e["id"] for e in view.outside] == ["v6"] and [e["id"] for e in view.unplaced] == ["v7"]
    assert [e["id"] for e in view.country_level] == ["v8"]  # its country is shaded, no marker at its centre
    sizes = sorted(len(c.events) for c in view.clusters)
    assert sizes == [1, 1, 3]  # Sheberghan and Aqcha, a few km apart, are one marker
    big = max(view.clusters, key=lambda c: len(c.events))
    assert big.places == ["Sheberghan", "Aqcha"]
    svg = event_map(events, [], view=view)
    names = {c.name for c, _ in basemap.countries_in(view.west, view.south, view.east, view.north)}
    assert {"Afghanistan", "Pakistan", "Tajikistan"} <= names
    assert svg.count('class="country"') >= len(names)  # and those just beyond the edge
    assert 'data-name="Afghanistan"' in svg and ">AFGHANISTAN<" in svg and ">PAKISTAN<" in svg
    assert 'data-events="3"' in svg and "Sheberghan +1" in svg
    assert "Natural Earth" in svg
    assert map_view([event("v1", None, place="Nowhere")], []) is None
    only = map_view([event("v8", None, 67.18, 34.91, "Afghanistan", feature="country")], [])
    assert only is not None and not only.clusters and only.west < 60.5 and only.east > 74.9  # all of Afghanistan


def test_base_layer_has_the_countries_apart_with_shared_borders() -> None:
    countries = {c.name: c for c in basemap.countries()}
    assert len(countries) > 200
    af, pk = countries["Afghanistan"].shape(), countries["Pakistan"].shape()
    assert af.is_valid and pk.is_valid
    assert af.distance(pk) == 0 and af.intersection(pk).area < 1e-3  # neighbours: a border, no overlap
    assert 55 < af.area < 75  # square degrees (Afghanistan is about 650,000 km²)
    assert countries["Afghanistan"].iso_a2 == "AF" and basemap.country("PK").name == "Pakistan"  # type: ignore[union-attr]
    assert math.isclose(countries["Afghanistan"].bbox[0], 60.5, abs_tol=0.3)


def test_undated_events_are_counted_and_listed(tmp_path: Path) -> None:
    db = build(tmp_path / "kb.db")
    with KnowledgeBase(db) as kb:
        html = render_report(kb)
        undated = [e["id"] for e in kb.events() if not e["date_start"]]
    timeline_section = html[html.index('id="timeline"'):html.index('id="map"')]
    assert len(undated) == 1
    assert "1 event without a date</strong> is not on the timeline" in timeline_section
    assert f'href="#event-{undated[0]}"' in timeline_section and f'id="event-{undated[0]}"' in html


def test_relations_table_obeys_the_area(tmp_path: Path) -> None:
    db = build(tmp_path / "kb.db")
    with KnowledgeBase(db) as kb:
        everything = render_report(kb)
        kunduz = render_report(kb, area="Kunduz")
        qari = render_report(kb, actor="Qari Hekmat")

    def relations(html: str) -> str:
        section = html[html.index('id="actors"'):html.index('id="timeline"')]
        return section[section.index("<h3>Relations</h3>"):]

    assert "defected from" in relations(everything) and "hostile to" in relations(everything)
    assert "defected from" not in relations(kunduz) and "hostile to" not in relations(kunduz)
    assert "defected from" in relations(qari) and "hostile to" not in relations(qari)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("demo") / "demo.db"
    report = api.ingest([str(api.sample_corpus())], db)
    assert report.count("added") > 0
    return db


def test_sample_report_pictures_in_chromium(tmp_path: Path) -> None:
    db = build(tmp_path / "kb.db")
    html = api.report(db, tmp_path / "sample.html").read_text(encoding="utf-8")
    found = check_pictures(html, tmp_path, "sample")
    assert found["network_nodes"] >= 5 and "AFGHANISTAN" in found["map_labels"]


def test_demo_report_pictures_in_chromium(demo_db: Path, tmp_path: Path) -> None:
    html = api.report(demo_db, tmp_path / "demo.html").read_text(encoding="utf-8")
    found = check_pictures(html, tmp_path, "demo")
    countries = {name for name, _, _ in found["countries"]}
    assert {"Afghanistan", "Pakistan", "Turkmenistan", "Uzbekistan", "Tajikistan"} <= countries
    assert {"AFGHANISTAN", "PAKISTAN"} <= set(found["map_labels"])
    assert found["network_nodes"] >= 10 and "armed group" in found["legend"]
    assert sum(found["markers"]) >= 15  # the demo's placed events, clustered
    assert len(found["ticks"]) >= 4
    with KnowledgeBase(demo_db) as kb:
        jowzjan = render_report(kb, area="Jowzjan")
    found = check_pictures(jowzjan, tmp_path, "demo-jowzjan")
    assert "AFGHANISTAN" in found["map_labels"]


def test_contested_claims_follow_the_actor(tmp_path: Path) -> None:
    db = build(tmp_path / "kb.db")
    with KnowledgeBase(db) as kb:
        everything = render_report(kb)
        police = render_report(kb, actor="Afghan National Police")

    def contested(html: str) -> str:
        return html[html.index('id="contested"'):html.index('id="sources"')]

    assert "<td>fighters</td>" in contested(everything) and "<td>fatalities</td>" in contested(everything)
    assert "<td>fighters</td>" not in contested(police)  # a claim about Islamic State Khorasan, not in this report
    assert "<td>fatalities</td>" in contested(police)  # the police checkpoint attack's toll


def test_summary_names_the_period(tmp_path: Path) -> None:
    db = build(tmp_path / "kb.db")
    with KnowledgeBase(db) as kb:
        until = render_report(kb, until="2017-07")
        both = render_report(kb, since="2017-06", until="2017-07")
    assert "<li>Until 2017-07, " in until and "<li>From 2017-06 to 2017-07, " in both
