"""People and organisations that no dictionary lists, found by the company their names keep.

A run of capitalized words is a person's name when a title stands before it
("Qari Hekmat", "Gen. John Nicholson"), a role noun before or after it
("spokesman Zabihullah Mujahid", "X, the district chief"), a verb of saying
follows it ("Hekmat said"), or it starts with a common given name. It is an
organisation when it carries an institutional head word ("Ministry",
"Council"). Inside one document a later single word that is the given or
family name of exactly one person found earlier is that person ("Hekmat" after
"Qari Hekmat"); "Baz Mohammad" is not "Baz Mohammad Dawar". Inline
definitions become aliases: "Islamic Movement of Uzbekistan (IMU)",
"Nabeel Ahmed (a.k.a. Abu Abdullah)".

Mentions carry a local key ``doc:person:<name>`` that resolution maps to an
entity of the knowledge base.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol

from sitrep.lexicon.cache import cached
from sitrep.lexicon.countries import word_index
from sitrep.lexicon.dictionaries import load_actors, load_titles
from sitrep.lexicon.gazetteer import default_gazetteer
from sitrep.lexicon.keys import light_key, normalize_key, translit_key
from sitrep.nlp.name_rules import (
    _ADJECTIVES,
    _CAP_WORD,
    _CONNECTOR,
    _NOT_NAMES,
    _PARTICLES,
    _RUN,
    EXTRACTOR,
    _classify,
    _free_pieces,
    _is_org,
    _Name,
    given_names,
    never_names,
)
from sitrep.records import Mention
from sitrep.spans import SpanIndex, sentence_at

__all__ = ["EXTRACTOR", "MODEL_EXTRACTOR", "VERSION", "NameModel", "find_definitions", "find_list_members",
           "find_names", "given_names", "settle_model_names"]

VERSION = "names-0.3"
#: the statistical model's names (``sitrep.nlp.model.load_ner``): label -> mention type
MODEL_EXTRACTOR = "ner-minilm"
_MODEL_TYPES = {"PER": "person", "ORG": "organization"}

_DEFINITION = re.compile(r"\s*\((?:(?:a\.?k\.?a\.?|also known as|alias)\s+)?([^()\n]{2,60})\)")
_AKA = re.compile(r",?\s+(?:who\s+)?(?:is\s+|was\s+)?(?:also\s+|better\s+|widely\s+)?(?:a\.?k\.?a\.?|known\s+as|called|"
                  r"dubbed|nicknamed|alias)\s+[\"“]?(" + _CAP_WORD + r"(?:\s+" + _CAP_WORD + r"){0,3})")


class NameModel(Protocol):
    """What :func:`find_names` needs of a statistical NER (``sitrep.nlp.model.EntityTagger``)."""

    version: str

    def find(self, text: str, sentences: tuple[tuple[int, int], ...]) -> list[tuple[int, int, str]]:
        """``(start, end, label)`` of the names in ``text`` within the ``sentences`` given (character ranges)."""
        ...


def find_names(text: str, sentences: tuple[tuple[int, int], ...], taken: list[tuple[int, int]],
               model: NameModel | None = None) -> list[Mention]:
    """Person and organisation mentions not overlapping ``taken`` spans (dictionary actors, places).

    ``model``, the statistical NER, reads the sentences where a capitalized word is left that neither
    ``taken``, the rules nor the lists of non-names cover (:func:`_open_sentences`; elsewhere it could add
    nothing). A PER or ORG name of its that neither ``taken`` nor the rules cover becomes a mention of that
    type (extractor ``ner-minilm``, version ``model.version``); the rules win where both found a name, since
    they also strip titles and split "the district chief, X". LOC names are left to the gazetteer: a place
    must be placed, and an unplaceable one stays unknown."""
    found: list[_Name] = []
    index = SpanIndex(taken)
    for s_start, s_end in sentences or ((0, len(text)),):
        for m in _RUN.finditer(text, s_start, s_end):
            for a, b in _free_pieces(m.start(), m.end(), index):
                for piece in _RUN.finditer(text, a, b):
                    name = _classify(text, piece.start(), piece.end(), s_start, index)
                    if name is None and (cut := _CONNECTOR.search(piece.group())) is not None:
                        name = _classify(text, piece.start(), piece.start() + cut.start(), s_start, index)
                    if name is not None:
                        found.append(name)
    if model is not None:
        covered = taken + [(n.start, n.end) for n in found]
        open_ = _open_sentences(text, sentences or ((0, len(text)),), covered)
        found += _model_names(text, model.find(text, open_) if open_ else [], covered)
    found = _link_partials(text, _same_spelling([n for n in found if not _not_a_name(text, n)]))
    found += _partial_names(text, found, taken)
    version = model.version if model is not None else ""
    return [_mention(text, n, sentences, version) for n in sorted(found, key=lambda n: n.start)]


_CAPITAL = re.compile(r"\b[^\W\d_a-z][\w'\u2019]*")


def _open_sentences(text: str, sentences: Sequence[tuple[int, int]],
                    covered: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """The sentences with a capitalized word outside ``covered`` that could be a name (``_never_a_name``):
    the only ones where the model can add one."""
    spans = sorted(covered)
    starts = [a for a, _ in spans]

    def is_covered(pos: int) -> bool:
        k = bisect.bisect_right(starts, pos) - 1
        return k >= 0 and pos < spans[k][1]

    out = []
    for s, e in sentences:
        for m in _CAPITAL.finditer(text, s, e):
            word = m.group()
            if word[0].isupper() and not is_covered(m.start()) and not _never_a_name(word):
                out.append((s, e))
                break
    return tuple(out)


def _not_a_name(text: str, n: _Name) -> bool:
    """A found name that is none: one word that is never a name alone ("Witnesses", "Malian"), a single letter,
    only titles ("Brig. Gen."), or one word that the text also writes in small letters (a common noun that
    opened a sentence: "Authorities said" where "the authorities" recurs)."""
    words = n.name.split()
    if all((t := load_titles().lookup(w)) is not None and t.strip for w in words):
        return True  # ranks only ("Brig. Gen."); "Abu Sayed" is a name of kept titles
    if len(words) != 1:
        return False
    word = words[0].rstrip(".")
    if len(word) < 2 or word in never_names() or re.fullmatch(r"[A-Z]{2,}s", word):
        return True  # ... or an acronym's plural ("MLAs")
    low = word.lower()
    return low != word and word_in(text, low)


def word_in(text: str, word: str) -> bool:
    """``re.search(rf"(?<![\\w-]){re.escape(word)}(?![\\w-])", text) is not None`` without a pattern compiled per
    word: ``word`` occurs with no word character (``str.isalnum`` or "_", as ``\\w``) or hyphen either side."""
    i, n = text.find(word), len(word)
    while i >= 0:
        if (i == 0 or not _word_char(text[i - 1])) and (i + n >= len(text) or not _word_char(text[i + n])):
            return True
        i = text.find(word, i + 1)
    return False


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch in "_-"


def _never_a_name(word: str) -> bool:
    """A capitalized word that is no name alone: a known non-name ("However", "Monday"), an adjective of
    nationality or direction ("Afghan") or a title ("Gen.")."""
    return word.rstrip(".") in _NOT_NAMES or word in _ADJECTIVES or load_titles().lookup(word) is not None


def _model_names(text: str, model: Sequence[tuple[int, int, str]], taken: list[tuple[int, int]]) -> list[_Name]:
    """The model's person and organisation names that nothing else took: widened to whole words (the model
    reads "Lashkar-e-Taiba" as five tokens), trimmed of a trailing possessive and of leading titles, a "person" with
    an organisation's head or opening word an organisation ("X Mahaz"); no country ("U.S.") nor a cut-off last word."""
    out: list[_Name] = []
    covered = SpanIndex(taken)
    for start, end, label in _joined(text, model):
        kind = _MODEL_TYPES.get(label)
        if kind is None:
            continue
        start, end = _whole_words(text, start, end)
        if text[end - 2:end] in ("'s", "\u2019s"):
            end -= 2
        name = text[start:end]
        words = name.split()
        if (not words or not any(c.isupper() for c in name) or covered.overlaps(start, end)
                or any(start < o.end and o.start < end for o in out)  # the model's pieces widened to one word
                or (len(words) == 1 and _never_a_name(words[0])) or _office(text, words, end)
                or _doubtful_model_name(words) or name in word_index() or not text[end:].strip()):
            continue
        if kind == "person" and (_is_org(words) or normalize_key(words[0]).split()[0] in _ORG_OPENERS):
            kind = "organization"
        elif kind == "person" and (rest := load_titles().split_name(name)[1]) != name and name.endswith(rest):
            start, name = end - len(rest), rest
        out.append(_Name(start, end, name, kind, MODEL_EXTRACTOR))
    return out


