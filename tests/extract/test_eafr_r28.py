"""Round 28 (Eastern Africa): a country named before a parenthesized hierarchy is no place the hierarchy locates,
and the towns of Burundi's provinces the gazetteer files in one division are written in their own provinces
(invented sentences); East African capitals' protest grounds name their country."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from helpers import geo_near, ingested_event_geo
from sitrep.extract.events import find_events
from sitrep.extract.landmark_votes import landmark_votes
from sitrep.lexicon import district_units as du
from sitrep.nlp.annotate import annotate
from sitrep.records import Document


def _event_place(text: str, published: str = "2022-05-01") -> str | None:
    """The name of the place of the most confident event the coder finds in ``text``."""
    doc = Document(id="d", source="d", text=text, format="text", published=published)
    ann = annotate(doc)
    ev = max(find_events(doc, ann).events, key=lambda e: e.confidence)
    return next((m.text for m in ann.mentions if m.entity_key == ev.location), None)


def test_a_hierarchy_after_two_countries_locates_the_event_in_its_units() -> None:
    place = _event_place("On 7 May 2022, agents abducted a shopkeeper at the frontier between Burundi and Rwanda "
                         "(Bugabira, Kirundo).")
    assert place == "Bugabira"
    place = _event_place("On 7 May 2022, agents abducted a shopkeeper near Kamo hill, 10 km from the frontier between "
                         "Burundi and Rwanda (Bugabira, Kirundo).")
    assert place != "Burundi"
    # two towns still share the hierarchy written after the second
    place = _event_place("On 4 May 2022, gunmen ambushed a convoy on the road between Kaya and Barsalogho "
                         "(Barsalogho, Sanmatenga).")
    assert place == "Kaya"


def test_burundis_towns_are_written_in_their_provinces_of_2015_to_2025() -> None:
    on = dt.date(2021, 5, 3)
    assert du.town_unit(["Gitega"], "BI", on) == "Gitega"
    assert du.town_unit(["Karusi"], "BI", on) == "Karuzi"
    assert du.town_unit(["Muramvya"], "BI", on) == "Muramvya"
    assert du.town_unit(["Mwaro"], "BI", on) is None  # the gazetteer's own division
    assert du.town_unit(["Gitega"], "BI", dt.date(2025, 9, 1)) is None  # the reform's provinces since


def test_east_african_protest_grounds_name_their_country() -> None:
    assert landmark_votes("Police fired tear gas at teachers gathered at Uhuru Park.") == {"KE": 2.0}
    assert landmark_votes("Supporters of the opposition met at Kamukunji grounds.") == {"KE": 2.0}
    assert landmark_votes("Thousands rallied on Meskel Square on Sunday.") == {"ET": 2.0}


def test_an_event_at_a_landmark_the_gazetteer_lacks_is_placed_at_its_town() -> None:
    from sitrep.extract.landmark_votes import landmark_town

    assert landmark_town("Meskel square") == ("ET", "Addis Ababa")
    assert landmark_town("Jeevanjee Gardens") == ("KE", "Nairobi")  # by another of its names
    assert landmark_town("a square of the town") is None


def test_a_protest_at_meskel_square_is_placed_in_addis_ababa(tmp_path: Path) -> None:
    geo = ingested_event_geo(tmp_path, "On 3 May 2021, police fired tear gas at protesters at Meskel Square.")
    assert geo is not None and geo["country"] == "ET" and geo["admin1"] == "Addis Ababa"
    assert geo_near(geo, 9.01, 38.76, 25.0)


def test_a_name_quoted_after_a_comma_is_no_province_of_the_place_before() -> None:
    from sitrep.nlp.places import place_spans

    text = "Officers beat market women near the port of Tadjourah, Farah told reporters on Monday."
    spans = place_spans(text)
    assert "Farah" not in [sp.name for sp in spans]  # a speaker, not Afghanistan's Farah province
    assert "Tadjourah" in [sp.name for sp in spans]
    text = "Gunmen killed two traders in Lashkar Gah, Helmand, on Monday."
    assert [sp.name for sp in place_spans(text)] == ["Lashkar Gah", "Helmand"]
