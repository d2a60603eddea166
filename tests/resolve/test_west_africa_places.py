"""Western Africa's places as conflict data write them: Ghana's towns the embedded gazetteer lacks (towns.tsv: the
district seats of the northern regions, the Volta basin's towns, the neighbourhoods of Accra and Kumasi), each in
its region as regions are drawn since 2019. Invented sentences."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import store_places
from sitrep.kb import KnowledgeBase


@pytest.fixture
def kb(tmp_path: Path) -> KnowledgeBase:
    return KnowledgeBase(tmp_path / "kb.db")


def store(kb: KnowledgeBase, text: str, published: str = "2021-04-02") -> dict[str, dict[str, Any] | None]:
    return {name: geo for name, (_, geo) in store_places(kb, "d1", text, published).items()}


def where(geo: dict[str, Any] | None) -> tuple[Any, Any]:
    assert geo is not None
    return geo["country"], geo["admin1"]


def test_ghanas_towns_the_gazetteer_lacks(kb: KnowledgeBase) -> None:
    geo = store(kb, "On 2 April 2021, two men were wounded when rival factions of a chieftaincy dispute clashed "
                    "in Saboba.")
    assert where(geo["Saboba"]) == ("GH", "Northern")
    geo = store(kb, "On 2 April 2021, youths set fire to a palace at Tuobodom in the Brong-Ahafo Region.")
    assert where(geo["Tuobodom"]) == ("GH", "Bono East")
    geo = store(kb, "On 2 April 2021, traders blocked a road at Walewale to protest the state of the highway.")
    assert where(geo["Walewale"]) == ("GH", "North East")


def test_neighbourhoods_of_accra_and_kumasi(kb: KnowledgeBase) -> None:
    geo = store(kb, "On 2 April 2021, police dispersed traders protesting evictions at Agbogbloshie.")
    assert where(geo["Agbogbloshie"]) == ("GH", "Greater Accra")
    geo = store(kb, "On 2 April 2021, youths clashed with police at Suame over the arrest of a driver.")
    assert where(geo["Suame"]) == ("GH", "Ashanti")


def test_nouakchott_is_written_in_its_wilaya(kb: KnowledgeBase) -> None:
    """The gazetteer files Mauritania's capital in no division: conflict data write it in Nouakchott-Ouest, by its
    English name since their gazetteer revision of 2021."""
    geo = store(kb, "On 4 May 2020, police dispersed a sit-in of unpaid teachers in Nouakchott.", "2020-05-04")
    assert where(geo["Nouakchott"]) == ("MR", "Nouakchott Ouest")
    geo = store(kb, "On 4 May 2022, police dispersed a sit-in of unpaid teachers in Nouakchott.", "2022-05-04")
    assert where(geo["Nouakchott"]) == ("MR", "Nouakchott West")


def test_abujas_area_council_by_its_usual_name(kb: KnowledgeBase) -> None:
    geo = store(kb, "On 2 April 2021, travellers damaged a terminal at a new airport (Abuja Municipal, FCT) over "
                    "delays.")
    assert where(geo["Abuja Municipal"]) == ("NG", "Federal Capital Territory")
