"""How the geocoder narrows a name's candidates to one place: the highest-ranked feature of a bare name, the
place the candidates agree on, the one province namesake towns share, whether two entries are one unit, and
whether a candidate lies inside the parent the text gives it. A base of ``Geocoder``."""

from __future__ import annotations

from sitrep.lexicon.admin1_in_use import former_names
from sitrep.lexicon.gazetteer import Place, distance_km, similar_names
from sitrep.lexicon.keys import light_key, place_key
from sitrep.resolve.place_divisions import DISTRICT_KM, DivisionLookups
from sitrep.resolve.place_seats import district_town, province_town
from sitrep.resolve.place_units import SEAT_FEATURES, prominent, spread

SAME_PLACE_KM = 25.0
BIG_CITY = 1_000_000  # a city whose bare name means it rather than a province of that name elsewhere
_FEATURE_RANK = {"country": 4, "admin1": 3, "admin2": 2, "city": 1, "town": 1, "village": 1, "place": 1}


class CandidateNarrowing(DivisionLookups):
    """The choices among a name's candidates that need no document context."""

    def _narrowed(self, cands: list[Place], kind: str | None, exact: str | None = None) -> list[Place]:
        """For a bare name: the candidates of the highest rank (from towns up), a town before its district.
        ``exact``: the ``light_key`` of the name as written, None for a unit of another place's hierarchy (a
        division, never the city of its name)."""
        top = max(_FEATURE_RANK.get(c.feature, 1) for c in cands) if kind is None else None
        if top is not None and top >= 3:
            # a province of the name wins over its towns, not over a city of millions outside it: abroad, or a
            # capital that is a division of its own, which lends its name to the province around it ("Kyiv",
            # "Minsk", "Buenos Aires")
            broad = [c for c in cands if _FEATURE_RANK.get(c.feature, 1) == top]
            big = [c for c in cands if c.population >= BIG_CITY and all(
                b.country != c.country or (b.feature == "admin1" and exact == light_key(c.name)
                                           and self.admin1_key(c.admin1, c.country)
                                           != self.admin1_key(b.name, b.country)) for b in broad)]
            cands = big if len(big) == 1 else broad
        if kind is None:  # a bare name of a town and of the district around it ("in Karachi") is the town
            seats = [c for c in cands if c.feature in SEAT_FEATURES]
            cands = [c for c in cands if c.feature != "admin2" or not any(
                self._seat_of(t, c) and similar_names(t.name, c.name) for t in seats)] or cands
        return cands

    def _best(self, cands: list[Place], exact: str) -> Place | None:
        """Among countries, the one spelled exactly as written (Niger is not Nigeria, however near); else the
        place the candidates agree on, else the one among those spelled exactly as written."""
        spelled = [c for c in cands if exact in {light_key(n) for n in c.all_names}]
        if spelled and len(spelled) < len(cands) and all(c.feature == "country" for c in cands):
            return self._agreed(spelled)
        best = self._agreed(cands)
        if best is None:  # spellings of other names disagree; the name as written may still be one place
            if spelled and len(spelled) < len(cands):
                best = self._agreed(spelled)
            if best is None:
                best = prominent(spelled or cands)
            if best is None:
                best = province_town(spelled or cands, self.admin1_key) or self._district_town(
                    spelled or cands) or self._one_province(spelled or cands)
        return best

    def _district_town(self, cands: list[Place]) -> Place | None:
        """Of namesake towns of one province, the seat of the province's district of their name (``district_town``)."""
        if not cands:
            return None
        return district_town(cands, self.default.lookup([place_key(cands[0].name)]), self.admin1_key,
                             lambda a, b: distance_km(a.lat or 0, a.lon or 0, b.lat or 0, b.lon or 0))

    def _one_province(self, cands: list[Place]) -> Place | None:
        """The province that namesake towns far apart all lie in ("Galugah": two towns of the name, both in
        Mazandaran): the text does not say which town, but it says the province; None when they lie in several
        provinces or are not all towns."""
        if not cands or any(c.feature not in SEAT_FEATURES or not c.admin1 or not c.country for c in cands):
            return None
        if len({(c.country, self.admin1_key(c.admin1, c.country)) for c in cands}) != 1:
            return None
        country, admin1 = cands[0].country, self.admin1_key(cands[0].admin1, cands[0].country)
        return next((p for p in self.default.lookup([admin1 or ""]) if p.feature == "admin1"
                     and p.country == country and p.lat is not None and p.lon is not None), None)

    def _agreed(self, cands: list[Place]) -> Place | None:
        """The best candidate when all are one place; None when they are far apart (the text does not say which)."""
        best = max(cands, key=lambda c: (c.source != "default", (c.feature_code or "").startswith("ADM"),
                                         c.population))
        if any(distance_km(best.lat or 0, best.lon or 0, c.lat or 0, c.lon or 0) > SAME_PLACE_KM * spread(c)
               and not self.same_unit(best, c) for c in cands if c is not best):
            return None
        return best

    def same_unit(self, a: Place, b: Place) -> bool:
        """Two entries for one administrative unit (lists disagree on where a province or district lies): the
        same level and country, a shared name and, for districts, the same province (or, unknown, not far)."""
        if a.feature != b.feature or a.feature not in ("admin1", "admin2") or (
                a.country and b.country and a.country != b.country):
            return False
        key = light_key if a.feature == "admin2" else place_key  # districts: a name spelled alike (Kech: not Kachhi)
        if not {key(n) for n in a.all_names} & {key(n) for n in b.all_names}:
            return False
        if a.feature == "admin1":
            return True
        pa, pb = self.admin1_key(a.admin1, a.country), self.admin1_key(b.admin1, b.country)
        if pa and pb:
            return pa == pb
        return distance_km(a.lat or 0, a.lon or 0, b.lat or 0, b.lon or 0) <= 100

    def _inside(self, c: Place, parent: Place) -> bool:
        if parent.feature == "country":
            return c.country == parent.country
        if parent.feature == "admin1":
            if c.feature == "admin1":
                return False
            if c.admin1:
                return self.in_division(c.admin1, c.country, parent)
            return self._point_in_admin(c, 1, parent)
        if parent.feature == "admin2":
            if c.feature in ("admin1", "admin2"):
                return False
            if c.admin2 and place_key(c.admin2) == place_key(parent.name):
                return True
            if self._point_in_admin(c, 2, parent):
                return True
            # near its point, or (a town filed in the district's province and in no district) near its seat
            far = distance_km(c.lat or 0, c.lon or 0, parent.lat or 0, parent.lon or 0)
            filed = bool(c.admin1 and parent.admin1 and not c.admin2)
            same_province = (not c.admin1 or not parent.admin1 or self.admin1_key(c.admin1, c.country)
                             == self.admin1_key(parent.admin1, parent.country))
            return (far <= 30 or (filed and far <= DISTRICT_KM)) and same_province
        # a town named as its province, by any of its names ("the Saiburi district of Pattani", "Babruysk of the
        # Mogilev region": the city is Mahilyow) stands for the province too; a town
        # across a border is not in it, however near ("Rafah (Rafah, North Sinai)" is Egypt's, not Gaza's)
        if c.country and parent.country and c.country != parent.country:
            return False
        return distance_km(c.lat or 0, c.lon or 0, parent.lat or 0, parent.lon or 0) <= SAME_PLACE_KM or bool(
            c.admin1 and place_key(parent.admin1 or "") in {place_key(c.admin1), *map(place_key, former_names(
                c.admin1, c.country))}  # or the province it was split from (admin1_in_use.tsv)
            and place_key(parent.admin1 or "") in {place_key(n) for n in parent.all_names}
        ) or self.in_namesake_district(c, parent)
