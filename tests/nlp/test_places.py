"""Place mentions: administrative words, lists, "near", known names; people and actors are not places."""

from __future__ import annotations

from sitrep.nlp.names import find_names
from sitrep.nlp.places import find_places, place_spans
from sitrep.nlp.sentences import split_sentences
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
    assert names("Elders from the villages of Lalmi and Kata Kalay fled.") == ["Lalmi", "Kata Kalay"]
    assert names("A bomb went off near Qush Tepa.") == ["Qush Tepa"]


def test_relations_the_text_gives() -> None:
    text = "Two were shot in the Shadikhel area of Gandava district, Balochistan, on Friday."
    spans = place_spans(text)
    assert [(s.name, s.kind) for s in spans] == [("Shadikhel", "area"), ("Gandava", "district"),
                                                 ("Balochistan", None)]
    assert [s.parent for s in spans] == [1, 2, None]
    text = "Troops searched the Pashai and Nawabad villages of Nad Ali district, Helmand province."
    spans = place_spans(text)
    assert [(s.name, s.kind, s.parent) for s in spans] == [
        ("Pashai", "village", 2), ("Nawabad", "village", 2), ("Nad Ali", "district", 3),
        ("Helmand", "province", None)]


def test_known_names_are_matched_case_sensitively() -> None:
    assert names("Talks between Kabul and Islamabad stalled, a diplomat in Pakistan said.") == [
        "Kabul", "Islamabad", "Pakistan"]
    assert names("the kabul road was closed") == []
    assert names("Officials in Herat said the Herat Security Dialogue was postponed.") == ["Herat"]


def test_people_are_not_places() -> None:
    assert names("Mullah Sattar Jawzjani, a commander, defected.") == []
    text = "Commander Mullah Sattar Jawzjani met elders in Jawzjan province."
    assert names(text) == ["Jawzjan"]
    # the one place is the province, not the start of the surname
    assert [m.start for m in find_places(text)] == [text.index("Jawzjan province")]


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
    assert links("Mortars hit Kalay Tangi, Garmsir district, Helmand province.") == [
        ("Kalay Tangi", None, "Garmsir"), ("Garmsir", "district", "Helmand"), ("Helmand", "province", None)]
    assert links("Clashes in Lashkar Gah, Helmand province.")[0] == ("Lashkar Gah", None, "Helmand")
    # a list under a plural designator, or with "and" under a singular one, names siblings
    assert links("Raids in Imam Sahib, Qala-i-Zal, and Kunduz districts, Kunduz province.") == [
        ("Imam Sahib", "district", "Kunduz"), ("Qala-i-Zal", "district", "Kunduz"), ("Kunduz", "district", "Kunduz"),
        ("Kunduz", "province", None)]
    assert links("Clashes in Kunduz, Baghlan and Takhar provinces.") == [
        ("Kunduz", "province", None), ("Baghlan", "province", None), ("Takhar", "province", None)]


def test_areas_of_towns_parentheses_and_near() -> None:
    assert links("Two died in the Dara Kalan area of Firozkoh city, Ghor province.") == [
        ("Dara Kalan", "area", "Firozkoh"), ("Firozkoh", "city", "Ghor"), ("Ghor", "province", None)]
    assert links("Fighting in Firozkoh (Chaghcharan) city, Ghor province.")[0] == ("Firozkoh", "city", "Ghor")
    # a name in parentheses after a place is another name of it, not a place of its own
    assert [n for n, _, _ in links("Soldiers died in the Spin Kalay (Spinkalai) area of Alingar district, "
                                   "Laghman province.")] == ["Spin Kalay", "Alingar", "Laghman"]
    assert links("A drone hit the Sar Kotal area outside Qalat city, Zabul province.")[0] == (
        "Sar Kotal", "area", "Qalat")


