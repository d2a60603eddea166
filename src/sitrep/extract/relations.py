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
from dataclasses import dataclass, replace

from sitrep.extract.relation_patterns import MODS, Pattern, patterns, role_regex
from sitrep.nlp.attribution import CERTAINTY_ORDER, find_attributions, split_sentences, stance
from sitrep.nlp.dictionaries import load_roles
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

EXTRACTOR = "relation-rules"
VERSION = "relations-0.1"

_TOKEN = re.compile(r"⟦(\d+)⟧")
_NEGATION = re.compile(r"\b(?:not|never|no\s+longer|neither|nor|refused\s+to|failed\s+to|tried\s+to|attempted\s+to|"
                       r"attempting\s+to|trying\s+to|sought\s+to|unable\s+to|if|whether|unless|instead\s+of|"
                       r"rather\s+than|without)\b|n't\b", re.I)
_PLANNED = re.compile(r"\b(?:plans?\s+to|planned\s+to|planning\s+to|intends?\s+to|intended\s+to|wants?\s+to|"
                      r"wanted\s+to|vowed\s+to|vows\s+to|threatened\s+to|threatens\s+to|will|would|"
                      r"(?:is|are|was|were)\s+(?:set|due|expected|about|preparing|poised|ready|going)\s+to|"
                      r"considering|mulling)\b", re.I)
_POSSIBLE = re.compile(r"\b(?:may|might|could|possibly|perhaps|probably)\b", re.I)
_REPORTING = re.compile(r"\b(?:said|says|told|announced|confirmed|added|reported|stated|statement|claimed|denied)\b"
                        r"[^,.;]{0,25}$", re.I)
_DATE_VALUE = re.compile(r"^\d{4}(?:-(?:\d{2}|Q[1-4]|W\d{2}|SP|SU|FA|WI|H[12]))?(?:-\d{2})?$")
_VERB_ROLE = {"led": "leader", "leads": "leader", "leading": "leader", "headed": "chief", "heads": "chief",
              "heading": "chief", "commanded": "commander", "commands": "commander", "commanding": "commander"}
_ANAPHORA = re.compile(r"\bthe\s+(district|province|city|town|village|provincial\s+capital)\b", re.I)
_FUZZY = re.compile(r"\b(?:several|few|some|many|recent|couple)\b", re.I)
_ROLE_PATTERNS = frozenset({"role-apposition", "role-apposition-org", "role-premodifier", "role-of-name"})
_QUESTION = re.compile(r"\?[\"”’)]*\s*$")
_SYMMETRIC = frozenset({"allied_with", "hostile_to"})


@dataclass(frozen=True)
class Masked:
    text: str  # the sentence with mentions replaced by ⟦i⟧
    offsets: list[int]  # original offset of every masked character (and one past the end)
    mentions: list[Mention]


def find_relations(doc: Document, ann: Annotations) -> Extractions:
    """Relations of one annotated document, with the claims found in it (``extract.claims``)."""
    from sitrep.extract import claims

    text = doc.text
    sentences = list(ann.sentences) or split_sentences(text)
    attributions = list(ann.attributions) or find_attributions(text, sentences, ann.mentions)
    mentions = usable(ann.mentions)
    relations: list[RelationRecord] = []
    for s, e in sentences:
        relations.extend(_sentence_relations(doc, s, e, mentions, ann.timexes, attributions))
    rels = _dedupe(relations)
    found = claims.find_claims(doc, ann, sentences=sentences, attributions=attributions, relations=rels)
    return Extractions(relations=tuple(rels), claims=tuple(found))


def usable(mentions: Sequence[Mention]) -> list[Mention]:
    """Mentions with a key, without overlaps (the longer wins), in text order."""
    keyed = sorted((m for m in mentions if m.entity_key), key=lambda m: (m.start, -(m.end - m.start)))
    out: list[Mention] = []
    for m in keyed:
        if out and m.start < out[-1].end:
            if m.end - m.start > out[-1].end - out[-1].start:
                out[-1] = m
            continue
        out.append(m)
    return out


