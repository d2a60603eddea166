"""SVG drawings computed in Python: the actor network, the timeline chart and the event map.

Every text that reaches the SVG goes through ``esc`` (``html.escape``); nothing refers to anything outside the
file. The map is plain longitude/latitude (equirectangular) with a graticule: no third-party geodata.
"""

from __future__ import annotations

import math
from collections import Counter
from html import escape
from typing import Any

Record = dict[str, Any]
COLORS = {"armed_group": "#c0392b", "state_force": "#1f5fa8", "government": "#2c7a7b", "organization": "#7b5ea7",
          "person": "#b7791f", "other": "#718096", "location": "#4a5568"}
EDGE_COLORS = {"hostile_to": "#c0392b", "allied_with": "#2f855a", "supports": "#2f855a",
               "pledged_allegiance_to": "#2f855a", "member_of": "#1f5fa8", "leader_of": "#1f5fa8",
               "holds_position": "#1f5fa8", "defected_from": "#dd6b20"}


def esc(value: object) -> str:
    return escape(str(value), quote=True)


def _empty(width: int, height: int, message: str, label: str) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
            f'aria-label="{esc(label)}" class="chart"><text x="{width / 2}" y="{height / 2}" text-anchor="middle" '
            f'class="muted">{esc(message)}</text></svg>')


# ---------------------------------------------------------------- network


def layout(nodes: list[str], edges: list[tuple[str, str]], iterations: int = 200) -> dict[str, tuple[float, float]]:
    """Fruchterman-Reingold force layout in the unit square, started from a circle: deterministic."""
    n = len(nodes)
    if n == 0:
        return {}
    pos = {v: [0.5 + 0.4 * math.cos(2 * math.pi * i / n), 0.5 + 0.4 * math.sin(2 * math.pi * i / n)]
           for i, v in enumerate(nodes)}
    if n == 1:
        return {nodes[0]: (0.5, 0.5)}
    k = math.sqrt(1.0 / n)
    temp = 0.1
    for _ in range(iterations):
        disp = {v: [0.0, 0.0] for v in nodes}
        for i, a in enumerate(nodes):
            for b in nodes[i + 1:]:
                dx, dy = pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]
                d = max(math.hypot(dx, dy), 1e-3)
                f = k * k / d
                disp[a][0] += dx / d * f
                disp[a][1] += dy / d * f
                disp[b][0] -= dx / d * f
                disp[b][1] -= dy / d * f
        for a, b in edges:
            dx, dy = pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]
            d = max(math.hypot(dx, dy), 1e-3)
            f = d * d / k
            disp[a][0] -= dx / d * f
            disp[a][1] -= dy / d * f
            disp[b][0] += dx / d * f
            disp[b][1] += dy / d * f
        for v in nodes:
            dx, dy = disp[v]
            d = max(math.hypot(dx, dy), 1e-9)
            step = min(d, temp)
            pos[v][0] = min(0.95, max(0.05, pos[v][0] + dx / d * step))
            pos[v][1] = min(0.95, max(0.05, pos[v][1] + dy / d * step))
        temp *= 0.98
    return {v: (p[0], p[1]) for v, p in pos.items()}