def test_of_puts_a_place_inside_and_and_shares_the_parent() -> None:
    assert links("A guard was wounded in Kabul of Dawlat Shah district, Laghman.")[0] == (
        "Kabul", None, "Dawlat Shah")
    assert links("A fight in the Chardara district of Dasht-e-Archi district, Kunduz province.")[0] == (
        "Chardara", "district", "Dasht-e-Archi")
    assert links("Patrols in the Nawzad area and Garmsir district, Helmand province.")[0] == (
        "Nawzad", "area", "Helmand")
    # people-like names in a list of places under a plural designator are places
    assert "Sher Ahmad" in [n for n, _, _ in links(
        "Sweeps in the Gul Tepa, Sher Ahmad, and Aqtash areas of Kunduz province.")]


def test_a_district_of_a_first_level_region_lies_in_it() -> None:
    # "region" after a name the gazetteer knows as a first-level division: the province, broader than a district
    assert links("Farmers protested in Dostuk village in Aksy district of Jalal-Abad region on Friday.")[:2] == [
        ("Dostuk", "village", "Aksy"), ("Aksy", "district", "Jalal-Abad")]


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


def test_one_name_after_a_plural_designator_holds_the_places() -> None:
    """"two districts of Manipur": Manipur holds the districts, it is not one; "the districts of A and B" lists
    districts."""
    text = "Curfew was imposed in two districts of Manipur. Clashes hit the districts of Achin and Nazyan."
    kinds = {s.name: s.kind for s in place_spans(text)}
    assert kinds["Manipur"] is None
    assert kinds["Achin"] == kinds["Nazyan"] == "district"


def test_a_name_before_party_is_a_party() -> None:
    names = {s.name for s in place_spans("The ruling Morena party criticised the army in Culiacan.")}
    assert "Morena" not in names


def test_the_name_of_a_people_before_its_members_is_not_a_place() -> None:
    # Kuki is also a Japanese city the gazetteer knows; before "rebels" it says who they are
    assert names("Villagers blamed Kuki rebels for the fire in Churachandpur district.") == ["Churachandpur"]
    assert "Rakhine" in names("Fighting in Rakhine displaced thousands of families.")


def test_a_name_after_the_nearby_says_what_the_nearby_thing_is() -> None:
    assert names("Work at the nearby GTL terminal stopped after gunmen raided the town of Pemba.") == ["Pemba"]
    assert names("Shells fell on villages nearby Tillaberi overnight.") == ["Tillaberi"]


def test_a_kind_of_facility_is_not_a_place_a_named_one_is() -> None:
    text = "Insurgents overran a Forward Operating Base by the river. Troops later reinforced Bagram Air Base."
    found = {(m.text, m.type) for m in find_names(text, tuple(split_sentences(text)), [])}
    assert not any(t.startswith("Forward") for t, _ in found)
    assert ("Bagram Air Base", "location") in found


def test_the_arabic_article_written_in_lower_case_is_part_of_the_name() -> None:
    text = "Shells fell on the al-Mansura district and on the ash-Shuhada area of the city."
    assert [(s.name, s.kind) for s in place_spans(text)] == [("al-Mansura", "district"), ("ash-Shuhada", "area")]


def test_a_known_name_with_its_inner_arabic_article_capitalized() -> None:
    text = "Drones struck a depot west of Zuwarah (An Nuqat Al Khams) at night."
    assert ("An Nuqat Al Khams", "admin1") in [(s.name, s.known) for s in place_spans(text)]


def test_a_persian_name_keeps_its_ezafe_after_a_preposition() -> None:
    from sitrep.nlp.place_notation import towns_after_prepositions

    text = "Bakers in Kut e Abdollah protested against the price of flour."
    assert [text[s:e] for s, e in towns_after_prepositions(text)] == ["Kut e Abdollah"]


def test_a_town_whose_name_opens_with_a_word_of_the_non_names_keeps_it() -> None:
    text = "On 3 May 2021, soldiers fought rebels in Lake Sebu (South Cotabato)."
    assert "Lake Sebu" in [s.name for s in place_spans(text)]


