"""Events coded in ACLED's typology: one record per distinct event a document reports.

A sentence whose wording reports an event (``event_cues.classify``) opens an event; the sentences after it that only
add detail (casualties, the weapon, who claimed it) join it, while a sentence with its own date or another kind of
event opens the next one, so an article recounting five past attacks yields five events; a sentence telling two
incidents ("... killed 12 fighters and a series of bombings killed six people") is cut in two (``incident_split``).
Each event gets ACLED's actors (``event_actors``; a government as the party to an agreement, ``state_actors``), its
date from the time expressions of its sentences (else the document's date), the most specific place named, the most
conservative fatality figure by ACLED's rules, evidence, a confidence, and the certainty the sentence's hedges give
it. Fatality figures become ``Claim`` records, so disagreeing sources can be listed side by side.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sitrep.dates import timex_span
from sitrep.extract import actor_sides, claim_actors, criminal_actors, crowd_actors, one_side, other_time, state_units
from sitrep.extract import armed_targets as armed_mod
from sitrep.extract import context_cues as sides_mod
from sitrep.extract import event_actors as actors_mod
from sitrep.extract import event_cues as cues_mod
from sitrep.extract.actor_locale import localize_roles, policed
from sitrep.extract.actor_roles import who_did_it
from sitrep.extract.backers import backed
from sitrep.extract.defection_sides import changed_sides, surrender_sides
from sitrep.extract.development_victims import development_roles
from sitrep.extract.draft_codings import (
    coding_told_on,
    fire_returned,
    territory_taken,
    violence_after_development,
)
from sitrep.extract.event_country import document_country
from sitrep.extract.event_places import at_home, in_country, location
from sitrep.extract.event_victims import (
    custodian,
    interceptor,
    labelled_roles,
    mission_victims,
    struck_property,
    victim_roles,
)
from sitrep.extract.front_lines import front_sides
from sitrep.extract.incident_split import closer_to_first, second_day, split_told
from sitrep.extract.incidents import (
    Draft,
    from_the_air,
    incident_fatalities,
    incidents,
    new_incident,
    not_an_incident,
    refers_back,
    same_toll,
    side_day,
    week_month,
)
from sitrep.extract.joint_actors import as_whole, either
from sitrep.extract.lead_sentences import with_lead
from sitrep.extract.local_insurgents import kept_when_claimed
from sitrep.extract.not_happened import no_incident_of_its_own, not_happened
from sitrep.extract.party_actors import party_roles
from sitrep.extract.responders import responders
from sitrep.extract.state_actors import political_roles, told_sentence
from sitrep.extract.unit_anaphora import taken_up
from sitrep.extract.unit_sides import drop_unit_words
from sitrep.extract.unnamed_groups import name_unidentified
from sitrep.extract.war_sides import remnant_layer, war_sides
from sitrep.ingest.datelines import find_dateline
from sitrep.lexicon.successions import country_on
from sitrep.nlp.region_names import is_region
from sitrep.nlp.sentences import split_sentences
from sitrep.records import (
    Annotations,
    Attribution,
    Claim,
    Document,
    EntityRef,
    EventActor,
    EventDate,
    EventRecord,
    Evidence,
    Extractions,
    Figure,
    Mention,
    TimeExpression,
)
from sitrep.spans import Ordered

EXTRACTOR = "acled-coder"
VERSION = "events-0.1"

_HEDGES: list[tuple[str, re.Pattern[str]]] = [
    ("denied", re.compile(r"\bdenied\b|\bdenies\b|\brejected\s+(?:the\s+)?claim", re.I)),
    ("unconfirmed", re.compile(r"\bunconfirmed\b|\bcould\s+not\s+(?:be\s+)?(?:independently\s+)?(?:verif|confirm)|"
                               r"\bnot\s+(?:been\s+)?(?:independently\s+)?(?:verified|confirmed)", re.I)),
    ("claimed", re.compile(r"\bclaim(?:ed|s|ing)?\b", re.I)),
    ("alleged", re.compile(r"\balleged(?:ly)?\b|\bsuspected\s+of\b|\baccused\b", re.I)),
    ("planned", re.compile(r"\b(?:plan(?:ned|s)?|plotting|will|would|intend(?:s|ed)?)\s+to\b", re.I)),
]
_CLAIM_RESP = re.compile(r"\bclaimed\s+(?:responsibility|the\s+(?:attack|bombing|blast|assault|killing))|\btook\s+"
                         r"responsibility|\bresponsibility\s+(?:for|was\s+claimed)", re.I)
# a claim denied or not (yet) made: "no group has claimed responsibility", "nor did it claim responsibility"
_NO_CLAIM = re.compile(r"\b(?:no\s+(?:one|group|immediate|claim)|nobody|not\s+(?:immediately\s+|yet\s+)?(?:claimed|"
                       r"claim)|nor\s+(?:did|has|have)\b|(?:denied|denies|rejected)\s+(?:any\s+)?(?:responsibility|"
                       r"involvement))", re.I)
_NEW_EVENT_DATE = re.compile(r"\b(?:last\s+(?:year|month|week)|earlier\s+(?:this|in\s+the)|in\s+(?:january|february|"
                             r"march|april|may|june|july|august|september|october|november|december)|previous(?:ly)?|"
                             r"ago|since|comes?\s+(?:just\s+|only\s+)?(?:\w+\s+)?(?:days?|weeks?|months?)\s+after)\b",
                             re.I)


def _sentences(doc: Document, ann: Annotations) -> list[tuple[int, int]]:
    if ann.sentences:
        return list(ann.sentences)
    return split_sentences(doc.text)


def _timex_in(text: str, timexes: Ordered[TimeExpression], s: int, e: int) -> TimeExpression | None:
    """The event date a sentence states: a day, else a month/year; not "reported on" dates when another is given."""
    inside = [t for t in timexes.inside(s, e) if t.value and re.match(r"\d{4}|XXXX", t.value)]
    if not inside:
        return None
    rank = {"day": 0, "month": 1, "year": 2}
    # a statement's day or a period's start ("officials on Friday confirmed", "since 2001") only if no other is given
    return sorted(inside, key=lambda t: (side_day(text, t), rank.get(t.precision, 3),
                                         t.start))[0]


def _date(t: TimeExpression | None, doc: Document) -> EventDate:
    span = timex_span(t.value) if t is not None and t.value else None
    span = span or (week_month(t.value) if t is not None else None)  # "last week": its month, not the reporting day
    if t is not None and span is not None:
        return EventDate(*span, t.text)
    if doc.published and (published := timex_span(doc.published)) and published[2] == "day":
        return EventDate(doc.published, doc.published, "day", None)
    return EventDate(None, None, "unknown", None)


def _certainty(sentence: str, s: int, e: int, atts: Ordered[Attribution]) -> tuple[str, str | None]:
    source = None
    for a in atts.starting_in(min(s, e - 1 - atts.longest), max(s + 2, e)):
        if (a.start <= s + 1 and e - 1 <= a.end) or (s <= a.start < e):
            source = a.source
            if a.certainty not in ("asserted", "reported"):
                return a.certainty, source
    for name, rx in _HEDGES:
        if rx.search(sentence) and not (name == "claimed" and _CLAIM_RESP.search(sentence)):
            return name, source
    return "reported", source


_CROWDS = (cues_mod.PROTESTS, cues_mod.RIOTS)


def _group(text: str, sents: list[tuple[int, int]], all_timexes: tuple[TimeExpression, ...]) -> list[Draft]:
    timexes = Ordered(all_timexes)
    drafts: list[Draft] = []
    current: Draft | None = None
    gap = 0
    sents, seconds = split_told(text, sents)
    pair: tuple[Draft, Draft] | None = None  # the two incidents of the last sentence that told two
    sized = cues_mod.sized(text)
    alone = len(sents) == 1 and not text[sents[0][1]:].strip()  # a one-line document: a report, not a heading
    for s, e in sents:
        sentence = text[s:e]
        named = cues_mod.classify_told(text, s, e)
        if sized:  # a note with ACLED's crowd size records a demonstration that took place: its cues tell it
            named = [replace(c, labelled=True) if c.type in _CROWDS else c for c in named]
        cands = _main_clause_first(sentence, [c for c in named if (c.labelled and c.type in _CROWDS)
                                              or not not_happened(sentence, c, alone)])
        t = _timex_in(text, timexes, s, e)
        if (s, e) in seconds and cands and current is not None and current.sents[-1][1] == s:
            # a sentence's second incident: its own event, on its own day, else the first one's moved as told
            second = Draft(cue=cands[0], sents=[(s, e)], timex=t or second_day(sentence, current.timex),
                           index=len(drafts), apart=True)
            pair, current, gap = (current, second), second, 0
            drafts.append(second)
            continue
        if pair is not None and current in pair:
            current = _told_of(text, sentence, cands, pair)
        if not cands:
            if current is not None and _as_detail(text, (s, e), t, named, current, gap):
                gap = 0
                continue
            gap += 1
            if gap > 1:
                current = None
            continue
        cue = cands[0]
        # a total or generality tells of other incidents ("a number of bomb attacks ... one left six dead"), not a
        # detail of this one
        generality = not_an_incident(sentence, cue) and not refers_back(sentence)
        if current is not None and not generality and _joins_current(text, (s, e), cue, t, current, gap):
            current.sents.append((s, e))
            current.cue = coding_told_on(text, cue, current)
            if current.timex is None and t is not None:
                current.timex = t
            gap = 0
            continue
        current = Draft(cue=cue, sents=[(s, e)], timex=t, index=len(drafts))
        drafts.append(current)
        pair = None
        gap = 0
    return drafts


# a clause about what happened at the place before: "in an area where 69 civilians were killed last week"
_WHERE_CLAUSE = re.compile(r",\s*(?:in\s+an?\s+(?:[\w-]+\s+)?(?:area|region|town|village|district|province)\s+)?"
                           r"where\b", re.I)


def _main_clause_first(sentence: str, cands: list[cues_mod.Cue]) -> list[cues_mod.Cue]:
    """The sentence's own event before one told in a where-clause about the place."""
    m = _WHERE_CLAUSE.search(sentence)
    if m is None or not cands or cands[0].span[0] < m.start():
        return cands
    return [c for c in cands if c.span[0] < m.start()] + [c for c in cands if c.span[0] >= m.start()]