def network(actors: list[Record], relations: list[Record], co_events: dict[tuple[str, str], int],
            width: int = 760, height: int = 520) -> str:
    """Key actors as circles (colour by type, size by events), relations as coloured arrows labelled with the
    predicate, shared events as dashed grey lines."""
    if not actors:
        return _empty(width, height, "No actors in this report.", "actor network")
    ids = [a["id"] for a in actors]
    pairs = [(r["subject_id"], r["object_id"]) for r in relations] + list(co_events)
    pos = layout(ids, pairs)
    pad = 70

    def xy(v: str) -> tuple[float, float]:
        x, y = pos[v]
        return pad + x * (width - 2 * pad), pad / 2 + y * (height - 1.5 * pad - 24)

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
             'aria-label="actor network" class="chart network">',
             '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" '
             'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#555"/></marker></defs>']
    for (a, b), n in sorted(co_events.items()):
        (x1, y1), (x2, y2) = xy(a), xy(b)
        parts.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="#999" '
                     f'stroke-dasharray="4 3" stroke-width="{min(1 + n, 5)}"><title>{n} shared event(s)</title></line>')
    seen: Counter[tuple[str, str]] = Counter()
    for r in relations:
        a, b = r["subject_id"], r["object_id"]
        (x1, y1), (x2, y2) = xy(a), xy(b)
        nth = seen[(min(a, b), max(a, b))]
        seen[(min(a, b), max(a, b))] += 1
        bend = 30 * ((nth + 1) // 2) * (1 if nth % 2 else -1) * (1 if a < b else -1)
        mx, my = (x1 + x2) / 2, (y1 + y2) / 2
        d = max(math.hypot(x2 - x1, y2 - y1), 1.0)
        cx, cy = mx - (y2 - y1) / d * bend, my + (x2 - x1) / d * bend
        ex, ey = x2 - (x2 - cx) / max(math.hypot(x2 - cx, y2 - cy), 1) * 14, \
            y2 - (y2 - cy) / max(math.hypot(x2 - cx, y2 - cy), 1) * 14
        color = EDGE_COLORS.get(r["predicate"], "#555")
        dash = ' stroke-dasharray="2 3"' if r["certainty"] in ("denied", "alleged", "unconfirmed") else ""
        label = r["predicate"].replace("_", " ") + (f" ({r['role']})" if r["role"] else "")
        when = f"{r['start_date'] or '?'} – {r['end_date'] or ''}"
        parts.append(f'<path d="M{x1:.1f},{y1:.1f} Q{cx:.1f},{cy:.1f} {ex:.1f},{ey:.1f}" fill="none" '
                     f'stroke="{color}" stroke-width="1.6"{dash} marker-end="url(#arrow)">'
                     f'<title>{esc(r["subject"])} {esc(label)} {esc(r["object"])} {esc(when)} '
                     f'[{esc(r["certainty"])}]</title></path>')
        parts.append(f'<text x="{(mx + cx) / 2:.1f}" y="{(my + cy) / 2:.1f}" class="edge-label" '
                     f'fill="{color}">{esc(label)}</text>')
    for actor in actors:
        x, y = xy(actor["id"])
        radius = 7 + min(actor.get("events", 0), 8) * 2
        fill = COLORS.get(actor["type"], "#777")
        parts.append(f'<g class="node"><circle cx="{x:.1f}" cy="{y:.1f}" r="{radius}" fill="{fill}">'
                     f'<title>{esc(actor["name"])} ({esc(actor["type"])}): {actor.get("events", 0)} events, '
                     f'{actor.get("relations", 0)} relations</title></circle>'
                     f'<text x="{x:.1f}" y="{y + radius + 12:.1f}" text-anchor="middle">'
                     f'{esc(actor["name"])}</text></g>')
    legend = sorted({a["type"] for a in actors})
    for i, t in enumerate(legend):
        parts.append(f'<circle cx="{14 + 120 * i}" cy="{height - 12}" r="5" fill="{COLORS.get(t, "#777")}"/>'
                     f'<text x="{24 + 120 * i}" y="{height - 8}" class="legend">{esc(t.replace("_", " "))}</text>')
    parts.append("</svg>")
    return "".join(parts)


# ---------------------------------------------------------------- timeline


def timeline(events: list[Record], width: int = 760, height: int = 220) -> str:
    """Events per month as bars (dark: with fatalities), fatalities as a line of dots."""
    months = Counter(e["date_start"][:7] for e in events if e["date_start"])
    dead: Counter[str] = Counter()
    for e in events:
        if e["date_start"]:
            dead[e["date_start"][:7]] += e["fatalities"] or 0
    if not months:
        return _empty(width, height, "No dated events.", "timeline of events")
    first, last = min(months), max(months)
    axis: list[str] = []
    y, m = int(first[:4]), int(first[5:7])
    while f"{y:04d}-{m:02d}" <= last and len(axis) < 240:
        axis.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    left, bottom, top = 40, 40, 16
    bw = (width - left - 10) / len(axis)
    peak = max(months.values())
    peak_dead = max(dead.values()) or 1
    h = height - bottom - top
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
             'aria-label="timeline of events" class="chart timeline">',
             f'<line x1="{left}" y1="{height - bottom}" x2="{width - 10}" y2="{height - bottom}" stroke="#444"/>',
             f'<text x="4" y="{top + 4}" class="legend">{peak}</text>',
             f'<text x="4" y="{height - bottom}" class="legend">0</text>']
    every = max(1, len(axis) // 12)
    for i, month in enumerate(axis):
        x = left + i * bw
        n = months.get(month, 0)
        bh = h * n / peak
        if n:
            parts.append(f'<rect x="{x + 1:.1f}" y="{height - bottom - bh:.1f}" width="{max(bw - 2, 1):.1f}" '
                         f'height="{bh:.1f}" fill="#1f5fa8"><title>{esc(month)}: {n} event(s), '
                         f'{dead.get(month, 0)} fatalities</title></rect>')
        if dead.get(month):
            dy = height - bottom - h * dead[month] / peak_dead
            parts.append(f'<circle cx="{x + bw / 2:.1f}" cy="{dy:.1f}" r="3.5" fill="#c0392b">'
                         f'<title>{esc(month)}: {dead[month]} fatalities</title></circle>')
        if i % every == 0:
            parts.append(f'<text x="{x + bw / 2:.1f}" y="{height - bottom + 16}" text-anchor="middle" '
                         f'class="legend">{esc(month)}</text>')
    parts.append(f'<text x="{left}" y="{height - 6}" class="legend">bars: events per month; red dots: fatalities '
                 f'(peak {peak_dead})</text></svg>')
    return "".join(parts)


# ---------------------------------------------------------------- map


def _step(span: float) -> float:
    for s in (0.25, 0.5, 1, 2, 5, 10, 20, 30):
        if span / s <= 8:
            return s
    return 45


def event_map(events: list[Record], places: list[Record], width: int = 760, height: int = 460) -> str:
    """Events as red circles (area by fatalities) at their longitude/latitude, placed locations labelled, over a
    graticule; equirectangular, stretched by cos(latitude) so shapes keep their proportions."""
    pts = [(float(e["geo"]["lon"]), float(e["geo"]["lat"])) for e in events
           if e.get("geo") and e["geo"].get("lat") is not None]
    pts += [(float(p["geo"]["lon"]), float(p["geo"]["lat"])) for p in places]
    if not pts:
        return _empty(width, height, "No event or place has coordinates yet.", "map of events")
    lons, lats = [p[0] for p in pts], [p[1] for p in pts]
    span = max(max(lons) - min(lons), max(lats) - min(lats), 1.0)
    x0, x1 = min(lons) - span * 0.15, max(lons) + span * 0.15
    y0, y1 = min(lats) - span * 0.15, max(lats) + span * 0.15
    k = math.cos(math.radians((y0 + y1) / 2))
    scale = min((width - 60) / ((x1 - x0) * k), (height - 40) / (y1 - y0))
    ox = (width - (x1 - x0) * k * scale) / 2
    oy = (height - (y1 - y0) * scale) / 2

    def proj(lon: float, lat: float) -> tuple[float, float]:
        return ox + (lon - x0) * k * scale, height - oy - (lat - y0) * scale

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
             'aria-label="map of events" class="chart map">',
             f'<rect x="0" y="0" width="{width}" height="{height}" fill="#f4f1ea"/>']
    step = _step(max(x1 - x0, y1 - y0))
    g = math.floor(x0 / step) * step
    while g <= x1:
        (gx, _), (_, ya), (_, yb) = proj(g, y0), proj(g, y0), proj(g, y1)
        parts.append(f'<line x1="{gx:.1f}" y1="{ya:.1f}" x2="{gx:.1f}" y2="{yb:.1f}" class="grid"/>'
                     f'<text x="{gx + 2:.1f}" y="{height - 4}" class="legend">{g:g}°{"E" if g >= 0 else "W"}</text>')
        g += step
    g = math.floor(y0 / step) * step
    while g <= y1:
        (xa, gy), (xb, _) = proj(x0, g), proj(x1, g)
        parts.append(f'<line x1="{xa:.1f}" y1="{gy:.1f}" x2="{xb:.1f}" y2="{gy:.1f}" class="grid"/>'
                     f'<text x="2" y="{gy - 2:.1f}" class="legend">{g:g}°{"N" if g >= 0 else "S"}</text>')
        g += step
    for p in places:
        x, y = proj(float(p["geo"]["lon"]), float(p["geo"]["lat"]))
        parts.append(f'<rect x="{x - 2.5:.1f}" y="{y - 2.5:.1f}" width="5" height="5" fill="#333"/>'
                     f'<text x="{x + 6:.1f}" y="{y - 5:.1f}" class="place">{esc(p["name"])}</text>')
    for e in events:
        geo = e.get("geo") or {}
        if geo.get("lat") is None:
            continue
        x, y = proj(float(geo["lon"]), float(geo["lat"]))
        r = 5 + 2.5 * math.sqrt(e["fatalities"] or 0)
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{min(r, 30):.1f}" fill="#c0392b" fill-opacity="0.45" '
                     f'stroke="#c0392b"><title>{esc(e["date_start"] or "date unknown")} '
                     f'{esc(e["sub_type"] or e["type"])} in {esc(e["location"])}: '
                     f'{esc(e["fatalities"] if e["fatalities"] is not None else "no figure")}</title></circle>')
    parts.append("</svg>")
    return "".join(parts)