def test_a_name_after_a_singular_units_first_and_a_comma_is_where_it_lies() -> None:
    spans = place_spans("On 2 May 2021, a shop burned in the neighbourhood of Yenimahalle, Ankara.")
    assert [(s.name, s.kind) for s in spans] == [("Yenimahalle", "area"), ("Ankara", None)]
    assert spans[0].parent == 1


def test_the_arabic_article_with_a_space_after_a_units_word_is_part_of_the_name() -> None:
    spans = place_spans("On 2 May 2021, settlers burned a car in the village of al Khadir at night.")
    assert [(s.name, s.kind) for s in spans] == [("al Khadir", "village")]


def test_a_people_before_community_is_no_place() -> None:
    text = "Members of the Ukrainian community demonstrated in Toulouse against the invasion of Ukraine."
    assert [m.text for m in find_places(text)] == ["Toulouse", "Ukraine"]


def test_a_town_after_a_preposition_keeps_its_lower_case_links_and_is_never_a_part_of_a_longer_name() -> None:
    from sitrep.nlp.place_notation import towns_after_prepositions

    def found(text: str) -> list[str]:
        return [text[s:e] for s, e in towns_after_prepositions(text)]

    assert found("Around 200 people protested in Monforte de Lemos, demanding equality.") == ["Monforte de Lemos"]
    assert found("GNA forces fired heavy artillery in Wadi al Washka (Sirt).") == []
    assert "Al" not in found("airstrikes targeted LNA positions in Al Watiayh airbase.")


def test_a_weapon_or_a_square_named_after_a_place_is_no_place() -> None:
    assert "Molotov" not in names("Rioters threw a Molotov cocktail at a bank branch in Tripoli.")
    assert "Grenade" not in names("Grenade attack kills two in the market of Garissa.")
    assert "Trafalgar" not in names("Thousands gathered in Trafalgar Square in London.")
    assert "London" in names("Thousands gathered in Trafalgar Square in London.")


def test_a_town_whose_own_name_holds_of_is_one_place() -> None:
    # Port of Spain is a town of the gazetteer: not "Port" in Spain
    assert names("On 2 May 2021, a man was shot by masked gunmen in Port of Spain city.") == ["Port of Spain"]
    # a town and its country joined by "of" stay two places
    assert names("Soldiers patrolled the streets in Kabul of Afghanistan.") == ["Kabul", "Afghanistan"]


def test_a_camp_of_refugees_or_displaced_people_is_an_area_at_the_place_it_is_named_after() -> None:
    spans = place_spans("On 4 May 2021, gunmen raided the Dorbi refugee camp, killing two refugees.")
    assert [(s.name, s.kind) for s in spans] == [("Dorbi", "area")]
    spans = place_spans("Fighting reached the Tamal and Sorgo IDP camps in Kordo province.")
    assert [(s.name, s.kind) for s in spans][:2] == [("Tamal", "area"), ("Sorgo", "area")]


def test_a_city_s_municipality_or_a_zulu_name_in_a_hierarchy_is_a_unit() -> None:
    spans = place_spans("On 2 May 2022, residents marched in Lusini (City of Ondava, Gauteng) over power cuts.")
    assert [(s.name, s.parent) for s in spans] == [("Lusini", 1), ("City of Ondava", 2), ("Gauteng", None)]
    spans = place_spans("On 2 May 2022, taxi owners blocked roads in Kwanyoni (eMbolo, KwaZulu-Natal).")
    assert [(s.name, s.parent) for s in spans] == [("Kwanyoni", 1), ("eMbolo", 2), ("KwaZulu-Natal", None)]


