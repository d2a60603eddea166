"""The role an actor's phrase plays in its sentence: the agent of the violence (ACLED's actor1), its patient
(actor2), or neither; and phrases that only name a source ("police said", "according to the army").

Facts of English word order: an agent stands after "by" ("killed by Taliban militants"), before an active
verb of violence ("gunmen attacked ..."), or before the noun of an attack it carried out ("an Al-Shabaab
ambush", "a jihadist attack"); a patient stands before a passive verb ("3 soldiers were killed") or after an
active one ("... attacked Afghan forces").
"""

from __future__ import annotations

import re

_AGENT_BEFORE = re.compile(r"\b(?:by|from|blamed\s+on|attributed\s+to|at\s+(?:the\s+)?hands\s+of)\s+"
                           r"(?:the\s+|an?\s+|suspected\s+|"
                           r"alleged\s+|their\s+|some\s+|several\s+|\d+\s+|multiple\s+|armed\s+|"
                           r"(?:two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|dozens\s+of)\s+|"
                           r"a\s+group\s+of\s+)*(?:[\w\"'’-]+\s+){0,1}$", re.I)
_AGENT_VERB = re.compile(r"^[\s\"']*(?:(?!(?:were|was|had|have|has|is|are)\b)[\w\"'’-]+\s+){0,2}?(?:have\s+|ha"
                         r"d\s+|has\s+|reportedly\s+|allegedly\s+|also\s+|"
                         r"then\s+)*(?:attacked|ambushed|stormed|raided|launched|conducted|carried\s+out|killed|shot|"
                         r"targeted|fired|opened\s+fire|captured|overran|seized|took|detonated|planted|abducted|"
                         r"kidnapped|executed|arrested|detained|clashed|fought|engaged|repulsed|repelled|bombed|struck|"
                         r"shelled|launched|claimed|beheaded|torched|burned|burnt|set|destroyed|re-?captured|re-?took|cleared|"
                         r"killing|attacking|targeting|ambushing|defected|pledged|joined|established|set\s+up|signed|"
                         r"agreed|blew|hit|used|surrounded|besieged|assaulted|pounded|looted|closed|forced|took|beat|tortured|"
                         r"stabbed|lynched|raped|robbed|stoned|whipped|dispersed|intervened|teargassed|hacked|"
                         # a headline's present tense ("soldiers rape three girls"): forms that are no nouns;
                         # property destroyed ("settlers uprooted olive trees")
                         r"kills?|shoots?|rapes?|gang-raped|abducts|kidnaps|"
                         r"vandali[sz]ed|uprooted|demolished|bulldozed|razed)\b",
                         re.I)
_PATIENT_AFTER = re.compile(r"^[\s\"']*(?:(?:[\w\"'’-]+\s+){0,3}?(?:,\s*)?(?:including\s+[^,]{0,40},\s*)?(?:were|was|"
                            r"had\s+been|have\s+been|has\s+been|are|is|got)\s+(?:reportedly\s+|allegedly\s+|also\s+|"
                            r"all\s+)*(?:killed|wounded|injured|arrested|detained|captured|abducted|kidnapped|targeted|"
                            r"attacked|ambushed|shot|executed|martyred|hurt|dead|taken|beheaded|struck|hit|beaten|tortured|stabbed|"
                            r"lynched|raped|robbed)|(?:[\w\"'’-]+\s+)?"
                            r"(?:killed|dead|wounded|injured)(?!\s+(?:\d|an?\b|the\b|(?:two|three|four|five|six|seven|eight|nine|ten|"
                            r"eleven|twelve|dozens|scores|several|many|some|more|at|his|her|their)\b|"
                            # a bare plural object: the verb is active ("soldiers killed civilians")
                            r"(?:\w+\s+)?(?:soldiers|civilians|people|police|villagers|residents|herders|farmers|"
                            r"pastoralists|fishermen|miners|traders|travell?ers|passengers|worshippers|students|women|"
                            r"children|men|militants|fighters|rebels|insurgents|troops|policemen|officers|guards|"
                            r"protesters|demonstrators|members|supporters|workers|inhabitants|locals|refugees|"
                            r"migrants|displaced))))\b", re.I)
_PATIENT_BEFORE = re.compile(r"\b(?:killed|killing|kill|attacked|attacking|attack\s+on|attacks\s+on|ambushed|"
                             r"ambushing|targeted|targeting|against|wounding|injuring|abducted|kidnapped|arrested|"
                             r"detained|captured|shot|executed|assassinated|positions\s+of|posts?\s+of|on|stormed|"
                             r"raided|hit|struck|beheaded|at|of)\s+(?:\d+\s+|an?\s+|the\s+|several\s+|multiple\s+|"
                             r"suspected\s+|two\s+|three\s+|four\s+|five\s+|some\s+|at\s+least\s+\d+\s+|(?!by\b)"
                             r"[\w\"'’-]+\s+){0,3}$", re.I)
_WITH_BEFORE = re.compile(r"\b(?:with|between|and)\s+(?:the\s+|suspected\s+)?(?:[\w\"'’-]+\s+){0,1}$", re.I)

