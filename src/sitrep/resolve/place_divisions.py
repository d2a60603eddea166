"""What the geocoder knows of divisions beyond a name's candidates: one key for every spelling of a province, the
province or district polygon a point lies in, a district's seat (the town it is named after, where ACLED places its
events), a province's capital, a division's name as the embedded gazetteer writes it."""

from __future__ import annotations

from sitrep.lexicon.admin1_in_use import former_names
from sitrep.lexicon.gazetteer import DefaultGazetteer, Gazetteer, Place, Polygon, distance_km, similar_names
from sitrep.lexicon.keys import ascii_fold, light_key, place_key
from sitrep.resolve.place_units import SEAT_FEATURES

SEAT_KM = 30.0  # a district's seat lies this near its centre, or inside it and twice as near
DISTRICT_KM = 2 * SEAT_KM  # a town filed in a district's province and in no district lies in it this near its seat


class DivisionLookups:
    """The lookups of divisions ``Geocoder`` makes: the user's gazetteer (``kb``, with its polygons) first, the
    embedded default after."""

    kb: Gazetteer | None
    default: DefaultGazetteer
    _poly_names: dict[str, str]

    def admin1_key(self, name: str | None, country: str | None = None) -> str | None:
        """One key for every spelling of a province (Wardak, Maidan Wardak, Vardak)."""
        if not name:
            return None
        k = place_key(name)
        p = self._default_admin1(name, country)
        return place_key(p.name) if p is not None else k

    def in_division(self, admin1: str, country: str | None, division: Place) -> bool:
        """Whether a place filed in the division ``admin1`` lies in ``division``: the same division, or the one it
        was split from or known as before (``admin1_in_use.tsv``: Merauke, in South Papua since 2022, is in the
        "Papua province" a text writes). A division of one name in another country is another division (the
        city of San Juan in Puerto Rico is not in Argentina's province of San Juan)."""
        if country and division.country and country != division.country:
            return False
        if self.admin1_key(admin1, country) == self.admin1_key(division.name, division.country):
            return True
        return division.country == country and light_key(division.name) in {
            light_key(n) for n in former_names(admin1, country)}

    def in_namesake_district(self, c: Place, town: Place) -> bool:
        """Whether ``c`` lies in the district ``town`` is named after and filed in: a note's hierarchy in brackets
        names the district, which the gazetteer may know only as its town ("Linares (Jaen)": Linares lies in the
        province of Jaen, 40 km from the city). Both are filed in one district of one division, whose name begins
        or ends with a whole name of the town ("Provincia de Jaen", "Settat Province"); a town filed in no district
        lies in it when it is in the same division and near (Merida in Extremadura, 55 km from Badajoz)."""
        if not town.admin2 or not c.admin1 or c.country != town.country or c.feature not in SEAT_FEATURES or (
                self.admin1_key(c.admin1, c.country) != self.admin1_key(town.admin1, town.country)):
            return False
        district = ascii_fold(town.admin2).lower().split()
        if not any(own and own in (district[:len(own)], district[-len(own):])
                   for own in (ascii_fold(n).lower().split() for n in town.all_names)):
            return False
        if c.admin2:
            return place_key(c.admin2) == place_key(town.admin2)
        return distance_km(c.lat or 0, c.lon or 0, town.lat or 0, town.lon or 0) <= DISTRICT_KM

    def _point_in_admin(self, c: Place, level: int, parent: Place) -> bool:
        if self.kb is None or c.lat is None or c.lon is None:
            return False
        for g in self.kb.polygons_at(c.lat, c.lon):
            if g.level == level:
                return place_key(g.name) == place_key(parent.name) or (
                    level == 1 and self.admin1_key(g.name, g.country) == self.admin1_key(parent.name, parent.country))
        return False

    def district_seat(self, place: Place) -> Place | None:
        """The town a district is named after, inside it: ACLED places a district's events there, not at the
        centroid of its polygon. A town or city before a village; none when the gazetteers know no such town."""
        keys = {place_key(n) for n in place.all_names}
        found: list[Place] = []
        for store in (self.kb, self.default):
            if store is None or store.empty:
                continue
            for c in store.lookup(keys):
                if (c.feature in SEAT_FEATURES and c.lat is not None and c.lon is not None
                        and (not c.country or not place.country or c.country == place.country)
                        and any(similar_names(n, m) for n in place.all_names for m in c.all_names
                                if place_key(n) == place_key(m))
                        and self._seat_of(c, place)):
                    found.append(c)
        if not found:
            return None
        return max(found, key=lambda c: (c.feature != "village", c.population, c.source != "default"))

    def _seat_of(self, c: Place, district: Place) -> bool:
        """Whether the town ``c`` lies in ``district``: its province is not another one, and it is inside the
        district's polygon and not far from its centre, or (no polygon) near its centre."""
        pc, pd = self.admin1_key(c.admin1, c.country), self.admin1_key(self._admin1_of(district), district.country)
        if pc and pd and pc != pd:
            return False
        d = distance_km(c.lat or 0, c.lon or 0, district.lat or 0, district.lon or 0)
        if d <= SEAT_KM:
            return True
        return d <= 2 * SEAT_KM and self._point_in_admin(c, 2, district)

    def _admin1_of(self, place: Place) -> str | None:
        """The province of a place: its own record's, else the province polygon its point lies in."""
        if place.admin1 or self.kb is None or place.lat is None or place.lon is None:
            return place.admin1
        for g in self.kb.polygons_at(place.lat, place.lon):
            if g.level == 1:
                return self._polygon_admin1(g)
        return None

    def _admin1_point(self, place: Place) -> tuple[float, float] | None:
        """Provinces are placed where ACLED places province-level events: at the capital (embedded default)."""
        if place.source == "default":
            return None
        for p in self.default.lookup([place_key(place.name)]):
            if p.feature == "admin1" and p.country == place.country and p.lat is not None and p.lon is not None:
                return p.lat, p.lon
        return None

    def _polygon_admin1(self, g: Polygon) -> str:
        """The name of a province polygon, spelled as the default gazetteer does; a polygon whose name it
        does not know is named after the default province whose capital lies inside it."""
        if g.id in self._poly_names:
            return self._poly_names[g.id]
        name = g.name
        if not any(p.feature == "admin1" and (g.country is None or p.country == g.country)
                   for p in self.default.lookup([place_key(g.name)])):
            for p in self.default.places:
                if (p.feature == "admin1" and p.country == g.country and p.lat is not None and p.lon is not None
                        and g.contains(p.lon, p.lat)):
                    name = p.name
                    break
        self._poly_names[g.id] = name
        return name

    def _canonical_admin1(self, name: str, country: str | None) -> str:
        p = self._default_admin1(name, country)
        return p.name if p is not None else name

    def _default_admin1(self, name: str, country: str | None) -> Place | None:
        """The embedded gazetteer's division of that name (in ``country``): one spelled so before one that only
        shares its key (Libya's al Jafarah and Al Jufrah share one)."""
        found = [p for p in self.default.lookup([place_key(name)])
                 if p.feature == "admin1" and (country is None or p.country == country)]
        written = light_key(name)
        return next((p for p in found if written in {light_key(n) for n in p.all_names}), found[0] if found else None)


__all__ = ["SEAT_KM", "DivisionLookups"]
