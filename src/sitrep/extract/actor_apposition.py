"""Generic phrases a name beside them says who they are: the phrase is that named group, not an actor of its own.

* an indefinite phrase with a name in apposition: "a local militia, the Wolverine Watchmen,";
* armed men the text does not identify, with the group it presumes them to be in apposition: "unidentified gunmen,
  likely JNIM militants,", "an unknown armed group, presumably Ambazonian separatists," (ACLED codes the group a
  report attributes the event to, presumed or not: "presumed JNIM militants" are JNIM);
* the phrase a name before a copula is said to be: "X are the suspected attackers", "X was the likely perpetrator".
"""

from __future__ import annotations

import re

_INDEFINITE = re.compile(r"\b(?:an?|one)\s+(?:[\w-]+\s+){0,2}$", re.I)
_UNIDENTIFIED = re.compile(r"\b(?:unidentified|unknown)\b", re.I)
# the words between a phrase and the name in apposition ("a militia, the X"; "gunmen, likely X"; "gunmen, believed
# to be X"): a presumption only after armed men the text does not identify
_APPOSED = re.compile(r",\s*(?:the\s+)?", re.I)
_PRESUMED = re.compile(r",\s*(?:(?:most\s+)?likely|probably|possibly|presumably|reportedly|allegedly|suspected|"
                       r"presumed|(?:believed|suspected|presumed|assumed|thought|said)\s+to\s+(?:be|have\s+been))\s+"
                       r"(?:the\s+)?", re.I)
# "X are the suspected attackers", "X was the likely perpetrator": the name the copula's subject gives them
_NAMED_AS = re.compile(r"\s+(?:is|are|was|were)\s+(?:(?:the|also|likely|probably|reportedly|believed\s+to\s+be)\s+)*"
                       r"(?:(?:suspected|alleged|presumed|likely|probable)\s+)?", re.I)


def apposed_name(text: str, a: int, b: int, named: list[tuple[int, int]]) -> bool:
    """Whether the phrase text[a:b] ("a local militia", "unidentified gunmen") is followed by a name in apposition
    that says which group it is ("a local militia, the Wolverine Watchmen,", "unidentified gunmen, likely JNIM
    militants,"): the name's start among ``named`` (start, end) spans."""
    indefinite = _INDEFINITE.search(text, max(0, a - 30), a) is not None
    unidentified = _UNIDENTIFIED.search(text, max(0, a - 14), b) is not None
    for x, _ in named:
        if not b < x <= b + 40:
            continue
        if (indefinite and _APPOSED.fullmatch(text, b, x)) or (unidentified and _PRESUMED.fullmatch(text, b, x)):
            return True
    return False


def named_as(text: str, a: int, named: list[tuple[int, int]]) -> bool:
    """Whether the phrase at ``a`` ("the suspected attackers") is what a name before a copula is said to be."""
    return any(y <= a and _NAMED_AS.fullmatch(text, y, a) for _, y in named)


__all__ = ["apposed_name", "named_as"]