# a side that says it did the violence: "the army said it had killed", "X said its forces attacked"
_SAID_IT_DID = re.compile(r"^\s+(?:said|says|claimed|claims|announced|reported)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it|"
                          r"they|its\s+(?:forces|troops|fighters|soldiers|men))\s+(?:had\s+|have\s+|has\s+)?(?:killed|"
                          r"attacked|shot|destroyed|captured|arrested|detained|struck|hit|launched|carried\s+out|"
                          r"repulsed|repelled|ambushed|raided|seized|recaptured|retook)\b", re.I)
# who made a statement is no agent of the violence: "the claim by the army's press wing"
_SAID_BY = re.compile(r"\b(?:claims?|statements?|reports?|announcements?|remarks?|comments?|accounts?)\s+(?:made\s+|"
                      r"issued\s+|released\s+)?by\s+(?:the\s+)?(?:[\w\"'’-]+\s+){0,1}$", re.I)
# the noun of an attack, which the phrase before it modifies as its author ("an Al-Shabaab ambush", "Iraqi air
# strikes", "a Taliban suicide attack")
ATTACK_NOUN = re.compile(r"^[\s\"'’]*(?:(?:suicide|rocket|mortar|missile|drone|bomb|gun|grenade|car[\s-]bomb|"
                         r"deadly|coordinated|fresh|new|major|late-night|overnight|night)\s+)?(?:attacks?|ambush(?:es)?|"
                         r"raids?|assaults?|offensives?|air\s*strikes?|airstrikes?|air\s+raids?|strikes?|bombings?|"
                         r"shelling|bombardments?|onslaught|incursions?)\b", re.I)


_ASIDE = re.compile(r"^\s*\((?!\s*(?:including|among\s+them|with)\b)[^()]{0,80}\)", re.I)  # not who is among them


# the head of a phrase whose men or leader a group's name qualifies ("the chief of the SNR", "members of the X"):
# the group plays the head's part
_HEAD_OF = re.compile(r"\b(?:chief|head|commander|leader|members?|agents?|officers?|elements?|fighters|men)\s+of\s+"
                      r"(?:the\s+)?$", re.I)

# a name in apposition after an indefinite phrase ("arrested members of a local militia, the X Watchmen,")
_APPOSED_TO = re.compile(r"\b(?:an?|one)\s+(?:[\w-]+\s+){0,2}[\w-]+,\s*(?:the\s+)?$", re.I)


# people who struck, stepped on or drove over a mine are its victims, not the ones who struck ("refugees strike a
# landmine", "a patrol hit an IED"): the patient of the explosion
_MET_MINE = re.compile(r"^[\s\"']*(?:[\w\"'’-]+\s+){0,2}?(?:struck|strikes?|hit|hits|stepped\s+on|steps?\s+on|"
                       r"trod\s+on|treads?\s+on|ran\s+over|runs?\s+over|drove\s+over|drives?\s+over)\s+"
                       r"(?:an?\s+|the\s+)?(?:(?!with\b|using\b|by\b|in\b|on\b)[\w-]+\s+){0,2}?(?:(?:land\s*)?mines?|IEDs?|"
                       r"explosive\s+devices?|roadside\s+bombs?|unexploded\s+(?:ordnance|shells?|bombs?))\b", re.I)


def role(text: str, start: int, end: int, sent_start: int) -> str:
    before = text[max(sent_start, start - 60):start]
    head = _HEAD_OF.search(before) or _APPOSED_TO.search(before)
    if head is not None:  # "members of X", "a local militia, X,": the role of the phrase X belongs to
        return role(text, start - len(before) + head.start(), end, sent_start)
    # a bracketed aside after the phrase ("youths from X (district, region) burned ...") leaves its verb its own
    after = _ASIDE.sub("", text[end:end + 160], count=1)[:80]
    if text[end - 1:end] == ")":  # "armed men (said to be X), attacked": the comma closes the bracket's aside
        after = re.sub(r"^\s*,", "", after, count=1)
    if _SAID_IT_DID.match(after) or _THE_ATTACKERS.match(after):
        return "agent"  # "the army said it had killed 80 militants", "X are the suspected attackers"
    if _AGENT_BEFORE.search(before):
        return "neutral" if _SAID_BY.search(before) else "agent"
    if _MET_MINE.match(after):
        return "patient"
    passive = _PATIENT_AFTER.match(after)
    if _AGENT_VERB.match(after) and not (passive and passive.end() <= 12):
        return "agent"
    if _PATIENT_AFTER.match(after):
        return "patient"
    if ATTACK_NOUN.match(after):
        return "agent"  # "killed in an Al-Shabaab ambush", "a jihadist attack on an army post"
    if _WITH_BEFORE.search(before):
        return "neutral"
    if _PATIENT_BEFORE.search(before) and not _AGENT_VERB.match(after):
        return "patient"
    if _AGENT_VERB.match(after):
        return "agent"
    # one of the first subjects of one verb ("the PMF and police forces shelled ...", "FAMa and Wagner forces
    # killed ...", "Wagner mercenaries, FAMa soldiers and Dozo hunters raided ..."): an agent as much as the last
    return "agent" if _joined_agent(after) else "neutral"


