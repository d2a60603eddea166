"""Reported figures in news prose: "at least 12 police officers were killed", "dozens of fighters".

``find_quantities`` returns one :class:`~sitrep.records.Figure` per figure, with its qualifier
(``at least`` -> ``at_least``, ``nearly``/``up to`` -> ``at_most``, ``more than``/``over`` ->
``more_than``, ``about`` -> ``about``), its value (digits with commas, number words, "a dozen",
"dozens" = 12, "scores" = 20, "hundreds" = 100) and what it counts: the casualty status when one is
attached ("killed", "wounded", "arrested", "abducted", "missing"), else the counted noun
("fighters", "schools"). Parts joined by "and" that share one noun ("three French and four Uzbek
fighters") also yield their sum, whose span covers the parts. Years, dates, ages ("a 25-year-old"),
clock times, ordinals ("5th") and numbered districts or units ("District 5", "Corps 205") are not
figures.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sitrep.lexicon.first_chars import opened
from sitrep.records import Figure

_ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
_VAGUE = {"dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000}
_WORDNUM = (r"(?:(?:" + "|".join(_TENS) + r")(?:[-\s](?:" + "|".join(k for k in _ONES if _ONES[k] < 10 and k != "zero")
            + r"))?|" + "|".join(sorted(_ONES, key=len, reverse=True)) + r")")
_NUMBER = (
    r"(?P<num>\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?"
    r"|(?:a|one|two|three|four|five|six|seven|eight|nine)\s+(?:hundred|thousand)(?:\s+(?:and\s+)?" + _WORDNUM + r")?"
    r"|half\s+a\s+dozen|a\s+dozen|" + _WORDNUM
    + r"|(?:dozens|scores|hundreds|thousands)(?=\s+(?:of|more)\b)|dozens|an?(?=\s)|another(?=\s+[a-z]))"
)
_QUALIFIERS = [
    (r"at\s+least|no\s+fewer\s+than|a\s+minimum\s+of", "at_least"),
    (r"more\s+than|over|upwards\s+of|in\s+excess\s+of", "more_than"),
    (r"nearly|almost|up\s+to|as\s+many\s+as|less\s+than|fewer\s+than|under", "at_most"),
    (r"about|around|approximately|roughly|some|an\s+estimated|estimated|close\s+to|nearly\s+about", "about"),
]
_QUAL = "|".join(f"(?P<q{i}>{p})" for i, (p, _) in enumerate(_QUALIFIERS))
# The letters a figure or a qualifier can begin with, and those of a date's or a unit's word before a figure: a
# lookahead of them, first in a pattern that must try many words at every position (``re.I`` scans for no set of
# letters), rules out most positions at once; it changes no match (tests/nlp/test_quantity_gates.py).
_FIGURE_FIRST = r"(?=[\dacdefhilmnorstuz])"
_DATE_FIRST = r"(?=[\dabcdfghjkmnoprsuwz])"
_FIGURE = re.compile(rf"(?<![\w.,:/-]){_FIGURE_FIRST}(?:(?:{_QUAL})\s+)?{_NUMBER}(?![\w]|[.:/]\d|,\d{{3}})", re.I)

_MONTHS = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
           r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
_DATE_BEFORE = re.compile(rf"{_DATE_FIRST}(?:\b(?:{_MONTHS})\.?[\s-]*|\d[\s/.-]|(?:district|pd|precinct|corps|kandak"
                          rf"|brigade|division|battalion|no\.?|number|route|highway|zone|police\s+district|ward|block|unit"
                          rf"|sector|phase|page|article|chapter|section|resolution|gate|km|kilometre)\s*-?\s*)$", re.I)
_AFTER_NOT = re.compile(
    rf"^(?:\s*(?:-|\s)?(?:year|month|week|day|hour|minute)s?[-\s]old\b|\s*(?:-|\s)(?:year|month)[-\s]|"
    rf"(?:st|nd|rd|th)\b|\s*(?:a\.?m\.?|p\.?m\.?|GMT|hrs|o'clock)\b|\s*%|\s*percent\b|\s*per\s*cent\b|"
    rf"\s*[-/.]\s*\d|\s+\d{{1,2}}\s+\d{{4}}\b|-[A-Za-z]{{3,9}}-(?:19|20)\d\d\b|\s+\d{{4}}\b|\s*[-\s](?:{_MONTHS})\b|\s*(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|"
    rf"decades?|kilomet(?:er|re)s?|km|miles?|metres?|meters?|kg|tons?|tonnes?|dollars?|afghanis?|rupees?"
    rf"|million|billion|times)\b|\s*(?:bc|ad)\b)", re.I)
_MONEY_BEFORE = re.compile(r"(?:[$\u00a3\u20ac]|\b(?:rs|usd|afn)\.?\s*)$", re.I)
_AGE = re.compile(r"\baged?\s*$|\bage\s+of\s*$", re.I)

# what a figure counts: nouns (singular and plural), grouped into what the count means
_NOUNS = (
    "soldiers?|troops?|servicem[ae]n|police\\s+officers?|police(?:m[ae]n|wom[ae]n)?|officers?|guards?|commandos?"
    "|personnel|militants?|fighters?|insurgents?|rebels?|gunm[ae]n|attackers?|militiam[ae]n|members?|m[ae]n|wom[ae]n"
    "|marines?|rangers?"
    "|child(?:ren)?|boys?|girls?|civilians?|people|persons?|residents?|villagers?|students?|pupils?|teachers?"
    "|worshippers?|passengers?|workers?|employees?|journalists?|elders?|family\\s+members|relatives|others?"
    "|bodyguards?|recruits?|commanders?|suicide\\s+bombers?|bombers?|prisoners?|detainees?|hostages?|suspects?"
    "|labou?rers?|farmers?|shepherds?|clerics?|deminers?|doctors?|nurses?|aid\\s+workers?|officials?|staff"
    "|schools?|clinics?|houses?|homes?|shops?|vehicles?|tanks?|checkpoints?|check\\s*posts?|outposts?|posts?"
    "|bases?|villages?|districts?|families|households|weapons?|rockets?|mortars?|mines?|bombs?|ieds?|casualties"
    "|bodies|dead|killed|wounded|injured|arbaki|arbakis|sons?|daughters?|brothers?|wives|wife|tribesm[ae]n"
    "|protesters?|demonstrators?|rioters?|policem[ae]n"
)
_NOUN = re.compile(rf"\b(?:{_NOUNS})\b", re.I)
_STATUS_WORDS = {
    "killed": "killed", "dead": "killed", "died": "killed", "deaths": "killed", "lives": "killed",
    "slain": "killed", "executed": "killed", "beheaded": "killed", "martyred": "killed", "bodies": "killed",
    "wounded": "wounded", "injured": "wounded", "hurt": "wounded", "injuries": "wounded",
    "arrested": "arrested", "detained": "arrested", "captured": "arrested", "held": "arrested",
    "abducted": "abducted", "kidnapped": "abducted", "missing": "missing", "casualties": "casualties",
    "shot": "killed", "gunned": "killed", "blown": "killed",
}
_STATUS = (r"(?:killed\s+(?:and|or)\s+(?:wounded|injured)|killed|shot\s+dead|gunned\s+down|dead|died|slain|executed|"
           r"beheaded|martyred|blown\s+(?:apart|to\s+pieces)|"
           r"wounded|injured|hurt|arrested|detained|captured"
           r"|abducted|kidnapped|missing|lost\s+their\s+lives|casualties)")
# "... were killed", "... was reportedly killed and 3 wounded", "... dead"
_STATUS_AFTER = re.compile(
    rf"^[^.;:!?]{{0,60}}?\b(?:(?:were|was|have\s+been|has\s+been|had\s+been|are|is|got|being|all)\s+)?"
    rf"(?:(?:reportedly|reported|allegedly|also|later|subsequently|either|all|both|confirmed)\s+)*"
    rf"(?P<st>{_STATUS})\b", re.I)
_STATUS_BEFORE = re.compile(
    r"\b(?P<st>kill(?:ed|ing)\s+(?:and|or)\s+(?:injur|wound)\w*|(?:result(?:ed|ing|s)?\s+in|led\s+to|leading\s+to|caus(?:ed|ing))\s+the\s+"
    r"(?:killings?|deaths)\s+of(?:\s+the)?|"
    r"kill(?:ed|ing)|shot\s+dead|shooting\s+dead|"
    r"gunn(?:ed|ing)\s+down|wound(?:ed|ing)|injur(?:ed|ing)"
    r"|arrest(?:ed|ing)|detain(?:ed|ing)|captur(?:ed|ing)"
    r"|abduct(?:ed|ing)|kidnapp(?:ed|ing)|execut(?:ed|ing)|behead(?:ed|ing)|leaving|left|toll\s+(?:rose|climbed"
    r"|rises|stood|reached)\s+to|toll\s+of|toll\s+(?:is|was|at)|bodies\s+of|"
    r"(?:put|puts|putting|placed|places|set|sets)\s+the\s+(?:death\s+)?toll\s+(?:[^.;]{0,120}?\s)?at)\s+(?:(?:along|together)\s+with\s+|"
    r"alongside\s+)?(?:(?:all|only|another|a\s+further)\s+)?$",
    re.I)
_VERB_STATUS = {"kill": "killed", "result": "killed", "led": "killed", "lead": "killed", "caus": "killed",
                "shot": "killed", "shooting": "killed", "gunn": "killed",
                "wound": "wounded", "injur": "wounded", "arrest": "arrested", "detain": "arrested",
                "captur": "arrested", "abduct": "abducted", "kidnap": "abducted", "execut": "killed",
                "behead": "killed", "toll": "killed", "bodies": "killed", "put": "killed", "plac": "killed",
                "set": "killed"}
_BETWEEN_NUM_NOUN = re.compile(r"^(?:\s+(?:of\s+(?:the|them|whom|those)?|more|other|further|additional|[A-Z][\w'-]*"
                               r"|pro-government|government|security|local|armed|foreign|suspected|alleged|senior"
                               r"|militia|al-\w+|\"[^\"]{1,20}\"|[a-z]+-?[a-z]*))*?\s+", re.I)


def _value(num: str) -> int | None:
    s = " ".join(num.lower().replace("-", " ").split())
    if s in ("a", "an", "another"):
        return 1
    if s in _VAGUE:
        return _VAGUE[s]
    if s == "a dozen":
        return 12
    if s == "half a dozen":
        return 6
    if re.fullmatch(r"[\d,]+(?:\.\d+)?", s):
        try:
            return int(float(s.replace(",", "")))
        except ValueError:
            return None
    return _words_value(s)


def _words_value(s: str) -> int | None:
    """The value of a number in words ("two hundred and fifty"); None when a word is no number."""
    total, current = 0, 0
    for w in s.split():
        if w in ("and",):
            continue
        if w == "a":
            current = 1
        elif w in _ONES:
            current += _ONES[w]
        elif w in _TENS:
            current += _TENS[w]
        elif w == "hundred":
            current = max(current, 1) * 100
        elif w == "thousand":
            total += max(current, 1) * 1000
            current = 0
        else:
            return None
    return total + current


_ACTIVE_STATUS = frozenset({"killed", "wounded", "injured"})


def _noun_after(text: str, end: int) -> re.Match[str] | None:
    """The counted noun within a few words after ``end`` ("12 Afghan National Army soldiers")."""
    window = text[end:end + 60]
    stop = re.search(r"[.;:!?()]|,\s|\band\b|\bor\b|\bwere\b|\bwas\b|\bin\b|\bby\b|\bat\b|\bon\b|\bto\b|"
                     r"\bwhere\b|\bwho\b|\bwhich\b|\s\d", window)
    found = [m for m in _NOUN.finditer(window, 0, stop.start() if stop else len(window))
             if len(window[:m.start()].split()) <= 4]
    if not found:
        return None
    last = found[0]
    for m in found[1:]:  # the head is the last noun of a run: "two police checkpoints"
        if window[last.end():m.start()].strip():
            break
        if m.group().lower() in _ACTIVE_STATUS and _ACTIVE_OBJECT.match(text, end + m.end()):
            break  # "5 Taliban fighters killed 3 soldiers": the fighters did the killing
        last = m
    return last


def _status_after(text: str, end: int) -> str | None:
    """A status verb after a noun phrase, skipping coordinated figures ("and 6 militants were killed")."""
    m = _STATUS_AFTER.match(text[end:end + 120])
    if m is None:
        return None
    gap = text[end:end + m.start("st")]
    # stop at a clause boundary or another verb before the status word
    if re.search(r"[,;]\s+(?:while|and\s+\d|but|who|which)\b|\b(?:said|says|told|claimed)\b", gap, re.I):
        return None
    if re.search(r"\b(?:were|was)\b.*\b(?:were|was)\b", gap) or _OWN_VERB.search(gap):
        return None
    if re.search(r"\b(?:were|was|have|has|had)\s+(?!(?:reportedly|reported|allegedly|also|later|all|both|been|"
                 r"confirmed)\b)\w+", gap) \
            and not re.search(r"\b(?:were|was)\s+(?:reportedly\s+|reported\s+|allegedly\s+|also\s+|confirmed\s+)*$",
                              gap):
        return None
    if re.match(r"killed\s+(?:and|or)\s", m.group("st"), re.I):
        return "casualties"
    if _ACTIVE_OBJECT.match(text, end + m.end("st")) and not _PASSIVE.search(gap):
        return None  # "an IS bomber targeted the shrine and killed nearly 20": the figure is the agent
    word = m.group("st").lower().split()[0]
    return "killed" if word == "lost" else _STATUS_WORDS.get(word)


# "40 raiders, 9 of whom got away while 31 of them died": a relative clause with a verb of its
# own tells what the figure did; the status word further on is another figure's
_OWN_VERB = re.compile(r"\b(?:of\s+(?:whom|them)|who)\s+(?!(?:were|was|had|have|has|are|is|been|being|reportedly|"
                       r"later|also|all|both|allegedly|subsequently|confirmed)\b)[a-z]+\s", re.I)
_PASSIVE = re.compile(r"\b(?:were|was|been|are|is|got|being)\b", re.I)
_ACTIVE_OBJECT = re.compile(r"\s+(?:at\s+least\s+|nearly\s+|about\s+|around\s+|more\s+than\s+|over\s+|up\s+to\s+|"
                            r"some\s+)?(?:\d|an?\b|one|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|"
                            r"hundreds|several|many|the|his|her|their|its)", re.I)


def _status_before(text: str, start: int, qual_start: int) -> str | None:
    m = _STATUS_BEFORE.search(text[max(0, qual_start - 160):qual_start])
    if m is None:
        return None
    word = m.group("st").lower()
    if re.match(r"kill\w*\s+(?:and|or)\s", word):
        return "casualties"
    if word in ("leaving", "left"):
        return "left"
    for stem, status in _VERB_STATUS.items():
        if word.startswith(stem):
            return status
    return None


def _excluded(text: str, start: int, end: int, num: str) -> bool:
    before = text[max(0, start - 25):start]
    after = text[end:end + 25]
    if _DATE_BEFORE.search(before) or _AGE.search(before) or _MONEY_BEFORE.search(before):
        return True
    if _AFTER_NOT.match(after):
        return True
    # a year
    return bool(re.fullmatch(r"(?:1[89]|20)\d\d", num) and not re.match(r"\s+(?:" + _NOUNS + r")\b", after, re.I))


def _qualifier(m: re.Match[str], low: str) -> str:
    """The figure's qualifier ("at least", "nearly" ...); a vague number ("dozens") is at least."""
    qualifier = "exact"
    for i, (_, q) in enumerate(_QUALIFIERS):
        if m.group(f"q{i}"):
            qualifier = q
    if low in _VAGUE or low == "dozens":
        qualifier = "at_least" if qualifier == "exact" else qualifier
    return qualifier