def _as_detail(text: str, span: tuple[int, int], t: TimeExpression | None, named: list[cues_mod.Cue],
               current: Draft, gap: int) -> bool:
    """A sentence that reports no event joins the draft just opened as a detail: one right after it that speaks of
    the same incident ("The attack ..."), or one that names the kind of event the story tells without an incident
    of its own ("such defections are at a high"). A detail's day is the event's when the draft has none."""
    sentence = text[span[0]:span[1]]
    if not ((gap == 0 and _same_story(sentence))
            or any(c.type == current.cue.type and no_incident_of_its_own(sentence, c) for c in named)):
        return False
    current.sents.append(span)
    if current.timex is None and t is not None and not side_day(text, t) and not _NEW_EVENT_DATE.search(sentence) \
            and gap == 0 and _same_story(sentence):
        current.timex = t  # "The clash occurred Monday": the day of the event just told
    return True


def _joins_current(text: str, span: tuple[int, int], cue: cues_mod.Cue, t: TimeExpression | None, current: Draft,
                   gap: int) -> bool:
    """A sentence reporting an event tells more of the draft just opened: no day of its own, no word of another
    incident, no air strike beside ground violence, and a kind of event that fits."""
    sentence = text[span[0]:span[1]]
    own_date = t is not None and (current.timex is None or t.value != current.timex.value)
    if gap == 0 and not own_date and not current.apart and fire_returned(sentence, cue, current.cue):
        return True  # the side the rockets or the bomb were fired at fired back ("retaliated"): one clash
    if (own_date and (current.timex is not None or _NEW_EVENT_DATE.search(sentence))) or new_incident(sentence) \
            or (cue.type == cues_mod.STRATEGIC and _BEFORE_AFTER.search(sentence)):
        return False
    if gap == 0 and territory_taken(cue, current.cue) and (not from_the_air(cue, current.cue)
                                                           or _THEN.search(sentence)):
        return True  # the ground the fighting just told took (the strikes' only when it followed them)
    if from_the_air(cue, current.cue) and not sides_mod.is_weak(cue) and not refers_back(sentence) \
            and not same_toll(text, [span], current.sents):
        return False
    return sides_mod.is_weak(cue) or cue.type == current.cue.type \
        or (cue.type == cues_mod.STRATEGIC and cue.strength < 0.6) \
        or (gap == 0 and _same_story(sentence) and not violence_after_development(cue, current.cue))


