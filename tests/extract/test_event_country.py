"""Which country a text's events happen in: places, "(district, province)" hierarchies, names, demonyms."""

from __future__ import annotations

import pytest

from sitrep.extract import event_country
from sitrep.extract.event_country import country_before, country_inside, document_country, pair_votes, place_votes
from sitrep.extract.place_votes import hierarchy_countries, inside_places, of_hierarchies
from sitrep.nlp.annotate import annotate
from sitrep.records import Document, Mention


def _country(text: str) -> str | None:
    doc = Document(id="d", source="d", text=text, format="text", published="2022-03-01")
    return document_country(text, sorted(annotate(doc).mentions, key=lambda m: m.start))


def test_a_capital_or_a_division_names_the_country() -> None:
    assert _country("On 2 March 2022, hundreds of traders marched through Nairobi over new market fees.") == "KE"
    assert _country("On 4 March 2022, a bomb went off at a bus stop in Maiduguri (Maiduguri, Borno).") == "NG"
    assert _country("On 9 March 2022, nurses held a sit-in outside a hospital in Lahore (Lahore, Punjab).") == "PK"


def test_a_town_and_its_division_pick_the_country_that_has_both() -> None:
    # San Jose is a city of the United States, the Philippines and Costa Rica; only Costa Rica's lies in a San Jose
    assert pair_votes("San Jose", "San Jose") == {"CR": 1.0}
    assert _country("On 8 March 2022, in San Jose, San Jose, dozens of bus drivers protested against fuel prices.") \
        == "CR"


def test_a_shared_name_leans_to_its_largest_place() -> None:
    votes = place_votes("Santiago")
    assert max(votes, key=lambda k: votes[k]) == "CL"
    assert _country("On 2 March 2022, dozens of pensioners gathered in Santiago to demand higher pensions.") == "CL"


def test_a_city_known_by_another_name_only_leads() -> None:
    """A large city that bears a name only as another of its names (Giza, once written "Gizo") leads the name's vote
    but does not take it from a town that bears it as its own (Gizo of the Solomon Islands): the division the text
    gives decides; with nothing else, the large city still leads."""
    votes = place_votes("Gizo")
    assert max(votes, key=lambda k: votes[k]) == "EG" and votes["EG"] < 0.5 and "SB" in votes
    assert place_votes("Kherson") == {"UA": 0.8}  # its own name: the largest place takes the vote, as before
    assert _country("On 3 May 2022, fishermen blocked the wharf in Gizo (Western) over a fuel levy.") == "SB"


def test_a_demonym_or_a_name_where_it_happened() -> None:
    assert _country("Kenyan police arrested three suspects after a night of unrest.") == "KE"
    assert _country("Fighting resumed in the east of Ukraine on Sunday, officials said.") == "UA"


def test_a_foreign_embassy_or_a_topic_does_not_move_the_event() -> None:
    text = "On 6 March 2022, about 30 activists protested outside the Egyptian embassy in Brussels over detentions."
    assert _country(text) == "BE"
    text = ("On 6 March 2022, about 200 people rallied in Sofia against the war in Ukraine, carrying Ukrainian "
            "flags.")
    assert _country(text) == "BG"


def test_a_name_inside_another_place_name_is_not_the_country() -> None:
    assert _country("Gunmen abducted eleven farmers in Niger State on Sunday.") == "NG"


def test_no_evidence_no_country() -> None:
    assert _country("Three men were arrested on Tuesday after a fight at a market.") is None


def test_the_country_of_an_actor_phrase() -> None:
    text = "Israeli warplanes and Russia's army"
    assert country_inside(text) == "IL"
    assert country_before(text, text.index("warplanes")) == "IL"
    assert country_before(text, text.index("army")) == "RU"
    assert country_before("the police", 4) is None


def test_a_division_under_another_of_its_names_or_without_its_word() -> None:
    # the gazetteer files Ecuador's province as "Chimborazo Province", the DRC's as "Nord Kivu": the text's spelling
    # without the administrative word or with a hyphen is the same division
    assert pair_votes("Riobamba", "Chimborazo") == {"EC": 1.0}
    assert pair_votes("Goma", "Nord-Kivu") == {"CD": 1.0}
    # a spelling variant of the division ("Andalucia" for "Andalusia")
    assert pair_votes("Cadiz", "Andalucia") == {"ES": 1.0}


