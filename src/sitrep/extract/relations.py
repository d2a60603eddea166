"""Relations between actors, people and places, as one document states them, with dates and sources.

Precision first: a relation is taken only when a pattern of ``relation_patterns`` joins two known
mentions of one sentence in a fixed construction ("X pledged allegiance to Y", "Y, the district chief
of X", "fighting between X and Y", "X fell to Y"); mere co-mention gives nothing, a question
gives nothing, and a negated trigger ("did not join", "never joined", "failed to capture") gives
nothing. A denial ("the Taliban denied that X had joined IS") keeps the relation with certainty
``denied``; a plan ("X plans to join") gives ``planned``.

Dates come from the time expressions of the sentence: the nearest one to a trigger that starts a
relation (joined, captured, agreed a truce) is its start; "since <date>" is a start and
"until <date>" an end for any relation; a date that belongs to the reporting verb ("said on
Tuesday") is never taken. Certainty and source come from the attributions (``nlp.attribution``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from sitrep import settings
from sitrep.extract import relation_syntax as syntax
from sitrep.extract.civil_organizations import is_civil
from sitrep.extract.relation_base import EXTRACTOR, VERSION, Masked, dates, mask, modality, usable
from sitrep.extract.relation_context import (
    anaphoric_control,
    counted_districts,
    counted_factions,
    defectors,
    led_forces,
    national_roles,
    nominal_standins,
    person_standin,
    previous_subject,
    pronoun_standins,
    provincial_roles,
    truce_ends,
)
from sitrep.extract.relation_context import topic as topic_of
from sitrep.extract.relation_derived import derived_relations
from sitrep.extract.relation_forces import is_unit, left_sides, with_forces
from sitrep.extract.relation_locale import is_country as _is_country
from sitrep.extract.relation_locale import local_controllers
from sitrep.extract.relation_patterns import MODS, Pattern, patterns, role_regex
from sitrep.extract.relation_summary import spread, summaries
from sitrep.extract.relation_truces import brokered_truces
from sitrep.lexicon.dictionaries import load_roles
from sitrep.lexicon.regex_literals import GateSet, folded, gates
from sitrep.lexicon.regex_tails import tail
from sitrep.nlp.attribution import CERTAINTY_ORDER, find_attributions, split_sentences, stance
from sitrep.records import (
    Annotations,
    Attribution,
    Document,
    Evidence,
    Extractions,
    Mention,
    RelationRecord,
    TimeExpression,
)
from sitrep.spans import Ordered, within

_VERB_ROLE = {"led": "leader", "leads": "leader", "leading": "leader", "headed": "chief", "heads": "chief",
              "heading": "chief", "commanded": "commander", "commands": "commander", "commanding": "commander"}
_ROLE_PATTERNS = frozenset({"role-apposition", "role-apposition-org", "role-premodifier", "role-of-name"})
_QUESTION = re.compile(r"\?[\"”’)]*\s*$")
_SYMMETRIC = frozenset({"allied_with", "ceasefire_with", "hostile_to"})


def find_relations(doc: Document, ann: Annotations) -> Extractions:
    """Relations of one annotated document."""
    text = doc.text
    sentences = list(ann.sentences) or split_sentences(text)
    attributions = list(ann.attributions) or find_attributions(text, sentences, ann.mentions)
    forces = with_forces(text, usable(ann.mentions), doc.published)
    mentions = forces.mentions
    relations = _document_relations(doc, ann, sentences, mentions, attributions)
    # "Kony's army" is the group the document says Kony leads: read again with that name in place
    led = led_forces(text, mentions, relations)
    if led:
        mentions = sorted([*(m for m in mentions if not any(x.start <= m.start < x.end for x in led)), *led],
                          key=lambda m: m.start)
        relations = _document_relations(doc, ann, sentences, mentions, attributions)
    relations += left_sides(relations, forces.former)
    if settings.get_bool("relation_syntax"):
        relations += _syntax_relations(doc, ann, sentences, mentions, attributions, relations)
    derived, named = derived_relations(doc, sentences, mentions)
    relations += brokered_truces(doc, sentences, mentions, ann.timexes, attributions, relations)
    refs = {**forces.entities, **named}
    found = _dedupe(local_controllers(doc, truce_ends(text, sentences, ann.timexes, [*relations, *derived]),
                                      mentions, refs))
    used = {k for r in found for k in (r.subject, r.object)}
    return Extractions(relations=tuple(found), entities=tuple(e for k, e in refs.items() if k in used))


def _document_relations(doc: Document, ann: Annotations, sentences: Sequence[tuple[int, int]],
                        mentions: Sequence[Mention], attributions: Sequence[Attribution]) -> list[RelationRecord]:
    """The relations of every sentence, with the stand-ins for "it", "he", "the group" and "the alliance"."""
    text = doc.text
    timexes = Ordered(ann.timexes)
    relations: list[RelationRecord] = []
    topic: tuple[Mention, int] | None = None  # the group the last sentences were about, and where
    for i, (s, e) in enumerate(sentences):
        here = mentions
        topic, standin = topic_of(text, s, e, mentions, topic, i)
        he = person_standin(text, i, sentences, mentions)
        counted = summaries(text, s, e, mentions)
        extra = ([x for x in (standin, he) if x is not None] + pronoun_standins(text, s, e, mentions)
                 + nominal_standins(text, s, e, mentions) + previous_subject(text, i, sentences, mentions)
                 + [c.standin for c in counted])
        if extra:
            here = sorted([*mentions, *extra], key=lambda m: m.start)
        found = _sentence_relations(doc, s, e, here, timexes.inside(s, e), attributions)
        relations.extend(spread(found, counted, doc.published) if counted else found)
        relations.extend(national_roles(doc, s, e, here, attributions))
        relations.extend(provincial_roles(doc, s, e, here, attributions))
    return relations


def _syntax_relations(doc: Document, ann: Annotations, sentences: Sequence[tuple[int, int]],
                      mentions: Sequence[Mention], attributions: Sequence[Attribution],
                      found: Sequence[RelationRecord]) -> list[RelationRecord]:
    """The relations of the dependency patterns (``relation_syntax``) between entities the surface patterns did not
    relate in the sentence."""
    text = doc.text
    spans = [(s, e, within(mentions, s, e)) for s, e in sentences if not _QUESTION.search(text[s:e])]
    related = {(ev.start, *sorted((r.subject, r.object or ""))) for r in found for ev in r.evidence}
    timexes = Ordered(ann.timexes)
    out: list[RelationRecord] = []
    for m in syntax.sentence_matches(text, spans):
        s, e = next((s, e) for s, e in sentences if s <= m.pos < e)
        pat, subj, obj = m.pattern, m.subject, m.object
        if (s, *sorted((str(subj.entity_key), str(obj.entity_key)))) in related \
                or _agent_type(subj, pat.subject) not in pat.subject or _agent_type(obj, pat.object) not in pat.object:
            continue
        evidence = Evidence(doc=doc.id, start=s, end=e, text=text[s:e])
        start, end = dates(text, timexes.inside(s, e), m.pos, evidence, inception=pat.inception)
        certainty, source = stance(text, attributions, m.pos)
        if _RANK[m.mood] < _RANK[certainty]:
            certainty = m.mood
        role = _VERB_ROLE.get(m.verb.lower(), "leader") if pat.role == "{verb}" else pat.role
        out.append(RelationRecord(predicate=pat.predicate, subject=str(subj.entity_key), object=obj.entity_key,
                                  evidence=(evidence,), extractor=syntax.EXTRACTOR, version=syntax.VERSION,
                                  role=role, start=start, end=end, certainty=certainty, attributed_to=source))
    return out


def _sentence_relations(doc: Document, s: int, e: int, mentions: Sequence[Mention],
                        timexes: Sequence[TimeExpression], attributions: Sequence[Attribution]) -> list[RelationRecord]:
    text = doc.text
    if _QUESTION.search(text[s:e]):
        return []
    masked = mask(text, s, e, mentions)
    if len(masked.mentions) < 1:
        return []
    evidence = Evidence(doc=doc.id, start=s, end=e, text=text[s:e])
    sent_timexes = list(timexes)  # the sentence's own
    out: list[RelationRecord] = []
    # every pattern has a subject and an object slot, each a token of its own (none inside a lookaround: checked by
    # tests/extract/test_relation_pattern_table.py), so a sentence of one token matches none of them
    if masked.text.count("⟦") >= 2:
        table, gate_set, tails = _gated()
        for i in sorted(gate_set.possible(folded(masked.text))):
            if (rest := tails[i]) is not None and rest.search(masked.text) is None:
                continue  # the pattern's tail is not in the sentence: nor is the pattern
            for m in _matches(table[i], masked):
                out.extend(_from_match(doc, table[i], m, masked, evidence, sent_timexes, attributions, mentions))
    out.extend(anaphoric_control(doc, masked, evidence, sent_timexes, attributions, mentions))
    out.extend(counted_districts(doc, masked, evidence, sent_timexes, attributions, mentions))
    out.extend(counted_factions(doc, masked, evidence, sent_timexes, attributions, mentions))
    out.extend(defectors(doc, masked, evidence, mentions, attributions))
    return _end_left_posts(out)


@lru_cache(maxsize=1)
def _gated() -> tuple[tuple[Pattern, ...], GateSet[int], tuple[re.Pattern[str] | None, ...]]:
    """The patterns, the words each cannot match without (``lexicon.regex_literals``), by the pattern's place
    in the table: most sentences hold none of most patterns' words, and are not searched for them; and the tail
    of each that opens with no literal (``lexicon.regex_tails``), searched first: fast, and found in few."""
    table = tuple(patterns())
    return (table, GateSet(dict(enumerate(gates("relations", [p.regex for p in table])))),
            tuple(tail(p.regex) for p in table))


def _matches(pat: Pattern, masked: Masked) -> list[re.Match[str]]:
    """The pattern's matches, left to right; a match whose slots the pattern does not relate ("in Loroum, Burkina
    Faso, was X, who led Y": a place cannot lead) is tried again from its next character, so that it does not
    hide the match that relates the right names."""
    out: list[re.Match[str]] = []
    pos = 0
    while (m := pat.regex.search(masked.text, pos)) is not None:
        out.append(m)
        wrong = _ruled_out(pat, m, masked, masked.mentions[int(m.group("s"))], masked.mentions[int(m.group("o"))])
        pos = m.start() + 1 if wrong else max(m.end(), m.start() + 1)
    return out


def _end_left_posts(found: list[RelationRecord]) -> list[RelationRecord]:
    """'Taliban commander X defected to IS in June': X's post with the Taliban ended in June."""
    left = {(r.subject, r.object): r.start for r in found if r.predicate == "defected_from" and r.start}
    out = []
    for r in found:
        end = left.get((r.subject, r.object))
        if end and r.end is None and r.predicate in ("member_of", "leader_of", "holds_position",
                                                     "pledged_allegiance_to"):
            r = replace(r, end=end)
        out.append(r)
    return out


