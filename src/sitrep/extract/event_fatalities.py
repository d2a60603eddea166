"""An event's fatalities by ACLED's rules: the most conservative reported figure.

Deaths of different groups in one sentence add up ("4 soldiers and 6 militants were killed" is
10); when later sentences give another figure for the same group, the lower one is kept (a
claim of 25 does not replace "at least 12"). A sub-count ("including a commander") is not added.
"killed and wounded" without a split counts half, rounded down. A later sentence adds no new group when it
gives another source's account ("told reporters", "according to") or a bare figure naming no victims ("19 of
them"): that is the same toll told again. Vague words ("several",
"multiple") give no figure: value None, qualifier "unknown". Where the text itself states how the
figure is coded ("Fatalities are distributed across 2 events", "coded as 10"), that rules.
"""

from __future__ import annotations

import re
from typing import Literal, cast

from sitrep.nlp.quantities import find_quantities
from sitrep.records import Figure

Qualifier = Literal["exact", "about", "at_least", "more_than", "at_most", "unknown"]
_CATEGORIES = [
    ("state", re.compile(r"soldier|solider|troop|army|military|police|officer|commando|servicem|guard|personnel|"
                         r"arbaki|militia|uprising|nds|security", re.I)),
    ("rebel", re.compile(r"militant|taliban|fighter|insurgent|rebel|gunm|attacker|bomber|commander|daesh|is\b|"
                         r"islamic\s+state|member", re.I)),
    ("civilian", re.compile(r"civilian|child|women|woman|people|resident|villager|student|worshipper|passenger|"
                            r"famil|son|daughter|boy|girl|elder|worker|farmer|person", re.I)),
]
_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_SPLIT = re.compile(r"\b(?:(?:(?:additional|remaining|other|the|all|these|total\s+of)\s+)?(?P<extra>\d+)\s+)?"
                    r"fatalities\s+(?:are\s+|were\s+|have\s+"
                    r"been\s+)?(?:then\s+)?(?:coded\s+|distributed\s+|split\s+|divided\s+|spread\s+)+(?:equally\s+)?"
                    r"(?:across|over|between|among|into)\s+(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten)"
                    r"\s+events?", re.I)
_INLINE_SPLIT = re.compile(r"\(\s*(?:coded|distributed|split)\s+(?:across|over|between|among)\s+(?P<n>\d+|two|"
                           r"three|four|"
                           r"five)\s+events?\s*\)", re.I)
_CODED_AS = re.compile(r"\b(?:coded|counted|recorded)\s+(?:here\s+)?(?:as|to)\s+(?:half\s*,?\s*(?:rounded\s+down\s*)?"
                       r"\(\s*)?(?P<v>\d+)(?!\s*events)", re.I)
_ADDED = re.compile(r"\bcoded\s+as\s+(?P<v>\d+)\s+and\s+added\s+to\s+(?P<k>\d+)\s+known", re.I)
_HALF = re.compile(r"\b(?:coded|split|counted)\s+(?:as\s+|in\s+)?half\b", re.I)
_INCLUDING = re.compile(r"\b(?:including|among\s+(?:them|whom|the\s+dead)|of\s+whom|of\s+them)\s*(?:were\s+)?$", re.I)
_AMONG = re.compile(r"[^.;]{0,40}?\bamong\s+(?:the\s+)?(?:dead|killed|victims|those\s+killed|fatalities)", re.I)
# "at least seven foreign fighters—three French and four Uzbek militants—": the second figure itemizes the first
_BREAKDOWN = re.compile(r"\s*(?:[—–:(]|--|\s-\s)\s*(?:including\s+|of\s+whom\s+|namely\s+)?")
# a later sentence giving another source's figure ("a lawmaker told reporters that 15 soldiers were killed"): its
# figures for other victims are that source's account of the same toll, not more dead
_OTHER_SOURCE = re.compile(r"\b(?:told|according\s+to|reportedly|reports?\s+(?:said|say)|sources?\s+said)\b", re.I)
_CLAIMED = re.compile(r"\bclaim(?:ed|s|ing)?\b|\bsaid\s+(?:they|it)\s+(?:had\s+)?killed\b", re.I)


def _category(fig: Figure) -> str:
    for name, rx in _CATEGORIES:
        if rx.search(fig.text or ""):
            return name
    return "other"


# "killed an official and his companion": one person named with another joined by "and his/her/their ..."
_AND_ONE_MORE = re.compile(r"\s+and\s+(?:his|her|their|a|an|another|one)\s+(?!\d)[\w-]+(?:\s+[\w-]+)?\s*(?=[,.;]|$|"
                           r"\s+(?:in|on|at|near|before|after|while|as|when)\b)", re.I)


