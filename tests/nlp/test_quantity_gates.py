"""The first-letter lookaheads of the quantity patterns (round 23c) change no match: each gated pattern against the
same pattern without its gate, over invented phrases built from every word the patterns know, in three cases."""

from __future__ import annotations

import re

import pytest

from sitrep.nlp import quantities as q

_WORDS = [w for p, _ in q._QUALIFIERS for w in re.sub(r"\\s\+", " ", p).split("|")] \
    + list(q._ONES) + list(q._TENS) + list(q._VAGUE) \
    + ["a", "an", "another", "half a dozen", "a dozen", "two hundred", "a thousand and five", "twenty-one", "7",
       "1,200", "3.5", "٣"] \
    + ["jan", "January", "feb", "sept", "Sep", "may", "district", "PD", "precinct", "corps", "kandak", "brigade",
       "division", "battalion", "no.", "number", "route", "highway", "zone", "police district", "ward", "block",
       "unit", "sector", "phase", "page", "article", "chapter", "section", "resolution", "gate", "km", "kilometre",
       "the", "bus", "Kelvin", "ſome", "Ⅸ", "year", "quick"]


def _ungated(pattern: re.Pattern[str], gate: str) -> re.Pattern[str]:
    assert gate in pattern.pattern
    return re.compile(pattern.pattern.replace(gate, "", 1), pattern.flags)


def _phrases() -> list[str]:
    out = []
    for word in _WORDS:
        for form in (word, word.title(), word.upper()):
            for before in ("", "said ", "(", "-", "x", "on 3 "):
                out.append(f"{before}{form} 12 people were killed")
                out.append(f"{before}{form} soldiers, {form}")
    return out


@pytest.mark.parametrize("text", _phrases())
def test_the_figure_gate_keeps_every_match(text: str) -> None:
    plain = _ungated(q._FIGURE, q._FIGURE_FIRST)
    assert [(m.span(), m.groupdict()) for m in q._FIGURE.finditer(text)] == \
        [(m.span(), m.groupdict()) for m in plain.finditer(text)]


@pytest.mark.parametrize("text", _phrases())
def test_the_date_gate_keeps_every_match(text: str) -> None:
    plain = _ungated(q._DATE_BEFORE, q._DATE_FIRST)
    for end in range(len(text) + 1):
        before = text[max(0, end - 25):end]
        got, want = q._DATE_BEFORE.search(before), plain.search(before)
        assert (got and got.span()) == (want and want.span())
