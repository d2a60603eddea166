"""The geocoder: a place name, with what its document says about it, becomes a point and an admin hierarchy.

Candidates come from the user's gazetteer in the knowledge base first and the
embedded default after. The document narrows them: the parents the text gives
("Musa Qala district, Helmand province"), the provinces and countries it names
elsewhere, its dateline, the country its events happen in. When the candidates
left disagree, the place goes to the parent the text gives, at a coarser
precision, or stays unplaced: a wrong place is worse than none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from sitrep.extract.landmark_votes import landmark_town
from sitrep.lexicon.gazetteer import (
    DefaultGazetteer,
    Gazetteer,
    Place,
    division_name,
    similar_names,
)
from sitrep.lexicon.keys import KEY_CACHE, ascii_fold, light_key, place_key
from sitrep.nlp.place_country import document_country, spelled
from sitrep.nlp.place_notation import article_spellings
from sitrep.nlp.places import PlaceSpan
from sitrep.resolve.city_provinces import city_province
from sitrep.resolve.place_narrowing import BIG_CITY, CandidateNarrowing
from sitrep.resolve.place_seats import in_parent
from sitrep.resolve.place_units import (
    SEAT_FEATURES,
    WELL_KNOWN,
    by_kind,
    capital_division,
    context_entries,
    foreign_capital,
    namesake_capital,
    positionless_district,
    positionless_seat,
    spelled_alike,
    spelling_filter,
    unit_without_position,
)
from sitrep.resolve.slipped_province import slipped_province_place
from sitrep.resolve.written_admin1 import hierarchy_admin1

_REGION_WORD = re.compile(r"\s+(?:Region|Province)$")  # a first-level division written with its word
_QUARTER = re.compile(r"^([A-Z][\w'’]{3,}(?: [A-Z][\w'’]+)?)\s*-\s*[A-Z]")  # ACLED's "City-Quarter" name
_DESIGNATOR_WORDS = {"district": ("Agency", "District", "Tehsil"), "province": ("Province",)}


def _named(store: Gazetteer, name: str, kind: str | None) -> tuple[Place, ...]:
    """The placed entries of ``store`` with a name spelled like ``name``. A gazetteer may file the unit under its
    designator: "Orakzai" in "Orakzai and Mohmand agencies" is "Orakzai Agency", "Nad Ali" in "Nad Ali district"
    may be "Nad Ali District"."""
    keys = [place_key(name)]
    named = {place_key(f"{name} {w}"): f"{name} {w}" for w in _DESIGNATOR_WORDS.get(kind or "", ())}
    return tuple(p for p, pairs in _keyed_names(store, [*keys, *named]) if p.lat is not None and p.lon is not None
                 and any(similar_names(name, n) or similar_names(named.get(k, ""), n) for n, k in pairs))


def _keyed_names(store: Gazetteer, keys: list[str]) -> list[tuple[Place, list[tuple[str, str]]]]:
    """The places ``store.lookup(keys)`` gives, in its order, each with its names under those keys and their key
    (the embedded gazetteer's rows carry their names' keys: ``DefaultGazetteer.names_under``)."""
    if not isinstance(store, DefaultGazetteer):
        return [(p, [(n, place_key(n)) for n in p.all_names if place_key(n) in keys]) for p in store.lookup(keys)]
    out: dict[str, tuple[Place, list[tuple[str, str]]]] = {}
    for k in keys:
        for p, names in store.names_under(k):
            pairs = out[p.id][1] if p.id in out else []
            out[p.id] = p, pairs + [(n, k) for n in names]
    return list(out.values())


# the embedded gazetteer does not change: its answers are kept (the user's, in the base, may change)
_default_named = lru_cache(maxsize=KEY_CACHE)(_named)


@dataclass
class _Context:
    admin1: dict[str, Place] = field(default_factory=dict)  # canonical admin1 key -> place
    countries: set[str] = field(default_factory=set)
    country: str | None = None  # the country most of the document's unambiguous places lie in


class Geocoder(CandidateNarrowing):
    def __init__(self, kb: Gazetteer | None, default: DefaultGazetteer) -> None:
        self.kb = kb
        self.default = default
        self._memo: dict[int, Place | None] = {}
        self._slipped: set[int] = set()  # spans placed in another province than written (``slipped_province``)
        self._poly_names: dict[str, str] = {}

    def candidates(self, name: str, kind: str | None, allowed: set[str] | None = None) -> list[Place]:
        """Places the name may stand for: the user's gazetteer first; when it answers, the embedded default adds
        only names of note (countries, provinces, big cities of that very name), so that an imported list of
        villages never makes a country or a well-known city unplaceable."""
        exact = light_key(name)
        found: list[Place] = []
        answered = False
        for store in (self.kb, self.default):
            if store is None or store.empty:
                continue
            got = list(_default_named(store, name, kind) if store is self.default else _named(store, name, kind))
            if allowed is not None:  # before the kind narrows them: a fuzzy district elsewhere hides no town here
                got = spelling_filter(name, got, allowed)
            got = by_kind(got, kind)
            if answered:  # what the user's gazetteer lacks: a country, a province, a big city of that name
                has = {c.feature for c in found if exact in {light_key(n) for n in c.all_names}}
                got = [p for p in got if p.feature not in has and (p.feature in ("country", "admin1") or (
                    p.population >= WELL_KNOWN and not has & {"city", "town"}
                    and exact in {light_key(n) for n in p.all_names}))]
            if got:
                found.extend(got)
                if store is self.kb and kind not in ("province", "country"):
                    answered = True
        return found

    def document_context(self, spans: Sequence[PlaceSpan], dateline: str | None, country: str | None = None
                         ) -> _Context:  # country: where its events happen (extract.event_country), if known
        ctx = _Context()
        for sp in spans:
            if sp.kind in ("province", None) or sp.known in ("admin1", "country"):
                found, cities = context_entries(self.default, sp.key, sp.name)
                for p in found:
                    if sp.kind is None and cities - {p.country}:
                        continue
                    if p.feature == "admin1" and (sp.kind == "province" or sp.known == "admin1"):
                        ctx.admin1.setdefault(place_key(p.name), p)
                        if p.country:
                            ctx.countries.add(p.country)
                    if p.feature == "country" and sp.known == "country" and p.country:
                        ctx.countries.add(p.country)
        if dateline:
            for p in self.default.lookup([place_key(dateline.split(",")[0])]):
                if p.country and p.feature in ("city", "town", "admin1", "country"):
                    ctx.countries.add(p.country)
        ctx.country = country or document_country([sp.name for sp in spans], self.default)
        if ctx.country:
            ctx.countries.add(ctx.country)
            # provinces of one name in several countries ("Eastern Province"): the document's country's
            ctx.admin1 = {k: p for k, p in ctx.admin1.items() if p.country == ctx.country} or ctx.admin1
        return ctx

    def resolve_span(self, i: int, spans: Sequence[PlaceSpan], ctx: _Context) -> Place | None:
        """The place of ``spans[i]`` (memoized); parents first, as they constrain it."""
        if i in self._memo:
            return self._memo[i]
        self._memo[i] = None  # cycles cannot happen (parents are later spans), but be safe
        sp, j, parent, k = spans[i], spans[i].parent, None, None
        while parent is None and j is not None:  # the nearest parent the gazetteer knows ("X (Y, Z)", Y unknown)
            parent, k, j = self.resolve_span(j, spans, ctx), j, spans[j].parent
        # a unit the text writes as one ("Bardiya district", "(Tongomayel, Soum)") is looked for among units
        unit = sp.kind in ("district", "province") or any(s.parent == i for s in spans)
        self._memo[i] = self.choose(sp.name, sp.kind, parent, ctx, known=sp.known, unit=unit)
        if self._memo[i] is None and k is not None and (province := city_province(self, spans[k], parent)):
            self._memo[i] = self.choose(sp.name, sp.kind, province, ctx, known=sp.known, unit=unit)
        if self._memo[i] is None and parent is not None and sp.kind is None and not unit:
            self._memo[i] = foreign_capital(self.default, sp.name, parent)  # "in Bangui, Russia has ..."
        while self._memo[i] is None and parent is not None and parent.feature in ("city", "town") and j is not None:
            # a unit of the hierarchy the gazetteer knows only as its city ("Tongaat (eThekwini, KwaZulu-Natal)":
            # the metropolitan municipality, larger than Durban): the place lies in the next unit, spelled as
            # written there but for doubled letters (a near spelling in a broader unit is another place:
            # "Umlalazi" for "Umlazi"; "Maai Mahiu" is "Mai Mahiu")
            parent, j = self.resolve_span(j, spans, ctx), spans[j].parent
            if parent is not None:
                found = self.choose(sp.name, sp.kind, parent, ctx, known=sp.known, unit=unit)
                self._memo[i] = found if found is not None and spelled_alike(found, sp.name) else None
        if unit and parent is None and (sp.rule == "parenthesized" or sp.kind in ("district", "province")):
            self._memo[i] = unit_without_position(self.default, sp.name, sp.kind, self._memo[i], ctx.countries,
                                                   ctx.country)
        elif self._memo[i] is None:  # a district without a position: in the division the gazetteer files it in
            self._memo[i] = positionless_district(self.default, sp.name, parent, unit, ctx.country)
        if self._memo[i] is None and not unit:  # "Goniri (Gujba LGA, Borno)": both lie in Yobe
            self._memo[i] = slipped_province_place(self.default, i, spans, lambda j: self.resolve_span(j, spans, ctx),
                                                   self.admin1_key)
            if self._memo[i] is not None:
                self._slipped.add(i)
        return self._memo[i]

    def choose(self, name: str, kind: str | None, parent: Place | None, ctx: _Context,
               known: str | None = None, unit: bool = False) -> Place | None:
        allowed = set(ctx.countries) | ({parent.country} if parent is not None and parent.country else set())
        cands = self._home_region(name, kind, self._written_candidates(name, kind, allowed, unit), ctx, allowed)
        if kind in ("province", "district") and parent is None and ctx.country and cands and not any(
                c.country == ctx.country or self._named_province(c, name, ctx) for c in cands):
            # "in Valencia, Carabobo state" in news of Venezuela: its city, not Spain's community of that name
            home = [c for c in self.candidates(name, None, allowed) if c.country == ctx.country and spelled(c, name)]
            cands = home or cands
        quarter = _QUARTER.match(name)
        if not cands and quarter and kind is None and not unit:  # "Belgrade-Stari Grad": a quarter no gazetteer
            # lists, of a city it does (a unit of a hierarchy, "(Assa Zag, Guelmim-Ould Noun)", is no quarter)
            inside = None if parent is None or parent.feature == "country" else parent
            city = self.choose(quarter.group(1), None, inside, ctx, known)
            return city if city is not None and city.feature == "city" else None
        if any(spelled(c, name) for c in cands):  # Niger is not Nigeria: a country is never a near spelling
            cands = [c for c in cands if c.feature != "country" or spelled(c, name)]
        if kind is None and (parent is None or parent.feature == "country") and not unit:
            # "in Kyiv", "in Mopti", "near Mandalay, Myanmar": the city, not its namesake division (a unit of
            # another place is the division)
            capital = namesake_capital(cands, name)
            at_home = any(c.country == ctx.country and spelled(c, name) for c in cands)
            if capital is not None and (not ctx.countries or capital.country in ctx.countries) and (
                    capital.country == ctx.country or not at_home) and (
                    parent is None or capital.country == parent.country):
                return capital  # a namesake in the document's own country goes first ("El Callao" of Venezuela)
        exact = light_key(name)
        # a country or province of that very name is a name of note whatever the document is about ("support
        # from Iran"), unless the text makes it something else ("Iran village") or puts it in a named parent
        written = ascii_fold(name).lower()
        of_note = [c for c in cands if kind is None and c.source == "default" and c.feature in ("country", "admin1")
                   and written in {ascii_fold(n).lower() for n in c.all_names}]
        if parent is not None:
            cands = in_parent(cands, name, kind, parent, self._inside, lambda: self.candidates(name, None, allowed))
            if kind is None and not cands:
                return None
        elif ctx.admin1 or ctx.countries:
            in_context = self._in_context(cands, ctx, known, of_note, name, kind)
            if in_context is None:
                return None  # not in the provinces or countries the document is about, nor a name of note
            cands = in_context
        elif not known:  # nothing says where: a name of note, or a unit the text writes as one (spelled so)
            cands = [c for c in cands if c.feature in ("country", "admin1") or c.population >= 100_000 or (
                unit and c.feature == "admin2" and any(spelled(c, n) for n in (name, *article_spellings(name))))]
        if not cands:
            return None
        return self._best(self._narrowed(cands, kind, None if unit else exact), exact)

    def _written_candidates(self, name: str, kind: str | None, allowed: set[str], unit: bool) -> list[Place]:
        """``candidates``; for a province or a unit of a hierarchy none has, the divisions of its name with the
        Arabic article ("Muthanna province": the gazetteer's Al Muthanna; "(Hoceima)": Al Hoceima), spelled so;
        for a village or town none has, likewise its towns ("the village of Sawiyah": As Sawiyah)."""
        cands = self.candidates(name, kind, allowed)
        town = kind in ("village", "town") and not unit
        if not (kind == "province" or unit or town) or (cands and not town) or any(spelled(c, name) for c in cands):
            return cands
        features = ("city", "town", "village") if town else ("admin1", "admin2")
        return [c for full in article_spellings(name) for c in self.candidates(full, kind, allowed)
                if c.feature in features and spelled(c, full)] or cands

    def _home_region(self, name: str, kind: str | None, cands: list[Place], ctx: _Context,
                     allowed: set[str]) -> list[Place]:
        """A first-level division written with its word ("the Eastern Region") that only other countries have
        under that whole name (Uganda's "Eastern Region"): the document's country's division of the bare name
        (Ghana's "Eastern"), spelled so; else ``cands``."""
        region = _REGION_WORD.search(name) if kind is None else None
        if region is None or ctx.country is None or any(c.country == ctx.country for c in cands):
            return cands
        bare = name[:region.start()]
        home = [c for c in self.candidates(bare, "province", allowed)
                if c.country == ctx.country and c.feature == "admin1" and spelled(c, bare)]
        return home or cands

    def _named_province(self, c: Place, name: str, ctx: _Context) -> bool:
        """Whether ``c`` lies in (or is) a province the document names other than by ``name`` itself."""
        key = self.admin1_key(c.name if c.feature == "admin1" else c.admin1, c.country)
        return key is not None and key in ctx.admin1 and key != self.admin1_key(name, c.country)

    def _in_context(self, cands: list[Place], ctx: _Context, known: str | None,
                    of_note: list[Place], name: str, kind: str | None = None) -> list[Place] | None:
        """The candidates in the document's country, else in the provinces or countries it names; None when there
        are none and the name is neither known to be a place nor a name of note. When most of the document's
        places lie in one country, a name the gazetteer does not know as a place of note goes to no other
        country; with no such country, a name whose entries all lie in one country is placed there. A near
        spelling of a town ("Tummikapalle" for "Tumakpal") stays inside the provinces of that country the
        document names, when it names some, as it stays inside its country. A city of millions of a country the
        document is about, spelled as written and bare (no word such as "region" after it), is in it as that
        country's provinces are (``_narrowed`` then tells it from a province of its name)."""
        in_doc = [c for c in cands if self.admin1_key(c.admin1, c.country) in ctx.admin1 or (
            (c.feature in ("admin1", "country") or (kind is None and c.population >= BIG_CITY and spelled(c, name)))
            and c.country in ctx.countries)]
        named = {k for k, p in ctx.admin1.items() if p.country == ctx.country}
        in_major = [c for c in in_doc if c.country == ctx.country] or [
            c for c in cands if c.country == ctx.country and not (
                named and c.feature in SEAT_FEATURES and not spelled(c, name)
                and self.admin1_key(c.admin1, c.country) not in named)]
        in_country = [c for c in cands if c.country in ctx.countries]
        if in_major:
            cands = in_major
        elif in_doc:
            cands = in_doc
        elif in_country and (ctx.country is None or known):
            cands = in_country
        elif not known and not of_note and (ctx.country is not None or len({c.country for c in cands}) != 1):
            return None
        elif ctx.country is not None:  # all in countries the text neither is about nor names: only a country or
            cands = [c for c in cands if c.feature == "country" or (  # a city known by its bare name anywhere goes
                c.population >= BIG_CITY and light_key(c.name) == light_key(name))]  # there, by its own name ("the
            if not cands:  # town of Palma" in news of Mozambique is not Spain's; "Samar" of the Philippines is no
                return None  # other name of Samara)
        if not any(c.feature in ("country", "admin1", "admin2", "city", "town") for c in cands):
            # only a village of the name in the document's country: the country or province spelled exactly
            # so still counts ("support from Iran"); a town or city there does not give way ("Jalalabad")
            cands = [*cands, *(c for c in of_note if c not in cands)]
        return cands

    def geo_of_span(self, i: int, spans: Sequence[PlaceSpan], ctx: _Context) -> dict[str, object] | None:
        """The ``geo`` of ``spans[i]``: its own place, or else the parent the text gives it, coarser."""
        sp = spans[i]
        place = self.resolve_span(i, spans, ctx)
        hint = self._parent_admin1(i, spans, ctx) if i not in self._slipped else None
        geo: dict[str, object] | None = None
        if place is not None:
            geo = self._unit_geo(sp, place, hint, sp.near)
        j = sp.parent
        seen = {i}
        child = sp
        while geo is None and j is not None and j not in seen:  # "X area of Y district, Z province": Y, else Z
            seen.add(j)
            parent = self.resolve_span(j, spans, ctx)
            if parent is not None:  # a district the gazetteer lists without a position, written in its
                # province ("Bawku West (Upper East)"), at its seat there, as ACLED places it
                geo = self._seat_geo(child, parent) or self._unit_geo(spans[j], parent, hint, True)
                geo["precision"] = max(2, int(str(geo["precision"])))
            child = spans[j]
            j = spans[j].parent
        if geo is None and (town := self._landmark_town(sp.name)) is not None:  # "Meskel Square": its town
            geo = self._unit_geo(sp, town, hint, True)
        if geo is not None and geo.get("feature") not in ("country", "admin1") and i not in self._slipped:
            written = hierarchy_admin1(self.default, i, spans, geo)
            geo["admin1"] = written or geo["admin1"]
        if geo is not None and geo.get("admin1"):
            geo["admin1"] = division_name(str(geo["admin1"]), str(geo.get("country") or "") or None)
        return geo

    def _landmark_town(self, name: str) -> Place | None:
        """The town of a square or park the landmark table places (``extract.landmark_votes``), its biggest place
        of that name in the landmark's country."""
        found = landmark_town(name)
        if found is None:
            return None
        towns = [p for p in self.default.lookup([place_key(found[1])]) if p.country == found[0]
                 and p.feature in ("city", "town") and spelled(p, found[1])]
        return max(towns, key=lambda p: p.population, default=None)

    def _unit_geo(self, sp: PlaceSpan, place: Place, hint: Place | None, near: bool) -> dict[str, object]:
        """``geo`` of the place a span resolved to; a district the gazetteer lacks, known by its division only, at
        its seat (``districts.tsv``), in its division, at district precision."""
        return self._seat_geo(sp, place) or self.geo(place, sp.kind, near, admin1_hint=hint)

    def _seat_geo(self, sp: PlaceSpan, place: Place) -> dict[str, object] | None:
        """``geo`` of a district the gazetteer lacks or lists without a position, written in its division
        ``place``, at its seat there, at district precision; None when the span names no such district."""
        seat = positionless_seat(self.default, sp.name, place) if place.feature == "admin1" and not spelled(
            place, sp.name) else None
        if seat is None:
            return None
        geo = self.geo(seat, "district", True, admin1_hint=place)
        geo.update(feature="admin2", admin2=sp.name, precision=2)  # the district, placed as ACLED places it
        return geo

    def _parent_admin1(self, i: int, spans: Sequence[PlaceSpan], ctx: _Context) -> Place | None:
        j = spans[i].parent
        while j is not None:
            p = self.resolve_span(j, spans, ctx)
            if p is not None and p.feature == "admin1":
                return p
            j = spans[j].parent
        return None

    def geo(self, place: Place, kind: str | None, near: bool, exact: bool = True,
            admin1_hint: Place | None = None) -> dict[str, object]:
        """Spec §2 ``geo`` with ACLED's precision: 1 town or village, 2 near a town or in a district, 3 province."""
        lat, lon = self._geo_point(place)
        feature = place.feature
        country, admin1, admin2 = self._geo_units(place, lat, lon)
        if feature == "country" and not admin1:  # a country is placed at its capital, in the capital's province
            admin1 = capital_division(self.default, place)
        if admin1_hint is not None and feature != "admin1":
            admin1 = admin1_hint.name if admin1_hint.source == "default" else self._canonical_admin1(
                admin1_hint.name, admin1_hint.country)  # the province the text names wins over the map
        precision = {"country": 3, "admin1": 3, "admin2": 2}.get(feature, 1)
        if precision == 1 and (near or kind == "area" or not exact):
            precision = 2
        return {"lat": round(lat, 5), "lon": round(lon, 5), "country": country, "admin1": admin1,
                "admin2": admin2 if feature not in ("country", "admin1") else None,
                "feature": feature if feature != "place" else "area", "gazetteer_id": place.id,
                "precision": precision}

    def _geo_point(self, place: Place) -> tuple[float, float]:
        """Where ACLED puts a place: a province at its capital, a district at its seat, else its own point."""
        lat, lon = place.lat or 0.0, place.lon or 0.0
        feature = place.feature
        if feature == "admin1":
            capital = self._admin1_point(place)
            if capital is not None:
                lat, lon = capital
        seat = self.district_seat(place) if feature == "admin2" else None
        if seat is not None:
            lat, lon = seat.lat or lat, seat.lon or lon
        return lat, lon

    def _geo_units(self, place: Place, lat: float, lon: float) -> tuple[str | None, str | None, str | None]:
        """(country, province, district) of a place: its record's, filled in from the polygons its point lies in."""
        feature = place.feature
        country, admin1, admin2 = place.country, place.admin1, place.admin2
        if feature == "admin1":
            admin1 = place.name
        if feature == "admin2":
            admin2 = place.name
        if self.kb is not None and feature != "country":
            for g in self.kb.polygons_at(place.lat or lat, place.lon or lon):
                if g.level == 1 and feature != "admin1":
                    admin1 = self._polygon_admin1(g)
                elif g.level == 2 and feature not in ("admin1", "admin2"):
                    admin2 = g.name
                country = country or g.country
        if admin1:
            admin1 = self._canonical_admin1(admin1, country)
        return country, admin1, admin2



__all__ = ["Geocoder"]
