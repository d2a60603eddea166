"""ACLED's actors of demonstrations (protests and riots) and the nationality of a crowd.

ACLED names a crowd after the country of the event ("Protesters (Kenya)"), except when the text says the crowd
are nationals of another country demonstrating abroad ("Ukrainians rallied outside the Russian embassy in
Nicosia", "a group of Bolivian citizens protested in Calama"): the crowd is then that country's ("Protesters
(Ukraine)"). Migrants or asylum seekers whose country the text does not say are ACLED's crowd "(International)".
"""

from __future__ import annotations

import re

from sitrep.extract import (
    actor_roles,
    communal_militias,
    context_cues,
    context_filters,
    crowd_victims,
    event_country,
    event_cues,
    prison_riots,
)
from sitrep.extract.event_actors import (
    INTERNATIONAL,
    communal_ref,
    ethnic_militias,
    generic_entity,
    generic_phrases,
    typology,
)
from sitrep.lexicon.countries import word_index, word_pattern
from sitrep.lexicon.national_minorities import minority_of
from sitrep.nlp.matcher import default_matcher
from sitrep.records import EntityRef

CROWDS = frozenset({"protesters", "rioters"})
_STATE_SIDES = frozenset({"police", "military", "external"})  # a state's forces, the event country's or another's
ARMED = frozenset({"military", "police", "external", "militia", "rebels", "unidentified", "gang", "ethnic",
                   "private"})

# people a nationality is said of: "Ukrainian nationals", "the Sudanese community", "Peruvian citizens"
_PEOPLE = re.compile(r"\s+(?:nationals|citizens|communit(?:y|ies)|people|residents|diaspora|expatriates|expats|"
                     r"immigrants|migrants|refugees|asylum\s+seekers|students|workers|women|activists|tourists|pilgrims|"
                     r"travell?ers|"
                     r"protesters|demonstrators|living\s+in|residing\s+in|resident\s+in)\b", re.I)
# people a country's name is said of as their nationality: "Afghanistan refugees", "Ukraine nationals"
_NATIONALS = re.compile(r"\s+(?:nationals|citizens|refugees|migrants|asylum\s+seekers|immigrants|expatriates|"
                        r"diaspora)\b", re.I)
# people named by the country they come from: "nationals from Ukraine", "citizens of Sudan", "displaced from Myanmar"
_FROM_COUNTRY = re.compile(r"\b(?:nationals|citizens|natives|immigrants|migrants|refugees|people|expatriates|displaced|"
                           r"fled)$", re.I)
# a crowd with nationals of another country among others: "including Ukrainians", "mostly Syrians", or of a name
# before them ("Kosovo Serbs"; not a count opening the sentence: "Several Ukrainians")
_MIXED = re.compile(r"\b(?:including|includ\w+\s+(?:members\s+of\s+)?|mostly|mainly|among\s+them|such\s+as|"
                    r"along\s+with|with|alongside|as\s+well\s+as|(?:many|some|most)\s+of\s+them|and|local|"
                    r"(?!(?:Several|Some|Many|Most|Few|Numerous|Dozens|Hundreds|Thousands|About|Around|Over|Nearly|"
                    r"Almost|Two|Three|Four|Five|Ten)\b)[A-Z][a-z]+)\s+"
                    r"(?:(?:an?\s+)?(?:members|some|many|several|dozens|people|famil(?:y|ies))\s+(?:of|from)\s+)?(?:the\s+)?"
                    r"(?:local\s+)?$")
# ... or people of the country joined to others: "residents and refugees from Syria", "including migrants from X"
_JOINED = re.compile(r"\b(?:[a-z]+\s+(?:and|&)|including|among\s+them)\s+$")
# ... or beside others: "Ukrainians and their supporters", "Ukrainians and locals"
_AND_OTHERS = re.compile(r"\s*,?\s+(?:and|&)\s+(?:their\s+|other\s+|local\s+)?(?:supporters|locals|others|residents)\b",
                         re.I)
