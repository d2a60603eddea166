"""The Lake Chad insurgency outside Nigeria is confined to one division of each country it fights in (Cameroon's
Far North, Chad's Lac, Niger's Diffa): an event the text places only in the country, with Boko Haram or the Islamic
State's West Africa Province among its actors, is placed in that division. Invented sentences."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import ingested_event_geo
from sitrep.lexicon.actor_divisions import actor_division, parse


def test_a_group_has_a_division_in_each_country_it_fights_in() -> None:
    assert actor_division(["boko-haram"], "CM") == "Extreme-Nord"
    assert actor_division(["islamic-state-west-africa"], "TD") == "Lac"
    assert actor_division(["boko-haram"], "NE") == "Diffa"
    assert actor_division(["boko-haram"], "NG") is None  # at home it fights in several states
    assert actor_division(["islamic-state-west-africa"], "NE") is None  # Niger's west is the Sahel province's


def test_the_key_of_a_group_s_name_on_a_date_is_the_group_s() -> None:
    assert actor_division(["acled:boko-haram-islamic-state-west-africa"], "CM") == "Extreme-Nord"
    assert actor_division(["acled:onlf-x"], "CM") is None


def test_a_group_and_a_country_once() -> None:
    assert parse("g\tCM\tExtreme-Nord\tnote\ng\tTD\tLac\tnote\n") == {("g", "CM"): "Extreme-Nord", ("g", "TD"): "Lac"}
    with pytest.raises(ValueError):
        parse("g\tCM\tExtreme-Nord\tnote\ng\tCM\tNord\tnote\n")


def _event_place(tmp_path: Path, text: str, published: str) -> tuple[Any, Any]:
    geo = ingested_event_geo(tmp_path, text, published)
    assert geo is not None
    return geo["country"], geo["admin1"]


def test_boko_haram_in_cameroon_with_no_place_is_in_the_far_north(tmp_path: Path) -> None:
    text = "Boko Haram fighters ambushed a Cameroonian army patrol, killing four soldiers."
    assert _event_place(tmp_path, text, "2015-01-20") == ("CM", "Extreme-Nord")


def test_ituri_s_militias_fight_in_ituri_only() -> None:
    assert actor_division(["codeco"], "CD") == "Ituri"
    assert actor_division(["frpi", "codeco-urdpc"], "CD") == "Ituri"
    assert actor_division(["twirwaneho"], "CD") == "Sud-Kivu"
    assert actor_division(["codeco", "twirwaneho"], "CD") is None  # two divisions: neither

