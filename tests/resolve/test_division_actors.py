"""Generic people named after a division ACLED names apart (``resolve.division_actors``), and a bracket unit whose
name divisions of several countries bear placing nothing without a country (``resolve.place_units``)."""

from __future__ import annotations

from sitrep.extract.event_actors import generic_entity
from sitrep.ingest import dedup
from sitrep.lexicon.gazetteer import default_gazetteer
from sitrep.records import (
    Annotations,
    Document,
    EventActor,
    EventDate,
    EventRecord,
    Extractions,
    Figure,
    PreparedDocument,
    Resolution,
    ResolvedEntity,
)
from sitrep.resolve.division_actors import division_names, name_division_people
from sitrep.resolve.place_units import positionless_unit_division

DATE = "2022-05-10"


def _case(admin1: str, families: tuple[str, ...]) -> tuple[PreparedDocument, Resolution, list[str]]:
    refs = [generic_entity(f, "GB", DATE) for f in families]
    text = "Nurses marched through the town centre demanding a pay rise."
    event = EventRecord("Protests", "Peaceful protest", EventDate(DATE, DATE, "day"), "doc:location:0",
                        tuple(EventActor(r.key, "actor1") for r in refs), Figure(None, "unknown"), (), 0.8, "test", "1")
    res = Resolution()
    res.keys["doc:location:0"] = "e0"
    res.entities.append(ResolvedEntity(id="e0", type="location", name="Town", new=True,
                                       geo={"country": "GB", "admin1": admin1}))
    for r in refs:
        res.keys[r.key] = r.key
        res.entities.append(ResolvedEntity(id=r.key, type=r.type, name=r.name, new=True, country=r.country))
    doc = Document(id="d", source="d", text=text, format="text", published=DATE)
    prep = PreparedDocument(doc, dedup.text_key(text), None, (), Annotations(),
                            Extractions(events=(event,), entities=tuple(refs)))
    return prep, res, [r.key for r in refs]


def _names(res: Resolution, keys: list[str]) -> list[str]:
    by_id = {e.id: e.name for e in res.entities}
    return [by_id[res.keys[k]] for k in keys]


def test_people_of_northern_ireland_are_named_after_it() -> None:
    prep, res, keys = _case("Northern Ireland", ("protesters", "civilians", "police"))
    name_division_people(prep, res)
    assert _names(res, keys) == ["Protesters (Northern Ireland)", "Civilians (Northern Ireland)",
                                 generic_entity("police", "GB", DATE).name]
    assert "Protesters (United Kingdom)" not in {e.name for e in res.entities}


def test_people_elsewhere_in_the_country_keep_its_name() -> None:
    prep, res, keys = _case("England", ("protesters",))
    name_division_people(prep, res)
    assert _names(res, keys) == ["Protesters (United Kingdom)"]
    assert division_names()["GB"]


def test_a_compass_division_of_many_countries_places_nothing_without_a_country() -> None:
    gazetteer = default_gazetteer()
    assert positionless_unit_division(gazetteer, "Western", set()) is None


def test_a_division_abbreviation_ends_a_hierarchy() -> None:
    from sitrep.extract.event_country import country_votes

    votes = country_votes("Shots were fired near a border post (Rajouri district, J&K).", [])
    assert max(votes, key=lambda k: votes[k]) == "IN"
