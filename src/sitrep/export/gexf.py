"""GEXF 1.2 export of the actor network (``sitrep.export.network``), written by networkx, for Gephi's timeline.

The graph is dynamic (``timeformat="date"``): each edge with a known time carries it as its GEXF ``start``/``end``
(a relation from its start to its end, a co-occurrence from its first to its last shared event), so Gephi's
timeline shows the network as it stood at any date; an edge without a known time is always present. Relation edges
are directed, co-occurrence edges undirected (the edge's GEXF ``type``); ``kind`` tells them apart as in GraphML.
"""

from __future__ import annotations

import io
from typing import IO

import networkx as nx  # type: ignore[import-untyped]

from sitrep.export.network import graph
from sitrep.kb import KnowledgeBase
from sitrep.kb.scope import Selection


def write(kb: KnowledgeBase, out: IO[str], sel: Selection | None = None) -> int:
    """Write the GEXF document; return the number of nodes and edges."""
    g = graph(kb, sel)
    for _, _, data in g.edges(data=True):
        data["type"] = "undirected" if data["kind"] == "co_occurrence" else "directed"
    buf = io.BytesIO()
    nx.write_gexf(g, buf, encoding="utf-8", version="1.2draft")
    out.write(buf.getvalue().decode("utf-8"))
    out.write("\n")
    return int(g.number_of_nodes() + g.number_of_edges())
