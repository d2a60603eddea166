"""The table of the seats of second-level units the gazetteer lists without a position (``unit_seats.tsv``)."""

from __future__ import annotations

import pytest

from sitrep.lexicon import unit_seats as us


def test_every_seat_is_a_town_of_its_unit_division() -> None:
    from sitrep.lexicon.gazetteer import default_gazetteer
    from sitrep.lexicon.keys import place_key
    from sitrep.nlp.place_country import spelled

    text = us.resources.files("sitrep").joinpath("data", "gazetteer", "unit_seats.tsv").read_text("utf-8")
    gazetteer = default_gazetteer()
    for row in us.parse(text):
        found = gazetteer.lookup([place_key(row.unit)])
        assert any(p.feature == "admin2" and p.lat is None and p.country == row.country and p.admin1 == row.division
                   and spelled(p, row.unit) for p in found), row  # a unit of the gazetteer's, without a position
        towns = [p for p in gazetteer.lookup([place_key(row.seat)]) if p.feature in ("city", "town")
                 and p.country == row.country and p.admin1 == row.division and spelled(p, row.seat)]
        assert len(towns) == 1, row


def test_the_seat_is_read_in_its_division_only() -> None:
    assert us.unit_seat("PH", "Samar", "Eastern Visayas") == "Catbalogan"
    assert us.unit_seat("PH", "tawi tawi", "Bangsamoro Autonomous Region in Muslim Mindanao") == "Bongao"
    assert us.unit_seat("PH", "Samar", "Western Visayas") is None
    assert us.unit_seat("ID", "Samar", "Eastern Visayas") is None


@pytest.mark.parametrize("row", ["PH\tSamar\tEastern Visayas", "Ph\tSamar\tEastern Visayas\tCatbalogan",
                                 "PH\t\tEastern Visayas\tCatbalogan"])
def test_a_bad_row_is_named(row: str) -> None:
    with pytest.raises(ValueError, match="bad row"):
        us.parse(row)


def test_a_unit_listed_twice_is_named() -> None:
    with pytest.raises(ValueError, match="twice"):
        us.parse("PH\tSamar\tEastern Visayas\tCatbalogan\nPH\tSAMAR\tEastern Visayas\tCatbalogan")
