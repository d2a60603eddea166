"""GraphML export: the actor network, for Gephi, yEd, Cytoscape or networkx (``networkx.read_graphml``).

Nodes are entities that take part in a relation or an event (places only when a relation names them), with
``label``, ``type``, ``country``, ``mentions``. Edges are directed: one per relation (``kind="relation"``,
``predicate``, ``role``, ``start``, ``end``, ``certainty``, ``doc``; superseded ones too, with
``superseded_by``), and one per pair of actors that took part in the same events (``kind="co_participation"``,
``weight`` = number of shared events, ``events`` = their ids separated by ``;``). Absent values are left out
rather than written as empty strings.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import defaultdict
from itertools import combinations
from typing import IO, Any

from sitrep.kb import KnowledgeBase

NS = "http://graphml.graphdrawing.org/xmlns"
NODE_KEYS = (("label", "string"), ("type", "string"), ("country", "string"), ("mentions", "int"))
EDGE_KEYS = (("kind", "string"), ("predicate", "string"), ("role", "string"), ("start", "string"),
             ("end", "string"), ("certainty", "string"), ("doc", "string"), ("superseded_by", "string"),
             ("relation_id", "string"), ("weight", "int"), ("events", "string"))


def graph(kb: KnowledgeBase) -> tuple[dict[str, dict[str, Any]], list[tuple[str, str, dict[str, Any]]]]:
    """Nodes by entity id, and edges ``(source, target, attributes)``."""
    entities = {e["id"]: e for e in kb.entities()}
    edges: list[tuple[str, str, dict[str, Any]]] = []
    for r in kb.iter_relations():
        if r["object_id"] is None:
            continue
        edges.append((r["subject_id"], r["object_id"], {
            "kind": "relation", "predicate": r["predicate"], "role": r["role"], "start": r["start_date"],
            "end": r["end_date"], "certainty": r["certainty"], "doc": r["doc_id"],
            "superseded_by": r["superseded_by"], "relation_id": r["id"]}))
    shared: dict[tuple[str, str], list[str]] = defaultdict(list)
    for ev in kb.iter_events():
        actors = sorted({a["entity"] for a in ev["actors"]})
        for a, b in combinations(actors, 2):
            shared[(a, b)].append(ev["id"])
    for (a, b), ids in sorted(shared.items()):
        edges.append((a, b, {"kind": "co_participation", "weight": len(ids), "events": ";".join(ids)}))
    used = {x for s, t, _ in edges for x in (s, t)}
    for ev in kb.iter_events():
        used.update(a["entity"] for a in ev["actors"])
    nodes = {eid: {"label": e["name"], "type": e["type"], "country": e["country"], "mentions": e["mentions"]}
             for eid, e in entities.items() if eid in used}
    return nodes, [e for e in edges if e[0] in nodes and e[1] in nodes]


def write(kb: KnowledgeBase, out: IO[str]) -> int:
    """Write the GraphML document; return the number of nodes and edges."""
    nodes, edges = graph(kb)
    ET.register_namespace("", NS)
    root = ET.Element(f"{{{NS}}}graphml")
    for domain, keys in (("node", NODE_KEYS), ("edge", EDGE_KEYS)):
        for name, kind in keys:
            ET.SubElement(root, f"{{{NS}}}key", {"id": f"{domain[0]}_{name}", "for": domain, "attr.name": name,
                                                 "attr.type": kind})
    g = ET.SubElement(root, f"{{{NS}}}graph", {"id": "sitrep", "edgedefault": "directed"})
    for nid, attrs in nodes.items():
        _data(ET.SubElement(g, f"{{{NS}}}node", {"id": nid}), "n", attrs)
    for i, (s, t, attrs) in enumerate(edges):
        _data(ET.SubElement(g, f"{{{NS}}}edge", {"id": f"x{i}", "source": s, "target": t}), "e", attrs)
    ET.indent(root)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(ET.tostring(root, encoding="unicode"))
    out.write("\n")
    return len(nodes) + len(edges)


def _data(parent: ET.Element, prefix: str, attrs: dict[str, Any]) -> None:
    for name, value in attrs.items():
        if value is not None:
            ET.SubElement(parent, f"{{{NS}}}data", {"key": f"{prefix}_{name}"}).text = _clean(str(value))


def _clean(text: str) -> str:
    """Characters XML 1.0 cannot carry (control characters) are dropped."""
    return "".join(ch for ch in text if ch in "\t\n\r" or ord(ch) >= 0x20)