def _from_match(doc: Document, pat: Pattern, m: re.Match[str], masked: Masked, evidence: Evidence,
                timexes: Sequence[TimeExpression], attributions: Sequence[Attribution],
                mentions: Sequence[Mention]) -> list[RelationRecord]:
    subj = masked.mentions[int(m.group("s"))]
    obj = masked.mentions[int(m.group("o"))]
    if _ruled_out(pat, m, masked, subj, obj):
        return []
    trigger = m.start("v") if "v" in pat.regex.groupindex and m.group("v") else m.start()
    mood = modality(masked.text, m, trigger)
    if mood is None or (not pat.inception and _FORMER.search(masked.text, 0, m.start())):
        return []
    found = _predicate_role(pat, m, obj)
    if found is None:
        return []
    predicate, role = found
    pos = masked.offsets[trigger]
    start, end = dates(doc.text, timexes, pos, evidence, inception=pat.inception)
    certainty, source = _certainty(doc, pat, m, masked, attributions, mood, pos)
    if pat.between_groups and subj.type == obj.type == "armed_group":
        predicate = pat.between_groups
    base = RelationRecord(predicate=predicate, subject=str(subj.entity_key), object=obj.entity_key,
                          evidence=(evidence,), extractor=EXTRACTOR, version=VERSION, role=role, start=start, end=end,
                          certainty=certainty, attributed_to=source)
    return [base, *_companions(pat, m, masked, base, subj, obj)]


