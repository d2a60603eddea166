"""Middle East, Northern Africa, Europe and the Americas (round 26, invented sentences): a state force named only as
the finder of a body is no side of the killing; rioters beside a battle between two armed sides are no side of it; a
compound place name ("Pazos de Borben") is no place by its first word."""

from __future__ import annotations

import pytest

from helpers import events_actor_names
from sitrep.extract.event_country import document_country
from sitrep.extract.events import find_events
from sitrep.extract.name_connectors import continues
from sitrep.nlp.annotate import annotate
from sitrep.nlp.matcher import default_matcher
from sitrep.records import Document, Mention


def _mentions(text: str) -> list[Mention]:
    doc = Document(id="d", source="d", text=text, format="text", published="2021-05-10")
    return sorted(annotate(doc).mentions, key=lambda m: m.start)


def _country(text: str) -> str | None:
    return document_country(text, _mentions(text))


def _actors(text: str, published: str = "2021-05-10") -> list[dict[str, str]]:
    return events_actor_names(text, published)


def test_the_finders_of_a_body_are_no_side() -> None:
    for text in ("Police found the body of a trader who had been shot dead in the market.",
                 "Gunmen killed two farmers near the river; soldiers later recovered the bodies."):
        actor1 = _actors(text)[0]["actor1"]
        assert actor1.startswith("Unidentified Armed Group"), text


def test_a_force_that_killed_and_found_bodies_is_a_side() -> None:
    actors = _actors("Soldiers shot dead a trader and later recovered two bodies from the river.")[0]
    assert actors["actor1"].startswith("Military Forces")


def test_a_compound_name_is_no_place_by_its_first_word() -> None:
    assert continues("in Pazos de Borben on Monday", len("in Pazos"))
    assert continues("near San Juan de los Morros", len("near San Juan"))
    assert not continues("in Brest on Monday", len("in Brest"))
    assert not continues("in Lima and Cusco", len("in Lima"))
    # "Pazos" alone is a village of Peru: the unknown Galician parish gives no country
    assert _country("On 3 May, parents rallied in Pazos de Borben over a closed school.") is None
    assert _country("On 3 May, workers protested in Castel di Sangro against pension cuts.") == "IT"


def test_rioters_beside_a_battle_are_no_side() -> None:
    actors = _actors("On 3 May 2021, unknown gunmen and Israeli forces fired at each other outside Qabatiya. "
                     "Stone-throwing rioters then fought the soldiers as well.")[0]
    assert actors["actor1"].startswith("Unidentified Armed Group")
    assert actors["actor2"].startswith("Military Forces of Israel")


def test_rioters_who_fight_the_police_alone_keep_their_riot() -> None:
    actors = _actors("On 3 May 2021, rioters clashed with police in Lagos and police fired live rounds.")[0]
    assert actors["actor1"].startswith("Rioters")


def test_serbias_movement_leviathan_by_acleds_name() -> None:
    text = "On 6 May 2021, members of the Leviathan Movement attacked migrants in a park in Belgrade."
    doc = Document(id="d", source="d", text=text, format="text", published="2021-05-10")
    ext = find_events(doc, annotate(doc))
    assert [a.key for a in ext.events[0].actors if a.role == "actor1"] == ["movement-leviathan"]
    entry = default_matcher().actors["movement-leviathan"]
    assert entry.acled_name == "PL: Movement Leviathan" and entry.country == "RS"


def test_the_particles_table_is_read_and_checked() -> None:
    from sitrep.extract.name_connectors import parse

    assert parse("# c\nde\tparticle\nla\tarticle\n") == {"particle": ("de",), "article": ("la",)}
    for bad in ("De\tparticle\n", "de\tjoiner\n", "de\n", "de\tparticle\nde\tarticle\n"):
        with pytest.raises(ValueError, match="bad row"):
            parse(bad)
    text = "Farmers blocked a road near Villanueva de la Serena and in Bergen op Zoom, then in Lima and Cusco."
    assert continues(text, text.index(" de la"))
    assert continues(text, text.index(" op Zoom"))
    assert not continues(text, text.index(" and Cusco"))
