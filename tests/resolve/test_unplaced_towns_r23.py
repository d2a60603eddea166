"""Round 23 (West Africa): an event whose text names its town only without a preposition ("youth of Vakpo", the
towns a road joins) is placed at that town, not at the country's capital; a road between towns of two divisions,
or a town of several divisions, leaves the country. Invented sentences."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from helpers import ingested_event_geo
from sitrep.extract.unplaced_towns import unplaced_town


def placed(tmp_path: Path, text: str) -> dict[str, Any] | None:
    """The geo of the location of the most confident event coded from ``text``, None when it has none."""
    return ingested_event_geo(tmp_path, text)


def test_a_crowd_named_after_its_town_is_placed_there(tmp_path: Path) -> None:
    assert unplaced_town("Youth of Vakpo marched against the new chief.", "GH") == "Vakpo"
    geo = placed(tmp_path, "Youth of Vakpo marched against the new chief. Ghanaian police watched.")
    assert geo is not None and (geo["country"], geo["admin1"]) == ("GH", "Volta")


def test_a_town_of_another_country_or_none_gives_nothing() -> None:
    assert unplaced_town("Youth of Vakpo marched against the new chief.", "KE") is None
    assert unplaced_town("Youth marched against the new chief.", "GH") is None
    assert unplaced_town("Youth of Vakpo marched.", None) is None


def test_a_road_between_towns_of_two_divisions_gives_nothing() -> None:
    assert unplaced_town("Traders blocked the Kumasi-Accra highway.", "GH") is None
    assert unplaced_town("Traders blocked the Kumasi-Obuasi road.", "GH") == "Kumasi"


def test_a_division_named_by_compass_words_with_region_in_lower_case(tmp_path: Path) -> None:
    from sitrep.nlp.place_names import division_words

    assert [m.group() for m in division_words("Clashes in the Northern region and the Upper East region.")] == [
        "Northern", "Upper East"]
    assert division_words("Clashes in the northern region of the country.") == []
    assert division_words("Clashes in the Eastern region of Kibi.") == []  # "of" names what the region is of
    geo = placed(tmp_path, "On 2 April 2021, Ghanaian police arrested ten miners in the Western region.")
    assert geo is not None and (geo["country"], geo["admin1"]) == ("GH", "Western")