# a happening told as following the one before ("FAMa subsequently entered the town")
_THEN = re.compile(r"\b(?:subsequently|then|thereafter|afterwards)\b", re.I)


def _told_of(text: str, sentence: str, cands: list[cues_mod.Cue], pair: tuple[Draft, Draft]) -> Draft:
    """Which of the two incidents of a two-incident lead a following sentence tells of."""
    first, second = ((text[d.sents[0][0]:d.sents[0][1]], d.cue.sub_type) for d in pair)
    return pair[0] if closer_to_first(sentence, cands[0].sub_type if cands else None, first, second) else pair[1]


# a development told as happening before or after the incident ("before the clash, troops detained ..."): its own
_BEFORE_AFTER = re.compile(r"\b(?:before|after|following|ahead\s+of)\s+the\s+(?:[\w-]+\s+)?(?:attacks?|strikes?|"
                           r"clash(?:es)?|fighting|assault|shooting|shootout|gunfight|firefight|encounter|confrontation|"
                           r"battle|ambush|raid|bombing|blast|explosion|protests?|demonstration|rally|violence)\b",
                           re.I)
def _same_story(sentence: str) -> bool:
    """A follow-up sentence about the same incident ("The attack ...", "Fatalities are distributed ...")."""
    return bool(re.match(r"\W*(?:the|this|that|it|they|he|fatalities|unknown|in\s+\w+|during|among|most|two|three|"
                         r"several|\d+|no\s+(?:injuries|casualties|fatalities))\b", sentence, re.I)) \
        or who_did_it(sentence)  # "X are the suspected attackers."


