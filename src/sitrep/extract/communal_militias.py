"""Communal militias: the armed men of a town, village or area, as ACLED names them ("Kaduna Communal Militia
(Nigeria)", "Belle Communal Militia (Benin)", "Unidentified Communal Militia (Sudan)").

Facts of ACLED's codebook: a militia that acts for a community, not for a party, a state or a rebel movement, is
a communal (identity) militia, named after the place it comes from when the text says which. Outside
Afghanistan and Pakistan (where the dictionary's pro-government militias are the usual ones) a bare "militia"
is not a government's: a text names the pro-government ones as such ("pro-government militia").

A place counts only where the embedded gazetteer knows it in the event's country: "Katsina militiamen" in a
Nigerian event, "villagers from Ori and Kariuw" in an Indonesian one.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sitrep.extract import event_country
from sitrep.extract.kin_brackets import bracketed_kin
from sitrep.lexicon import countries
from sitrep.nlp.matcher import default_matcher

# countries whose bare "militia" is the dictionary's pro-government militia (event_actors._ERA_KEYS)
PRO_GOVERNMENT_MILITIA_COUNTRIES = frozenset({"AF", "PK"})

_PLACE = r"[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2}"
_MILITIA = r"(?:communal\s+|community\s+|local\s+)?militia(?:s|men|man)?"
_ARMED_PEOPLE = rf"{_MILITIA}|armed\s+(?:men|youths?|fighters)|fighters|gunmen"
_PEOPLE = r"youths?|villagers|residents|inhabitants|people|farmers|members\s+of\s+the\s+communit(?:y|ies)"
# "Katsina militiamen", "a Niger militia"
_PLACE_BEFORE = re.compile(rf"\b({_PLACE})\s+(?:communal\s+)?militia(?:s|men|man)?\b")
# "militiamen from Odejo", "villagers from Ori and Kariuw villages", "residents from the villages of A and B",
# "fighters from A village and B" (armed men "of" someone are often a leader's: "fighters of Brig. Gen. X"; only
# "from" names their place); "the villages of A and B" says A and B are villages
_FROM_PLACE = re.compile(rf"\b(?:(?P<armed>{_ARMED_PEOPLE})\s+from|(?P<people>{_PEOPLE})\s+(?P<join>from|of))\s+"
                         rf"(?:the\s+)?(?P<named>(?:villages?|communit(?:y|ies)|towns?)\s+of\s+)?"
                         rf"(?P<first>{_PLACE})(?!\.\s*[A-Z])(?:\s+(?:village|town)(?=\s+(?:and|&)\s))?"
                         rf"(?:\s+(?:and|&)\s+(?P<second>{_PLACE}))?")

# a militia the text calls communal, placed by a preposition ("communal militiamen in Buruku", "the community militia
# of Odejo"): ACLED names a communal militia after its community's place
_COMMUNAL_AT = re.compile(rf"\b(?:communal|community)\s+militia(?:s|men|man)?\s+(?:in|of|from|at)\s+(?:the\s+)?"
                          rf"(?:villages?\s+of\s+|town\s+of\s+)?({_PLACE})")

# a village's own people who act there, with no place of their own named ("farmers killed two herders in the village
# of X", "two families clashed in X village", "youths abducted a man in X, near Y"): ACLED names the militia of a
# community after its village, the place the text gives for them (the village of the act); a town, a district or "the
# area of" a place says no community
_VILLAGERS = re.compile(r"(?<!armed\s)\b(?:farmers|youths|villagers|famil(?:y|ies))\b")
_IN_VILLAGE = re.compile(rf"\bin\s+(?:(?:the\s+)?(?:village|hamlet)\s+of\s+(?P<of>{_PLACE})|(?P<named>{_PLACE})\s+"
                         rf"(?:village|hamlet)\b|(?P<near>{_PLACE}),\s+near\s+[A-Z])")


def _in_country(name: str, country: str) -> bool:
    """The gazetteer knows ``name`` as a place of ``country``, and it is not that country's name or demonym
    ("Nigerian militia" is no place's; "Niger militia" in Nigeria is Niger State's)."""
    word = countries.word_index().get(name)
    if word is not None and word[0] == country:
        return False
    return any(p.country == country for p in event_country.places_named(name))


# a militia the text itself calls "communal" names its place even where the gazetteer lacks it ("Darfur communal
# militia"); these capitalised words before it name no place
_NOT_A_PLACE = frozenset({"The", "A", "An", "Local", "Rival", "Armed", "Suspected", "Alleged", "Presumed", "Unknown",
                          "Unidentified", "Two", "Several", "Some", "Other", "Another", "Coded", "Assumed", "Likely"})
# armed men a bracket after them identifies ("5 gunmen (coded as Darfur communal militia)", "armed pastoralists
# (assumed Gedaref communal militia)", "gunmen on two horses (said to be X communal militia)"): the bracket names
# the men before it
_BRACKET_OPENED = re.compile(rf"\b((?:armed\s+)?(?:{_ARMED_PEOPLE}|men|pastoralists|herders|herdsmen|youths?|attackers|"
                             rf"assailants|raiders|bandits))(?:\s+[\w'’-]+){{0,4}}?\s*\((?=[^()]*$)")


# a "(district, region)" hierarchy written after a name: the text's own notation for a place
_PLACED_AFTER = re.compile(r"\s*\((?:[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*)*,\s*)+[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*)*\)")


def _bracket_span(text: str, s: int, a: int, b: int) -> tuple[int, int]:
    """The span of the armed men a bracketed militia name at ``a:b`` identifies, with the bracket; else
    ``(a, b)``."""
    m = _BRACKET_OPENED.search(text, max(s, a - 60), a)
    close = text.find(")", b)
    if m is None or close < 0 or text[b:close].strip(" ,.;") != "":
        return a, b
    return m.start(1), close + 1


def _unknown_word(name: str) -> bool:
    """A name that is no country, people or known actor: a village the gazetteer may lack."""
    return name not in countries.word_index() and name not in countries.ethnic_groups() \
        and not default_matcher().actors.lookup(name)


def communal_militias(text: str, s: int, e: int, country: str | None,
                      agent: Callable[[int, int], bool]) -> list[tuple[int, int, str]]:
    """The sentence's militias of a place of ``country`` ("Katsina militiamen", "militias from Odejo"), and
    people of a place who act (``agent(start, end)`` says so: "villagers from Ori and Kariuw clashed"):
    (start, end, place) each, one per place."""
    c = countries.country(country)
    if c is None or c.iso2 in PRO_GOVERNMENT_MILITIA_COUNTRIES:
        return []
    out: list[tuple[int, int, str]] = []
    for m in _PLACE_BEFORE.finditer(text, s, e):
        name = re.sub(r"^(?:The|A|An)\s+", "", m.group(1))
        communal = re.match(r"\s+communal\b", text[m.end(1):m.end()], re.I) is not None
        if _in_country(name, c.iso2) or (communal and name not in _NOT_A_PLACE and _unknown_word(name)):
            out.append((*_bracket_span(text, s, m.start(), m.end()), name))
    for m in _COMMUNAL_AT.finditer(text, s, e):
        if _in_country(m.group(1), c.iso2) and not any(a < m.end() and m.start() < b for a, b, _ in out):
            out.append((m.start(), m.end(), m.group(1)))
    for m in _FROM_PLACE.finditer(text, s, e):
        if any(a < m.end() and m.start() < b for a, b, _ in out):
            continue
        between = _BETWEEN.search(text, max(s, m.start() - 40), m.start()) is not None
        if m["people"] and not agent(m.start(), m.end()) and not between:
            continue
        if m["people"] and m["second"] is None and m["join"] == "of":
            continue  # "residents of X" who act are its crowd; people "from" X, or of two places, its militia
        # people of two places who fight each other are two militias ("a clash between villagers from A and B"),
        # each its own span; men of two places who fight a third are one side, the first place's
        apart = m["second"] is not None and (between or _EACH_OTHER.match(text, m.end()) is not None
                                                 or _CLASHED.match(text, m.end()) is not None)
        # armed men "from" a name come from a place even where the gazetteer lacks it (villages); so do people
        # from a name the text places itself ("youths from X (district, region)", "from the villages of A and B")
        placed = (m["second"] is None and _PLACED_AFTER.match(text, m.end()) is not None) or m["named"] is not None \
            or re.match(r"\s+villages?\b", text[m.end():]) is not None  # "from A and B villages"
        for key, name in ((k, m[k]) for k in ("first", "second") if m[k]):
            if _in_country(name, c.iso2) or ((m["armed"] or placed) and _unknown_word(name)):
                # two places, two militias: each its own span ("from A" and "B"), neither yields to the other
                a, b = (m.start(), m.end()) if not apart else (m.start(), m.end("first")) if key == "first" \
                    else (m.start("second"), m.end())
                out.append((a, b, name))
    out += _villagers(text, s, e, c.iso2, agent, out)
    return out


def _villagers(text: str, s: int, e: int, country: str, agent: Callable[[int, int], bool],
               taken: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The sentence's village people who act in their village (``_VILLAGERS``, ``_IN_VILLAGE``): (start, end,
    village), the people's phrase first, none where a place of theirs is already taken."""
    for m in _VILLAGERS.finditer(text, s, e):
        if any(a < m.end() and m.start() < b for a, b, _ in taken) or not agent(m.start(), m.end()):
            continue
        at = _IN_VILLAGE.search(text, m.end(), e)
        name = at and (at["of"] or at["named"] or at["near"])
        if name and name not in _NOT_A_PLACE and (_in_country(name, country) or _unknown_word(name)):
            return [(m.start(), m.end(), name)]
    return []


