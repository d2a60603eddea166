"""Towns the embedded gazetteer lacks, read at run time (``data/gazetteer/towns.tsv``, ``lexicon.extra_towns``)."""

from __future__ import annotations

import math

import pytest

from sitrep.lexicon.extra_towns import extra_towns, parse
from sitrep.lexicon.gazetteer import default_gazetteer
from sitrep.lexicon.keys import light_key, place_key


def test_a_row_gives_the_town_its_division_district_and_names() -> None:
    (town,) = parse("# a comment\nXX\tReedby\tMiddle\tLakeside\t1.5\t-2.25\tReedby Village|Old Reedby\n")
    assert (town.country, town.name, town.division, town.district) == ("XX", "Reedby", "Middle", "Lakeside")
    assert (town.lat, town.lon, town.names) == (1.5, -2.25, ("Reedby Village", "Old Reedby"))
    assert town.row().split("\t")[1:9] == ["Reedby", "town", "1.5000", "-2.2500", "XX", "Middle", "Lakeside", "1000"]


@pytest.mark.parametrize("line", ["XX\tReedby\tMiddle\tLakeside\t1.5\n",  # a column short
                                  "Utopia\tReedby\tMiddle\tLakeside\t1.5\t2\t\n",  # no country code
                                  "XX\tReedby\tMiddle\tLakeside\tnorth\t2\t\n",  # no position
                                  "XX\tReedby\tMiddle\tLakeside\t95\t2\t\n",  # off the globe
                                  "XX\tReedby\t\tLakeside\t1\t2\t\n",  # no division
                                  "XX\tReedby\tMiddle\tLakeside\t1\t2\t\n"  # listed twice, by another name
                                  "XX\tOld Mill\tMiddle\tLakeside\t1\t2\tReedby\n"])
def test_a_bad_row_is_named(line: str) -> None:
    with pytest.raises(ValueError, match=r"towns\.tsv"):
        parse(line)


def test_the_gazetteer_knows_the_towns_in_their_division() -> None:
    g = default_gazetteer()
    for town in extra_towns():
        for name in (town.name, *town.names):
            found = [p for p in g.lookup([place_key(name)]) if p.country == town.country
                     and light_key(name) in {light_key(n) for n in p.all_names} and p.feature == "town"]
            assert [(p.admin1, p.admin2) for p in found] == [(town.division, town.district or None)], name


def test_the_table_adds_no_town_the_gazetteer_has() -> None:
    g = default_gazetteer()
    for town in extra_towns():
        # a district listed without a position (its seat unknown to the sources) is no place of the town's own
        same = [p for p in g.lookup([place_key(town.name)]) if p.country == town.country and p.id != (
            f"default:t:{town.country}:{town.name}") and light_key(town.name) in {light_key(n) for n in p.all_names}
                and p.lat is not None]
        assert not same, town.name


def test_each_town_lies_near_its_division() -> None:
    """The positions are written from general knowledge, approximately: each lies within 200 km of a town the
    sources place in the same first-level division, or of a town of the table that does (where the sources hold
    one or two towns of a vast division: Bor alone in Jonglei); a swapped or mistyped coordinate lands hundreds of
    km away."""
    g = default_gazetteer()
    towns: dict[tuple[str | None, str | None], list[tuple[float, float]]] = {}
    for feature in ("city", "town"):
        for p in g.of_feature(feature):
            if p.lat is not None and p.lon is not None and not p.id.startswith("default:t:"):
                towns.setdefault((p.country, p.admin1), []).append((p.lat, p.lon))
    left = list(extra_towns())
    while True:  # a town near an anchored one is anchored in turn
        near = [t for t in left if any(_km(t.lat, t.lon, lat, lon) <= 200
                                       for lat, lon in towns.get((t.country, t.division), []))]
        if not near:
            break
        for t in near:
            towns.setdefault((t.country, t.division), []).append((t.lat, t.lon))
        left = [t for t in left if t not in near]
    assert not [t.name for t in left]


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p = math.pi / 180
    a = math.sin((lat2 - lat1) * p / 2) ** 2 + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin(
        (lon2 - lon1) * p / 2) ** 2
    return 12742 * math.asin(math.sqrt(a))
