"""GraphML export of the actor network (``sitrep.export.network``), written by networkx: Gephi, yEd, Cytoscape, or
``networkx.read_graphml``.

Stated relations and co-occurrence are separate edge kinds (``kind``: ``relation`` or ``co_occurrence``; filter or
partition on it in Gephi). Time is in ``start``/``end`` (ISO dates, Gephi's "Merge columns -> Create time
interval" parses them with ``yyyy-MM-dd``) and ``start_year``/``end_year`` (integers). For Gephi's timeline without
that step, export ``--format gexf``.
"""

from __future__ import annotations

import io
from typing import IO

from sitrep.export.network import graph
from sitrep.kb import KnowledgeBase
from sitrep.kb.scope import Selection


def write(kb: KnowledgeBase, out: IO[str], sel: Selection | None = None) -> int:
    """Write the GraphML document; return the number of nodes and edges."""
    import networkx as nx  # type: ignore[import-untyped]  # this export only (0.25 CPU s of imports)

    g = graph(kb, sel)
    buf = io.BytesIO()
    nx.write_graphml(g, buf, encoding="utf-8")
    out.write(buf.getvalue().decode("utf-8"))
    out.write("\n")
    return int(g.number_of_nodes() + g.number_of_edges())