def _ruled_out(pat: Pattern, m: re.Match[str], masked: Masked, subj: Mention, obj: Mention) -> bool:
    """The match joins mentions the pattern does not relate: wrong types, one mention, a group's members."""
    if (_agent_type(subj, pat.subject) not in pat.subject or _agent_type(obj, pat.object) not in pat.object
            or subj.entity_key == obj.entity_key):
        return True
    if (predicate_moves(pat.predicate) and subj.type in ("armed_group", "state_force")
            and _INDIVIDUALS.match(masked.text, m.end("s") + 1)):
        return True  # "a Taliban commander defected to IS": one of the group moved, not the group
    # a country lies in no other place named in a sentence ("Iraq and Syria in Afghanistan")
    # nor is "X in <country>" worth a relation: the gazetteer knows every place's country
    return pat.predicate == "located_in" and (_is_country(subj) or _is_country(obj))


def _predicate_role(pat: Pattern, m: re.Match[str], obj: Mention) -> tuple[str, str | None] | None:
    """(predicate, role) of a match: the pattern's own, a role noun's or a verb's; ``None`` when it gives none."""
    predicate, role = pat.predicate, pat.role
    if predicate == "{role}":
        found = _role(m, obj)
        if found is None:
            return None
        predicate, role = found
    elif role == "{verb}":
        role = _VERB_ROLE.get(m.group("v").lower().split()[0], "leader")
    return predicate, role


