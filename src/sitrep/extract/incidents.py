"""Incidents, not sentences: the event mentions of one document grouped into the happenings they report.

A news article tells one incident several ways: the lead, a casualty update, another source's figure, a quote,
"the attackers ...". ``events._group`` turns sentences into drafts (one per run of sentences that report an
event); this module drops the drafts that report no incident and joins each remaining draft to the earlier
incident it speaks of, so that each incident becomes one event filled from all its mentions.

What reports no incident (general facts of news writing):
- page furniture: headlines of other stories, captions and link text, told apart by standing on a line of
  their own without a sentence's final punctuation, and photo captions closed by a photographer's credit
  (``boilerplate``);
- totals over a period ("since Tuesday at least 25 people", "the death toll since the protests began",
  "six weeks of fighting killed ..."), habits and generalities ("frequently", "a string of attacks",
  "at will"), history without an incident ("at the peak of its power", "previously"), threats, talks and
  standing agreements, and negated happenings ("did not fire a shot").

A later draft joins an earlier incident when it says nothing that makes it another one ("another",
"separate", "earlier", "comes days after", its own different day, a different specific place, an air strike
beside ground violence) and either refers back to it ("the attack", "the attackers", "Sunday's strike") or
reports the same kind of violence close by. The second incident of a lead that tells two (``incident_split``)
never joins the first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from sitrep.extract import event_cues as cues_mod
from sitrep.extract.event_fatalities import fatalities
from sitrep.extract.incident_days import dates_agree, day_span, plus_days, week_month
from sitrep.extract.incident_furniture import boilerplate, caption, furniture, titles_caption
from sitrep.extract.incident_furniture import head_end as head_end_of
from sitrep.extract.incident_places import fine_places, own_places, shared, spread_places
from sitrep.lexicon.regex_literals import Gated
from sitrep.records import Figure, Mention, TimeExpression
from sitrep.spans import Ordered


@dataclass
class Draft:
    """Sentences that report one event; ``also`` holds the later mentions of the same incident."""

    cue: cues_mod.Cue
    sents: list[tuple[int, int]] = field(default_factory=list)
    timex: TimeExpression | None = None
    index: int = 0
    also: list[Draft] = field(default_factory=list)
    salience: str = "main"
    place: str | None = None  # the place's key when one sentence tells the incident in several places
    shares: int = 1  # how many events share the told figure (one per place)
    apart: bool = False  # the second incident of a sentence that tells two: never joins an earlier one

    @property
    def all_sents(self) -> list[tuple[int, int]]:
        return sorted({s for d in [self, *self.also] for s in d.sents})


def _story_headlines(text: str, headlines: list[Draft], found: list[Draft]) -> list[Draft]:
    """A headline above the body says what the story reports: it stands as evidence only for a kind of event
    that no sentence of the body reports (captions and teasers of the same story repeat the body). Kinds as
    incidents are told apart (``_family``): killing civilians in a headline and "they started killing people"
    in the body are one violence, whatever coding each wording gets before the actors are known."""
    told = {_family(d) for d in found}
    kept: list[Draft] = []
    for h in headlines:
        if _family(h) not in told:
            told.add(_family(h))
            kept.append(h)
    return kept


_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PEOPLE = (r"(?:people|persons|civilians|soldiers|troops|policemen|officers|fighters|militants|rebels|insurgents|"
           r"protesters|children|women|residents|villagers|deaths|dead|killed|died)")
_COUNT = r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|scores)"
# a period that a count runs over: "at least 25 people since Tuesday", "the death toll since the war began"
_SINCE = re.compile(rf"\bsince\s+(?:then|the\s+(?:beginning|start|outbreak)|hostilities|the\s+war|(?:the\s+)?"
                    rf"(?:protests?|fighting|conflict|war|violence|unrest)\s+(?:began|erupted|broke\s+out|started)|{_DAYS}|early|"
                    rf"last\s+(?:week|month|year))\b", re.I)
_COUNTED = re.compile(rf"\b{_COUNT}\s+(?:[\w-]+\s+){{0,3}}?{_PEOPLE}\b|\b(?:attacks|strikes|airstrikes|raids|clashes|"
                      rf"bombings|killings)\b", re.I)
_NOT_AN_INCIDENT = [
    # totals over a period of time
    re.compile(r"\b(?:death\s+toll|toll|number\s+of\s+(?:dead|deaths))\s+(?:\w+\s+){0,3}?since\b|\bbrings?\s+(?:the\s+)?"
               r"(?:(?:death\s+)?toll\s+)?to\s+\w+|\bbring(?:s|ing)?\s+to\s+\w+\s+the\s+(?:death\s+)?toll|"
               r"\bso\s+far\s+this\s+year\b|\bthis\s+year\s+alone\b", re.I),
    re.compile(r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+(?:days|weeks|months|"
               r"years)\s+of\s+(?:fighting|war|conflict|clashes|violence)\b", re.I),
    # habits and generalities
    # (not a manner of one deed done to one person: "a soldier repeatedly raped a woman", "repeatedly stabbed him")
    re.compile(r"\b(?:frequently|often|routinely|regularly|repeatedly(?!\s+\w+\s+(?:an?\s|him\b|her\b|\d+-year-old\b))|"
               r"at\s+will|increasingly|escalated|intensified)\b"
               r"|\b(?:frequent|repeated|numerous|near-daily|daily|recurrent|sporadic|countless|a\s+string\s+of|a\s+spate\s+of|"
               r"a\s+number\s+of|(?:dozens|hundreds|scores)\s+of)\s+(?:[\w-]+\s+){0,2}?(?:attacks|raids|strikes|airstrikes|"
               r"bombings|clashes|killings|assaults|ambushes|abductions|kidnappings)\b|\bcontinues?\s+to\b", re.I),
    re.compile(r"\b(?:is|are)\s+being\s+reported\b|\b(?:has|have)\s+been\s+"
               r"(?:organi[sz]ing|holding|staging|carrying\s+out|waging|launching|conducting)\b|\b(?:made|making|make)"
               r"\s+(?:[\w-]+\s+){0,2}?(?:gains|advances|inroads)\b|\bfor\s+(?:decades|years|months|weeks)\b", re.I),
    # history without a specific incident; what a group has been able to do; fighting across whole regions
    re.compile(r"\bat\s+the\s+(?:peak|height)\s+of\b|\bhad\s+previously\b|\buntil\s+(?:a\s+few|several|some|two|three)"
               r"\s+(?:weeks|months|years)\s+ago\b|\blong\s+(?:held|controlled|dominated|ruled)\b|\b(?:has|have)\s+"
               r"(?:still\s+|also\s+)?been\s+able\s+to\b|\bin\s+(?:several|many|multiple|various)\s+(?:provinces|regions|"
               r"countries|states)\b", re.I),
]
# talks, standing agreements (what a demonstration may be about: "rejecting the results of negotiations with ...")
_TALKS = [
    re.compile(r"\b(?:peace\s+)?(?:talks|negotiations)\s+(?:between|with)\b|\bpeace\s+talks\b|"
               r"\b(?:has|have)\s+an?\s+(?:\w+\s+)?(?:cooperation\s+)?(?:agreement|accord|pact)\s+with\b", re.I),
]
# each searched only in a sentence holding the words its matches need (``lexicon.regex_literals``)
_NOT_AN_INCIDENT_GATED, _TALKS_GATED = Gated(_NOT_AN_INCIDENT), Gated(_TALKS)
# a threat or vow, told before (or as) the event word: "threatened to march", "had threatened reprisals"
_THREAT = re.compile(r"\bthreaten(?:s|ed|ing)?\s+(?:to\b|reprisals?|retaliation|revenge|action)|\bvow(?:s|ed)\s+to\b|"
                     r"\bwarn(?:s|ed)\s+(?:of|that)\b", re.I)
_ACCUSED = re.compile(r"\baccus(?:e|es|ed|ing)\s+(?:[\w’'-]+\s+){1,5}?of\s+$", re.I)
_NEGATED = re.compile(r"(?:\bnot|n[’']t|\bnever|\bno)\s+(?:\w+\s+){0,3}$", re.I)
# what can or must be done, not what was: "the conflict cannot be solved by bombs"
_GENERIC_MODAL = re.compile(r"\b(?:can|cannot|can[’']t|must|need\s+to|needs\s+to)\b[^.;]{0,80}$", re.I)
_EVENT_NOUN = (r"(?:attacks?|strikes?|air\s?strikes?|blasts?|bombings?|explosions?|ambush(?:es)?|raids?|clash(?:es)?|"
               r"fighting|assault|incident|shooting|violence|battle|operation|confrontation|protests?|"
               r"demonstrations?|rally|killings?)")
_NEW_INCIDENT = re.compile(rf"\b(?:(?:another|separate|second|new)\s+(?:[\w-]+\s+){{0,2}}?{_EVENT_NOUN}|separately|"
                           rf"meanwhile|similar|also\s+on|respond(?:ed|s|ing)\s+to|in\s+(?:response|retaliation)|"
                           rf"retaliat(?:ed|es|ing|ion))\b", re.I)
# words placing a mention at another time: they part it from the incident unless both days are known and agree
_NEW_TIME = re.compile(rf"\b(?:earlier|previous(?:ly)?|last\s+(?:week|month|year)|ago|a\s+day\s+(?:earlier|before)|"
                       rf"the\s+same\s+day|days?\s+earlier|in\s+(?:{_MONTHS}\s+)?(?:19|20)\d\d)\b", re.I)
# a clear shift to another day: "a few days earlier", "two weeks ago"
_SHIFTED = re.compile(r"\b(?:(?:a\s+few|several|two|three|four|five|\d+)\s+(?:days|weeks|months)\s+"
                      r"(?:earlier|before|ago)|"
                      r"a\s+(?:day|week|month)\s+(?:earlier|before)|"
                      r"comes?\s+(?:just\s+|only\s+)?(?:a\s+(?:few\s+)?|one\s+|two\s+|three\s+|several\s+)?(?:days?|weeks?|"
                      r"months?)\s+after)\b", re.I)  # "the attack comes a week after ten soldiers were killed"
# the day a statement was made, not the event's: "officials on Friday confirmed", "said on Friday"
_REPORTING_DAY = re.compile(r"(?:\b(?:said|says|confirmed|told\s+\w+|announced|reported|added|stated)\s+(?:on\s+)?"
                            r"<T>|<T>\s*,?\s*(?:said|confirmed|announced|told|reported|added)\b|\bstatement\s+(?:on\s+)?"
                            r"<T>)", re.I)
# a record measured against an earlier incident ("the deadliest since the killing of 22 ... in 2014"): the
# sentence tells that earlier incident
_SINCE_EVENT = re.compile(r"\bsince\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:killings?|massacre|attacks?|bombings?|"
                          r"blasts?|strikes?|ambush|raid|assault|shooting|siege)\s+(?:of|on|in|at|by)\b", re.I)
# where a period began ("since hostilities erupted last year"): no other time for the incident told
_SINCE_PERIOD = re.compile(r"\bsince\b[^,.;]*", re.I)
_RELATIVE_CLAUSE = re.compile(r",\s*(?:(?:which|who|whose)\s+(?:had|has|have|was|were|is|are|been)\b|who\s)[^,;.]*$",
                              re.I)  # "Sojo, who grew up in the home and returned Tuesday": a person's day
_SINCE_CLAUSE = re.compile(r"\bsince\b[^,.;]{0,40}$", re.I)


def new_incident(sentence: str) -> bool:
    """The sentence tells of another incident than the one before it: "another attack", "in a separate
    clash", "meanwhile", "a few days earlier", "in retaliation"."""
    return _tells_another(sentence) or bool(_SHIFTED.search(sentence))


