"""One base of many years: a place's events write its first-level division as it was named on each event's date
(``admin1_in_use.tsv``, ``admin1_conventions.tsv``), not as on the date of the first document that placed it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sitrep import api


def _event_admin1(tmp_path: Path, notes: list[tuple[str, str, str]]) -> dict[str, Any]:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": i, "published": d, "title": None, "text": t}) + "\n"
                           for i, d, t in notes))
    api.ingest([str(src)], tmp_path / "kb.db")
    with (tmp_path / "out.jsonl").open("w", encoding="utf-8") as fh:
        api.export(tmp_path / "kb.db", "jsonl", fh)
    recs = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    entities = {r["id"]: r for r in recs if r["kind"] == "entity"}
    out: dict[str, Any] = {}
    for ev in (r for r in recs if r["kind"] == "event"):
        geo = (entities.get(ev.get("location") or "") or {}).get("geo") or {}
        for d in ev.get("docs") or []:
            out[d] = geo.get("admin1")
    return out


def test_each_event_writes_the_division_of_its_own_date(tmp_path: Path) -> None:
    notes = [
        ("a", "2019-03-04", "On 4 March 2019, about 50 bakers held a protest in Tabriz over the price of flour."),
        ("b", "2022-05-09", "On 9 May 2022, about 40 nurses held a protest in Tabriz over unpaid wages."),
        ("c", "2019-08-12", "On 12 August 2019, some teachers held a protest in Tabriz demanding higher pay."),
        ("d", "2022-10-01", "On 1 October 2022, dozens of drivers held a protest in Tabriz over fuel quotas."),
    ]
    got = _event_admin1(tmp_path, notes)
    assert got["a"] == got["c"] == "East Azarbaijan"  # the spelling conflict data wrote before 2021
    assert got["b"] == got["d"] == "East Azerbaijan"


def test_a_texts_spelling_is_no_other_periods_name() -> None:
    from sitrep.resolve.places import same_division_name

    assert not same_division_name({"country": "UA", "admin1": "Kiev City"}, {"country": "UA", "admin1": "Kyiv City"})
    assert not same_division_name({"country": "RU", "admin1": "Omsk Oblast"}, {"country": "RU", "admin1": "Omsk"})
    assert same_division_name({"country": "ES", "admin1": "Catalonia"}, {"country": "ES", "admin1": "Cataluna"})
    assert same_division_name({"country": "IR", "admin1": "Tehran"}, {"country": "IR"})


def test_conflict_datas_names_of_divisions_before_2021() -> None:
    import datetime as dt

    from sitrep.lexicon.admin1_in_use import name_in_use

    old, new = dt.date(2020, 5, 1), dt.date(2022, 5, 1)
    assert (name_in_use("Omsk", "RU", old), name_in_use("Omsk", "RU", new)) == ("Omsk Oblast", "Omsk")
    assert (name_in_use("Kurdistan", "IR", old), name_in_use("Kurdistan", "IR", new)) == ("Kordestan", "Kurdistan")
    assert (name_in_use("Niksic", "ME", old), name_in_use("Niksic", "ME", new)) == ("Central", "Niksic")
    assert (name_in_use("Qyzylorda", "KZ", old), name_in_use("Qyzylorda", "KZ", new)) == ("Qyzylorda", "Kyzylorda")
    assert name_in_use("Kisela Voda", "MK", new) == "City of Skopje"


def test_an_oblast_keeps_its_word_where_conflict_data_wrote_it(tmp_path: Path) -> None:
    notes = [("a", "2020-02-11", "On 11 February 2020, about 30 pensioners protested in Omsk over heating bills."),
             ("b", "2022-02-11", "On 11 February 2022, about 30 pensioners protested in Omsk over heating bills.")]
    got = _event_admin1(tmp_path, notes)
    assert (got["a"], got["b"]) == ("Omsk Oblast", "Omsk")


def test_a_quarter_of_lebanons_tripoli_is_placed_in_lebanon(tmp_path: Path) -> None:
    from helpers import ingested_event_geo

    geo = ingested_event_geo(tmp_path, "On 2 March 2021, two families clashed with guns in the Jabal Mohsen area of "
                             "Tripoli; three people were wounded.")
    assert geo is not None and geo.get("country") == "LB" and geo.get("admin1") == "North"


def test_a_town_of_a_region_named_as_its_capital_is_found_in_the_region(tmp_path: Path) -> None:
    from helpers import geo_near, ingested_event_geo

    geo = ingested_event_geo(tmp_path, "On 5 April 2021, about 30 cotton growers rallied at the akimat in Myrzakent "
                             "town of Turkistan region over water quotas.")
    assert geo is not None and geo_near(geo, 40.66, 68.55)


def test_a_site_written_with_its_units_is_placed_at_the_town_its_name_begins_with(tmp_path: Path) -> None:
    from helpers import geo_near, ingested_event_geo

    geo = ingested_event_geo(tmp_path, "On 9 June 2021, about 40 parents picketed the Pietermaritzburg Regional Court "
                             "(Umgungundlovu, KwaZulu-Natal) over a delayed trial.")
    assert geo is not None and geo_near(geo, -29.62, 30.39)


def test_a_district_seat_of_cabo_delgado_is_placed_at_its_town(tmp_path: Path) -> None:
    from helpers import geo_near, ingested_event_geo

    geo = ingested_event_geo(tmp_path, "On 2 July 2021, insurgents burned houses in Nangade (Nangade, Cabo Delgado).")
    assert geo is not None and geo_near(geo, -11.08, 39.67)