def _certainty(doc: Document, pat: Pattern, m: re.Match[str], masked: Masked, attributions: Sequence[Attribution],
               mood: str, pos: int) -> tuple[str, str | None]:
    """(certainty, source) of a match: its attribution's, lowered by the trigger's mood and the pattern's own."""
    certainty, source = stance(doc.text, attributions, pos)
    speaker_words = pat.name in _ROLE_PATTERNS and _describes_speaker(
        doc.text, attributions, masked.offsets[m.start()], masked.offsets[m.end()])
    if pat.predicate == "located_in" or speaker_words:
        # "Col. X, deputy police chief of Jowzjan, said ...": the writer names the speaker, the speaker says nothing
        certainty, source = "asserted", None
    if _RANK[mood] < _RANK[certainty]:
        certainty = mood
    if pat.certainty is not None and _RANK[pat.certainty] < _RANK[certainty]:
        certainty = pat.certainty
    return certainty, source


def _companions(pat: Pattern, m: re.Match[str], masked: Masked, base: RelationRecord, subj: Mention,
                obj: Mention) -> list[RelationRecord]:
    """The relations a match gives beside ``base``: a second object, a former side, listed and coordinated names."""
    out: list[RelationRecord] = []
    o2 = m.groupdict().get("o2")
    if pat.second and o2 is not None:
        other = masked.mentions[int(o2)]
        if other.type in pat.object and other.entity_key not in (subj.entity_key, obj.entity_key):
            out.append(replace(base, predicate=pat.second, object=other.entity_key, role=None))
    if pat.name in ("defect-to", "joined"):
        out.extend(_former_side(m, masked, base, obj))
    out.extend(_listed(m, masked, base, pat))
    # a coordinated subject: "X and Y pledged allegiance to Z"
    coord = re.search(r"⟦(\d+)⟧\s*,?\s+and\s+$", masked.text[:(m.start("s") - 1)])
    if coord and pat.name not in ("pact-agreed",) and not pat.symmetric:
        other = masked.mentions[int(coord.group(1))]
        if other.type in pat.subject and other.entity_key not in (subj.entity_key, obj.entity_key):
            out.append(replace(base, subject=str(other.entity_key)))
    return out


