"""Relations that a group's own name states: "pro-government militias" back their country's government, and
"dissidents of the FARC" ("FARC dissidents") are a group that broke away from the FARC.

The government is ACLED's generic one of the country the document's places agree on
(``relation_forces.document_country``); with no such country nothing is said. The dissidents are a group of
their own, named by the words of the text ("FARC dissidents"), not the group they left.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sitrep.extract.event_actors import generic_entity
from sitrep.extract.relation_base import EXTRACTOR, VERSION
from sitrep.extract.relation_forces import document_country
from sitrep.lexicon import countries
from sitrep.lexicon.keys import light_key
from sitrep.nlp.matcher import default_matcher
from sitrep.records import Document, EntityRef, Evidence, Mention, RelationRecord

_PRO_GOVERNMENT = re.compile(r"^pro-?\s?(?:government|regime)\b", re.I)
_MILITIA = re.compile(r"\bmilitia(?:s|men)?$", re.I)
_DISSIDENTS_OF = re.compile(r"\b(?P<noun>dissidents|splinter\s+group|breakaway\s+faction)\s+(?:of|from)\s+(?:the\s+)?"
                            r"(?:(?:notorious|former|main|outlawed|banned)\s+)?$", re.I)
_DISSIDENTS_AFTER = re.compile(r"\s+(?:dissidents|dissident\s+(?:faction|group|fighters))\b", re.I)
_GROUPS = frozenset({"armed_group"})


def derived_relations(doc: Document, sentences: Sequence[tuple[int, int]], mentions: Sequence[Mention]
                      ) -> tuple[list[RelationRecord], dict[str, EntityRef]]:
    """(relations, the entities they name that no mention does) of the groups named after another."""
    out: list[RelationRecord] = []
    entities: dict[str, EntityRef] = {}
    home = document_country(mentions)
    for m in mentions:
        if m.type not in _GROUPS or not m.entity_key:
            continue
        evidence = _evidence(doc, sentences, m)
        if evidence is None:
            continue
        backer = _backer(m, home) if home and _PRO_GOVERNMENT.match(m.text) else None
        if backer is not None:
            gov = generic_entity("government", home, doc.published)
            entities[gov.key] = gov
            if backer.key != m.entity_key:
                entities[backer.key] = backer
            out.append(_record("supports", backer.key, gov.key, evidence))
        dissidents = _dissidents(doc.text, m)
        if dissidents is not None:
            entities[dissidents.key] = dissidents
            out.append(_record("defected_from", dissidents.key, str(m.entity_key), evidence))
    return out, entities


def _country_of(key: str) -> str | None:
    """The country of a dictionary actor ("Pro-Government Militia (Afghanistan)" is Afghanistan's, not any other's)."""
    entry = default_matcher().actors.get(key)
    return entry.country if entry is not None else None


def _backer(m: Mention, home: str) -> EntityRef | None:
    """The group a "pro-government" name stands for: the dictionary's when it is the home country's (or no
    country's); the home country's own militias when the words matched another country's entry ("pro-government
    militias" in a Venezuelan story); none for another country's "pro-government forces" (an army, not a group)."""
    key = str(m.entity_key)
    if _country_of(key) in (None, home):
        return EntityRef(key=key, name=m.name or m.text, type=m.type)
    if not _MILITIA.search(m.text):
        return None
    c = countries.country(home)
    name = f"{m.text} ({c.name if c is not None else home})"
    return EntityRef(key=f"derived:{light_key(name)}", name=name, type="armed_group", country=home)


def _dissidents(text: str, group: Mention) -> EntityRef | None:
    """The group of dissidents "dissidents of <group>" or "<group> dissidents" names, if the text names one."""
    before = _DISSIDENTS_OF.search(text[max(0, group.start - 60):group.start])
    after = _DISSIDENTS_AFTER.match(text, group.end)
    if before is None and after is None:
        return None
    name = f"{group.text} dissidents"
    return EntityRef(key=f"derived:{light_key(name)}", name=name, type="armed_group")


def _evidence(doc: Document, sentences: Sequence[tuple[int, int]], m: Mention) -> Evidence | None:
    for s, e in sentences:
        if s <= m.start < e:
            return Evidence(doc=doc.id, start=s, end=e, text=doc.text[s:e])
    return None


def _record(predicate: str, subject: str, obj: str, evidence: Evidence) -> RelationRecord:
    return RelationRecord(predicate=predicate, subject=subject, object=obj, evidence=(evidence,), extractor=EXTRACTOR,
                          version=VERSION, certainty="asserted", attributed_to=None)
