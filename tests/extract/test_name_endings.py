"""Place names' endings part a tie between countries (``extract.name_endings``), never outweigh evidence."""

from __future__ import annotations

import pytest

from sitrep.extract.event_country import document_country
from sitrep.extract.name_endings import ending_countries, endings, parse_endings
from sitrep.nlp.annotate import annotate
from sitrep.records import Document


def _country(text: str) -> str | None:
    doc = Document(id="d", source="d", text=text, format="text", published="2022-03-01")
    return document_country(text, sorted(annotate(doc).mentions, key=lambda m: m.start))


def test_the_table_loads_and_names_known_countries() -> None:
    table = endings()
    assert table["gama"] == frozenset({"LK"})
    assert all(len(e) >= 4 for e in table)


def test_a_bad_row_is_refused() -> None:
    with pytest.raises(ValueError):
        parse_endings("ending,countries,note\nla,LK,too short\n", {"LK"})
    with pytest.raises(ValueError):
        parse_endings("ending,countries,note\ngama,XX,unknown country\n", {"LK"})
    with pytest.raises(ValueError):
        parse_endings("ending,countries,note\ngama,LK,a\ngama,LK,twice\n", {"LK"})


def test_an_ending_needs_a_stem_before_it() -> None:
    assert ending_countries("Pelawatta") == frozenset({"LK"})
    assert ending_countries("Goda") == frozenset()
    assert ending_countries("Nowhere Town") == frozenset()


def test_a_shared_division_with_an_unknown_town_is_parted_by_its_ending() -> None:
    # "Western" is a first-level division of several countries; the town is no place the gazetteer knows
    text = "On 3 June 2022, residents staged a protest in Kelanipelawatta (Kelanipelawatta, Western) over fuel."
    assert _country(text) == "LK"


def test_without_an_ending_the_tie_stays_unknown() -> None:
    text = "On 3 June 2022, residents staged a protest in Zorbulux (Zorbulux, Western) over fuel."
    assert _country(text) is None


def test_an_ending_does_not_outweigh_a_place() -> None:
    text = "On 3 June 2022, traders from Kelanipelawatta marched through Accra over market fees."
    assert _country(text) == "GH"
