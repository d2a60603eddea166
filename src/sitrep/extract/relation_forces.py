"""A country's police and army named by a common noun ("police officer X", "the Zamfara police spokesperson,
X", "army spokesman Major X"), as mentions the relation patterns can take for an object.

The noun alone names no entity; it names the police (or armed forces) of a country: the one the words before it
give ("Zamfara police": Nigeria's; "Haiti's National Police"; "Pakistani police"), else the one the document's
places agree on. When neither tells, no mention is made: a relation to "the police" of no known country would
be worth nothing. The entity is ACLED's generic actor of that country (``event_actors.generic_entity``), so a
spokesman's post and the events of the same force meet in one entity. "The regime" is likewise the country's
government. "Ethnic Armenian forces" are no country's force but a people's armed men: a group of their own,
named by those words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from sitrep.extract.event_actors import country_name, generic_entity
from sitrep.extract.relation_base import EXTRACTOR, VERSION
from sitrep.extract.relation_context import demonyms
from sitrep.lexicon.dictionaries import load_roles
from sitrep.lexicon.gazetteer import default_gazetteer
from sitrep.lexicon.keys import light_key, place_key
from sitrep.nlp.place_country import document_country as places_country
from sitrep.nlp.place_country import spelled
from sitrep.records import EntityRef, Mention, RelationRecord

# a unit of an army ("infantry battalion") names the army it belongs to: its chief is a member of that army
_UNIT = (r"(?:[Ii]nfantry|[Aa]rtillery|[Mm]echani[sz]ed|[Aa]rmou?red|[Cc]ommando|[Pp]aratroop(?:er)?)\s+"
         r"(?:[Bb]attalion|[Bb]rigade|[Dd]ivision|[Rr]egiment)")
_NOUN = re.compile(rf"(?<![\w-])(?P<noun>{_UNIT}|(?:[Nn]ational\s+)?[Pp]olice|[Aa]rmy|[Mm]ilitary|[Aa]rmed\s+[Ff]orces|"
                   r"[Rr]egime|(?P<plain>forces|troops|soldiers))(?![\w-])")
# "the regime" is a country's government ("fellow regime ally Iran", "the Assad regime")
_FAMILY = {"police": "police", "army": "military", "military": "military", "forces": "military",
           "troops": "military", "soldiers": "military", "regime": "government", "battalion": "military",
           "brigade": "military", "division": "military", "regiment": "military"}
_ETHNIC = re.compile(r"(?<![\w-])(?:[Ee]thnic\s+(?P<adj>[A-Z][\w-]+)|(?P<sect>Shi['’]?ite|Shia|Sunni|Alawite|Druze|"
                     r"Christian|Yazidi|[Vv]olunteer|[Ss]elf-defen[cs]e|[Vv]igilante))\s+"
                     r"(?:forces|fighters|militias?|militiamen|separatists|groups?)\b")
# "the Shi'ite-led government in Baghdad": the government of the country whose place follows
_SEAT_SIZE = 500_000
_GOVERNMENT_IN = re.compile(r"\b[Tt]he\s+(?P<g>(?:[\w'’-]+-led\s+)?government\s+in\s+)$")
# the noun is a modifier of another thing, not the force: "police station", "army base", "military operation"
_NOT_FORCE = re.compile(r"\s+(?:station|stations|post|posts|checkpoint|checkpoints|base|bases|camp|camps|vehicle|"
                        r"vehicles|operation|operations|headquarters|academy|hospital|court|courts|uniforms?|"
                        r"convoy|helicopter|aircraft|jets?|equipment|junta|rule|regime)\b", re.I)


# "Shekau's former fighters": men who left the one named before, a group of their own
_FORMER_MEN = re.compile(r"(?:'s|’s)\s+former\s+(?:fighters|members|militants|loyalists|commanders|men|soldiers|"
                         r"followers|cadres)\b")


@dataclass(frozen=True)
class Forces:
    mentions: list[Mention]  # every mention of the sentence set, the forces' among them, in text order
    entities: dict[str, EntityRef]  # the forces' entities by key
    former: dict[str, Mention] = field(default_factory=dict)  # a group of former men -> the one they left


def with_forces(text: str, mentions: Sequence[Mention], published: str | None) -> Forces:
    """``mentions`` with a mention for each police, army or regime noun whose country is known, each people's or
    faith's armed men, each "government in <place>" and each leader's former men."""
    home = document_country(mentions)
    former = _former_men(text, mentions)
    pairs = [*_state_nouns(text, mentions, published, home), *_peoples(text, mentions, home),
             *_governments_in(text, mentions, published), *((m, ref) for m, ref, _ in former)]
    if not pairs:
        return Forces(list(mentions), {})
    found = [m for m, _ in pairs]
    # a place that opens a force's name ("Zamfara police") gives way to it
    kept = [m for m in mentions if not any(f.start <= m.start and m.end <= f.end for f in found)]
    return Forces(sorted([*kept, *found], key=lambda m: (m.start, -(m.end - m.start))),
                  {ref.key: ref for _, ref in pairs}, {ref.key: left for _, ref, left in former})


_Found = tuple[Mention, EntityRef]


def _mention(text: str, start: int, end: int, ref: EntityRef) -> _Found:
    return Mention(start=start, end=end, text=text[start:end], type=ref.type, extractor=EXTRACTOR, version=VERSION,
                   entity_key=ref.key, name=ref.name), ref


def _state_nouns(text: str, mentions: Sequence[Mention], published: str | None, home: str | None) -> list[_Found]:
    """Police, army and regime nouns of a known country: "Zamfara police", "Pakistani troops", "the Assad regime"."""
    taken = sorted((m.start, m.end) for m in mentions)
    out: list[_Found] = []
    for m in _NOUN.finditer(text):
        if _NOT_FORCE.match(text, m.end()) or _inside(taken, m.start(), m.end()) or _in_role(text, m):
            continue
        family = _FAMILY[m.group("noun").lower().split()[-1]]
        if family == "government" and _after_group(text, mentions, m.start()):
            continue  # "the Taliban regime" is the group's, not a country's government
        start, country = _owner(text, mentions, m.start())
        if family == "government" and start == m.start():
            start = _ruler(text, start)  # "the Assad regime": the ruler's name is part of the name
        if not m.group("plain"):  # "forces" alone is anyone's: only "Rwandan forces" says whose
            country = country or home
        if country is None or (country_name(country) is None and country not in default_gazetteer().countries.names):
            continue
        out.append(_mention(text, start, m.end(), _entity(family, country, published)))
    return out


def _peoples(text: str, mentions: Sequence[Mention], home: str | None) -> list[_Found]:
    """"Ethnic Armenian forces": a people's armed men, no country's force; "Shi'ite militias", "volunteer fighters":
    a faith's or civilians' armed men, in the document's country."""
    taken = sorted((m.start, m.end) for m in mentions)
    out: list[_Found] = []
    for m in _ETHNIC.finditer(text):
        if (m.group("adj") and m.group("adj") not in demonyms()) or _inside(taken, m.start(), m.end()):
            continue
        name = re.sub(r"\s+", " ", m.group(0)).replace("’", "'")
        if m.group("sect") and home:  # a faith's (or volunteers') militias are many peoples': the document's country's
            name = f"{name} ({default_gazetteer().countries.names.get(home, home)})"
        ref = EntityRef(key=f"derived:{light_key(name)}", name=name, type="armed_group",
                        country=home if m.group("sect") else None)
        out.append(_mention(text, m.start(), m.end(), ref))
    return out