def test_an_acronym_or_a_cut_off_name_is_no_place() -> None:
    assert place_votes("NATO") == {}
    assert place_votes("Al") == {}
    text = "On 7 April 2022, around 50 people staged a protest at the NATO headquarters in Brussels to demand aid."
    assert _country(text) == "BE"


def test_a_currency_is_not_where_it_happened() -> None:
    assert _country("Protesters against the high US dollar exchange rate blocked a road in Zahle (Zahle, Beqaa).") \
        == "LB"


def test_cameroon_regions_under_their_french_names() -> None:
    # the regions of Cameroon as its notes write them, in French; Boko Haram alone would say Nigeria
    assert _country("On 9 April 2021, Boko Haram militants abducted two herders near Kolofata (Mayo-Sava, "
                    "Extreme-Nord).") == "CM"
    assert _country("On 3 May 2021, separatists clashed with soldiers in Bafut (Mezam, Nord-Ouest).") == "CM"


def test_namesakes_lean_to_the_larger_place_even_by_a_little() -> None:
    votes = place_votes("Lida")  # Belarus's town of 100,000 people, a smaller one in Israel
    assert max(votes, key=lambda k: votes[k]) == "BY"


def test_an_old_name_of_a_big_city_does_not_outvote_a_town_of_that_name() -> None:
    # "Fredericia" is a Danish town's own name and an old name of a Brazilian city of 800,000 people
    assert max(place_votes("Fredericia").items(), key=lambda kv: kv[1])[0] == "DK"
    # a name borne by no town as written: the towns it spells count as before ("Majak": Maiac, Maiak)
    assert len(place_votes("Majak")) == 2
    # a city known by another name stays its country's when far the most populous ("Madras": Chennai)
    assert max(place_votes("Madras").items(), key=lambda kv: kv[1])[0] == "IN"
    # a village's own name does not take a city's other name from it ("Sayda": Sidon, beside a German village)
    assert max(place_votes("Sayda").items(), key=lambda kv: kv[1])[0] == "LB"


def test_a_name_with_a_first_level_word_after_it_votes_as_a_division() -> None:
    # "Manchester parish" is Jamaica's parish, not England's city of that name
    text = "Police seized a boat in Spur Tree, Manchester parish, on Monday."
    start = text.index("Manchester")
    mentions = [Mention(start=start, end=start + 10, text="Manchester", type="location", extractor="t", version="0")]
    assert event_country._mention_votes(text, mentions, []) == {"JM": pytest.approx(2.0)}


def test_a_name_sharing_only_its_consonants_is_no_evidence() -> None:
    # "Dhalkebar" (a town of Nepal the gazetteer lacks) is not Eritrea's "Dehalak' Kebir"
    assert place_votes("Dhalkebar") == {}


def test_two_countries_with_the_same_evidence_give_none(monkeypatch: pytest.MonkeyPatch) -> None:
    # the votes of two namesakes of the same size and nothing else (no first place either)
    monkeypatch.setattr(event_country, "country_votes", lambda text, mentions, firsts=None: {"KE": 2.0, "UG": 2.0})
    assert document_country("a text", []) is None
    monkeypatch.setattr(event_country, "country_votes", lambda text, mentions, firsts=None: {"KE": 2.1, "UG": 2.0})
    assert document_country("a text", []) == "KE"


def test_a_city_s_quarter_after_a_dash_is_no_division() -> None:
    # ACLED writes "(City - Quarter)": the quarter is no first-level division of any country
    assert _country("On 14 April 2022, union members picketed in front of the city hall (Gwangju - Seo).") == "KR"
    assert _country("On 4 January 2022, oyster fishermen displayed banners on the port (Tainan City - Anping).") \
        == "TW"


def test_the_head_of_an_organisation_s_name_is_no_place() -> None:
    # "the Union of Civil Servants": not the town of Union
    assert _country("On 8 May 2020, police officers from the Union of Civil Servants protested in front of the "
                    "regional directorate in Sfax.") == "TN"


def test_a_namesake_abroad_of_a_place_in_a_hierarchy_does_not_move_the_event() -> None:
    # "Mankon" is also a town of Oman; a note writing "(Mezam, Nord-Ouest)" after it is not about Oman
    assert _country("On 3 June 2021, soldiers searched homes in Mankon town (Mezam, Nord-Ouest) at dawn.") != "OM"
    spans = hierarchy_countries("protesters in Mankon town (Mezam, Nord-Ouest) on Monday")
    assert len(spans) == 1 and "CM" in spans[0][2] and "OM" not in spans[0][2]


