"""Relations that need more than one sentence's fixed construction: the group a passage is about standing
behind "it" and "the group", offices named by nationality ("Afghan President X"), and "the district" or
"two districts of X" read against the places the document named before."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from importlib import resources

from sitrep.extract.relation_base import EXTRACTOR, VERSION, Masked, dates, mask, modality
from sitrep.lexicon import yaml_data
from sitrep.lexicon.dictionaries import load_roles
from sitrep.lexicon.gazetteer import default_gazetteer
from sitrep.lexicon.keys import place_key
from sitrep.lexicon.regex_literals import Gate, folded, gate
from sitrep.nlp.attribution import stance
from sitrep.records import Attribution, Document, Evidence, Mention, RelationRecord, TimeExpression
from sitrep.spans import first_starting


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    text = (resources.files("sitrep") / "data" / "dictionaries" / "demonyms.yaml").read_text("utf-8")
    return {str(k): str(v) for k, v in yaml_data.load(text)["demonyms"].items()}


_OFFICES = (r"(?P<role>(?:vice\s+|deputy\s+)?president|(?:vice\s+|deputy\s+)?prime\s+minister|"
            r"(?:foreign|defen[cs]e|interior|finance|home)\s+minister|minister\s+of\s+(?:foreign\s+affairs|defen[cs]e|"
            r"interior|finance)|national\s+security\s+adviser|army\s+chief|chief\s+executive|ambassador)")


@lru_cache(maxsize=1)
def _national_office() -> re.Pattern[str]:
    adj = "|".join(re.escape(d) for d in sorted(demonyms(), key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?P<adj>{adj})\s+(?:(?:acting|interim|incumbent|current)\s+)?{_OFFICES}\s+"
                      rf"(?:{TITLE_RX}\s+)?⟦(?P<s>\d+)⟧", re.I)


TITLE_RX = r"(?:Mr|Mrs|Ms|Dr|Gen|General)\.?"


def national_roles(doc: Document, s: int, e: int, mentions: Sequence[Mention],
                    attributions: Sequence[Attribution]) -> list[RelationRecord]:
    """'Afghan President Ashraf Ghani': Ghani holds the office of president of Afghanistan."""
    masked = mask(doc.text, s, e, mentions)
    out: list[RelationRecord] = []
    if not _office_gates()[0].may_match(folded(masked.text)):
        return out  # none of the words every match holds (an office's): the pattern's search is skipped
    for m in _national_office().finditer(masked.text):
        person = masked.mentions[int(m.group("s"))]
        adj = next((k for k in demonyms() if k.lower() == m.group("adj").lower()), None)
        if person.type != "person" or adj is None or not m.group("adj")[0].isupper():
            continue
        country = demonyms()[adj]
        role = load_roles().lookup(m.group("role"))
        out.append(RelationRecord(
            predicate="holds_position", subject=str(person.entity_key), object=f"doc:location:{place_key(country)}",
            evidence=(Evidence(doc=doc.id, start=s, end=e, text=doc.text[s:e]),), extractor=EXTRACTOR,
            version=VERSION, role=role.role if role is not None else re.sub(r"\s+", " ", m.group("role").lower()),
            certainty="asserted", attributed_to=None))
    return out


_PROVINCIAL = re.compile(r"(?<![\w-])(?:the\s+)?provincial\s+(?P<role>police\s+chief|chief\s+of\s+police|governor|"
                         r"deputy\s+governor|spokesman|spokesperson|police\s+spokesman|council\s+chief)\s*,?\s+"
                         rf"(?:{TITLE_RX}\s+)?⟦(?P<s>\d+)⟧(?!\s*(?:,\s*)?(?:of|in|for)\s)", re.I)


def provincial_roles(doc: Document, s: int, e: int, mentions: Sequence[Mention],
                     attributions: Sequence[Attribution]) -> list[RelationRecord]:
    """'Provincial police chief X said': X holds that post in the province the text last named, when it named
    exactly one in the preceding 1,500 characters."""
    masked = mask(doc.text, s, e, mentions)
    out: list[RelationRecord] = []
    if not _office_gates()[1].may_match(folded(masked.text)):
        return out  # no "provincial": the pattern's search is skipped
    for m in _PROVINCIAL.finditer(masked.text):
        person = masked.mentions[int(m.group("s"))]
        if person.type != "person":
            continue
        province = _last_province(doc.text, mentions, masked.offsets[m.start()])
        role = load_roles().lookup(m.group("role"))
        if province is None or role is None or role.relation != "holds_position":
            continue
        out.append(RelationRecord(
            predicate="holds_position", subject=str(person.entity_key), object=province,
            evidence=(Evidence(doc=doc.id, start=s, end=e, text=doc.text[s:e]),), extractor=EXTRACTOR,
            version=VERSION, role=role.role, certainty="asserted", attributed_to=None))
    return out


@lru_cache(maxsize=1)
def _office_gates() -> tuple[Gate, Gate, Gate]:
    """The words (``lexicon.regex_literals``) every match of the national and of the provincial offices holds, and
    of a control over counted districts."""
    return gate(_national_office()), gate(_PROVINCIAL), gate(_COUNTED)


def _last_province(text: str, mentions: Sequence[Mention], pos: int) -> str | None:
    """The key of the last province (a place followed by "province", or a first-level division of the gazetteer
    that is no city of the same name) named within 1,500 characters before ``pos``."""
    before = [m for m in mentions if m.type == "location" and m.entity_key and pos - 1500 <= m.start < pos]
    named = [m for m in before if _is_province(text, m)]
    return str(named[-1].entity_key) if named else None


def _is_province(text: str, m: Mention) -> bool:
    if re.match(r"\s+province\b", text[m.end:m.end + 12], re.I):
        return True
    key = place_key(m.text)
    same = [p for p in default_gazetteer().lookup([key]) if place_key(p.name) == key]
    return any(p.feature == "admin1" for p in same) and not any(p.feature in ("city", "capital", "town") for p in same)


_TOPIC = re.compile(r"(?:(?:In|On|At|By|Since|Meanwhile|Separately)\b[^,⟦\n]{0,40},\s*)?(?:[Tt]he\s+)?⟦(\d+)⟧(?:'s)?")


_STANDIN = re.compile(r"(?:(?:In|On|At|By|Since|Meanwhile|Separately)\b[^,\n]{0,40},\s*)?"
                      r"(?P<p>[Ii]t|[Tt]he\s+(?:group|movement|organi[sz]ation|outfit))\s+"
                      r"(?=(?:(?:also|has|had|have|now|reportedly|allegedly|then|later|has\s+since)\s+)*"
                      r"(?:has|had|also|now|reportedly|claimed|declared|pledged|swore|controls|controlled|captured|seized|"
                      r"took|joined|allied|established|gained|won|enjoys|receives|received)\b)")


def topic(text: str, s: int, e: int, mentions: Sequence[Mention], topic: tuple[Mention, int] | None,
           i: int) -> tuple[tuple[Mention, int] | None, Mention | None]:
    """The armed group a stretch of text is about, and a stand-in mention of it for a sentence whose subject is
    "it" or "the group": the group a recent sentence opened with, when no other group opened one since."""
    first = first_starting(mentions, s, e)
    masked_head = mask(text, s, min(e, s + 80), mentions).text
    t = _TOPIC.match(masked_head)
    if first is not None and t is not None and int(t.group(1)) == 0:
        return ((first, i) if first.type == "armed_group" else None), None
    p = _STANDIN.match(text, s, e)
    if p is None or topic is None or i - topic[1] > 3:
        return topic, None
    group = topic[0]
    standin = replace(group, start=p.start("p"), end=p.end("p"), text=p.group("p"), sent_start=s, sent_end=e)
    return (group, i), standin


def anaphoric_control(doc: Document, masked: Masked, evidence: Evidence, timexes: Sequence[TimeExpression],
                       attributions: Sequence[Attribution], mentions: Sequence[Mention]) -> list[RelationRecord]:
    """'the Taliban captured the district': the district last named as '<Name> district' in the preceding text."""
    out: list[RelationRecord] = []
    low = folded(masked.text)  # a pattern is searched only where its words are (the same matches, in order)
    for m in [m for rx, g in _control_patterns() if g.may_match(low) for m in rx.finditer(masked.text)]:
        subj = masked.mentions[int(m.group("s"))]
        if subj.type not in ("armed_group", "state_force", "government"):
            continue
        if modality(masked.text, m, m.start("v")) != "asserted":
            continue
        pos = masked.offsets[m.start("v")]
        noun = m.group("noun").lower()
        place = _antecedent(doc.text, mentions, pos, noun) or _in_sentence(masked, m.start())
        if place is None:
            continue
        start, end = dates(doc.text, timexes, pos, evidence, inception=True)
        certainty, source = stance(doc.text, attributions, pos)
        out.append(RelationRecord(predicate="controls", subject=str(subj.entity_key), object=place,
                                  evidence=(evidence,), extractor=EXTRACTOR, version=VERSION, start=start, end=end,
                                  certainty=certainty, attributed_to=source))
    return out


# "the town was captured by insurgents in 2020 but was recaptured in 2021 by joint Mozambican and Rwandan forces"
_TAKEN_BY = re.compile(r"\bthe\s+(?P<noun>district|province|city|town|village)\s+(?:was|were|had\s+been|has\s+been)\s+"
                       r"(?:[^;⟦⟧]{0,80}?\s)?(?P<v>captured|seized|overrun|taken|retaken|recaptured)\s+"
                       r"(?:(?:in|on|last)\s+[\w-]+(?:\s+\d{4})?\s+)?by\s+(?:the\s+)?(?:joint\s+)?(?:[\w-]+\s+and\s+)?"
                       r"⟦(?P<s>\d+)⟧", re.I)
# "giving up control of the city to the AA"
_CEDED = re.compile(r"(?P<v>giving\s+up|gave\s+up|given\s+up|handing\s+over|handed\s+over|ceding|ceded|surrendering|"
                    r"surrendered|losing|lost)\s+control\s+of\s+the\s+(?P<noun>district|province|city|town|village)\s+"
                    r"to\s+(?:the\s+)?⟦(?P<s>\d+)⟧", re.I)


@lru_cache(maxsize=1)
def _control_patterns() -> tuple[tuple[re.Pattern[str], Gate], ...]:
    """The patterns of a control the sentence tells of ("X captured the district", "... ceded control of the town to
    X", "the town was taken by X"), each with the words every match of it holds (``lexicon.regex_literals``)."""
    rx = re.compile(r"⟦(?P<s>\d+)⟧(?:\s+(?:fighters|forces|militants|insurgents|troops))?\s+(?:have\s+|has\s+|had\s+)?"
                    r"(?P<v>captured|seized|overran|took\s+control\s+of|took\s+over|retook|recaptured)\s+"
                    r"the\s+(?P<noun>district|province|city|town|village)\b(?!\s+(?:of|centre|center|capital|headq))",
                    re.I)
    return tuple((p, gate(p)) for p in (rx, _CEDED, _TAKEN_BY))


def _antecedent(text: str, mentions: Sequence[Mention], pos: int, noun: str) -> str | None:
    """The most recent location named '<X> <noun>' within 600 characters before ``pos``, or '<noun> of <X>'
    within 1,500, if only one is."""
    window = [m for m in mentions if m.type == "location" and pos - 1500 <= m.start < pos]
    named = [m for m in window if (m.start >= pos - 600 and re.match(rf"\s+{noun}\b", text[m.end:m.end + 15], re.I))
             or re.search(rf"\b{noun}\s+of\s+(?:the\s+)?$", text[max(0, m.start - 30):m.start], re.I)]
    keys = {m.entity_key for m in named}
    if len(keys) != 1:
        return None
    return named[-1].entity_key


def _in_sentence(masked: Masked, at: int) -> str | None:
    """The one place the sentence names before ``at`` ("captured in Mrauk-U ..., giving up control of the city")."""
    keys = {x.entity_key for i, x in enumerate(masked.mentions)
            if x.type == "location" and masked.text.find(f"⟦{i}⟧") < at}
    return str(keys.pop()) if len(keys) == 1 else None


_ANAPHORA = re.compile(r"\bthe\s+(district|province|city|town|village|provincial\s+capital)\b", re.I)


_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_COUNTED = re.compile(
    r"(?P<what>(?:mini-)?caliphate|emirate|base|bases|stronghold|strongholds|safe\s+havens?|control|rule)\s+"
    r"(?:(?:was|were|had\s+been|has\s+been|is|are)\s+)?(?P<v>established|set\s+up|declared|proclaimed|founded|imposed)\b"
    r"[^⟦;]{0,40}?\s+(?:in|over|across)\s+(?P<n>two|three|four|five|six|[2-6])\s+(?P<unit>districts)\s+(?:of|in)\s+"
    r"(?:the\s+)?⟦(?P<p>\d+)⟧", re.I)
_DISTRICT_AFTER = re.compile(r"(?:(?:\s*,\s*|\s+and\s+|\s*,\s+and\s+)[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,2}){0,4}"
                             r"\s+districts?\b")


def counted_districts(doc: Document, masked: Masked, evidence: Evidence, timexes: Sequence[TimeExpression],
                      attributions: Sequence[Attribution], mentions: Sequence[Mention]) -> list[RelationRecord]:
    """'The mini-caliphate established six months ago in two districts of Jawzjan ... by ISIS': when the
    document names exactly two districts (and the gazetteer places none of them outside Jawzjan), those are
    the two, and the one group the sentence names controls each from that date."""
    out: list[RelationRecord] = []
    if not _office_gates()[2].may_match(folded(masked.text)):
        return out  # none of the words every match holds: the search is skipped
    for m in _COUNTED.finditer(masked.text):
        groups = {g.entity_key: g for g in masked.mentions if g.type == "armed_group"}
        if len(groups) != 1:
            continue
        (group,) = groups.values()
        if re.search(r"\b(?:not|never|no|if|whether|would|could|may|might)\b", masked.text[:m.end()], re.I):
            continue
        province = masked.mentions[int(m.group("p"))]
        n = _NUMBERS.get(m.group("n").lower()) or int(m.group("n"))
        districts = _named_districts(doc.text, mentions, province)
        if len(districts) != n:
            continue
        pos = masked.offsets[m.start("v")]
        start, end = dates(doc.text, timexes, pos, evidence, inception=True)
        certainty, source = stance(doc.text, attributions, pos)
        out += [RelationRecord(predicate="controls", subject=str(group.entity_key), object=key, evidence=(evidence,),
                               extractor=EXTRACTOR, version=VERSION, start=start, end=end, certainty=certainty,
                               attributed_to=source) for key in districts]
    return out


def _named_districts(text: str, mentions: Sequence[Mention], province: Mention) -> list[str]:
    """Keys of the places the document calls districts ("Darz Aab district", "A and B districts", "the district
    of A"), none of which the gazetteer puts in another province than ``province``."""
    keys: dict[str, Mention] = {}
    for m in mentions:
        if m.type != "location" or m.entity_key in (None, province.entity_key):
            continue
        if (_DISTRICT_AFTER.match(text, m.end)
                or re.search(r"\bdistricts?\s+of\s+(?:the\s+)?$", text[max(0, m.start - 20):m.start])):
            keys.setdefault(str(m.entity_key), m)
    want = place_key(province.text)
    countries = {p.country for p in default_gazetteer().lookup([want]) if place_key(p.name) == want}
    for key, m in list(keys.items()):  # a namesake in another country than the province's says nothing
        known = [p for p in default_gazetteer().lookup([place_key(m.text)]) if p.admin1 and p.country in countries]
        if known and all(place_key(p.admin1 or "") != want for p in known):
            del keys[key]
    return sorted(keys)


_TRUCE_ENDED = re.compile(r"\b(?:cease-?fire|truce|armistice|peace\s+(?:deal|agreement|accord))\s+(?:had\s+|has\s+)?"
                          r"(?P<v>ended|expired|collapsed|broke\s+down|broken\s+down|lapsed|ran\s+out|was\s+broken|"
                          r"came\s+to\s+an\s+end)\b", re.I)


def truce_ends(text: str, sentences: Sequence[tuple[int, int]], timexes: Sequence[TimeExpression],
               found: list[RelationRecord]) -> list[RelationRecord]:
    """'The truce ended on 18 June': the end of the last ceasefire the text stated, in this sentence or the one
    before, that has none yet."""
    out = list(found)
    for i, (s, e) in enumerate(sentences):
        m = _TRUCE_ENDED.search(text, s, e)
        if m is None or _NEGATED.search(text[s:m.start()]):
            continue
        when = next((t.value for t in timexes if s <= t.start < e and t.start > m.start() and t.value
                     and re.match(r"^\d{4}(?:-\d{2}){0,2}$", t.value)), None)
        lo = sentences[i - 1][0] if i else s
        at = [k for k, r in enumerate(out) if r.predicate == "ceasefire_with" and r.end is None
              and any(lo <= ev.start < e for ev in r.evidence)]
        if when and at:
            out[at[-1]] = replace(out[at[-1]], end=when)
    return out


_NEGATED = re.compile(r"\b(?:not|never|if|whether|unless)\b[^,;]*$", re.I)


_IT = re.compile(r"\b(?:after|when|as|since|because|before|until|once|while|where|and)\s+(?P<p>it)\s+"
                 r"(?=(?:(?:has|had|have|also|then|later|now)\s+)*(?:took|taken|captured|seized|overran|overrun|"
                 r"controls|controlled|holds|held|occupied|retook|recaptured|pledged|joined)\b)")


_ACTOR_TYPES = frozenset({"armed_group", "state_force", "government", "organization"})


def pronoun_standins(text: str, s: int, e: int, mentions: Sequence[Mention]) -> list[Mention]:
    """'attacks by RSF soldiers ... after it took control of X': "it" inside a sentence stands for the one
    armed group named before it in that sentence, when no other actor is named before it."""
    out: list[Mention] = []
    for m in _IT.finditer(text, s, e):
        before = [x for x in mentions if s <= x.start < m.start("p")]
        actors = {x.entity_key for x in before if x.type in _ACTOR_TYPES}
        group = next((x for x in reversed(before) if x.type == "armed_group"), None)
        if group is None or len(actors) != 1:
            continue
        out.append(replace(group, start=m.start("p"), end=m.end("p"), text="it", sent_start=s, sent_end=e))
    return out


_HE = re.compile(r"[\"“]?(?P<p>He|She)\s+(?!said\b|says\b|told\b|added\b)")


def person_standin(text: str, i: int, sentences: Sequence[tuple[int, int]],
                   mentions: Sequence[Mention]) -> Mention | None:
    """Sentence ``i`` opening with "He" or "She": the one person the sentence before named, when it named one; a
    run of sentences opening so ("He served ... He was ...") stands for the person named before the run."""
    s, e = sentences[i]
    m = _HE.match(text, s, e)
    if m is None:
        return None
    for k in range(i - 1, max(-1, i - 4), -1):
        ps, pe = sentences[k]
        people = {x.entity_key: x for x in mentions if ps <= x.start < pe and x.type == "person"}
        if people:
            if len(people) != 1:
                return None
            (person,) = people.values()
            return replace(person, start=m.start("p"), end=m.end("p"), text=m.group("p"), sent_start=s, sent_end=e)
        if _HE.match(text, ps, pe) is None:
            return None
    return None


_NOMINAL = re.compile(r"\b[Tt]he\s+(?P<p>alliance|coalition|front|movement|cartel|militia)\b"
                      r"(?!\s+(?:of|between|with|for|to)\b)")


def nominal_standins(text: str, s: int, e: int, mentions: Sequence[Mention]) -> list[Mention]:
    """'the AA and two other groups that make up the alliance': "the alliance" stands for the one actor named
    in the 1,500 characters before whose name ends in that noun ("Three Brotherhood Alliance")."""
    out: list[Mention] = []
    for m in _NOMINAL.finditer(text, s, e):
        noun = m.group("p").lower()
        named = {x.entity_key: x for x in mentions if x.type in _ACTOR_TYPES and m.start() - 1500 <= x.start < m.start()
                 and x.text.lower().rstrip("s").endswith(noun)}
        if len(named) != 1:
            continue
        (group,) = named.values()
        out.append(replace(group, start=m.start("p"), end=m.end("p"), text=m.group("p"), sent_start=s, sent_end=e))
    return out


_FACTION = re.compile(r"(?<=\s)(?:to|with|from|joined|join|joining|of|for|by)\s+(?P<p>the\s+(?:faction|group))\b"
                      r"(?!\s*(?:'s|’s|of|that|which|who|led|known|called|named|based)\b)")
_SUBJECT_AFTER = re.compile(r"(?:\s+(?:also|now|then|later|reportedly|has|have|had|is|was|were|are))*\s+"
                            r"(?:has|have|had|is|was|were|are|\w+ed)\b")


def previous_subject(text: str, i: int, sentences: Sequence[tuple[int, int]],
                     mentions: Sequence[Mention]) -> list[Mention]:
    """'ISWAP has strengthened its control ... Hundreds of fighters have defected to the faction': "the faction"
    (or "the group") after a verb or preposition stands for the one armed group that was the subject of the
    sentence before (a name followed by its verb)."""
    s, e = sentences[i]
    found = list(_FACTION.finditer(text, s, e))
    if not found or i == 0:
        return []
    ps, pe = sentences[i - 1]
    subjects = {x.entity_key: x for x in mentions if ps <= x.start < pe and x.type == "armed_group"
                and _SUBJECT_AFTER.match(text, x.end)}
    if len(subjects) != 1:
        return []
    (group,) = subjects.values()
    return [replace(group, start=m.start("p"), end=m.end("p"), text=m.group("p"), sent_start=s, sent_end=e)
            for m in found]


_DEFECTOR = re.compile(r"\b[Tt]he\s+(?P<v>defector|deserter)\s*,\s*(?:who\s+(?:has|had|was|is)\s+(?:since\s+|later\s+)?"
                       r"(?:been\s+)?|later\s+|since\s+)?(?:identified|named)\s+as\s+⟦(?P<s>\d+)⟧")
_LEFT_GROUP = (r"(?:\s+(?:defections?|defectors?|deserters?)\b)",
               r"\b(?:defected|defecting|defection|defections|deserted|desertion)\s+from\s+(?:the\s+)?$")


def defectors(doc: Document, masked: Masked, evidence: Evidence, mentions: Sequence[Mention],
              attributions: Sequence[Attribution]) -> list[RelationRecord]:
    """'the defector, who has since been identified as X': X was a member of, and left, the one armed group the
    document names as the one defected from ("al Shabaab defections", "defected from al Shabaab"), when it names
    only one."""
    found = [m for m in _DEFECTOR.finditer(masked.text) if masked.mentions[int(m.group("s"))].type == "person"]
    if not found:
        return []
    text = doc.text
    left = {x.entity_key for x in mentions if x.type == "armed_group" and x.entity_key
            and (re.match(_LEFT_GROUP[0], text[x.end:x.end + 20], re.I)
                 or re.search(_LEFT_GROUP[1], text[max(0, x.start - 30):x.start], re.I))}
    if len(left) != 1:
        return []
    (group,) = left
    out: list[RelationRecord] = []
    for m in found:
        certainty, source = stance(text, attributions, masked.offsets[m.start("v")])
        # he was a member until he left: the defection, stored after, ends the membership (resolve.relations)
        out += [RelationRecord(predicate=p, subject=str(masked.mentions[int(m.group("s"))].entity_key), object=group,
                               evidence=(evidence,), extractor=EXTRACTOR, version=VERSION, certainty=certainty,
                               attributed_to=source) for p in ("member_of", "defected_from")]
    return out


# the whole group, not some of its men: "Shekau's fighters joined IS" is not Boko Haram joining IS
_LED_FORCE = re.compile(r"(?:'s|’s)\s+(?:army|forces|militia|group|movement|organi[sz]ation)\b")


def led_forces(text: str, mentions: Sequence[Mention], found: Sequence[RelationRecord]) -> list[Mention]:
    """"Kony's army": a mention of the one group the document says (leader_of, firmly) that person leads."""
    groups: dict[str, set[str]] = {}
    for r in found:
        if r.predicate == "leader_of" and r.object and r.certainty == "asserted":
            groups.setdefault(r.subject, set()).add(r.object)
    by_key = {m.entity_key: m for m in mentions if m.type in _ACTOR_TYPES}
    out: list[Mention] = []
    for m in mentions:
        led = groups.get(str(m.entity_key), set())
        if m.type != "person" or len(led) != 1:
            continue
        x = _LED_FORCE.match(text, m.end)
        group = by_key.get(next(iter(led)))
        if x is None or group is None:
            continue
        out.append(replace(group, start=m.start, end=x.end(), text=text[m.start:x.end()], sent_start=m.sent_start,
                           sent_end=m.sent_end))
    return out


_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}
_FACTIONS = re.compile(r"\b(?P<n>two|three|four|[2-4])\s+(?:(?:rival|warring|main|competing)\s+)?"
                       r"(?P<v>factions|wings)\s+(?:of|within|inside)\s+(?:the\s+)?⟦(?P<g>\d+)⟧", re.I)
