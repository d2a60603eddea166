"""A place name one document cannot place joins no entity the base placed in another country than the document's
(invented gazetteer rows and sentences).

Entity resolution joins location mentions by name across documents. A document that places the name itself is
handled by the namesake rules (``test_place_namesakes``); one that cannot place it must not inherit a place in a
country its text is not about: it joins an entity of that name placed in its own country or unplaced, else a new
unplaced entity. A document with no country of its own keeps the join.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import store_places
from sitrep.kb import KnowledgeBase
from sitrep.kb.gazetteer import import_file

# a made-up village known only in Afghanistan
VILLAGES = """name,lat,lon,province,district,country
Quolat,31.70,65.20,Kandahar,Maywand,AF
"""


@pytest.fixture
def kb(tmp_path: Path) -> KnowledgeBase:
    k = KnowledgeBase(tmp_path / "kb.db")
    (tmp_path / "villages.csv").write_text(VILLAGES, encoding="utf-8")
    assert import_file(k.db, tmp_path / "villages.csv").error is None
    return k


def store(kb: KnowledgeBase, doc_id: str, text: str) -> dict[str, tuple[str, dict[str, Any] | None]]:
    return store_places(kb, doc_id, text)


AFGHAN = "Taliban fighters clashed with Afghan forces in Quolat village, Kandahar province, Afghanistan."


def test_a_name_placed_in_another_country_is_not_joined(kb: KnowledgeBase) -> None:
    first = store(kb, "d1", AFGHAN)
    id1, g1 = first["Quolat"]
    assert g1 is not None and g1["country"] == "AF"
    second = store(kb, "d2", "Kenyan police said herders clashed in Quolat village on Friday. "
                          "Kenya's interior ministry sent officers.")
    id2, g2 = second["Quolat"]
    assert id2 != id1 and (g2 is None or g2.get("country") == "KE")
    # a later Kenyan document does not join the Afghan one either (two entities of the name: it stays apart)
    third = store(kb, "d3", "Kenyan police said traders marched in Quolat village on Monday. "
                         "Kenya's interior ministry sent officers.")
    assert third["Quolat"][0] not in (id1, id2) and third["Quolat"][1] is None


def test_a_document_of_the_same_country_still_joins(kb: KnowledgeBase) -> None:
    id1 = store(kb, "d1", AFGHAN)["Quolat"][0]
    again = store(kb, "d2", "Afghan police said elders met in Quolat village on Friday. "
                        "Afghanistan's interior ministry sent officers.")
    assert again["Quolat"][0] == id1


def test_a_document_with_no_country_keeps_the_join(kb: KnowledgeBase) -> None:
    id1 = store(kb, "d1", AFGHAN)["Quolat"][0]
    assert store(kb, "d2", "Elders met in Quolat village on Friday.")["Quolat"][0] == id1