def _governments_in(text: str, mentions: Sequence[Mention], published: str | None) -> list[_Found]:
    """"The Shi'ite-led government in Baghdad": the government of the country the place lies in."""
    out: list[_Found] = []
    for place in mentions:
        gov_in = _GOVERNMENT_IN.search(text[max(0, place.start - 60):place.start]) if place.type == "location" else None
        country = _seat_country(place.text) if gov_in is not None else None
        if gov_in is None or country is None:
            continue
        out.append(_mention(text, place.start - len(gov_in.group("g")), place.end,
                            _entity("government", country, published)))
    return out


def _seat_country(name: str) -> str | None:
    """The country a government "in <name>" governs: the country named, or the one whose great city (half a
    million people or more: a seat of government, not a region's town) bears the name."""
    gaz = default_gazetteer()
    if light_key(name) in gaz.countries.by_name:
        return gaz.countries.by_name[light_key(name)]
    big = {p.country for p in gaz.lookup([place_key(name)])
           if p.feature in ("city", "capital") and p.population >= _SEAT_SIZE and spelled(p, name)}
    return big.pop() if len(big) == 1 else None


def _former_men(text: str, mentions: Sequence[Mention]) -> list[tuple[Mention, EntityRef, Mention]]:
    """"Shekau's former fighters": a group of their own, with the one they left."""
    out: list[tuple[Mention, EntityRef, Mention]] = []
    for g in mentions:
        after = _FORMER_MEN.match(text, g.end) if g.type in ("person", "armed_group") else None
        if after is None:
            continue
        name = re.sub(r"\s+", " ", text[g.start:after.end()]).replace("’", "'")
        ref = EntityRef(key=f"derived:{light_key(name)}", name=name, type="armed_group")
        out.append((*_mention(text, g.start, after.end(), ref), g))
    return out