_FACTION_AFTER = re.compile(r"[\"”'’]?\s+(?:faction|wing)\b", re.I)
_FACTION_BEFORE = re.compile(r"\b(?:faction|wing)\s+(?:known\s+as|called|named)\s+(?:the\s+)?[\"“'‘]?$", re.I)


def counted_factions(doc: Document, masked: Masked, evidence: Evidence, timexes: Sequence[TimeExpression],
                     attributions: Sequence[Attribution], mentions: Sequence[Mention]) -> list[RelationRecord]:
    """'infighting between two factions of the Sinaloa cartel': when the document calls exactly that many other
    armed groups a faction ("the Mayitos faction", "a faction known as the Chapitos"), each is one of them."""
    out: list[RelationRecord] = []
    for m in _FACTIONS.finditer(masked.text):
        parent = masked.mentions[int(m.group("g"))]
        if parent.type != "armed_group" or _NEGATED.search(masked.text[:m.start()]):
            continue
        named = {str(x.entity_key) for x in mentions if x.type == "armed_group" and x.entity_key != parent.entity_key
                 and (_FACTION_AFTER.match(doc.text, x.end)
                      or _FACTION_BEFORE.search(doc.text[max(0, x.start - 40):x.start]))}
        if len(named) != _NUMBER_WORDS[m.group("n").lower()]:
            continue
        certainty, source = stance(doc.text, attributions, masked.offsets[m.start("v")])
        out += [RelationRecord(predicate="member_of", subject=key, object=parent.entity_key, evidence=(evidence,),
                               extractor=EXTRACTOR, version=VERSION, certainty=certainty, attributed_to=source)
                for key in sorted(named)]
    return out
