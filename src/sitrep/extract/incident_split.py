"""One sentence, two incidents: where a lead that reports two happenings starts telling the second.

News leads often pack two incidents into one sentence: "A suicide bomb killed 12 fighters north of the capital
on Wednesday and a series of bombings in the capital killed six people", "another ranger was killed in a
shootout in A, while a grocer was gunned down the previous day", "gunmen killed an official before detonating a
car bomb that killed three other people". The language states two incidents when a coordinated clause has its
own subject that names another happening (an indefinite event noun: "a series of bombings", "a roadside bomb")
with its own casualties, or its own victims at another time; or when a gerund clause ("before detonating ...")
names a second weapon with its own casualties. A clause that only adds victims to the same act ("and a civilian
was wounded") does not part the sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sitrep.dates import parse_iso_day, shift_days
from sitrep.records import TimeExpression

_EVENT_NOUN = (r"(?:attacks?|strikes?|air\s?strikes?|drone\s+strikes?|blasts?|bombs?|bombings?|explosions?|"
               r"ambush(?:es)?|raids?|clash(?:es)?|shootings?|shootouts?|gunfights?|firefights?|shelling|"
               r"rockets?|mortars?|grenades?|missiles?|suicide\s+bombers?|car\s+bombs?|roadside\s+bombs?|"
               r"landmines?|mines?|IEDs?)")
_CASUALTY = (r"(?:killed|killing|wounded|wounding|injured|injuring|left\s+\w+\s+(?:people\s+)?dead|"
             r"claimed\s+the\s+lives)")
_INDEFINITE = (r"(?:a|an|another|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+")
_WORDS = r"(?:[\w'’-]+\s+)"
# "... and a series of bombings in the capital killed six people"
_AND_EVENT = re.compile(rf"(?:,\s*|\s+)(?:and|while|as)\s+(?={_INDEFINITE}{_WORDS}{{0,4}}?{_EVENT_NOUN}\b"
                        rf"[^,;]{{0,80}}?\b{_CASUALTY}\b)", re.I)
# "..., while a grocer was gunned down in broad daylight the previous day": other victims at another time
_AND_VICTIMS_THEN = re.compile(rf"(?:,\s*|\s+)(?:and|while)\s+(?={_INDEFINITE}{_WORDS}{{1,4}}?(?:was|were)\s+"
                               rf"(?:\w+\s+)?(?:killed|shot\s+dead|gunned\s+down|beheaded|stabbed\s+to\s+death)\b"
                               rf"[^,;]{{0,60}}?\b(?:the\s+(?:previous|following|next)\s+day|the\s+day\s+(?:before|"
                               rf"after)|(?:a\s+day|\w+\s+days)\s+(?:earlier|later))\b)", re.I)
# "... before detonating a car bomb that killed three other people"
_THEN_WEAPON = re.compile(rf"\s+(?:before|after|then)\s+(?=(?:detonating|setting\s+off|firing|launching|"
                          rf"planting|triggering|blowing\s+up)\s+{_INDEFINITE}{_WORDS}{{0,3}}?{_EVENT_NOUN}\s+"
                          rf"(?:that|which)\s+(?:\w+\s+)?{_CASUALTY}\b)", re.I)
_FIRST_HAS_CASUALTY = re.compile(rf"\b(?:{_CASUALTY}|shot\s+dead|gunned\s+down|(?:was|were)\s+killed)\b", re.I)


def second_incident(sentence: str) -> int | None:
    """Where the sentence starts telling a second incident (an offset into it, after the conjunction), or None
    when it tells one. The first part must report casualties of its own."""
    for rx in (_AND_EVENT, _AND_VICTIMS_THEN, _THEN_WEAPON):
        for m in rx.finditer(sentence):
            if _FIRST_HAS_CASUALTY.search(sentence, 0, m.start()):
                return m.end()
    return None


def split_told(text: str, sents: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], set[tuple[int, int]]]:
    """The sentences with each one that tells two incidents cut in two; and the second parts (each opens an
    incident of its own)."""
    out: list[tuple[int, int]] = []
    seconds: set[tuple[int, int]] = set()
    for s, e in sents:
        k = second_incident(text[s:e])
        if k is None:
            out.append((s, e))
            continue
        out += [(s, s + k), (s + k, e)]
        seconds.add((s + k, e))
    return out, seconds


# the second incident's day told against the first one's: "the previous day", "a day later", "two days earlier"
_DAYS_APART = re.compile(r"\b(?:the\s+(?P<back>previous|following|next)\s+day|the\s+day\s+(?P<rel>before|after)|"
                         r"(?P<n>a|one|two|three)\s+days?\s+(?P<dir>earlier|before|later|after)(?!\s+\w+ing\b|"
                         r"\s+(?:the|a|an|his|her|their|its)\b))", re.I)
_N = {"a": 1, "one": 1, "two": 2, "three": 3}


def second_day(part: str, first: TimeExpression | None) -> TimeExpression | None:
    """The day of a sentence's second incident: the first one's, moved as the part tells ("while a grocer was
    gunned down the previous day": a day before); the first one's unless the first has a day and the part a shift."""
    m = _DAYS_APART.search(part)
    day = parse_iso_day(first.value) if first is not None and first.precision == "day" and first.value else None
    if m is None or day is None or first is None:
        return first
    if m.group("back"):
        days = -1 if m.group("back").lower() == "previous" else 1
    elif m.group("rel"):
        days = -1 if m.group("rel").lower() == "before" else 1
    else:
        days = _N[m.group("n").lower()] * (-1 if m.group("dir").lower() in ("earlier", "before") else 1)
    moved = shift_days(day, days)
    return replace(first, value=moved.isoformat(), text=f"{first.text} ({m.group()})") if moved else first


_STOP = frozenset(re.findall(r"\w+", """the and that this with from were was have has had been their they them said
says told after before when where which while into over about near other more three four five people"""))


def _words(text: str) -> set[str]:
    return {w.rstrip("s") for w in re.findall(r"[a-z][\w'’-]{3,}", text.lower()) if w not in _STOP}


def closer_to_first(sentence: str, kind: str | None, first: tuple[str, str], second: tuple[str, str]) -> bool:
    """A sentence after a two-incident lead tells of the first incident rather than the second: it reports the
    first one's kind of happening (``kind``: its cue's sub-type, if any) or shares more words with it
    ("The militia fighters were killed when ..." after "killed 12 militia fighters ... and a series of bombings
    killed six people"). ``first``, ``second``: each part's text and sub-type."""
    def score(part: tuple[str, str]) -> int:
        return 2 * (kind is not None and kind == part[1]) + len(_words(sentence) & _words(part[0]))
    return score(first) > score(second)


__all__ = ["closer_to_first", "second_incident", "split_told"]