def _no_figure(text: str, n_end: int, low: str, noun: re.Match[str] | None) -> bool:
    """An article or "one" that counts nothing: "a large number", "a dozen", "one dead"."""
    vague_a = re.match(r"\s+(?:large|small|big|huge|number|lot|group|few|couple|total|further|handful|dozen)\b",
                       text[n_end:n_end + 12])
    if low in ("a", "an", "another") and (noun is None or vague_a):
        return True
    # "one dead", "one of those killed", "a group killed", "a man killed by police" (told of whom?); not "left a
    # guard dead" (a victim's noun before the adjective)
    return low in ("a", "an", "one", "another") and noun is not None \
        and noun.group().lower() in ("dead", "killed", "wounded") \
        and (noun.group().lower() != "dead"
             or _VICTIM_THEN_STATUS.fullmatch(text, n_end, n_end + noun.start()) is None)


_VICTIM_THEN_STATUS = re.compile(rf"\s+(?:(?!(?:for|of|in|at|on|to|by|with|from)\b)[\w'-]+\s+)?(?:{_NOUNS})\s+",
                                 re.I)


# nouns of things, never of the dead or wounded: "an army post", "two vehicles"
_THINGS = re.compile(r"schools?|clinics?|houses?|homes?|shops?|vehicles?|tanks?|checkpoints?|check\s*posts?|outposts?|"
                     r"posts?|bases?|villages?|districts?|weapons?|rockets?|mortars?|mines?|bombs?|ieds?", re.I)


