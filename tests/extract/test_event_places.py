"""Places everywhere: the text's own hierarchy in parentheses, the document's country deciding between
namesakes, fuzzy matches kept inside that country, and the place an event takes. Sentences written for
these tests; places from several continents."""

from __future__ import annotations

import pytest

from sitrep.extract.event_places import location
from sitrep.lexicon.gazetteer import Place, default_gazetteer
from sitrep.lexicon.keys import place_key
from sitrep.nlp import matcher
from sitrep.nlp.place_country import document_country
from sitrep.nlp.place_notation import parenthesized
from sitrep.nlp.places import find_places, place_spans
from sitrep.nlp.sentences import split_sentences
from sitrep.records import Mention
from sitrep.resolve.place_geocoder import Geocoder, _Context
from sitrep.resolve.place_units import spelling_filter
from sitrep.spans import Ordered


def geos(text: str) -> dict[str, dict[str, object] | None]:
    """The ``geo`` of each place name of ``text``, by name (the first mention of a name)."""
    spans = place_spans(text)
    g = Geocoder(None, default_gazetteer())
    ctx = g.document_context(spans, None)
    out: dict[str, dict[str, object] | None] = {}
    for i, sp in enumerate(spans):
        out.setdefault(sp.name, g.geo_of_span(i, spans, ctx))
    return out


def test_parenthesized_hierarchy_is_read_smallest_first() -> None:
    text = "Traders marched in Kisumu (Kisumu Central, Kisumu) on Monday."
    (group,) = list(parenthesized(text))
    assert text[slice(*group.place)] == "Kisumu"
    assert [text[s:e] for s, e in group.units] == ["Kisumu Central", "Kisumu"]
    spans = place_spans(text)
    assert spans[0].parent == 1 and spans[1].parent == 2


@pytest.mark.parametrize("text", [
    "The Popular Front for Renewal (PFR) held a rally.",  # an acronym is no hierarchy
    "Fighting reached Firozkoh (Chaghcharan) city on Friday.",  # another name of the place
])
def test_parentheses_that_are_not_a_hierarchy(text: str) -> None:
    assert list(parenthesized(text)) == []


def test_town_province_and_its_written_province() -> None:
    geo = geos("A bomb exploded in a market in Maiduguri (Maiduguri, Borno).")["Maiduguri"]
    assert geo is not None and geo["country"] == "NG" and geo["admin1"] == "Borno" and geo["precision"] == 1


def test_country_closing_the_hierarchy_is_not_the_province() -> None:
    geo = geos("Rioters burned tyres in Valparaiso (Valparaiso, Chile).")["Valparaiso"]
    assert geo is not None and geo["country"] == "CL" and geo["admin1"] == "Valparaiso"


@pytest.mark.parametrize(("text", "country"), [
    ("Gunmen clashed in Tripoli, in northern Lebanon, overnight.", "LB"),
    ("Armed groups clashed in Tripoli near the airport, the capital of Libya.", "LY"),
    ("Police fired tear gas at students in Hyderabad, Sindh, on Friday.", "PK"),
    ("Farmers blocked a highway near Hyderabad in Telangana.", "IN"),
])
def test_the_document_decides_between_namesakes(text: str, country: str) -> None:
    name = "Tripoli" if "Tripoli" in text else "Hyderabad"
    geo = geos(text)[name]
    assert geo is not None and geo["country"] == country


def test_a_small_town_named_after_a_preposition_is_found_and_placed() -> None:
    geo = geos("On Saturday, people protested in Eupen against the war in Ukraine.")["Eupen"]
    assert geo is not None and geo["country"] == "BE"


def test_near_gives_precision_two() -> None:
    geo = geos("Soldiers fired on protesters near Mandalay, Myanmar.")["Mandalay"]
    assert geo is not None and geo["country"] == "MM" and geo["precision"] == 2


def test_document_country_is_the_majority_of_unambiguous_places() -> None:
    g = default_gazetteer()
    assert document_country(["Nairobi", "Mombasa", "Uganda"], g) == "KE"
    assert document_country(["Lebanon"], g) == "LB"
    assert document_country([], g) is None


