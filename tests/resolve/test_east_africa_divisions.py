"""Eastern Africa's divisions as conflict data write them: Ethiopia's regions by their short names and its zones
(a place written in a zone lies in the zone's region), Somalia's regions by their English names; and Ethiopia's
regional special police forces as ACLED names them. Invented sentences."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import main_actors, store_places
from sitrep.kb import KnowledgeBase
from sitrep.lexicon.extra_districts import districts_named


@pytest.fixture
def kb(tmp_path: Path) -> KnowledgeBase:
    return KnowledgeBase(tmp_path / "kb.db")


def store(kb: KnowledgeBase, text: str, published: str) -> dict[str, dict[str, Any] | None]:
    return {name: geo for name, (_, geo) in store_places(kb, "d1", text, published).items()}


def test_ethiopias_zones_lie_in_their_regions() -> None:
    assert [(d.country, d.division) for d in districts_named("South Wello")] == [("ET", "Amhara")]
    assert [(d.country, d.division) for d in districts_named("East Hararghe")] == [("ET", "Oromia")]
    assert [d.division for d in districts_named("Kelem Welega")] == ["Oromia"]
    assert not districts_named("Nuer")  # a zone named after its people alone is not listed


def test_ethiopias_regions_are_written_by_their_short_names(kb: KnowledgeBase) -> None:
    geo = store(kb, "On 5 March 2022, gunmen killed three farmers in Asosa (Asosa, Benishangul Gumuz).", "2022-03-05")
    assert geo["Asosa"] is not None and (geo["Asosa"]["country"], geo["Asosa"]["admin1"]) == ("ET", "Benshangul/Gumuz")
    geo = store(kb, "On 5 March 2022, traders protested a new tax in Mizan Teferi town.", "2022-03-05")
    assert geo["Mizan Teferi"] is not None and geo["Mizan Teferi"]["admin1"] == "South West"
    geo = store(kb, "On 5 March 2020, traders protested a new tax in Mizan Teferi town.", "2020-03-05")
    assert geo["Mizan Teferi"] is not None and geo["Mizan Teferi"]["admin1"] == "Southern Nations"


def test_somalias_regions_by_their_english_names(kb: KnowledgeBase) -> None:
    geo = store(kb, "On 5 March 2021, Al Shabaab fighters attacked an army base in Jilib.", "2021-03-05")
    assert geo["Jilib"] is not None and (geo["Jilib"]["country"], geo["Jilib"]["admin1"]) == ("SO", "Middle Juba")


def test_ethiopias_regional_special_forces() -> None:
    _, actors = main_actors("On 4 April 2021, Oromia special police forces shot dead two farmers in a village near "
                            "Dera (North Shewa, Oromia).", "2021-04-04")
    assert actors["actor1"] == "Police Forces of Ethiopia (2018-) Oromo Regional Special Forces"
    _, actors = main_actors("On 4 April 2021, Amhara regional special forces clashed with an armed group near Kobo "
                            "(North Wollo, Amhara).", "2021-04-04")
    assert "Police Forces of Ethiopia (2018-) Amhara Regional Special Forces" in actors.values()
    _, actors = main_actors("On 4 April 2021, special police shot dead two herders near Jijiga (Fafan, Somali).",
                            "2021-04-04")
    assert actors["actor1"] == "Police Forces of Ethiopia (2018-) Liyu Police"


def test_ugandas_districts_before_acleds_revision_of_2021(kb: KnowledgeBase) -> None:
    geo = store(kb, "On 6 May 2020, police dispersed traders protesting market dues in Lira town.", "2020-05-06")
    assert geo["Lira"] is not None and (geo["Lira"]["country"], geo["Lira"]["admin1"]) == ("UG", "Lira")


def test_ugandas_regions_since_acleds_revision_of_2021(kb: KnowledgeBase) -> None:
    geo = store(kb, "On 6 May 2022, police dispersed traders protesting market dues in Lira town.", "2022-05-06")
    assert geo["Lira"] is not None and (geo["Lira"]["country"], geo["Lira"]["admin1"]) == ("UG", "Northern")


def test_a_division_after_a_plural_of_lesser_places_holds_them(kb: KnowledgeBase) -> None:
    # "the A and B areas of Amhara, and C of Oromia": Amhara is no area of Oromia, it holds A and B
    geo = store(kb, "Traders closed their shops in Dessie and Woldia areas of Amhara, and Bishoftu of Oromia, "
                    "protesting a new tax.", "2019-02-11")
    assert geo["Dessie"] is not None and (geo["Dessie"]["country"], geo["Dessie"]["admin1"]) == ("ET", "Amhara")
    assert geo["Amhara"] is not None and geo["Amhara"]["admin1"] == "Amhara"



def test_the_somali_region_is_ethiopias(kb: KnowledgeBase) -> None:
    # a demonym with a region's word after it names the division of another country that bears it
    geo = store(kb, "On 3 May 2019, rebels ambushed an army convoy in the Somali region.", "2019-05-03")
    assert geo["Somali"] is not None and (geo["Somali"]["country"], geo["Somali"]["admin1"]) == ("ET", "Somali")


def test_the_somali_region_of_a_somali_province_and_the_somali_state_are_somalias() -> None:
    from sitrep.extract.event_country import document_country
    from sitrep.nlp.annotate import annotate
    from sitrep.records import Document

    for text in ("Clan militias fought in the Somali region of Gedo.", "The Somali state paid its soldiers late."):
        doc = Document(id="d", source="d", text=text, format="text", published="2019-05-03")
        assert document_country(text, list(annotate(doc).mentions)) == "SO"