def _counts(text: str, m: re.Match[str], noun: re.Match[str] | None, np_end: int) -> str | None:
    """What a figure counts: the status its noun or a verb before or after it gives, else its noun (a thing's
    noun always: things are not casualties)."""
    if noun is not None and _THINGS.fullmatch(noun.group()):
        return noun.group().lower()
    counts: str | None = None
    if noun is not None and noun.group().lower() in _STATUS_WORDS:
        counts = _STATUS_WORDS[noun.group().lower()]
    before = _status_before(text, m.start("num"), m.start())
    after = _status_after(text, np_end)
    if after is not None and before is not None and before != "left" and re.match(
            r"\s*(?:were|was)\b", text[np_end:np_end + 8]):
        before = None  # "killed 2 were wounded": the figure's own verb follows it
    if counts is None:
        counts = after if before == "left" else before or after
    if counts is None and noun is not None:
        counts = noun.group().lower()
    return counts


# "according to a resident, one of those killed was ...": the one who tells, no victim
_SOURCE_BEFORE = re.compile(r"\b(?:according\s+to|quoting|citing)\s+$", re.I)


# the full stops of titles and initialisms ("Brig. Gen.", "U.S."), read as spaces so they end no phrase
# (behind a lookahead of the letters its matches begin with: ``lexicon.first_chars``)
_ABBREVIATION = opened(re.compile(r"\b(?:Brig|Gen|Col|Lt|Maj|Capt|Sgt|Cpl|Pvt|Adm|Gov|Sen|Rep|Dr|Mr|Mrs|Ms|Mt|St|Sr|"
                                  r"Jr)\.(?=\s+[A-Z])|\b(?:[A-Z]\.){2,}(?=\s+[a-zA-Z])"))


