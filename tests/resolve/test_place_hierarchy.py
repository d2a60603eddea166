"""A place written with its units in brackets ("X (district, province)"): a unit the embedded gazetteer lacks
gives way to the nearest one above it that it knows; a town's old name does not hide a city."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import store_places
from sitrep.kb import KnowledgeBase


@pytest.fixture
def kb(tmp_path: Path) -> KnowledgeBase:
    return KnowledgeBase(tmp_path / "kb.db")


def store(kb: KnowledgeBase, doc_id: str, text: str) -> dict[str, dict[str, Any] | None]:
    return {name: geo for name, (_, geo) in store_places(kb, doc_id, text).items()}


def test_an_unknown_unit_in_brackets_gives_way_to_the_province_above_it(kb: KnowledgeBase) -> None:
    # neither the village nor its commune is in the embedded gazetteer; the province (a district of the Centre-Est
    # region) is: the village is not placed in a namesake abroad
    geo = store(kb, "d2", "On 26 March 2022, gunmen abducted a man in the village of Lale (Bane, Boulgou).")
    placed = [g for g in geo.values() if g is not None]
    assert placed and {(g["country"], g["admin1"]) for g in placed} == {("BF", "Centre-Est")}


def test_a_city_is_not_an_old_name_of_a_smaller_town(kb: KnowledgeBase) -> None:
    geo = store(kb, "d3", "On 20 January 2022, around 1,700 people took to the streets in Kiel to protest.")
    g = geo["Kiel"]
    assert g is not None and (g["country"], g["admin1"]) == ("DE", "Schleswig-Holstein")
