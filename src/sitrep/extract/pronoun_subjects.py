"""Whom a sentence's opening "They" takes up: the subject of the sentence before it. A fact of English: "Police beat
the marchers with batons. They also attacked reporters." tells of the police attacking reporters, not of a crowd that
turned violent. The crowd cues read a sentence-initial "they" as the crowd ("They threw stones at the police"); a
"They" that takes up a state force is blanked out for them, so it is no crowd's deed."""

from __future__ import annotations

import re

# a sentence's subject that is a state force, after an opening adverbial ("On 3 May,", "Later,"): "police",
# "anti-riot police", "the security forces", "soldiers", "officers", not a crowd joined to them ("protesters and
# police clashed": "they" are both)
_FORCE_SUBJECT = re.compile(
    r"(?:(?:on|in|at|around|late|early|later|earlier|meanwhile|then|afterwards|during)\b[^,.;]{0,40},\s*)?"
    r"(?:the\s+|some\s+|several\s+|many\s+|dozens\s+of\s+|\d+\s+)?"
    r"(?:(?!(?:and|or|with|by|of|from|who|were|was)\b)[\w-]+\s+){0,2}?"
    r"(?:police(?:m[ae]n|\s+officers|\s+forces)?|officers|security\s+(?:forces|officers|personnel|agents)|"
    r"soldiers|troops|(?:the\s+)?army|gendarmes|military|forces)\b"
    r"(?!\s+(?:and|or|&)\s)(?!,)", re.I)
_THEY = re.compile(r"(?:^|(?<=[.!?]\s))\s*(They)\b")
_SENTENCE_END = re.compile(r"[.!?]\s+")


def _previous_subject_is_force(text: str, at: int) -> bool:
    """The sentence that ends right before ``at`` opens with a state force as its subject."""
    before = text[:at].rstrip()
    ends = [m.end() for m in _SENTENCE_END.finditer(before)]
    start = ends[-1] if ends else 0
    return _FORCE_SUBJECT.match(before, start) is not None


def force_pronouns_blanked(text: str, start: int = 0, end: int | None = None) -> str:
    """``text[start:end]`` with every sentence-initial "They" that takes up a state force (the subject of the
    sentence before, in ``text``) blanked out, the same length."""
    end = len(text) if end is None else end
    out = text[start:end]
    for m in _THEY.finditer(text, start, end):
        a, b = m.span(1)
        if a > 0 and _previous_subject_is_force(text, a):
            out = out[:a - start] + " " * (b - a) + out[b - start:]
    return out


__all__ = ["force_pronouns_blanked"]
