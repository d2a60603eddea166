"""Geocoding of location entities: each gets its ``geo`` (spec §2, plus ACLED's ``precision``) or stays unplaced.

Runs inside the transaction that stores the document (see ``sitrep.resolve``). The document's
place spans are read again with their relations ("X district, Y province"),
each location entity is placed from its mentions, the most specific first, and
an entity the base had already placed keeps its place.

Namesakes: entity resolution joins location mentions by name, but many places
share a name (villages called Ribat or Qala, an "Islamabad" in a Laghman
district). When this document places a name far from where the base placed the
entity of that name (another country or province, or too far apart), they are
two places: this document's mentions join the known namesake placed where this
document places them, or else become a new entity with their own place. A name
entity resolution left apart because several entities carry it joins the one
placed where this document places it. Analyst corrections are obeyed: a name an
analyst split off or a forced join is never moved, a blocked join never made.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any, cast

from sitrep.extract.event_country import document_country as events_country
from sitrep.extract.unit_chains import chain_middle, chain_unit
from sitrep.lexicon.admin1_in_use import names_of_periods
from sitrep.lexicon.gazetteer import default_gazetteer, distance_km
from sitrep.lexicon.keys import alias_key, place_key
from sitrep.nlp.place_country import spelled
from sitrep.nlp.places import PlaceSpan, place_spans
from sitrep.nlp.region_names import is_region
from sitrep.nlp.sentences import split_sentences
from sitrep.records import PreparedDocument, Resolution, ResolvedEntity
from sitrep.resolve.chain_units import chain_town_geo, chain_unit_geo, seat_geo
from sitrep.resolve.corrections import Constraints, constraints
from sitrep.resolve.place_geocoder import Geocoder
from sitrep.resolve.place_units import city_division, positionless_unit_division
from sitrep.resolve.site_towns import quarter_town_geo, site_town_geo
from sitrep.resolve.store import ResolutionStore
from sitrep.resolve.written_admin1 import admin1_as_written, territory_division

# how far apart two placings of one name may be and still be one place, by the coarser ACLED precision
NAMESAKE_KM = {1: 30.0, 2: 60.0, 3: 250.0}


def place_entities(kb: ResolutionStore, prep: PreparedDocument, res: Resolution) -> None:
    """Give each location entity of ``res`` its ``geo`` (spec §2), or leave it unplaced."""
    ann = prep.annotations
    # "the Sahel", "Lake Chad": an entity named only as a region is left unplaced
    regions = {res.keys.get(m.entity_key or "") for m in ann.mentions if is_region(m)} - {
        res.keys.get(m.entity_key or "") for m in ann.mentions if m.type == "location" and not is_region(m)}
    todo = [i for i, e in enumerate(res.entities) if e.type == "location" and e.geo is None and e.id not in regions]
    if not todo:
        return
    text = prep.doc.text
    spans, country = _document_places(prep)
    by_offsets = {(s.start, s.end): i for i, s in enumerate(spans)}
    geocoder = Geocoder(kb.gazetteer(), default_gazetteer())
    ctx = geocoder.document_context(spans, prep.doc.dateline, country)
    namesakes = _Namesakes(kb, res)
    sentences = ann.sentences or tuple(split_sentences(text))
    for i in todo:
        e = res.entities[i]
        keys = {k for k, v in res.keys.items() if v == e.id}
        if e.id in namesakes.moved and not keys:
            continue  # a second record of an entity whose mentions went to a namesake
        mine: list[int] = []
        names: list[str] = []
        for m in ann.mentions:
            if m.entity_key in keys and m.type == "location":
                names.append(m.name or m.text)
                j = by_offsets.get((m.start, m.end))
                if j is None:  # a mention another extractor found: a span of its own, with no relations
                    spans.append(PlaceSpan(m.start, m.end, m.name or m.text, None))
                    j = len(spans) - 1
                mine.append(j)
        if not mine:
            spans.append(PlaceSpan(0, 0, e.name, None))
            mine = [len(spans) - 1]
        # the mention that says most: a parent given by the text, then the most specific kind
        mine.sort(key=lambda j: (spans[j].parent is None, spans[j].rank, spans[j].start))
        geo, used = None, mine[0]
        for j in mine:
            geo = geocoder.geo_of_span(j, spans, ctx)
            if geo is not None:
                used = j
                break
        geo = _site_town_in(geo, used, spans, geocoder, ctx) if geo is not None else None
        geo = geo or _container(mine[0], spans, sentences, geocoder, ctx, text) or site_town_geo(
            spans[mine[0]].name, geocoder, ctx) or _district_after(spans[mine[0]], text, geocoder, ctx) or (
            quarter_town_geo(spans[mine[0]].name, geocoder, ctx))
        if geo is None:  # not placed here: a join to the name's entity in another country is undone
            namesakes.abroad(i, keys, names or [e.name], country)
            continue
        # its province as written on the document's date, and as the text writes it
        geo = territory_division(admin1_as_written(geo, text, spans, used, geocoder.default, prep.doc.published))
        if geo is not None and not namesakes.settle(i, keys, names or [e.name], geo):
            res.entities[i] = replace(e, geo=geo, country=e.country or _str(geo.get("country")))


def _site_town_in(geo: dict[str, object], j: int, spans: list[PlaceSpan], geocoder: Geocoder, ctx: Any
                  ) -> dict[str, object]:
    """A site no gazetteer knows, written with its units ("the Worcester Regional Court (Cape Winelands, Western
    Cape)"), is placed at the town its name begins with where that town lies in the unit the text gives it, not at
    the unit's seat; ``geo`` (the unit's) otherwise."""
    if spans[j].parent is None or geocoder.resolve_span(j, spans, ctx) is not None:
        return geo
    town = site_town_geo(spans[j].name, geocoder, ctx)
    if town is None or town.get("country") != geo.get("country") or place_key(str(town.get("admin1") or "")) != (
            place_key(str(geo.get("admin1") or ""))):
        return geo
    return town


_SETTLEMENTS = ("village", "town", "city")  # kinds of a place that is no site or quarter of another

# words that make the place after them a reference point: "north of Baghdad", "outside Kabul", "20 km from Gao"
_REFERENCE = re.compile(r"(?:\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|\boutside(?:\s+of)?|"
                        r"\b(?:km|kilometres?|kilometers?|miles?)\s+(?:from|of)|\bbordering|\bborders?\s+with|"
                        r"\bnear|\btowards?|\bfrom)\s+(?:the\s+)?(?:\w+\s+)?$", re.I)


def _container(j: int, spans: list[PlaceSpan], sentences: Sequence[tuple[int, int]], geocoder: Geocoder,
               ctx: Any, text: str) -> dict[str, object] | None:
    """Where a place no gazetteer knows under that spelling lies, from its sentence: the district or province the
    sentence names ("Tolkomari, in Kolofata subdivision (Mayo-Sava, Extreme-Nord)"), when all lie in one province;
    placed at that unit, at its coarser precision (ACLED codes an unknown village to its district or province).
    A sentence that names one town or city, in that province if it names one, places it there, at precision 2:
    a square, a bridge or a quarter of the town ("a sit-in on Freedom Square in Tartu"). None when the sentence
    names no such unit or units of several provinces. A name the gazetteer knows only in countries the document
    is not about is no place here, but a site or quarter may share it ("the Oxford quarter of Lagos", "a camp
    called Verdun in Bangui"): it goes to its container, unless the text calls it a town or village (a town of
    that name here, not known to any gazetteer, is not the town its sentence names)."""
    sp = spans[j]
    sent = next(((s, e) for s, e in sentences if s <= sp.start < e), None)
    known = [c for c in geocoder.candidates(sp.name, sp.kind) if spelled(c, sp.name)]
    if sent is None or sp.end <= sp.start or (known and (sp.kind in _SETTLEMENTS or not ctx.countries or any(
            c.country in ctx.countries for c in known))):
        return None  # a name known here the document did not settle, or a town of that name abroad, stays unplaced
    units: list[dict[str, object]] = []
    towns: list[dict[str, object]] = []
    for k, other in enumerate(spans):
        if k == j or not (sent[0] <= other.start < sent[1]) or other.key == sp.key or _REFERENCE.search(
                text[max(sent[0], other.start - 40):other.start]):
            continue  # "near Muqdadiya, north of Baghdad": a reference point, not where the place lies
        geo = geocoder.geo_of_span(k, spans, ctx)
        if geo is not None and geo.get("admin1") and (geo.get("feature") in ("admin1", "admin2") or city_division(
                other.name, str(geo["admin1"]))):  # "Bangui's PK5 area": a city that is a division of its own
            units.append(geo)
        elif geo is not None and geo.get("feature") in ("city", "town") and geo.get("precision") == 1:
            towns.append(geo)
    provinces = {(g.get("country"), g.get("admin1")) for g in units}
    if len(provinces) > 1:
        return None
    inside = {str(g.get("gazetteer_id")): g for g in towns if not provinces or (
        g.get("country"), g.get("admin1")) in provinces}
    if len(inside) == 1 and len({str(g.get("gazetteer_id")) for g in towns}) == 1:
        units = list(inside.values())
    if not units:
        return None
    best = dict(next((g for g in units if g.get("feature") == "admin2"), units[0]))
    best["precision"] = max(2, int(str(best.get("precision") or 2)))
    return best


# a district written after a place and a comma: "in Gakara, Mayo Sava, gunmen ..."
_DISTRICT_AFTER = re.compile(r",\s*([A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2})(?=\s*[,.;)]|$)")


def _district_after(sp: PlaceSpan, text: str, geocoder: Geocoder, ctx: Any) -> dict[str, object] | None:
    """The unit of a place no gazetteer knows, from the district written after it and a comma: one the gazetteer
    lists without a position or the table of the districts it lacks has ("Gakara, Mayo Sava": Cameroon's Far
    North), in the document's countries, placed at its province; else the second-level unit that ends the comma
    chain the place is written in ("Tulay, Basey, Samar": the Philippines' province of Samar), placed at
    that unit, in its province (``extract.unit_chains``), or at the town the chain names between them
    ("Basey", its municipality: ``chain_town_geo``)."""
    m = _DISTRICT_AFTER.match(text, sp.end) if sp.end > sp.start else None
    division = positionless_unit_division(geocoder.default, m.group(1), ctx.countries) if m else None
    if division is not None:
        return seat_geo(geocoder, m.group(1) if m else "", division)
    unit = chain_unit(text, sp.start, sp.end) if sp.end > sp.start else None
    geo = chain_unit_geo(geocoder, unit, ctx) if unit else None
    if geo is None:
        return None
    return chain_town_geo(geocoder, chain_middle(text, sp.start, sp.end), geo) or geo  # "X, its town, its unit"


def document_places(prep: PreparedDocument) -> tuple[tuple[PlaceSpan, ...], str | None]:
    """What geocoding reads of the document alone: its place spans with their relations, and the country its events
    happen in (``extract.event_country``). A pure function of the prepared document: a parallel run computes it in
    the worker (``PreparedDocument.ahead["places"]``)."""
    text, ann = prep.doc.text, prep.annotations
    actors = [m for m in ann.mentions if m.type != "location"]
    return tuple(place_spans(text, ann.sentences, actors)), events_country(text, list(ann.mentions))


def text_country(prep: PreparedDocument) -> str | None:
    """The country extraction reads from the document's whole text (``extract.event_country``)."""
    return _document_places(prep)[1]


def _document_places(prep: PreparedDocument) -> tuple[list[PlaceSpan], str | None]:
    got = prep.ahead.get("places")
    if got is None:  # computed once per document: both placing and ``actor_country`` read it
        got = prep.ahead["places"] = document_places(prep)
    spans, country = cast(tuple[tuple[PlaceSpan, ...], str | None], got)
    return list(spans), country  # a list of its own: spans of other extractors' mentions are added to it


def same_place(a: dict[str, object], b: dict[str, object]) -> bool:
    """Whether two ``geo`` of one name can be one place: same country and province, and near enough."""
    ca, cb = _str(a.get("country")), _str(b.get("country"))
    if ca and cb and ca != cb:
        return False
    pa, pb = _str(a.get("admin1")), _str(b.get("admin1"))
    if pa and pb and place_key(pa) != place_key(pb):
        return False
    try:
        d = distance_km(float(str(a["lat"])), float(str(a["lon"])), float(str(b["lat"])), float(str(b["lon"])))
        prec = max(int(str(a.get("precision") or 1)), int(str(b.get("precision") or 1)))
    except (KeyError, TypeError, ValueError):
        return True  # nothing to compare
    return d <= NAMESAKE_KM.get(prec, max(NAMESAKE_KM.values()))


def same_division_name(a: dict[str, object], b: dict[str, object]) -> bool:
    """Whether two ``geo`` write their first-level division by the name of one period, or either has none: "Kiev
    City" and "Kyiv City" are one division under the names of two periods, which a place's events write as on their
    own dates (``admin1_in_use.tsv``, ``admin1_conventions.tsv``); a text's spelling is no other period's name."""
    pa, pb = _str(a.get("admin1")), _str(b.get("admin1"))
    return not pa or not pb or not names_of_periods(pa, pb, _str(a.get("country")))


class _Namesakes:
    """Decides, for a location entity this document placed, whether it is the entity of that name the base
    knows, and moves this document's mentions to a namesake when it is not."""

    def __init__(self, kb: ResolutionStore, res: Resolution) -> None:
        self.kb = kb
        self.res = res
        self.moved: set[str] = set()
        self._fresh: int | None = None
        self._rules: Constraints | None = None

    @property
    def rules(self) -> Constraints:
        if self._rules is None:
            self._rules = constraints(self.kb)
        return self._rules

    def settle(self, i: int, keys: set[str], names: list[str], geo: dict[str, object]) -> bool:
        """True when the mentions of ``res.entities[i]`` went to another entity placed at ``geo``."""
        e = self.res.entities[i]
        name_keys = list(dict.fromkeys(alias_key(n) for n in names))
        if any(self.rules.forced.get(k) == e.id for k in name_keys):
            return False  # an analyst put this name on this entity
        known = [r for r in self.kb.entities_by_alias_keys(name_keys) if r["type"] == "location"]
        if e.new:
            # a name entity resolution left apart because several entities carry it: the one placed here, under
            # the name its division has on this document's date where the place has an entity for each name
            here = [r for r in known if _placed(r) and same_place(r["geo"], geo) and not self._blocked(r, name_keys)]
            if len(here) > 1:
                here = [r for r in here if same_division_name(r["geo"], geo)]
            if len(here) == 1 and len(known) > 1:
                self._move(i, keys, here[0], geo)
                return True
            return False
        old = next((r for r in known if r["id"] == e.id), None) or next(
            (r for r in self.kb.entities_by_alias_keys([alias_key(e.name)]) if r["id"] == e.id), None)
        if old is None or not _placed(old) or (same_place(old["geo"], geo) and same_division_name(old["geo"], geo)):
            return False
        if same_place(old["geo"], geo):  # the same place: where the base has it, its division by this date's name
            geo = {**old["geo"], "admin1": geo.get("admin1")}
        # a namesake: this document's place is another one than the entity's; or the same place, whose division is
        # written otherwise on this document's date (renamed, respelled): an entity for each name of its division
        here = [r for r in known if r["id"] != e.id and _placed(r) and same_place(r["geo"], geo)
                and same_division_name(r["geo"], geo) and not self._blocked(r, name_keys)]
        self._move(i, keys, here[0] if len(here) == 1 else None, geo, names[0])
        return True

    def abroad(self, i: int, keys: set[str], names: list[str], country: str | None) -> None:
        """A name this document does not place, in a document whose events happen in ``country``: when entity
        resolution joined it to the entity of that name the base placed in another country, its mentions join the
        one entity of that name placed in ``country`` or unplaced, else a new unplaced entity. A document with no
        country keeps the join, and so does a name an analyst put on the entity."""
        e = self.res.entities[i]
        name_keys = list(dict.fromkeys(alias_key(n) for n in names))
        if e.new or not country or any(self.rules.forced.get(k) == e.id for k in name_keys):
            return
        known = [r for r in self.kb.entities_by_alias_keys(name_keys) if r["type"] == "location"]
        old = next((r for r in known if r["id"] == e.id), None) or next(
            (r for r in self.kb.entities_by_alias_keys([alias_key(e.name)]) if r["id"] == e.id), None)
        if old is None or not _placed(old) or _str(old["geo"].get("country")) in (None, country):
            return
        here = [r for r in known if r["id"] != e.id and not self._blocked(r, name_keys) and (
            not _placed(r) or _str(r["geo"].get("country")) == country)]
        self._move(i, keys, here[0] if len(here) == 1 else None, None, names[0])

    def _blocked(self, rec: dict[str, Any], name_keys: list[str]) -> bool:
        return any((rec["id"], k) in self.rules.blocked for k in name_keys)

    def _move(self, i: int, keys: set[str], target: dict[str, Any] | None, geo: dict[str, object] | None,
              name: str | None = None) -> None:
        e = self.res.entities[i]
        if target is not None:
            new = replace(e, id=target["id"], name=target["name"], new=False, geo=None,
                          reasons=(f"same name, same place: {target['name']}",))
        else:
            new = ResolvedEntity(id=f"e{self._next()}", type=e.type, name=name or e.name, new=True,
                                 aliases=e.aliases, geo=geo, country=_str(geo.get("country")) if geo else None)
        self.moved.add(e.id)
        for k in keys:  # names an analyst split off (``res.by_text``) stay where the analyst put them
            self.res.keys[k] = new.id
        self.res.entities[i] = new

    def _next(self) -> int:
        if self._fresh is None:
            used = [int(m.group(1)) for e in self.res.entities if (m := re.fullmatch(r"e(\d+)", e.id))]
            self._fresh = max([self.kb.next_entity_number(), *(n + 1 for n in used)])
        self._fresh += 1
        return self._fresh - 1


def _placed(rec: dict[str, Any]) -> bool:
    return isinstance(rec.get("geo"), dict) and rec["geo"].get("lat") is not None


def _str(v: object) -> str | None:
    return v if isinstance(v, str) else None
