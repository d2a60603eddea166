"""Round 26 (Western Africa): the towns the gazetteer lacks where its lists are sparse (Burkina Faso's department
seats, Mali's towns of the wars, Benin's commune seats, Ghana's district seats), Ghana's districts placed at their
seats, a district listed without a position placed at the town of its name in its division, the first of two
places an event happened "between", and a town written with the unit it lies in (invented sentences)."""

from __future__ import annotations

from sitrep.extract.events import find_events
from sitrep.lexicon.extra_districts import districts_named
from sitrep.lexicon.extra_towns import parse as parse_towns
from sitrep.lexicon.gazetteer import default_gazetteer
from sitrep.lexicon.keys import place_key
from sitrep.nlp.annotate import annotate
from sitrep.records import Document
from sitrep.resolve.place_units import positionless_seat, positionless_unit_division


def _place(text: str, published: str = "2022-05-01") -> str | None:
    """The name of the place of the most confident event the coder finds in ``text``."""
    doc = Document(id="d", source="d", text=text, format="text", published=published)
    ann = annotate(doc)
    ev = max(find_events(doc, ann).events, key=lambda e: e.confidence)
    return next((m.text for m in ann.mentions if m.entity_key == ev.location), None)


def _towns(name: str, country: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.admin1) for p in default_gazetteer().lookup([place_key(name)])
            if p.country == country and p.feature in ("town", "city")]


def test_the_towns_of_the_sahel_wars_are_in_the_gazetteer() -> None:
    assert ("Barsalogho", "Centre-Nord") in _towns("Barsalogho", "BF")
    assert ("Kantchari", "Est") in _towns("Kantchari", "BF")
    assert ("Sevare", "Mopti") in _towns("Sévaré", "ML")  # found by its accented name too
    assert ("Karimama", "Alibori") in _towns("Karimama", "BJ")
    assert ("Chereponi", "North East") in _towns("Chereponi", "GH")


def test_the_towns_table_rows_parse() -> None:
    rows = parse_towns("BF\tZorgho-Est\tPlateau-Central\t\t12.25\t-0.60\tZorgho Est\n")
    assert [(t.country, t.name, t.division, t.names) for t in rows] == [
        ("BF", "Zorgho-Est", "Plateau-Central", ("Zorgho Est",))]


def test_a_ghanaian_district_is_placed_at_its_seat() -> None:
    gazetteer = default_gazetteer()
    assert [d.seat for d in districts_named("Bawku West")] == ["Zebilla"]
    division = positionless_unit_division(gazetteer, "Bawku West", {"GH"})
    assert division is not None and division.name == "Upper East"
    seat = positionless_seat(gazetteer, "Bawku West", division)
    assert seat is not None and seat.name == "Zebilla"


def test_a_district_without_a_position_is_placed_at_the_town_of_its_name() -> None:
    gazetteer = default_gazetteer()
    division = positionless_unit_division(gazetteer, "Chereponi", {"GH"})  # no seat in the table
    assert division is not None and division.name == "North East"
    seat = positionless_seat(gazetteer, "Chereponi", division)
    assert seat is not None and seat.name == "Chereponi"
    # a division the district does not lie in has no such seat
    other = positionless_unit_division(gazetteer, "Bawku West", {"GH"})
    assert other is not None and positionless_seat(gazetteer, "Chereponi", other) is None


def test_the_first_of_two_places_between_which_an_event_happened() -> None:
    assert _place("On 4 May 2022, gunmen ambushed a convoy on the road between Kaya and Barsalogho "
                  "(Barsalogho, Sanmatenga). Two soldiers were killed.") == "Kaya"
    assert _place("On 9 May 2022, soldiers found a mine on the road between Djibo and Arbinda (Arbinda, Soum). "
                  "It was destroyed.") == "Djibo"
    # not a pair that shares no hierarchy
    assert _place("On 4 May 2022, gunmen ambushed a convoy in Barsalogho (Barsalogho, Sanmatenga), between Kaya "
                  "and the border. Two soldiers were killed.") == "Barsalogho"


def test_a_town_written_with_its_unit_is_the_place() -> None:
    assert _place("On 2 June 2021, bike riders angry over a new levy torched a council office in Kabala town, Wara "
                  "Wara Yagala chiefdom (Koinadugu, North-East).") == "Kabala"