# the sides of a fight are its doers: "a clash between villagers from A and B", "fighting between two clans"
_BETWEEN = re.compile(r"\b(?:clash(?:es)?|fight(?:s|ing)?|battles?|violence|feud|hostilities|exchanges?\s+of\s+fire)"
                      r"\s+(?:broke\s+out\s+|erupted\s+)?between\s+(?:the\s+)?$", re.I)
_EACH_OTHER = re.compile(r"[^.;]{0,60}?\b(?:each\s+other|one\s+another)\b", re.I)
# "A and B (...) clashed" with no one else named: A and B are the two sides
_CLASHED = re.compile(r"(?:\s*\([^()]{0,60}\))?\s+(?:[a-z]+\s+){0,2}?(?:clashed|fought|battled)\b"
                      r"(?!\s+(?:with|against)\b)")
# what an event followed from, not the event ("evacuated following the eruption of clashes between ...")
_CAUSE = re.compile(r"\b(?:following|after|amid|due\s+to|because\s+of|caused\s+by|triggered\s+by)\s+(?:the\s+)?"
                    r"(?:\w+\s+){0,2}$", re.I)
_KIN = {"clan": "clan", "clans": "clan", "clansmen": "clan", "tribe": "tribal", "tribes": "tribal",
        "tribesmen": "tribal", "ethnic groups": "ethnic"}