def _office(text: str, words: list[str], end: int) -> bool:
    """Whether a name of the model's is an office: it ends with a title that stands before names ("Interior
    Minister"), or it is one word and such a title follows it ("Prime" of "Prime Minister", "Defense Minister")."""
    if (title := load_titles().lookup(words[-1])) is not None and title.position == "prefix":
        return True
    nxt = _WORD_AFTER.match(text, end) if len(words) == 1 else None
    return nxt is not None and (title := load_titles().lookup(nxt.group(1))) is not None and title.position == "prefix"


_WORD_AFTER = re.compile(r" ([A-Z][a-z]+\b)")


def _joined(text: str, model: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The model's names with pieces of one name joined: two names of one label that only a space or a hyphen
    separates ("Tareq" "Saleh", "Kristof Szalay" "Bobrovniczky") are one."""
    out: list[tuple[int, int, str]] = []
    for start, end, label in sorted(model):
        if out and out[-1][2] == label and out[-1][1] <= start and text[out[-1][1]:start] in (" ", "-"):
            out[-1] = (out[-1][0], end, label)
        else:
            out.append((start, end, label))
    return out


#: first words of organisations' names in the region's languages: army, group, movement, party (of ...)
_ORG_OPENERS = frozenset({"lashkar", "jaish", "jamaat", "jamiat", "harakat", "tehrik", "tehreek", "hizb", "sipah"})
_WORD_JOINERS = "-\u2010\u2011'\u2019"


def _whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` widened over letters, digits, hyphens and apostrophes on both sides."""
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in _WORD_JOINERS):
        start -= 1
    while end < len(text) and (text[end].isalnum() or text[end] in _WORD_JOINERS):
        end += 1
    while start < end and text[start] in _WORD_JOINERS:
        start += 1
    while end > start and text[end - 1] in _WORD_JOINERS:
        end -= 1
    return start, end


