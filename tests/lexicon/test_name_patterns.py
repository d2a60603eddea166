"""The names' alternation grouped by first letter matches what the plain alternation matches (invented names)."""

from __future__ import annotations

import itertools
import re

import pytest

from sitrep.lexicon.name_patterns import first_letter_alternation

NAMES = sorted(["Abar", "Abar Union", "Ab", "Bel", "Belo", "Belo Party", "B", "UDP", "UD", "U.D.", "Kora's", "Kor",
                "Zed-Ta"], key=len, reverse=True)
WORDS = ["Abar", "Union", "Ab", "Bel", "Belo", "Party", "B", "UDP", "UD", "U.D.", "Kora's", "Kor", "Zed-Ta", "x",
         "-", "'s", "s", ",", "of"]


def _texts() -> list[str]:
    out = []
    for n in (1, 2, 3):
        for words in itertools.product(WORDS, repeat=n):
            out += [" ".join(words), "".join(words), "-".join(words)]
    return out


@pytest.mark.parametrize(("not_before", "after"), [(r"[\w-]", r"(?![\w-])"), (r"[\w.'’-]", r"(?:['’]?s)?(?![\w-])")])
def test_grouped_alternation_matches_as_plain(not_before: str, after: str) -> None:
    plain = re.compile(rf"(?<!{not_before})(" + "|".join(map(re.escape, NAMES)) + ")" + after)
    grouped = re.compile("(" + first_letter_alternation(NAMES, not_before) + ")" + after)
    for text in _texts():
        assert [(m.span(), m.group(1)) for m in grouped.finditer(text)] == \
            [(m.span(), m.group(1)) for m in plain.finditer(text)], text


def test_pattern_opens_with_its_first_letters() -> None:
    source = first_letter_alternation(["Kor", "Abar", "Ab"], r"[\w-]")
    assert source == r"(?:K(?<![\w-].)(?:or)|A(?<![\w-].)(?:bar|b))"
    assert re.compile(source).search("in Abar") is not None


def test_empty_name_refused() -> None:
    with pytest.raises(ValueError):
        first_letter_alternation(["Kor", ""], r"[\w-]")