_RANK = {c: i for i, c in enumerate(CERTAINTY_ORDER)}
# "former elite police officer X": a state that no longer holds (a start, "joined", is still news)
_FORMER = re.compile(r"\b(?:former|ex-|one-time|onetime|erstwhile|retired)\s+(?:[\w-]+\s+)?$", re.I)
_INDIVIDUALS = re.compile(r"(?:'s)?\s+(?:(?:senior|top|key|local|former|dissident|rebel|renegade)\s+)?"
                          r"(?:commanders?|members?|leaders?|fighters|militants|loyalists|soldiers|officials?|defectors?)\b",
                          re.I)


def predicate_moves(predicate: str) -> bool:
    """Predicates that say an actor changed sides: a group's members doing so is not the group doing so."""
    return predicate in ("member_of", "defected_from", "pledged_allegiance_to")
_LISTED = re.compile(r"(?:\s+(?:alias|aka|a\.k\.a\.)\s+(?:⟦\d+⟧|[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?))*"  # other names
                     r"(?:\s*,\s*\d{1,3}(?=\s*,))?"  # an age: "A, 29, B, 23, and C"
                     r"(?:\s*,\s*(?:(?:led|headed|founded)\s+by\s+⟦\d+⟧\s*,)?)?(?:\s*,\s*(?:and\s+)?|,?\s+and\s+)"
                     r"(?:the\s+)?⟦(\d+)⟧")
_LIST_PREDICATES = frozenset({"allied_with", "hostile_to", "supports", "controls"})


def _listed(m: re.Match[str], masked: Masked, base: RelationRecord, pat: Pattern) -> list[RelationRecord]:
    """The same relation with every name coordinated after the last slot: "ties to A (AA), led by X, and B"."""
    if base.predicate not in _LIST_PREDICATES and not pat.listed:
        return []
    slot = "o" if m.end("o") + 1 >= m.end() else ("s" if m.end("s") + 1 >= m.end() else None)
    if slot is None:
        return []
    first = masked.mentions[int(m.group(slot))]
    out: list[RelationRecord] = []
    pos = m.end()
    while (nxt := _LISTED.match(masked.text, pos)) is not None:
        other = masked.mentions[int(nxt.group(1))]
        pos = nxt.end()
        if other.type != first.type or other.entity_key in (base.subject, base.object):
            continue
        out.append(replace(base, object=other.entity_key) if slot == "o"
                   else replace(base, subject=str(other.entity_key)))
    return out


def _agent_type(m: Mention, allowed: frozenset[str]) -> str:
    """A country named as an actor ("Iran was supporting the Taliban") stands for its government."""
    if m.type == "location" and "location" not in allowed and "government" in allowed and _is_country(m):
        return "government"
    return m.type


def _describes_speaker(text: str, attributions: Sequence[Attribution], start: int, end: int) -> bool:
    """The span lies in the words that name the speaker of an attribution."""
    for a in attributions:
        if a.source_text and a.start <= start < a.end:
            at = text.find(a.source_text, a.start, a.end)
            if at >= 0 and at <= start + 1 and end <= at + len(a.source_text) + 1:
                return True
            if at >= 0 and start <= at < end:
                return True
    return False