def left_sides(found: Sequence[RelationRecord], former: dict[str, Mention]) -> list[RelationRecord]:
    """"Shekau's former fighters joined ISWAP": they left Shekau's group (the one the document firmly says he
    leads, when it says one), or the group named."""
    out: list[RelationRecord] = []
    for r in found:
        left = former.get(r.subject)
        if left is None or r.predicate not in ("member_of", "pledged_allegiance_to"):
            continue
        side = str(left.entity_key)
        if left.type == "person":
            led = {x.object for x in found if x.predicate == "leader_of" and x.subject == side
                   and x.certainty == "asserted" and x.object}
            side = str(led.pop()) if len(led) == 1 else side
        if side != r.object:
            out.append(replace(r, predicate="defected_from", object=side, role=None, end=None))
    return out


def _entity(family: str, country: str, published: str | None) -> EntityRef:
    ref = generic_entity(family, country, published)
    if country_name(country) is not None:
        return ref
    pattern = {"police": "Police Forces of {}", "government": "Government of {}"}.get(family, "Military Forces of {}")
    name = pattern.format(_with_article(default_gazetteer().countries.names[country]))
    return EntityRef(key=ref.key, name=name, type=ref.type, country=country, acled_name=name)


def is_unit(text: str) -> bool:
    """The words name a unit of an army ("infantry battalion"), not the whole force."""
    return re.search(rf"{_UNIT}$", text) is not None


def _ruler(text: str, at: int) -> int:
    """The start of a ruler's name between "the" and "regime" ("the Assad regime", "the Maduro regime")."""
    lo = max(0, at - 40)
    name = re.search(r"\bthe\s+(?P<n>[A-Z][\w'’-]+)\s+$", text[lo:at])
    if name is None or name.group("n") in demonyms():
        return at
    return lo + name.start("n")


def _after_group(text: str, mentions: Sequence[Mention], at: int) -> bool:
    """An armed group's name (or its adjective: "Houthi") stands just before ``at``."""
    return any(m.type == "armed_group" and re.fullmatch(r"(?:'s|’s)?\s+", text[m.end:at]) for m in mentions
               if m.end <= at)


def _with_article(country: str) -> str:
    """English names a plural country or a union with "the": the Philippines, the United States."""
    if re.search(r"(?:s|Republic|Kingdom|Emirates|Union)$", country) or country.startswith(("United ", "Republic ")):
        return "the " + country
    return country


def _in_role(text: str, m: re.Match[str]) -> bool:
    """The noun opens a post of a place the dictionary knows: "Jawzjan police chief" is Jawzjan's, not a member's."""
    after = re.match(r"\s+([a-z]+)(?:\s+([a-z]+))?", text[m.end():m.end() + 30])
    if after is None:
        return False
    words = [m.group("noun").lower(), *(w for w in after.groups() if w)]
    found = [load_roles().lookup(" ".join(words[:n])) for n in (2, 3) if n <= len(words)]
    return any(r is not None and "location" in r.object_types for r in found)


def _inside(taken: list[tuple[int, int]], s: int, e: int) -> bool:
    return any(a < e and s < b for a, b in taken)


def _owner(text: str, mentions: Sequence[Mention], at: int) -> tuple[int, str | None]:
    """(start, country) of the words that say whose force it is: a place or a country adjective just before."""
    place = next((m for m in mentions if m.type == "location" and re.fullmatch(r"(?:'s|’s)?\s+", text[m.end:at])),
                 None)
    if place is not None:
        return place.start, place_country(place.text)
    before = text[max(0, at - 40):at]
    for adj in (re.search(r"([A-Z][\w.]+\s+[A-Z][\w.]+)\s+$", before), re.search(r"([A-Z][\w.]+)\s+$", before)):
        if adj is None or adj.group(1) not in demonyms():
            continue
        if re.search(r"\bethnic\s+$", before[:adj.start()], re.I):  # "ethnic Armenian forces" are no country's
            return at, None
        return at - len(adj.group(0)), default_gazetteer().countries.by_key.get(place_key(demonyms()[adj.group(1)]))
    return at, None


def place_country(name: str) -> str | None:
    """The country of a place name when the gazetteer gives it one country."""
    gaz, light = default_gazetteer(), light_key(name)
    if light in gaz.countries.by_name:
        return gaz.countries.by_name[light]
    countries = {p.country for p in gaz.lookup([place_key(name)])
                 if p.country and any(light_key(n) == light for n in p.all_names)}
    return countries.pop() if len(countries) == 1 else None


def document_country(mentions: Sequence[Mention]) -> str | None:
    """The country more of the document's places lie in than any other (``nlp.place_country``: a capital outweighs
    villages of its name elsewhere)."""
    return _places_country(tuple(m.text for m in mentions if m.type == "location"))


@lru_cache(maxsize=8)  # asked of one document's places by the forces and by the derived relations
def _places_country(names: tuple[str, ...]) -> str | None:
    return places_country(list(names), default_gazetteer())
