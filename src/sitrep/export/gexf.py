"""GEXF 1.2 export of the actor network (``sitrep.export.network``), written by networkx, for Gephi's timeline.

The graph is dynamic (``timeformat="date"``): each edge with a known time carries it as its GEXF ``start``/``end``
(a relation from its start to its end, a co-occurrence from its first to its last shared event), so Gephi's
timeline shows the network as it stood at any date; an edge without a known time is always present. ``kind`` tells
relation and co-occurrence edges apart as in GraphML. Every edge is directed (a co-occurrence from the lower id to
the higher): a mixed graph would suit Gephi but not ``networkx.read_gexf``, which refuses it.
"""

from __future__ import annotations

import io
from typing import IO

from sitrep.export.network import graph
from sitrep.kb import KnowledgeBase
from sitrep.kb.scope import Selection


def write(kb: KnowledgeBase, out: IO[str], sel: Selection | None = None) -> int:
    """Write the GEXF document; return the number of nodes and edges."""
    import networkx as nx  # type: ignore[import-untyped]  # this export only (0.25 CPU s of imports)

    g = graph(kb, sel)
    buf = io.BytesIO()
    nx.write_gexf(g, buf, encoding="utf-8", version="1.2draft")
    out.write(buf.getvalue().decode("utf-8"))
    out.write("\n")
    return int(g.number_of_nodes() + g.number_of_edges())
