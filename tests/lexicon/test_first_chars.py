"""A pattern behind the lookahead of its first characters (``lexicon.first_chars``) finds the same matches."""

from __future__ import annotations

import itertools
import re

import pytest

from sitrep.lexicon.first_chars import Opened, opened, opened_source, opening

# invented patterns of the shapes the coder's tables use: boundaries and lookbehinds before alternatives, optional
# openers, groups, case folding, categories, repeats
PATTERNS = [
    (r"\b(?:shot|killed|kills?|wounded)\s+(?:\w+\s+){0,2}?(?:men|guards?)\b", re.I),
    (r"(?<![\w-])(?:the\s+)?(?P<who>Kelvin|kiln|Sakura)s?\b", 0),
    (r"(?:^|(?<=[\s(]))(?:(?P<indef>an?\s+)|the\s+)?(?P<mods>(?:top|local)\s+)?(?P<role>chiefs?|heads?)\b", re.I),
    (r"\b(?:\d+|several|two)\s+(?:people|civilians)", re.I),
    (r"[.;,](?:\s|$)|\s(?:and|then)\s+\w+ed\b", 0),
    (r"\b(?:Dr|Mr|St)\.(?=\s+[A-Z])|\b(?:[A-Z]\.){2,}(?=\s+[a-zA-Z])", 0),
    (r"\b(?:a|b)*c+d", re.I),
    (r"(?:x?y?)?z\b", 0),
    (r"\bstrike(?=s?\b)", re.I),
]

WORDS = ["shot", "KILLED", "kills", "Kelvin", "\u212aelvin", "kiln", "the", "an", "a", "top", "LOCAL", "Chief",
         "heads", "12", "several", "people", "Civilians", "men", "guards", "and", "fired", "Dr.", "St.", "U.S.",
         "Sakuras", "abc", "cd", "CCD", "xyz", "z", "strike", "Strikes", "(", ",", ";", "-", "\u017fhot", "ſ"]


def _texts() -> list[str]:
    out = [" ".join(c) for n in (1, 2, 3) for c in itertools.product(WORDS[:14], repeat=n)][:3000]
    out += [" ".join(c) for c in itertools.product(WORDS[14:], repeat=2)]
    out += [", ".join(c) for c in itertools.product(WORDS[::3], repeat=3)]
    return out


def _all(rx: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in rx.finditer(text)]


@pytest.mark.parametrize(("source", "flags"), PATTERNS)
def test_opened_pattern_finds_the_same_matches(source: str, flags: int) -> None:
    plain = re.compile(source, flags)
    fast = opened(plain)
    assert fast.pattern.startswith("(?=[")  # each of these has an opening
    assert fast.groupindex == plain.groupindex and fast.groups == plain.groups
    for text in _texts():
        assert _all(fast, text) == _all(plain, text), text
        for pos in range(0, len(text), 3):
            got, want = fast.search(text, pos), plain.search(text, pos)
            assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups()))
            assert bool(fast.match(text, pos)) == bool(plain.match(text, pos))


def test_opening_reads_first_characters() -> None:
    assert opening(r"\bkill(?:ed)?", re.I) == "(?=[k])"
    assert opening(r"(?<!\w)(?:the\s+)?men", 0) == "(?=[tm])"
    assert opening(r"\b\d+ killed", 0) == r"(?=[\d])"
    assert opening(r"\b(?:a\w+|b)", 0) == "(?=[ab])"


@pytest.mark.parametrize("source", [
    "kill",  # a literal prefix the engine scans for already
    "[ab]x",  # a set of first characters it scans for already
    r"\b(?:[^a]b|c)",  # a negated class
    r"\b.x",  # any character
    r"\bx?",  # may match the empty string
    r"\b(?i:x)y",  # a group with its own flags
    r"(?i)\bx",  # global inline flags
    r"\b(?P<x>a)?(?P=x)b",  # a back reference may come first
])
def test_no_opening_where_it_cannot_be_read(source: str) -> None:
    assert opening(source, 0) is None
    assert opened_source(source, 0) == source


def test_no_opening_for_a_verbose_pattern() -> None:
    assert opening(r"\b(?:a|b)  # a comment", re.X) is None


def test_opened_table_searches_as_its_patterns() -> None:
    table = {n: re.compile(s, f) for n, (s, f) in enumerate(PATTERNS)}
    searcher = Opened("test-first-chars", table)
    for text in _texts()[::7]:
        for n, rx in table.items():
            got, want = searcher.search(n, text), rx.search(text)
            assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups()))


SENTENCES = [
    "Police fired tear gas to disperse protesters who had blocked the main road in the town.",
    "Gunmen shot dead two villagers and wounded a guard near the market on Monday.",
    "Residents staged a sit-in demanding the release of 3 detained teachers.",
    "An IED exploded under a patrol vehicle, killing a soldier; militants claimed the attack.",
    "Rioters looted shops and set fire to a police station after the arrest of a local chief.",
    "KILLED: the \u212aelvin family's \u017fon was abducted by armed men, and later released.",
]


def test_the_cue_tables_opened_patterns_find_the_same_matches() -> None:
    from sitrep.extract import event_cues

    table = event_cues._TABLE
    for name, rx in table.cues.items():
        sources = [rx.pattern, *table.sources["cue", name]]
        for source in sources:
            plain, fast = re.compile(source, rx.flags), re.compile(opened_source(source, rx.flags), rx.flags)
            for text in SENTENCES:
                assert _all(fast, text) == _all(plain, text), (name, text)
