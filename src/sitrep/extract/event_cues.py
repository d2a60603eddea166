"""What kind of event a sentence reports, in ACLED's typology, from its wording.

``classify(sentence)`` returns the candidate codings of one sentence, strongest first, each an
(event type, sub-event type, strength) triple. Strength orders ACLED's precedence rules: a
premature detonation is "Disrupted weapons use" even when people died; the weapon decides
among "Explosions/Remote violence" sub-types (suicide bomb over air strike over shelling over
grenade over IED); territory taken outranks a plain armed clash; strategic developments are
coded only when no violence is reported. Whether victims are civilians ("Violence against
civilians") is decided later, from the actors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

BATTLES = "Battles"
EXPLOSIONS = "Explosions/Remote violence"
VAC = "Violence against civilians"
PROTESTS = "Protests"
RIOTS = "Riots"
STRATEGIC = "Strategic developments"


@dataclass(frozen=True)
class Cue:
    type: str
    sub_type: str
    strength: float
    span: tuple[int, int]


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


# things found or seized are not attacks: "weapons and explosives were seized"
_SEIZED = _rx(r"[^,.;]*\b(?:seized|confiscated|recovered|discovered|found|captured|handed\s+over|surrendered|"
              r"destroyed|defused|dismantled|cleared)\b[^,.;]*")
# a weapon that is part of a wider attack: "operations that included airstrikes", "with air support"
_INCLUDED = _rx(r"\b(?:that\s+included|which\s+included|including|included|with(?:\s+the)?\s+(?:help|support)\s+of|"
                r"supported\s+by|backed\s+by|with\s+air\s+support\s+and)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$")
_OBJECT_AFTER = _rx(r"^(?:(?!\bby\b)[^.;]){0,80}?\b(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:seized|"
                    r"confiscated|"
                    r"recovered|discovered|found|captured|destroyed|defused|dismantled|handed\s+over|surrendered)\b|"
                    r"^\s*(?:launchers?|droppers?|shells\s+(?:were|was)\s+(?:seized|found))")
_NOT_DONE = _rx(r"\b(?:plann?(?:ing|ed)?|plott?(?:ing|ed)?|prepar(?:ing|ed|e)|involvement\s+in|role\s+in|"
                r"responsible\s+for|behind|accused\s+of|suspected\s+of|threat(?:ened|s)?\s+of|warned\s+of|to\s+carry\s+out)\s+"
                r"(?:(?:an?|the|new|several|more|further|future|suicide|deadly)\s+)*$")
# fighting that stopped or never was ("deals to stop fighting", "there has been no fighting"), and attacks spoken
# of in general ("claiming more attacks", "the reach of its deadly attacks")
_NO_FIGHT_BEFORE = _rx(r"\b(?:stop(?:ped|ping|s)?|end(?:ed|ing|s)?|halt(?:ed|ing|s)?|ceased?|no|without|avoid(?:ed|ing"
                       r"|s)?)\s+(?:the\s+)?$")
_GENERIC_BEFORE = _rx(r"\b(?:its|their|more|such|similar|occasional|frequent|repeated|regular|many|any)\s+"
                      r"(?:(?:deadly|violent|brutal|large|major|small|terrorist|militant)\s+)?$")
_PLURAL_CUE = _rx(r"(?:attacks|operations|clashes|raids|assaults|offensives|battles|skirmishes)")
_OBJECT_BEFORE = _rx(r"\b(?:seized|confiscated|recovered|discovered|found|captured|destroyed|defused|dismantle"
                     r"d|containing|"
                     r"caches?\s+of|depots?\s+of|prepped\s+as|training\s+cent(?:er|re)\s+for)\s+(?:(?!\bby\b)[\w,-]+\s+)"
                     r"{0,8}$")
_LABELS = {
    "detonation": (STRATEGIC, "Disrupted weapons use"), "weapons seizure": (STRATEGIC, "Disrupted weapons use"),
    "property destruction": (STRATEGIC, "Looting/property destruction"), "looting": (STRATEGIC,
                                                                                    "Looting/property destruction"),
    "arrests": (STRATEGIC, "Arrests"), "arrest": (STRATEGIC, "Arrests"), "agreement": (STRATEGIC, "Agreement"),
    "defection": (STRATEGIC, "Change to group/activity"), "non-violent activity": (STRATEGIC, "Other"),
    "base established": (STRATEGIC, "Headquarters or base established"),
    "territory transfer": (STRATEGIC, "Non-violent transfer of territory"),
}
_LABEL = _rx(r"^\s*(?P<label>[A-Za-z][A-Za-z -]{2,30}?)\s*:\s")
_DISRUPTED = _rx(
    r"\bdefus(?:ed|ing|e)\b|\bprematurely\s+(?:exploded|detonated|went\s+off)|\b(?:their|his|its)\s+own\s+"
    r"(?:explosives?|bombs?|mines?|ieds?|device)|\b(?:while|when|as)\s+(?:they\s+were\s+|he\s+was\s+)?(?:planting|making|"
    r"placing|preparing|assembling|transporting|building|laying|trying\s+to\s+plant)\b[^.]{0,30}\b(?:bombs?|mines?|"
    r"ieds?|explosives?|device)|\bbomb-?making\b|\b(?:mine|bomb|ied|explosive)s?\s+(?:that\s+)?(?:they|he)\s+(?:were|was)"
    r"\s+(?:planting|making|placing)|^\s*detonation\s*:|\bcontrolled\s+explosion\b|\bintercepted\b|"
    r"\b(?:found|discovered|recovered|seized|cleared|removed)\s+(?:and\s+(?:defused|destroyed)\s+)?(?:a\s+|an\s+|\d+\s+"
    r"|several\s+|multiple\s+)?(?:roadside\s+)?(?:bombs?|mines?|landmines?|ieds?|explosive\s+devices?)\b|"
    r"\bweapons?\s+caches?\b|\bcaches?\s+of\s+(?:weapons|arms|explosives|ammunition)")
_SELF = _rx(r"\bprematurely\b|\bown\s+(?:explosives?|bombs?|mines?|ieds?|device)|\b(?:while|when|as)\s+(?:the"
            r"y\s+were\s+|"
            r"he\s+was\s+)?(?:planting|making|placing|preparing|assembling|transporting|building|laying)\b|"
            r"\bthat\s+(?:they|he)\s+(?:were|was)\s+(?:planting|making|placing)")
_SUICIDE = _rx(r"\bsuicide\s+(?:attack|bombing|blast|car\s+bomb|vest|explosion|truck|assault|raid|operation)s?\b|"
               r"\bsuicide\s+(?:bomber|attacker)s?\s+(?:\w+\s+){0,2}(?:blew|detonated|rammed|attacked|struck|targeted|"
               r"killed|exploded|hit|set\s+off)|\b(?:by|carried\s+out\s+by)\s+(?:an?\s+)?suicide\s+bombers?\b|\bblew\s+(?:him|her|them)sel(?:f|ves)\s+up\b|\bself-?detonat|\bsvbied\b|\bvest\b")
_CHEMICAL = _rx(r"\bchemical\s+(?:weapons?|attack|agents?)|\bpoison(?:ous)?\s+gas\b|\bchlorine\b|\bsarin\b|"
                r"\bmustard\s+gas\b|\bnerve\s+agent\b")
_AIR = _rx(r"\bair\s*-?\s*strikes?\b|\bair\s+raids?\b|\bdrone\s+(?:strikes?|attacks?)\b|\bdrones?\s+(?:struck|fired|"
           r"targeted|hit)\b|\baerial\s+(?:bombardment|attacks?|strikes?|bombing)|\bwarplanes?\b|\bfighter\s+jets?\b|"
           r"\b(?:helicopters?|gunships?)\s+(?:fired|attacked|struck|targeted|bombed)\b|\bbombed\s+by\s+(?:aircraft|jets|"
           r"planes)|\bair\s+attacks?\b|\bairstrikes?\b|\bbombing\s+raids?\b|\bdefensive\s+strike\b|\bstrike\s+by\s+"
           r"(?:us|u\.s\.|nato|afghan)\s+(?:aircraft|forces)")
_SHELLING = _rx(r"\bfired\s+heavy\s+weapons\b|\bheavy\s+weapons?\s+(?:attack|fire)\s+(?:on|at)\b|\bshell(?:s|e"
                r"d|ing)\b|\bmortars?\b|\bartillery\b|(?<!propelled\s)\brockets?\b(?!-propelled)|"
                r"\bmissiles?\b|\bkatyusha\b|\bcross-border\s+fire\b")
_GRENADE = _rx(r"(?<!propelled\s)\bgrenades?\b(?!\s+launcher)")
_IED = _rx(r"\bieds?\b|\bimprovised\s+explosive|\broadside\s+(?:bombs?|mines?|blast|explosion)|\bland\s*-?mines?\b|"
           r"\bmagnetic\s+(?:bombs?|mines?|ieds?)|\bsticky\s+bombs?\b|\bcar\s+bombs?\b|\bvbied\b|\bbomb\s+(?:blast|"
           r"explosion|attack)s?\b|\bmine\s+(?:blast|explosion)s?\b|\bbombings?\b|\bexplosions?\b|\bblasts?\b|"
           r"\bbombs?\b\s+(?:went\s+off|exploded|detonated|struck|hit|killed|wounded|planted|attached|placed)|"
           r"\bexploded\b|\bdetonated\b|\bplanted\b|\bexplosives?\b|\bmines?\b")
_SEXUAL = _rx(r"\brap(?:ed|e|ing)\b|\bsexual(?:ly)?\s+(?:assault|abuse|violence|assaulted|abused)|"
              r"\benslav(?:e|ed|es|ing)\b|\bsex(?:ual)?\s+slave")
_PROPAGANDA = _rx(r"\b(?:distribut|dropp|circulat|spread|scatter|hand)\w*\s+(?:\w+\s+){0,2}(?:leaflets|pamphlets|"
                  r"flyers|propaganda\s+(?:material|leaflets))")
_ABDUCT = _rx(r"\babduct(?:ed|ion|s|ing)?\b|\bkidnap(?:ped|ping|s)?\b|\btaken\s+hostage\b|\bhostages?\b|"
              r"\bforcibly\s+disappeared\b|\babducted\b")
_PROTEST = _rx(r"\bprotest(?:s|ed|ers|ing)?\b|\bdemonstrat(?:ion|ions|ors|ed|ing)\b|\brall(?:y|ies|ied)\b|\bsit-in\b|"
               r"\bmarched\b|\bstrike\s+by\s+(?:workers|teachers|traders|shopkeepers)")
_RIOT = _rx(r"\briot(?:s|ers|ing|ed)?\b|\bthrew\s+stones\b|\bstone-?pelting\b|\bpelted\b|\bviolent\s+(?:protest|"
            r"demonstration)s?\b|\bprotesters\s+(?:torched|set\s+fire|attacked|stormed|burned|clashed)")
_MOB = _rx(r"\bmob\b|\blynch(?:ed|ing)?\b|\bvigilante")
_EXCESSIVE = _rx(r"\b(?:fired|opened\s+fire)\s+(?:on|at|into)\s+(?:the\s+)?(?:protesters|demonstrators|crowd)|"
                 r"\b(?:protesters|demonstrators)\s+(?:were\s+)?(?:killed|shot)")
_INTERVENTION = _rx(r"\b(?:dispersed|tear\s*gas|water\s+cannons?|baton|arrested|detained|broke\s+up)\b")
_OVERTAKE = _rx(
    r"\b(?:captured|overran|overrun|seized(?:\s+control\s+of)?|took\s+(?:over|control\s+of)|taken\s+(?:over|control"
    r"\s+of)|fell\s+to|gained\s+control\s+of|stormed\s+and\s+captured|overtook|occupied)\s+(?:the\s+|a\s+|an\s+|"
    r"headquarters\s+of\s+|"
    r"\d+\s+|two\s+|three\s+|several\s+|large\s+parts\s+of\s+(?:the\s+)?)?(?:[A-Z][\w'-]+\s+){0,3}(?:district|"
    r"district\s+(?:cent(?:er|re)|headquarters)|villages?|towns?|city|dhq|territory|province|provincial\s+capital|"
    r"areas?)\b|\b(?:district|town|city|dhq|district\s+cent(?:er|re))\s+(?:was|were|had)\s+(?:been\s+)?(?:captured|"
    r"overrun|seized|taken|overtaken)|\b(?:district|town|city|area|village)\s+fell\b")
_REGAIN = _rx(r"\b(?:recaptured|retook|retaken|regained|reclaimed|liberated|re-?took|re-?captured)\b|\bcleare"
              r"d\s+(?:of\s+"
              r"(?:militants|insurgents|taliban|enemy|the\s+enemy))|\b(?:were|was)\s+cleared\s+of\b|\bcleared\b"
              r"[^.;]{0,60}\bof\s+(?:militants|insurgents|taliban|enemy|the\s+enemy)")
_TRANSFER = _rx(r"\b(?:withdrew|pulled\s+out|retreated)\s+from\b|\bhanded\s+over\s+(?:the\s+)?(?:control|district|"
                r"base|checkpoints?|area|territory)|\babandoned\s+(?:the\s+|their\s+|several\s+|\d+\s+)?(?:checkpoints?|"
                r"posts?|bases?|outposts?|district)|\bwithout\s+(?:a\s+)?(?:fight|resistance)\b|\bevacuated\s+"
                r"(?:the\s+|their\s+)?(?:checkpoints?|posts?|bases?|outposts?)")
_CLASH = _rx(r"\bclash(?:es|ed|ing)?\b|\bsiege\b|\bfighting\b|\bfought\b|\bgun\s*-?\s*battles?\b|\bfire\s*-?fi"
             r"ghts?\b|\bexchange\s+of"
             r"\s+fire|\bexchanged\s+fire|\bambush(?:ed|es)?\b|\battack(?:ed|s|ing)?\b|\bassault(?:ed|s)?\b|\braid(?:ed|s)?"
             r"\b|\bstorm(?:ed|ing)\b|\boperations?\b|\boffensive\b|\bskirmish(?:es)?\b|\bengaged\b|\brepulsed\b|"
             r"\brepelled\b|\bsniper\b|\bshot\b|\bopened\s+fire\b|\bgunfire\b|\bgunmen\b|\bbesieg(?:ed|ing)\b|"
             r"\bencounter\b|\bcounter-?attack|\bbattle\b|\bheavy\s+weapons\s+fire\b|\bfiring\b|\bfired\s+(?:on|at)\b|"
             r"\bshooting\b|\brpg\b|\brocket-propelled")
_KILLING = _rx(r"\b(?:killed|killing|kills|wounded|wounding|injured|injuring|dead|died|slain|executed|beheaded|"
               r"murdered|assassinated|shot\s+dead|gunned\s+down|tortured|beaten|captured)\b")
_AGREEMENT = _rx(r"\bcease-?\s*fire\b|\btruce\b|\bpeace\s+(?:deal|agreement|accord|talks)\b|\bagreements?\b|"
                 r"\bagreed\b|\bsigned\b|\bprisoner\s+(?:swap|exchange|release)s?|\breleased\s+(?:\d+\s+|several\s+)?"
                 r"(?:prisoners|detainees|hostages)")
_ARREST = _rx(r"\barrest(?:ed|s|ing)?\b|\bdetain(?:ed|s|ing)?\b|\bapprehended\b|\btaken\s+into\s+custody\b|"
              r"\bcaptured\b|\bnabbed\b|\bheld\s+(?:captive|hostage|in\s+(?:custody|detention|prison|jail)|without\s+"
              r"charge|incommunicado)\b")
_CHANGE = _rx(r"\bdefect(?:ed|ion|ions|s|ing)?\b|\bswitched\s+(?:sides|allegiance)|\b(?:pledg|declar|swor|swear|"
              r"announc|offer)(?:ed|es|ing|e|n|s)?\s+(?:their\s+|his\s+|its\s+)?(?:allegiance|loyalty|bay'?ah)|\bjoined\b|\bsurrender(?:ed|s)?\b|\blaid\s+down\s+(?:their\s+|"
              r"his\s+)?(?:arms|weapons)|\breconcil|\breintegrat|\brecruit(?:ed|ment|ing|s)?\b|\b(?:clos(?:ed|ing|ure)|"
              r"shut(?:\s+down)?)\b[^.;]{0,40}\bschools?\b|\bschools?\b[^.;]{0,40}\b(?:closed|shut)\b|\bbann?(?:ed|ing)"
              r"\b|\bappointed\b|\bnew\s+(?:leader|emir|chief|commander)\b|\bsplit\s+from\b|\bbroke\s+away\b|"
              r"\bmerged\b|\bformation\s+of\b|\bnight\s+letters?\b|\bthreaten(?:ed|s)?\b|\bextort")
_BASE = _rx(r"\b(?:established|set\s+up|opened|built|setting\s+up|establishing|establish)\b[^.;]{0,40}\b(?:bases?|"
            r"headquarters|training\s+(?:camps?|centers?|centres?)|camps?|hideouts?|strongholds?|courts?|"
            r"offices?)\b|\btraining\s+camps?\b")
_LOOT = _rx(r"\bloot(?:ed|ing|s)?\b|\btorch(?:ed|ing)\b|\bset\s+(?:on\s+)?fire\b|\bset\s+(?:[\w']+\s+){0,4}abl"
            r"aze\b|\bburn(?:ed|t)\s+"
            r"(?:down\s+)?(?:a\s+|the\s+|\d+\s+)?(?:houses?|homes?|schools?|shops?|vehicles?|clinics?|buildings?|"
            r"property|properties|towers?)|\bdestroy(?:ed|ing)\s+(?:a\s+|the\s+|\d+\s+|several\s+)?(?:[\w-]+\s+){0,2}(?:houses?|homes?|prisons?|depots?|hideouts?|"
            r"schools?|shops?|clinics?|buildings?|property|properties|bridges?|towers?|telecom|mosques?|culverts?|"
            r"government\s+buildings?)|\bdemolish(?:ed|ing)?\b|\bvandali[sz]ed\b|\bplunder(?:ed)?\b|\bblew\s+up\s+"
            r"(?:a\s+|the\s+)?(?:bridge|school|tower|culvert|building|house|road)")


def _unseized(text: str) -> str:
    """``text`` with the explosive cues blanked out that name a thing seized or found, not an explosion."""
    unseized = text
    for rx in (_SUICIDE, _AIR, _SHELLING, _GRENADE, _IED):
        for m in rx.finditer(unseized):
            before = unseized[max(0, m.start() - 60):m.start()]
            if _INCLUDED.search(before) or _OBJECT_BEFORE.search(before) or _OBJECT_AFTER.match(unseized[m.end():]):
                unseized = unseized[:m.start()] + " " * (m.end() - m.start()) + unseized[m.end():]
    return unseized


def _plain(text: str) -> str:
    """``text`` with the clash words blanked out that say no fight took place."""
    plain = text
    for m in _CLASH.finditer(text):
        before = text[max(0, m.start() - 60):m.start()]
        if _NOT_DONE.search(before) or _NO_FIGHT_BEFORE.search(before) or text[m.end():m.end() + 2][:1] == "-" \
                or (_PLURAL_CUE.fullmatch(m.group()) and _GENERIC_BEFORE.search(before)):
            plain = plain[:m.start()] + " " * (m.end() - m.start()) + plain[m.end():]
    return plain


def _crowd(text: str) -> tuple[re.Pattern[str], str, str, float] | None:
    """The coding of a sentence about a crowd (protest, riot, mob): the cue to find, type, sub-type and strength."""
    if _PROTEST.search(text) or _RIOT.search(text) or _MOB.search(text):
        if _MOB.search(text):
            return _MOB, RIOTS, "Mob violence", 0.85
        elif _EXCESSIVE.search(text):
            return _EXCESSIVE, PROTESTS, "Excessive force against protesters", 0.85
        elif _RIOT.search(text):
            return _RIOT, RIOTS, "Violent demonstration", 0.84
        elif _INTERVENTION.search(text):
            return _PROTEST, PROTESTS, "Protest with intervention", 0.83
        else:
            return _PROTEST, PROTESTS, "Peaceful protest", 0.82
    return None


def classify(text: str) -> list[Cue]:
    """Candidate codings of one sentence, strongest first."""
    cues: list[Cue] = []

    def add(rx: re.Pattern[str], src: str, type_: str, sub: str, strength: float) -> None:
        m = rx.search(src)
        if m:
            cues.append(Cue(type_, sub, strength, m.span()))

    unseized = _unseized(text)
    plain = _plain(text)
    violent = bool(_CLASH.search(plain) or _KILLING.search(plain))
    label = _LABEL.match(text)
    if label and label.group("label").lower() in _LABELS:
        type_, sub = _LABELS[label.group("label").lower()]
        cues.append(Cue(type_, sub, 0.97, label.span()))
    self_inflicted = _SELF.search(text)
    add(_DISRUPTED, text, STRATEGIC, "Disrupted weapons use", 0.95 if self_inflicted or not violent else 0.4)
    add(_SUICIDE, unseized, EXPLOSIONS, "Suicide bomb", 0.93)
    add(_CHEMICAL, unseized, EXPLOSIONS, "Chemical weapon", 0.92)
    add(_AIR, unseized, EXPLOSIONS, "Air/drone strike", 0.9)
    add(_SHELLING, unseized, EXPLOSIONS, "Shelling/artillery/missile attack", 0.88)
    add(_GRENADE, unseized, EXPLOSIONS, "Grenade", 0.87)
    add(_IED, unseized, EXPLOSIONS, "Remote explosive/landmine/IED", 0.86)
    crowd = _crowd(text)
    if crowd is not None:
        rx, type_, sub, strength = crowd
        add(rx, text, type_, sub, strength)
    add(_SEXUAL, text, VAC, "Sexual violence", 0.8)
    add(_OVERTAKE, text, BATTLES, "Non-state actor overtakes territory", 0.78)
    add(_REGAIN, text, BATTLES, "Government regains territory", 0.77)
    add(_ABDUCT, text, VAC, "Abduction/forced disappearance", 0.76)
    add(_CLASH, plain, BATTLES, "Armed clash", 0.7)
    if not cues:
        add(_KILLING, text, BATTLES, "Armed clash", 0.55)
    add(_TRANSFER, text, STRATEGIC, "Non-violent transfer of territory", 0.5 if violent else 0.74)
    add(_AGREEMENT, text, STRATEGIC, "Agreement", 0.45 if violent else 0.73)
    add(_BASE, text, STRATEGIC, "Headquarters or base established", 0.45 if violent else 0.72)
    add(_CHANGE, text, STRATEGIC, "Change to group/activity", 0.44 if violent else 0.71)
    # "security forces arrested three students for facilitating recruitment": the arrest is the event
    arrest, change = _ARREST.search(text), _CHANGE.search(text)
    first = bool(arrest and change and arrest.start() < change.start())
    add(_ARREST, text, STRATEGIC, "Arrests", 0.43 if violent else (0.715 if first else 0.7))
    add(_PROPAGANDA, text, STRATEGIC, "Other", 0.4 if violent else 0.705)
    add(_LOOT, text, STRATEGIC, "Looting/property destruction", 0.42 if violent else 0.69)
    return sorted(cues, key=lambda c: -c.strength)


def is_weak(cue: Cue) -> bool:
    """A coding that rests on a casualty word alone ("3 were killed"): it elaborates the event before it."""
    return cue.strength <= 0.55
