"""The first-letter lookaheads of four date patterns (round 24) change no match: each pattern against the same
pattern without its lookahead, over invented phrases built from every word the patterns open with, in three cases,
with letters that fold to ASCII under ``(?i:)`` (the long s, the Kelvin sign)."""

from __future__ import annotations

import re

import pytest

from sitrep.nlp import timex_lex as lx

_GATED = {"MDY": lx.MDY, "MY": lx.MY, "YEAR_TRIG": lx.YEAR_TRIG, "BARE_MONTH": lx.BARE_MONTH}
_LOOKAHEAD = re.compile(r"\(\?=(?:\(\?i:)?\[[^\]]*\]\)?\)")

_WORDS = sorted(lx.YEAR_TRIGGERS) + lx._MONTH_TRIGGERS.split("|") + list(lx.FULL_MONTHS) + list(lx.WEEKDAYS) \
    + ["Sept.", "Jan", "c.", "C.", "ſince", "ſhe", "\u212aabul", "x", "9"]


def _phrases() -> list[str]:
    out = []
    for word in _WORDS:
        for form in (word, word.title(), word.upper()):
            for before in ("", "said ", "(", "-", "x"):
                out.append(f"{before}{form} 2015 and {form} March 2014, {form} May 3, 2016.")
                out.append(f"{before}{form}-March, Monday, {form} June 7 {form} 1999")
    return out


def _ungated(pattern: re.Pattern[str]) -> re.Pattern[str]:
    lookahead = _LOOKAHEAD.match(pattern.pattern)
    assert lookahead is not None
    return re.compile(pattern.pattern[lookahead.end():], pattern.flags)


@pytest.mark.parametrize("name", sorted(_GATED))
def test_a_first_letter_lookahead_keeps_every_match(name: str) -> None:
    gated = _GATED[name]
    plain = _ungated(gated)
    for text in _phrases():
        assert [(m.span(), m.groupdict()) for m in gated.finditer(text)] == \
            [(m.span(), m.groupdict()) for m in plain.finditer(text)], text


def test_the_lookahead_folds_as_the_words_do() -> None:
    # "ſince" is "since" to (?i:), so the letters' lookahead must let the long s through
    assert lx.YEAR_TRIG.search("ſince 2015")
    assert lx.BARE_MONTH.search("ſince March")
    # names are case-sensitive: a lower-case weekday is not read, the month after it is
    found = lx.MDY.search("monday March 3")
    assert found is not None and found.group() == "March 3"