def find_events(doc: Document, ann: Annotations) -> Extractions:
    text = doc.text
    sents = _sentences(doc, ann)
    mentions = sorted(ann.mentions, key=lambda m: m.start)
    dateline = find_dateline(text)
    places = Ordered(m for m in mentions if m.type == "location" and m.entity_key and not is_region(m) and not (
        dateline is not None and dateline.start <= m.start < dateline.end))  # the filing place is not the event's
    atts, by_start = Ordered(ann.attributions), Ordered(mentions)
    country = country_on(document_country(text, list(mentions)), doc.published)  # Juba in 2006: Sudan
    home = at_home(places, country)
    refs: dict[str, EntityRef] = {}
    claimant = _claimant(text, sents, mentions, country, doc)
    sized = cues_mod.sized(text)  # a note with ACLED's crowd size tells a demonstration
    events: list[EventRecord] = []
    claims: list[Claim] = []
    for n, d in enumerate(with_lead(text, sents, incidents(text, _group(text, sents, ann.timexes), places,
                                                             doc.published or (dateline.date if dateline else None)),
                                         mentions)):
        date = _date(d.timex, doc)
        occs = _incident_actors(text, (sents, d), (by_start, mentions), country, date.start, refs)
        gone = responders(d.cue.type, d.cue.sub_type, occs, text, sorted({*d.sents, *d.all_sents}))
        roles = actor_sides.assign_roles(*backed(text, [o for o in occs if o.key not in gone]), text=text)
        # a note with ACLED's crowd size records one demonstration: it is read whole
        context = other_time.this_time(text if sized else text[d.sents[0][0]:_context_end(sents, d.sents[-1])])
        type_, sub = _final_coding(d.cue, roles, context, sized)
        roles = crowd_actors.demonstration_sides(type_, sub, roles, text, d.sents, d.all_sents, context, country,
                                                 date.start, refs)
        said = text[d.sents[0][0]:d.sents[-1][1]]  # the incident's sentences
        roles = _armed_sides(type_, sub, roles, (said, context), claimant, country, date.start, refs)
        roles = criminal_actors.criminal_roles(type_, roles, text, country, date.start, refs, sub)
        # a party whose men did it is actor1, and gives the event its country (``where``) when none was known
        roles, where = party_roles(type_, sub, interceptor(sub, roles, said, country, date.start, refs), said, country,
                                   date.start, refs)
        roles = localize_roles(policed(type_, roles, occs, text, country, date.start, refs), where, date.start, refs)
        roles = political_roles(sub, roles, text, told_sentence(text, d.sents), country, date.start, refs)
        main, sentence = d.sents[0], text[d.sents[0][0]:d.sents[0][1]]
        roles = surrender_sides(sub, changed_sides(sub, roles, sentence, d, mentions), said, country, date.start, refs)
        roles = labelled_roles(sentence if d.cue.labelled else "", roles, country, date.start, refs, sub)
        roles = development_roles(type_, sub, roles, said, where or country, date.start, refs)
        certainty, source = _certainty(sentence, main[0], main[1], atts)
        fig, figs = incident_fatalities(text, d)
        evidence = tuple(Evidence(doc.id, s, e, text[s:e]) for s, e in d.all_sents)
        conf = d.cue.strength * 0.3 + 0.1 * bool(roles) + 0.05 * (len(roles) > 1) + 0.05 * (d.timex is not None) \
            + 0.05 * (fig.value is not None) + 0.3 - (0.15 if n else 0) - 0.02 * min(n, 10) \
            - (0.1 if certainty in ("planned", "denied") else 0)
        events.append(EventRecord(
            type=type_, sub_type=sub, location=in_country(location(
                text, places, d.sents, d.all_sents, country, d.place, home), where or country, refs, roles, said),
            date=date, actors=tuple(EventActor(k, r) for k, r, _ in roles),  # type: ignore[arg-type]
            fatalities=fig, evidence=evidence, confidence=round(max(0.05, min(0.99, conf)), 3),
            extractor=EXTRACTOR, version=VERSION, certainty=certainty, attributed_to=source,
            civilian_targeting=_civilian_targeting(type_, sub, roles), salience=d.salience))
        for f in figs:
            s0 = next((s for s, e in d.all_sents if s <= (f.start or 0) < e), main[0])
            e0 = next((e for s, e in d.all_sents if s <= (f.start or 0) < e), main[1])
            cert, src = _certainty(text[s0:e0], s0, e0, atts)
            claims.append(Claim(subject_kind="event", subject=str(len(events) - 1), attribute="fatalities",
                                value=str(f.value), evidence=Evidence(doc.id, s0, e0, text[s0:e0]), certainty=cert,
                                attributed_to=src))
    return Extractions(events=tuple(events), claims=tuple(claims), entities=tuple(refs.values()))


