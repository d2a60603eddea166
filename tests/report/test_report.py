"""The situation report: one self-contained HTML file, rendered in headless Chromium without console errors,
with every section, and with article markup shown as text.

Chromium comes from Debian's package (CI: ``apt-get install -y chromium``). Without it the browser tests skip,
unless SITREP_REQUIRE_SHARED=1, where they fail. The screenshot is kept under $SITREP_ARTIFACTS (or the test's
temporary folder).
"""

from __future__ import annotations

import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from query.sample_kb import XSS, build
from report.browser import browse
from sitrep.api import report as build_report
from sitrep.cli.main import cli
from sitrep.kb import KnowledgeBase
from sitrep.report import render_report

SECTIONS = ("summary", "actors", "timeline", "map", "events", "contested", "sources")


class Elements(HTMLParser):
    """Tags, ids and attributes of a page, as a browser's parser sees them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def elements(html: str) -> list[tuple[str, dict[str, str | None]]]:
    p = Elements()
    p.feed(html)
    return p.tags


def artefacts(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("SITREP_ARTIFACTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    tmp = tmp_path_factory.mktemp("report")
    db = build(tmp / "kb.db")
    out = build_report(db, tmp / "report.html")
    return db, out.read_text(encoding="utf-8")


def test_page_is_self_contained_and_complete(report: tuple[Path, str]) -> None:
    _, html = report
    tags = elements(html)
    ids = {a.get("id") for _, a in tags}
    assert set(SECTIONS) <= ids
    names = [t for t, _ in tags]
    assert "script" not in names and "img" not in names and "link" not in names and "iframe" not in names
    assert not [a for _, a in tags if a.get("src")]  # nothing is loaded from anywhere
    assert not re.search(r"url\((?!#)", html) and "@import" not in html  # only in-page references (SVG markers)
    assert names.count("svg") == 3  # network, timeline, map
    assert "Content-Security-Policy" in html
    hrefs = [a["href"] for t, a in tags if t == "a" and a.get("href")]
    assert hrefs and all(h.startswith(("https://", "#event-")) for h in hrefs)  # sources (http(s)), rows of this page


def test_summary_sentences_and_tables(report: tuple[Path, str]) -> None:
    _, html = report
    summary = html[html.index('id="summary"'):html.index('id="actors"')]
    assert "5 documents from 3 outlets" in summary and "report 4 events" in summary
    assert "Deadliest: suicide bomb by Islamic State Khorasan in Jalalabad on 2017-12-28 (about 40 killed" in summary
    assert "Sources disagree on the death toll of 1 event" in summary
    events = html[html.index('id="events"'):html.index('id="contested"')]
    assert "Taleban fighters attacked a police checkpoint" in events  # the evidence quote
    assert 'href="https://example.org/a1"' in events  # and a link to its source
    assert "sources: 4, 6" in events  # each source's own toll where they differ
    contested = html[html.index('id="contested"'):html.index('id="sources"')]
    assert "fighters" in contested and "200" in contested and "500" in contested
    network = html[html.index('id="actors"'):html.index('id="timeline"')]
    assert "Qari Hekmat" in network and "pledged allegiance to" in network


def test_article_markup_is_escaped(report: tuple[Path, str]) -> None:
    _, html = report
    assert XSS not in html
    assert "&lt;script&gt;document.title=&#x27;PWNED&#x27;&lt;/script&gt;" in html
    assert "onerror=&quot;" in html
    assert 'href="https://example.org/a5?x=&lt;y&gt;&amp;z=&quot;q&quot;"' in html  # an attribute stays one


def test_area_and_since_narrow_the_report(tmp_path: Path) -> None:
    db = build(tmp_path / "kb.db")
    with KnowledgeBase(db) as kb:
        kunduz = render_report(kb, area="Kunduz")
        late = render_report(kb, since="2017-11-01")
    assert "Situation report: Kunduz" in kunduz
    assert "event-v1" in kunduz and "event-v2" not in kunduz  # Dasht-e-Archi is inside Kunduz; Jalalabad is not
    assert "event-v1" not in late and "event-v2" in late and "event-v3" in late
    assert "New actors since 2017-11-01: Islamic State Khorasan, Civilians (Afghanistan) and Qari Hekmat." in late


def test_cli_writes_the_report_and_reports_unknown_area(tmp_path: Path) -> None:
    db = build(tmp_path / "kb.db")
    out = tmp_path / "r.html"
    r = CliRunner().invoke(cli, ["report", "--db", str(db), "-o", str(out), "--since", "2017-06"])
    assert r.exit_code == 0 and out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    r = CliRunner().invoke(cli, ["report", "--db", str(db), "-o", str(out), "--area", "Atlantis"])
    assert r.exit_code == 1 and "no entity matches 'Atlantis'" in r.output
    r = CliRunner().invoke(cli, ["report", "--db", str(tmp_path / "none.db"), "-o", str(out)])
    assert r.exit_code == 3 and "[E503]" in r.output
    r = CliRunner().invoke(cli, ["report", "--db", str(db), "--since", "yesterday"])
    assert r.exit_code == 2


def test_renders_in_chromium_without_console_errors(report: tuple[Path, str], tmp_path: Path) -> None:
    _, html = report
    page = tmp_path / "report.html"
    page.write_text(html, encoding="utf-8")
    shot = artefacts(tmp_path) / "report.png"
    run = browse(page, tmp_path, "--window-size=1200,3200", f"--screenshot={shot}")
    assert shot.is_file() and shot.stat().st_size > 10_000, run.stderr[-2000:]
    console = [line for line in run.stderr.splitlines() if ":CONSOLE" in line]
    assert console == []  # no script error, no blocked load, no CSP violation
    dom = browse(page, tmp_path, "--dump-dom").stdout
    tags = elements(dom)
    assert {a.get("id") for _, a in tags} >= set(SECTIONS)
    assert "script" not in [t for t, _ in tags] and "img" not in [t for t, _ in tags]
    assert "PWNED" not in re.findall(r"<title>(.*?)</title>", dom)[0]  # the article's script never ran
    assert "data-pwned" not in dom
    assert "&lt;script&gt;document.title=" in dom  # it is shown as text