# a crowd of migrants ("a dozen migrants", "irregular asylum seekers"), not migrant workers of the country
_MIGRANT_CROWD = re.compile(r"\b(?:migrants|asylum[\s-]seekers)\b", re.I)
# ... or that a force scattered or removed ("to disperse a group of around 80 migrants", "evicted dozens of asylum
# seekers"): the crowd told as the object of the force's act
_MIGRANTS_ACTED_ON = re.compile(r"\b(?:dispers(?:e|ed|ing)|evict(?:ed|ing)?|dislodg(?:e|ed|ing)|"
                                r"tear-?gass(?:ed|ing))\s+(?:(?:a|the)\s+(?:group|crowd)\s+of\s+)?"
                                r"(?:(?:around|about|some|over|more\s+than|at\s+least|nearly|\d[\d,]*|dozens|"
                                r"hundreds|several|the)\s+)*(?:of\s+)?(?:migrants|asylum[\s-]seekers)\b", re.I)
# what the crowd is about, not who it is: the words that end the crowd's part of the sentence
_ABOUT = re.compile(r"\b(?:against|(?:over|about)(?!\s+\d)|in\s+support|in\s+solidarity|"
                    r"denounced|condemned|demanded|called|opposed|expressed|to\s+[a-z]+|"
                    r"to\s+(?:protest|demand|denounce|condemn|call|support|express|mark|show|oppose)|demanding|denouncing|condemning|calling|protesting|"
                    r"following|after|amid|because|for|in\s+front|outside|at\s+the|protested|demonstrated|rallied|gathered|"
                    r"marched|staged|held|picketed|blocked|rioted|attacked|stormed|clashed|took\s+part|participated|"
                    r"joined)\b", re.I)


# a force's place or thing, not the force: "a police station was invaded", "army vehicles"
_FORCE_PLACE = re.compile(r"\s+(?:stations?|posts?|headquarters|vehicles?|cars?|trucks?|custody|cells?|barracks|"
                          r"bases?|camps?|checkpoints?|buildings?|offices?)\b", re.I)


def state_force_named(text: str) -> tuple[str, str | None] | None:
    """The state force ``text`` names first as a doer, not as a source ("according to police"): its family,
    "police" or "military", and the country a demonym before it gives ("Israeli troops"), else None; None when it
    names none. Named only by its post or vehicle that the crowd struck ("a police car was set on fire"), the force
    is that post's (one the crowd only gathered at or protested an arrest by is none)."""
    struck = context_filters.force_engaged_spans(text)
    found: list[tuple[bool, int, str]] = []
    for fam in ("police", "military"):
        for m in generic_phrases(fam).finditer(text):
            place = _FORCE_PLACE.match(text, m.end())
            if actor_roles.is_source(text, m.start(), m.end()) or (
                    place is not None and not any(a <= m.start() and place.end() <= b for a, b in struck)):
                continue
            found.append((place is None, -m.start(), fam))
    if not found:
        return None
    _, back, family = max(found)  # a doer first, then the first named
    start = -back
    return family, event_country.country_before(text, start)


def crowd_nationality(sentence: str, country: str | None) -> str | None:
    """The country of a crowd of foreign nationals in the sentence that tells the demonstration ("Ukrainians",
    "Ukrainian nationals", "nationals from Ukraine"), when it is not the event's ``country``; else None."""
    stop = _ABOUT.search(sentence)
    head = sentence[:stop.start()] if stop else sentence
    index = word_index()
    for m in word_pattern().finditer(head):
        iso2, kind = index[m.group()]
        if kind == "demonym":
            plural = m.group().endswith("s") and not m.group().endswith("ss")
            people = plural or bool(_PEOPLE.match(head, m.end()))
        else:  # a country's name after "nationals from", "citizens of", or before them ("Afghanistan refugees")
            before = re.sub(r"\s+(?:from|of)\s+(?:the\s+)?$", "", head[:m.start()])
            from_ = _FROM_COUNTRY.search(before) if before != head[:m.start()] else None
            people = from_ is not None or bool(_NATIONALS.match(head, m.end()))
            if from_ is not None and _JOINED.search(before, 0, from_.start()):
                return None  # "residents and refugees from Syria": a crowd of the event's country and others
        noun = _PEOPLE.match(head, m.end())
        if people and (_MIXED.search(head, 0, m.start()) or _AND_OTHERS.match(head, noun.end() if noun else m.end())):
            return None  # "people, including Ukrainians": a crowd of the event's country and others
        if people and iso2 != country and not re.match(r"[\s-]+(?:embassy|consulate|flags?)\b", head[m.end():], re.I) \
                and not minority_of(iso2, country):  # "Polish people" in Vilnius: Lithuania's Poles, its own crowd
            return iso2
        if people:
            return None
    # migrants or asylum seekers no country is said of: ACLED's crowd of several or unknown countries
    return INTERNATIONAL if _MIGRANT_CROWD.search(head) or _MIGRANTS_ACTED_ON.search(sentence) else None