#: capitalized words of the domain that name things, not people or organisations (compared by ``translit_key``,
#: so that "Kalshnikovs" is one too), and last words of Afghan and Pakistani place names, not of people's
_THINGS = frozenset(translit_key(w) for w in ("Kalashnikov", "Kalashnikovs", "Humvee", "Humvees", "Kandak", "Kandaks"))
_PLACE_ENDINGS = frozenset({"Khel", "Kalay", "Kelay", "Kalai", "Qala", "Kot", "Abad", "Bazaar", "Bazar"})
_NAME_LINKS = frozenset({"of", "the", "for", "and"})


def _doubtful_model_name(words: list[str]) -> bool:
    """Whether a name of the model's is more likely wrong than right, so left unknown: it opens with a small
    letter or holds a common noun ("e Safa", "Uzbek fighters"), names a thing ("Kalashnikov"), ends like a
    place name ("... Khel"), is a place of Afghanistan or Pakistan or a country or province anywhere
    ("Darzab"), or is a dictionary actor's name misspelt ("Talban": the same ``translit_key`` as "Taliban")."""
    if not words[0][:1].isupper() or words[-1] in _PLACE_ENDINGS or any(translit_key(w) in _THINGS for w in words):
        return True
    if any(not w[:1].isupper() and w.lower() not in _PARTICLES and w not in _NAME_LINKS and not _particle_joined(w)
           for w in words[1:]):
        return True
    name = " ".join(words)
    return light_key(name) in _domain_place_keys() or translit_key(name) in _actor_translit_keys()


def _particle_joined(word: str) -> bool:
    """A family name joined to its particle by a hyphen ("al-Assad", "el-Amin", "bin-Zayed"): the particle is small."""
    particle, _, rest = word.partition("-")
    return particle.lower() in _PARTICLES and rest[:1].isupper()


@lru_cache(maxsize=1)
def _domain_place_keys() -> frozenset[str]:
    return cached("domain-place-keys", _build_domain_place_keys)


def _build_domain_place_keys() -> frozenset[str]:
    return frozenset(light_key(n) for n, p in default_gazetteer().names()
                     if p.country in ("AF", "PK") or p.feature in ("country", "admin1"))