# a relative clause's opening just before the words: they describe its noun, not the sentence's happening
# ("after attacks that appeared to be in response to a raid")
_IN_RELATIVE_CLAUSE = re.compile(r"\b(?:that|which)\s+(?:[\w-]+\s+){0,3}$", re.I)


def _tells_another(sentence: str) -> bool:
    """Words that part the sentence's happening from the incident before it, outside a relative clause."""
    return any(not _IN_RELATIVE_CLAUSE.search(sentence[max(0, m.start() - 60):m.start()])
               for m in _NEW_INCIDENT.finditer(sentence))


def side_day(text: str, t: TimeExpression) -> bool:
    """A time expression that is not an event's day: when a statement was made ("officials on Friday confirmed")
    or where a period began ("the first accord since 2001", "since hostilities erupted last year"), or a day
    told in a relative clause about something else ("the gangs, which were outlawed earlier this month")."""
    before = text[max(0, t.start - 40):t.start]
    return bool(_REPORTING_DAY.search(before[-30:] + "<T>" + text[t.end:t.end + 20]) or _SINCE_CLAUSE.search(before)
                or _RELATIVE_CLAUSE.search(text[max(0, t.start - 120):t.start]))


_BACK_REFERENCE = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[A-Z][a-z]+day[’']s)\s+(?:(?!\w+est\b|worst\b|most\b)[\w-]+\s+){0,2}?(?:attacks?|strikes?|"
    r"air\s?strikes?|blasts?|bombings?|explosions?|ambush|raids?|clash(?:es)?|fighting|assault|incident|shooting|"
    r"violence|attackers|assailants|gunmen|militants|bombers?|victims|dead|agreement|deal|accord|protests?|"
    r"demonstrations?|rally|operation|confrontation|battle|defection|killings?|locality|scene)\b")
