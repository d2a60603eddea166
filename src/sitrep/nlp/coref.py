"""In-document coreference of names that the finders leave apart.

- An acronym joins the one name met before it whose initials it spells: "International Criminal Court" ...
  "the ICC's custody", "North West Frontier Province" ... "in NWFP". Two or more earlier names with those
  initials leave it alone: a guess would join two entities.
- "the Observatory" after "Syrian Observatory for Human Rights": an organisation called by its head word with
  "the", when exactly one organisation named before has that head.
- A lone family name that a place finder took is the person named in full before it when exactly one person
  carries it ("Melvin Sojo" ... "Sojo said"): a person's name is not a place.

Both run after the finders and the inline definitions (``sitrep.nlp.annotate``); they only ever join a name
to one met earlier, never two entities on a shared common word.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sitrep.records import Mention
from sitrep.spans import sentence_at

__all__ = ["VERSION", "claim_family_names", "join_acronyms", "join_head_words"]

VERSION = "coref-0.1"

_ACRONYM = re.compile(r"(?<![\w.-])[A-Z]{3,6}(?![\w-])")
_WORD = re.compile(r"[^\W\d_][\w'\u2019]*")
_JOINABLE = frozenset({"organization", "armed_group", "government", "state_force", "location"})
#: an administrative word a place finder leaves out of the name but an acronym spells ("... Province (NWFP)")
_DESIGNATOR_AFTER = re.compile(r"\s+(Province|State|Region|District|Territory|Territories)\b")


def _initials(text: str, m: Mention) -> set[str]:
    """The acronyms ``m``'s name could have: the first letters of its capitalized words, hyphenated parts
    included ("Lashkar-e-Taiba": LeT, LT) and with an administrative word that follows it."""
    words = _WORD.findall(m.text)
    caps = "".join(w[0] for w in words if w[0].isupper())
    parts = "".join(p[0] for w in words for p in w.split("-") if p and p[0].isupper())
    out = {caps, parts}
    after = _DESIGNATOR_AFTER.match(text, m.end)
    if after is not None:
        out |= {a + after.group(1)[0] for a in out}
    return {a for a in out if len(a) >= 2}


def join_acronyms(text: str, mentions: list[Mention],
                  sentences: tuple[tuple[int, int], ...]) -> tuple[list[Mention], dict[str, str]]:
    """Mentions of acronyms that spell exactly one earlier name of two words or more, and a map of the local
    keys of mentions that already stood on such an acronym to that name's key (see the module's text)."""
    by_start = sorted(mentions, key=lambda m: m.start)
    spans = [(m.start, m.end) for m in by_start]
    expansions: list[tuple[int, str, Mention]] = []  # (end, acronym, mention), in text order
    for m in by_start:
        if m.type in _JOINABLE and m.entity_key and len(_WORD.findall(m.text)) >= 2:
            expansions += [(m.end, a, m) for a in _initials(text, m)]
    if not expansions:
        return [], {}
    out: list[Mention] = []
    remap: dict[str, str] = {}
    for hit in _ACRONYM.finditer(text):
        acronym = hit.group()
        owners = {m.entity_key: m for end, a, m in expansions if a == acronym and end <= hit.start()}
        if len(owners) != 1:
            continue
        owner = next(iter(owners.values()))
        here = [m for m, (a, b) in zip(by_start, spans, strict=True) if a < hit.end() and hit.start() < b]
        if not here:
            sent = sentence_at(sentences, hit.start()) or (None, None)
            out.append(replace(owner, start=hit.start(), end=hit.end(), text=acronym,
                               sent_start=sent[0], sent_end=sent[1]))
        elif len(here) == 1 and here[0].text == acronym and str(here[0].entity_key).startswith("doc:") \
                and here[0].entity_key != owner.entity_key:
            remap[str(here[0].entity_key)] = str(owner.entity_key)
    return out, remap


def claim_family_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a one-word place that is the family name of exactly one person named in full before it
    made a mention of that person (see the module's text)."""
    people = sorted((m for m in mentions if m.type == "person" and m.entity_key and len(m.text.split()) >= 2),
                    key=lambda m: m.start)
    if not people:
        return mentions
    out = []
    for m in mentions:
        if m.type == "location" and m.text.isalpha() and m.text[:1].isupper() and " " not in m.text \
                and not _DESIGNATOR_AFTER.match(text, m.end):
            owners = {p.entity_key: p for p in people if p.end <= m.start and p.text.split()[-1] == m.text}
            if len(owners) == 1:
                p = next(iter(owners.values()))
                m = replace(m, type="person", extractor=p.extractor, version=p.version, entity_key=p.entity_key,
                            name=p.name)
        out.append(m)
    return out


_HEAD = re.compile(r"([A-Z][\w'\u2019-]+)(?=\s+(?:of|for|on|in)\b|$)")


def join_head_words(text: str, mentions: list[Mention],
                    sentences: tuple[tuple[int, int], ...]) -> tuple[list[Mention], dict[str, str]]:
    """Mentions of "the <Head>" standing for the one organisation named before with that head word, and a map
    of the local keys of mentions that already stood on such a head word to that organisation's key (see the
    module's text)."""
    heads: dict[str, list[Mention]] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        if m.type == "organization" and m.entity_key and len(m.text.split()) >= 3:
            h = _HEAD.search(m.text)
            if h is not None:
                heads.setdefault(h.group(1), []).append(m)
    if not heads:
        return [], {}
    out: list[Mention] = []
    remap: dict[str, str] = {}
    pattern = re.compile(rf"\b[Tt]he\s+({'|'.join(map(re.escape, heads))})(?![\w-])")
    for hit in pattern.finditer(text):
        a, b = hit.span(1)
        owners = {m.entity_key: m for m in heads[hit.group(1)] if m.end <= a}
        if len(owners) != 1:
            continue
        owner = next(iter(owners.values()))
        here = [m for m in mentions if m.start < b and a < m.end]
        if not here:
            sent = sentence_at(sentences, a) or (None, None)
            out.append(replace(owner, start=a, end=b, text=hit.group(1), sent_start=sent[0], sent_end=sent[1]))
        elif len(here) == 1 and (here[0].start, here[0].end) == (a, b) and here[0].type in ("organization", "person") \
                and str(here[0].entity_key).startswith("doc:") and here[0].entity_key != owner.entity_key:
            remap[str(here[0].entity_key)] = str(owner.entity_key)
    return out, remap
