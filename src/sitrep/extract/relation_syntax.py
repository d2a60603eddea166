"""Relations read from the dependency parse of a sentence, by the table ``data/relations/dependency_patterns.yaml``.

A pattern names verb lemmas and the relation they state between the verb's subject and object, in the active
voice ("Rwanda has long backed the M23", "Kony, who leads the LRA") or the passive ("the M23, backed by Rwanda",
"the LRA is led by Kony"); coordinated subjects and objects each take the relation. Syntax reaches what a surface
pattern cannot list: any words between the sides that the parse attaches elsewhere (adverbs, appositions,
relative clauses, dates). Only sentences that hold a word form of a pattern's verb and two mentions are parsed
(``sitrep.nlp.model.load_parser``), so a document without such a sentence never loads the parser.

Precision first, as for the surface patterns: a negated verb ("does not back"), one under another verb ("plans
to join", "accused of backing"), one in a condition ("if", "whether"), a subject the parse gives two heads and a
side that is no mention give nothing; "will", "would" make the relation planned, "may", "might", "could"
unconfirmed. ``relations.find_relations`` builds the records (dates, certainty, speaker) and keeps a relation only
when the surface patterns found none between the same two entities in the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from sitrep.extract.relation_locale import is_country
from sitrep.extract.relation_patterns import check_row, slot_types
from sitrep.nlp.model import load_parser
from sitrep.records import Mention

EXTRACTOR = "relation-syntax"
VERSION = "relation-syntax-0.1"

_TABLE = ("data", "relations", "dependency_patterns.yaml")
_FIELDS: dict[str, type] = {"name": str, "predicate": str, "lemmas": list, "subject": list, "object": list,
                            "voices": list, "inception": bool, "role": str, "forms": list}
_REQUIRED = ("name", "predicate", "lemmas", "subject", "object")
_VOICES = frozenset({"active", "passive"})
# the verb's place in the sentence: the main verb, a coordinated or reported one, or a clause that describes a noun
_CLAUSES = frozenset({"ROOT", "ccomp", "parataxis", "acl", "acl:relcl"})
_RELATIVE = frozenset({"who", "which", "that"})
_CONDITION = frozenset({"if", "whether", "unless"})
_NEGATION = frozenset({"not", "never", "n't", "no"})
_MOOD = {"will": "planned", "would": "planned", "shall": "planned", "may": "unconfirmed", "might": "unconfirmed",
         "could": "unconfirmed"}
_NAME_DEPS = frozenset({"compound", "amod", "flat", "nmod"})


@dataclass(frozen=True)
class SyntaxPattern:
    name: str
    predicate: str
    lemmas: frozenset[str]
    subject: frozenset[str]
    object: frozenset[str]
    voices: frozenset[str] = _VOICES
    inception: bool = False
    role: str | None = None
    forms: tuple[str, ...] = ()  # irregular word forms of the lemmas ("led"), for the look-out before parsing


@dataclass(frozen=True)
class SyntaxMatch:
    """One relation a pattern reads: the two mentions, the verb's offset and the mood its auxiliaries give."""

    pattern: SyntaxPattern
    subject: Mention
    object: Mention
    verb: str
    pos: int
    mood: str


def _checked(entry: Any) -> SyntaxPattern:
    where = check_row(entry, "dependency pattern", _REQUIRED, _FIELDS)
    voices = frozenset(entry.get("voices", _VOICES))
    if not voices or not voices <= _VOICES:
        raise ValueError(f"{where}: voices must be among {sorted(_VOICES)}")
    if not entry["lemmas"] or not all(isinstance(x, str) and x.isalpha() for x in entry["lemmas"]):
        raise ValueError(f"{where}: lemmas must be single words")
    return SyntaxPattern(entry["name"], entry["predicate"], frozenset(x.lower() for x in entry["lemmas"]),
                         slot_types(entry["subject"], where), slot_types(entry["object"], where), voices,
                         entry.get("inception", False), entry.get("role"), tuple(entry.get("forms", ())))


