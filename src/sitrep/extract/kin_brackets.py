"""Armed men a bracket after them says belong to a people, a clan or a clan's section ("armed youth (presumed to be
Agar Dinka)", "militia from the X area (presumed members of the Boor clan of the Balanda)", "cattle guards (presumed
to be of the Gun section of the Lou Nuer)").

Facts of ACLED's codebook, as its coding of pastoral violence (South Sudan's Dinka and Nuer sections) shows: armed men
of a people are that people's identity militia, named after the most precise group the text gives:

* a people or clan the country has (``data/countries/ethnic_groups.csv``): "Agar Clan Dinka Ethnic Militia";
* "the X clan of the Y": "X Clan Y Ethnic Militia (Country)";
* "the X section of the Y Z" (a section of clan Y of people Z): "X-Y Sub-Clan Militia (Country)".

The bracket names the men before it, in place of the area they come from ("militia from the Mapel area": the
Mapel communal militia only where no bracket says whose men they are). A bracket of units after a place's name
("Wulensi (Nanumba South, Northern)") says where the place lies, whatever people a district is named after.
"""

from __future__ import annotations

import re

from sitrep.lexicon import countries

_NAME = r"[A-Z][\w'’-]+"
# the men a bracket may identify, and what may stand between them and the bracket ("from the X area")
_MEN = (r"(?:armed\s+)?(?:militia(?:s|men|man)?|youths?|(?:cattle\s+)?(?:raiders|guards|keepers|herders|rustlers)|"
        r"attackers|assailants|gunmen|fighters|men|herdsmen|pastoralists)")
_MEN_WORDS = re.compile(rf"\b{_MEN}\b", re.I)
_BRACKET = re.compile(r"\(\s*(?:(?:presumed|likely|believed|suspected|assumed|reportedly|"
                      r"thought|said)\s+)?(?:(?:to\s+be|to\s+have\s+been)\s+)?(?:members\s+of\s+|of\s+)?(?:the\s+)?"
                      r"([^()]{3,120})\)", re.I)
_BEFORE = 80  # how far before its bracket the men may be named ("militia from the X area of Y state (...)")
_SECTION = re.compile(rf"({_NAME})\s+(?:section|sub-?clan)\s+of\s+(?:the\s+)?({_NAME})\s+({_NAME})")
_CLAN_OF = re.compile(rf"({_NAME})\s+clan\s+of\s+(?:the\s+)?({_NAME})\b")
_NAMES = re.compile(rf"{_NAME}(?:\s+{_NAME})*")
# a place's name right before a bracket of units ("in Wulensi (Nanumba South, Northern)"): the bracket gives where
# the place lies, not whose men they are, though a district is named after a people
_NAME_BEFORE = re.compile(rf"{_NAME}\s*$")


def _group(who: str, iso2: str) -> tuple[str, str] | None:
    """The (group, kind) of ACLED's identity militia a bracket's words name, for a country; None when they name
    no people, clan or section."""
    groups = countries.ethnic_groups()
    m = _SECTION.match(who)
    if m and any(iso2 in g.countries for n in (m.group(3), f"{m.group(2)} {m.group(3)}") if (g := groups.get(n))):
        return f"{m.group(1)}-{m.group(2)}", "sub_clan"
    m = _CLAN_OF.match(who)
    if m and (m.group(1) not in groups or iso2 in groups[m.group(1)].countries):
        return f"{m.group(1)} Clan {m.group(2)}", "ethnic"
    m = _NAMES.match(who)
    if m is None:
        return None
    words = m.group().split()
    for n in range(len(words), 0, -1):  # the longest known name the words begin with
        g = groups.get(" ".join(words[:n]))
        if g is not None and iso2 in g.countries:
            return g.acled_name, g.kind
    return None


def bracketed_kin(text: str, s: int, e: int, country: str | None) -> list[tuple[int, int, str, str]]:
    """The sentence's armed men a bracket after them identifies as a people's, clan's or section's (see module):
    (start, end, group, kind) each, the span from the men to the bracket's end; kind "ethnic", "clan", "tribal"
    or "sub_clan"."""
    c = countries.country(country)
    if c is None:
        return []
    out: list[tuple[int, int, str, str]] = []
    for m in _BRACKET.finditer(text, s, e):
        if "," in m.group(1) and _NAME_BEFORE.search(text, max(s, m.start() - 40), m.start()):
            continue
        found = _group(m.group(1).strip(), c.iso2)
        window = text[max(s, m.start() - _BEFORE):m.start()]
        window = window[max(window.rfind(x) for x in "().;\n") + 1:]
        men = list(_MEN_WORDS.finditer(window))  # the men nearest the bracket
        if found is not None and men:
            out.append((m.start() - len(window) + men[-1].start(), m.end(), *found))
    return out


__all__ = ["bracketed_kin"]