_VIOLENCE = {cues_mod.BATTLES, cues_mod.EXPLOSIONS, cues_mod.VAC}
_DEMONSTRATIONS = {"Protests", "Riots"}
_FOLDED = {"Looting/property destruction", "Disrupted weapons use"}  # told as part of an attack


def refers_back(sentence: str) -> bool:
    """The sentence speaks of an incident already told: "the attack", "the attackers", "Sunday's strike"."""
    return bool(_BACK_REFERENCE.search(sentence))


def not_an_incident(sentence: str, cue: cues_mod.Cue) -> bool:
    """The draft's main sentence reports no specific incident: a total over a period, a habit or generality,
    history, a threat, talks or a standing agreement, or a happening it denies."""
    if cue.labelled:
        return False  # the note's own tag says what it reports ("Agreement: ... enter peace talks")
    told = sentence[:cues_mod.claim_at(sentence, cue)]  # a demonstration's claim tells its grievance's habits
    if _NOT_AN_INCIDENT_GATED.any_search(told) \
            or (cue.type not in _DEMONSTRATIONS and _TALKS_GATED.any_search(sentence)):
        return True
    if _SINCE.search(sentence) and _COUNTED.search(sentence):
        return True
    if _ACCUSED.search(sentence[:cue.span[0]]):
        return True  # an accusation, not a report: "X accused the Taliban of killing its fighters"
    threat = _THREAT.search(sentence)
    if threat and threat.start() <= cue.span[0]:
        return True
    before = sentence[:cue.span[0]]
    return bool(_NEGATED.search(before) or _GENERIC_MODAL.search(before))