def _place(pid: str, name: str, country: str) -> Place:
    return Place(id=pid, name=name, feature="town", lat=0.0, lon=0.0, country=country)


def test_a_fuzzy_match_never_crosses_into_another_country() -> None:
    near = [_place("a", "Kisumo", "TZ"), _place("b", "Kisumu", "KE")]
    # "Kisumu" in a Kenyan document: the look-alike in Tanzania is dropped, the spelled one kept
    assert [p.id for p in spelling_filter("Kisumu", near, {"KE"})] == ["b"]
    # a look-alike in the document's country stays; with no country context only exact spellings count
    assert [p.id for p in spelling_filter("Kisumo", near, {"KE"})] == ["a", "b"]
    assert [p.id for p in spelling_filter("Kisumo", near, set())] == ["a"]
    assert spelling_filter("Kisumoo", near, set()) == []
    assert _Context().country is None


def test_a_persons_name_is_not_a_place() -> None:
    names = {sp.name for sp in place_spans("Nelson Mandela spoke to a crowd in Soweto.")}
    assert names == {"Soweto"}


def _places(text: str) -> tuple[Ordered[Mention], list[tuple[int, int]]]:
    sents = split_sentences(text)
    ms = matcher.default_matcher().find(text)
    return Ordered(m for m in find_places(text, sents, actors=ms) if m.entity_key), sents


def test_event_takes_the_place_with_its_hierarchy_over_a_neighbourhood() -> None:
    text = "On 3 May, in Arusha (Arusha Urban, Arusha), traders protested in the Kaloleni neighbourhood."
    places, sents = _places(text)
    key = location(text, places, sents)
    first = next(m for m in places.items if m.text == "Arusha")
    assert key == first.entity_key


def test_another_country_named_alone_is_not_where_the_event_happened() -> None:
    """With the document's events in Kenya, "bordering Somalia" says where the region lies, not where the attack
    was: the event takes the place a sentence names in Kenya. Without that country, Somalia may be the place."""
    text = ("Gunmen attacked the village of Mpeketoni in Lamu County on Monday. "
            "Six people were killed in the attack in a coastal region bordering Somalia.")
    places, sents = _places(text)
    attack = [s for s in sents if "Six people" in text[s[0]:s[1]]]
    key = location(text, places, attack, country="KE")
    assert key is not None and next(m for m in places.items if m.entity_key == key).text in ("Mpeketoni", "Lamu")
    somalia = next(m for m in places.items if m.text == "Somalia")
    assert location(text, places, attack) == somalia.entity_key


def test_the_events_country_is_the_places_country() -> None:
    """One document country: the country the events happen in (``extract.event_country``, which also reads
    datelines, demonyms and actors) is the places' context; the place names' own vote only stands in when it
    tells none. A town known only abroad is then not placed there."""
    spans = place_spans("Insurgents attacked the town of Marbella on Monday.")
    g = Geocoder(None, default_gazetteer())
    alone = g.document_context(spans, None)
    assert alone.country == "ES"  # the only Marbella of note
    assert (g.geo_of_span(0, spans, alone) or {}).get("country") == "ES"
    g = Geocoder(None, default_gazetteer())
    told = g.document_context(spans, None, country="MZ")
    assert told.country == "MZ" and g.geo_of_span(0, spans, told) is None


def test_a_country_named_in_a_deal_is_not_where_it_was_agreed() -> None:
    """"Turkey" is another country's name in news of Syria, whatever small towns abroad share it."""
    text = ("Idlib province is one of four regions of Syria under a deal agreed by Russia, Iran and rebel "
            "backer Turkey in May.")
    places, sents = _places(text)
    key = location(text, places, sents, country="SY")
    assert key is not None and next(m for m in places.items if m.entity_key == key).text in ("Idlib", "Syria")
    turkey = next(m for m in places.items if m.text == "Turkey").entity_key
    assert location(text, places, sents, country="SY", given=turkey) != turkey


