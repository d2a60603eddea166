"""A place written with its division after a comma ("in Guanyin, Taoyuan City"), as evidence of its country
(``extract.event_country``): the countries where such a place lies in such a division; and where no place of the
first name lies in the division, a place of that name abroad is no evidence: the written division says the place is
in the division's country, one the gazetteer does not know ("in Dajia, Taichung City": a district of Taiwan's city,
not the town of that name in China)."""

from __future__ import annotations

import itertools
import re
from collections import defaultdict

from sitrep.extract.place_votes import pair_votes, place_votes
from sitrep.extract.settlement_votes import PLACE_WEIGHT, Firsts
from sitrep.lexicon.countries import word_index
from sitrep.records import Mention


def adjacent_pair_votes(text: str, mentions: list[Mention], firsts: Firsts, weight: float) -> dict[str, float]:
    """Votes (``weight`` each) of a place written with its division after a comma: the countries where such a
    place lies in such a division, or those of the division where the first name's places all lie abroad (their
    place votes, counted with the other places, are taken back)."""
    votes: dict[str, float] = defaultdict(float)
    places = sorted((m for m in mentions if m.type == "location"), key=lambda m: m.start)
    for a, b in itertools.pairwise(places):
        if not re.fullmatch(r",\s*", text[a.end:b.start]):
            continue
        pair = pair_votes(a.text, b.text)
        if not pair and (pair := _division_abroad(a.text, b.text)):
            for iso2, share in place_votes(a.text).items():
                votes[iso2] -= share * PLACE_WEIGHT
        if pair:
            firsts.append((a.start, pair))
        for iso2, v in pair.items():
            votes[iso2] += v * weight
    return votes


SURE_SHARE = 0.8  # a place's share of the vote (``place_votes``) that tells its country without its division


def _division_abroad(place: str, division: str) -> dict[str, float]:
    """The countries of ``division`` (a first- or second-level division of one country only) when every place
    named ``place`` lies in another country and the name is shared by several or only spelled nearly so; empty
    otherwise (a list of towns, "Tripoli, Benghazi": both at home)."""
    if place in word_index() or division in word_index():
        return {}
    units = {k for k, v in place_votes(division, units_only=True).items() if v > 0}
    votes = place_votes(place)
    own = {k for k, v in votes.items() if v > 0}
    if len(units) != 1 or not own or own & units or max(votes.values()) >= SURE_SHARE:
        return {}  # a name sure of its country stays there: the division is a namesake ("Jabal, Tripoli": Lebanon's)
    return {next(iter(units)): 1.0}


_NAME_BEFORE_COMMA = re.compile(r"((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+),\s*$")


def place_counted(before: str, iso2: str) -> bool:
    """A country's name written after a place of that country and a comma ("in Oslo, Norway"): the place and its
    country are one piece of evidence, which the place's own votes count already (the place of another event,
    named with its country, does not outweigh the text's own places: "protested in Vasteras against the shooting
    in Oslo, Norway")."""
    m = _NAME_BEFORE_COMMA.search(before)
    if m is None:
        return False
    words = m.group(1).split()
    for i in range(len(words)):
        votes = place_votes(" ".join(words[i:]))
        if votes:
            return set(votes) == {iso2} and votes[iso2] >= 0.8
    return False