def _family(d: Draft) -> str:
    if d.cue.type in _VIOLENCE or d.cue.sub_type in _FOLDED:
        return "violence"
    if d.cue.type in _DEMONSTRATIONS:
        return "demonstration"
    return d.cue.sub_type or d.cue.type


@dataclass(frozen=True)
class _Again:
    """What a mention says of itself in its first sentence, the same whichever incident it is checked against."""

    sentence: str
    own: TimeExpression | None  # its own day (not a statement's day)
    apart: bool  # "another attack", "meanwhile", "since the attack"
    new_time: bool  # a time of its own besides any "since ..." period
    raid: bool
    back: bool  # "the attack", "Sunday's strike"
    mine: set[str]  # its finer places


def _again(text: str, d: Draft, places: Ordered[Mention]) -> _Again:
    sentence = text[d.sents[0][0]:d.sents[0][1]]
    return _Again(sentence, None if d.timex is None or side_day(text, d.timex) else d.timex,
                  _tells_another(sentence) or bool(_SHIFTED.search(sentence) or _SINCE_EVENT.search(sentence)),
                  bool(_NEW_TIME.search(_SINCE_PERIOD.sub(" ", sentence))), bool(_RAID.search(sentence)),
                  bool(_BACK_REFERENCE.search(sentence)), fine_places(text, d, places, d.sents))