def _one_more(sentence: str, f: Figure) -> Figure:
    """A single victim ("an official") named with a companion ("and his companion"): two."""
    if f.value == 1 and f.end is not None and re.match(r"(?:an?|one)\s", f.text or "", re.I):
        m = _AND_ONE_MORE.match(sentence, f.end)
        if m is not None:
            return Figure(2, f.qualifier, sentence[f.start or 0:m.end()], f.counts, f.start, m.end())
    return f


# a person named as the one killed: "Fateh Khan was killed", "Wissam Hassan Taweel, a commander, was shot dead"
_NAMED_KILLED = re.compile(r"(?<![\w-])(?P<name>[A-Z][\w'’-]+(?:\s+(?:al-|el-|bin\s+|ibn\s+|de\s+)?[A-Z][\w'’-]+){1,3})"
                           r",?\s+(?:(?:a|an|the)\s+[^,;.]{1,60},\s+)?(?:was|has\s+been|had\s+been)\s+(?:reportedly\s+|"
                           r"also\s+|later\s+)?(?P<st>killed|shot\s+dead|assassinated|beheaded|executed|gunned\s+down|"
                           r"stabbed\s+to\s+death)\b")
_NOT_A_NAME = re.compile(r"(?:The|A|An|In|On|At|This|That|Police|Security|Army|Government|Military|Officials?)\b")
# "... was killed along with at least one other person": the others and the one named
_ALONG_WITH = re.compile(r"\b(?:was|has\s+been)\s+(?:\w+\s+){0,2}?(?:killed|shot\s+dead)\b[^.;]{0,60}?\b(?:along|"
                         r"together)\s+with\s+$")


# a figure told in a clause about another place or time of the story ("in an area where 69 civilians were killed
# in an ambush last week"): another incident's dead
_ELSEWHERE = re.compile(r"\b(?:where|when|in\s+which)\s+(?:\w+\s+){0,3}$", re.I)
_ANOTHER_TIME = re.compile(r"[^,;.]{0,80}?\b(?:last\s+(?:week|month|year)|earlier\s+this|(?:days|weeks|months|years)\s+"
                           r"ago|in\s+(?:19|20)\d\d)\b", re.I)


# one person told killed by a noun no figure reads ("a local baker was gunned down", "an elderly trader was
# shot dead"): one
_ONE_KILLED = re.compile(r"(?<![\w-])(?:[Aa]n?|[Oo]ne)\s+(?:(?!(?:and|or|of|who|which|that|with)\b)[\w'’-]+\s+){1,3}"
                         r"(?:was|has\s+been|had\s+been)\s+(?:reportedly\s+|also\s+|later\s+)?(?:killed|shot\s+dead|"
                         r"assassinated|beheaded|executed|gunned\s+down|stabbed\s+to\s+death|hacked\s+to\s+death)\b")


# "riots broke out after a driver was killed": the killing that set off what is told
_CAUSE_BEFORE = re.compile(r"\b(?:after|following|over|against|since)\s+$", re.I)


def _named_victim(sentence: str, figs: list[Figure]) -> list[Figure]:
    """A named person told killed counts one, with the others killed "along with" them; [] when figures already
    count the dead of that clause."""
    m = _NAMED_KILLED.search(sentence)
    if m is None or _NOT_A_NAME.match(m.group("name")):
        m = _ONE_KILLED.search(sentence)
        if m is None or figs or find_quantities(sentence) or _CAUSE_BEFORE.search(sentence, 0, m.start()):
            return []
        return [Figure(1, "exact", m.group(), "killed", m.start(), m.end())]
    if any((f.start or 0) < m.end() and m.start() < (f.end or 0) for f in figs):
        return []
    for f in find_quantities(sentence):
        if f.value is not None and f.start is not None and _ALONG_WITH.search(sentence, 0, f.start):
            return [Figure(f.value + 1, f.qualifier, sentence[m.start():f.end], "killed", m.start(), f.end)]
    return [Figure(1, "exact", m.group(), "killed", m.start(), m.end())]