def _armed_sides(type_: str, sub: str, roles: list[tuple[str, str, str]], texts: tuple[str, str],
                 claimant: str | None, country: str | None, when: str | None,
                 refs: dict[str, EntityRef]) -> list[tuple[str, str, str]]:
    """The attacker, the layer of a mine a war left, the owners of struck property and the sides of a battle or
    of a war between states, in that order, over the text the incident is told in (``texts``: its sentences, and
    its context, where the people it hurt may be told: "Four persons were killed in the incident.")."""
    told, context = texts
    roles = custodian(type_, roles, texts, country, when, refs)
    roles = remnant_layer(type_, _attacker(type_, sub, roles, claimant, country, when, refs), told, country, when,
                          refs)
    roles = struck_property(type_, roles, told, country, when, refs, context)
    roles = war_sides(sub, _battle_sides(type_, sub, roles, country, when, refs), country, when, refs)
    roles = front_sides(type_, roles, told, country, when, refs)
    return mission_victims(type_, sub, roles, told, country, when, refs)

_PROPERTY = "Looting/property destruction"


def _attacker(type_: str, sub: str, roles: list[tuple[str, str, str]], claimant: str | None, country: str | None,
              date: str | None, refs: dict[str, EntityRef]) -> list[tuple[str, str, str]]:
    """Who carried out violence or destroyed property: the group that claimed it in place of unnamed attackers;
    with no attacker named, the claimant, else ACLED's unidentified armed group of the country (people who
    torched or looted unnamed are not civilians but its perpetrators)."""
    if claimant and type_ in (cues_mod.EXPLOSIONS, cues_mod.VAC, cues_mod.BATTLES):
        roles = [(claimant, r, "rebels") if r == "actor1" and f == "unidentified" and not kept_when_claimed(k)
                 else (k, r, f) for k, r, f in roles]
    if (type_ in (cues_mod.EXPLOSIONS, cues_mod.VAC) or sub == _PROPERTY or _attacked_force(type_, roles)) and not any(
            r == "actor1" and f not in ("civilians",) for _, r, f in roles):
        filler = claimant or actors_mod.generic_entity("unidentified", country, date).key
        if claimant is None:
            ref = actors_mod.generic_entity("unidentified", country, date)
            refs[ref.key] = ref
        roles = [(filler, "actor1", "rebels")] + [
            (k, "actor2" if r == "actor1" else r, f) for k, r, f in roles if k != filler]
    return roles