@lru_cache(maxsize=1)
def _actor_translit_keys() -> frozenset[str]:
    """``translit_key`` of the dictionary actors' aliases of four letters or more after it."""
    return frozenset(k for a in load_actors().aliases() if len(k := translit_key(a.text)) >= 4)


def _owners(found: list[_Name], text: str = "") -> dict[str, set[str]]:
    """Given and family names of the people found, each with the full names it could stand for (the words of
    the name as written in ``text`` too, where it is another spelling of the name)."""
    owners: dict[str, set[str]] = {}
    for n in found:
        if n.type != "person":
            continue
        written = _bare_words(text[n.start:n.end]) if text and text[n.start:n.end] != n.name else []
        words = [w for w in _bare_words(n.name) + written if normalize_key(w) not in _PARTICLES]
        if not words:
            continue
        for w in set(words) if len(n.name.split()) > 1 else ():
            if len(w) > 2:
                owners.setdefault(w.rstrip("."), set()).add(n.name)
    return owners


def _bare_words(name: str) -> list[str]:
    """The words of a person's name after its leading titles ("Mullah Akhtar Mohammad Mansur" -> Akhtar Mohammad
    Mansur); a title word later in the name is a name ("Abdul Malik")."""
    words = name.split()
    i = 0
    while i < len(words) - 1 and load_titles().lookup(words[i]) is not None:
        i += 1
    return words[i:]


def _link_partials(text: str, found: list[_Name]) -> list[_Name]:
    """A one-word name that is part of exactly one longer person's name is that person; so is a shorter name
    that begins exactly one longer name introduced earlier ("Akhtar Mohammad" after "Mullah Akhtar Mohammad
    Mansur") in a later sentence. A shorter name met first, or in the same sentence, is its own person: "Mr Baz
    Mohammad, who fled" is not the district chief "Baz Mohammad Dawar" named after him."""
    owners = _owners([n for n in found if len(n.name.split()) > 1], text)
    bare = {n.name: _bare_words(n.name) for n in found}
    # people by the opening words of their names (two words or more, short of the whole name)
    by_opening: dict[tuple[str, ...], list[_Name]] = {}
    for o in found:
        if o.type == "person":
            for k in range(2, len(bare[o.name])):
                by_opening.setdefault(tuple(bare[o.name][:k]), []).append(o)
            if len(bare[o.name]) > 2:  # "Tareq Saleh" after "Tareq Mohammed Abdullah Saleh": given and family name
                by_opening.setdefault((bare[o.name][0], bare[o.name][-1].rstrip(".")), []).append(o)
    folded: dict[str, set[str]] = {}
    for word, names in owners.items():  # "Al-Zamel" opening a sentence is the "al-Zamel" of the text
        folded.setdefault(word.casefold(), set()).update(names)
    out = []
    for n in found:
        full = owners.get(n.name) or folded.get(n.name.casefold())
        if (n.type == "person" or n.extractor == MODEL_EXTRACTOR) and full and len(full) == 1:
            out.append(_Name(n.start, n.end, next(iter(full)), "person", n.extractor))
            continue
        longer = {o.name for o in by_opening.get(tuple(bare[n.name]), ())
                  if o.end < n.start and o.name != n.name
                  and re.search(r"[.!?][\"”’]?\s", text[o.end:n.start])}  # not in the same sentence
        # the model's type is the one in doubt: a name it calls an organisation that is a person's short name is his
        person = n.type == "person" or (n.extractor == MODEL_EXTRACTOR and len(bare[n.name]) > 1)
        out.append(_Name(n.start, n.end, longer.pop(), "person", n.extractor)
                   if person and len(longer) == 1 else n)
    return out


def _same_spelling(found: list[_Name]) -> list[_Name]:
    """People of two words or more whose names are one spelling apart ("Hilal Hyder" after "Hilal Haider": the
    same ``translit_key``, word for word, and the same first letters) carry the name met first."""
    first: dict[tuple[str, ...], str] = {}
    out = []
    for n in sorted(found, key=lambda n: n.start):
        words = _bare_words(n.name)
        if n.type != "person" or len(words) < 2:
            out.append(n)
            continue
        key = tuple(f"{w[:1].casefold()}{translit_key(w)}" for w in words)
        name = first.setdefault(key, n.name)
        out.append(n if name == n.name else _Name(n.start, n.end, name, n.type, n.extractor))
    return out