def _unabbreviated(text: str) -> str:
    return _ABBREVIATION.sub(lambda m: m.group().replace(".", " "), text)


def find_quantities(text: str) -> list[Figure]:
    """Figures in ``text`` in order, each with value, qualifier, text span and what it counts."""
    return list(_quantities(text))


@lru_cache(maxsize=512)  # a note's one sentence is also its whole text: the claims and the fatalities read it
def _quantities(text: str) -> tuple[Figure, ...]:
    shown, text = text, _unabbreviated(text)  # same length: spans and texts are the given text's
    out: list[Figure] = []
    parts: list[tuple[Figure, bool]] = []  # (figure, has its own noun)
    for m in _FIGURE.finditer(text):
        num = m.group("num")
        n_start, n_end = m.start("num"), m.end("num")
        if _excluded(text, n_start, n_end, num):
            continue
        value = _value(num)
        low = num.lower()
        qualifier = _qualifier(m, low)
        noun = _noun_after(text, n_end)
        if _no_figure(text, n_end, low, noun):
            continue
        np_end = n_end + noun.end() if noun else n_end
        counts = _counts(text, m, noun, np_end)
        if _SOURCE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            counts = noun.group().lower() if noun is not None else None  # "according to a resident": a source
        if low in ("a", "an", "another") and counts not in _STATUS_WORDS.values():
            continue
        if noun is None and counts is None and not re.match(
                r"\s+(?:of\s+them|others?|more|were|was|have|had|are|[A-Z][\w-]*\s+and\s)\b", text[n_end:n_end + 20]):
            continue
        if out and counts not in _STATUS_WORDS.values() and out[-1].counts in ("killed", "wounded") \
                and out[-1].end is not None and re.fullmatch(r"\s*,?\s*(?:and|as\s+well\s+as)\s+",
                                                            text[out[-1].end:m.start()]) \
                and _status_before(text, out[-1].start or 0, out[-1].start or 0) is not None:
            counts = out[-1].counts  # "killed six soldiers and nine civilians": the verb counts both
        fig = Figure(value=value, qualifier=qualifier,  # type: ignore[arg-type]
                     text=shown[m.start():np_end], counts=counts, start=m.start(), end=np_end)
        # "three French and four Uzbek fighters": parts sharing one noun, and their sum
        if parts and noun is not None and not parts[-1][1]:
            prev = parts[-1][0]
            if prev.end is not None and re.fullmatch(r"\s+(?:[A-Z][\w-]*\s+)?and\s+", text[prev.end:m.start()]):
                out[-1] = Figure(value=prev.value, qualifier=prev.qualifier, text=prev.text, counts=counts,
                                 start=prev.start, end=prev.end)
                out.append(fig)
                total = (prev.value or 0) + (value or 0)
                out.append(Figure(value=total, qualifier=prev.qualifier, text=shown[prev.start or 0:np_end],
                                  counts=counts, start=prev.start, end=np_end))
                parts.append((fig, True))
                continue
        out.append(fig)
        parts.append((fig, noun is not None))
    return tuple(out)
