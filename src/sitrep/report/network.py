"""The actor network: a layout (networkx's spring layout, then labels pushed apart until none overlaps) and its
SVG drawing with a legend.

``network_layout`` is a plain function over the report's actors, relations and shared events, returning node and
label positions; ``network`` draws it. Both are reused by anything that shows the network (the report, a web view).
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sitrep.report.draw import SVG_OPEN, Box, Record, empty, esc, label_box, legend_row, shorten

if TYPE_CHECKING:
    import networkx as nx  # type: ignore[import-untyped]

COLORS = {"armed_group": "#c0392b", "state_force": "#1f5fa8", "government": "#2c7a7b", "organization": "#7b5ea7",
          "person": "#b7791f", "other": "#718096", "location": "#4a5568"}
# predicate -> (family shown in the legend, colour)
FAMILIES = {"hostile_to": ("hostile to", "#c0392b"),
            "allied_with": ("allied with, supports, pledged to", "#2f855a"),
            "supports": ("allied with, supports, pledged to", "#2f855a"),
            "pledged_allegiance_to": ("allied with, supports, pledged to", "#2f855a"),
            "member_of": ("member, leader, position, family", "#1f5fa8"),
            "leader_of": ("member, leader, position, family", "#1f5fa8"),
            "holds_position": ("member, leader, position, family", "#1f5fa8"),
            "family_of": ("member, leader, position, family", "#1f5fa8"),
            "defected_from": ("defected from", "#dd6b20"),
            "controls": ("controls", "#6b46c1")}
OTHER = ("other relation", "#4a5568")
UNCERTAIN = {"denied", "alleged", "unconfirmed", "claimed"}
FONT = 11.0
EDGE_FONT = 9.0
MARGIN = 12.0
MAX_SHARED = 24  # pairs drawn as sharing events; more make a hairball


@dataclass
class Node:
    id: str
    x: float
    y: float
    r: float
    label: str
    box: Box  # the label's box (text centred under the circle)

    @property
    def footprint(self) -> Box:
        """Circle and label together."""
        left = min(self.x - self.r, self.box.x)
        right = max(self.x + self.r, self.box.x + self.box.w)
        return Box(left, self.y - self.r, right - left, self.box.y + self.box.h - (self.y - self.r))


@dataclass
class Edge:
    source: str
    target: str
    predicate: str
    relations: list[Record]
    bend: float = 0.0
    label: tuple[float, float] | None = None  # where its predicate is written, when there is room


@dataclass
class NetworkLayout:
    width: float
    height: float
    nodes: dict[str, Node]
    edges: list[Edge] = field(default_factory=list)

    def label_boxes(self) -> list[Box]:
        """Every text's box: node names and the edge labels that were placed."""
        boxes = [n.box for n in self.nodes.values()]
        for e in self.edges:
            if e.label:
                boxes.append(label_box(*e.label, _edge_text(e), EDGE_FONT, "middle"))
        return boxes


def _edge_text(e: Edge) -> str:
    roles = sorted({r["role"] for r in e.relations if r.get("role")})
    return e.predicate.replace("_", " ") + (f" ({', '.join(roles)})" if roles else "")


def _radius(actor: Record) -> float:
    return 7 + 2 * min(int(actor.get("events") or 0), 8)


def _node(actor: Record, x: float, y: float) -> Node:
    r = _radius(actor)
    label = shorten(actor["name"], 34)
    return Node(actor["id"], x, y, r, label, label_box(x, y + r + FONT + 1, label, FONT, "middle"))


def _move(node: Node, dx: float, dy: float) -> None:
    node.x += dx
    node.y += dy
    node.box = Box(node.box.x + dx, node.box.y + dy, node.box.w, node.box.h)