_SIDES = r"(?:two|rival|warring|feuding|opposing|neighbou?ring|several)"
# kin groups no name is given to ("two rival clans", "two tribes", "two ethnic groups"), or in a fight of kin ("a
# tribal clash", "clan fighting", "inter-ethnic clashes", "ethnic-based violence"): ACLED's "Unidentified Clan
# Militia (X)", "Unidentified Tribal Militia (X)", "Unidentified Ethnic Militia (X)" on both sides
_UNNAMED_KIN = re.compile(rf"\b(?:{_SIDES}\s+)+(clans|tribes|ethnic\s+groups)\b|"
                          r"\b(clan|tribal|ethnic)(?:-based)?\s+(?:clash(?:es)?|fighting|feud|violence)\b", re.I)
# kin groups the text names ("the Zaiter clan", "the A and B tribes", "Lukwor clansmen"): "Zaiter Clan Militia"
_NAMED_KIN = re.compile(rf"\b({_PLACE})(?:\s+(?:and|&)\s+({_PLACE}))?\s+(?:[A-Z][\w'’-]+\s+)?"
                        r"(clans(?:men)?|clan|tribes(?:men)?|tribe)\b")

# kin militias the text names in a bracket after them ("two clan militias (the A and B)", "Dinka clan militias (the
# A and the B clans)"): each clan is its own militia (ACLED's "A Clan Militia"), the people's name before them only
# says whose clans they are
_KIN_NAMED_AFTER = re.compile(rf"\b(clan|tribal|ethnic)\s+militias\s*\((?:the\s+)?({_PLACE})(?:\s+(?:clan|tribe))?,?"
                              rf"\s+(?:and|&)\s+(?:the\s+)?({_PLACE})(?:\s+(?:clans|tribes))?\)")

# one person of a kin group ("a man from the X clan", "one of the X tribe"), not its armed men
_ONE_OF = re.compile(r"\b(?:an?|one)\s+(?:[\w-]+\s+){0,2}(?:of|from)\s+(?:the\s+)?$", re.I)


# a kin group named by the armed group it sides with ("two clans affiliated with the MILF", "clans respectively
# associated with the MILF and the MNLF"): the clans fight (ACLED's clan militias), not the group they side with
_KIN_AFFILIATED = re.compile(r"\b(?:clans?|famil(?:y|ies)|tribes?)\b[^.;:]{0,40}?\b(?:affiliated|associated|aligned|"
                             r"allied)\s+(?:with|to)\s+(?:the\s+)?(?:[^.;:]{0,30}?\s+and\s+(?:the\s+)?)?$", re.I)


def kin_affiliation(text: str, sent_start: int, start: int) -> bool:
    """Whether the group named at ``start`` is only what a kin group of the sentence sides with ("clans affiliated
    with the MILF"): the clans are the actors, not that group."""
    return _KIN_AFFILIATED.search(text, max(sent_start, start - 90), start) is not None