def mask(text: str, s: int, e: int, mentions: Sequence[Mention]) -> Masked:
    inside = [m for m in mentions if s <= m.start and m.end <= e]
    parts: list[str] = []
    offsets: list[int] = []
    pos = s
    for i, m in enumerate(inside):
        chunk = text[pos:m.start]
        parts.append(chunk)
        offsets.extend(range(pos, m.start))
        token = f"⟦{i}⟧"
        parts.append(token)
        offsets.extend([m.start] * len(token))
        pos = m.end
    parts.append(text[pos:e])
    offsets.extend(range(pos, e))
    offsets.append(e)
    masked = "".join(parts).replace("’", "'").replace("‘", "'")
    return Masked(masked, offsets, inside)


def _sentence_relations(doc: Document, s: int, e: int, mentions: Sequence[Mention],
                        timexes: Sequence[TimeExpression], attributions: Sequence[Attribution]) -> list[RelationRecord]:
    text = doc.text
    if _QUESTION.search(text[s:e]):
        return []
    masked = mask(text, s, e, mentions)
    if len(masked.mentions) < 1:
        return []
    evidence = Evidence(doc=doc.id, start=s, end=e, text=text[s:e])
    sent_timexes = [t for t in timexes if s <= t.start and t.end <= e]
    out: list[RelationRecord] = []
    for pat in patterns():
        for m in pat.regex.finditer(masked.text):
            out.extend(_from_match(doc, pat, m, masked, evidence, sent_timexes, attributions, mentions))
    out.extend(_anaphoric_control(doc, masked, evidence, sent_timexes, attributions, mentions))
    return _end_left_posts(out)


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
    if subj.type not in pat.subject or obj.type not in pat.object or subj.entity_key == obj.entity_key:
        return []
    trigger = m.start("v") if "v" in pat.regex.groupindex and m.group("v") else m.start()
    mood = modality(masked.text, m, trigger)
    if mood is None:
        return []
    predicate, role = pat.predicate, pat.role
    if predicate == "{role}":
        found = _role(m, obj)
        if found is None:
            return []
        predicate, role = found
    elif role == "{verb}":
        role = _VERB_ROLE.get(m.group("v").lower().split()[0], "leader")
    pos = masked.offsets[trigger]
    start, end = dates(doc.text, timexes, pos, evidence, inception=pat.inception)
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
    base = RelationRecord(predicate=predicate, subject=str(subj.entity_key), object=obj.entity_key,
                          evidence=(evidence,), extractor=EXTRACTOR, version=VERSION, role=role, start=start, end=end,
                          certainty=certainty, attributed_to=source)
    out = [base]
    o2 = m.groupdict().get("o2")
    if pat.second and o2 is not None:
        other = masked.mentions[int(o2)]
        if other.type in pat.object and other.entity_key not in (subj.entity_key, obj.entity_key):
            out.append(replace(base, predicate=pat.second, object=other.entity_key, role=None))
    if pat.name in ("defect-to", "joined"):
        out.extend(_former_side(m, masked, base, obj))
    # a coordinated subject: "X and Y pledged allegiance to Z"
    coord = re.search(r"⟦(\d+)⟧\s*,?\s+and\s+$", masked.text[:(m.start("s") - 1)])
    if coord and pat.name not in ("pact-agreed",) and not pat.symmetric:
        other = masked.mentions[int(coord.group(1))]
        if other.type in pat.subject and other.entity_key not in (subj.entity_key, obj.entity_key):
            out.append(replace(base, subject=str(other.entity_key)))
    return out


_RANK = {c: i for i, c in enumerate(CERTAINTY_ORDER)}


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


