"""What kind of event a sentence reports, in ACLED's typology, from its wording.

``classify(sentence)`` returns the candidate codings of one sentence, strongest first, each an (event type, sub-event
type, strength) triple. Strength orders ACLED's precedence rules: a premature detonation is "Disrupted weapons use" even
when people died; the weapon decides among "Explosions/Remote violence" sub-types (suicide bomb over air strike over
shelling over grenade over IED); territory taken outranks a plain armed clash; strategic developments are coded only
when no violence is reported. Whether the victims are civilians (a violence against civilians) is read from the actors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from sitrep.extract.cue_table import Coding, CueTable, CueTableError, load_table
from sitrep.extract.pronoun_subjects import force_pronouns_blanked
from sitrep.lexicon.regex_alternatives import Opened, alternatives
from sitrep.lexicon.regex_literals import Gate, GateSet, folded, gates

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
    labelled: bool = False  # coded by the note's own "Label: " lead (ACLED's tag of the event's kind)


_TABLE = load_table()


def table() -> CueTable:
    """The cue table every coding here reads (loaded once)."""
    return _TABLE


_FILTERS_USED = ("included", "object_after", "not_done", "no_fight_before", "generic_before", "plural_cue",
                 "object_before", "label", "grievance_before", "abducted_people", "claim_after", "force_engaged",
                 "armed_fight", "one_sided_told", "force_attacked", "no_fight_after", "two_crowds")
# what says a named event is no incident of its own (``events._not_happened``)
_NON_EVENT = ("plural_development", "vague_many_after", "relative_before", "relative_ongoing_before", "past_irregular",
              "present_era", "vague_tally", "incident_named", "tally_many", "one_occasion")
_MISSING = set(_FILTERS_USED + _NON_EVENT) - set(_TABLE.filters) \
    | {"clash", "killing", "change", "hurt"} - set(_TABLE.cues)
if _MISSING:
    raise CueTableError(f"cue table: the coder needs {sorted(_MISSING)}")
(_INCLUDED, _OBJECT_AFTER, _NOT_DONE, _NO_FIGHT_BEFORE, _GENERIC_BEFORE, _PLURAL_CUE, _OBJECT_BEFORE, _LABEL,
 _GRIEVANCE, _TAKEN, _CLAIM_AFTER, _FORCE_ENGAGED, _ARMED_FIGHT, _ONE_SIDED_TOLD, _FORCE_ATTACKED,
 _NO_FIGHT_AFTER, _TWO_CROWDS) = (
    _TABLE.filters[n] for n in _FILTERS_USED)
_CLASH, _KILLING = _TABLE.cues["clash"], _TABLE.cues["killing"]
# the words a cue or trigger cannot match without (``lexicon.regex_literals``): a sentence without any of them is
# not searched. Read on the raw sentence for every text variant: blanking puts spaces where a match was and moves
# nothing, so a word with no space found in a variant is found at the same place in the raw sentence
_GATES: dict[str, Gate] = dict(zip(_TABLE.cues, gates("cues", _TABLE.cues.values()), strict=True))
_TRIGGER_GATES: dict[str, Gate] = dict(zip(_TABLE.triggers, gates("triggers", _TABLE.triggers.values()),
                                           strict=True))
for _gate in (*_GATES.values(), *_TRIGGER_GATES.values()):
    if _gate.words and any(w != w.strip() or " " in w for w in _gate.all_words()):
        _gate.words = _gate.clauses = None
_GATE_SET = GateSet(_GATES)  # all the cues' gates asked at once (made after the gates above were set)
# a cue of 2,000 characters or more (many alternatives) is searched through the alternatives a text may match, the
# others whole; each opened by the characters its matches begin with (``lexicon.regex_alternatives``, ``first_chars``)
_LONG_CUES = [n for n, p in _TABLE.cues.items() if len(p.pattern) >= 2000]
_ALTERNATIVES = dict(zip(_LONG_CUES, alternatives("cues", [(_TABLE.cues[n], _TABLE.sources["cue", n])
                                                           for n in _LONG_CUES]), strict=True))
_WHOLE = Opened("cue-wholes", {n: p for n, p in _TABLE.cues.items() if n not in _ALTERNATIVES})


@lru_cache(maxsize=1024)  # a document's readers ask its sentences and contexts for the same cues again and again
def _search(cue: str, text: str) -> re.Match[str] | None:
    """``_TABLE.cues[cue].search(text)``, not run where the cue's gate refuses ``text`` (the same answer)."""
    if not _GATES[cue].may_match(folded(text)):
        return None
    return long.search(text) if (long := _ALTERNATIVES.get(cue)) is not None else _WHOLE.search(cue, text)


