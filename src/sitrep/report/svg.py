"""The report's SVG drawings, computed in Python, each a plain function over report records returning SVG text:

- ``network(actors, relations, co_events)``: the actor network (``report.network``; layout by networkx);
- ``timeline(events)``: events and fatalities over time (``report.timeline``);
- ``event_map(events, places)``: events over the countries of the bundled Natural Earth layer (``report.geomap``).

Every text that reaches the SVG goes through ``esc`` (``html.escape``); nothing refers to anything outside the
drawing, so each works inside the self-contained report and in any other page.
"""

from __future__ import annotations

from sitrep.report.draw import esc
from sitrep.report.geomap import MapView, event_map, map_view
from sitrep.report.network import COLORS, NetworkLayout, network, network_layout
from sitrep.report.timeline import Timeline, timeline, timeline_bins

__all__ = ["COLORS", "MapView", "NetworkLayout", "Timeline", "esc", "event_map", "map_view", "network",
           "network_layout", "timeline", "timeline_bins"]
