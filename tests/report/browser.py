"""Rendering report pages in headless Chromium (Debian's package; CI installs it), for the report tests.

``browse`` runs the browser on a page; ``measure`` renders a copy of a report with a measuring script appended
(and the page's Content-Security-Policy, which forbids scripts, removed from that copy only) and returns what the
script read from the laid-out page: the boxes of the texts of each drawing (``getBBox``, in the drawing's units)
and the base layer's country shapes. ``artefacts`` is where screenshots are kept: ``$SITREP_ARTIFACTS``, else
``tests/artifacts/`` (ignored by git).
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"
Box = tuple[str, float, float, float, float]  # text, x, y, width, height

MEASURE = """<script>
const boxes = sel => Array.from(document.querySelectorAll(sel)).map(t => {
  const b = t.getBBox(); return [t.textContent, b.x, b.y, b.width, b.height]; });
const out = {
  network: boxes('svg.network text.node-label, svg.network text.edge-label'),
  network_nodes: document.querySelectorAll('svg.network g.node').length,
  legend: Array.from(document.querySelectorAll('svg.network g.legend text')).map(t => t.textContent),
  map: boxes('svg.map text.place-label, svg.map text.country-label'),
  map_labels: Array.from(document.querySelectorAll('svg.map text.country-label')).map(t => t.textContent),
  countries: Array.from(document.querySelectorAll('svg.map path.country')).map(p => {
    const b = p.getBBox(); return [p.dataset.name, b.width, b.height]; }),
  markers: Array.from(document.querySelectorAll('svg.map g.marker')).map(g => Number(g.dataset.events)),
  ticks: boxes('svg.timeline text.tick:not(.year)'),
  years: boxes('svg.timeline text.tick.year'),
};
const pre = document.createElement('pre'); pre.id = 'measured'; pre.textContent = JSON.stringify(out);
document.body.appendChild(pre);
</script>"""


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        found = shutil.which(name)
        if found:
            return found
    reason = "needs headless Chromium (CI: apt-get install -y chromium)"
    if os.environ.get("SITREP_REQUIRE_SHARED") == "1":
        pytest.fail(reason + " while SITREP_REQUIRE_SHARED=1")
    pytest.skip(reason)


def browse(page: Path, tmp: Path, *flags: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars",
         f"--user-data-dir={tmp / 'profile'}", "--enable-logging=stderr", "--v=0", *flags, page.as_uri()],
        capture_output=True, text=True, timeout=120, check=False)


def artefacts(name: str) -> Path:
    """The folder kept for screenshots (printed, so that a run says where they are)."""
    folder = Path(os.environ.get("SITREP_ARTIFACTS") or ARTIFACTS) / name
    folder.mkdir(parents=True, exist_ok=True)
    print(f"\nscreenshots kept in {folder}")
    return folder


def screenshot(page_html: str, tmp: Path, shot: Path, height: int = 5000) -> subprocess.CompletedProcess[str]:
    page = tmp / "page.html"
    page.write_text(page_html, encoding="utf-8")
    run = browse(page, tmp, f"--window-size=1200,{height}", f"--screenshot={shot}")
    assert shot.is_file() and shot.stat().st_size > 10_000, run.stderr[-2000:]
    return run


def measure(page_html: str, tmp: Path) -> dict[str, Any]:
    """What the measuring script reads from the page once Chromium has laid it out."""
    probe = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", page_html)
    probe = probe.replace("</body>", MEASURE + "</body>")
    page = tmp / "measure.html"
    page.write_text(probe, encoding="utf-8")
    dom = browse(page, tmp, "--dump-dom").stdout
    found = re.search(r'<pre id="measured">(.*?)</pre>', dom, re.S)
    assert found, dom[-2000:]
    result: dict[str, Any] = json.loads(html.unescape(found.group(1)))
    return result


def overlapping(boxes: list[Box], tolerance: float = 0.5) -> list[tuple[str, str]]:
    """Pairs of texts whose boxes overlap by more than ``tolerance`` units each way."""
    out = []
    for i, (ta, xa, ya, wa, ha) in enumerate(boxes):
        for tb, xb, yb, wb, hb in boxes[i + 1:]:
            dx = min(xa + wa, xb + wb) - max(xa, xb)
            dy = min(ya + ha, yb + hb) - max(ya, yb)
            if dx > tolerance and dy > tolerance:
                out.append((ta, tb))
    return out


def check_pictures(page_html: str, tmp: Path, name: str) -> dict[str, Any]:
    """Render a report in Chromium, keep its screenshot as ``NAME.png``, and check its pictures: no console
    message, no two texts overlapping in the network, on the map or on the time axis, and a base layer drawn."""
    shot = artefacts("report") / f"{name}.png"
    run = screenshot(page_html, tmp, shot)
    assert [line for line in run.stderr.splitlines() if ":CONSOLE" in line] == []
    found = measure(page_html, tmp)
    assert overlapping(found["network"]) == []
    assert overlapping(found["map"]) == []
    assert overlapping(found["ticks"]) == [] and overlapping(found["years"]) == []
    assert found["countries"] and all(w > 0 and h > 0 for _, w, h in found["countries"])
    return found