def _attacked_force(type_: str, roles: list[tuple[str, str, str]]) -> bool:
    """A battle with a state force attacked by no one named ("three police were killed in an attack on a
    checkpoint"): its attacker is ACLED's unidentified armed group."""
    return type_ == cues_mod.BATTLES and any(r == "actor2" and f in actors_mod.STATE_FAMILIES for _, r, f in roles)


_SAME_KIND = frozenset({"unidentified", "gang", "militia", "ethnic"})


def _battle_sides(type_: str, sub: str, roles: list[tuple[str, str, str]], country: str | None, date: str | None,
                  refs: dict[str, EntityRef]) -> list[tuple[str, str, str]]:
    """The victims (``victim_roles``), then ACLED's codebook: a battle is fought between two armed, organised
    sides, so civilians are never one of them. Unnamed people who fought back are the same kind of group as their
    foes ("Unidentified Gang" on both sides of a gang clash), else "Unidentified Armed Group (X)"; an armed clash
    whose sides the text does not name at all is between unidentified armed groups. A state force
    is named with the unit ACLED gives it in events of the sub-type (``state_units.sub_type_units``)."""
    roles = victim_roles(type_, sub, state_units.sub_type_units(sub, roles, refs), country, date, refs)
    if sub == "Armed clash" and not any(r in ("actor1", "actor2") for _, r, _ in roles):
        roles = [*roles, ("", "actor1", "civilians"), ("", "actor2", "civilians")]  # sides no one names: unidentified
    first = next((f for _, r, f in roles if r == "actor1"), None)
    if type_ == cues_mod.BATTLES and first in _SAME_KIND and not any(r == "actor2" for _, r, _ in roles):
        roles = [*roles, ("", "actor2", "civilians")]  # unnamed men who fought each other: on both sides
    if type_ != cues_mod.BATTLES or not any(r == "actor2" and f == "civilians" for _, r, f in roles):
        return roles
    a1 = next(((k, f) for k, r, f in roles if r == "actor1"), None)
    if a1 is not None and a1[1] in _SAME_KIND:
        side = a1
    else:
        ref = actors_mod.generic_entity("unidentified", country, date)
        refs[ref.key] = ref
        side = (ref.key, "unidentified")
    return [(side[0], r, side[1]) if r in ("actor1", "actor2") and not k else
            (side[0], r, side[1]) if r == "actor2" and f == "civilians" else (k, r, f) for k, r, f in roles]


def _civilian_targeting(type_: str, sub: str, roles: list[tuple[str, str, str]]) -> bool:
    """ACLED's civilian targeting: violence against civilians, and remote violence or a mob's violence whose
    target (actor2) is civilians."""
    return type_ == cues_mod.VAC or (
        (type_ == cues_mod.EXPLOSIONS or sub == "Mob violence") and any(r == "actor2" and f == "civilians"
                                                                         for _, r, f in roles))


def _context_end(sents: list[tuple[int, int]], last: tuple[int, int]) -> int:
    """The end of the two sentences after an event's last one: where a note goes on to tell how the event
    ended ("Police dispersed the crowd.")."""
    i = sents.index(last) if last in sents else len(sents) - 1
    return sents[min(i + 2, len(sents) - 1)][1] if sents else last[1]


