"""Word lists and precompiled patterns for :mod:`sitrep.nlp.timex`.

Month and weekday names are matched case-sensitively (capitalised), so the verb "may" and "a protest march" never
match; the relational words around them ("last", "ago", "early") are matched case-insensitively with scoped flags.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def _words(words: str) -> frozenset[str]:
    return frozenset(words.split())


FULL_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

MONTH_NUM: dict[str, int] = {name.lower(): i + 1 for i, name in enumerate(FULL_MONTHS)}
MONTH_NUM.update({name.lower()[:3]: i + 1 for i, name in enumerate(FULL_MONTHS)})
MONTH_NUM["sept"] = 9
WEEKDAY_NUM: dict[str, int] = {name.lower(): i for i, name in enumerate(WEEKDAYS)}

NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "a dozen": 12, "a few": 3, "several": 3, "a couple": 2, "a couple of": 2,
}  # fmt: skip
FUZZY_NUMBERS = frozenset({"a few", "several", "a couple", "a couple of"})

# Words that, right after a bare 4-digit number, make it a count rather than a year ("in 2000 troops").
COUNT_NOUNS = _words(
    """people persons troops soldiers fighters militants civilians men women children refugees families homes houses
    residents km kilometres kilometers miles metres meters feet ft tonnes tons dollars euros pounds percent cases
    deaths casualties rounds vehicles members police policemen officers insurgents rebels workers students prisoners
    detainees migrants times hours minutes days weeks months years units households bc bce hectares acres sq barrels
    shells rockets missiles bombs buildings villages strikes attacks operations votes seats voters protesters"""
)
# Words before "of" that make "of 2000" a quantity ("a total of 2000").
QUANTITY_WORDS = _words("total population number toll force crowd group least some estimated sum budget cost")
# Words right before a 4-digit number that make it a year candidate ("in 2015", "the 2015 elections").
YEAR_TRIGGERS = _words(
    """in since until till through throughout during from before after by of between around circa to and or early mid
    late year the end over than with for"""
)
# Words that, right before a clause-final bare 4-digit number, make it not a year: quantities ("more than 2000.",
# "a total of 2000.", "killed 2000."), references ("Issue 2009.", "page 2015,", "call 2009."), number words, and the
# year trigger words, on which YEAR_TRIG's rule decides ("between 1000 and 2000.").
_BARE_YEAR_STOP = _words(
    """than about over nearly some to of total around approximately almost roughly least most under just only exactly
    estimated up at numbered numbering totalled totaled totalling totaling reached reaching exceeded exceeding topped
    killed wounded injured displaced deployed page pages pp issue issues volume vol no nos number numbers num call tel
    telephone phone mobile fax ext extension box resolution resolutions article articles section chapter paragraph
    clause route highway road flight room code model version usd eur gbp afn pkr inr iqd syp rs hundred thousand
    million billion dozen"""
)
BARE_YEAR_STOP = _BARE_YEAR_STOP | YEAR_TRIGGERS | {w for w in NUMBER_WORDS if " " not in w}
POSSESSIVES = _words("the his her its their our my your")  # "the last year", "his last year" are not "last year"
NEWSPAPERS = _words("Times Telegraph Express Mirror Post Herald Sport Star Tribune Mail Independent")

S = r"[^\S\n]+"  # horizontal whitespace (a date never spans a line break)
_FULL = "|".join(FULL_MONTHS)
_ABBR = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
MONTH = rf"(?:(?:{_FULL}|{_FULL.upper()})\b|(?:{_ABBR})(?:\.|\b))"
FULL_MONTH = rf"(?:(?:{_FULL})\b|Sept\.)"
WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
YEAR = r"(?:19|20)\d\d(?!\d)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:]|\.\d|,\d{3})"
REL_YEAR = rf"(?P<ry>,?{S}(?:of{S})?(?i:last|this|next){S}(?i:year)\b)"
_NUMW = "|".join(sorted((w.replace(" ", S) for w in NUMBER_WORDS), key=len, reverse=True))


def _c(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _first(words: Iterable[str], fold: bool = False) -> str:
    """A lookahead of the letters ``words`` begin with (``fold``: in either case, as ``(?i:)`` reads them), to open
    a pattern whose every match begins with one of the words: the engine tries the pattern's alternatives only at
    positions that one set of letters lets through, not at every word boundary; it changes no match
    (tests/nlp/test_timex_first_letters.py)."""
    letters = "".join(sorted({w[0] for w in words}))
    return f"(?=(?i:[{letters}]))" if fold else f"(?=[{letters}])"


MDY = _c(
    rf"{_first(WEEKDAYS + FULL_MONTHS)}\b(?:(?P<wd>{WD}),?{S})?(?P<mon>{MONTH}){S}(?:the{S})?(?P<d>{DAY})"
    rf"(?:(?:,{S}?|{S})(?P<y>{YEAR})|{REL_YEAR})?"
)
DMY = _c(
    rf"(?=[\dMTWFS])(?<![\d.,/:-])(?:(?P<wd>{WD}),?{S}(?:the{S})?)?(?P<d>{DAY})(?:{S}of)?(?:{S}|-)(?P<mon>{MONTH})"
    rf"(?:(?:,?{S}|-)(?P<y>{YEAR})|{REL_YEAR})?"
)
MY = _c(rf"{_first(FULL_MONTHS)}\b(?P<mon>{MONTH}),?{S}(?:of{S})?(?P<y>{YEAR})")
ISO = _c(
    r"(?<![\d/.-])(?P<y>(?:19|20)\d\d)(?P<sep>[-/.])(?P<m>0?[1-9]|1[0-2])(?P=sep)(?P<d>[12]\d|3[01]|0?[1-9])"
    r"(?![\d/-]|\.\d)"
)
NUMERIC = _c(r"(?<![\d/.:-])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\d/]|[.-]\d)")
# "30 04 2019": two-digit day and month and a four-digit year, single spaces, not inside a longer run of numbers
NUMERIC_SPACED = _c(r"(?<![\d/.:,-])(?<!\d )(?P<a>\d\d)(?P<sep> )(?P<b>\d\d) (?P<y>(?:19|20)\d\d)(?![\d/]|[.,-]\d| \d)")
YEAR_TRIG = _c(
    _first(YEAR_TRIGGERS | {"c"}, fold=True)
    + r"(?:\b(?P<trig>(?i:" + "|".join(sorted(YEAR_TRIGGERS)) + r"))(?:" + S + r"|-)|\b[Cc]\." + S + r"?)"
    rf"(?P<y>{YEAR})(?![%]|[.,/-]\d|'\w\w|{S}(?:%|BCE?\b))"
)
# A year closing a clause after a plain word: "until his death 2009.", "the offensive that began 2014, officials said".
BARE_YEAR = _c(rf"\b(?P<w>[A-Za-z]+){S}(?P<y>{YEAR})(?=[.,;)](?!\d)|\s*\Z)")
YEAR_RANGE = _c(rf"(?<![\d/.-])(?P<y1>{YEAR})[-–](?P<y2>{YEAR})(?![\d-])")
DECADE = _c(
    rf"\b(?=[TtEeMmLl12])(?:(?P<the>[Tt]he){S})?(?:(?P<mod>(?i:early|mid|late))(?:{S}|-))?"
    rf"\b(?P<dec>(?:1[89]|20)\d)0s\b"
)
_MONTH_TRIGGERS = ("in|since|until|till|through|throughout|during|from|before|after|by|early|mid|late|last|next"
                   "|this|and|or|to|around|of|between|the|a|an|end")
BARE_MONTH = _c(
    _first(_MONTH_TRIGGERS.split("|"), fold=True) + r"\b(?P<trig>(?i:" + _MONTH_TRIGGERS + r"))(?:" + S + r"|-)"
    rf"(?P<mon>{FULL_MONTH})(?!,?{S}(?:\d\d?\b(?!,\d)|{YEAR})){REL_YEAR}?"
)
QUARTER = _c(
    rf"\b(?P<ord>(?i:first|second|third|fourth|final|last|1st|2nd|3rd|4th)){S}(?P<u>(?i:quarter|half))"
    rf"{S}of{S}(?:(?P<y>{YEAR})|(?P<rely>(?i:this|last|next|the){S}(?i:year)\b))"
)
QUARTER_CODE = _c(rf"\b(?P<u>[QH])(?P<q>[1-4])(?:{S}|-|/)?(?P<y>{YEAR})")
SOLAR_EXPLICIT = _c(
    rf"\b(?i:Afghan|Persian|Iranian|solar|Hijri{S}Shamsi)(?:{S}(?i:calendar|solar|fiscal))?{S}(?i:year)"
    rf"{S}(?:of{S})?(?P<sy>1[34]\d\d)\b"
)

# --- relative expressions -------------------------------------------------------------------------------------
SOLAR_REL = _c(
    rf"\b(?P<rel>(?i:the{S}past|the{S}last|last|the{S}previous|previous|this|the{S}current|current|next|the{S}next"
    rf"|the{S}coming|this{S}past)){S}(?i:Afghan|Persian|Iranian|solar(?:{S}hijri)?|Hijri{S}Shamsi)"
    rf"{S}(?i:(?:calendar{S}|solar{S}|fiscal{S})?year)\b"
)
SEASON = _c(
    rf"\b(?=[LlTtNnPpCcIiDdSsUuBbEeMmOoFfAaWw])(?:(?P<rel>(?i:last|this{S}past|this{S}coming|this|next|past|coming)){S}"
    rf"|(?P<trig>(?i:in|during|since|until|by|through|throughout|early|late|mid|of|over|from|before|after))(?:{S}|-)"
    rf"(?:(?i:the){S})?|(?i:the){S})?(?P<s>(?i:spring|summer|fall|autumn|winter))\b"
    rf"(?:{S}(?:of{S})?(?P<y>{YEAR})|{REL_YEAR})?(?P<tail>{S}of\b)?"
)
WEEKDAY = _c(
    r"\b(?=[LlNnTtCcPpMWFS])(?<!\bGood )(?<!\bBlack )(?<!\bBloody )(?<!\bHoly )(?<!\bPalm )(?<!\bEaster )"
    r"(?<!\bAsh )(?<!\bCyber )"
    rf"\b(?:(?P<rel>(?i:last|next|this{S}past|this{S}coming|this|coming|past)){S})?(?P<wd>{WD})\b"
    rf"(?:{S}(?P<pod>(?i:morning|afternoon|evening|night))\b)?"
)
DAYWORD = _c(
    rf"\b(?P<w>(?i:the{S}day{S}before{S}yesterday|the{S}day{S}after{S}tomorrow|yesterday|today|tomorrow|tonight"
    rf"|last{S}night|this{S}(?:morning|afternoon|evening)))\b(?:{S}(?P<pod>(?i:morning|afternoon|evening|night))\b)?"
)
REL_UNIT = _c(
    rf"\b(?=[LlTtNnCcEe])(?P<rel>(?i:this{S}past|this{S}coming|the{S}current|the{S}coming|earlier{S}this|later{S}this"
    rf"|earlier{S}last|later{S}last|earlier{S}next|later{S}next|last|this|next|current|coming))"
    rf"{S}(?P<u>(?i:weekend|week|month|year|quarter|decade))\b(?!-)"
)
END_OF = _c(
    rf"\b(?i:(?:the{S})?(?:very{S})?(?P<which>end|beginning|start|middle|close){S}of{S}the{S})"
    r"(?P<u>(?i:year|month|week))\b(?!-)"
)
AGO = _c(
    rf"\b(?=[AaSsNnRrMmLlOoUuJjBbEePpTtFfHhDdWwIiCc1-9])(?:(?P<approx>(?i:about|around|some|nearly|almost|roughly|approximately|more{S}than|less{S}than|over|under"
    rf"|just{S}over|just{S}under|at{S}least|barely|only|just|exactly|precisely)){S})?"
    rf"(?P<n>(?<![\d,.])\d{{1,3}}|(?i:{_NUMW}|many|some)){S}(?P<u>(?i:days?|weeks?|months?|years?|decades?|hours?"
    rf"|minutes?))(?P<half>{S}(?i:and{S}a{S}half))?{S}(?P<dir>(?i:ago|from{S}now))\b"
)
BARE_AGO = _c(rf"\b(?P<u>(?i:days|weeks|months|years|decades)){S}(?i:ago)\b")
RECENT = _c(
    rf"\b(?i:recently|(?:recent|the{S}(?:past|last){S}(?:few|several|couple{S}of)){S}"
    rf"(?:days|weeks|months|years|decades))\b"
)
FUTURE = _c(
    rf"\b(?i:(?:the{S})?(?:coming|next{S}few|next{S}several|next{S}couple{S}of){S}(?:days|weeks|months|years)"
    rf"|the{S}(?:near|foreseeable|distant){S}future|(?<=\bin )the{S}future)\b"
)
THE_WEEKEND = _c(rf"\b(?i:over|during|at|on){S}(?P<w>(?i:the){S}(?i:weekend))\b(?!-)")
NOW = _c(rf"\b(?i:right{S}now|now|currently|at{S}present|at{S}the{S}moment|nowadays|these{S}days|presently)\b(?!-)")

# --- context checks -------------------------------------------------------------------------------------------
MOD_PREFIX = _c(
    rf"(?i:(?:\b(?:the{S})?(?:very{S})?(?P<el>early|late)(?:{S}|-)|\b(?P<mid>mid)(?:{S}|-)"
    rf"|\b(?:the{S})?(?:very{S})?(?P<edge>end|beginning|start|middle|close|outset){S}of{S}|\b(?P<endh>end)-))$"
)
APPROX_PREFIX = _c(rf"(?i:\b(?:around|about|circa|approximately|roughly|c\.){S}?)$")
DATE_CONTEXT = _c(rf"(?:{YEAR}|{MONTH}|\b(?:spring|summer|fall|autumn|winter)\b)")
NEXT_WORD = _c(rf"(?:{S}|-)(?P<w>[A-Za-z]+)")
PREV_WORD = _c(rf"(?P<w>[A-Za-z]+){S}$")
