"""The map of events: countries (borders and coastlines from the bundled Natural Earth layer) around the events,
the view fitted to where most events are, events at nearby places clustered into one numbered marker, labels
placed where they run into nothing.

``map_view`` is a plain function over event and place records (``geo.lat``/``geo.lon``) deciding the view, the
clusters and what lies outside; ``event_map`` draws a view. Projection: equirectangular, stretched by the cosine
of the middle latitude (shapes keep their proportions at regional scale).
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field

from shapely.geometry import MultiPolygon, Point, Polygon
from shapely.geometry.base import BaseGeometry
from shapely.ops import polylabel

from sitrep.report import basemap
from sitrep.report.draw import SVG_OPEN, Box, Record, empty, esc, label_box, text_width

MAX_SPAN = 24.0  # degrees: a wider spread is not regional; the view keeps the densest part and lists the rest
MIN_SPAN = 4.0
CLUSTER_PX = 26.0
# where a country's name may go, in (its width, the font size) from the country's pole of inaccessibility
_NEAR = [(0, 0), (0, 1.6), (0, -1.6), (0.35, 0), (-0.35, 0), (0, 3.2), (0, -3.2), (0.35, 1.6), (-0.35, 1.6),
         (0.35, -1.6), (-0.35, -1.6), (0, 4.8), (0, -4.8)]
SEA, LAND, ACTIVE, BORDER = "#dce8f2", "#f4f1ea", "#ebe1cc", "#9a8f7c"


@dataclass
class Cluster:
    x: float
    y: float
    events: list[Record] = field(default_factory=list)
    places: list[str] = field(default_factory=list)  # place names, most events first

    @property
    def radius(self) -> float:
        return min(7 + 3.2 * math.sqrt(len(self.events) - 1), 22)

    @property
    def fatalities(self) -> int:
        return sum(e["fatalities"] or 0 for e in self.events)


@dataclass
class MapView:
    west: float
    south: float
    east: float
    north: float
    width: float
    height: float
    clusters: list[Cluster]
    outside: list[Record]  # events with coordinates outside the view
    unplaced: list[Record]  # events without coordinates
    country_level: list[Record] = field(default_factory=list)  # placed only in a country: its country is shaded

    @property
    def k(self) -> float:
        return math.cos(math.radians((self.south + self.north) / 2))

    def unproject(self, x: float, y: float) -> tuple[float, float]:
        return (self.west + x / self.width * (self.east - self.west),
                self.north - y / self.height * (self.north - self.south))

    def project(self, lon: float, lat: float) -> tuple[float, float]:
        return ((lon - self.west) / (self.east - self.west) * self.width,
                (self.north - lat) / (self.north - self.south) * self.height)


def _lonlat(r: Record) -> tuple[float, float] | None:
    geo = r.get("geo") or {}
    if geo.get("lat") is None or geo.get("lon") is None:
        return None
    return float(geo["lon"]), float(geo["lat"])


def _country_only(r: Record) -> bool:
    """Placed only in a country (its coordinates are the country's centre, not where the event happened)."""
    return bool((r.get("geo") or {}).get("feature") == "country")


def _country_corners(events: list[Record]) -> list[tuple[float, float]]:
    """The corners of the countries of events placed only in a country."""
    out = []
    for e in events:
        found = basemap.country((e.get("geo") or {}).get("country")) if _country_only(e) else None
        if found:
            west, south, east, north = found.bbox
            out += [(west, south), (east, north)]
    return out


def _core(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The points of the densest region: from the point with most others within ``MAX_SPAN / 2`` degrees, the
    nearest points first, as long as they all fit in a ``MAX_SPAN`` box."""
    half = MAX_SPAN / 2
    centre = max(sorted(set(points)), key=lambda p: sum(abs(q[0] - p[0]) <= half and abs(q[1] - p[1]) <= half
                                                        for q in points))
    kept: list[tuple[float, float]] = []
    for p in sorted(points, key=lambda q: (math.hypot(q[0] - centre[0], q[1] - centre[1]), q)):
        box = [*kept, p]
        if max(q[0] for q in box) - min(q[0] for q in box) <= MAX_SPAN and \
                max(q[1] for q in box) - min(q[1] for q in box) <= MAX_SPAN:
            kept.append(p)
    return kept


def _bounds(points: list[tuple[float, float]], width: float) -> tuple[float, float, float, float, float]:
    """West, south, east, north and the height in pixels of a view around ``points`` with a margin and the
    neighbouring land, at least ``MIN_SPAN`` degrees, filled out to the drawing's proportions."""
    lons, lats = [p[0] for p in points], [p[1] for p in points]
    cx, cy = (min(lons) + max(lons)) / 2, (min(lats) + max(lats)) / 2
    k = math.cos(math.radians(cy))
    dx = max(max(lons) - min(lons), MIN_SPAN) * 1.3 + 1.0
    dy = max(max(lats) - min(lats), MIN_SPAN) * 1.3 + 1.0
    height = min(max(width * dy / (dx * k), width * 0.55), width * 0.8)
    if dx * k / dy < width / height:
        dx = dy * width / height / k
    else:
        dy = dx * k * height / width
    return cx - dx / 2, cy - dy / 2, cx + dx / 2, cy + dy / 2, height


def map_view(events: list[Record], places: list[Record], width: float = 760) -> MapView | None:
    """The view of the map: fitted to the events (to the places when no event has coordinates), events at
    places closer than ``CLUSTER_PX`` pixels merged into clusters; events placed only in a country are not
    marked (``country_level``: the map shades their country); ``None`` when nothing has coordinates."""
    located = [(e, p) for e in events if (p := _lonlat(e)) is not None and not _country_only(e)]
    points = [p for _, p in located] or _country_corners(events) \
        or [p for pl in places if (p := _lonlat(pl)) is not None]
    if not points:
        return None
    west, south, east, north, height = _bounds(_core(points), width)
    view = MapView(west, south, east, north, width, height, [], [], [e for e in events if _lonlat(e) is None],
                   [e for e in events if _lonlat(e) is not None and _country_only(e)])
    by_place: dict[tuple[float, float], list[Record]] = defaultdict(list)
    for e, (lon, lat) in located:
        if west <= lon <= east and south <= lat <= north:
            by_place[(lon, lat)].append(e)
        else:
            view.outside.append(e)
    for (lon, lat), evs in sorted(by_place.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        x, y = view.project(lon, lat)
        home = next((c for c in view.clusters if math.hypot(c.x - x, c.y - y) <= CLUSTER_PX), None)
        if home is None:
            home = Cluster(x, y)
            view.clusters.append(home)
        home.events.extend(evs)
        name = evs[0]["location"] or "?"
        if name not in home.places:
            home.places.append(name)
    return view


def _path(geom: BaseGeometry, view: MapView) -> str:
    polys = geom.geoms if isinstance(geom, MultiPolygon) else [geom] if isinstance(geom, Polygon) else [
        g for g in getattr(geom, "geoms", []) if isinstance(g, Polygon | MultiPolygon)]
    out = []
    for poly in polys:
        if isinstance(poly, MultiPolygon):
            out.append(_path(poly, view))
            continue
        for ring in (poly.exterior, *poly.interiors):
            pts = [view.project(x, y) for x, y in ring.coords]
            out.append("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in pts) + "Z")
    return "".join(out)


def _largest(geom: BaseGeometry) -> Polygon:
    parts = [g for g in getattr(geom, "geoms", [geom]) if isinstance(g, Polygon)]
    return max(parts, key=lambda g: g.area)


class _Labels:
    """Boxes already taken on the drawing; a label is written only where it fits and meets none of them."""

    def __init__(self, width: float, height: float) -> None:
        self.width, self.height = width, height
        self.taken: list[Box] = []

    def fits(self, box: Box) -> bool:
        return box.inside(self.width, self.height) and not any(box.overlaps(t, 2) for t in self.taken)

    def take(self, box: Box) -> None:
        self.taken.append(box)


def _base_layer(view: MapView, active: set[str], labels: _Labels) -> tuple[list[str], list[str]]:
    """Country shapes (filled, outlined) and, where there is room, their names."""
    pad = 0.5
    shapes: list[str] = []
    names: list[tuple[bool, str, float, BaseGeometry, float, float]] = []
    for country, geom in basemap.countries_in(view.west - pad, view.south - pad, view.east + pad, view.north + pad):
        fill = ACTIVE if country.name in active else LAND
        shapes.append(f'<path d="{_path(geom, view)}" fill="{fill}" stroke="{BORDER}" stroke-width="0.8" '
                      f'stroke-linejoin="round" fill-rule="evenodd" class="country" data-name="{esc(country.name)}">'
                      f'<title>{esc(country.name)}</title></path>')
        inside = geom.intersection(Polygon.from_bounds(view.west, view.south, view.east, view.north))
        if inside.is_empty or inside.area <= 0:
            continue
        spot = polylabel(_largest(inside), tolerance=0.05)
        x, y = view.project(spot.x, spot.y)
        size = 12.0 if country.name in active else 11.0
        text = country.name.upper()
        box = label_box(x, y + size / 3, text, size, "middle")
        x0, y0 = view.project(inside.bounds[0], inside.bounds[3])
        x1, y1 = view.project(inside.bounds[2], inside.bounds[1])
        if box.w > (x1 - x0) * 1.2 or box.h > (y1 - y0):
            continue  # a name much wider than the country's visible part would stand for its neighbour
        names.append((country.name in active, country.name, size, inside, x, y))
    out = []
    for _, name, size, inside, x, y in sorted(names, key=lambda n: (not n[0], n[1])):
        text = name.upper()
        for dx, dy in _NEAR:  # at the country's pole of inaccessibility, else a little off it, inside the country
            cx, cy = x + dx * text_width(text, size), y + dy * size
            box = label_box(cx, cy + size / 3, text, size, "middle")
            if labels.fits(box) and inside.contains(Point(*view.unproject(cx, cy))):
                labels.take(box)
                out.append(f'<text x="{cx:.1f}" y="{cy + size / 3:.1f}" text-anchor="middle" class="country-label" '
                           f'font-size="{size:g}">{esc(text)}</text>')
                break
    return shapes, out


def _graticule(view: MapView, labels: _Labels) -> list[str]:
    span = max(view.east - view.west, view.north - view.south)
    step = next((s for s in (1, 2, 5, 10, 15, 30) if span / s <= 8), 45)
    out = []
    g = math.ceil(view.west / step) * step
    while g <= view.east:
        x, _ = view.project(g, view.south)
        out.append(f'<line x1="{x:.1f}" y1="0" x2="{x:.1f}" y2="{view.height:.1f}" class="grid"/>')
        text = f"{abs(g):g}°{'E' if g >= 0 else 'W'}"
        if labels.fits(box := label_box(x + 2, view.height - 4, text, 10)):
            labels.take(box)
            out.append(f'<text x="{x + 2:.1f}" y="{view.height - 4:.1f}" class="legend">{text}</text>')
        g += step
    g = math.ceil(view.south / step) * step
    while g <= view.north:
        _, y = view.project(view.west, g)
        out.append(f'<line x1="0" y1="{y:.1f}" x2="{view.width:.1f}" y2="{y:.1f}" class="grid"/>')
        text = f"{abs(g):g}°{'N' if g >= 0 else 'S'}"
        if labels.fits(box := label_box(3, y - 3, text, 10)):
            labels.take(box)
            out.append(f'<text x="3" y="{y - 3:.1f}" class="legend">{text}</text>')
        g += step
    return out


def _scale_bar(view: MapView) -> tuple[str, Box]:
    km_per_px = (view.east - view.west) * 111.32 * view.k / view.width
    km = next((s for s in (10, 20, 50, 100, 200, 500, 1000, 2000) if s / km_per_px >= 60), 5000)
    px = km / km_per_px
    y = view.height - 22
    return (f'<g class="scale"><rect x="8" y="{y - 12:.1f}" width="{px + 16:.1f}" height="20" fill="#fff" '
            f'fill-opacity="0.7"/><line x1="16" y1="{y:.1f}" x2="{16 + px:.1f}" y2="{y:.1f}" stroke="#333" '
            f'stroke-width="2"/><text x="16" y="{y - 3:.1f}" class="legend">{km} km</text></g>',
            Box(8, y - 12, px + 16, 20))


def _marker(c: Cluster, labels: _Labels) -> str:
    r = c.radius
    where = c.places[0] + (f" and {len(c.places) - 1} more" if len(c.places) > 1 else "")
    lines = "; ".join(f"{e['date_start'] or 'undated'} {e['sub_type'] or e['type']} in {e['location']}"
                      + (f" ({e['fatalities']} killed)" if e["fatalities"] else "") for e in c.events[:12])
    more = f"; and {len(c.events) - 12} more" if len(c.events) > 12 else ""
    out = (f'<g class="marker" data-events="{len(c.events)}"><circle cx="{c.x:.1f}" cy="{c.y:.1f}" r="{r:.1f}" '
           f'fill="#c0392b" fill-opacity="{0.85 if c.fatalities else 0.6}" stroke="#fff" stroke-width="1.5">'
           f'<title>{esc(where)}: {len(c.events)} event(s), {c.fatalities} fatalities. {esc(lines + more)}</title>'
           f'</circle>')
    if len(c.events) > 1:
        out += (f'<text x="{c.x:.1f}" y="{c.y + 3.8:.1f}" text-anchor="middle" class="count">{len(c.events)}'
                f'</text>')
    out += "</g>"
    name = c.places[0] + (f" +{len(c.places) - 1}" if len(c.places) > 1 else "")
    d = r * 0.75 + 3
    for x, y, anchor in ((c.x + r + 3, c.y + 4, "start"), (c.x - r - 3, c.y + 4, "end"),
                         (c.x, c.y - r - 4, "middle"), (c.x, c.y + r + 12, "middle"),
                         (c.x + d, c.y - d - 2, "start"), (c.x + d, c.y + d + 9, "start"),
                         (c.x - d, c.y - d - 2, "end"), (c.x - d, c.y + d + 9, "end")):
        box = label_box(x, y, name, 11, anchor)
        if labels.fits(box):
            labels.take(box)
            out += (f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" class="place-label">{esc(name)}</text>')
            break
    return out


def _places(view: MapView, places: list[Record], labels: _Labels) -> list[str]:
    """Places without events as small squares, named where there is room (not countries: the base layer names
    them; not under a marker)."""
    out = []
    for p in places:
        ll = _lonlat(p)
        if ll is None or (p.get("geo") or {}).get("feature") == "country" \
                or not (view.west <= ll[0] <= view.east and view.south <= ll[1] <= view.north):
            continue
        x, y = view.project(*ll)
        if any(math.hypot(c.x - x, c.y - y) <= c.radius + 4 for c in view.clusters):
            continue
        out.append(f'<rect x="{x - 2.5:.1f}" y="{y - 2.5:.1f}" width="5" height="5" fill="#333" class="place">'
                   f'<title>{esc(p["name"])}</title></rect>')
        box = label_box(x + 5, y - 4, p["name"], 10)
        if labels.fits(box):
            labels.take(box)
            out.append(f'<text x="{x + 5:.1f}" y="{y - 4:.1f}" class="place-label minor">{esc(p["name"])}</text>')
    return out


def event_map(events: list[Record], places: list[Record], width: int = 760, view: MapView | None = None) -> str:
    """Events as red markers (number: events clustered there; darker: with fatalities) over the countries around
    them, places without events as small squares, with names where they fit, a graticule and a scale bar."""
    view = view or map_view(events, places, width)
    if view is None:
        return empty(width, 80, "No event or place has coordinates yet.", "map of events")
    labels = _Labels(view.width, view.height)
    for c in view.clusters:
        labels.take(Box(c.x - c.radius, c.y - c.radius, 2 * c.radius, 2 * c.radius))
    credit = f"Base map: {basemap.SOURCE} (public domain)"
    labels.take(label_box(view.width - 4, view.height - 4, credit, 10, "end"))
    scale, scale_box = _scale_bar(view)
    labels.take(scale_box)
    active = {k.name for e in events if (k := basemap.country((e.get("geo") or {}).get("country")))}
    markers = [_marker(c, labels) for c in view.clusters]
    shapes, names = _base_layer(view, active, labels)
    dots = _places(view, places, labels)
    parts = [SVG_OPEN.format(w=round(view.width), h=round(view.height), label="map of events", cls="map"),
             f'<rect x="0" y="0" width="{view.width:.0f}" height="{view.height:.0f}" fill="{SEA}"/>',
             *shapes, *_graticule(view, labels), *names, *dots, *markers, scale,
             f'<text x="{view.width - 4:.1f}" y="{view.height - 4:.1f}" text-anchor="end" class="legend credit">'
             f'{esc(credit)}</text></svg>']
    return "".join(parts)