# the cues that name a weapon: blanked out where they name a thing seized or found ("unseized" codings)
_WEAPONS = tuple((_TABLE.cues[c.cue], _GATES[c.cue]) for c in _TABLE.codings if c.text == "unseized")


def context(name: str) -> re.Pattern[str]:
    """One of the cue table's filters that say a named event is no incident of its own (``_NON_EVENT``)."""
    if name not in _NON_EVENT:
        raise KeyError(name)
    return _TABLE.filters[name]


def claim_at(sentence: str, cue: Cue) -> int:
    """Where the claim a demonstration presses begins after its cue (the end of ``sentence`` when none does, or
    when the cue is no demonstration's)."""
    if cue.type not in (PROTESTS, RIOTS):
        return len(sentence)
    m = _CLAIM_AFTER.search(sentence, cue.span[1])
    return m.start() if m else len(sentence)


def _unseized(text: str, low: str | None) -> str:
    """``text`` with the explosive cues blanked out that name a thing seized or found, not an explosion (``low``:
    ``text`` folded, ``regex_literals.folded``)."""
    unseized = text
    for rx, gate in _WEAPONS:
        if not gate.may_match(low):
            continue
        for m in rx.finditer(unseized):
            before = unseized[max(0, m.start() - 60):m.start()]
            if _INCLUDED.search(before) or _OBJECT_BEFORE.search(before) or _OBJECT_AFTER.match(unseized[m.end():]):
                unseized = unseized[:m.start()] + " " * (m.end() - m.start()) + unseized[m.end():]
    return unseized


def _plain(text: str, low: str | None) -> str:
    """``text`` with the clash and casualty words blanked out that say no fight took place or no one was hurt, and
    the clash and casualty words that name what a gathering protests ("marched against the killing of a student");
    ``low``: ``text`` folded (``regex_literals.folded``)."""
    clash, killing = _GATES["clash"].may_match(low), _GATES["killing"].may_match(low)
    if not clash and not killing:
        return text
    plain = text
    for m in _CLASH.finditer(text) if clash else ():
        before = text[max(0, m.start() - 60):m.start()]
        if _NOT_DONE.search(before) or _NO_FIGHT_BEFORE.search(before) or text[m.end():m.end() + 2][:1] == "-" \
                or _NO_FIGHT_AFTER.match(text[m.end():m.end() + 40]) \
                or (_PLURAL_CUE.fullmatch(m.group()) and _GENERIC_BEFORE.search(before)):
            plain = plain[:m.start()] + " " * (m.end() - m.start()) + plain[m.end():]
    for rx, may in ((_CLASH, clash), (_KILLING, killing)):
        for m in rx.finditer(text) if may else ():
            if _GRIEVANCE.search(text[max(0, m.start() - 120):m.start()]) \
                    or (rx is _KILLING and _NO_FIGHT_BEFORE.search(text[max(0, m.start() - 60):m.start()])):
                plain = plain[:m.start()] + " " * (m.end() - m.start()) + plain[m.end():]
    return plain


def _strength(c: Coding, text: str, violent: bool) -> float:
    """A coding's strength; strategic developments weaken when the sentence also reports violence, unless a
    filter says the violence is their own (a bomb that went off while being planted)."""
    if c.if_violent is None or not violent:
        return c.strength
    if c.violent_unless and _TABLE.filters[c.violent_unless].search(text):
        return c.strength
    return c.if_violent


def _arrest_first(text: str, c: Coding, strength: float) -> float:
    """"security forces arrested three students for facilitating recruitment": the arrest, told first, is the
    event, not the activity it punishes."""
    if c.sub_type != "Arrests" or c.if_violent == strength:
        return strength
    arrest, change = _search(c.cue, text), _search("change", text)
    return strength + 0.015 if arrest and change and arrest.start() < change.start() else strength


# where the clause of a demonstration's claim ends: a stop, a comma, or "and" before another deed told in the past
# (the claim's clause also ends where the gathering's own deed or fate begins: "residents demonstrating against the
# curfew vandalized a police station", "... to demand elections were dispersed"; not at a deed done to someone the
# claim names, "a man who was attacked by ...")
_CLAUSE_END = re.compile(r"[.;,](?:\s|$)|\s(?:and|before|then|while)\s+(?:later\s+|then\s+|also\s+)?"
                         r"(?:\w+ed|threw|beat|broke|burnt|set|fought|hit|stole|took|ran|drove|tore)\b"
                         r"|(?<!\bwas)(?<!\bwere)(?<!\bbeen)(?<!\bbeing)(?<!\bwho)(?<!\bthat)(?<!\bwhich)(?<!\bthey)"
                         r"(?<!\bhe)(?<!\bshe)(?<!\bit)\s(?=(?:vandali[sz]ed|burn(?:ed|t)|torched|stormed|attacked|threw|"
                         r"hurled|pelted|stoned|looted|ransacked|clashed|smashed|destroyed|damaged|cut\s+off|barricaded|"
                         r"set\s+(?:fire|ablaze|alight)|blocked|attempted\s+to\s+attack)\b(?!\s+by\b)"
                         r"|(?:was|were)\s+(?:\w+\s+)?(?:dispersed|cut\s+short|broken\s+up|stopped|prevented|met|"
                         r"shot|killed|wounded|injured|beaten|teargassed)\b)")


