"""Generic actors take the country of the event's placed location (``resolve.actor_country``): when extraction
found no country, or only inferred one the text never names and the place lies in another; never from an
unplaced or fuzzily matched place, and never for a key events of the document would qualify differently."""

from __future__ import annotations

from pathlib import Path

from helpers import stored_actor_names
from sitrep.extract.event_actors import generic_entity
from sitrep.ingest import dedup
from sitrep.lexicon.gazetteer import default_gazetteer
from sitrep.lexicon.keys import place_key
from sitrep.nlp.place_country import spelled
from sitrep.records import (
    Annotations,
    Document,
    EntityRef,
    EventActor,
    EventDate,
    EventRecord,
    Extractions,
    Figure,
    Mention,
    PreparedDocument,
    Resolution,
    ResolvedEntity,
)
from sitrep.resolve.actor_country import requalify_actors

DATE = "2022-05-10"


def _entry(name: str, country: str) -> str:
    """The id of the embedded gazetteer's entry spelled ``name`` in ``country``."""
    found = default_gazetteer().lookup([place_key(name)])
    return next(p.id for p in found if p.country == country and spelled(p, name))


def _case(text: str, text_country: str | None, places: list[tuple[str, str | None, str | None]],
          families: tuple[str, ...] = ("protesters",), extra: tuple[EntityRef, ...] = ()
          ) -> tuple[PreparedDocument, Resolution, list[str]]:
    """A document whose events each happen at one place (its name as written, the country and gazetteer entry it
    was placed at), with the generic actors of ``families`` named by extraction for ``text_country``."""
    refs = [*(generic_entity(f, text_country, DATE) for f in families), *extra]
    mentions, events, res = [], [], Resolution()
    for i, (name, country, entry) in enumerate(places):
        start = text.index(name)
        key = f"doc:location:{i}"
        mentions.append(Mention(start, start + len(name), name, "location", "test", "1", entity_key=key, name=name))
        events.append(EventRecord("Protests", "Peaceful protest", EventDate(DATE, DATE, "day"), key,
                                  tuple(EventActor(r.key, "actor1") for r in refs), Figure(None, "unknown"), (),
                                  0.8, "test", "1"))
        res.keys[key] = f"e{i}"
        feature = next((p.feature for p in default_gazetteer().lookup([place_key(name)]) if p.id == entry), "town")
        geo = {"country": country, "gazetteer_id": entry, "feature": feature} if country else None
        res.entities.append(ResolvedEntity(id=f"e{i}", type="location", name=name, new=True, geo=geo))
    for r in refs:
        res.keys[r.key] = r.key
        res.entities.append(ResolvedEntity(id=r.key, type=r.type, name=r.name, new=True, country=r.country))
    doc = Document(id="d", source="d", text=text, format="text", published=DATE)
    prep = PreparedDocument(doc, dedup.text_key(text), None, (), Annotations(mentions=tuple(mentions)),
                            Extractions(events=tuple(events), entities=tuple(refs)),
                            ahead={"places": ((), text_country)})
    return prep, res, [r.key for r in refs]


def _names(res: Resolution, keys: list[str]) -> list[str]:
    by_id = {e.id: e.name for e in res.entities}
    return [by_id[res.keys[k]] for k in keys]


def test_an_inferred_country_gives_way_to_the_placed_location() -> None:
    text = "Teachers protested in Riobamba demanding higher pay."
    prep, res, keys = _case(text, "PE", [("Riobamba", "EC", _entry("Riobamba", "EC"))],
                            ("protesters", "police", "civilians", "unidentified"))
    requalify_actors(prep, res)
    assert _names(res, keys) == [generic_entity(f, "EC", DATE).name for f in
                                 ("protesters", "police", "civilians", "unidentified")]
    assert _names(res, keys)[0] == "Protesters (Ecuador)"
    assert not any(e.id == generic_entity("protesters", "PE", DATE).key for e in res.entities)


def test_bare_actors_take_the_placed_country() -> None:
    prep, res, keys = _case("Teachers protested in Riobamba.", None, [("Riobamba", "EC", _entry("Riobamba", "EC"))])
    requalify_actors(prep, res)
    assert _names(res, keys) == ["Protesters (Ecuador)"]