_INSIDE_RUN = re.compile(r"[A-Z][\w'\u2019.-]*[ \t]$")


def _partial_names(text: str, found: list[_Name], taken: list[tuple[int, int]]) -> list[_Name]:
    """Single words standing for one person already named in full: "Hekmat" after "Qari Hekmat"."""
    single = {word: next(iter(names)) for word, names in _owners(found, text).items() if len(names) == 1}
    if not single:
        return []
    spans = SpanIndex([(n.start, n.end) for n in found] + taken)
    # one pass for all the words: two different single words never overlap, so order does not matter
    words = sorted(single, key=lambda w: (-len(w), w))
    out = []
    for m in re.finditer(rf"(?<![\w-])(?:{'|'.join(map(re.escape, words))})(?![\w-])", text):
        # a word inside another run of capitalized words belongs to that name: "Tall" of "Jeremiah Tall"
        if not spans.overlaps(m.start(), m.end()) and not _INSIDE_RUN.search(text, max(0, m.start() - 30), m.start()):
            out.append(_Name(m.start(), m.end(), single[m.group()], "person"))
    return out


_LIST_CUE = re.compile(r"\b(?:such\s+as|including|like|namely|among\s+them|groups?|factions?|outfits?|"
                       r"organi[sz]ations?)\b", re.I)
_LIST_ITEM = re.compile(rf"\s*,\s*({_CAP_WORD}(?:[ -]{_CAP_WORD}){{0,3}})\s*"
                        r"(?:,\s*(?:and\s+|or\s+)?|,?\s+(?:and|or)\s+)$")
_LIST_TYPES = frozenset({"armed_group", "organization"})
_LIST_HEAD = re.compile(rf"\b(?:such\s+as|including|namely)\s+({_CAP_WORD}(?:[ -]{_CAP_WORD}){{0,3}})\s*,\s*$")


def find_list_members(text: str, mentions: list[Mention], sentences: tuple[tuple[int, int], ...]) -> list[Mention]:
    """An unknown name listed between two known names of one kind is of that kind: in "factions such as
    Lashkar-e-Jhangvi, Jundullah and Jamaat-ul-Ahrar", Jundullah is an armed group too."""
    out: list[Mention] = []
    # the statistical model's names neither pair nor block: its type of a listed name is the one in doubt
    ordered = sorted((m for m in mentions if m.extractor != MODEL_EXTRACTOR), key=lambda m: m.start)
    for a, b in itertools.pairwise(ordered):
        if a.type != b.type or a.type not in _LIST_TYPES or b.start - a.end > 60:
            continue
        item = _LIST_ITEM.match(text, a.end, b.start)
        sent = _sentence_of(a.start, sentences)
        if item is None or item.end() != b.start or sent["sent_start"] is None:
            continue
        if not _LIST_CUE.search(text, sent["sent_start"], a.start):
            continue
        name = item.group(1)
        if name.split()[0] in _NOT_NAMES or load_titles().lookup(name.split()[0]) is not None:
            continue
        out.append(Mention(start=item.start(1), end=item.end(1), text=name, type=a.type, extractor=EXTRACTOR,
                           version=VERSION, entity_key=f"doc:{a.type}:{normalize_key(name)}", name=name, **sent))
    taken = [(m.start, m.end) for m in ordered]
    for b in ordered:  # the first item: "such as Jaish Zaman, Lashkar-e-Taiba and ..."
        head = _LIST_HEAD.search(text, max(0, b.start - 60), b.start)
        if b.type not in _LIST_TYPES or head is None or any(s < head.end(1) and head.start(1) < e for s, e in taken):
            continue
        name = head.group(1)
        if name.split()[0] in _NOT_NAMES or load_titles().lookup(name.split()[0]) is not None:
            continue
        out.append(Mention(start=head.start(1), end=head.end(1), text=name, type=b.type, extractor=EXTRACTOR,
                           version=VERSION, entity_key=f"doc:{b.type}:{normalize_key(name)}", name=name,
                           **_sentence_of(b.start, sentences)))
    return out


_COORDINATION = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)")