def test_a_district_the_gazetteer_lacks_keeps_its_country_in_a_hierarchy() -> None:
    # Parsa is one of Nepal's districts (the table of the districts the gazetteer lacks): Birganj stays in Nepal
    assert _country("On 5 June 2022, police beat a man in Birganj city (Parsa district) after an argument.") == "NP"


def test_the_last_document_s_country_is_worked_out_once(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Fighting in Jowzjan province of Afghanistan left four dead."
    mentions = [Mention(start=12, end=19, text="Jowzjan", type="location", extractor="t", version="0")]
    worked: list[str] = []
    real = event_country._document_country
    monkeypatch.setattr(event_country, "_document_country", lambda t, ms: worked.append(t) or real(t, ms))
    assert document_country(text, mentions) == "AF" and document_country(text, list(mentions)) == "AF"
    assert len(worked) == 1  # extraction, then geocoding, ask it of the same text and mentions
    other = "Clashes in Mogadishu, Somalia, left four dead."
    assert document_country(other, []) == real(other, []) and len(worked) == 2  # another text: its own
    assert document_country(text, []) == real(text, []) and len(worked) == 3  # other mentions: worked out again
    monkeypatch.setattr(event_country, "country_votes", lambda text, mentions, firsts=None: {"KE": 2.0})
    assert document_country(text, []) == "KE"  # votes defined otherwise (a test's): never the kept answer


def test_a_bare_namesake_follows_the_evidence_at_home() -> None:
    # Tripoli is Libya's capital and a city of Lebanon: the Lebanese army places this one in Lebanon
    assert _country("On 3 March 2022, the Lebanese Army clashed with gunmen in Tripoli.") == "LB"
    assert _country("On 3 March 2022, French police dispersed farmers in Brest.") == "FR"
    # with nothing else said, the larger namesake keeps the name
    assert _country("On 3 March 2022, gunmen clashed in Tripoli.") == "LY"


def test_a_country_name_that_ends_a_place_name_is_the_place() -> None:
    assert _country("On 5 May 2020, in Port of Spain city, a man was shot by masked gunmen.") == "TT"


def test_a_place_s_division_in_brackets_is_the_first_evidence_of_its_country() -> None:
    # Houla is a village of Lebanon's Marjayoun and a namesake's name in Syria; the hierarchy places this one
    assert _country("On 2 March 2022, soldiers shelled a farm in Houla (Marjayoun), burning an olive grove.") == "LB"


def test_the_aggressor_of_an_invasion_that_is_the_topic_is_not_where_it_happens() -> None:
    # the protest is in Switzerland; Russia is what it denounces
    assert _country("On 6 March 2022, about 300 people marched in St. Gallen. They condemned the invasion of "
                    "Ukraine by Russia.") == "CH"


def test_a_much_shorter_other_name_is_no_spelling_of_a_place_s_own_name() -> None:
    # Bethlehem is also another name of Brazil's Belém; "Belem" is no spelling of "Bethlehem"
    assert "BR" not in place_votes("Bethlehem")
    assert place_votes("Odesa") == {"UA": 1.0}  # a spelling of Odessa still is


def test_a_place_written_with_its_division_after_commas_is_in_that_division_s_country() -> None:
    # Castilla is a Spanish region's name; Piura is a region of Peru, and the note places Castilla in it
    assert _country("On 2 May 2020, in Castilla, Piura, street sweepers marched to the town hall.") == "PE"
    # a dateline's country is no division: it votes as a country's name, not as the event's place
    from sitrep.extract.place_votes import comma_hierarchies
    assert comma_hierarchies("DAKAR, Senegal (AP) - Rebels attacked a village in the east.") == []
    assert comma_hierarchies("Protests spread to Moscow, Kyiv and Minsk.") == []  # a list, not a place's division


def test_a_site_s_name_abroad_does_not_vote_for_its_country() -> None:
    # Chamber is also a town's name in Pakistan; the Chamber of Deputies is a site in Luxembourg
    assert _country("On 5 June 2022, nurses protested outside the Chamber of Deputies in Luxembourg over pay.") == "LU"


def test_a_country_s_war_in_the_possessive_is_a_topic() -> None:
    assert _country("On 4 March 2022, lawyers protested on the steps of their guild against Russia's invasion of "
                    "Ukraine.") is None


def test_a_hierarchy_ending_in_a_country_s_name_that_is_another_country_s_state() -> None:
    # Niger State of Nigeria: its local government area before it makes "(Shiroro, Niger)" the state's
    assert _country("On 3 April 2022, gunmen kidnapped four farmers in Kuta (Shiroro, Niger).") == "NG"
    assert _country("On 3 April 2022, bandits burned a market in Dagwarwa (Rafi LGA, Niger).") == "NG"
    # a place of the country Niger before it keeps the country's name the country's
    assert _country("On 3 April 2022, gunmen attacked a market in Bankilare (Tera, Niger).") == "NE"
    assert _country("On 3 April 2022, soldiers patrolled the road to Ayorou (Tillaberi, Niger).") == "NE"


def test_a_countrys_police_tell_where_it_happened() -> None:
    # a village whose only namesakes lie abroad does not outweigh the police of the country that acted there
    text = "On 3 May 2021, villagers blocked a road and clashed with the Mauritanian police in Mal (Mal)."
    assert _country(text) == "MR"
    assert event_country.word_votes("Dozens of Kenyan riot police guarded the market.") == {"KE": 3.0}
    assert event_country.word_votes("Kenyan soldiers guarded the market.") == {"KE": 1.0}


def test_a_tourist_is_a_foreigner_and_a_division_word_no_place() -> None:
    assert _country("A waiter stabbed and wounded a Russian tourist at a beach resort.") is None
    assert place_votes("Region") == {}
    assert _country("Youths from Region 5 fought with traders in Jijiga, Ethiopia, on Sunday.") == "ET"


def test_a_known_place_named_as_a_camp_or_town() -> None:
    # no preposition before it and the language layer need not mark it: "Kakuma refugee camp" is Kenya's
    votes = event_country.country_votes("Armed robbers raided Kakuma refugee camp at night and stole food.", [])
    assert max(votes, key=lambda k: votes[k]) == "KE"
    # a name the gazetteer does not know votes for nothing
    assert event_country.country_votes("Armed robbers raided Zzyqa refugee camp at night.", []) == {}


def test_a_place_written_in_a_division_with_in_or_of() -> None:
    # "Soran district of Erbil": the place lies in Iraq's Erbil; the names before it are no namesakes abroad
    text = "On 3 June 2022, drones struck a shepherd's hut in the Sidakan area in Soran district of Erbil."
    assert [sorted(c) for _, _, c in of_hierarchies(text)] == [["IQ"]]
    assert _country(text) == "IQ"
    assert _country("On 9 May 2022, tenants protested outside a housing office in Bostandyk district of Almaty city "
                    "over rising rents.") == "KZ"
    assert [sorted(c) for _, _, c in of_hierarchies("Gunmen raided Tudun Wada in Kano state at night.")] == [["NG"]]
    # another name or the district in brackets inside the chain
    assert [sorted(c) for _, _, c in of_hierarchies("Jets hit the Kortek (Kurdish name) area in Soran region (a "
                                                     "mountain district) of Erbil.")] == [["IQ"]]
    # no administrative word: a name of something else ("the University of Nairobi")
    assert of_hierarchies("Students of the University of Nairobi marched on Monday.") == []
    # after "city", the last name is a city: "Amara city" is Iraq's, not Ethiopia's region of that name
    assert of_hierarchies("A trader was shot in the Al Hussein area of Amara city on Friday.") == []


def test_a_district_of_a_town_without_one_in_the_gazetteer() -> None:
    # the gazetteer gives Banfora no district; Burkina Faso's Comoe province lies in Cascades as Banfora does, while
    # Ivory Coast's Comoe district has no Banfora
    assert pair_votes("Banfora", "Comoe") == {"BF": 1.0}
    assert _country("On 4 May 2022, gunmen robbed two traders near Banfora (Banfora, Comoe).") == "BF"


def test_a_party_or_union_of_one_country_votes_for_it() -> None:
    # Cadiz is a larger city of the Philippines than of Spain; a Spanish union's members protest at home
    assert _country("On 3 March 2022, nurses of CCOO and CSIF marched through Cadiz to demand more staff.") == "ES"
    # a party alone, with no place the gazetteer knows
    assert _country("On 5 April 2022, cadres of the Nepali Congress padlocked a ward office.") == "NP"


def test_a_place_written_in_a_larger_one_lies_there() -> None:
    # Holyrood is also a town of Canada; "in Edinburgh" says which
    assert inside_places("On 5 May 2022, students held a vigil at Holyrood in Edinburgh.") == [
        (40, 48, frozenset({"GB"}))]
    assert _country("On 5 May 2022, students held a vigil at Holyrood in Edinburgh.") == "GB"
    # a town whose own name holds "in" is one place
    assert inside_places("Farmers drove tractors through Neustadt in Holstein on Monday.") == []
    # a preposition between the two starts another phrase: the town is not written in the country after it
    assert inside_places("On 3 June 2022, some 40 people marched in Tampere for a ceasefire in Yemen.") == []
    assert _country("On 3 June 2022, some 40 people marched in Tampere for a ceasefire in Yemen.") == "FI"
    # a name followed by a part-of-town word is a sector, not a namesake town abroad
    assert inside_places("Farmers from Puerto Nuevo in La Esperanza sector blocked a road.") == []
    # a number or an abbreviation may come between ("Checkpoint 12 in X", "Main St. in X")
    assert [s for s, _, _ in inside_places("Residents rallied on Baker St. in Edinburgh.")] == [21]


def test_a_past_incident_abroad_commemorated_is_a_topic() -> None:
    assert _country("On 24 April 2022, about 60 garment workers held a vigil in Lisbon for the anniversary of the "
                    "factory disaster in Bangladesh, where Bangladeshi workers died.") == "PT"


def test_a_place_between_which_and_another_an_event_happened() -> None:
    assert _country("Truck drivers slowed traffic on the motorway between Lamballe and a nearby town.") == "FR"
    assert _country("Clashes broke out between supporters of two candidates on Sunday.") is None


def test_a_place_written_with_its_unit_word_before_a_hierarchy_is_in_it() -> None:
    # "El Centro" is also a town of California; "corregimiento (Santander)" puts this one in Colombia
    assert _country("On 3 February 2022, gunmen burnt a truck in El Centro corregimiento (Santander).") == "CO"


def test_a_district_of_a_hierarchy_votes_only_where_its_last_division_is() -> None:
    # Donga is a department of Benin; "(Donga-Mantung, Nord-Ouest)" names no division of Benin
    votes = event_country._hierarchy_votes("Soldiers set up a base in Ntumbaw (Donga-Mantung, Nord-Ouest).", [])
    assert "BJ" not in votes and votes.get("CM", 0) > 0


def test_a_district_only_the_table_of_districts_knows_votes_for_its_country() -> None:
    # Mayo-Sava is a department of Cameroon's Extreme-Nord (districts.tsv), not a near spelling abroad
    assert _country("On 4 May 2021, gunmen abducted two herders in Gakara, Mayo Sava, at night.") == "CM"
    assert place_votes("Mayo Sava") == {"CM": 1.0}


def test_a_capitalised_word_before_a_plural_of_people_is_no_place() -> None:
    # "Police" is a town of Poland; "Police forces" are no place
    assert _country("On 2 May 2021, rioters hurled stones at Police forces in Bohssas.") != "PL"
def test_a_local_body_named_after_its_town_tells_the_country() -> None:
    # an association, council or union named after its town works at home: the town's country, even where the note
    # names no place of the event
    assert _country("Members of the United Traders Association of Kumasi staged a march over new market fees.") == "GH"
    assert event_country._home_town_votes("Traders Association of Kumasi") == {"GH": 1.0}
    # a body named after a country, or after no place, tells nothing of this kind
    assert event_country._home_town_votes("Bar Association of Kenya") == {}
    assert event_country._home_town_votes("Union of Civil Servants") == {}


def test_a_site_named_after_its_town_tells_the_country() -> None:
    # a university or airport no gazetteer lists lies in the town it is named after
    assert _country("On Monday, two students were shot dead near Haramaya University during a boycott.") == "ET"


def test_a_department_of_cameroon_the_gazetteer_lacks_names_the_country() -> None:
    # "Mayo Sava" is a department of Cameroon's Far North (data/gazetteer/districts.tsv), not a near spelling of a
    # town abroad; "Benue" stays Nigeria's state
    assert _country("On 2 March 2022, gunmen abducted two herders in Zorbala, Mayo Sava, at night.") == "CM"
    assert _country("On 2 March 2022, gunmen killed two farmers in Zorbala ward (Kwande, Benue).") == "NG"


def test_two_parties_of_one_country_written_by_shared_abbreviations_name_it() -> None:
    from sitrep.extract.party_votes import party_votes

    # "NPP" or "NDC" alone may be another country's party (or a nuclear power plant): nothing; both together are
    # Ghana's two main parties
    assert party_votes("NPP supporters gathered outside the party office on Monday.") == {}
    assert party_votes("Supporters of the NDC and the NPP clashed after a rally, injuring four.") == {"GH": 1.0}
    assert _country("Supporters of the NDC and the NPP clashed after a rally, injuring four.") == "GH"


def test_a_name_written_without_its_apostrophe_is_the_place() -> None:
    from sitrep.extract.place_votes import places_named

    # "Ma'an" (Jordan) written "Maan": the apostrophe writes a letter English has not, and notes often leave it out
    assert "JO" in {p.country for p in places_named("Maan")}


def test_an_arabic_place_name_may_keep_its_article_in_lower_case() -> None:
    assert _country("On 4 March 2022, dozens of teachers marched in el Hermel over unpaid salaries.") == "LB"
    assert _country("On 4 March 2022, a crowd gathered in an open field to protest the new fuel prices.") is None


def test_an_ethiopian_zone_the_town_lists_lack_names_the_country() -> None:
    from sitrep.lexicon.extra_districts import districts_named

    assert [d.division for d in districts_named("East Wellega")] == ["Oromia"]
    assert _country("On 4 March 2022, traders in West Hararghe closed their shops over a new market tax.") == "ET"


def test_a_border_names_a_neighbour_not_where() -> None:
    """"Near the Sudanese border", "the Kenya-Somalia border", "the border with Niger": a neighbour's border."""
    assert event_country.word_votes("Refugees rioted in two camps near the Sudanese border.") == {}
    assert event_country.word_votes("Herders clashed near the Kenya-Somalia border on Monday.") == {}
    assert event_country.word_votes("Troops blew up a bridge on the border with Niger.") == {}
    assert event_country.word_votes("Sudanese border guards fired on smugglers.") == {"SD": 1.0}


def test_a_list_of_countries_shares_one_role() -> None:
    """After "migrants from", every country of the list is where the migrants come from; after "in", every one is
    where something happens."""
    assert event_country.word_votes("Police held 40 migrants from Cuba, Haiti, Ghana and Nepal on a bus.") == {}
    votes = event_country.word_votes("Strikes were held in Kenya, Uganda and Tanzania.")
    assert votes == {"KE": 3.0, "UG": 3.0, "TZ": 3.0}


def test_a_persons_name_after_at_is_no_place() -> None:
    """A square named after a person ("at the Abd el Rahman square"): the first word of the name is no town abroad
    once the language layer has found the person's name."""
    text = "Pensioners gathered at the Abd el Rahman el Sayed roundabout to demand their pensions."
    assert place_votes("Abd")  # a town of that name exists somewhere
    person = Mention(start=text.index("Abd"), end=text.index(" roundabout"), text="Abd el Rahman el Sayed",
                     type="person", entity_key="doc:person:abd", extractor="t", version="1")
    assert document_country(text, [person]) is None


def test_foreigners_at_work_are_no_evidence_of_where() -> None:
    """Mercenaries fight for a country not their own; a company or ships named by their nationality work abroad."""
    assert event_country.word_votes("Russian mercenaries looted shops in the market.") == {}
    assert event_country.word_votes("Villagers protested against a Chinese mining company.") == {}
    assert event_country.word_votes("Fishermen denounced Spanish trawlers off the coast.") == {}
    # a company of the country is named by its own name
    assert event_country.word_votes("Workers of the National Kenyan Drilling Company struck.") == {"KE": 1.0}


def test_a_private_military_company_abroad_tells_no_country() -> None:
    """A private military company fights beside a foreign state's forces (its entry's ``beside_state``): its home
    is not where its fighters are."""
    assert _country("On 3 March 2022, Wagner Group fighters looted shops and beat traders.") is None


def test_where_people_went_afterwards_is_not_where() -> None:
    assert event_country.word_votes("The gunmen then fled across the border into Tanzania.") == {}
    assert event_country.word_votes("About 200 refugees returned to Burundi by bus.") == {}


def test_a_countrys_own_ground_is_where() -> None:
    """Its soil, territory, waters and its forces' posts lie in a country, whoever's forces come there."""
    votes = event_country.word_votes("Sudanese militiamen raided a Chadian border post at dawn.")
    assert votes["TD"] > votes["SD"]
    assert event_country.word_votes("The rebels took refuge on Ugandan soil.") == {"UG": 3.0}