def test_a_province_where_provinces_are_second_level_units() -> None:
    """Burkina Faso's provinces are GeoNames districts under its regions: "Oudalan province" is placed there
    (GeoNames writes "Province de l'Oudalan")."""
    geo = geos("Militants ambushed a convoy in Oudalan province on Friday.")["Oudalan"] or {}
    assert (geo.get("country"), geo.get("feature"), geo.get("admin1")) == ("BF", "admin2", "Sahel")


def test_a_district_of_a_town_named_as_its_province_is_in_the_province() -> None:
    """"The Rueso district of Narathiwat": Narathiwat is the province as well as its capital town, 30 km away."""
    geo = geos("A bomb struck a patrol in the Rueso district of Narathiwat on Sunday.")["Rueso"] or {}
    assert (geo.get("admin1"), geo.get("precision")) == ("Narathiwat", 1)
    assert abs(float(geo["lat"]) - 6.39) < 0.05 and abs(float(geo["lon"]) - 101.52) < 0.05  # type: ignore[arg-type]


def test_a_province_by_its_english_name_and_at_the_town_it_is_named_after() -> None:
    gaz = default_gazetteer()
    gezira = [p for p in gaz.lookup([place_key("Gezira")]) if "Gezira" in p.all_names]
    assert [(p.country, p.feature, p.name) for p in gezira] == [("SD", "admin1", "Al Jazirah")]
    (bamako,) = [p for p in gaz.lookup([place_key("Bamako")]) if p.feature == "admin1"]
    city = max((p for p in gaz.lookup([place_key("Bamako")]) if p.feature == "city"), key=lambda p: p.population)
    assert (bamako.lat, bamako.lon) == (city.lat, city.lon)


def test_the_word_before_a_name_says_its_rank_and_a_country_outranks_a_village() -> None:
    """"The village of X" is finer than the country named before it, though small towns abroad share the
    country's name."""
    text = "Officials in Mali said gunmen stormed a police post in the village of Kassa on Sunday."
    places, sents = _places(text)
    kassa = next(m for m in places.items if m.text == "Kassa")
    assert location(text, places, sents, country="ML") == kassa.entity_key


def test_a_state_named_after_the_word_state_is_broader_than_a_city_named_after_it() -> None:
    """"The northern state of Chihuahua" is the state, not its capital city of the same name."""
    text = "Soldiers clashed with gunmen in the northern state of Chihuahua, on the edge of Ciudad Juarez."
    places, sents = _places(text)
    juarez = next(m for m in places.items if m.text == "Ciudad Juarez")
    assert location(text, places, sents, country="MX") == juarez.entity_key


def test_event_takes_the_place_a_note_says_it_is_coded_to() -> None:
    text = ("On 9 March 2022, about 900 refugees from Ukraine arrived in Hungary [coded to Zahony] and were registered "
            "in the country.")
    places, sents = _places(text)
    coded = next(m for m in places.items if m.text == "Zahony")
    assert location(text, places, sents, country="HU") == coded.entity_key


def test_an_actor_coded_as_a_name_is_no_place() -> None:
    text = "On 2 May 2022, unidentified militants (coded as Valley Rebels) fired at a shop in Sopore town (J&K)."
    assert "Valley Rebels" not in {p.name for p in place_spans(text)}


def test_a_site_s_name_is_not_where_the_event_was_when_its_town_follows() -> None:
    """ "Alexandra Park in Hastings": a park's name (also a town's name abroad) is a site inside Hastings."""
    from sitrep.extract.event_places import site
    text = "On 4 June 2022, residents rallied in Alexandra Park in Hastings against a new road."
    at = text.index("Alexandra")
    assert site(text, at, at + len("Alexandra"))
    at = text.index("Hastings")
    assert not site(text, at, at + len("Hastings"))
    text = "On 5 June 2022, nurses protested outside the Chamber of Deputies in Luxembourg over pay."
    at = text.index("Chamber")
    assert site(text, at, at + len("Chamber"))
    assert not site("On 6 June 2022, farmers marched in Nairobi in the morning.", 35, 42)