_CLAIM_TAIL = 12  # how far into the end of a gathering's cue its claim may begin ("to denounce")
_BRACKETS = re.compile(r"\([^()]*\)")  # a place's "(district, region)" between a gathering and its claim


@lru_cache(maxsize=256)  # an event's context and its sentences are asked for again by the crowd codings
def claimless(text: str) -> str:
    """``text`` with the claim a demonstration presses blanked out to its clause's end: what the gathering is
    against ("protesting against war and looting", "demanding news after a riot at the prison") is not its deed;
    nor is what a "They" that takes up a state force did (``pronoun_subjects``)."""
    out, todo = text, [("protest", 0), ("assembly", 0)]
    while todo:  # every gathering's claim ("protesters ... gathered to demonstrate against the killing of ...")
        cue, start = todo.pop()
        m = _search(cue, text[start:])
        if m is None:
            continue
        todo.append((cue, start + max(m.end(), 1)))
        # the claim may end the cue's own match ("gathered at the ministry to demand ..."); in its sentence
        claim = _CLAIM_AFTER.search(text, start + max(m.start() + 1, m.end() - _CLAIM_TAIL))
        if claim is None or len(_BRACKETS.sub("", gap := text[start + m.end():claim.start()])) > 80 or ". " in gap:
            continue
        end = _CLAUSE_END.search(text, claim.end())
        stop = end.start() if end else len(text)
        out = out[:claim.start()] + " " * (stop - claim.start()) + out[stop:]
    return force_pronouns_blanked(out)


class _Hits:
    """The cues' matches in one sentence, each searched once, in the text variant its coding reads."""

    def __init__(self, text: str) -> None:
        self.raw = text
        self.low = folded(text)
        self.possible = _GATE_SET.possible(self.low)  # the others cannot match
        self._texts: dict[str, str] = {"raw": text}
        self._found: dict[tuple[str, str], re.Match[str] | None] = {}

    def text(self, variant: str) -> str:
        if variant not in self._texts:
            self._texts[variant] = _unseized(self.raw, self.low) if variant == "unseized" \
                else claimless(self.raw) if variant == "claimless" else _plain(self.raw, self.low)
        return self._texts[variant]

    def search(self, cue: str, variant: str = "raw") -> re.Match[str] | None:
        key = (cue, variant)
        if key not in self._found:
            trigger = _TABLE.triggers.get(cue)
            if cue not in self.possible or (trigger is not None and not (
                    _TRIGGER_GATES[cue].may_match(self.low) and trigger.search(self.raw))):
                self._found[key] = None
            else:
                self._found[key] = _search(cue, self.text(variant))  # the same answer as ungated, memoized
        return self._found[key]


@lru_cache(maxsize=256)  # an event's context is read by several rules, and a note's one sentence is its context
def _hits(text: str) -> _Hits:
    """The cues' matches in ``text``, searched as they are asked for: one ``_Hits`` per text for every reader."""
    return _Hits(text)


def _applies(c: Coding, hits: _Hits) -> re.Match[str] | None:
    """The match of a coding's cue when the coding applies: its needs met, none of its exceptions found."""
    if c.needs and not any(hits.search(n) for n in c.needs):
        return None
    m = hits.search(c.cue, c.text)
    if m is None or any(hits.search(n, "plain") for n in c.unless):
        return None
    return m


def note_label(sentence: str) -> str | None:
    """The label a sentence opens with, lower case, when the cue table knows it ("displacement"); else None."""
    label = _LABEL.match(sentence)
    name = label.group("label").lower() if label else None
    return name if name in _TABLE.labels else None


def classify(text: str) -> list[Cue]:
    """Candidate codings of one sentence, strongest first."""
    cues: list[Cue] = []
    hits = _hits(text)
    violent = bool(hits.search("clash", "plain") or hits.search("killing", "plain"))
    label = _LABEL.match(text)
    if label and label.group("label").lower() in _TABLE.labels:
        type_, sub = _TABLE.labels[label.group("label").lower()]
        cues.append(Cue(type_, sub, 0.97, label.span(), labelled=True))
    groups: set[str] = set()
    for c in _TABLE.codings:
        if (c.group and c.group in groups) or (c.fallback and cues) or c.cue not in hits.possible:
            continue
        m = _applies(c, hits)
        if m is None:
            continue
        other = hits.search(c.span_of) if c.span_of else None
        if c.group:
            groups.add(c.group)
        strength = _arrest_first(text, c, _strength(c, text, violent))
        cues.append(Cue(c.type, c.sub_type, strength, (other or m).span()))
    return sorted(cues, key=lambda c: -c.strength)