def _role(m: re.Match[str], obj: Mention) -> tuple[str, str | None] | None:
    """(predicate, role) of a role noun phrase, from ``roles.yaml``; ``None`` when it gives no relation."""
    roles = load_roles()
    mods = ((m.groupdict().get("mods") or "") + " " + (m.groupdict().get("mods2") or "")).lower().split()
    found = roles.lookup(m.group("role"))
    for k in range(len(mods), 0, -1):  # "district" + "chief" is the role "district chief"
        longer = roles.lookup(" ".join([*mods[-k:], m.group("role")]))
        if longer is not None:
            found, mods = longer, mods[:-k]
            break
    if found is None or found.relation is None:
        return None
    if "former" in mods or "ex-" in mods:
        return None
    prep = (m.groupdict().get("prep") or "of").lower()
    # "Jawzjan government spokesman", "spokesman for the governor of Jowzjan": an office of the place
    office = bool(m.groupdict().get("office")) or "government" in mods or "government-appointed" in mods
    if obj.type not in found.object_types and not (obj.type == "location" and office):
        return None
    if prep == "in" and obj.type not in ("location", "armed_group", "state_force"):  # "a commander in the LRA"
        return None
    if prep == "with" and found.relation == "holds_position":
        return None
    role = found.role
    if found.relation in ("leader_of", "member_of") and is_civil(obj):
        return "holds_position", role  # a post in a monitor or an agency: no side of the conflict
    if "deputy" in mods and not role.startswith("deputy"):
        deputy = roles.lookup("deputy " + role)
        role = deputy.role if deputy is not None else "deputy " + role
    if "shadow" in mods and not role.startswith("shadow"):
        role = "shadow " + role
    one = m.groupdict().get("one") or m.groupdict().get("indef")
    if found.relation == "member_of" or (found.relation == "leader_of" and (one or is_unit(obj.text))):
        # "one of the senior commanders in X", "X, a Taliban commander" (one of its commanders), "infantry
        # battalion chief": not X's leader
        return "member_of", None
    return found.relation, role


def _former_side(m: re.Match[str], masked: Masked, joined: RelationRecord, new_side: Mention) -> list[RelationRecord]:
    """'Taliban commander X defected to IS' / 'X, a former Taliban commander, joined IS': X left the Taliban."""
    s_at = (m.start("s") - 1)
    before = masked.text[:s_at]
    pre = re.search(rf"⟦(\d+)⟧(?:'s)?\s+(?P<mods>{MODS}){role_regex()}\s*,?\s+$", before, re.I)
    rel = m.groupdict().get("rel") or ""
    app = re.match(rf"\s*(?:an?\s+|the\s+)?(?P<mods>{MODS})⟦(\d+)⟧\s+(?P<mods2>{MODS}){role_regex()}"
                   r"(?:\s+(?:in|of|for)\s+[^,]*)?\s*$", rel, re.I)
    idx = int(pre.group(1)) if pre else (int(app.group(2)) if app else None)
    if idx is None:
        return []
    old = masked.mentions[idx]
    if old.entity_key in (new_side.entity_key, joined.subject) or old.type not in ("armed_group", "state_force"):
        return []
    if m.group("v").lower().startswith("join") and new_side.type != "armed_group":
        return []
    return [replace(joined, predicate="defected_from", object=old.entity_key, role=None)]


def _dedupe(relations: Sequence[RelationRecord]) -> list[RelationRecord]:
    """One record per statement; a symmetric relation once per pair; evidence of repeats merged."""
    merged: dict[tuple[object, ...], RelationRecord] = {}
    for r in relations:
        pair: tuple[object, ...] = (r.subject, r.object)
        if r.predicate in _SYMMETRIC:
            pair = tuple(sorted((r.subject, r.object or "")))
        key = (r.predicate, *pair, r.role, r.start, r.end, r.certainty, r.attributed_to)
        if key in merged:
            old = merged[key]
            ev = old.evidence + tuple(e for e in r.evidence if e not in old.evidence)
            merged[key] = replace(old, evidence=ev)
        else:
            merged[key] = r
    out = list(merged.values())
    # a located_in stated both ways in one document is a misreading: drop both
    loc = {(r.subject, r.object) for r in out if r.predicate == "located_in"}
    return [r for r in out if not (r.predicate == "located_in" and (r.object, r.subject) in loc)]