def _separate(nodes: list[Node], gap: float = 6.0, rounds: int = 400) -> None:
    """Push apart every two nodes whose circle-and-label footprints overlap, along the axis where they overlap
    least, until none does (deterministic: nodes in a fixed order, ties broken by that order)."""
    for _ in range(rounds):
        moved = False
        for i, a in enumerate(nodes):
            for b in nodes[i + 1:]:
                fa, fb = a.footprint, b.footprint
                if not fa.overlaps(fb, gap):
                    continue
                moved = True
                px = min(fa.x + fa.w, fb.x + fb.w) - max(fa.x, fb.x) + gap
                py = min(fa.y + fa.h, fb.y + fb.h) - max(fa.y, fb.y) + gap
                if px <= py:
                    sign = 1 if (fb.x + fb.w / 2) >= (fa.x + fa.w / 2) else -1
                    _move(a, -sign * px / 2, 0)
                    _move(b, sign * px / 2, 0)
                else:
                    sign = 1 if (fb.y + fb.h / 2) >= (fa.y + fa.h / 2) else -1
                    _move(a, 0, -sign * py / 2)
                    _move(b, 0, sign * py / 2)
        if not moved:
            return


def _edges(relations: list[Record]) -> list[Edge]:
    """Relations merged by (subject, object, predicate); parallel edges between one pair bent apart."""
    grouped: dict[tuple[str, str, str], list[Record]] = defaultdict(list)
    for r in relations:
        grouped[(r["subject_id"], r["object_id"], r["predicate"])].append(r)
    edges = [Edge(s, o, p, rs) for (s, o, p), rs in sorted(grouped.items())]
    per_pair: dict[tuple[str, str], int] = defaultdict(int)
    for e in edges:
        pair = (min(e.source, e.target), max(e.source, e.target))
        nth = per_pair[pair]
        per_pair[pair] += 1
        e.bend = 22.0 * ((nth + 1) // 2) * (1 if nth % 2 else -1) * (1 if e.source < e.target else -1)
    return edges


def _control(ax: float, ay: float, bx: float, by: float, bend: float) -> tuple[float, float]:
    d = max(math.hypot(bx - ax, by - ay), 1.0)
    return (ax + bx) / 2 - (by - ay) / d * bend, (ay + by) / 2 + (bx - ax) / d * bend


def _place_edge_labels(layout: NetworkLayout) -> None:
    """Write an edge's predicate on its curve (at the middle, else nearer one end) where it runs into no node,
    name or other label; otherwise it has only its tooltip."""
    taken = [n.footprint for n in layout.nodes.values()]
    for e in layout.edges:
        a, b = layout.nodes[e.source], layout.nodes[e.target]
        cx, cy = _control(a.x, a.y, b.x, b.y, e.bend)
        for t in (0.5, 0.38, 0.62, 0.28, 0.72):  # along the curve, from its middle out
            mx = (1 - t) ** 2 * a.x + 2 * (1 - t) * t * cx + t ** 2 * b.x
            my = (1 - t) ** 2 * a.y + 2 * (1 - t) * t * cy + t ** 2 * b.y + EDGE_FONT / 3
            box = label_box(mx, my, _edge_text(e), EDGE_FONT, "middle")
            if not any(box.overlaps(other, 2) for other in taken) and box.inside(layout.width, layout.height):
                e.label = (mx, my)
                taken.append(box)
                break


def _spring(graph: nx.Graph, actors: list[Record], width: float, seed: int) -> list[Node]:
    """Nodes at networkx's spring layout (weighted, deterministic for a seed) scaled to the drawing."""
    if not actors:
        return []
    if len(actors) == 1:
        return [_node(actors[0], width / 2, 40)]
    k = 2.6 / math.sqrt(len(actors))  # wider than networkx's default: room for names between the circles
    import networkx as nx  # a report only (0.25 CPU s of imports)

    pos = nx.spring_layout(graph, k=k, seed=seed, iterations=300, weight="weight")
    xs, ys = [float(p[0]) for p in pos.values()], [float(p[1]) for p in pos.values()]
    sx = (width - 200) / ((max(xs) - min(xs)) or 1.0)
    sy = max(240.0, width * 0.5) / ((max(ys) - min(ys)) or 1.0)
    return [_node(a, 100 + (float(pos[a["id"]][0]) - min(xs)) * sx, 30 + (float(pos[a["id"]][1]) - min(ys)) * sy)
            for a in actors]


def network_layout(actors: list[Record], relations: list[Record], co_events: dict[tuple[str, str], int],
                   width: float = 760, seed: int = 7) -> NetworkLayout:
    """Positions of the actors (networkx spring layout weighted by shared events and relations, deterministic for
    a seed), their name labels pushed apart until no two overlap, and the merged relation edges. The drawing's
    height follows from the layout."""
    ids = [a["id"] for a in actors]
    import networkx as nx  # a report only (0.25 CPU s of imports)

    graph = nx.Graph()
    graph.add_nodes_from(ids)
    for (a, b), count in co_events.items():
        if a in graph and b in graph:
            graph.add_edge(a, b, weight=1.0 + math.log(count))
    for r in relations:
        a, b = r["subject_id"], r["object_id"]
        if a in graph and b in graph and a != b:
            w = graph.get_edge_data(a, b, {"weight": 0.0})["weight"]
            graph.add_edge(a, b, weight=w + 1.0)  # a stated relation pulls as much as a shared event
    linked = [i for i in ids if graph.degree(i) > 0]
    alone = [i for i in ids if graph.degree(i) == 0]
    by_id = {a["id"]: a for a in actors}
    nodes = _spring(graph.subgraph(linked), [by_id[i] for i in linked], width, seed)
    _separate(nodes)
    top = max((n.footprint.y + n.footprint.h for n in nodes), default=0.0) + 24
    x, biggest = 0.0, _radius({"events": 8})
    for i in alone:  # actors linked to no other: a row underneath (centres on one line), wrapping at the width
        node = _node(by_id[i], 0.0, 0.0)
        fp = node.footprint
        if x + fp.w > width - 2 * MARGIN and x > 0:
            x, top = 0.0, top + 2 * biggest + FONT * 1.25 + 16
        _move(node, x - fp.x, top + biggest - node.y)
        nodes.append(node)
        x += fp.w + 12
    left = min(n.footprint.x for n in nodes) - MARGIN
    upper = min(n.footprint.y for n in nodes) - MARGIN
    for n in nodes:
        _move(n, -left, -upper)
    right = max(n.footprint.x + n.footprint.w for n in nodes) + MARGIN
    w, h = max(width, right), max(n.footprint.y + n.footprint.h for n in nodes) + MARGIN
    for n in nodes:  # centred when narrower than asked
        _move(n, (w - right) / 2, 0)
    layout = NetworkLayout(w, h, {n.id: n for n in nodes},
                           [e for e in _edges(relations) if e.source in graph and e.target in graph])
    _place_edge_labels(layout)
    return layout


def _edge_svg(e: Edge, a: Node, b: Node) -> str:
    family, color = FAMILIES.get(e.predicate, OTHER)
    cx, cy = _control(a.x, a.y, b.x, b.y, e.bend)
    d = max(math.hypot(b.x - cx, b.y - cy), 1.0)
    ex, ey = b.x - (b.x - cx) / d * (b.r + 3), b.y - (b.y - cy) / d * (b.r + 3)
    dash = ' stroke-dasharray="3 3"' if all(r["certainty"] in UNCERTAIN for r in e.relations) else ""
    when = "; ".join(sorted({f"{r['start_date'] or '?'} – {r['end_date'] or ''} [{r['certainty']}]"
                             for r in e.relations}))
    title = f"{e.relations[0]['subject']} {_edge_text(e)} {e.relations[0]['object']}: {when}; " \
            f"{len(e.relations)} statement(s)"
    out = (f'<path d="M{a.x:.1f},{a.y:.1f} Q{cx:.1f},{cy:.1f} {ex:.1f},{ey:.1f}" fill="none" stroke="{color}" '
           f'stroke-width="{min(1.4 + 0.6 * (len(e.relations) - 1), 4):.1f}"{dash} marker-end="url(#arrow-'
           f'{color[1:]})" class="relation" data-family="{esc(family)}"><title>{esc(title)}</title></path>')
    if e.label:
        out += (f'<text x="{e.label[0]:.1f}" y="{e.label[1]:.1f}" text-anchor="middle" class="edge-label" '
                f'style="fill:{color}">{esc(_edge_text(e))}</text>')
    return out


def shared_events(co_events: dict[tuple[str, str], int], edges: list[Edge],
                  most: int = MAX_SHARED) -> tuple[dict[tuple[str, str], int], int]:
    """The pairs of actors drawn as sharing events: those no stated relation links, and when they are more than
    ``most``, only those sharing the most events; with the least number of shared events drawn."""
    related = {frozenset((e.source, e.target)) for e in edges}
    pairs = {p: n for p, n in co_events.items() if frozenset(p) not in related}
    least = 1
    while len(pairs) > most:
        least += 1
        pairs = {p: n for p, n in pairs.items() if n >= least}
    return pairs, least


def _legend(actors: list[Record], edges: list[Edge], shared: int, width: float, y: float) -> tuple[str, float]:
    items = [(f'<circle cx="6" cy="0" r="5" fill="{COLORS.get(t, "#777")}"/>', t.replace("_", " "))
             for t in sorted({a["type"] for a in actors})]
    families = sorted({FAMILIES.get(e.predicate, OTHER) for e in edges})
    items += [(f'<line x1="0" y1="0" x2="12" y2="0" stroke="{c}" stroke-width="2"/>', f) for f, c in families]
    if shared:
        items.append(('<line x1="0" y1="0" x2="12" y2="0" stroke="#999" stroke-width="2" stroke-dasharray="4 3"/>',
                      "in the same events" + (f" ({shared} or more)" if shared > 1 else "") + " (width: how many)"))
    if any(all(r["certainty"] in UNCERTAIN for r in e.relations) for e in edges):
        items.append(('<line x1="0" y1="0" x2="12" y2="0" stroke="#555" stroke-dasharray="3 3"/>',
                      "claimed, alleged or unconfirmed"))
    items.append(('<circle cx="6" cy="0" r="3" fill="none" stroke="#555"/>', "circle size: events"))
    parts, bottom = legend_row(items, y, width)
    return '<g class="legend">' + "".join(parts) + "</g>", bottom


def network(actors: list[Record], relations: list[Record], co_events: dict[tuple[str, str], int],
            width: int = 760) -> str:
    """Key actors as circles (colour: type; size: events) with their names, relations as arrows coloured by kind
    (labelled where there is room; every one has a tooltip), shared events as dashed grey lines, and a legend."""
    if not actors:
        return empty(width, 120, "No actors in this report.", "actor network")
    lay = network_layout(actors, relations, co_events, width)
    shared, least = shared_events(co_events, lay.edges)
    legend, bottom = _legend(actors, lay.edges, least if shared else 0, lay.width, lay.height + 8)
    colors = sorted({FAMILIES.get(e.predicate, OTHER)[1] for e in lay.edges})
    markers = "".join(f'<marker id="arrow-{c[1:]}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" '
                      f'markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="{c}"/></marker>'
                      for c in colors)
    parts = [SVG_OPEN.format(w=round(lay.width), h=round(bottom + 4), label="actor network", cls="network"),
             f"<defs>{markers}</defs>"]
    for (a, b), count in sorted(shared.items()):
        if a in lay.nodes and b in lay.nodes:
            na, nb = lay.nodes[a], lay.nodes[b]
            parts.append(f'<line x1="{na.x:.1f}" y1="{na.y:.1f}" x2="{nb.x:.1f}" y2="{nb.y:.1f}" stroke="#aaa" '
                         f'stroke-opacity="0.7" stroke-dasharray="4 3" stroke-width="{min(0.8 + 0.6 * count, 4):.1f}" '
                         f'class="co-event"><title>'
                         f'{count} shared event(s)</title></line>')
    parts += [_edge_svg(e, lay.nodes[e.source], lay.nodes[e.target]) for e in lay.edges]
    by_id = {a["id"]: a for a in actors}
    for n in lay.nodes.values():
        actor = by_id[n.id]
        parts.append(f'<g class="node"><circle cx="{n.x:.1f}" cy="{n.y:.1f}" r="{n.r:g}" '
                     f'fill="{COLORS.get(actor["type"], "#777")}"><title>{esc(actor["name"])} ({esc(actor["type"])}): '
                     f'{actor.get("events", 0)} events, {actor.get("relations", 0)} relations</title></circle>'
                     f'<text x="{n.x:.1f}" y="{n.box.y + FONT * 0.95:.1f}" text-anchor="middle" class="node-label">'
                     f'{esc(n.label)}</text></g>')
    parts += [legend, "</svg>"]
    return "".join(parts)
