"""Page furniture in a news article: what is never evidence for an event (headlines of other stories, captions,
link text, photo credits) and where the story's body begins."""

from __future__ import annotations

import re
from functools import lru_cache

_END = re.compile(r"[.!?…:;\"”’')\]]\s*$")
_FURNITURE = re.compile(r"^\W*(?:\d{1,3}\]|(?:read\s+more|related|see\s+also|also\s+read|watch|video|photo|image|"
                        r"file\s+photo|caption|credit|advertisement|subscribe|sign\s+up|share|click|(?:screen\s*|video\s+)?grabs?\s+"
                        r"(?:from|of))\b)", re.I)  # "[1] Media reports ...": a footnote


def boilerplate(text: str, s: int, e: int) -> bool:
    """A sentence that is page furniture, not report: a line of its own without final punctuation and of no
    more than 25 words (a headline, caption or link), a "Read more" / "Photo:" line, a line of fields
    separated by bars, or a photo caption (its line ends with a photographer's credit, or the next line is one).
    A sentence is furniture when its line opens as furniture does ("Grab from a video ... . The victims ...")."""
    line_start = text.rfind("\n", 0, s) + 1  # a caption's later sentences belong to it too
    return furniture(text[s:e]) or bool(_FURNITURE.match(text[line_start:e].strip())) or _headline(text, s, e) \
        or caption(text, s, e)


# a photographer's credit closing a caption: "REUTERS/Jane Doe", "(Jane Doe / AFP/Getty Images)", "AP Photo/J. Doe"
_AGENCY = r"(?:REUTERS|Reuters|AFP|AP(?:\s+Photo)?|EPA(?:-EFE)?|Getty\s+Images|Anadolu(?:\s+Agency)?|Xinhua)"
_CREDIT = re.compile(rf"(?:\b{_AGENCY}\s*/\s*[A-Z][\w.'’ -]{{1,40}}|[A-Z][\w.'’ -]{{1,40}}\s*/\s*{_AGENCY}"
                     rf"(?:\s*/\s*Getty\s+Images)?)\)?[ \t]*$")


def caption(text: str, s: int, e: int) -> bool:
    line_end = text.find("\n", e - 1 if e > s else e)
    line_end = len(text) if line_end < 0 else line_end
    line_start = text.rfind("\n", 0, s) + 1
    if text.find("/", line_start, line_end) >= 0 and _CREDIT.search(text, line_start, line_end):
        return True  # (every credit holds a slash)
    following = text.find("\n", line_end + 1)
    next_line = text[line_end + 1:len(text) if following < 0 else following].strip()
    return bool(next_line) and next_line.startswith("(") and bool(_CREDIT.fullmatch(next_line[1:]))


def furniture(sentence: str) -> bool:
    return bool(_FURNITURE.match(sentence.strip())) or sentence.count("|") >= 2


def _headline(text: str, s: int, e: int) -> bool:
    sentence = text[s:e].strip()
    line_start = text.rfind("\n", 0, s) + 1
    line_end = text.find("\n", e)
    line = text[line_start:len(text) if line_end < 0 else line_end].strip()
    return line == sentence and len(sentence.split()) <= 25 and not _END.search(sentence)


def titles_caption(text: str, e: int) -> bool:
    """The line is a photo's title: the line after it is a caption."""
    line_end = text.find("\n", e)
    if line_end < 0:
        return False
    following = text.find("\n", line_end + 1)
    following = len(text) if following < 0 else following
    return following > line_end + 1 and caption(text, line_end + 1, following)


_BODY_LINE = re.compile(r"(?m)^[ \t]*(?:\S+[ \t]+){7,}[^\n]*[.!?\"”’)][ \t]*$")
# how every match of _BODY_LINE ends: a text with no line ending so is not searched for it (a long line that
# ends otherwise, a note's closing "[size=...]", costs _BODY_LINE a try of every split of its words)
_SENTENCE_LINE_END = re.compile(r"(?m)[.!?\"”’)][ \t]*$")


@lru_cache(maxsize=64)  # asked of the same text by the incidents and the lead sentences
def head_end(text: str) -> int:
    """Where the story's body begins: its first line of eight words or more ending as a sentence does."""
    m = _BODY_LINE.search(text) if _SENTENCE_LINE_END.search(text) else None
    return m.start() if m else len(text)


__all__ = ["boilerplate", "caption", "furniture", "head_end", "titles_caption"]