def classify_told(text: str, s: int, e: int) -> list[Cue]:
    """``classify`` of the sentence ``text[s:e]``, its opening "They" read as the sentence before tells: one that
    takes up a state force ("Police beat them. They also attacked reporters.") is no crowd (``pronoun_subjects``)."""
    return classify(force_pronouns_blanked(text, s, e))


# how far a demonstration went, in ACLED's precedence: violence by demonstrators makes it a riot; lethal or
# injurious force against peaceful demonstrators outranks an intervention, an intervention a peaceful protest
_CROWD_RANK = {"Peaceful protest": 0, "Protest with intervention": 1, "Excessive force against protesters": 2,
               "Violent demonstration": 3}
_CROWD = tuple(c for c in _TABLE.codings if c.group == "crowd" and c.sub_type in _CROWD_RANK)


def calm(cue: Cue, context: str) -> bool:
    """A crowd's act that ``cue`` reads as a riot ("blocked the road with stones") in a demonstration the text says
    stayed peaceful ("No violence was reported."), and calls no riot: ACLED's peaceful protest."""
    return cue.sub_type in ("Violent demonstration", "Mob violence") and _search("calm", context) is not None \
        and _search("protest", context) is not None and _search("riot", context) is None


def escalated(cue: Cue, context: str) -> tuple[str, str]:
    """The coding of a demonstration told in ``context`` (the event's sentences and those that follow): a
    peaceful protest becomes one with intervention, excessive force or a violent demonstration when the
    following sentences tell of police dispersing it, shooting at it, or of demonstrators' violence."""
    if cue.sub_type == "Violent demonstration" and calm(cue, context):
        return "Protests", "Peaceful protest"
    if cue.sub_type == "Mob violence":
        riot = _search("riot", context) or _search("riot_act", context)
        protest = _search("protest", _TABLE.filters["electoral_rally"].sub(" ", context))  # no campaign rally
        claim = protest or _search("purpose", context)
        if calm(cue, context):
            return "Protests", "Peaceful protest"  # "blocked the road to protest ... No violence was reported."
        return ("Riots", "Violent demonstration") if (riot or protest) and claim else (cue.type, cue.sub_type)
    if cue.sub_type not in _CROWD_RANK:
        return cue.type, cue.sub_type
    texts = {"raw": context}  # the variants the crowd codings read, made when first read
    for c in _CROWD:
        if any(_search(n, context) for n in c.unless):  # "No violence was reported": no violent demonstration
            continue
        variant = c.text if c.text in ("plain", "claimless") else "raw"
        if variant not in texts:
            texts[variant] = _plain(context, folded(context)) if variant == "plain" else claimless(context)
        if _search(c.cue, texts[variant]) \
                and (not c.needs or any(_search(n, context) for n in c.needs)):
            if _CROWD_RANK[c.sub_type] > _CROWD_RANK[cue.sub_type]:
                return c.type, c.sub_type
            break
    return cue.type, cue.sub_type


def sized(text: str) -> bool:
    """``text`` carries the crowd-size tag ACLED records for demonstrations (protests and riots) only."""
    return _search("crowd_size", text) is not None


_VIOLENT_CROWD = ("riot_act", "riot", "mob", "clash", "killing", "victim", "loot", "manhandle")


def demonstration(context: str) -> tuple[str, str]:
    """The coding of a note ACLED tagged with a crowd size (``sized``), which its codebook records for
    demonstrations only, though the words are a clash's or an attack's: a gathering that presses a claim is a
    protest, escalated by what followed (``escalated``); a crowd's violence that presses none is mob violence."""
    hits = _hits(context)
    claim = hits.search("protest") or hits.search("assembly")
    if claim is not None:
        return escalated(Cue(PROTESTS, "Peaceful protest", 0.82, claim.span()), context)
    if any(hits.search(c, "plain") for c in _VIOLENT_CROWD):
        return escalated(Cue(RIOTS, "Mob violence", 0.85, (0, 0)), context)
    return escalated(Cue(PROTESTS, "Peaceful protest", 0.82, (0, 0)), context)


def strongest(cue: Cue, context: str) -> Cue:
    """The strongest coding of ``context`` as one-sided or crowd violence when it outranks ``cue`` (a casualty
    word alone): "a man was found dead" then "gunmen had shot him"."""
    better = [c for c in classify(context) if c.type in (VAC, RIOTS) and c.strength > cue.strength]
    return better[0] if better else cue
