"""Who controls a place, named as ACLED names an actor in the place's country.

A fact of ACLED's codebook, the one ``actor_locale`` applies to events: a transnational movement holds
ground through its branch in the country ("the Islamic State" holding two districts of Jawzjan is the
Islamic State's Afghan province, ACLED's "Islamic State (Afghanistan)"). A ``controls`` relation whose
subject is only the movement ("IS", "ISIS", "Daesh") takes the branch when the dictionary lists exactly one
branch of it in the place's country, active on the relation's date (``actor_locale.local_branch``), so that
two articles, one saying "IS" and one "ISK-P", state one relation.

The place's country is the one its name votes for in the embedded gazetteer (``place_country``: exact
spellings all in one country, or a province or district); a name that votes only as a large town (a
namesake city elsewhere) must also agree with the document's country. Nothing else changes: leadership,
allegiance and hostility name the movement as the text does ("IS leader al-Baghdadi" leads the movement).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from sitrep.extract.actor_locale import local_branch
from sitrep.lexicon.gazetteer import default_gazetteer
from sitrep.lexicon.keys import place_key
from sitrep.nlp.place_country import country_votes, document_country
from sitrep.records import Document, EntityRef, Mention, RelationRecord

_LOCAL_PREDICATES = frozenset({"controls"})


@lru_cache(maxsize=4096)
def _country_name(text: str) -> bool:
    return any(p.feature == "country" for p in default_gazetteer().lookup([place_key(text)]))


def is_country(m: Mention) -> bool:
    """A place mention that names a country (which, named as an actor, stands for its government): by its own
    words, or by the place it was resolved to ("U.S." is the United States by the table of abbreviations)."""
    if m.type != "location":
        return False
    key = m.entity_key or ""
    return _country_name(m.text) or (key.startswith(_PLACE_KEY) and _country_key(key[len(_PLACE_KEY):]))


_PLACE_KEY = "doc:location:"


@lru_cache(maxsize=4096)
def _country_key(key: str) -> bool:
    return bool(key) and any(p.feature == "country" for p in default_gazetteer().lookup([key]))


def place_country(name: str, doc_country: str | None) -> str | None:
    """The country a place name lies in: its own vote, a town's only when the document agrees."""
    votes = country_votes([name], default_gazetteer())
    if len(votes) != 1:
        return None
    country, weight = next(iter(votes.items()))
    if weight < 2 and doc_country is not None and doc_country != country:
        return None
    return country


def local_controllers(doc: Document, relations: Sequence[RelationRecord], mentions: Sequence[Mention],
                      refs: dict[str, EntityRef]) -> list[RelationRecord]:
    """``relations`` with the movement that controls a place replaced by its branch in the place's country;
    each branch used is added to ``refs``."""
    if not any(r.predicate in _LOCAL_PREDICATES for r in relations):
        return list(relations)
    places = {m.entity_key: m.text for m in mentions if m.type == "location" and m.entity_key}
    doc_country = None
    out: list[RelationRecord] = []
    for r in relations:
        name = places.get(r.object or "") if r.predicate in _LOCAL_PREDICATES else None
        if name is not None:
            if doc_country is None:
                doc_country = document_country(places.values(), default_gazetteer()) or ""
            country = place_country(name, doc_country or None)
            branch = local_branch(r.subject, country, r.start or doc.published)
            if branch is not None:
                refs.setdefault(branch.key, branch)
                r = replace(r, subject=branch.key)
        out.append(r)
    return out


__all__ = ["is_country", "local_controllers", "place_country"]