def modality(masked: str, m: re.Match[str], trigger: int) -> str | None:
    """``None`` when the trigger is negated or hypothetical; else the certainty the words around it give."""
    s_end = (m.end("s") + 1) if (m.start("s") - 1) < trigger else m.start()
    region = masked[min(s_end, trigger):trigger]
    rel = m.groupdict().get("rel")
    if rel:
        region = region.replace(rel, " ")
    before = masked[max(0, m.start() - 40):m.start()]
    clause = re.split(r"[,;:\"“”]", before)[-1]
    if _NEGATION.search(region) or re.search(r"\b(?:if|whether|unless|not|never)\s+$", clause, re.I):
        return None
    if re.search(r"\b(?:failed|tried|attempted|attempts|sought|unable)\s+to\s+$", clause, re.I):
        return None
    if _PLANNED.search(region) or re.search(r"\b(?:plans?|planning|intends?|wants?|vowed|threatened)\s+to\s+$",
                                            clause, re.I):
        return "planned"
    if _POSSIBLE.search(region):
        return "unconfirmed"
    return "asserted"


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
    if obj.type not in found.object_types and not (obj.type == "location" and "location" in found.object_types):
        return None
    if prep == "in" and obj.type != "location":
        return None
    if prep == "with" and found.relation == "holds_position":
        return None
    role = found.role
    if "deputy" in mods and not role.startswith("deputy"):
        deputy = roles.lookup("deputy " + role)
        role = deputy.role if deputy is not None else "deputy " + role
    if "shadow" in mods and not role.startswith("shadow"):
        role = "shadow " + role
    if found.relation == "member_of":
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


def dates(text: str, timexes: Sequence[TimeExpression], pos: int, evidence: Evidence, *,
           inception: bool) -> tuple[str | None, str | None]:
    """(start, end) of a relation whose trigger is at ``pos``, from the time expressions of its sentence."""
    start = end = None
    best: tuple[int, str] | None = None
    for t in timexes:
        if not t.value or not _DATE_VALUE.match(t.value):
            continue
        before = text[evidence.start:t.start]
        if _REPORTING.search(before):
            continue
        between = text[min(pos, t.end):max(pos, t.start)]
        if ";" in between or len(between) > 150 or _FUZZY.search(t.text):
            continue
        lead = before[-12:].lower()
        if re.search(r"\b(?:since|from)\s+(?:(?:early|late|mid)\s*-?\s*)?$", lead):
            start = start or t.value
            continue
        if re.search(r"\b(?:until|till|to)\s+$", lead):
            end = end or t.value
            continue
        if inception and re.search(r"\b(?:in|on|at|during|by|last|this|earlier|late|early)?\s*$", lead):
            dist = abs(t.start - pos)
            if best is None or dist < best[0]:
                best = (dist, t.value)
    if inception and start is None and best is not None:
        start = best[1]
    return start, end


def _anaphoric_control(doc: Document, masked: Masked, evidence: Evidence, timexes: Sequence[TimeExpression],
                       attributions: Sequence[Attribution], mentions: Sequence[Mention]) -> list[RelationRecord]:
    """'the Taliban captured the district': the district last named as '<Name> district' in the preceding text."""
    out: list[RelationRecord] = []
    rx = re.compile(r"⟦(?P<s>\d+)⟧(?:\s+(?:fighters|forces|militants|insurgents|troops))?\s+(?:have\s+|has\s+|had\s+)?"
                    r"(?P<v>captured|seized|overran|took\s+control\s+of|took\s+over|retook|recaptured)\s+"
                    r"the\s+(?P<noun>district|province|city|town|village)\b(?!\s+(?:of|centre|center|capital|headq))",
                    re.I)
    for m in rx.finditer(masked.text):
        subj = masked.mentions[int(m.group("s"))]
        if subj.type not in ("armed_group", "state_force", "government"):
            continue
        if modality(masked.text, m, m.start("v")) != "asserted":
            continue
        pos = masked.offsets[m.start("v")]
        noun = m.group("noun").lower()
        place = _antecedent(doc.text, mentions, pos, noun)
        if place is None:
            continue
        start, end = dates(doc.text, timexes, pos, evidence, inception=True)
        certainty, source = stance(doc.text, attributions, pos)
        out.append(RelationRecord(predicate="controls", subject=str(subj.entity_key), object=place,
                                  evidence=(evidence,), extractor=EXTRACTOR, version=VERSION, start=start, end=end,
                                  certainty=certainty, attributed_to=source))
    return out


def _antecedent(text: str, mentions: Sequence[Mention], pos: int, noun: str) -> str | None:
    """The most recent location named '<X> <noun>' within 600 characters before ``pos``, if only one is."""
    window = [m for m in mentions if m.type == "location" and pos - 600 <= m.start < pos]
    named = [m for m in window if re.match(rf"\s+{noun}\b", text[m.end:m.end + 15], re.I)]
    keys = {m.entity_key for m in named}
    if len(keys) != 1:
        return None
    return named[-1].entity_key


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
