"""Place mentions: administrative words, lists, "near", known names; people and actors are not places."""

from __future__ import annotations

from sitrep.nlp.places import find_places, place_spans
from sitrep.records import Mention


def names(text: str) -> list[str]:
    ms = find_places(text)
    for m in ms:
        assert text[m.start:m.end] == m.text and m.type == "location"
        assert m.extractor == "place-rules" and m.version and (m.entity_key or "").startswith("doc:location:")
    return [m.text for m in ms]


def test_names_with_administrative_words() -> None:
    assert names("Fighting broke out in Darzab district on Monday.") == ["Darzab"]
    assert names("Gunmen struck in the district of Chahar Bolak, officials said.") == ["Chahar Bolak"]
    assert names("Clashes in Jowzjan province and Kandahar city left four dead.") == ["Jowzjan", "Kandahar"]
    assert names("They took refuge in the village of Zarmast.") == ["Zarmast"]
    assert names("Elders from the villages of Moghul and Sar Dara fled.") == ["Moghul", "Sar Dara"]
    assert names("A bomb went off near Qush Tepa.") == ["Qush Tepa"]


def test_relations_the_text_gives() -> None:
    text = "Two were shot in the Fatehpur area of Jhal Magsi district, Balochistan, on Friday."
    spans = place_spans(text)
    assert [(s.name, s.kind) for s in spans] == [("Fatehpur", "area"), ("Jhal Magsi", "district"),
                                                 ("Balochistan", None)]
    assert [s.parent for s in spans] == [1, 2, None]
    text = "Troops raided the Shaban and Sandalah villages of Musa Qala district, Helmand province."
    spans = place_spans(text)
    assert [(s.name, s.kind, s.parent) for s in spans] == [
        ("Shaban", "village", 2), ("Sandalah", "village", 2), ("Musa Qala", "district", 3),
        ("Helmand", "province", None)]


def test_known_names_are_matched_case_sensitively() -> None:
    assert names("Talks between Kabul and Islamabad stalled, a diplomat in Pakistan said.") == [
        "Kabul", "Islamabad", "Pakistan"]
    assert names("the kabul road was closed") == []
    assert names("Officials in Herat said the Herat Security Dialogue was postponed.") == ["Herat"]


def test_people_are_not_places() -> None:
    assert names("Faqir Mohammad Jawzjani, a commander, defected.") == []
    assert "Jawzjan" not in names("Commander Faqir Mohammad Jawzjani met elders in Jawzjan province.")[1:2] or True
    assert names("Commander Faqir Mohammad Jawzjani met elders in Jawzjan province.") == ["Jawzjan"]


def test_actor_mentions_win_over_overlapping_places() -> None:
    text = "Ghazni police said the attack in Ghazni city was repelled."
    actor = Mention(start=0, end=12, text="Ghazni police", type="state_force", extractor="dictionary", version="x",
                    entity_key="afghan-police")
    got = find_places(text, actors=[actor])
    assert [(m.start, m.text) for m in got] == [(text.index("Ghazni city"), "Ghazni")]


def test_spelling_variants_share_a_local_key() -> None:
    text = "Fighting in Jawzjan province spread; Jowzjan officials and elders of Joz jan province met."
    keys = {m.entity_key for m in find_places(text) if m.text in ("Jawzjan", "Jowzjan", "Joz jan")}
    assert len(keys) == 1


def test_dateline_and_sentences() -> None:
    text = "SHEBERGHAN, Afghanistan — Taliban attacked Darz Aab district. Elders in Darzab agreed."
    ms = find_places(text, [(0, 62), (63, len(text))])
    assert ms[0].text == "SHEBERGHAN" and ms[0].name == "Sheberghan"
    darz = [m for m in ms if m.text in ("Darz Aab", "Darzab")]
    assert len(darz) == 2 and darz[0].entity_key == darz[1].entity_key
    assert (darz[0].sent_start, darz[1].sent_start) == (0, 63)


def links(text: str) -> list[tuple[str, str | None, str | None]]:
    """(name, kind, name of the parent) of each place span."""
    spans = place_spans(text)
    return [(s.name, s.kind, spans[s.parent].name if s.parent is not None else None) for s in spans]


def test_a_name_before_a_single_designated_place_is_in_it() -> None:
    assert links("Rockets hit Sarban Qala, Sangin district, Helmand province.") == [
        ("Sarban Qala", None, "Sangin"), ("Sangin", "district", "Helmand"), ("Helmand", "province", None)]
    assert links("Clashes in Lashkar Gah, Helmand province.")[0] == ("Lashkar Gah", None, "Helmand")
    # a list under a plural designator, or with "and" under a singular one, names siblings
    assert links("Raids in Chardara, Khan Abad, and Kunduz districts, Kunduz province.") == [
        ("Chardara", "district", "Kunduz"), ("Khan Abad", "district", "Kunduz"), ("Kunduz", "district", "Kunduz"),
        ("Kunduz", "province", None)]
    assert links("Clashes in Kunduz, Baghlan and Takhar provinces.") == [
        ("Kunduz", "province", None), ("Baghlan", "province", None), ("Takhar", "province", None)]


def test_areas_of_towns_parentheses_and_near() -> None:
    assert links("Two died in the Band Payend area of Chaghcharan city, Ghor province.") == [
        ("Band Payend", "area", "Chaghcharan"), ("Chaghcharan", "city", "Ghor"), ("Ghor", "province", None)]
    assert links("Fighting in Changcharan (Feroz Koh) city, Ghor province.")[0] == ("Changcharan", "city", "Ghor")
    # a name in parentheses after a place is another name of it, not a place of its own
    assert [n for n, _, _ in links("Soldiers died in the Khayro Khel (Khirokheel) area of Qarghayi district, "
                                   "Laghman province.")] == ["Khayro Khel", "Qarghayi", "Laghman"]
    assert links("An airstrike hit the Mehraband Dara area outside Tarinkot city, Urozgan province.")[0] == (
        "Mehraband Dara", "area", "Tarinkot")


def test_of_puts_a_place_inside_and_and_shares_the_parent() -> None:
    assert links("An Arbaki was killed in Islamabad of Alishing district, Laghman.")[0] == (
        "Islamabad", None, "Alishing")
    assert links("A clash in the Omarkhil district of Ali Abad district, Kunduz province.")[0] == (
        "Omarkhil", "district", "Ali Abad")
    assert links("Operations in the Marja area and Sangin district, Helmand province.")[0] == (
        "Marja", "area", "Helmand")
    # people-like names in a list of places under a plural designator are places
    assert "Hazrat Sultan" in [n for n, _, _ in links(
        "Operations in the Buz Qandari, Hazrat Sultan, and Kanam areas of Kunduz province.")]


def test_agencies_and_another_spelling_of_a_big_town_after_a_preposition() -> None:
    text = ("Fighters came from Bajaur and Kurram agencies. Residents fled to Sheberghan, some 120km away. "
            "He spoke to Haji Nasrullah yesterday.")
    assert names(text) == ["Bajaur", "Kurram", "Sheberghan"]


def test_a_district_filed_under_its_designator_is_found_and_the_seat_of_a_former_agency_is_embedded() -> None:
    from sitrep.lexicon.gazetteer import default_gazetteer
    from sitrep.lexicon.keys import place_key
    from sitrep.resolve.place_geocoder import Geocoder

    orakzai = [p for p in default_gazetteer().lookup([place_key("Orakzai")]) if p.feature == "admin2"]
    assert orakzai and orakzai[0].admin1 == "Khyber Pakhtunkhwa"
    assert Geocoder(None, default_gazetteer()).candidates("Orakzai", "district")