def _joins(text: str, d: Draft, inc: Draft, places: Ordered[Mention], near: bool, a: _Again) -> bool:
    """``d`` (``a``: what its first sentence says) tells of the incident ``inc`` again."""
    own = a.own
    if a.apart or not dates_agree(own, inc.timex) or (a.new_time and (own is None or inc.timex is None)):
        return False
    if not _kinds_agree(text, d, inc):
        return False
    mine, theirs = a.mine, fine_places(text, inc, places)
    raid = inc.cue.sub_type == "Arrests" and a.raid  # a raid names the site, not the town
    if mine and theirs and not shared(mine, theirs) and not raid:
        return False
    return a.back or d.cue.sub_type in _FOLDED or (raid and own is None) \
        or (near and (own is None or inc.timex is None)) or (own is None and not own_places(mine, theirs)) \
        or (own is not None and inc.timex is not None and (not theirs or not own_places(mine, theirs)))


def _before_the_news(d: Draft, inc: Draft, anchor: str | None) -> bool:
    """The mention's own day lies days before the document's, and the incident gives no day: an incident told
    without a day is the news of the document's day, so the mention tells an earlier one."""
    span = day_span(d.timex)
    return inc.timex is None and anchor is not None and span is not None and span[2] == "day" \
        and plus_days(span[1], 1) < anchor[:10]


def _target(text: str, d: Draft, found: list[Draft], places: Ordered[Mention], anchor: str | None = None
            ) -> Draft | None:
    """The incident a mention tells of again: among those it may join, one naming the same place, else one of the
    same sub-type, else the nearest before it."""
    if not found:
        return None
    s = d.sents[0][0]
    a = _again(text, d, places)
    cands = [inc for inc in found if _joins(text, d, inc, places, _near(text, inc, s), a)
             and not _before_the_news(d, inc, anchor)]
    if not cands:
        return None
    mine = a.mine
    return max(cands, key=lambda inc: (shared(mine, fine_places(text, inc, places)),
                                       inc.cue.sub_type == d.cue.sub_type, inc.sents[0][0]))


def _finer_day(text: str, d: Draft, inc: Draft) -> bool:
    """The mention's own day (in its first sentence, not a statement's day) is more precise than the incident's:
    "last week" told first, "on Thursday" after."""
    t = d.timex
    if t is None or not d.sents[0][0] <= t.start < d.sents[0][1] or side_day(text, t):
        return False
    mine, theirs = day_span(t), day_span(inc.timex)
    return inc.timex is None or (mine is not None and mine[2] == "day" and (theirs is None or theirs[2] != "day"))


def _near(text: str, inc: Draft, start: int) -> bool:
    """The mention follows the incident's last sentence closely, in the same paragraph."""
    end = max(e for _, e in inc.all_sents)
    return 0 <= start - end < 400 and "\n\n" not in text[end:start]


_RAID = re.compile(r"\b(?:raid(?:s|ed)?|operations?|search(?:ed)?|swoop|cordon(?:ed)?)\b", re.I)


def from_the_air(cue: cues_mod.Cue, other: cues_mod.Cue) -> bool:
    """One of two acts of violence is an air or drone strike and the other is not: ACLED codes the strikes of
    aircraft apart from the ground fighting or bombing told beside them."""
    air = "Air/drone strike"
    return (cue.sub_type == air) != (other.sub_type == air) and {cue.type, other.type} <= _VIOLENCE


