"""Which places a name means as evidence of a country (``extract.place_votes``): a town's own name against the other
names (old, foreign) other places are also known by, and the share of one vote each country's places of the name get."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from sitrep.lexicon.gazetteer import Place
from sitrep.lexicon.keys import close_spelling, light_key


def parse_abbreviations(text: str, source: str = "name_abbreviations.tsv") -> dict[str, str]:
    """The short forms of words in place names and their full words; ValueError names a bad row."""
    out: dict[str, str] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) != 2 or not all(cells):
            raise ValueError(f"{source}:{n}: a short form and its full word are required")
        out[cells[0].lower()] = cells[1]
    return out


@lru_cache(maxsize=1)
def _abbreviations() -> tuple[dict[str, str], re.Pattern[str]]:
    found = parse_abbreviations(resources.files("sitrep.data.gazetteer").joinpath("name_abbreviations.tsv")
                                .read_text(encoding="utf-8"))
    return found, re.compile(r"\b(" + "|".join(map(re.escape, found)) + r")\b\.?", re.I)


def name_key(name: str) -> str:
    """The key of a name with its shortened words written in full: "St. Petersburg" is "Saint Petersburg"."""
    full, pattern = _abbreviations()
    return light_key(pattern.sub(lambda m: full[m.group(1).lower()], name))


def main_name_countries(name: str, found: list[Place]) -> frozenset[str]:
    """The countries where a town of some size (or a division) bears ``name`` as its main name, when some other
    country's places bear it only as another of their names ("Gizo" of the Solomon Islands, a variant of Giza;
    "Tolon" of Greece, an old name of Toulon): a larger place of that other country then leads the vote but does
    not take it all, so that the document's other evidence decides. Empty when no such split."""
    written = name_key(name)
    # a city's name in its own country's language names the divisions it is the seat of ("Provincia di Genova")
    mains = frozenset(str(p.country) for p in found
                      if (name_key(p.name) == written and p.population >= HOME_TOWN)
                      or (p.feature in ("admin1", "admin2") and name_key(p.name).endswith(written)))
    others = {str(p.country) for p in found} - mains
    return mains if mains and others else frozenset()


def size(p: Place | None) -> int:
    """How large a place counts as: its population; a first-level division, or a district known only by its name
    and division (``lexicon.extra_districts``), as a city of 100,000 people; another entry without a population as a
    village."""
    if p is None:
        return 100_000
    return p.population or (100_000 if p.feature == "admin1" else 1)


OTHER_NAME_FAME = 100  # a town known under another name outweighs towns of that own name this many times as populous
OWN_LENGTH = 0.6  # the least length of a spelling of a name, as a share of the name's length
OWN_NAME_TOWN = 5_000  # and a village's own name does not take a city's other name from it ("Sayda" is Sidon)


def own_name(p: Place, name: str) -> bool:
    """Whether ``name`` is the entry's own name or a spelling of it ("Odessa", "Odesa"), not another name it is
    also known by (an old or foreign name: "Fredericia" of Joao Pessoa, "Borgo" of Porvoo, "Haag" of The Hague)."""
    own, written = light_key(p.name), light_key(name)
    # a spelling keeps about the length of the name: "Belem" is no spelling of "Bethlehem" (another name of Belém)
    return close_spelling(own, written, 0.7) \
        and min(len(own), len(written)) >= OWN_LENGTH * max(len(own), len(written))


def without_other_names(name: str, found: list[Place]) -> list[Place]:
    """The places a name means as a vote for a country: a town known by that name only as another of its names
    does not count where a town of some size (or a province) bears it, spelled so, as its own name ("Fredericia" is
    Denmark's town, not an old name of a Brazilian city), unless it is far more populous than all of them (Chennai
    for "Madras", Lviv for "Lemberg")."""
    own = [p for p in found if p.feature not in SEATS or own_name(p, name)]
    exact = [size(p) for p in own if p.feature in (*SEATS, "admin1") and light_key(p.name) == light_key(name)
             and size(p) >= OWN_NAME_TOWN]
    if len(own) == len(found) or not exact:  # no town bears the name as written: spellings of other names count
        return found
    top = max(exact)
    return [p for p in found if p in own or p.population >= OTHER_NAME_FAME * max(top, 1)]


SEATS = ("city", "town", "village")


def shares(ranked: list[tuple[str, int]], scale: float, mains: frozenset[str] = frozenset(), town: bool = False
           ) -> dict[str, float]:
    """The vote of a name among the countries with a place of that name, by the size of the largest place of each
    (largest first); ``mains``: the countries whose places bear the name as their own (``main_name_countries``),
    which lead the vote over a larger ``town`` (a city or town, not a division) known by it only as another name."""
    if not ranked:
        return {}
    if len(ranked) == 1:
        return {ranked[0][0]: scale}
    if mains and ranked[0][0] not in mains and town:
        return _own_name_leads(ranked, scale, mains)
    if (not mains or ranked[0][0] in mains) and ranked[0][1] >= 5 * ranked[1][1]:
        return {ranked[0][0]: 0.8 * scale}
    # a name several countries share most often means the largest of its places ("Santiago": Chile's capital)
    votes = {c: 0.2 * scale for c, _ in ranked[:4]}
    if ranked[0][1] >= 2 * ranked[1][1]:
        votes[ranked[0][0]] += 0.1 * scale
    elif ranked[0][1] > ranked[1][1]:
        votes[ranked[0][0]] += 0.02 * scale  # only a little larger: enough to tell namesakes apart, no more
    return votes


# the marks of a name romanized from another script (Arabic, Persian, Turkic): "Al ‘Amārah", "Ḩalab"
_ROMANIZED = re.compile(r"[‘’ʿʾāīūēōḩḥṣşţṭẓḑḍğ]")


def foreign_name_of_town(found: list[Place]) -> bool:
    """Whether the largest of a country's places a name was found among is a town or city whose own name is written
    in Latin letters, so that the name is another language's name of it ("Valence": Valencia); a name romanized from
    another script ("Al ‘Amārah") has many Latin spellings, each as much its own name ("Amara")."""
    top = max(found, key=size, default=None)
    return top is not None and top.feature in SEATS and not _ROMANIZED.search(top.name)


def _own_name_leads(ranked: list[tuple[str, int]], scale: float, mains: frozenset[str]) -> dict[str, float]:
    """A name is first the own name of the towns that bear it ("Valence" of France), not another name (a foreign
    spelling) of a larger city abroad ("Valencia" of Spain): the largest of the own-name countries leads, not taking
    the whole vote, so that the document's other evidence decides; unless the place known by the other name is
    ``OTHER_NAME_FAME`` times larger ("Madras": Chennai) or the own-name places are villages ("Sayda": Sidon)."""
    votes = {c: 0.2 * scale for c, _ in ranked[:4]}
    main, main_size = next((c, n) for c, n in ranked if c in mains)
    votes.setdefault(main, 0.2 * scale)
    famous = ranked[0][1] >= OTHER_NAME_FAME * max(main_size, 1)
    lead = ranked[0][0] if famous or main_size < OWN_NAME_TOWN else main
    votes[lead] += 0.1 * scale
    return votes


HOME_TOWN = 1_000  # the least population of a namesake at home that consistent evidence can prefer (no hamlet)
HOME_SHARE = 100  # nor a town this many times smaller than the largest of the name ("Buenos Aires" of Mexico)
