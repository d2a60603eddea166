"""Who did what to whom in an event sentence: ACLED's actor1 / actor2 and associated actors.

Actors come from the dictionary mentions of the sentence (Taliban, ISKP, the Afghan army ...) and from generic
phrases no dictionary names ("Afghan soldiers", "policemen", "Arbaki", "civilians", "gunmen"), which become ACLED's
generic actors of the document's country: "Military Forces of Afghanistan (2014-2021)", "Civilians (Afghanistan)",
"Unidentified Armed Group (Afghanistan)". The roles follow the grammar of the sentence: an agent ("by Taliban
militants", "Taliban militants attacked ...") is actor1, a patient ("3 soldiers were killed", "... attacked Afghan
forces") actor2.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from sitrep.extract import actor_apposition as apposition
from sitrep.extract import actor_roles, event_country, foreign_people, migrant_origin, named_militias, state_units
from sitrep.extract import communal_militias as communal
from sitrep.extract.country_agents import country_agents
from sitrep.extract.demonym_people import community_people, people_targets
from sitrep.extract.local_insurgents import local_armed_men
from sitrep.extract.no_side import no_side
from sitrep.extract.private_security import private_security_pattern
from sitrep.lexicon import countries, yaml_data
from sitrep.lexicon.first_chars import opened
from sitrep.lexicon.regex_literals import folded, gate
from sitrep.nlp.matcher import default_matcher
from sitrep.records import EntityRef, Mention

ACTOR_TYPES = frozenset({"armed_group", "state_force"})
STATE_FAMILIES = frozenset({"military", "police"})
# generic phrases, strongest first; each is (family, pattern)
_GENERIC: list[tuple[str, re.Pattern[str]]] = [(f, re.compile(p, re.I)) for f, p in (
    ("militia", r"\b(?:pro-?\s*government|government-backed)\s+(?:militia(?:s|men|man)?|militants?|fighters?|forces?|"
                r"uprising\s+forces)\b|\"?\barbak(?:i|is|ai|ee)\b\"?(?:\s+(?:fighters?|members?|militia(?:men)?))?|"
                r"\b(?:public\s+|national\s+|local\s+)?uprising\s+(?:forces?|fighters?|members?|commanders?)\b|"
                r"\bmilitia(?:s|men|man)?\b"),
    ("police", r"\b(?:afghan\s+)?(?:local\s+|border\s+|national\s+|provincial\s+|district\s+)?police(?:m[ae]n|"
               r"wom[ae]n|\s+officers?|\s+forces?|\s+personnel|\s+chief|\s+commander)?\b|\bpolicem[ae]n\b|\bcops?\b|"
               r"\b(?:afghan\s+)?intelligence(?:\s+(?:agency|service|officials?|officers?|forces))?\b|\bnds\b|"
               r"\bnational\s+dire\w*\s+of\s+security\b|\blevies\b|\bcounter-?terrorism\s+department\b|"
               r"\bgendarm(?:es?|erie)\b|\bchengguan\b|\burban\s+management\s+(?:officers?|officials|personnel)\b|"
               r"\bprison\s+(?:guards?|wardens?|officers?|officials)\b|\bcorrection(?:al|s)\s+officers?\b|\bswat\b|"
               r"\bsecurity\s+services?\b|\blaw[\s-]+enforcement(?:\s+(?:officers?|agents?|officials|personnel|"
               r"authorities|agenc(?:y|ies)|forces|units?))?\b"),
    ("military", r"\b(?:afghan\s+)?(?:national\s+)?(?:army|military(?!\s+(?:police|operations?|equipment|"
                 r"vehicles?|hardware|exercises?|court|academy|hospital|aid|assistance|campaign|zone|service|uniforms?|"
                 r"fatigues|clothes|clothing|attire|(?:and|or)\s+civilian\s+(?:clothes|clothing|attire|dress)|"
                 r"spokes\w+|sources?|experts?|analysts?|officials?|intelligence|contractors?|compan(?:y|ies))\b))(?:\s+(?:forces?|troops|"
                 r"soldiers?|personnel|commandos?|officers?))?\b|\bsol(?:di|id)ers?\b|\btroops\b|(?<!armed\s)\bcommandos?\b|\bspecial\s+forces\b|"
                 r"\b(?:afghan\s+)?(?:security|government|state|afghan|national)\s+forces\b|\bandsf\b|\bansf\b|\bana\b|"
                 r"\bair\s+forces?\b|\bair\s+defen[cs]e\s+(?:units?|forces|systems?)\b|\bservicem[ae]n\b|\barmed\s+forces\b|\bnavy\b|\bnaval\s+forces\b|\bcoast\s+guards?\b|"
                 r"\bparatroopers\b|\bmilitary\s+(?:post|base|convoy|checkpoint|dhq)\b|\bsecurity\s+(?:out)?posts?\b|\bmarines\b|"
                 r"\brepublican\s+guards?\b"),
    ("civilians", r"\bcivilians?\b|\bresidents?\b|\bvillagers?\b|\b(?:school)?children\b|\bchild\b|\bwom[ae]n\b|"
                  r"\bstudents?\b|\bpupils?\b|\bworshippers?\b|\bpassengers?\b|\bfarmers?\b|\bshopkeepers?\b|"
                  r"\b(?:tribal\s+)?elders?\b|\bteachers?\b|\bjournalists?\b|\bdoctors?\b|\bdeminers?\b|"
                  r"\baid\s+workers?\b|\bbusiness(?:m[ae]n|wom[ae]n|people)\b|\blabou?rers?\b|\bworkers?\b|\bboys?\b|"
                  r"\bgirls?\b|\bsons\b|\bdaughters?\b|"
                  r"\bfamily\s+members\b|\bfamil(?:y|ies)\b|\bpeople\b|\bdrivers?\b|\bpilgrims?\b|\bmourners\b|"
                  r"\bwedding\s+guests\b|\bclerics?\b|\bpriests?\b|\bpastors?\b|\bmonks?\b|\bnuns?\b|"
                  r"\bmullahs?\b|\bimams?\b|\brefugees?\b|\bmigrants?\b|"
                  r"\basylum\s+seekers?\b|\bdisplaced\s+(?:people|persons|families)\b|\btourists?\b|\bvendors?\b|"
                  r"\bshepherds?\b|\b[a-z]+-owned\b"),
    ("civilians-patient", r"\b(?:government\s+|local\s+|high[\s-]ranking\s+|senior\s+)?officials?\b|\bemployees?\b|"
                          r"\bpoliticians?\b|\bactivists?\b|\bengineers?\b|(?<!armed\s)\bm[ae]n\b|\btraders?\b|\bcontractors?\b|"
                          r"\bthie(?:f|ves)\b|\brobbers?\b|\bburglars?\b|\bpickpockets?\b|\bnationals\b|\bhostages?\b"),
    ("protesters", r"\bprotesters?\b|\bdemonstrators?\b|\bprotestors?\b"),
    ("rioters", r"\brioters?\b|\bmob\b"),
    ("gang", r"\bgang(?:s|sters?|\s+members?)?\b(?!-)|\bgangsters?\b|\bmaras?\b|\bpandillas?\b|"
             r"\bhitm[ae]n\b|\bsicarios?\b|"  # the hired killers of criminal organisations
             # the drug trade's armed men and criminal organisations: ACLED's unidentified gang
             r"\b(?:rival\s+)?drug[\s-]+traffick(?:ing\s+(?:groups?|gangs?|organi[sz]ations?|cells?|networks?|factions?)|"
             r"ers?)\b|\bdrug[\s-]+(?:dealers?|lords?)\b|\bnarco-?traffickers?\b|\bcriminal\s+(?:groups?|gangs?|"
             r"organi[sz]ations?|cells?|networks?)\b"),
    # the Philippines' "war on drugs": drug suspects said to be armed, ACLED's "Armed Drug Suspects (X)"
    ("drug_suspects", r"\barmed\s+drug\s+(?:suspects?|personalit(?:y|ies))\b"),
    # guards a company hires, not a state's: ACLED's "Private Security Forces (X)"
    ("private", r"\b(?:private\s+)?security\s+guards?\b|\bprivate\s+security(?:\s+(?:forces|personnel|officers|"
                r"agents|company|firm|contractors?))?\b|" + private_security_pattern()),
    # a country's aircraft, ships and guns: its military ("Israeli warplanes"), only after a demonym
    ("military-national", r"\b(?:(?:combat|attack|military)\s+)?(?:helicopters?|warplanes?|fighter\s+jets?|jets|"
                          r"aircraft|drones?|gunships?|warships?|tanks|artillery|air\s*strikes?|airstrikes?|air\s+raids?|"
                          r"shelling|bombardments?|gunboats?|unmanned\s+aerial\s+vehicles|uavs|positions)\b"
                          # ... not a craft another force flies ("a Turkish drone operated by the GNA": the GNA's)
                          r"(?!\s+(?:operated|flown|piloted|used)\s+by\b)|"
                          # ... and its forces, the demonym right before them ("Eritrean forces")
                          r"(?-i:\bforces\b)"),
    ("unidentified", r"\b(?:unknown|unidentified)\s+(?:(?-i:[A-Z][a-z]+)\s+)?(?:armed\s+)?(?:men|gunmen|attackers?|"
                     r"assailants?|militants?|groups?|persons?|individuals?)\b|\bgunm[ae]n\b|\barmed\s+(?:men|commandos?)\b|"
                     r"\bmilitants?\b|\binsurgents?\b|\battackers?\b|\bassailants?\b|\bsniper\b|\bbomber\b|\benemy\b|"
                     r"\brebels?\b|\bterrorists?\b|\bjihadists?\b|\bextremists?\b|\bislamists?\b|\b(?:cattle\s+)?raiders\b|"
                     r"\bcattle\s+rustlers\b|\bbandits\b|\b(?:separatist|secessionist)(?:s\b|\s+(?:fighters?|militants?|rebels?|forces)\b)"),
    # herders who hurt, and pastoralists or nomads a text says are armed: armed men (``_ROLE_BOUND``)
    ("herders", r"\bherd(?:s|er)?m[ae]n\b|\bherders\b|\barmed\s+(?:pastoralists|nomads)\b"),
)]
# a sentence that holds none of a pattern's required words (``lexicon.regex_literals``) is not searched for it
_GENERIC_GATES = [gate(rx) for _, rx in _GENERIC]
_ROLE_BOUND = {"civilians-patient": ("civilians", "patient"), "herders": ("unidentified", "agent")}  # one role only


def generic_phrases(family: str) -> re.Pattern[str]:
    """The pattern of the generic phrases of ``family`` ("police", "military", ...)."""
    return next(rx for f, rx in _GENERIC if f == family)


@dataclass(frozen=True)
class Occurrence:
    start: int
    end: int
    key: str
    family: str  # military, police, militia, civilians, rebels, unidentified, protesters, rioters, external, other
    role: str  # agent, patient, neutral


@lru_cache(maxsize=1)
def typology() -> dict[str, Any]:
    text = resources.files("sitrep").joinpath("data", "acled", "typology.yaml").read_text(encoding="utf-8")
    data: dict[str, Any] = yaml_data.load(text)
    return data


def country_name(iso2: str | None) -> str | None:
    c = countries.country(iso2)
    return c.name if c else None


# Afghanistan keeps the dictionary's entries for its state (the Islamic Republic until 2021-08-15, the Taliban
# state after) and for pro-government militias; Pakistan its peace committees
INTERNATIONAL = "international"  # ACLED's "Civilians (International)": people of several countries, or migrants
_ERA_KEYS = {
    ("AF", "military"): ("afghan-military-2014-2021", "afghan-military-2021"),
    ("AF", "police"): ("afghan-police-2014-2021", "afghan-police-2021"),
    ("AF", "militia"): ("afghan-pro-government-militia", "afghan-pro-government-militia"),
    ("PK", "militia"): ("pakistan-peace-committees", "pakistan-peace-committees"),
}


def generic_entity(family: str, country: str | None, date: str | None) -> EntityRef:
    """The entity ACLED names for a generic actor of ``country`` ("Civilians (Kenya)"); bare without a country."""
    late = bool(date and date >= "2021-08-15")
    country = typology().get("acled_country", {}).get(country, country)  # Hong Kong's events are China's
    if family == "military":  # the soldiers in the West Bank are Israel's: the territory has no army of its own
        country = typology().get("military_of", {}).get(country, country)
    pair = _ERA_KEYS.get((country or "", family))
    if pair is not None:
        entry = default_matcher().actors.get(pair[1] if late else pair[0])
        if entry is not None:
            return EntityRef(key=entry.id, name=entry.name, type=entry.type, country=entry.country,
                             acled_name=entry.acled_name)
    spec = typology()["generic_actors"][family]
    if country == INTERNATIONAL and family not in STATE_FAMILIES:  # people of several countries
        name = str(spec["name"]).format(country="International")
        return EntityRef(key=f"acled:{family}-international", name=name, type=spec["type"], acled_name=name)
    c = countries.country(country)
    if c is not None and spec.get("regions") and c.region not in spec["regions"]:  # a gang outside the Americas
        return generic_entity(str(spec["otherwise"]), country, date)
    era = countries.period(country, date)
    if c is None:
        name = str(spec["bare"])
    else:
        name = str(spec["name"]).format(country=c.name, of_country=countries.of_name_on(country, date) or c.of_name,
                                        period=f" ({era})" if era else "")
    key = f"acled:{family}-{(country or 'xx').lower()}" + (f"-{era}" if era and "{period}" in spec["name"] else "")
    return EntityRef(key=key, name=name, type=spec["type"], country=country, acled_name=name)


_STATE_NAME = re.compile(r"^(Military|Police) Forces of ")


def state_family(entry_id: str) -> tuple[str, str] | None:
    """(military or police, ISO code) of a dictionary state force ACLED names "Military/Police Forces of X"."""
    actors = default_matcher().actors
    entry = actors.get(entry_id)
    for _ in range(5):
        if entry is None:
            return None
        m = _STATE_NAME.match(entry.acled_name or "")
        if m and entry.country and countries.country(entry.country) is not None:
            return m.group(1).lower(), entry.country
        entry = actors.get(entry.parent or "")
    return None


def family_of(m: Mention) -> str:
    """The actor family of a dictionary mention."""
    actors = default_matcher().actors
    entry = actors.get(m.entity_key or "")
    seen = 0
    while entry is not None and seen < 5:
        acled = entry.acled_name or ""
        if acled.startswith("Militia"):
            return "militia"
        if acled.startswith("Police Forces"):
            return "police"
        if acled.startswith("Military Forces") and entry.country in (None, "AF", "PK"):
            return "military"
        if entry.id in ("nato", "us-military") or acled.startswith(("NATO", "Military Forces")) or entry.beside_state:
            return "external"
        if entry.parent is None:
            break
        entry = actors.get(entry.parent)
        seen += 1
    if m.type == "state_force":
        return "military"
    return "rebels" if m.type == "armed_group" else "other"


def _dictionary_actor(m: Mention, country: str | None, date: str | None,
                      refs: dict[str, EntityRef]) -> tuple[str, str]:
    """(key, family) of a dictionary actor; a country's state force takes ACLED's generic name outside
    Afghanistan ("Military Forces of Nigeria (2015-2023)"), and is "external" in another country's event; a
    pro-government militia named by a phrase of another country's entry is the event country's."""
    key = m.entity_key or ""
    state = state_family(key) if country != "AF" else None
    if state is None or state[1] == "AF":
        family = family_of(m)
        entry = default_matcher().actors.get(key)
        if family == "militia" and country and entry is not None and entry.country not in (None, country):
            # a pro-government militia is its own country's; "pro-government forces" its state's troops
            return owned("military" if re.search(r"\bforces\b", m.text, re.I) else "militia", None, country, date,
                         refs)
        return key, family
    ref = state_units.with_unit(generic_entity(state[0], state[1], date), state_units.entry_unit(key),
                                state_units.entry_period(key))
    refs[ref.key] = ref
    rival = getattr(default_matcher().actors.get(key), "type", None) == "armed_group"  # a faction at war with the state
    return ref.key, "rebels" if rival else state[0] if state[1] == country or country is None else "external"


def _generic(family: str, text: str, a: int, b: int, country: str | None, date: str | None,
             refs: dict[str, EntityRef]) -> list[tuple[str, str]]:
    """(key, family) of a generic phrase: the country a demonym before or in it names ("Kenyan police",
    "Russian forces"), or that follows it ("military forces of India and Pakistan": one actor each), else the
    event's; another country's state force is "external"."""
    owners: list[str | None] = []
    if family in STATE_FAMILIES | {"civilians", "protesters", "rioters", "gang", "private", "unidentified"}:
        inside = event_country.country_inside(text[a:b]) or (_owner(text[a:b]) if _OWNED.search(text, a, b) else None)
        owners = [inside] if inside else list[str | None](event_country.countries_before(text, a))
        if not owners and family == "unidentified" and _NO_NATIONALITY.search(text):
            owners = [INTERNATIONAL]  # "armed men of unknown nationality", "the armed men" after: "(International)"
        if not owners and family in STATE_FAMILIES:
            owners = list(event_country.countries_after(text, b))
        elif not owners and family == "civilians":
            # people from elsewhere: refugees, migrants, "people from Ukraine" (``migrant_origin``)
            owners = migrant_origin.origin_owners(text, a, b, country in typology().get("own_refugees", ()))
    owners = [foreign_people.nationality(family, own, country, date, text) for own in owners]
    return [owned(family, own, country, date, refs) for own in owners or [None]]


_NO_NATIONALITY = re.compile(r"\b(?:men|gunmen|individuals|persons|attackers|assailants|groups?)\s+of\s+(?:unknown|"
                             r"unidentified|undetermined|unspecified)\s+nationalit(?:y|ies)\b", re.I)
# a generic noun right after a group's name is that group's men ("Red Command drug traffickers", "ELN rebels")
_NAMED_MEN = STATE_FAMILIES | {"unidentified", "gang", "militia"}

def owned(family: str, own: str | None, country: str | None, date: str | None,
          refs: dict[str, EntityRef]) -> tuple[str, str]:
    """(key, family) of a generic actor of country ``own`` (else the event's); another country's force: "external".
    A territory without an army of its own (``military_of``): its soldiers are the other state's, and the
    "military" its own demonym names ("Palestinian military posts") is its factions' armed men."""
    armies = typology().get("military_of", {})
    if family == "military" and (own or country) in armies:
        family, own = ("unidentified", own) if own else (family, armies[country])
    ref = generic_entity(family, own or country, date)
    refs[ref.key] = ref
    external = own and country and own != country and family in STATE_FAMILIES
    return ref.key, "external" if external else family


_MILITIA_NOUN = (r"(?:ethnic\s+|clan\s+|tribal\s+|communal\s+)?(?:militia(?:s|men)?|militants|fighters|gunmen|"
                 r"herders|herdsmen|pastoralists|(?:cattle\s+)?breeders|cattle\s+(?:keepers|rustlers|raiders)|"
                 r"youths?|tribesmen|clansmen|clan\s+members|clan|sections|community\s+members|communities|raiders|"
                 r"bandits|warriors|hunters|attackers|assailants|"
                 r"community|armed\s+(?:men|herders|herdsmen|pastoralists|youths?))\b")


# verbs whose subject "A and B" are two sides of one fight
_FOUGHT = (r"(?:(?:have\s+|had\s+)?(?:fought|clashed|battled)|(?:renew(?:ed)?|resumed?)\s+(?:their\s+)?"
           r"(?:violent\s+|deadly\s+)?(?:conflict|clashes|fighting|feud))\b")


@lru_cache(maxsize=1)
def _ethnic_pattern() -> re.Pattern[str]:
    names = "|".join(re.escape(n) for n in sorted(countries.ethnic_groups(), key=len, reverse=True))
    # a clan or section written before its people ("Twic Dinka militia") is the more precise name
    # two peoples a fight sets against each other are the two sides' militias, armed men or not: "clashes
    # between Afar and Issa groups", "fighting between Fulani settlers and Konkombas", "Maasai and Kisii clashed"
    pair = rf"({names})s?\b(?:\s+[a-z]+)?\s+and\s+(?:the\s+)?({names})s?\b"
    # ... each with its people's noun: "Fulani pastoralists and Massa farmers clashed"; behind a lookahead of the
    # letters its matches begin with (``lexicon.first_chars``: the same matches, without trying each name everywhere)
    return opened(re.compile(rf"\b{pair}(?=(?:\s+[a-z]+)?\s+{_FOUGHT})|\barmed\s+({names})\b|\b({names})"
                             rf"(?:\s+(?:{names}))?(?:\s+and\s+({names})(?:\s+(?:{names}))?)?\s+{_MILITIA_NOUN}"
                             rf"|\bbetween\s+(?:the\s+)?{pair}"))


def ethnic_militias(text: str, s: int, e: int, country: str | None,
                    refs: dict[str, EntityRef]) -> list[tuple[int, int, str]]:
    """Armed men of an ethnic group or clan the country has ("Fulani herders", "Hema and Lendu militias"):
    ACLED's "Fulani Ethnic Militia (Nigeria)", "Abgal Clan Militia (Somalia)"; with no country known, any
    people's, by the bare name ("Fulani Ethnic Militia"); (start, end, key) each."""
    out = []
    groups = countries.ethnic_groups()
    c = countries.country(country)
    for m in _ethnic_pattern().finditer(text, s, e):
        for name in (g for g in m.groups() if g):
            group = groups[name]
            if c is not None and c.iso2 not in group.countries:
                continue
            # no country told: the people's militia by its bare name, as a crowd is "Protesters"
            spec, iso = typology()["generic_actors"][group.kind], c.iso2 if c else None
            label = str(spec["name" if c else "bare"]).format(group=group.acled_name, country=c.name if c else "")
            key = f"acled:{group.kind}-{re.sub(r'[^a-z0-9]+', '-', group.acled_name.lower())}-{(iso or 'xx').lower()}"
            refs[key] = EntityRef(key=key, name=label, type=str(spec["type"]), country=iso, acled_name=label)
            out.append((m.start(), m.end(), key))
    return out


_IDENTITY_BEFORE = re.compile(r"\b(tribal|clan|ethnic|communal)\s+$", re.I)
_PRO_GOVERNMENT = re.compile(r"pro-?\s*(?:government|regime)|government-(?:backed|allied)|arbak|uprising", re.I)
_JOINED_BEFORE = re.compile(r"(?:,|\band|&)\s+$")
_FORCES_AFTER = re.compile(r"\s+(?:forces|troops|soldiers|units)\b")


def _dictionary_occurrences(text: str, sent: tuple[int, int], mentions: list[Mention], country: str | None,
                            date: str | None, refs: dict[str, EntityRef]) -> list[Occurrence]:
    """The sentence's dictionary actors; a state force's phrase naming another country too ("military forces of
    India and Pakistan") stands for that country's force too. A unit no dictionary lists is left to generic words."""
    s, e = sent
    out: list[Occurrence] = []
    for m in (x for x in mentions if not communal.kin_affiliation(text, s, x.start)):  # not "clans allied with X"
        if m.start < s or m.end > e or m.type not in ACTOR_TYPES or not m.entity_key \
                or (m.type == "state_force" and m.entity_key.startswith("doc:")):  # a unit the name rules found
            continue
        own = state_family(m.entity_key)  # "Elite Force" in a document of another country: that country's police
        borrowed = own is not None and event_country.borrowed_phrase(m, own[1], text, country)
        key, fam = owned(own[0], None, country, date, refs) if own and borrowed else \
            _dictionary_actor(m, country, date, refs)
        if fam in STATE_FAMILIES | {"external"} and actor_roles.force_no_side(text, m.start, m.end):
            continue  # "called for the departure of French forces": what the demand is about; "army grenades"
        role = actor_roles.role(text, m.start, m.end, s)
        if fam not in STATE_FAMILIES and _FORCES_AFTER.match(text, m.end) \
                and _JOINED_BEFORE.search(text, max(0, m.start - 8), m.start):
            # "Malian and Wagner forces": the country's forces and the group's fight together, the state first
            out += [Occurrence(m.start, m.end, *owned("military", c, country, date, refs), role)
                    for c in event_country.countries_before(text, m.start)]
        out.append(Occurrence(m.start, m.end, key, fam, role))
        if fam in STATE_FAMILIES | {"external"} and (state := state_family(key) or state_family(m.entity_key)):
            others = event_country.countries_after(text, m.end, joined=True)
            if event_country.country_inside(m.text) and _JOINED_BEFORE.search(text, max(0, m.start - 8), m.start):
                others += event_country.countries_before(text, m.start)  # "Russian and Ukrainian military forces"
            for other in others:
                out.append(Occurrence(m.start, m.end, *owned(state[0], other, country, date, refs), role))
    return out


# a police station's area ("under X police station limits"), or one taken to: a place, not the police as an actor
_JURISDICTION = re.compile(r"police\s+(?:station|post|outpost)s?\s+(?:limits|area|jurisdiction)\b", re.I)
_STATION = re.compile(r"police\s+(?:station|post|outpost)\b", re.I)
_UNDER = re.compile(r"\b(?:(?:under|(?:limits|jurisdiction)\s+of)\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+){1,3}|"
                    r"(?:(?:taken|took|brought|escorted|summoned)\s+(?:\w+\s+){0,3}?to|in\s+front\s+of|outside)\s+"
                    r"(?:the\s+|a\s+)?(?:[A-Z][\w'-]*\s+){0,3})$")


def _generic_family(family: str, text: str, a: int, b: int, role: str) -> str | None:
    """The family a generic phrase stands for here, or None when it names no actor: police who only report
    ("according to police", "police said"), a country's aircraft with no country, officials who suffer
    nothing."""
    if family in STATE_FAMILIES | {"military-national"} and actor_roles.force_no_side(text, a, b):
        return None  # "demanded the withdrawal of French troops": what the demand is about, no side; whose gear
    if family in STATE_FAMILIES and (actor_roles.is_source(text, a, b) or _JURISDICTION.match(text, a)
                                     or (_STATION.match(text, a) and _UNDER.search(text, max(0, a - 60), a))):
        return None
    if family == "military-national":
        national = event_country.country_inside(text[a:b]) or event_country.country_before(text, a)
        if text[a:b] == "forces" and not _country_right_before(text, a):
            return None  # "separatist forces", "Gaddafi forces": no state's; "Eritrean forces": Eritrea's
        return "military" if national else None
    if family in _ROLE_BOUND:
        return _ROLE_BOUND[family][0] if role == _ROLE_BOUND[family][1] else None
    if family == "civilians" and _OWNED.search(text, a, b) and _owner(text[a:b]) is None:
        return None  # "state-owned", "privately-owned": no people's
    return family


_OWNED = re.compile(r"-owned$", re.I)


def _country_right_before(text: str, a: int) -> bool:
    """A country's demonym or name stands right before ``a`` ("Eritrean forces", "Kenya's forces")."""
    before = text[max(0, a - 40):a]
    return any(re.fullmatch(r"(?:'s|’s)?\s+", before[m.end():]) for m in countries.word_pattern().finditer(before))


def _owner(phrase: str) -> str | None:
    """The country whose people own what a "<demonym>-owned" phrase qualifies ("Palestinian-owned crops")."""
    word = countries.word_index().get(phrase[:-len("-owned")])
    return word[0] if word else None


def communal_ref(group: str, country: str | None, refs: dict[str, EntityRef], kind: str = "communal") -> str:
    """The key of ACLED's "<group> Communal Militia (X)" (of a place, or "Unidentified"); ``kind``: "clan",
    "ethnic" or "tribal" for the other identity militias ("Unidentified Clan Militia (Sudan)")."""
    spec, c = typology()["generic_actors"][kind], countries.country(country)
    label = str(spec["name" if c else "bare"]).format(group=group, country=c.name if c else "")
    key = f"acled:{kind}-{re.sub(r'[^a-z0-9]+', '-', group.lower())}-{(country or 'xx').lower()}"
    refs[key] = EntityRef(key=key, name=label, type=str(spec["type"]), country=country, acled_name=label)
    return key


def _group_occurrences(text: str, sent: tuple[int, int], mentions: list[Mention], country: str | None,
                       date: str | None, refs: dict[str, EntityRef]) -> list[Occurrence]:
    """The sentence's named actors: dictionary mentions, ethnic and communal militias, state units, acronyms."""
    s, e = sent
    out = _dictionary_occurrences(text, sent, mentions, country, date, refs)
    taken: list[tuple[int, int]] = [(o.start, o.end) for o in out]
    # (start, end, key, family, whether it yields to a phrase already taken)
    found = [(a, b, k, f, False) for a, b, k, f in community_people(
        text, s, ethnic_militias(text, s, e, country, refs), lambda: owned("civilians", None, country, date, refs)[0])]
    found += [(a, b, communal_ref(g, country, refs, kind), "ethnic", True) for a, b, g, kind in communal.identity(
        text, s, e, country, lambda x, y: actor_roles.role(text, x, y, s) == "agent")]
    units = state_units.unit_occurrences(text, s, e, country, date, refs, generic_entity)
    # a unit the table names ("CRPF") is more precise than the dictionary's force for the same words
    out = [o for o in out if not any(a < o.end and o.start < b and k.startswith(o.key + "-") for a, b, k, _ in units)]
    found += [(*u, False) for u in units]
    found += [(a, b, k, "rebels", True) for a, b, k in named_militias.acronym_groups(text, s, e, country, refs)]
    found += [(a, b, k, "gang", True) for a, b, k in named_militias.named_gangs(text, s, e, country, refs)]
    found += [(a, b, k, "rebels", True) for a, b, k in named_militias.named_militias(text, s, e, country, refs)]
    # "North Korea test-fired a missile": the country's military forces (``country_agents``)
    found += [(a, b, *owned("military", iso2, country, date, refs), True) for a, b, iso2 in country_agents(text, s, e)]
    found += [(a, b, k, "rebels", True) for a, b, k in named_militias.named_boys(text, s, e, country, refs)]
    for a, b, key, family, yields in found:
        if not yields or not any(a < y and x < b for x, y in taken):
            out.append(Occurrence(a, b, key, family, actor_roles.role(text, a, b, s)))
            taken.append((a, b))
    return out


def occurrences(text: str, sent: tuple[int, int], mentions: list[Mention], country: str | None,
                date: str | None, refs: dict[str, EntityRef]) -> list[Occurrence]:
    """Actors named in one sentence, dictionary mentions first, then generic phrases, in text order."""
    s, e = sent
    out = _group_occurrences(text, sent, mentions, country, date, refs)
    taken: list[tuple[int, int]] = [(o.start, o.end) for o in out]
    seg = text[s:e]
    named = list(taken)
    low = folded(seg)
    for (family, rx), needs in zip(_GENERIC, _GENERIC_GATES, strict=True):
        if not needs.may_match(low):  # the sentence holds none of the words every match of it holds
            continue
        for g in rx.finditer(seg):
            a, b = s + g.start(), s + g.end()
            after_name = any(a - 2 <= y <= a and text[y:a].strip(" \"'") == "" for _, y in named)
            # "CODECO militiamen", "Taliban fighters": the named group's men
            if any(a < y and x < b for x, y in taken) or (after_name and family in _NAMED_MEN):
                continue
            role = actor_roles.role(text, a, b, s)
            if family == "military-national" and actor_roles.ATTACK_NOUN.match(text[a:b]):
                role = "agent"  # "Russian airstrikes": the strikes' country carried them out
            fam = _generic_family(family, text, a, b, role)
            if fam is None or (fam in ("unidentified", "militia") and (apposition.apposed_name(text, a, b, named)
                                                                       or apposition.named_as(text, a, named))):
                continue  # "a local militia, the X Watchmen,": the group the apposition names
            local = local_armed_men(text, a, b, country, date) \
                if fam in ("unidentified", "militia") and not _PRO_GOVERNMENT.search(text[a:b]) else None
            if local is not None:  # the insurgents ACLED names in that country then ("Islamist Militia (Mozambique)")
                # an insurgent is "unidentified" still: a group the event's sentences name stands for it
                family = "unidentified" if local[1] == "rebels" else local[1]
                out.append(Occurrence(a, b, refs.setdefault(local[0].key, local[0]).key, family, role))
                taken.append((a, b))
                continue
            identity = _IDENTITY_BEFORE.search(text, max(0, a - 12), a) if fam == "unidentified" and country else None
            if identity is not None:  # "an unknown tribal militant": ACLED's "Unidentified Tribal Militia (X)"
                out.append(Occurrence(a, b, communal_ref("Unidentified", country, refs, identity.group(1).lower()),
                                      "ethnic", role))
                taken.append((a, b))
                continue
            if fam == "militia" and country not in communal.PRO_GOVERNMENT_MILITIA_COUNTRIES \
                    and not _PRO_GOVERNMENT.search(text[a:b]):
                # elsewhere, and where the country is unknown, a bare militia is a community's, or one the text
                # does not identify (an identity militia's family: no armed group named nearby stands for it)
                kind = communal.unnamed_identity(text, a, b)
                key = communal_ref("Unidentified", country, refs, kind) if kind else None
                if key is None:
                    ref = generic_entity("unnamed_militia", country, date)
                    key = refs.setdefault(ref.key, ref).key
                out.append(Occurrence(a, b, key, "ethnic", role))
                taken.append((a, b))
                continue
            out += [Occurrence(a, b, k, f, role) for k, f in _generic(fam, text, a, b, country, date, refs)]
            taken.append((a, b))
    # "fired at Palestinians": that country's civilians, as targets
    out += [Occurrence(*t) for t in people_targets(text, sent, taken, lambda iso2: owned(
        "civilians", foreign_people.nationality("civilians", iso2, country, date, text), country, date, refs)[0])]
    if any(o.key.startswith("acled:named-gang-") for o in out):  # "a gangster of the One Order Gang": that gang
        out = [o for o in out if not o.key.startswith("acled:gang-")]
    # "the army was deployed there after the attack", "accused of supporting X": named in passing, no side
    return sorted((o for o in out if not no_side(text, o.start, o.end)), key=lambda o: o.start)
