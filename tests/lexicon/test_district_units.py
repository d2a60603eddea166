"""The table of districts conflict data write as first-level divisions, and the division on a date."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.lexicon import district_units as du


def test_the_shipped_table_names_districts_the_gazetteer_has() -> None:
    from sitrep.lexicon.extra_districts import districts_named
    from sitrep.lexicon.gazetteer import default_gazetteer
    from sitrep.lexicon.keys import light_key, place_key

    text = du.resources.files("sitrep").joinpath("data", "gazetteer", "district_units.tsv").read_text("utf-8")
    for row in du.parse(text):
        assert any(p.feature == "admin2" and p.country == row.country and light_key(p.name) == light_key(row.district)
                   for p in default_gazetteer().lookup([place_key(row.district)])) or any(
            d.country == row.country for d in districts_named(row.district)), row  # or of districts.tsv


def test_the_division_depends_on_the_date() -> None:
    assert du.district_unit("Nisavski Okrug", "RS", dt.date(2022, 3, 1)) == "Nisava"
    assert du.district_unit("Nisavski Okrug", "RS", dt.date(2020, 3, 1)) is None  # Central Serbia then
    assert du.district_unit("Nisavski Okrug", "RS", None) is None
    assert du.district_unit("Loch Garman", "IE", None) == "Wexford"  # no date: every date
    assert du.district_unit("Tainan", "TW", dt.date(2022, 3, 1)) == "Tainan City"
    assert du.district_unit("Tainan", "CN", dt.date(2022, 3, 1)) is None


@pytest.mark.parametrize("row", [
    "RS\tNisavski Okrug\tNisava\t2022-01-17\t2020-01-01\tends before it starts",
    "Serbia\tNisavski Okrug\tNisava\t2021-01-01\t\tcountry code",
    "RS\tNisavski Okrug\tNisava\t01/01/2021\t\tdate format",
    "RS\tNisavski Okrug\t\t2021-01-01\t\tno name",
    "RS\tNisavski Okrug\tNisava\t2021-01-01",
])
def test_bad_rows_are_refused(row: str) -> None:
    with pytest.raises(ValueError):
        du.parse(row)


def test_the_shipped_town_table_names_towns_the_gazetteer_has() -> None:
    from sitrep.lexicon.gazetteer import default_gazetteer
    from sitrep.lexicon.keys import light_key, place_key

    text = du.resources.files("sitrep").joinpath("data", "gazetteer", "town_units.tsv").read_text("utf-8")
    rows = du.parse(text, "town_units.tsv")
    known = [row for row in rows if any(
        p.country == row.country and light_key(row.district) in {light_key(n) for n in p.all_names}
        for p in default_gazetteer().lookup([place_key(row.district)]))]
    assert len(known) >= len(rows) // 2  # the table lists every commune; the gazetteer has the bigger ones


def test_a_town_is_written_in_its_unit_by_any_of_its_names() -> None:
    assert du.town_unit(["Le Gosier"], "GP", dt.date(2021, 5, 2)) == "Pointe-a-Pitre"
    assert du.town_unit(["Baie Mahault"], "GP", None) == "Basse-Terre"  # no date: every date
    assert du.town_unit(["Saint-Denis"], "RE", None) == "Saint Denis"
    assert du.town_unit(["Sainte-Rose"], "GP", None) == "Basse-Terre"  # a namesake commune of another department
    assert du.town_unit(["Sainte-Rose"], "RE", None) == "Saint Benoit"
    assert du.town_unit(["Saint-Denis"], "FR", None) is None
    assert du.town_unit(["Port-Louis", "Le Gosier"], "GP", None) == "Pointe-a-Pitre"
    assert du.town_unit(["Le Gosier", "Baie-Mahault"], "GP", None) is None  # names of two units: none