def _sentence_figures(sentence: str) -> list[Figure]:
    """The sentence's death and casualty figures, less parts of a sum, sub-counts and itemizations; a person
    named as killed counts one."""
    figs = [_one_more(sentence, f) for f in find_quantities(sentence)
            if f.counts in ("killed", "casualties") and f.value is not None]
    if not any(f.counts == "killed" for f in figs):
        figs += _named_victim(sentence, figs)
    figs = [f for f in figs if not any(g is not f and (g.start or 0) <= (f.start or 0) and (f.end or 0)
                                       <= (g.end or 0) for g in figs)]  # parts of a sum
    figs = [f for f in figs if not _ELSEWHERE.search(sentence[max(0, (f.start or 0) - 40):f.start or 0])
            or not _ANOTHER_TIME.match(sentence, f.end or 0)]  # "in an area where 69 were killed last week"
    figs = [f for f in figs if not _INCLUDING.search(sentence[max(0, (f.start or 0) - 25):f.start or 0])
            and not _AMONG.match(sentence[f.end or 0:(f.end or 0) + 60])]
    figs = [f for f in figs if not any(g is not f and g.end is not None and f.start is not None
                                       and _BREAKDOWN.fullmatch(sentence[g.end:f.start])
                                       and (f.value or 0) <= (g.value or 0) for g in figs)]
    return figs


def _summed(per_cat: dict[str, Figure], casualties: list[Figure]) -> tuple[int | None, str, str | None]:
    """The total, qualifier and text of the kept figures: their sum, else half the first casualty figure."""
    total: int | None = None
    qualifier = "unknown"
    ftext: str | None = None
    if per_cat:
        total = sum(f.value or 0 for f in per_cat.values())
        quals = {f.qualifier for f in per_cat.values()}
        qualifier = quals.pop() if len(quals) == 1 else "at_least"
        ftext = "; ".join(f.text or "" for f in per_cat.values())
    elif casualties:
        total = (casualties[0].value or 0) // 2
        qualifier, ftext = "at_most", casualties[0].text
    return total, qualifier, ftext


def fatalities(text: str, sents: list[tuple[int, int]]) -> tuple[Figure, list[Figure]]:
    """The event's figure, and every distinct fatality figure its sentences give (for claims)."""
    per_cat: dict[str, Figure] = {}
    seen: list[Figure] = []
    casualties: list[Figure] = []
    for order, (s, e) in enumerate(sents):
        sentence = text[s:e]
        figs = _sentence_figures(sentence)
        claimed = bool(_CLAIMED.search(sentence))
        sentence_cats: dict[str, Figure] = {}
        for f in figs:
            f = Figure(f.value, f.qualifier, f.text, f.counts, s + (f.start or 0), s + (f.end or 0))
            seen.append(f)
            if f.counts == "casualties":
                casualties.append(f)
                continue
            cat = _category(f)
            if cat in sentence_cats:
                prev = sentence_cats[cat]
                sentence_cats[cat] = Figure((prev.value or 0) + (f.value or 0), prev.qualifier,
                                            f"{prev.text}; {f.text}", "killed", prev.start, f.end)
            else:
                sentence_cats[cat] = f
        other_source = order > 0 and bool(per_cat) and bool(_OTHER_SOURCE.search(sentence))
        for cat, f in sentence_cats.items():
            if cat in per_cat:
                if claimed or (f.value or 0) >= (per_cat[cat].value or 0):
                    continue
            elif per_cat and order > 0 and (claimed or other_source or cat == "other"):
                continue  # another source's account, or a figure that names no victims: the toll told again
            per_cat[cat] = f
    total, qualifier, ftext = _summed(per_cat, casualties)
    joined = " ".join(text[s:e] for s, e in sents)
    total = _stated_coding(joined, total)
    if total is not None and ftext is None:
        qualifier = "exact"
    figure = Figure(total, cast(Qualifier, qualifier), ftext, "killed") if total is not None \
        else Figure(None, "unknown", None, "killed")
    distinct: dict[int | None, Figure] = {}
    for f in seen:
        distinct.setdefault(f.value, f)
    return figure, list(distinct.values())


def _stated_coding(joined: str, total: int | None) -> int | None:
    """How the text says its figure is coded (ACLED's own notes): "coded as 10", "distributed across 2 events"."""
    added = _ADDED.search(joined)
    if added:
        return int(added.group("v")) + int(added.group("k"))
    coded = _CODED_AS.search(joined)
    split = _SPLIT.search(joined) or _INLINE_SPLIT.search(joined)
    if coded and not (split and split.start() < coded.start() and "here" not in coded.group()):
        return int(coded.group("v"))
    if _HALF.search(joined) and total is not None and not split:
        return total
    if split:
        n = int(split.group("n")) if split.group("n").isdigit() else _WORDS[split.group("n").lower()]
        extra = split.groupdict().get("extra")
        base = int(extra) if extra else total
        if base is None or n <= 0:
            return total
        return int(base / n + 0.5)
    return total
