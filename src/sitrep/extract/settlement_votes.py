"""Places a text names without a preposition, as evidence of its country (``extract.event_country``): a known place
named as a camp, town or village ("raided Kakuma refugee camp") or naming a valley or dam ("the Bisri Valley"), a
division's seat named after it ("Hakkari Governor's Office", "the Baalbek Governorate building"), a place whose
residents, mayor, prison or market a text names ("residents of Kisumu"), the two towns a road is named after
("blocked the Mombasa-Nairobi highway": a road is named after the towns it joins, so each is a place of the event's
country, and a road across a border votes for both countries)."""

from __future__ import annotations

import re
from collections import defaultdict

from sitrep.extract.place_votes import place_votes
from sitrep.lexicon.countries import word_index

PLACE_WEIGHT = 2.0  # a place's vote (``extract.event_country`` weighs the places it finds alike)

# where each place was named and its votes (``extract.event_country``: the first place counts more)
Firsts = list[tuple[int, dict[str, float]]]

# a place named by what it is, without a preposition: "raided Kakuma refugee camp", "Wajir town was calm"; a valley or
# dam named after its place: "the Bisri Valley", "the Mosul Dam"
_SETTLEMENT_PLACE = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+"
                               r"(?:(?:refugee|IDP|displacement)\s+)?(?:camp|town|village|township|[Vv]alley|[Dd]am)\b"
                               # a division's seat of government named after it: "Hakkari Governor's Office",
                               # "the Baalbek Governorate building", "Tyre Municipality"
                               r"|(?<![\w'’-])([A-Z][\w'’-]+)\s+(?:[Gg]overnor(?:'s|’s)\s+[Oo]ffice|[Gg]overnorship|"
                               r"[Gg]overnorate|[Mm]unicipality)\b")
# a place named as where people live or as the seat of a local institution: "residents of Kisumu", "the prison of
# Lille", "the mayor of Tamale" (not "the Union of Teachers": only these words before "of")
_OF_PLACE = re.compile(r"\b(?:[Rr]esidents|[Ii]nhabitants|[Vv]illagers|[Tt]ownspeople|[Nn]atives|[Yy]ouths?|[Mm]ayor|"
                       r"[Pp]rison|[Tt]ribunal|[Hh]ospital|[Mm]arket|[Tt]own\s+[Hh]all|[Cc]ity\s+[Hh]all|[Oo]utskirts|"
                       r"[Ss]uburbs?|[Ss]treets|[Cc]ent(?:re|er)|HQ|[Hh]eadquarters|[Gg]endarmerie|[Pp]olice\s+station)"
                       r"\s+of\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
# a road named after the towns it joins: "the Mombasa-Nairobi highway", "the Kaduna - Abuja Expressway"
_ROAD = re.compile(r"(?<![\w'’-])([A-Z][\w'’]+(?:\s+[A-Z][\w'’]+)?)\s?[-–]\s?([A-Z][\w'’]+(?:\s+[A-Z][\w'’]+)?)\s+"
                   r"(?:[Rr]oads?|[Hh]ighways?|[Ee]xpressway|[Mm]otorway|[Tt]runk\s+[Rr]oad)\b")


def unprepositioned(text: str) -> list[list[tuple[str, tuple[int, int]]]]:
    """The places ``text`` names without a preposition, in the text's order: a camp, town or village named as one,
    a division's seat, a place whose residents or institution are named (one name each), a road's two towns (two
    names, in the order written): each name with its span."""
    named = [[(m.group(g), m.span(g))] for m in _SETTLEMENT_PLACE.finditer(text) for g in (1, 2) if m.group(g)]
    named += [[(m.group(1), m.span(1))] for m in _OF_PLACE.finditer(text)]
    named += [[(m.group(1), m.span(1)), (m.group(2), m.span(2))] for m in _ROAD.finditer(text)]
    return sorted(named, key=lambda n: n[0][1])


def settlement_votes(text: str, seen: set[tuple[int, int]], spans: list[tuple[int, int, frozenset[str]]],
                      firsts: Firsts) -> dict[str, float]:
    """Votes of a known place named as a camp, town or village with no preposition ("raided Kakuma refugee camp"),
    as where people live or a local institution's seat ("residents of Kisumu"), or as an end of a road ("the
    Mombasa-Nairobi highway"), unless ``seen`` (counted already), a country's word or inside a hierarchy."""
    votes: dict[str, float] = defaultdict(float)
    index = word_index()
    for names in unprepositioned(text):
        found: dict[str, float] = defaultdict(float)  # a road's two towns are one place: neither is named first
        known = 0
        for name, at in names:
            if name in index or any(a < at[1] and b > at[0] for a, b in seen) or (len(names) == 1 and any(
                    s <= at[0] < e for s, e, _ in spans)):
                continue  # a road's name is no "Town-Division" notation
            shares = {k: v for k, v in place_votes(name).items() if v > 0.5}
            known += bool(shares)
            for iso2, share in shares.items():
                found[iso2] += share
                votes[iso2] += share * PLACE_WEIGHT
        if found:
            firsts.append((names[0][1][0], {k: v / known for k, v in found.items()}))
    return votes


__all__ = ["PLACE_WEIGHT", "Firsts", "settlement_votes", "unprepositioned"]