def demonstration_roles(type_: str, sub_type: str, roles: list[tuple[str, str, str]], country: str | None,
                        date: str | None, refs: dict[str, EntityRef], two_sided: bool = False,
                        crowd_of: str | None = None, force_engaged: bool = True, force_acted: bool = True,
                        struck: bool = False, two_crowds: bool = False,
                        acting: tuple[str, str | None] | None = None) -> list[tuple[str, str, str]]:
    """ACLED's actors of a demonstration: the crowd is actor1, "Protesters (X)" or "Rioters (X)" of the event's
    country (of ``crowd_of``: foreigners demonstrating). A peaceful protest has no actor2; an intervention or
    excessive force has the force that acted (police, army, others armed); a violent demonstration the armed force
    it fought, else none; mob violence its victims (civilians unless another side is named), or, in a clash between
    two crowds (``two_sided``) with no armed side named, rioters on both sides. A state force is a mob's opponent
    only when they fought or struck each other (``force_engaged``) or the crowds fought each other, not when it
    only came, intervened, rescued or arrested; a violent demonstration's armed force only when it fought or acted
    on the crowd (``force_acted``), else civilians when it struck people or their goods (``struck``). Two crowds
    that fought each other (``two_crowds``: "a brawl between two groups", counter-demonstrators) are rioters on
    both sides, whoever came to stop them. A violent demonstration with no armed side has the state force that
    acted on the crowd (``acting``: its family, country) as actor2, a mob the force the text says it fought."""
    if type_ not in ("Protests", "Riots"):
        return roles
    family = "protesters" if type_ == "Protests" else "rioters"
    crowd = generic_entity(family, crowd_of or country, date)
    refs[crowd.key] = crowd
    others = [(k, r, f) for k, r, f in roles if f not in CROWDS and k != crowd.key]
    armed = [x for x in others if x[2] in ARMED]
    others_armed = any(x[2] not in _STATE_SIDES for x in armed)
    civilians = [x for x in others if x[2] == "civilians" and x[1] != "actor1"]
    actor2: tuple[str, str] | None = None
    if sub_type in ("Protest with intervention", "Excessive force against protesters"):
        actor2 = _intervening_force(armed, country, date, refs)
    elif sub_type == "Violent demonstration" and two_crowds and not force_engaged and not others_armed:
        actor2 = crowd.key, family  # two crowds that fought, not the force that only came to separate them
    elif sub_type == "Violent demonstration" and armed and force_acted:
        # people named in a violent demonstration ("residents blocked the road with burning tyres") are mostly its
        # crowd, not its victims: ACLED's violent demonstration has the force it fought as actor2, else none; a
        # force that did not act on the crowd (one the crowd blames: "a man shot by the police") is none
        actor2 = armed[0][0], armed[0][2]
    elif sub_type == "Violent demonstration" and acting is not None and not struck:
        # a force the text tells acted on the crowd in a sentence no actor was read from ("Police dispersed the
        # group."): the force named there, the state's police or military
        actor2 = _told_force(acting, country, date, refs)
    elif sub_type == "Violent demonstration" and struck:
        # a crowd that struck people or their goods (``struck``: "assaulted a journalist", "stoned passing cars"):
        # the event country's civilians, or the foreign people the text names among them ("migrants")
        actor2 = _struck_people(civilians, country, date, refs)
    elif sub_type == "Mob violence":
        if acting is not None and force_engaged and not any(x[2] in _STATE_SIDES for x in armed):
            key, force_family = _told_force(acting, country, date, refs)  # "Later they pelted the police with stones."
            armed = [(key, "actor2", force_family), *armed]
        actor2 = _mob_opponent(armed, civilians, (crowd.key, family), two_sided, force_engaged, country, date, refs,
                               two_crowds)
    out = [(crowd.key, "actor1", family)]
    if actor2 is not None:
        out.append((actor2[0], "actor2", actor2[1]))
    used = {k for k, _, _ in out}
    out += [(k, "assoc_actor_1", f) for k, _, f in others if k not in used and f != "civilians" and f not in ARMED]
    return out


