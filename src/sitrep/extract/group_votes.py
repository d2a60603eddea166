"""Armed groups and peoples as evidence of a country (``extract.event_country``).

* A group that fights in several countries (``lexicon.cross_border``: Boko Haram in Nigeria, Cameroon, Niger and
  Chad) gives its vote to its home country only where nothing else in the text points to another of its countries:
  where the text's other evidence names one of them and not the home country ("the Cameroonian military"), the
  group's vote goes there.
* An ethnic group or clan whose militias ACLED names in one country only (``lexicon.countries.ethnic_groups``)
  tells that country, less than a demonym does ("Konkomba and Bimoba youths clashed"); not a group named as
  refugees or migrants, nor a name that is also a place's in another country.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache

from sitrep.extract.place_votes import places_named
from sitrep.lexicon.countries import ethnic_groups, word_index
from sitrep.lexicon.cross_border import cross_border_groups
from sitrep.lexicon.name_patterns import first_letter_alternation
from sitrep.nlp.matcher import default_matcher
from sitrep.nlp.place_names import people_division
from sitrep.records import Mention

ETHNIC_WEIGHT = 0.6  # a people of one country named: enough alone, less than a demonym or a place
ETHNIC_CAP = 1.2  # at most, for one country
DIVISION_WEIGHT = 3.0  # a division named like a people, with its region's word: as a division's name
OTHER_EVIDENCE = 0.5  # the least evidence for another of a group's countries that takes the group's vote there

# a people named abroad: "Mossi refugees", "Tigrayan migrants"
_ABROAD_AFTER = re.compile(r"\s+(?:refugees|migrants|asylum\s+seekers|exiles|diaspora|nationals|workers\s+abroad)\b",
                           re.I)


def cross_border_named(mentions: Sequence[Mention]) -> list[tuple[str, ...]]:
    """The countries of each mention of a cross-border group, home first (one entry a mention), where the group's
    dictionary entry gives that home (the country its mentions vote for)."""
    groups, actors = cross_border_groups(), default_matcher().actors
    return [groups[m.entity_key] for m in mentions
            if m.type == "armed_group" and m.entity_key in groups
            and getattr(actors.get(m.entity_key), "country", None) == groups[m.entity_key][0]]


def follow_other_evidence(votes: dict[str, float], named: list[tuple[str, ...]], weight: float) -> None:
    """Moves each cross-border group's vote (``weight``, given to its home) to the one other of its countries that
    the rest of the evidence supports, when none supports its home (``votes`` changed in place)."""
    given: dict[str, float] = defaultdict(float)
    for countries in named:
        given[countries[0]] += weight
    context = {k: v - given.get(k, 0.0) for k, v in votes.items()}
    for countries in named:
        home = countries[0]
        if context.get(home, 0.0) > 1e-9:
            continue  # evidence for the home country beside the group: it stays there
        ranked = sorted(countries[1:], key=lambda c: -context.get(c, 0.0))
        best = ranked[0]
        if context.get(best, 0.0) < OTHER_EVIDENCE or (len(ranked) > 1
                                                       and context.get(ranked[1], 0.0) == context[best]):
            continue
        votes[home] -= weight
        votes[best] = votes.get(best, 0.0) + weight


def ethnic_votes(text: str) -> dict[str, float]:
    """Votes of the peoples of one country a text names (see module)."""
    pattern, home = _one_country_peoples()
    votes: dict[str, float] = defaultdict(float)
    if pattern is None:
        return {}
    for m in pattern.finditer(text):
        if _ABROAD_AFTER.match(text, m.end()):
            continue
        iso2 = home[m.group()]
        votes[iso2] = min(ETHNIC_CAP, votes[iso2] + ETHNIC_WEIGHT)
    return dict(votes)


def unless_people(name: str, found: dict[str, float]) -> dict[str, float]:
    """The votes ``found`` of a name the language layer took for a place, or none where the name is a people's whose
    countries hold none of the places so named ("the Masai", the people of Kenya and Tanzania, not Malaysia's town of
    Masai): the people, and no evidence of a place abroad."""
    group = ethnic_groups().get(name)
    return {} if group is not None and not set(found) & set(group.countries) else found


def people_division_votes(text: str) -> dict[str, float]:
    """Votes of the divisions named like a people with a region's word ("the Somali region": Ethiopia's), as much as
    a first-level division's name (``nlp.place_names.people_division``)."""
    votes: dict[str, float] = defaultdict(float)
    for m in re.finditer(r"[A-Z][a-z]+", text):
        iso2 = people_division(text, m.start(), m.end())
        if iso2:
            votes[iso2] = DIVISION_WEIGHT
    return dict(votes)


@lru_cache(maxsize=1)
def _one_country_peoples() -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """The pattern of the names of the peoples of one country (not a country's word nor a place's name abroad)
    and each name's country."""
    index = word_index()
    home: dict[str, str] = {}
    for name, group in ethnic_groups().items():
        if len(group.countries) != 1 or name in index:
            continue
        (iso2,) = group.countries
        if any(p.country != iso2 for p in places_named(name)):
            continue  # "Beja" is also a town of Portugal and Tunisia
        home[name] = iso2
    if not home:
        return None, home
    names = sorted(home, key=len, reverse=True)
    return re.compile(first_letter_alternation(names, r"[\w'’-]") + r"(?![\w'’-])"), home


__all__ = ["cross_border_named", "ethnic_votes", "follow_other_evidence", "people_division_votes"]