def test_a_place_written_without_its_arabic_article_gives_its_country() -> None:
    # the gazetteer spells the district with the article the text leaves out ("Hoceima": Al Hoceima)
    entry = next(p.id for p in default_gazetteer().lookup([place_key("Al Hoceima")])
                 if p.country == "MA" and p.feature == "admin2")
    prep, res, keys = _case("Fishermen held a sit-in in (Hoceima).", None, [("Hoceima", "MA", entry)])
    requalify_actors(prep, res)
    assert _names(res, keys) == ["Protesters (Morocco)"]


def test_a_country_the_text_names_stays() -> None:
    text = "Peruvian teachers protested in Riobamba."
    prep, res, keys = _case(text, "PE", [("Riobamba", "EC", _entry("Riobamba", "EC"))])
    requalify_actors(prep, res)
    assert _names(res, keys) == ["Protesters (Peru)"]


def test_an_unplaced_or_fuzzily_placed_location_qualifies_nothing() -> None:
    prep, res, keys = _case("Teachers protested in Xqzwv.", None, [("Xqzwv", None, None)])
    requalify_actors(prep, res)
    assert _names(res, keys) == ["Protesters"]
    # placed at an entry the text does not spell: a fuzzy match is no evidence of the country
    prep, res, keys = _case("Teachers protested in Riobambah.", "PE", [("Riobambah", "EC", _entry("Riobamba", "EC"))])
    requalify_actors(prep, res)
    assert _names(res, keys) == ["Protesters (Peru)"]

    # a location that is only a country's name: extraction already weighed the word (here a topic)
    prep, res, keys = _case("Students protested against the war in Ukraine.", None,
                            [("Ukraine", "UA", _entry("Ukraine", "UA"))])
    requalify_actors(prep, res)
    assert _names(res, keys) == ["Protesters"]


def test_events_placed_in_two_countries_keep_the_shared_actor() -> None:
    text = "Teachers protested in Riobamba and in Coimbra."
    prep, res, keys = _case(text, None, [("Riobamba", "EC", _entry("Riobamba", "EC")),
                                         ("Coimbra", "PT", _entry("Coimbra", "PT"))])
    requalify_actors(prep, res)
    assert _names(res, keys) == ["Protesters"]


def test_a_dictionary_actor_is_never_renamed() -> None:
    prep, res, keys = _case("Teachers protested in Riobamba.", "PE", [("Riobamba", "EC", _entry("Riobamba", "EC"))])
    other = EntityRef(key="some-party", name="Some Party", type="organization", country="PE")
    ev = prep.extractions.events[0]
    events = (EventRecord(**{**ev.__dict__, "actors": (*ev.actors, EventActor(other.key, "assoc_actor_1"))}),)
    res.keys[other.key] = other.key
    prep = PreparedDocument(prep.doc, prep.text_key, None, (), prep.annotations,
                            Extractions(events=events, entities=(*prep.extractions.entities, other)), ahead=prep.ahead)
    requalify_actors(prep, res)
    assert res.keys[other.key] == other.key
    assert _names(res, keys) == ["Protesters (Ecuador)"]


def test_an_inferred_country_is_corrected_end_to_end(tmp_path: Path) -> None:
    # Kyrgyz place names alone: the text's own country is inferred, the province is placed for certain
    text = "On 5 June 2022, farmers blocked a road near Kyzyl-Jar village in Aksy district of Jalal-Abad region."
    assert stored_actor_names(tmp_path / "kb.db", text, "2022-06-05") == ["Protesters (Kyrgyzstan)"]


def _fulani(country: str, name: str) -> EntityRef:
    label = f"Fulani Ethnic Militia ({name})"
    return EntityRef(key=f"acled:ethnic-fulani-{country.lower()}", name=label, type="armed_group", country=country,
                     acled_name=label)


def test_an_ethnic_militia_moves_only_where_its_group_lives() -> None:
    text = "Fulani militiamen attacked herders near Tillaberi."
    fulani = (_fulani("NG", "Nigeria"),)
    prep, res, keys = _case(text, "NG", [("Tillaberi", "NE", _entry("Tillaberi", "NE"))], (), fulani)
    requalify_actors(prep, res)
    assert _names(res, keys) == ["Fulani Ethnic Militia (Niger)"]
    assert res.keys[keys[0]] == "acled:ethnic-fulani-ne"
    text = "Fulani militiamen attacked herders near Riobamba."
    prep, res, keys = _case(text, "NG", [("Riobamba", "EC", _entry("Riobamba", "EC"))], (), fulani)
    requalify_actors(prep, res)
    assert _names(res, keys) == ["Fulani Ethnic Militia (Nigeria)"]
