"""Names of regions that no gazetteer lists as a place: continents and parts of the world ("North Africa", "the
Sahel", "the Middle East"), seas, lakes, deserts, mountains and islands ("Lake Chad", "the Red Sea", "Mindanao"),
and the named regions of one country (``data/countries/regions.csv``: "the Niger Delta", "Darfur", "Donbas").

They are places a report names, so they are location mentions (extractor ``region-names``): without them the
statistical NER, whose place names are left to the gazetteer, may read "Mindanao" as an organisation, and a
relation's object ("ISWAP controls the Lake Chad region") has no mention. They are never where an event is placed
nor evidence of its country (one country's regions vote through ``extract.region_votes``): an event "in the Sahel"
has no place finer than its country, and a region is left unplaced by the geocoder (``is_region``).

The facts live in ``data/countries/world_regions.csv`` (``region, kind, countries, other_names, note``; ``kind``
one of ``KINDS``, ``countries`` the ISO 3166 codes of the countries it spans, empty for a continent or an ocean):
general knowledge of geography, never copied from a data set.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from functools import cache
from importlib import resources

from sitrep.lexicon.countries import countries
from sitrep.lexicon.country_names_table import alternation, country_names, name_key
from sitrep.nlp.place_names import local_key
from sitrep.records import Mention
from sitrep.spans import sentence_at

EXTRACTOR = "region-names"
VERSION = "regions-0.1"
KINDS = frozenset({"continent", "region", "desert", "lake", "sea", "mountains", "island"})
# the region in a body's name ("Movement for the Emancipation of the Niger Delta", "Bank of Central Africa")
_IN_A_NAME = re.compile(r"\b[A-Z][\w'’-]*\s+(?:of|for)\s+(?:the\s+)?$")
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")  # "Sahara Reporters", "Pacific Fleet": a longer name


def parse_world_regions(text: str, known: set[str]) -> dict[str, str]:
    """Each name of a region of ``world_regions.csv`` (``name_key``) -> its name; ValueError names a bad row (no
    name, an unknown kind or country, a name given twice)."""
    out: dict[str, str] = {}
    for n, row in enumerate(csv.DictReader(io.StringIO(text)), start=2):
        name, kind = ((row.get(k) or "").strip() for k in ("region", "kind"))
        codes = [c.strip() for c in (row.get("countries") or "").split("|") if c.strip()]
        if not name or kind not in KINDS or any(c not in known for c in codes):
            raise ValueError(f"world_regions.csv:{n}: a region, a kind of {sorted(KINDS)} and known countries are "
                             f"needed, got {name!r}, {kind!r}, {codes!r}")
        for alias in [name, *(a.strip() for a in (row.get("other_names") or "").split("|") if a.strip())]:
            if out.setdefault(name_key(alias), name) != name:
                raise ValueError(f"world_regions.csv:{n}: {alias!r} is given to two regions")
    return out


@cache
def _regions() -> tuple[re.Pattern[str], dict[str, str | None]]:
    """The pattern of every region's name, and each name (``name_key``) -> the world region's own name (None for a
    region of one country, written as the text writes it)."""
    text = resources.files("sitrep").joinpath("data", "countries", "world_regions.csv").read_text(encoding="utf-8")
    names: dict[str, str | None] = dict(parse_world_regions(text, set(countries())))
    _, one_country = country_names("regions.csv", "region")
    for key in one_country:
        names.setdefault(key, None)
    # a capital first, read before the names' alternatives (which any letter case matches)
    return re.compile(rf"(?=[A-Z])(?<![\w-])(?i:{alternation(names)})(?![\w-])"), names


def find_regions(text: str, sentences: Sequence[tuple[int, int]], taken: Iterable[tuple[int, int]],
                 places: Sequence[Mention] = ()) -> tuple[list[Mention], list[Mention]]:
    """The region names of ``text`` written as names (a capital first) that no span of ``taken`` overlaps, and the
    ``places`` left: a place inside a region's name ("Chad" in "the Lake Chad region"), or a gazetteer's namesake
    town of a world region ("Sahel"), is no place of its own, while a region whose name a place overlaps otherwise
    is none."""
    pattern, names = _regions()
    spans = sorted(taken)
    out: list[Mention] = []
    inside: set[tuple[int, int]] = set()
    for m in pattern.finditer(text):
        start, end = m.span()
        if any(a < end and start < b for a, b in spans) \
                or _IN_A_NAME.search(text, max(0, start - 60), start) or _NAME_AFTER.match(text, end):
            continue
        own = names[name_key(m.group())]
        crossed = [(p.start, p.end) for p in places if p.start < end and start < p.end]
        if any(not (start <= a and b <= end) for a, b in crossed) or (own is None and (start, end) in crossed):
            continue  # a place of one country's region name keeps it (the gazetteer's "Darfur" states)
        inside.update(crossed)
        name = own or " ".join(m.group().split())
        sent = sentence_at(tuple(sentences), start)
        out.append(Mention(start=start, end=end, text=m.group(), type="location", extractor=EXTRACTOR, version=VERSION,
                           entity_key=f"doc:location:{local_key(name)}", name=name,
                           sent_start=sent[0] if sent else None, sent_end=sent[1] if sent else None))
    return out, [p for p in places if (p.start, p.end) not in inside]


@cache
def _country_names() -> tuple[re.Pattern[str], dict[str, str]]:
    """Every country's names as written (``countries.csv``: "the U.S.", "Britain", "DR Congo") -> its own name."""
    names = {n: c.name for c in countries().values() for n in (c.name, *c.alt_names)}
    firsts = re.escape("".join(sorted({n[0] for n in names})))  # the first letters, read first
    return re.compile(rf"(?=[{firsts}])(?<![\w.-])(?:{alternation(names)})(?!\w|\.\w)"), names


def find_countries(text: str, sentences: Sequence[tuple[int, int]], taken: Iterable[tuple[int, int]]) -> list[Mention]:
    """A country's name that no span of ``taken`` (the places and actors found) overlaps: written as an attribute
    ("a U.S. official", "the Britain-based monitor", "United States military officials") or in a short form the
    gazetteer lacks. It names the country (the mention's ``name`` is the country's own) but, as a region's name, never
    places an event nor tells its country: the country words of the text count once (``extract.event_country``)."""
    pattern, names = _country_names()
    spans = sorted(taken)
    out: list[Mention] = []
    for m in pattern.finditer(text):
        start, end = m.span()
        if any(a < end and start < b for a, b in spans) or _IN_A_NAME.search(text, max(0, start - 60), start):
            continue
        name = names[" ".join(m.group().split())]
        sent = sentence_at(tuple(sentences), start)
        out.append(Mention(start=start, end=end, text=m.group(), type="location", extractor=EXTRACTOR, version=VERSION,
                           entity_key=f"doc:location:{local_key(name)}", name=name,
                           sent_start=sent[0] if sent else None, sent_end=sent[1] if sent else None))
    return out


def is_region(m: Mention) -> bool:
    """Whether ``m`` is a region's name (never an event's place or its country's evidence)."""
    return m.extractor == EXTRACTOR


__all__ = ["EXTRACTOR", "KINDS", "VERSION", "find_countries", "find_regions", "is_region", "parse_world_regions"]