def _intervening_force(armed: list[tuple[str, str, str]], country: str | None, date: str | None,
                       refs: dict[str, EntityRef]) -> tuple[str, str]:
    """(key, family) of the force that intervened in a demonstration: a state's where one is named (an armed group
    the crowd protests against, "against killings by armed groups", did not intervene), else the armed actor named;
    unnamed, the police (ACLED's usual case)."""
    armed = [x for x in armed if x[2] in _STATE_SIDES] or armed
    if armed:
        return armed[0][0], armed[0][2]
    police = generic_entity("police", country, date)
    refs[police.key] = police
    return police.key, "police"


def _struck_people(civilians: list[tuple[str, str, str]], country: str | None, date: str | None,
                   refs: dict[str, EntityRef]) -> tuple[str, str]:
    """(key, family) of the people a violent crowd struck: civilians of another country or of several
    (``civilians`` the text names: "foreign nationals", "migrants and refugees") keep the nationality the text
    gives them; else the event country's civilians (people named in a violent demonstration are mostly its crowd)."""
    victims = generic_entity("civilians", country, date)
    foreign = [x for x in civilians if x[0] != victims.key]
    if foreign:
        return foreign[0][0], "civilians"
    refs[victims.key] = victims
    return victims.key, "civilians"


def _told_force(acting: tuple[str, str | None], country: str | None, date: str | None,
                refs: dict[str, EntityRef]) -> tuple[str, str]:
    """(key, family) of the state force ``acting`` ("police", "military"; of its own country, else ``country``);
    another country's force is "external"."""
    family, own = acting
    force = generic_entity(family, own or country, date)
    refs[force.key] = force
    return force.key, "external" if own and country and own != country else family


def _mob_opponent(armed: list[tuple[str, str, str]], civilians: list[tuple[str, str, str]], crowd: tuple[str, str],
                  two_sided: bool, force_engaged: bool, country: str | None, date: str | None,
                  refs: dict[str, EntityRef], two_crowds: bool = False) -> tuple[str, str]:
    """A mob's actor2: a state force it turned on ("attacked the police station", "clashed with police"), not the
    police who came to the rescue ("police intervened"); else its victims. Two crowds that fought each other ("a
    clash between two groups over land, injuring six") are rioters on both sides, the people hurt among them, and
    so are two crowds the text says fought each other (``two_crowds``) with no armed group among them, though a
    force came to stop them."""
    others_armed = [x for x in armed if x[2] not in ("police", "military")]
    if two_crowds and not force_engaged and not others_armed:
        return crowd
    state = [x for x in armed if x[2] in ("police", "military")]
    attacked = [x for x in state if force_engaged or two_sided]
    pick = attacked or (others_armed if two_sided else civilians or others_armed)
    if pick:
        return pick[0][0], pick[0][2]
    if two_sided:
        return crowd
    victims = generic_entity("civilians", country, date)
    refs[victims.key] = victims
    return victims.key, "civilians"


def demonstration_sides(type_: str, sub_type: str, roles: list[tuple[str, str, str]], text: str,
                        sents: list[tuple[int, int]], all_sents: list[tuple[int, int]], context: str,
                        country: str | None, date: str | None,
                        refs: dict[str, EntityRef]) -> list[tuple[str, str, str]]:
    """``demonstration_roles`` of an event told in ``sents`` (its actors read from ``all_sents``; ``context``: its
    sentences and the two after them). What the other side did is read only for a demonstration: whether the
    event's own sentences tell of two sides fighting, the crowd's nationality (its first sentence), and what the
    sentences its actors were read from and its context tell of the forces (``context_cues.crowd_forces``)."""
    if type_ not in ("Protests", "Riots"):
        return roles
    told = " ".join([*(text[s:e] for s, e in all_sents), context])
    own = text[sents[0][0]:sents[-1][1]]
    unarmed = unarmed_identities(roles, text, all_sents, country)
    roles = [(k, r, "other" if k in unarmed else f) for k, r, f in roles]
    roles, identity, victims = _crowd_identities(roles, country, date, refs)
    if sub_type in ("Protest with intervention", "Excessive force against protesters"):
        roles = _first_named_force(roles, [text[a:b] for a, b in all_sents])
    out = demonstration_roles(type_, sub_type, roles, country, date, refs, context_cues.two_sided(own),
                              identity or _told_nationality(text, sents, country),
                              *crowd_victims.forces_or_victims(sub_type, told),
                              context_cues.two_crowds(own if sub_type != "Violent demonstration" else told),
                              state_force_named(told) if context_cues.force_acted(told) else None)
    out = prison_riots.guards_side(type_, out, told, country, date, refs)
    out = _foreign_counter_crowd(type_, sub_type, out, told, country, date, refs)
    out = _attacking_crowd(sub_type, out, " ".join(text[s:e] for s, e in all_sents), told, country, date, refs)
    return [(k, "assoc_actor_2" if k in victims and r.startswith("assoc") else r, f) for k, r, f in out]