def _joined_agent(after: str) -> bool:
    """Whether the phrase before ``after`` opens a list of subjects (up to four, the last after "and") of an active
    verb of violence."""
    rest = after
    for _ in range(3):
        joined = _JOINED_SUBJECT.match(rest)
        if joined is None:
            return False
        rest = rest[joined.end():]
        subject = re.match(r"[\w'’-]+", rest)  # another subject, not the verb (", clashed": an aside's end)
        if subject is None or _AGENT_VERB.match(subject.group()):
            return False
        if _AGENT_VERB.match(rest) and not _PATIENT_AFTER.match(rest):
            return re.search(r"\b(?:and|&)", joined.group()) is not None  # a list's last subject follows "and"
    return False


# a copula that names the one who did it: "X are the suspected attackers", "X was believed to be the perpetrator"
_THE_ATTACKERS = re.compile(r"^\s+(?:is|are|was|were)\s+(?:(?:the|also|likely|probably|reportedly|believed\s+to\s+be)"
                            r"\s+)*(?:(?:suspected|alleged|presumed|likely|probable)\s+)?(?:attackers?|perpetrators?|"
                            r"assailants?|culprits?|authors?\s+of)\b", re.I)
_WHO_DID_IT = re.compile(r"\W*[\w'’-]+(?:\s+[\w'’-]+){0,7}?" + _THE_ATTACKERS.pattern[1:], re.I)


def who_did_it(sentence: str) -> bool:
    """Whether a sentence only says who did what was just told ("X are the suspected attackers.")."""
    return bool(_WHO_DID_IT.match(sentence))


# the rest of a subject's phrase (its head noun: "FAMa soldiers"), then "and" or a list's comma
_NOT_HEAD = r"(?!(?:and|or|of|in|at|from|with|by|to|on|for|near|were|was|had|have|has|is|are|who|which|that)\b)"
_JOINED_SUBJECT = re.compile(rf"^\s*(?:{_NOT_HEAD}[\w'’-]+(?:\s+|(?=,))){{0,2}}?(?:,\s*(?:and\s+)?|(?:and|&)\s+)"
                             r"(?:the\s+|its\s+|their\s+)?", re.I)


_SOURCE_BEFORE = re.compile(r"\baccording\s+to\s+(?:the\s+)?(?:local\s+|[A-Z]\w+\s+)?$", re.I)
_SOURCE_AFTER = re.compile(r"^\s+(?:and\s+(?:[\w-]+\s+){1,2}?)?(?:said|say|says|reported|reports|stated|confirmed|"
                           r"announced|sources?|spokes(?:man|person|woman)|"
                           r"statement)\b", re.I)


def is_source(text: str, a: int, b: int) -> bool:
    if _SAID_IT_DID.match(text[b:b + 80]):
        return False
    return bool(_SOURCE_BEFORE.search(text[max(0, a - 30):a]) or _SOURCE_AFTER.match(text[b:b + 30]))


# a force named as what a demand or a decision is about ("called for the departure of French forces", "demanded
# the removal of armed forces"): the object of a noun of its going, no side of the event told
_GOING_OF = re.compile(r"\b(?:departure|withdrawal|removal|expulsion|pull-?out|ouster)\s+of\s+(?:the\s+|all\s+)?"
                       r"(?:[\w'’-]+\s+){0,2}$", re.I)


def is_sent_away(text: str, a: int) -> bool:
    """The phrase at ``a`` names a force as what a demand for its going is about ("the withdrawal of the army")."""
    return _GOING_OF.search(text[max(0, a - 60):a]) is not None


# a force's name that qualifies a weapon or its dress ("stolen army grenades", "men in police uniforms", "armed with
# army-issue rifles"): whose the thing was, not who acted (a fact of English noun compounds); a depot or a
# convoy of them is the force's own ground, a side ("shelled a GNA ammunition depot")
_GEAR_AFTER = re.compile(r"(?:[\s-]+(?:issue[d]?|style|type))?\s+(?:grenades?|rifles?|guns?|weapons?|firearms?|"
                         r"ammunition|bullets|uniforms?|fatigues|attire|clothing|boots)\b"
                         r"(?!\s+(?:depots?|dumps?|stores?|storage|caches?|stockpiles?|factor(?:y|ies)|warehouses?|"
                         r"convoys?|trucks?|plants?|facilit(?:y|ies)))", re.I)  # "a GNA ammunition depot": its own


def names_gear(text: str, b: int) -> bool:
    """The force's name ending at ``b`` qualifies a weapon or a uniform ("army grenades", "police uniforms")."""
    return _GEAR_AFTER.match(text, b) is not None


def force_no_side(text: str, a: int, b: int) -> bool:
    """The force named at ``a:b`` is no side of the event told: what a demand for its going is about
    (``is_sent_away``), or whose weapon or uniform a thing is (``names_gear``)."""
    return is_sent_away(text, a) or names_gear(text, b)
