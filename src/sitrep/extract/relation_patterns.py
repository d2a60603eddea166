"""The surface patterns of the relation extractor, over a sentence whose mentions are masked.

Every mention of a sentence is replaced by a token ``⟦i⟧`` (its index), so a pattern reads like
``{SUBJ} pledged allegiance to {OBJ}``: ``S``/``O``/``O2`` capture mention indexes, ``v`` marks the
trigger word (the position certainty and dates are read at) and ``role`` a role noun from
``roles.yaml``. A pattern names the relation it yields, which mention types may fill each slot and
whether the trigger starts the relation (joined, captured: a date nearby is its start) or states it
(is a member, controls: only "since <date>" gives a start).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from sitrep.lexicon.dictionaries import load_roles

ACTORS = frozenset({"armed_group", "state_force", "government", "organization"})
ARMED = frozenset({"armed_group", "state_force"})
PERSON = frozenset({"person"})
AGENTS = ACTORS | PERSON
PLACES = frozenset({"location"})


def slot(name: str) -> str:
    return rf"⟦(?P<{name}>\d+)⟧"


SUBJ, OBJ, OBJ2 = slot("s"), slot("o"), slot("o2")
TITLE = r"(?:Mr|Mrs|Ms|Dr|Gen|Col|Maj|Capt|Lt|Brig|Sgt|Prof|Eng)\.?"
# "spokesman for the governor of X": the office stands between the role and its place
OFFICE = (r"(?P<office>(?:the\s+)?(?:provincial\s+)?(?:governor|government|administration|governor's\s+office)"
          r"\s+(?:of|in)\s+)?")
DET = r"(?:(?:the|a|an|rival|fellow|local|its|their)\s+)?"
GRP = (r"(?:\s+(?:group|movement|militants?|insurgents?|fighters|forces|troops|organi[sz]ation|network|militia|faction|"
       r"outfit|government|regime|commanders?|members|loyalists|units|soldiers|police|leadership))?")
LTAIL = r"(?:\s+(?:province|district|city|town|village|valley|region|area|county|state))?"
ADJS = (r"(?:(?:the\s+)?(?:northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|"
        r"south-?western|central|neighbou?ring|nearby|restive|volatile|remote)\s+)*")
AUX = (r"(?:(?:also|now|still|reportedly|allegedly)\s+(?=(?:has|have|had)\b))?"
       r"(?:(?:has|have|had|was|were|is|are|will|would|could|may|might|did|does|do)\s+)?(?:(?:not|never|no longer)\s+)?"
       r"(?:been\s+)?(?:(?:also|reportedly|allegedly|formally|publicly|officially|recently|later|then|now|already|"
       r"openly|effectively|eventually|finally|subsequently|apparently|since|still|largely|once)\s+)?"
       # a modal verb before the trigger: kept so the trigger is found, then judged by ``modality``
       r"(?:(?:plans?|planned|planning|intends?|intended|wants?|wanted|vows?|vowed|threatens?|threatened|failed|"
       r"tried|attempted|refused|decided|agreed|(?:is|are|was|were)\s+(?:set|expected|due|about|going|preparing|"
       r"poised))\s+to\s+)?")
# a relative or appositive clause between a subject and its verb: ", who commanded ... districts,"
WHO = r"(?:\s*,\s*(?:which|who|that)\s+|\s+)"
REL = r"(?:\s*,(?P<rel>[^,;:⟦⟧\"“”]{0,80}(?:⟦\d+⟧[^,;:⟦⟧\"“”]{0,60}){0,3}),)?"
# what may follow an object for it to be the whole object ("spokesman for the Kunduz governor" is not for Kunduz)
END = (r"(?=\s*(?:[,.;:)\"“”—–]|$)|\s+(?:said|says|told|who|whom|which|and|has|had|was|is|were|are|added|confirmed|"
       r"claimed|denied|on|in|at|since|from|until|when|after|before|for|during|to|by|last|this|earlier|since)\b)")
KIN = (r"(?:brother-in-law|son-in-law|father-in-law|half-brother|step-?brother|brother|son|father|nephew|cousin|uncle|"
       r"wife|daughter|sister|mother|grandson|grandfather|relative|in-law)")
MODS = (r"(?:(?:senior|top|key|local|deputy|provincial|district|regional|acting|new|newly\s+appointed|self-styled|"
        r"government|government-appointed|government\s+appointed|"
        r"self-proclaimed|main|overall|military|chief|longtime|long-time|veteran|influential|prominent|notorious|"
        r"powerful|former|ex-|interim|caretaker|de\s+facto|shadow|official|supreme|founding)\s+)*")


@dataclass(frozen=True)
class Pattern:
    name: str
    predicate: str
    regex: re.Pattern[str]
    subject: frozenset[str]
    object: frozenset[str]
    inception: bool = False  # the trigger starts the relation: a nearby date is its start
    symmetric: bool = False
    role: str | None = None  # a fixed role ("leader" for "led by"); "{role}" takes the role group
    second: str | None = None  # predicate for (S, O2) when the pattern has an O2 slot
    certainty: str | None = None  # a certainty the construction itself gives ("denied supporting")
    between_groups: str | None = None  # the predicate instead when both sides are armed groups


@lru_cache(maxsize=1)
def role_regex() -> str:
    roles = load_roles()
    variants = {v for r in roles.roles.values() if r.relation is not None for v in (r.role, *r.variants)}
    words = sorted((v for v in variants if not (v.isupper() and len(v) <= 3)), key=lambda v: (-len(v), v))
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return rf"(?P<role>{alts})"


def _p(name: str, predicate: str, regex: str, subject: frozenset[str], obj: frozenset[str], **kw: object) -> Pattern:
    return Pattern(name, predicate, re.compile(regex, re.I), subject, obj, **kw)  # type: ignore[arg-type]


@lru_cache(maxsize=1)
def patterns() -> tuple[Pattern, ...]:
    role = role_regex()
    pledge = (r"(?P<v>pledged|pledges|pledging|pledge|swear|swore|sworn|swears|swearing|declared|declares|announced|"
              r"renewed|offered|gave|given)\s+(?:(?:his|her|their|its|an?|the|a\s+formal)\s+)?(?:allegiance|loyalty|"
              r"bay'?ah|bayat|bai'?at|oath\s+of\s+allegiance|pledge(?:\s+of\s+allegiance)?)\s+to")
    defect = (r"(?P<v>defected|defects|defecting|defect|deserted|broke\s+away|broken\s+away|split|splintered|"
              r"switched\s+sides)")
    to_side = (r"(?P<v>defected|defects|defecting|defect|switched\s+sides|switch\s+sides|"
               r"switched\s+(?:allegiance|loyalties|loyalty)|went\s+over|gone\s+over|crossed\s+over)")
    join = (r"(?P<v>joined|joins|joining|join|rejoined|rejoin|enlisted\s+(?:in|with)|signed\s+up\s+(?:with|for)|"
            r"became\s+(?:an?\s+)?members?\s+of)")
    lead = r"(?P<v>leads|led|heads|headed|commands|commanded|leading|heading|commanding)"
    ally = (r"(?P<v>allied|aligned|allies|teamed\s+up|joined\s+forces|joined\s+hands|joins\s+forces|"
            r"formed\s+an\s+alliance|forged\s+an\s+alliance|struck\s+an\s+alliance|entered\s+(?:into\s+)?an\s+alliance|"
            r"made\s+an\s+alliance|signed\s+a\s+pact|merged|cooperat(?:es|ed|ing)|collaborat(?:es|ed|ing))"
            r"\s+(?:(?:itself|themselves)\s+)?with")
    pact = (r"(?:alliance|pact|cease-?fire|truce|peace\s+(?:deal|agreement|accord)|non-aggression\s+(?:pact|deal)|"
            r"partnership)")
    fight_noun = (r"(?:fighting|clashes|clash|battles?|war|rivalry|hostilities|conflict|feud|infighting|turf\s+war|"
                  r"fight|confrontations?|skirmishes|enmity|tensions?)")
    fight_verb = (r"(?P<v>clashed|fought|battled|skirmished|feuded|been\s+fighting|been\s+clashing|fighting|clashing|"
                  r"at\s+war|went\s+to\s+war|waged\s+war|waging\s+war|declared\s+war)")
    attack = r"(?P<v>attacked|ambushed|targeted|raided|killed|executed|beheaded|kidnapped|abducted|assaulted)"
    support = (r"(?P<v>supports|supported|supporting|backs|backed|backing|funds|funded|funding|finances|financed|"
               r"financing|arms|armed|arming|sponsors|sponsored|sponsoring|bankrolls|bankrolled|bankrolling|"
               r"trains|trained|equips|equipped|equipping|shelters|sheltered|sheltering|harbou?rs|harbou?red|"
               r"(?:provides|provided|providing|gives|gave|giving)\s+(?:military\s+|financial\s+)?"
               r"(?:support|assistance|aid|weapons|arms|funding|money|shelter)\s+to)")
    capture = (r"(?P<v>captured|capture|seized|seize|overran|overrun|take\s+over|take\s+control\s+of|took\s+over|"
               r"taken\s+over|took\s+control\s+of|"
               r"taken\s+control\s+of|gained\s+control\s+(?:of|over)|seized\s+control\s+of|wrested\s+control\s+of|retook|retaken|recaptured|"
               r"occupied|conquered|regained\s+control\s+of|regained|took|"
               r"(?:established|extended|consolidated|imposed)\s+(?:(?:near|nearly|almost)\s+)?"
               r"(?:(?:complete|full|total|effective|firm)\s+)?(?:control|rule)\s+(?:of|over))")
    hold = r"(?P<v>controls|controlled|control|holds|held|occupies|dominates|dominated|runs|ran)"
    share = r"(?:(?:most|much|all|parts?|large\s+parts|swathes|areas|some)\s+of\s+)?"
    passive_cap = (r"(?P<v>captured|seized|overrun|taken|retaken|recaptured|controlled|held|occupied|run|"
                   r"dominated)")
    aux_be = r"(?:which\s+)?(?:is|was|were|are|has\s+been|had\s+been|have\s+been|remains|remained)\s+"
    adv = r"(?:(?:now|still|largely|fully|mostly|reportedly|firmly|effectively)\s+)?"
    out = [
        # --------------------------------------------------------------- allegiance, membership, defection
        _p("pledge", "pledged_allegiance_to", rf"{SUBJ}{REL}{WHO}{AUX}{pledge}\s+{DET}{OBJ}", AGENTS, AGENTS,
           inception=True),
        _p("pledge-noun", "pledged_allegiance_to",
           rf"{SUBJ}{REL}{WHO}{AUX}(?:announced|made|declared|renewed)\s+(?:his|her|their|its)\s+(?P<v>pledge)"
           rf"(?:\s+of\s+allegiance)?\s+to\s+{DET}{OBJ}", AGENTS, AGENTS, inception=True),
        _p("pledge-accepted", "pledged_allegiance_to",
           rf"{OBJ}{GRP}\s+{AUX}(?P<v>accepted|received|welcomed)\s+(?:the\s+)?(?:pledge|allegiance|oath)"
           rf"(?:\s+of\s+allegiance)?\s+(?:of|from)\s+{DET}{SUBJ}", AGENTS, ACTORS, inception=True),
        _p("defect-from", "defected_from",
           rf"{SUBJ}{GRP}{REL}{WHO}{AUX}{defect}\s+from\s+{DET}{OBJ}{GRP}(?:\s+(?:to|and\s+joined|and\s+went\s+over\s+to)"
           rf"\s+{DET}{OBJ2})?", AGENTS, ACTORS, inception=True, second="member_of"),
        _p("defect-to", "member_of", rf"{SUBJ}{GRP}{REL}{WHO}{AUX}{to_side}\s+to\s+{DET}{OBJ}", AGENTS, ACTORS,
           inception=True),
        _p("left-for", "defected_from",
           rf"{SUBJ}{GRP}{REL}{WHO}{AUX}(?P<v>left|quit|abandoned|deserted)\s+{DET}{OBJ}{GRP}\s+(?:for|to\s+join|"
           rf"and\s+joined|and\s+went\s+over\s+to)\s+{DET}{OBJ2}", AGENTS, ACTORS, inception=True, second="member_of"),
        _p("joined", "member_of", rf"{SUBJ}{REL}{WHO}{AUX}{join}\s+{DET}{OBJ}(?!\s*(?:forces|hands)\b)", AGENTS, ACTORS,
           inception=True),
        # --------------------------------------------------------------- roles: leader_of, holds_position, member_of
        _p("role-apposition", "{role}",
           rf"{SUBJ}\s*,\s*(?:who\s+(?:is|was)\s+)?(?:an?\s+|the\s+)?(?P<mods>{MODS}){role}\s+(?P<prep>of|for|with|in)\s+"
           rf"{OFFICE}{ADJS}{DET}{OBJ}{LTAIL}{END}", PERSON, ACTORS | PLACES),
        _p("role-apposition-org", "{role}",
           rf"{SUBJ}\s*,\s*(?:who\s+(?:is|was)\s+)?(?:an?\s+|the\s+)(?P<mods>{MODS}){OBJ}(?:'s)?\s+(?P<mods2>{MODS})"
           rf"{role}(?=\s*(?:[,.;:)\"“”—–]|$)|\s+(?:said|says|told|who|added|has|had|was|is|in|for|of)\b)",
           PERSON, ACTORS | PLACES),
        _p("role-copula", "{role}",
           rf"{SUBJ}\s+(?P<v>is|was|became|becomes|has\s+been|remains|served\s+as|serves\s+as)\s+(?:an?\s+|the\s+)?"
           rf"(?P<mods>{MODS}){role}\s+(?P<prep>of|for|with|in)\s+{ADJS}{DET}{OBJ}{LTAIL}{END}",
           PERSON, ACTORS | PLACES),
        _p("role-appointed", "{role}",
           rf"{SUBJ}{REL}{WHO}{AUX}(?P<v>appointed|named|installed|made|promoted|elected|chosen|selected)\s+(?:as\s+)?"
           rf"(?:an?\s+|the\s+)?(?P<mods>{MODS}){role}\s+(?P<prep>of|for|with|in)\s+{ADJS}{DET}{OBJ}{LTAIL}{END}",
           PERSON, ACTORS | PLACES, inception=True),
        _p("role-premodifier", "{role}",
           rf"(?:^|(?<=[\s(\"“]))(?:(?:an?|the)\s+)?{OBJ}(?:'s)?\s+(?P<mods>{MODS}){role}"
           rf"(?:\s+(?:in|for)\s+(?:the\s+)?⟦\d+⟧(?:\s+(?:province|district))?)?\s*,?\s+(?:{TITLE}\s+)?{SUBJ}(?!\s*'s)",
           PERSON, ACTORS | PLACES),
        _p("role-of-name", "{role}",
           rf"(?:^|(?<=[\s(\"“]))(?:(?:an?|the)\s+)?(?P<mods>{MODS}){role}\s+(?P<prep>of|for)\s+{DET}{OBJ}{GRP}\s*,\s+"
           rf"{SUBJ}(?=\s*(?:[,.;]|\s+(?:said|says|told|who|has|had|was|is|added|claimed|denied)\b))",
           PERSON, ACTORS | PLACES),
        _p("led-by", "leader_of",
           rf"{OBJ}{GRP}\s*,?\s+(?:which\s+is\s+|is\s+|was\s+|now\s+)?(?P<v>led|headed|commanded)\s+by\s+{SUBJ}",
           PERSON, ACTORS, role="{verb}"),
        _p("leads", "leader_of", rf"{SUBJ}{REL}{WHO}{AUX}{lead}\s+{DET}{OBJ}", PERSON, ACTORS, role="{verb}"),
        _p("appositive-led", "leader_of",
           rf"(?:whose|his|her|their)\s+(?:late\s+)?{KIN}\s*,\s*{SUBJ}\s*,\s*{AUX}{lead}\s+{DET}{OBJ}", PERSON, ACTORS,
           role="{verb}"),
        _p("who-leads", "leader_of", rf"{SUBJ}\s*,\s*who\s+{AUX}{lead}\s+{DET}{OBJ}", PERSON, ACTORS, role="{verb}"),
        # --------------------------------------------------------------- alliances and hostility
        _p("allied", "allied_with", rf"{SUBJ}{GRP}{REL}{WHO}{AUX}{ally}\s+{DET}{OBJ}", AGENTS, AGENTS, symmetric=True,
           inception=True),
        _p("pact-between", "allied_with",
           rf"(?P<v>{pact})\s+(?:\w+\s+){{0,2}}?(?:was\s+)?(?:between|of)\s+{DET}{SUBJ}{GRP}\s+and\s+{DET}{OBJ}",
           AGENTS, AGENTS, symmetric=True, inception=True),
        _p("pact-agreed", "allied_with",
           rf"{SUBJ}{GRP}\s+and\s+{DET}{OBJ}{GRP}{REL}\s+{AUX}(?P<v>agreed|signed|reached|declared|announced|formed|forged|"
           rf"struck|sealed|extended)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?{pact}", AGENTS, AGENTS, symmetric=True,
           inception=True),
        _p("pact-with", "allied_with",
           rf"{SUBJ}{GRP}\s+{AUX}(?P<v>agreed|signed|reached|declared|announced|struck|sealed|extended)\s+"
           rf"(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?{pact}\s+with\s+{DET}{OBJ}", AGENTS, AGENTS, symmetric=True,
           inception=True),
        _p("ally-of", "allied_with",
           rf"{SUBJ}\s*(?:,\s*|\s+(?:is|are|was|were|remains?)\s+)(?:a|an|the)\s+(?:close\s+|key\s+|longtime\s+|main\s+)?"
           rf"(?P<v>ally|allies)\s+of\s+{DET}{OBJ}{END}", AGENTS, AGENTS, symmetric=True),
        _p("alliance-with", "allied_with",
           rf"{SUBJ}(?:'s|')\s+(?:[\w-]+\s+){{0,2}}?(?P<v>alliance|pact|cease-?fire|truce|partnership|cooperation)\s+"
           rf"with\s+{DET}{OBJ}", AGENTS, AGENTS, symmetric=True),
        _p("ties-to", "allied_with",
           rf"{SUBJ}{GRP}\s+{AUX}(?:(?:close|strong|deep|long-?standing|operational|organi[sz]ational)\s+)?"
           rf"(?P<v>ties|links|connections)\s+(?:to|with)\s+{DET}{OBJ}", ARMED, ARMED, symmetric=True),
        _p("gained-support", "supports",
           rf"{OBJ}{GRP}\s+{AUX}(?P<v>gained|won|enjoys|enjoyed|secured|enlisted|received|attracted)\s+(?:the\s+)?"
           rf"(?:(?:military|financial|active|tacit|open)\s+)?(?:support|backing)\s+of\s+(?:[\w-]+\s+){{0,3}}?"
           rf"(?:such\s+as\s+|including\s+|like\s+)?{DET}{SUBJ}", AGENTS, AGENTS, between_groups="allied_with"),
        _p("fight-between", "hostile_to",
           rf"(?P<v>{fight_noun})\s+(?:\w+\s+){{0,2}}?between\s+{DET}{SUBJ}{GRP}\s+and\s+{DET}{OBJ}", ACTORS, ACTORS,
           symmetric=True),
        _p("fought", "hostile_to",
           rf"{SUBJ}{GRP}{REL}{WHO}{AUX}{fight_verb}\s+(?:(?:with|against|on)\s+)?{DET}{OBJ}", ACTORS, ACTORS,
           symmetric=True),
        _p("fought-each-other", "hostile_to",
           rf"{SUBJ}{GRP}\s+and\s+{DET}{OBJ}{GRP}\s+{AUX}(?P<v>fought|clashed|battled|been\s+fighting|"
           rf"been\s+clashing|feuded|are\s+fighting|are\s+at\s+war)\b", ACTORS, ACTORS, symmetric=True),
        _p("clashes-with", "hostile_to",
           rf"{SUBJ}{GRP}{REL}{WHO}{AUX}(?:(?:engaged|involved|locked)\s+in\s+)?(?:(?:heavy|fierce|deadly|sporadic)\s+)?"
           rf"(?P<v>clashes|fighting|battles?|war)\s+(?:with|against)\s+{DET}{OBJ}", ACTORS, ACTORS, symmetric=True),
        _p("attacked", "hostile_to", rf"{SUBJ}{GRP}\s+{AUX}{attack}\s+{DET}{OBJ}", ARMED | {"government"},
           ARMED | {"government"}),
        _p("attacked-by", "hostile_to",
           rf"{OBJ}{GRP}\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+{attack}\s+by\s+{DET}{SUBJ}",
           ARMED | {"government"}, ARMED | {"government"}),
        _p("rival-of", "hostile_to",
           rf"{SUBJ}\s*(?:,\s*|\s+(?:is|are|was|were)\s+)(?:a|an|the)\s+(?:bitter\s+|arch-?|main\s+)?"
           rf"(?P<v>rival|enemy|foe|adversary)\s+of\s+{DET}{OBJ}{END}", ACTORS, ACTORS, symmetric=True),
        _p("drove-out", "hostile_to",
           rf"{SUBJ}{GRP}{REL}{WHO}{AUX}(?P<v>drove|pushed|expelled|forced)\s+{DET}{OBJ}{GRP}\s+out\b", ACTORS, ACTORS),
        # --------------------------------------------------------------- support
        _p("supports", "supports", rf"{SUBJ}{GRP}{REL}{WHO}{AUX}{support}\s+{DET}{OBJ}(?!\s+with\b)", AGENTS, AGENTS),
        _p("denied-supporting", "supports",
           rf"{SUBJ}{GRP}\s+{AUX}(?:(?:repeatedly|consistently|strongly|always|long|flatly)\s+)?(?:denied|denies|deny|"
           rf"rejected|rejects)\s+(?:(?:allegations|accusations|charges|claims|reports)\s+(?:of|that\s+it\s+(?:is|was))\s+)?"
           rf"(?P<v>supporting|backing|arming|funding|financing|sheltering|harbou?ring)\s+{DET}{OBJ}", AGENTS, AGENTS,
           certainty="denied"),
        _p("accused-of-supporting", "supports",
           rf"(?:accused|accuses|accusing|blamed|blames)\s+{SUBJ}\s+of\s+(?P<v>supporting|backing|arming|funding|"
           rf"financing|sheltering|harbou?ring|training)\s+{DET}{OBJ}", AGENTS, AGENTS, certainty="alleged"),
        _p("backed-by", "supports",
           rf"{OBJ}{GRP}\s*,?\s+(?:which\s+(?:is|are|was|were)\s+|(?:is|are|was|were|being)\s+)?"
           rf"(?:(?:reportedly|allegedly|widely\s+believed\s+to\s+be)\s+)?(?P<v>backed|supported|funded|financed|"
           rf"armed|sponsored|trained|equipped)\s+by\s+{DET}{SUBJ}", AGENTS, AGENTS),
        _p("x-backed", "supports", rf"{SUBJ}-(?P<v>backed|supported|funded|sponsored|trained)\s+{OBJ}", AGENTS, AGENTS),
        _p("support-for", "supports",
           rf"{SUBJ}(?:'s)?\s+(?:(?:military|financial|covert|alleged)\s+)?(?P<v>support|backing|funding|sponsorship)"
           rf"\s+(?:for|of)\s+{DET}{OBJ}", AGENTS, AGENTS),
        # --------------------------------------------------------------- territory
        _p("captured", "controls", rf"{SUBJ}{GRP}{REL}{WHO}{AUX}{capture}\s+{share}{DET}{OBJ}{LTAIL}(?!\s*'s)",
           ACTORS, PLACES, inception=True),
        _p("holds", "controls", rf"{SUBJ}{GRP}{REL}{WHO}{AUX}{adv}{hold}\s+{share}{DET}{OBJ}{LTAIL}(?!\s*'s)",
           ACTORS, PLACES),
        _p("fell-to", "controls",
           rf"{OBJ}{LTAIL}\s+(?:has\s+|had\s+)?(?P<v>fell|fallen)\s+(?:in)?to\s+(?:the\s+hands\s+of\s+)?{DET}{SUBJ}",
           ACTORS, PLACES, inception=True),
        _p("captured-by", "controls",
           rf"{OBJ}{LTAIL}\s*,?\s+{aux_be}{adv}{passive_cap}\s+by\s+{DET}{SUBJ}", ACTORS, PLACES),
        _p("under-control-of", "controls",
           rf"{OBJ}{LTAIL}\s*,?\s+(?:{aux_be}|came\s+|fell\s+){adv}(?P<v>under)\s+(?:the\s+)?"
           rf"(?:(?:full|complete|effective|firm)\s+)?control\s+of\s+{DET}{SUBJ}", ACTORS, PLACES),
        _p("under-x-control", "controls",
           rf"{OBJ}{LTAIL}\s*,?\s+(?:{aux_be}|came\s+|fell\s+){adv}(?P<v>under)\s+(?:the\s+)?"
           rf"{SUBJ}(?:'s)?\s+(?:(?:full|complete|effective|firm)\s+)?control", ACTORS, PLACES),
        _p("x-controlled", "controls", rf"{SUBJ}-(?P<v>controlled|held|occupied)\s+{OBJ}", ACTORS, PLACES),
        _p("x-controlled-of", "controls",
           rf"{SUBJ}-(?P<v>controlled|held|occupied)\s+(?:districts?|areas?|villages?|provinces?|towns?|parts?)\s+of\s+"
           rf"{DET}{OBJ}{LTAIL}(?:\s*(?:,|,?\s+and)\s+{DET}{OBJ2}{LTAIL})?", ACTORS, PLACES, second="controls"),
        # --------------------------------------------------------------- places and kin
        _p("loc-of", "located_in",
           rf"{SUBJ}(?:\s+(?:district|city|town|village|area|region|valley|county))?\s+(?P<v>of|in)\s+{ADJS}{DET}{OBJ}"
           rf"(?!\s*'s)", PLACES, PLACES),
        _p("loc-apposition", "located_in",
           rf"{SUBJ}\s*,\s*(?:the\s+|a\s+)?(?:\w+\s+){{0,2}}?(?P<v>capital|centre|center|seat|district|city|town|"
           rf"village|suburb|part)\s+(?:of|in)\s+{ADJS}{DET}{OBJ}(?!\s*'s)", PLACES, PLACES),
        _p("loc-possessive", "located_in",
           rf"{OBJ}'s\s+{SUBJ}\s+(?P<v>district|city|town|village|area|region|valley|province|county)", PLACES, PLACES),
        _p("loc-comma", "located_in",
           rf"{SUBJ}\s+(?:district|city|town|village|area)?\s*,\s*{OBJ}\s+(?P<v>province|district|region)",
           PLACES, PLACES),
        _p("based-in", "located_in",
           rf"{SUBJ}{GRP}\s*,?\s+(?:which\s+is\s+|is\s+|are\s+|was\s+)?(?P<v>based|headquartered)\s+in\s+{DET}{OBJ}",
           ACTORS, PLACES),
        _p("kin-apposition", "family_of",
           rf"{SUBJ}\s*(?:,\s*|\s+(?:is|was)\s+)(?:the|a|an)\s+(?:(?:younger|elder|older|eldest|youngest)\s+)?"
           rf"(?P<v>{KIN})\s+of\s+{OBJ}{END}", PERSON, PERSON),
        _p("kin-possessive", "family_of",
           rf"{OBJ}'s\s+(?:(?:younger|elder|older|eldest|youngest)\s+)?(?P<v>{KIN})\s*,?\s+{SUBJ}", PERSON, PERSON),
        _p("kin-whose", "family_of",
           rf"{OBJ}\s*,\s*whose\s+(?:late\s+)?(?P<v>{KIN})\s*,?\s+{SUBJ}", PERSON, PERSON),
        _p("kin-his", "family_of", rf"{OBJ}\s+and\s+his\s+(?P<v>{KIN})\s*,?\s+{SUBJ}", PERSON, PERSON),
    ]
    return tuple(out)