def load_table(text: str) -> tuple[frozenset[str], tuple[SyntaxPattern, ...]]:
    """The group head nouns and the patterns of a dependency pattern table (YAML text), checked."""
    data = yaml.safe_load(text)
    if not isinstance(data, dict) or set(data) != {"group_heads", "patterns"}:
        raise ValueError("dependency pattern table: expected the keys group_heads and patterns")
    rows = tuple(_checked(e) for e in data["patterns"])
    names = [r.name for r in rows]
    if len(set(names)) != len(names):
        twice = sorted({n for n in names if names.count(n) > 1})
        raise ValueError(f"dependency pattern table: names used twice: {twice}")
    lemmas = [lemma for r in rows for lemma in r.lemmas]
    if len(set(lemmas)) != len(lemmas):  # one verb, one reading
        both = sorted({x for x in lemmas if lemmas.count(x) > 1})
        raise ValueError(f"dependency pattern table: lemmas in two patterns: {both}")
    return frozenset(str(h).lower() for h in data["group_heads"]), rows


@lru_cache(maxsize=1)
def table() -> tuple[frozenset[str], tuple[SyntaxPattern, ...]]:
    return load_table(resources.files("sitrep").joinpath(*_TABLE).read_text(encoding="utf-8"))


def _word_forms(lemma: str) -> set[str]:
    """The regular forms of a verb (back: back, backs, backed, backing; finance: finances, financed, financing)."""
    base = lemma[:-1] if lemma.endswith("e") else lemma
    return {lemma, lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x")) else "s"), base + "ed", base + "ing"}


@lru_cache(maxsize=1)
def _lookouts() -> tuple[tuple[SyntaxPattern, re.Pattern[str]], ...]:
    """Each pattern with a regex of its verbs' word forms, regular and irregular."""
    _, rows = table()
    out = []
    for r in rows:
        forms = {f for lemma in r.lemmas for f in _word_forms(lemma)} | set(r.forms)
        out.append((r, re.compile(rf"\b(?:{'|'.join(sorted(map(re.escape, forms)))})\b", re.I)))
    return tuple(out)


def _fits(m: Mention, types: frozenset[str]) -> bool:
    # a country named as an actor stands for its government (``relations._agent_type`` decides on the match)
    return m.type in types or ("government" in types and is_country(m))


def may_match(sentence: str, mentions: Sequence[Mention]) -> bool:
    """Whether a sentence is worth parsing: a word form of a pattern's verb, and two mentions of other entities
    that may fill its subject and its object."""
    if len({m.entity_key for m in mentions}) < 2:
        return False
    for pat, forms in _lookouts():
        if forms.search(sentence) is None:
            continue
        if any(_fits(a, pat.subject) and _fits(b, pat.object) and a.entity_key != b.entity_key
               for a in mentions for b in mentions):
            return True
    return False


def sentence_matches(text: str, spans: Sequence[tuple[int, int, Sequence[Mention]]]) -> list[SyntaxMatch]:
    """The matches of every sentence ``(start, end, its mentions)`` of ``text``, parsed together."""
    todo = [(s, e, ms) for s, e, ms in spans if may_match(text[s:e], ms)]
    if not todo:
        return []
    out: list[SyntaxMatch] = []
    for (s, _e, ms), parsed in zip(todo, load_parser().pipe(text[s:e] for s, e, _ in todo), strict=True):
        out.extend(_read(parsed, s, ms))
    return out


def _read(parsed: Any, offset: int, mentions: Sequence[Mention]) -> Iterator[SyntaxMatch]:
    heads, rows = table()
    by_lemma = {lemma: r for r in rows for lemma in r.lemmas}
    for tok in parsed:
        pat = by_lemma.get(tok.lemma_.lower())
        if pat is None or tok.pos_ != "VERB" or not _stated(tok):
            continue
        mood = _mood(tok)
        if mood is None:
            continue
        # a "by" agent makes the verb passive whatever the parse calls its subject ("the ADF, led by X, ...")
        passive = any(c.dep_ in ("nsubj:pass", "aux:pass", "obl:agent") for c in tok.children) or (
            tok.dep_ == "acl" and tok.tag_ == "VBN")
        if ("passive" if passive else "active") not in pat.voices:
            continue
        subj, obj = (_agent(tok), _patient(tok)) if passive else (_subject(tok), _object(tok))
        if subj is None or obj is None:
            continue
        for a in _coordinated(subj):
            for b in _coordinated(obj):
                ma, mb = _mention(a, offset, mentions, heads), _mention(b, offset, mentions, heads)
                if ma is None or mb is None or ma.entity_key == mb.entity_key:
                    continue
                yield SyntaxMatch(pat, ma, mb, tok.text, offset + tok.idx, mood)


def _stated(tok: Any) -> bool:
    """The verb states something: a main, reported or describing clause (a coordinated verb: its first one)."""
    tok = _perfect(tok) or tok
    while tok.dep_ == "conj":
        tok = tok.head
    return tok.dep_ in _CLAUSES


def _perfect(tok: Any) -> Any | None:
    """The auxiliary "has" of a perfect the parse made the main verb ("X has for years backed Y": "has" the root,
    "backed" a clause under it), or ``None``."""
    head = tok.head
    if tok.tag_ not in ("VBN", "VBD") or tok.dep_ not in ("advcl", "xcomp", "ccomp") or head.lemma_ != "have" \
            or head.i > tok.i:
        return None
    # "has" with nothing of its own: no object, no other clause
    own = [c for c in head.children if c.dep_ in ("obj", "advcl", "xcomp", "ccomp") and c.i != tok.i]
    return None if own else head


def _mood(tok: Any) -> str | None:
    """``None`` for a negated verb or one in a condition; else the certainty its auxiliaries give."""
    mood = "asserted"
    for t in (tok, tok.head) if tok.dep_ == "conj" or _perfect(tok) is not None else (tok,):
        for c in t.children:
            low = c.lower_
            if (c.dep_ in ("advmod", "neg", "det") and low in _NEGATION) or (c.dep_ == "mark" and low in _CONDITION):
                return None
            if c.dep_ == "aux" and low in _MOOD:
                mood = _MOOD[low]
    return mood


def _children(tok: Any, *deps: str) -> list[Any]:
    return [c for c in tok.children if c.dep_ in deps]


def _subject(verb: Any) -> Any | None:
    """The active verb's subject: its nsubj, the noun a relative clause describes, a coordinated verb's subject."""
    subj = _children(verb, "nsubj")
    if len(subj) > 1:
        return None  # two heads: the parse slipped ("two commanders of X joined Y")
    if subj and subj[0].lower_ in _RELATIVE and verb.dep_ == "acl:relcl":
        return verb.head
    if subj:
        return subj[0]
    if _perfect(verb) is not None:
        return _subject(verb.head)
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not _children(verb.head, "nsubj:pass", "aux:pass"):
        return _subject(verb.head)
    return None


def _object(verb: Any) -> Any | None:
    obj = _children(verb, "obj")
    if len(obj) != 1:
        return None
    if obj[0].lower_ in _RELATIVE:  # "the Polisario Front, which Algeria has backed": the noun described
        return verb.head if verb.dep_ == "acl:relcl" else None
    return obj[0]


def _agent(verb: Any) -> Any | None:
    """The doer of a passive verb: "by X"."""
    agents = _by(verb)
    if not agents:  # "financed and armed by X": the last of coordinated participles carries the agent
        agents = [a for c in _children(verb, "conj") if c.tag_ == "VBN" or c.pos_ == "VERB" for a in _by(c)]
    return agents[0] if len(agents) == 1 else None


def _by(verb: Any) -> list[Any]:
    return _children(verb, "obl:agent") or [c for c in _children(verb, "obl")
                                            if any(x.dep_ == "case" and x.lower_ == "by" for x in c.children)]


def _patient(verb: Any) -> Any | None:
    """What a passive verb is done to: its subject, or the noun a participle or relative clause describes."""
    subj = _children(verb, "nsubj:pass") or _children(verb, "nsubj")
    if len(subj) > 1:
        return None
    if verb.dep_ in ("acl", "acl:relcl") and (not subj or subj[0].lower_ in _RELATIVE):
        return verb.head
    return subj[0] if subj else None


def _coordinated(tok: Any) -> list[Any]:
    """A side and the sides coordinated with it ("X and Y")."""
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj":
            out.extend(_coordinated(c))
    return out


def _mention(tok: Any, offset: int, mentions: Sequence[Mention], heads: frozenset[str]) -> Mention | None:
    """The mention a side's head word lies in, or the name that modifies a group noun ("the CODECO militia")."""
    found = _inside(offset + tok.idx, mentions)
    if found is not None or tok.lower_ not in heads:
        return found
    names = [m for c in tok.children if c.dep_ in _NAME_DEPS
             if (m := _inside(offset + c.idx, mentions)) is not None]
    return names[0] if len({m.entity_key for m in names}) == 1 else None


def _inside(at: int, mentions: Sequence[Mention]) -> Mention | None:
    for m in mentions:
        if m.start <= at < m.end:
            return m
    return None


__all__ = ["EXTRACTOR", "VERSION", "SyntaxMatch", "SyntaxPattern", "load_table", "may_match",
           "sentence_matches", "table"]