def test_a_unit_in_a_hierarchy_may_hold_in_between_its_words() -> None:
    spans = place_spans("On 2 May 2022, soldiers clashed with gunmen in Barangay Zorba (Ampatuan, Maguindanao, "
                        "Bangsamoro Autonomous Region in Muslim Mindanao).")
    assert [(s.name, s.parent) for s in spans] == [
        ("Barangay Zorba", 1), ("Ampatuan", 2), ("Maguindanao", 3),
        ("Bangsamoro Autonomous Region in Muslim Mindanao", None)]
    # the place before the brackets does not: "Protest in Kabul" is no name
    spans = place_spans("Protest in Kabul (Kabul, Afghanistan) ended peacefully.")
    assert spans[0].name == "Kabul"


def test_a_town_after_through_or_after_a_word_of_its_centre() -> None:
    from sitrep.nlp.place_notation import towns_after_prepositions

    def found(text: str) -> list[str]:
        return [text[s:e] for s, e in towns_after_prepositions(text)]

    assert found("On 4 May 2022, some forty cyclists rode through Sigmaringen for safer paths.") == ["Sigmaringen"]
    assert found("On 9 May 2022, about 160 people marched in downtown Malchow against new rules.") == ["Malchow"]
    assert found("On 9 May 2022, workers rallied in central Heraklion during a strike.") == ["Heraklion"]


def test_a_town_the_gazetteer_knows_before_a_comma_and_its_province_after_any_word() -> None:
    spans = place_spans("On 31 March 2022, troops retook Nova Basan, Chernihiv, after heavy fighting.")
    assert [(s.name, s.parent) for s in spans] == [("Nova Basan", 1), ("Chernihiv", None)]
    # a word no gazetteer knows as a town stays no place
    spans = place_spans("On 31 March 2022, troops retook Zorbaville, Chernihiv, after heavy fighting.")
    assert [s.name for s in spans] == ["Chernihiv"]
    # a chain whose first name no gazetteer knows: the known town after it is still found ("Barangay X, Town,
    # Province", as notes from the Philippines write it)
    spans = place_spans("On 4 May 2021, soldiers clashed with rebels in Barangay Zorbala, Siayan, Zamboanga del Norte.")
    assert "Siayan" in [s.name for s in spans]


def test_a_province_s_governor_s_office_is_at_the_province() -> None:
    assert names("On 2 May 2022, Hakkari Governor's Office banned all protests for 15 days.") == ["Hakkari"]
    # an organisation named after a place is still no place
    assert names("The Kabul Times reported the blast on Monday.") == []


def test_a_name_after_in_that_a_comma_puts_in_a_district_the_gazetteer_spells_so() -> None:
    spans = place_spans("On 3 May 2022, gunmen burned houses in Xqoro, Kiruhura, on Monday.")
    assert [s.name for s in spans] == ["Xqoro"]
    # after a name that is no unit, a capitalized word stays no place
    assert place_spans("On 3 May 2022, gunmen burned houses in Xqoro, Zorbaville, on Monday.") == []


def test_towns_after_nouns_of_their_people_and_institutions() -> None:
    def names(text: str) -> list[str]:
        return [p.name for p in place_spans(text)]
    assert names("Residents of Tchaourou blocked a road.") == ["Tchaourou"]
    assert names("Lawyers gathered in front of the tribunal of Paris.") == ["Paris"]
    assert names("Guards blocked the prison of Dunkerque.") == ["Dunkerque"]
    assert names("Forces retook Topolyne.") == ["Topolyne"]
    assert "Justice" not in names("Flowers at the steps of the Court of Justice in Sofia.")


def test_the_of_after_a_named_district_is_the_province_it_lies_in() -> None:
    # "the X district of Y": the word is X's, and Y, a first-level division, holds it (no district of its own)
    assert links("Miners struck in the Mirny district of Yakutia on Friday.") == [
        ("Mirny", "district", "Yakutia"), ("Yakutia", None, None)]
    # "the district of Y" alone still names Y a district
    assert links("Gunmen struck in the district of Chahar Bolak.")[0][:2] == ("Chahar Bolak", "district")