def test_a_reference_point_of_the_sentence_before_gives_way_to_the_place_it_locates() -> None:
    text = ("Soldiers stopped a truck when it reached the province of Tamanrasset, 900 kilometres south of Algiers. "
            "Two smugglers were killed.")
    places, sents = _places(text)
    killed = [s for s in sents if "Two smugglers" in text[s[0]:s[1]]]
    key = location(text, places, killed)
    assert key is not None and next(m for m in places.items if m.entity_key == key).text == "Tamanrasset"


def test_a_bridge_named_before_its_town_is_a_site_in_it() -> None:
    text = "On 2 May 2021, dozens of activists blocked traffic on the Galata Bridge in Istanbul."
    places, sents = _places(text)
    key = location(text, places, sents)
    assert key is not None and next(m for m in places.items if m.entity_key == key).text == "Istanbul"


@pytest.mark.parametrize(("text", "held_in"), [
    ("On 2 June, teachers rallied in Lyon to denounce the closure of a school in the village of Cluny.", "Lyon"),
    ("On 2 June, a protest was held in Tartu in solidarity with the striking dockers in the city of Gdansk.",
     "Tartu"),
    ("On 2 June, nurses gathered outside the hospital in Porto against the layoffs at a clinic in the town of Braga.",
     "Porto"),
])
def test_a_demonstrations_topic_place_is_not_where_it_was_held(text: str, held_in: str) -> None:
    """A place named in what a demonstration is about (after "to denounce", "in solidarity with", "against") is
    not where it was held when the sentence says where it gathered, however specific the word before it."""
    places, sents = _places(text)
    key = location(text, places, sents)
    assert key is not None and next(m for m in places.items if m.entity_key == key).text == held_in


def test_a_place_after_the_topic_word_is_where_it_was_held_when_none_before() -> None:
    text = "On 2 June, workers protested against job cuts in the town of Braga."
    places, sents = _places(text)
    key = location(text, places, sents)
    assert key is not None and next(m for m in places.items if m.entity_key == key).text == "Braga"


def test_the_place_bracketed_after_a_sites_name_is_where_it_happened() -> None:
    """"at the X Center (Town)": the notation of records that write a site with the town it lies in, which beats a
    place the sentence names before it for another reason ("the mayors of Suwon")."""
    text = "On 4 April 2022, the mayors of Suwon and Yongin picketed at the Regional Agricultural Center (Icheon)."
    places, sents = _places(text)
    key = location(text, places, sents)
    assert key is not None and next(m for m in places.items if m.entity_key == key).text == "Icheon"


def test_a_city_known_only_abroad_is_not_where_a_rally_at_home_was() -> None:
    """With the document's events in Italy, a city the gazetteer knows only in Ukraine is what a rally in Turin
    was about, not where it was held; without that country the city may still be the place."""
    text = "On 2 May, about 50 people gathered in Turin to commemorate the defenders of Kharkiv."
    places, sents = _places(text)
    key = location(text, places, sents, country="IT")
    assert key is not None and next(m for m in places.items if m.entity_key == key).text == "Turin"


def test_a_closing_annotation_says_where_the_event_is_coded() -> None:
    """ "Location coded as X." after the story: the note's own word on where its event is placed."""
    text = ("On 3 March 2021, the two delegations held talks in Kuala Lumpur on the border dispute. "
            "Location coded as Bangkok.")
    places, sents = _places(text)
    coded = next(m for m in places.items if m.text == "Bangkok")
    assert location(text, places, sents[:1]) == coded.entity_key


def test_a_capitalised_coded_to_names_the_place() -> None:
    text = "On 9 March 2022, about 900 refugees arrived in Hungary [Coded to Zahony] and were registered."
    places, sents = _places(text)
    coded = next(m for m in places.items if m.text == "Zahony")
    assert location(text, places, sents, country="HU") == coded.entity_key
