"""The state as a political actor: ACLED names a country's government ("Government of Afghanistan (2014-2021)")
as the party to an agreement that its head signs, that the country itself enters, or that the government named
as such signs ("President X signed a peace agreement with Y", "a deal agreed by Russia, Iran and Turkey", "the
Ethiopian government signed"); where the state acts militarily its forces stay the actors (``event_actors``).

Heads of a country are the titles (``titles.yaml``) whose role (``roles.yaml``) has the category head_of_state
("President", "Prime Minister", "Vice President"); the country is the one a
name or demonym before the title gives ("Afghan President"), else the event's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sitrep.extract import actor_roles, event_country
from sitrep.extract import event_actors as actors_mod
from sitrep.extract.event_cues import table
from sitrep.extract.party_actors import agreeing_parties
from sitrep.lexicon.countries import word_index, word_pattern
from sitrep.lexicon.dictionaries import load_roles, load_titles
from sitrep.lexicon.leaders import leaders_named
from sitrep.records import EntityRef

_POLITICAL = frozenset({"Agreement"})  # the sub-event types where the state acts politically
_TALKS_WITH = table().filters["talks_with"]  # the head met or negotiated with: the talks' other party
# ... and those where a government named as the one that decides is the actor: security measures ("the
# government imposed a curfew"), other political acts ("the government ordered the closure of ...")
_DECISIONS = frozenset({"Change to group/activity", "Other"})
# a government body that decides, and the verbs of its decisions
# (a state's executive at any level is its government for ACLED: a president, a minister, a mayor, a state of a
# federation, a legislature)
_DECIDER = re.compile(r"\b(?:[Tt]he\s+)?(?:[A-Z][\w-]+\s+)?(?:[Gg]overnment|[Gg]overnor(?:'s|’s)\s+[Oo]ffice|"
                      r"[Gg]overnorship|[Cc]abinet|[Pp]arliament|[Cc]ongress|[Gg]overnor|[Mm]ayor(?:'s|’s\s+[Oo]ffice)?|"
                      r"[Pp]resident|[Pp]rime\s+[Mm]inister|[Mm]inist(?:er|ry)|[Aa]uthorities|[Ll]egislative\s+[Aa]ssembly|"
                      r"[Nn]ational\s+[Aa]ssembly|[Cc]ity\s+[Cc]ouncil|[Mm]unicipality|State|[Ll]awmakers|[Ll]egislators|[Ss]enate)\b"
                      r"(?!\s+(?:forces|troops|soldiers|militias?|army|-))"
                      r"(?:\s*\([^()]{0,80}\))?"  # a note's aside ("the minister (coded to Canberra) cancelled")
                      r"(?:\s+of\s+(?:the\s+)?[A-Z][\w' ]+?)?(?:\s+\w+){0,2}?\s+(?:has\s+|have\s+)?"
                      r"(?:declared|imposed|ordered|banned|issued|announced|approved|decided|suspended|halted|closed|extended|renewed|lifted|"
                      r"established|dissolved|shut|blocked|introduced|adopted|passed|enacted|revoked|expelled|granted|"
                      r"cancell?ed|held|submitted|enforced|implemented|imposing|(?:began|started)\s+"
                      r"(?:enforcing|imposing|implementing)|"
                      # headlines tell in the present ("Authorities renew curfew", "Government bans rallies")
                      r"declares?|imposes?|orders?|bans|issues?|announces?|suspends?|extends?|renews?|lifts?|"
                      r"closes?|dissolves?|revokes?|expels?)\b")
# the parties an agreement names: "a deal agreed by A, B and C", "signed between A and B"
_PARTIES = re.compile(r"\b(?:agreed|signed|reached|brokered|concluded|struck)\s+(?:by|between)\s+|\bbetween\s+", re.I)
_CLAUSE_END = re.compile(r"[.;:]|\b(?:in|on|last|earlier|after|which|that|to)\b\s")


@lru_cache(maxsize=1)
def _head_titles() -> re.Pattern[str]:
    """The titles of a country's heads, as written before a capitalized name."""
    roles = load_roles().roles
    heads = [v for t in load_titles().titles.values() if t.implies_role in roles
             and roles[t.implies_role].category == "head_of_state"
             for v in (t.normalized, *t.variants) if len(v) > 2]
    words = sorted(heads, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\s+(?=[A-Z])")


def _government(country: str, date: str | None, refs: dict[str, EntityRef]) -> str:
    ref = actors_mod.generic_entity("government", country, date)
    refs[ref.key] = ref
    return ref.key


def _heads(sentence: str, offset: int, text: str, country: str | None) -> list[tuple[str, bool]]:
    """The countries whose head is the agent of the sentence ("President X signed ..."), or the party that others
    meet or negotiate with ("the rebels met President X"), each with whether its head is the agent. A head named by
    a name the leaders table knows is that country's head ("President Kiir" in Addis Ababa: South Sudan's)."""
    out: list[tuple[str, bool]] = []
    for m in _head_titles().finditer(sentence):
        name = _NAME.match(sentence, m.end())
        if name is None:
            continue
        agent = actor_roles.role(text, offset + m.start(), offset + name.end(), offset) == "agent"
        if not agent and not _TALKS_WITH.search(sentence[max(0, m.start() - 80):m.start()]):
            continue
        known = leaders_named(name.group())
        owner = event_country.country_before(text, offset + m.start()) or (known[0].country if known else country)
        if owner and owner not in {c for c, _ in out}:
            out.append((owner, agent))
    return out


# the state named as such: "the government", "the Ethiopian government", "the government of Cameroon"
_GOVERNMENT = re.compile(r"\b(?:[Tt]he\s+)?(?:[A-Z][\w-]+\s+)?[Gg]overnment\b")
# the government as the subject of a verb of its own ("the government released 40 prisoners", "the government has
# handed over the prisoners", "the government announced the release of ..."): in an agreement, a party to it
_FINITE_VERB = re.compile(r"\s+(?:has\s+|have\s+|had\s+)?(?!(?:forces|troops|soldiers|officials|spokes\w+)\b)"
                          r"[a-z]+ed\b")


def _governments(sentence: str, offset: int, text: str, country: str | None) -> list[str]:
    """The countries whose government, named as such, is the agent of the sentence ("the Ethiopian government
    signed ...")."""
    for m in _GOVERNMENT.finditer(sentence):
        if actor_roles.role(text, offset + m.start(), offset + m.end(), offset) != "agent" \
                and not _FINITE_VERB.match(sentence, m.end()):
            continue
        owner = event_country.country_inside(m.group().removeprefix("the ").removeprefix("The ")) \
            or next(iter(event_country.countries_after(text, offset + m.end())), None) or country
        return [owner] if owner else []
    return []


_NAME = re.compile(r"(?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+")


@lru_cache(maxsize=1)
def _subject_run() -> re.Pattern[str]:
    """Countries coordinated as the subject of an agreement's verb: "Kenya and Ethiopia signed"."""
    one = word_pattern().pattern
    return re.compile(rf"((?:{one})(?:\s*,\s*(?:{one}))*\s*,?\s+and\s+(?:{one}))\s+(?:have\s+|has\s+)?"
                      rf"(?:signed|agreed|reached|concluded|struck)\b")


def _parties(sentence: str) -> list[str]:
    """The countries an agreement names as its parties ("agreed by Russia, Iran and Turkey", "Kenya and
    Ethiopia signed")."""
    run = _subject_run().search(sentence)
    if run is not None:
        return list(dict.fromkeys(word_index()[w.group()][0] for w in word_pattern().finditer(run.group(1))))
    m = _PARTIES.search(sentence)
    if m is None:
        return []
    rest = sentence[m.end():]
    found: list[str] = []
    for w in word_pattern().finditer(rest):
        if _CLAUSE_END.search(rest[:w.start()]) or w.start() > 120:
            break
        iso, kind = word_index()[w.group()]
        if kind == "name" and iso not in found:
            found.append(iso)
    return found if len(found) >= 2 else []


# a note's opening that only labels it and dates it ("Agreement: 07 September."): the events it labels are told after
_LABEL_AND_DATE = re.compile(r"\s*(?:[A-Z][\w/ -]{2,40}:\s*)?(?:(?:on|around|about|by)\s+)?(?:\d{1,2}\s+[A-Z][a-z]+"
                             r"(?:\s+\d{4})?|[A-Z][a-z]+\s+\d{1,2}(?:,?\s+\d{4})?)\s*\.?\s*")


def told_sentence(text: str, sents: list[tuple[int, int]]) -> tuple[int, int]:
    """The first of an incident's sentences that tells something: not one that only labels and dates the note."""
    return next((s for s in sents if not _LABEL_AND_DATE.fullmatch(text, *s)), sents[0])


def political_roles(sub_type: str, roles: list[tuple[str, str, str]], text: str, sent: tuple[int, int],
                    country: str | None, date: str | None, refs: dict[str, EntityRef]) -> list[tuple[str, str, str]]:
    """An agreement's parties as ACLED names them: the governments of the countries that enter it, or of the
    head of a country who signs it, as actor1 (and actor2); the actors found before become associated. With no
    state named, the political parties that enter it where no actor was found (``party_actors.agreeing_parties``)."""
    sentence = text[sent[0]:sent[1]]
    if sub_type in _DECISIONS:
        return _decided(roles, sentence, text, sent[0], country, date, refs)
    if sub_type not in _POLITICAL:
        return roles
    heads = _heads(sentence, sent[0], text, country)[:1]
    if heads and not heads[0][1] and not _parties(sentence):
        return _met(_government(heads[0][0], date, refs), roles)
    states = _parties(sentence) or [c for c, _ in heads] or _governments(sentence, sent[0], text, country)
    if not states:
        return agreeing_parties(sub_type, roles, sentence, country, refs)  # else parties that enter it
    keys = [_government(c, date, refs) for c in states]
    head = [(k, r, "government") for k, r in zip(keys, ("actor1", "actor2", "assoc_actor_2"), strict=False)]
    filled = {r for _, r, _ in head}
    if len(keys) == 1 and not any(r == "actor2" for _, r, _ in roles):
        # one government and a side found before it: the agreement's two parties ("President X signed a deal with
        # the rebels": the rebels are actor2)
        roles = [(k, "actor2" if r == "actor1" else r, f) for k, r, f in roles]
    rest = [(k, r if r not in filled else ("assoc_actor_1" if r == "actor1" else "assoc_actor_2"), f)
            for k, r, f in roles if k not in keys]
    return head + [(k, r, f) for k, r, f in rest if (k, r) not in {(x, y) for x, y, _ in head}]


def _met(key: str, roles: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The government whose head others met or negotiated with: actor2 of the talks, the side that came to them
    actor1 (the one found before, an unnamed armed group of the country left out where a named side is known)."""
    rest = [(k, r, f) for k, r, f in roles if k != key and f != "government"]
    actor1 = next((x for x in rest if x[1] == "actor1"), None) or next((x for x in rest if x[1] == "actor2"), None)
    if actor1 is None:
        return [(key, "actor1", "government")]
    others = [(k, "assoc_actor_2" if r in ("actor1", "actor2") else r, f) for k, r, f in rest if k != actor1[0]]
    return [(actor1[0], "actor1", actor1[2]), (key, "actor2", "government"), *others]


def _decided(roles: list[tuple[str, str, str]], sentence: str, text: str, offset: int, country: str | None,
             date: str | None, refs: dict[str, EntityRef]) -> list[tuple[str, str, str]]:
    """A security measure or other act a government body named as such decides ("the government imposed a
    curfew", "the Governor's Office issued a ban"): the government is actor1, the others keep their roles after
    it."""
    m = _DECIDER.search(sentence)
    if m is None or actor_roles.is_source(text, offset + m.start(), offset + m.end()):
        return roles
    words = re.sub(r"^[Tt]he\s+", "", m.group())
    named = word_pattern().search(words)  # "the Ethiopian government", "the government of Nicaragua"
    owner = word_index()[named.group()][0] if named else country
    if not owner or any(f == "government" for _, r, f in roles if r == "actor1"):
        return roles
    key = _government(owner, date, refs)
    rest = [(k, "assoc_actor_1" if r == "actor1" else r, f) for k, r, f in roles if k != key]
    actor2 = [x for x in rest if x[1] == "actor2"]
    return [(key, "actor1", "government"), *actor2, *[x for x in rest if x[1] != "actor2"]]


__all__ = ["political_roles", "told_sentence"]