def _final_coding(cue: cues_mod.Cue, roles: list[tuple[str, str, str]], context: str,
                  sized: bool = False) -> tuple[str, str]:
    """ACLED's rules that depend on who the actors are (civilian victims, state or rebel agents), and on how
    a demonstration went (``context``: the event's sentences and the two after them); ``sized``: the note carries
    the crowd size ACLED records for demonstrations only, so it tells a protest or a riot."""
    if sized and (cue.type not in (cues_mod.PROTESTS, cues_mod.RIOTS) or cue.sub_type == "Peaceful protest"):
        return cues_mod.demonstration(context)
    fam = {r: f for _, r, f in roles}
    sides = {fam.get("actor1"), fam.get("actor2")}
    if cue.sub_type == "Mob violence" and sides_mod.two_sided(context) and (
            (not sized and sides & sides_mod.ORGANISED and not one_side.youths_fought(context))
            or (sides_mod.armed_fight(context) and not (sides & actors_mod.STATE_FAMILIES
                                                        and sides_mod.force_engaged(context)))):
        # "cartel members clashed with police", "an armed clash between villagers of two villages": a battle
        return cues_mod.BATTLES, "Armed clash"
    if cue.type == cues_mod.PROTESTS or cue.sub_type == "Mob violence" or cues_mod.calm(cue, context):
        return cues_mod.escalated(cue, context)
    if sides_mod.is_weak(cue):  # "a man was found dead" then how: the note's next sentences say what it was
        cue = cues_mod.strongest(cue, context)
    a1, a2 = fam.get("actor1"), fam.get("actor2")
    state = actors_mod.STATE_FAMILIES | {"external"}
    if cue.type == cues_mod.BATTLES and cue.sub_type == "Armed clash" and (
            ((a2 == "civilians" or one_side.unanswered(a1, a2, context)) and not sides_mod.two_sided(context))
            or (sides_mod.one_sided(context) and a2 not in state)) and not sides_mod.force_attacked(context):
        return cues_mod.VAC, "Attack"  # soldiers or police attacked, or their post: a battle
    taken = cue.sub_type == "Non-state actor overtakes territory" and a1 not in actors_mod.STATE_FAMILIES
    if "territory" in cue.sub_type and cue.type == cues_mod.BATTLES and sides_mod.unopposed(context, bare=taken):
        return cues_mod.STRATEGIC, "Non-violent transfer of territory"  # "... took over X. No clashes reported."
    if cue.sub_type == "Non-state actor overtakes territory" and a1 in actors_mod.STATE_FAMILIES:
        return cues_mod.BATTLES, "Government regains territory"
    if cue.sub_type == "Government regains territory" and a1 not in state and a1 is not None:
        return cues_mod.BATTLES, "Non-state actor overtakes territory"
    if cue.sub_type == "Abduction/forced disappearance" and a2 in state | {"militia", "rebels"} \
            and not sides_mod.people_taken(context):
        return cues_mod.BATTLES, "Armed clash"
    if cue.sub_type == "Arrests" and a1 is not None and a1 not in state and not cue.labelled:  # "Arrests: ..." stays
        return cues_mod.VAC, "Abduction/forced disappearance"
    if armed_mod.armed_target(cue.type, cue.sub_type, a1, a2):
        return cues_mod.BATTLES, "Armed clash"  # guards a company hires are an armed side
    return sides_mod.force_used(cue, context, bool(state & {a1, a2})) or (cue.type, cue.sub_type)


def _incident_actors(text: str, told: tuple[list[tuple[int, int]], Draft],
                     found: tuple[Ordered[Mention], list[Mention]], country: str | None, when: str | None,
                     refs: dict[str, EntityRef]) -> list[actors_mod.Occurrence]:
    """The actors an incident's sentences name (``told``: the document's sentences and the incident), read from
    its mentions (``found``: by start, and in order) as whole forces, with generic men named by their group; not
    those named only in what a demonstration's crowd protests against (``claim_actors``)."""
    sents, d = told
    by_start, mentions = found
    occs = [o for s, e in d.all_sents
            for o in actors_mod.occurrences(text, (s, e), by_start.inside(s, e), country, when, refs)]
    occs = actor_sides.follow_identity(actor_sides.follow_foreign(drop_unit_words(occs, text), text, country), text)
    occs = name_unidentified(occs, text, sents, d, mentions)
    occs = as_whole(either(taken_up(occs, text, country, when, refs), text, when, refs), text)
    return claim_actors.unclaimed(d.cue.type, occs, text, d.all_sents)  # not what a crowd protests against


def _claimant(text: str, sents: list[tuple[int, int]], mentions: list[Mention], country: str | None,
              doc: Document) -> str | None:
    """The armed group a sentence says claimed responsibility."""
    for s, e in sents:
        if _CLAIM_RESP.search(text[s:e]) and not _NO_CLAIM.search(text[s:e]):
            for m in mentions:
                if s <= m.start < e and m.type == "armed_group" and m.entity_key:
                    return m.entity_key
    return None


__all__ = ["EXTRACTOR", "VERSION", "Figure", "find_events"]