def same_toll(text: str, mine: list[tuple[int, int]], theirs: list[tuple[int, int]]) -> bool:
    """Both tell the same death toll ("Nineteen civilians were killed in airstrikes" and "fierce bombing killed
    19 people"): the same incident told again, whatever word names the weapon."""
    a, b = fatalities(text, mine)[0].value, fatalities(text, theirs)[0].value
    return a is not None and a == b


def _kinds_agree(text: str, d: Draft, inc: Draft) -> bool:
    """The same kind of happening: the same family (violence, demonstrations, or one strategic sub-type), a
    looting or seizure told within an attack, violence told within a protest, a raid that made the arrests; not
    an air strike told beside ground violence unless it refers back to it."""
    if from_the_air(d.cue, inc.cue) and not refers_back(text[d.sents[0][0]:d.sents[0][1]]) \
            and not same_toll(text, d.sents, inc.sents):
        return False
    if _family(d) == _family(inc) or (d.cue.sub_type in _FOLDED and _family(inc) == "violence"):
        return True
    if inc.cue.sub_type == "Arrests" and _family(d) == "violence":
        return bool(_RAID.search(text[d.sents[0][0]:d.sents[0][1]]))
    return _crowd_violence(text, d, inc)


_CROWD = re.compile(r"\b(?:protest(?:er)?s?|demonstrat(?:ors?|ions?)|rioters?|crowds?|mobs?|marchers|tear\s?gas|"
                    r"rubber\s+bullets|water\s+cannons?|stun\s+grenades|batons?)\b", re.I)
_CROWD_ACTS = re.compile(r"\b(?:hurl(?:ed|ing)?|thr(?:ew|owing|own)|pelt(?:ed|ing)?|ston(?:ed|ing)|torch(?:ed|ing)|"
                         r"set\s+fire|clash(?:ed|es)?|attack(?:ed|ing))\b", re.I)


def _crowd_violence(text: str, d: Draft, inc: Draft) -> bool:
    """Violence told in a protest's story (stones thrown, troops dispersing demonstrators, protesters shot):
    one of the two is a demonstration, and the violence speaks of the crowd or the protest of its violence."""
    fams = {_family(d), _family(inc)}
    if fams != {"violence", "demonstration"}:
        return False
    violent, crowd = (d, inc) if _family(d) == "violence" else (inc, d)
    return bool(_CROWD.search(text[violent.sents[0][0]:violent.sents[0][1]])
                or _CROWD_ACTS.search(text[crowd.sents[0][0]:crowd.sents[0][1]]))


def incidents(text: str, drafts: list[Draft], places: Ordered[Mention], anchor: str | None) -> list[Draft]:
    """The document's incidents: drafts that report none dropped, later mentions joined to their incident.

    ``places``: the location mentions with a key, in text order; ``anchor``: the document's day (published or
    dateline), which tells earlier incidents (``salience`` background) from the news."""
    found: list[Draft] = []
    headlines: list[Draft] = []
    head_end = head_end_of(text)
    for d in drafts:
        s, e = d.sents[0]
        told = [(s, e) for s, e in d.sents if not boilerplate(text, s, e)]
        if not told:
            if s < head_end and not furniture(text[s:e]) and not caption(text, s, e) \
                    and not not_an_incident(text[s:e], d.cue) and not titles_caption(text, e):
                headlines.append(Draft(d.cue, d.sents[:1], d.timex))
            continue
        if d.timex is not None and not d.apart and not any(s0 <= d.timex.start < e0 for s0, e0 in told):
            d.timex = None  # the day a caption gave
        d.sents = told
        s, e = d.sents[0]
        if not_an_incident(text[s:e], d.cue):
            continue
        target = None if d.apart else _target(text, d, found, places, anchor)
        if target is not None:
            target.also.append(d)
            if _finer_day(text, d, target):
                target.timex = d.timex
        else:
            found.append(d)
    found = [part for d in _without_summaries(text, found) for part in _per_place(text, d, places)]
    found = sorted(found + _story_headlines(text, headlines, found), key=lambda d: d.sents[0][0])
    for n, inc in enumerate(found):
        inc.index = n
        inc.salience = salience(text, inc, anchor or _first_day(found))
    return found