def settle_model_names(text: str, mentions: list[Mention], listed: list[Mention]) -> list[Mention]:
    """``mentions`` less the statistical model's names that a list rule typed anew (``listed``, from
    :func:`find_list_members`) or that stand in a list of places ("Kabul, Herat and Mazar"): there the
    model's person or organisation is more likely an unplaced place, and unknown beats wrong."""
    ordered = sorted(mentions, key=lambda m: m.start)
    drop: set[int] = set()
    for i, m in enumerate(ordered):
        if m.extractor != MODEL_EXTRACTOR:
            continue
        if any(m.start < n.end and n.start < m.end for n in listed):
            drop.add(i)
            continue
        items = [n for n in _coordinated(text, ordered, i) if n is not m]
        if len(items) >= 2 and all(n.type == "location" and n.extractor != MODEL_EXTRACTOR for n in items):
            drop.add(i)
    return [m for i, m in enumerate(ordered) if i not in drop]


def _coordinated(text: str, ordered: list[Mention], i: int) -> list[Mention]:
    """The mentions in one coordination with ``ordered[i]`` ("A, B and C"), itself included."""
    lo = hi = i
    while lo > 0 and _COORDINATION.fullmatch(text, ordered[lo - 1].end, ordered[lo].start):
        lo -= 1
    while hi + 1 < len(ordered) and _COORDINATION.fullmatch(text, ordered[hi].end, ordered[hi + 1].start):
        hi += 1
    return ordered[lo:hi + 1]


def find_definitions(text: str, mentions: list[Mention],
                     sentences: tuple[tuple[int, int], ...]) -> tuple[list[Mention], dict[str, str]]:
    """Aliases defined inline after a name ("... Uzbekistan (IMU)", "(a.k.a. Abu Abdullah)").

    Returns new mentions of the alias wherever it recurs and no other mention stands, and a map of the keys of
    mentions that already named the alias to the key of the name it defines.
    """
    out: list[Mention] = []
    remap: dict[str, str] = {}
    spans = {(m.start, m.end): m for m in mentions}
    for m in mentions:
        if m.entity_key is None or m.type == "location":
            continue  # "Asadabad (Afghanistan)" gives a place's parent, not another name
        tail = text[m.end:m.end + 80]
        d = _DEFINITION.match(tail) or _AKA.match(tail)
        if d is None:
            continue
        alias = re.split(r"(?<=\w\w)\.\s", d.group(1).strip())[0].rstrip(",")  # not across a sentence's end
        if not _plausible_alias(alias, m.text):
            continue
        for hit in re.finditer(rf"(?<![\w-]){re.escape(alias)}(?![\w-])", text):
            same = [o for (a, b), o in spans.items() if a < hit.end() and hit.start() < b]
            if same:
                if (len(same) == 1 and same[0].text == alias
                        and (same[0].type == m.type or same[0].extractor == MODEL_EXTRACTOR)
                        and same[0].entity_key not in (None, m.entity_key)):
                    remap[str(same[0].entity_key)] = m.entity_key
                continue
            new = Mention(start=hit.start(), end=hit.end(), text=alias, type=m.type, extractor=EXTRACTOR,
                          version=VERSION, entity_key=m.entity_key, name=m.name, **_sentence_of(hit.start(), sentences))
            spans[hit.span()] = new
            out.append(new)
    return out, remap


def _plausible_alias(alias: str, name: str) -> bool:
    if re.fullmatch(r"[A-Z][A-Z\-]{1,7}", alias):  # an acronym: its letters appear as initials, in order
        initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", name)).upper()
        it = iter(initials)
        return all(ch in it for ch in alias.replace("-", ""))
    words = alias.split()
    return 1 <= len(words) <= 4 and all(w[0].isupper() for w in words)


def _mention(text: str, n: _Name, sentences: tuple[tuple[int, int], ...], model_version: str = "") -> Mention:
    key = f"doc:{n.type}:{normalize_key(n.name)}"
    version = model_version if n.extractor == MODEL_EXTRACTOR else VERSION
    return Mention(start=n.start, end=n.end, text=text[n.start:n.end], type=n.type, extractor=n.extractor,
                   version=version, entity_key=key, name=n.name, **_sentence_of(n.start, sentences))


def _sentence_of(pos: int, sentences: tuple[tuple[int, int], ...]) -> dict[str, int | None]:
    sent = sentence_at(sentences, pos)
    return {"sent_start": None, "sent_end": None} if sent is None else {"sent_start": sent[0], "sent_end": sent[1]}