def kin_militias(text: str, s: int, e: int, agent: Callable[[int, int], bool]) -> list[tuple[int, int, str, str]]:
    """The sentence's clans and tribes that fight (``agent(start, end)`` says they act, or a fight is "between"
    them), as ACLED's identity militias: (start, end, group, kind) each, kind "clan" or "tribal", the group
    "Unidentified" where the text names none. A fact of ACLED's codebook: armed kin groups are clan or tribal
    militias, named after their clan or tribe."""
    out: list[tuple[int, int, str, str]] = []

    def fights(a: int, b: int) -> bool:  # ... in the event, not a fight it followed ("fled after clashes between")
        between = _BETWEEN.search(text, max(s, a - 40), a)
        return agent(a, b) or (between is not None and not _CAUSE.search(text, max(s, between.start() - 40),
                                                                         between.start()))

    after = list(_KIN_NAMED_AFTER.finditer(text, s, e))
    for m in after:
        names = [(m.start(), m.end(2), m.group(2)), (m.start(3), m.end(3), m.group(3))]  # the first with the noun
        if any(not _unknown_word(n) or n in _NOT_A_PLACE for _, _, n in names):
            continue  # (militias are armed men: no fight need be told, as for "the Zaiter clan militia")
        out.extend((a, b, n, m.group(1).lower()) for a, b, n in names)
    for m in _NAMED_KIN.finditer(text, s, e):
        if any(x.start() < m.end() and m.start() < x.end() for x in after):
            continue  # "Two Dinka clan militias (the A and B)": the clans the bracket names
        first = re.sub(r"^(?:The|A|An)\s+", "", m.group(1))
        militia = re.match(r"\s+militia", text[m.end():]) is not None  # "the Zaiter clan militia": armed men
        one = _ONE_OF.search(text, max(s, m.start() - 40), m.start())  # "a man from the X clan": a person
        if first in _NOT_A_PLACE or not _unknown_word(first) or not (militia or (fights(m.start(), m.end())
                                                                                   and one is None)):
            continue
        kind = _KIN[m.group(3).lower()]
        out.append((m.start(1), m.end(1) if m.group(2) else m.end(), first, kind))
        if m.group(2):
            out.append((m.start(2), m.end(), m.group(2), kind))
    for m in _UNNAMED_KIN.finditer(text, s, e):
        adjective = m.group(2) is not None
        if any(a < m.end() and m.start() < b for a, b, _, _ in out) or not (adjective or fights(m.start(), m.end())):
            continue
        if m.group(0).lower().endswith("violence") and _CAUSE.search(text, max(s, m.start() - 40), m.start()):
            continue  # violence the event followed from ("displaced amid ethnic violence"), not its sides
        kin = re.sub(r"\s+", " ", (m.group(1) or "").lower())
        out.append((m.start(), m.end(), "Unidentified", _KIN.get(kin) or m.group(2).lower()))
    return out


def clans_named_after(text: str, a: int, b: int) -> bool:
    """The militias phrase at ``a:b`` ("two X clan militias") goes on to name its clans in a bracket ("(the A
    and B)"): the clans are the actors, not the people the phrase names."""
    m = _KIN_NAMED_AFTER.search(text, a, min(len(text), b + 120))
    return m is not None and m.start() < b


def identity(text: str, s: int, e: int, country: str | None,
             agent: Callable[[int, int], bool]) -> list[tuple[int, int, str, str]]:
    """The sentence's armed men a bracket identifies as a people's (``kin_brackets``: first, they are more precise
    than the place they come from), communal militias (``communal_militias``, kind "communal") and fighting kin
    groups (``kin_militias``): (start, end, group, kind) each."""
    bracketed = bracketed_kin(text, s, e, country)
    return bracketed + [(a, b, place, "communal") for a, b, place in communal_militias(text, s, e, country, agent)] \
        + kin_militias(text, s, e, agent)


def unnamed_communal(text: str, a: int, b: int) -> bool:
    """The militia phrase at ``a:b`` is a "communal militia" of no place named ("Unidentified Communal Militia")."""
    return unnamed_identity(text, a, b) == "communal"


_IDENTITY = re.compile(r"\b(communal|community|clan|ethnic|tribal)\s+militia(?:s|men|man)?\b", re.I)


def unnamed_identity(text: str, a: int, b: int) -> str | None:
    """The kind of identity militia ("communal", "clan", "ethnic", "tribal") a militia phrase at ``a:b`` names
    without saying whose ("two clan militias clashed": ACLED's "Unidentified Clan Militia"), else None."""
    m = _IDENTITY.search(text[max(0, a - 12):b])
    return None if m is None else "communal" if m.group(1).lower() == "community" else m.group(1).lower()


__all__ = ["PRO_GOVERNMENT_MILITIA_COUNTRIES", "clans_named_after", "communal_militias", "identity", "kin_militias",
           "unnamed_communal", "unnamed_identity"]