# a sentence that sums up several incidents: "were killed in separate clashes", "in two attacks"
_SUMMARY = re.compile(r"\b(?:in|during)\s+(?:two|three|four|several|a\s+series\s+of|(?:two|three|four)?\s*separate)\s+"
                      r"(?:[\w-]+\s+)?(?:attacks|strikes|air\s?strikes|blasts|bombings|explosions|ambushes|raids|clashes|"
                      r"incidents|shootings|battles|operations|encounters)\b", re.I)


def _without_summaries(text: str, found: list[Draft]) -> list[Draft]:
    """A sentence summing up several incidents ("killed in separate clashes") is not one of them: dropped when
    the document tells at least two others on their own."""
    summaries = [d for d in found if _SUMMARY.search(text[d.sents[0][0]:d.sents[0][1]]) and not d.also]
    if not summaries or len(found) - len(summaries) < 2:
        return found
    return [d for d in found if d not in summaries]


def _per_place(text: str, d: Draft, places: Ordered[Mention]) -> list[Draft]:
    """One incident per town when a sentence tells of attacks "in A and in B"."""
    keys = spread_places(text, d.all_sents, places)
    return [replace(d, place=k, shares=len(keys)) for k in keys] if keys else [d]


_BACKGROUND = re.compile(rf"\b(?:last\s+(?:month|year)|earlier\s+this\s+(?:month|year)|(?:months|years)\s+ago|"
                         rf"previous(?:ly)?|in\s+(?:{_MONTHS}\s+)?(?:19|20)\d\d)\b", re.I)


def _first_day(found: list[Draft]) -> str | None:
    for d in found:
        span = day_span(d.timex)
        if span is not None and span[2] == "day":
            return span[0]
    return None


def salience(text: str, inc: Draft, anchor: str | None) -> str:
    """``background`` for an earlier incident the document recalls (its day more than a week before the
    document's, or told as "last week", "last month", "in 2014", "years ago": news is told by the day), else
    ``main``."""
    if _BACKGROUND.search(text[inc.sents[0][0]:inc.sents[0][1]]):
        return "background"
    span = day_span(inc.timex)
    if span is not None and span[2] in ("week", "month", "year"):
        return "background"
    if span is None or anchor is None:
        return "main"
    return "background" if plus_days(span[1], 7) < anchor[:10] else "main"


_DENIED_FIGURE = re.compile(r"(?:\bnot|n[’']t|\bnever|\bdenied|\bdenies)\b", re.I)


def incident_fatalities(text: str, inc: Draft) -> tuple[Figure, list[Figure]]:
    """The incident's figure by ACLED's rules, and every figure any of its mentions gives (for claims).

    Each mention is read on its own (a lead, an update, another source) and figures of different mentions are
    never added: the first mention's figure stands, else the lowest that a later mention gives; a figure the
    sentence denies ("they have not killed 30") only becomes a claim."""
    fig, figs = fatalities(text, inc.sents)
    others: list[Figure] = []
    for group in (m.sents for m in inc.also):
        f, fs = fatalities(text, group)
        figs += fs
        if f.value is not None and not any(_DENIED_FIGURE.search(text[s:e]) for s, e in group):
            others.append(f)
    if fig.value is None and others:
        fig = min(others, key=lambda f: f.value or 0)
    if inc.shares > 1 and fig.value is not None:  # ACLED: a figure told for several events is spread evenly
        fig = Figure(fig.value // inc.shares, fig.qualifier, fig.text, fig.counts, fig.start, fig.end)
    distinct: dict[int | None, Figure] = {}
    for f in figs:
        distinct.setdefault(f.value, f)
    return fig, list(distinct.values())


__all__ = [
    "Draft",
    "boilerplate",
    "from_the_air",
    "incident_fatalities",
    "incidents",
    "new_incident",
    "not_an_incident",
    "refers_back",
    "salience",
    "same_toll",
    "side_day",
    "week_month",
]