# a counter-demonstration and the sentence that tells it
_COUNTER = re.compile(r"\bcounter[\s-]?(?:protests?|protesters|demonstrations?|demonstrators|rall(?:y|ies))\b", re.I)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def _foreign_counter_crowd(type_: str, sub_type: str, out: list[tuple[str, str, str]], told: str,
                           country: str | None, date: str | None, refs: dict[str, EntityRef]
                           ) -> list[tuple[str, str, str]]:
    """``out`` with the crowd of a counter-demonstration as actor2 of a peaceful protest that has none, where the
    sentence telling it names that crowd by another nationality than the first crowd's ("Several Ukrainians gathered
    nearby for a counter-protest" at a rally in Bratislava: "Protesters (Ukraine)"); a counter-crowd of the first
    crowd's own country is the same actor."""
    if type_ != "Protests" or sub_type != "Peaceful protest" or any(r == "actor2" for _, r, _ in out) or not out:
        return out
    first = refs.get(out[0][0])
    for sentence in _SENTENCE_END.split(told):
        if not _COUNTER.search(sentence):
            continue
        theirs = crowd_nationality(sentence, country) or country
        counter = generic_entity("protesters", theirs, date)
        if first is None or counter.key == first.key or theirs == INTERNATIONAL:
            return out
        refs[counter.key] = counter
        return [out[0], (counter.key, "actor2", "protesters"), *out[1:]]
    return out


def _attacking_crowd(sub_type: str, out: list[tuple[str, str, str]], own: str, told: str, country: str | None,
                     date: str | None, refs: dict[str, EntityRef]) -> list[tuple[str, str, str]]:
    """``out`` with "Rioters (X)" as the actor2 of a demonstration whose sentences (``own``) tell a second crowd
    attacked or chased away (``crowd_on_demonstrators``: "supporters of the mayor attacked the demonstrators"), in
    place of none or of a state force that used no force on the crowd (it only arrested or removed people after:
    ``crowd_control``, ``force_engaged`` in ``told`` save the second crowd's own act). A named armed group as
    actor2 stays."""
    attack = event_cues.table().filters["crowd_on_demonstrators"]
    if sub_type not in ("Protest with intervention", "Excessive force against protesters") \
            or attack.search(own) is None or context_filters.crowd_control(told) \
            or context_cues.force_engaged(attack.sub(" ", told)):
        return out
    actor2 = next((f for _, r, f in out if r == "actor2"), None)
    if actor2 is not None and actor2 not in _STATE_SIDES:
        return out
    rioters = generic_entity("rioters", country, date)
    refs[rioters.key] = rioters
    rest = [x for x in out if x[1] != "actor2"]
    return [*rest[:1], (rioters.key, "actor2", "rioters"), *rest[1:]]


# a state force's own word: its police, its soldiers ("security forces" may be either)
_FORCE_WORDS = {"police": re.compile(r"\b(?:police|policem[ae]n|gendarm\w*)\b", re.I),
                "military": re.compile(r"\b(?:military|army|soldiers|troops)\b", re.I)}


