"""Districts made first-level divisions at the gazetteer build (``data/gazetteer/first_level_units.tsv``)."""

from __future__ import annotations

import pytest

from sitrep.data.gazetteer.first_level_units import Promoted, parse, promote, read


def _row(gid: str, name: str, feature: str, lat: float, lon: float, admin1: str, admin2: str = "",
         pop: int = 0) -> list[str]:
    return [gid, name, feature, f"{lat:.4f}", f"{lon:.4f}", "XX", admin1, admin2, str(pop), "", ""]


def test_the_shipped_table_parses() -> None:
    assert any(p.country == "RS" and p.name == "Belgrade" for p in read())


@pytest.mark.parametrize("line", ["RS\tCentral Serbia\tBelgrade\tBelgrade\t30",
                                  "rs\tCentral Serbia\tBelgrade\tBelgrade\t30\twhy",
                                  "RS\tCentral Serbia\tBelgrade\tBelgrade\tfar\twhy"])
def test_a_bad_row_is_named(line: str) -> None:
    with pytest.raises(ValueError, match=r"first_level_units\.tsv:1"):
        parse(line)


def test_a_district_becomes_a_division_with_its_towns() -> None:
    rows = [
        _row("1", "Capital", "city", 10.0, 10.0, "Middle", pop=1_000_000),  # filed in no district
        _row("2", "Suburb", "town", 10.1, 10.1, "Middle", "Capital", pop=5_000),
        _row("3", "Far Town", "town", 12.0, 12.0, "Middle", pop=50_000),  # no district, far away: stays
        _row("a1", "Middle", "admin1", 10.0, 10.0, "Middle"),  # placed at the capital before
        _row("a2", "Capital", "admin2", 10.05, 10.05, "Middle", "Capital"),
    ]
    out = promote(rows, (Promoted("XX", "Middle", "Capital", "Capital City", 30.0),))
    by_id = {r[0]: r for r in out}
    assert by_id["1"][6] == by_id["2"][6] == "Capital City"
    assert by_id["3"][6] == "Middle"
    unit = next(r for r in out if r[2] == "admin1" and r[1] == "Capital City")
    # at the city it is named after, not the mean of its towns; its old name another name
    assert (unit[3], unit[4]) == ("10.0000", "10.0000") and "Capital" in unit[10].split("|")
    assert (by_id["a1"][3], by_id["a1"][4]) == ("12.0000", "12.0000")  # the region moves to its biggest town left


def test_an_unknown_district_fails_the_build() -> None:
    with pytest.raises(ValueError, match="no district"):
        promote([_row("1", "Town", "town", 1.0, 1.0, "Middle")], (Promoted("XX", "Middle", "Nowhere", "N", 5.0),))
