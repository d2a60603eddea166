"""A bare place name several countries have, read as its namesake in the country the rest of a text points to
(``extract.event_country``)."""

from __future__ import annotations

from sitrep.extract.place_votes import namesake_countries

# a bare place name's votes: the name, the votes it gave (weighed) and its entry among the firsts
Namesakes = list[tuple[str, dict[str, float], dict[str, float]]]

HOME_EVIDENCE = 1.0  # the least other evidence for a country that makes a bare place name its namesake there


Grouped = dict[str, tuple[dict[str, float], list[dict[str, float]]]]


def _by_name(namesakes: Namesakes) -> Grouped:
    """Each bare name that gave votes: the votes all its mentions gave, summed, and their entries among the firsts."""
    given: dict[str, dict[str, float]] = {}
    firsts: dict[str, list[dict[str, float]]] = {}
    for name, votes, first in namesakes:
        if votes:
            total = given.setdefault(name, {})
            for k, v in votes.items():
                total[k] = total.get(k, 0.0) + v
            firsts.setdefault(name, []).append(first)
    return {name: (given[name], firsts[name]) for name in given}


def _move(votes: dict[str, float], given: dict[str, float], firsts: list[dict[str, float]], home: str) -> None:
    """Moves a name's votes (and its entries among the firsts) to ``home``."""
    for iso2, v in given.items():
        votes[iso2] -= v
    votes[home] = votes.get(home, 0.0) + sum(given.values())
    for first in firsts:
        first.clear()
        first[home] = 1.0


def prefer_home(votes: dict[str, float], namesakes: Namesakes) -> None:
    """A bare place name several countries have ("Tripoli": Libya's capital, a city of Lebanon) is the namesake in the
    country the rest of the text points to (its actors, demonyms, other places: "the Lebanese Army ... in Tripoli"),
    not the more famous one abroad that nothing else in the text supports (a hamlet, or a town a hundred times smaller
    than the famous one, is no such namesake: ``place_votes.namesake_countries``). The name written again is the same
    place, no evidence of its own: the rest of the text is what the name's every mention leaves. Moves the name's
    votes (and its entries among the firsts) to that country."""
    for name, (given, firsts) in _by_name(namesakes).items():
        context = {k: round(v - given.get(k, 0.0), 6) for k, v in votes.items()}
        top = max(given, key=lambda k: given[k])
        homes = [c for c in namesake_countries(name) if c != top]
        if not homes:
            continue
        home = max(homes, key=lambda c: (context.get(c, 0.0), c))
        if context.get(home, 0.0) < HOME_EVIDENCE or context.get(top, 0.0) > 0:
            continue  # too little evidence at home, or some for the namesake abroad too
        _move(votes, given, firsts, home)


def prefer_group_country(votes: dict[str, float], namesakes: Namesakes, groups: list[tuple[str, ...]]) -> None:
    """A bare place name several countries have, where the text names a group that fights in several countries
    (``groups``: each named group's countries, home first: Boko Haram in Nigeria, Cameroon, Niger and Chad), is its
    namesake in the one of the group's countries that has the name ("Ganse": a town of the Ivory Coast and a
    village of Cameroon's Far North, where Boko Haram fights), not the one abroad where the group does not fight
    and that nothing else in the text supports. Moves the name's votes (and its entries among the firsts) there."""
    fought = {c for countries in groups for c in countries}
    if not fought:
        return
    for name, (given, firsts) in _by_name(namesakes).items():
        top = max(given, key=lambda k: given[k])
        homes = sorted(c for c in namesake_countries(name) if c in fought and c != top)
        if top in fought or len(homes) != 1 or round(votes.get(top, 0.0) - given[top], 6) > 0:
            continue
        _move(votes, given, firsts, homes[0])