def _first_named_force(roles: list[tuple[str, str, str]], told: list[str]) -> list[tuple[str, str, str]]:
    """``roles`` with the police or the military first, whichever a sentence of ``told`` that names both by their
    own words names first ("military and police forces shot at the crowd", "security forces (police and army)
    fired tear gas"): ACLED's intervening force is the first named, the other its associate."""
    if not all(any(f == fam for _, _, f in roles) for fam in _FORCE_WORDS):
        return roles
    for sentence in told:
        at = {fam: m.start() for fam, w in _FORCE_WORDS.items() if (m := w.search(sentence))}
        if len(at) == len(_FORCE_WORDS):
            first = min(at, key=lambda fam: at[fam])
            return sorted(roles, key=lambda x: x[2] != first or x[2] not in _FORCE_WORDS)
    return roles


def _told_nationality(text: str, sents: list[tuple[int, int]], country: str | None) -> str | None:
    """``crowd_nationality`` of the event's first sentence; in a note with ACLED's crowd size (one demonstration,
    read whole), else of the sentences before it, where the crowd was named and taken up later ("80 migrants
    gathered ... During the intervention, one was arrested.")."""
    own = crowd_nationality(text[slice(*sents[0])], country)
    if own is not None or not sents[0][0] or not event_cues.sized(text):
        return own
    return crowd_nationality(text[:sents[0][0]], country)


# the nouns of armed men: a people's men named so are its militia ("Fulani militiamen", "armed Pokot raiders")
_ARMED_NOUN = re.compile(r"\b(?:militia\w*|fighters|gunmen|armed|warriors|raiders|attackers|assailants|bandits|"
                         r"combatants|rustlers|clansmen|tribesmen)\b", re.I)


def unarmed_identities(roles: list[tuple[str, str, str]], text: str, sents: list[tuple[int, int]],
                       country: str | None) -> set[str]:
    """The identity militias among a demonstration's actors that its sentences name only by a people's crowd
    ("Oromo youths", "youths from Hohoe", "the Fulani community"): ACLED's crowd of that people, rioters or
    protesters, not an armed group; their keys."""
    spans: dict[str, list[str]] = {}
    for s, e in sents:
        for a, b, k in ethnic_militias(text, s, e, country, {}):
            spans.setdefault(k, []).append(text[a:b])
        for a, b, place in communal_militias.communal_militias(text, s, e, country, lambda x, y: True):
            spans.setdefault(communal_ref(place, country, {}), []).append(text[a:b])
    return {k for k, _, f in roles if f == "ethnic" and k in spans and not any(_ARMED_NOUN.search(t) for t in spans[k])}


def identity_groups() -> frozenset[str]:
    """The dictionary entries ACLED lists beside a crowd (``crowd_identities`` in ``data/acled/typology.yaml``)."""
    raw = typology().get("crowd_identities") or []
    if not isinstance(raw, list) or not all(isinstance(x, str) for x in raw):
        raise ValueError("typology.yaml: 'crowd_identities' must be a list of dictionary entry ids")
    return frozenset(raw)


def _crowd_identities(roles: list[tuple[str, str, str]], country: str | None, date: str | None,
                      refs: dict[str, EntityRef]) -> tuple[list[tuple[str, str, str]], str | None, set[str]]:
    """An identity group among a demonstration's actors (``identity_groups``: Israeli settlers) is no side of its
    own: as actor1 it is the crowd's identity, the crowd of its country (returned) and it the crowd's associated
    actor; as actor2 its people are the victims, civilians of its country, and it their associated actor (its key
    among the keys returned)."""
    ids = identity_groups()
    actors = default_matcher().actors
    out: list[tuple[str, str, str]] = []
    crowd_of: str | None = None
    victims: set[str] = set()
    for k, r, f in roles:
        entry = actors.get(k) if k in ids else None
        if entry is None or r not in ("actor1", "actor2"):
            out.append((k, r, f))
        elif r == "actor1":
            crowd_of = crowd_of or entry.country or country
            out.append((k, "assoc_actor_1", "other"))
        else:
            civ = generic_entity("civilians", entry.country or country, date)
            refs[civ.key] = civ
            out += [(civ.key, "actor2", "civilians"), (k, "assoc_actor_2", "other")]
            victims.add(k)
    return out, crowd_of, victims


__all__ = ["ARMED", "CROWDS", "crowd_nationality", "demonstration_roles", "demonstration_sides", "identity_groups"]
