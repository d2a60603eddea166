"""HTML rendering of a situation report: one self-contained file (inline CSS and SVG, no script, no request).

The template (``templates/report.html``, a ``string.Template``) only receives fragments built here, and every
value from the knowledge base goes through ``esc`` (``html.escape``), because article text is untrusted: a
title with ``<script>`` shows as text. A Content-Security-Policy forbids scripts and external loads as a second
line of defence. No template engine is needed for this, so none is a dependency.
"""

from __future__ import annotations

from collections import Counter
from importlib import resources
from string import Template
from typing import Any

from sitrep import __version__
from sitrep.report import svg
from sitrep.report.data import ReportData, undated

esc = svg.esc
Record = dict[str, Any]


def _template(name: str) -> str:
    return (resources.files("sitrep.report") / "templates" / name).read_text("utf-8")


def link(url: str | None, label: str) -> str:
    """A link to a source, only for http(s) URLs (never javascript: or data:); otherwise the label alone."""
    if url and url.lower().startswith(("http://", "https://")):
        return f'<a href="{esc(url)}" rel="noopener noreferrer">{esc(label)}</a>'
    return esc(label)


def _cite(doc: Record) -> str:
    label = f"{doc.get('outlet') or 'unknown outlet'}, {doc.get('published') or 'undated'}"
    return f'<span class="cite">{link(doc.get("url"), label)} <span class="muted">[{esc(doc["doc"])}]</span></span>'


def _table(head: list[str], rows: list[str], empty: str) -> str:
    if not rows:
        return f'<p class="muted">{esc(empty)}</p>'
    ths = "".join(f"<th>{esc(h)}</th>" for h in head)
    return f"<table><thead><tr>{ths}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _figure(value: Any, qualifier: str | None) -> str:
    if value is None:
        return "–"
    q = {"about": "~", "at_least": "≥", "more_than": ">", "at_most": "≤"}.get(qualifier or "", "")
    return f"{q}{value}"


def events_table(events: list[Record]) -> str:
    rows = []
    for e in events:
        actors = "<br>".join(f"{esc(a['name'])} <span class='tag'>{esc(a['role'])}</span>" for a in e["actors"])
        place = esc(e["location"] or "–")
        if e.get("geo") and e["geo"].get("admin1") and e["geo"]["admin1"] != e["location"]:
            place += f' <span class="muted">({esc(e["geo"]["admin1"])})</span>'
        figures = {s["fatalities"] for s in e["sources"] if s["fatalities"] is not None}
        dead = esc(_figure(e["fatalities"], e["fatalities_qualifier"]))
        if len(figures) > 1:
            dead += "<br><span class='muted'>sources: " + esc(", ".join(
                _figure(s["fatalities"], s["qualifier"]) for s in e["sources"])) + "</span>"
        by_doc = {s["doc"]: s for s in e["sources"]}
        quotes = "".join(f"<blockquote>{esc(q['text'])}</blockquote>{_cite(by_doc.get(q['doc'], q))}"
                         for q in e["evidence"])
        if not quotes:
            quotes = "<br>".join(_cite(s) for s in e["sources"])
        rows.append(f'<tr id="event-{esc(e["id"])}"><td>{esc(e["date_start"] or e["date_text"] or "unknown")}</td>'
                    f'<td>{esc(e["type"])}<br><span class="muted">{esc(e["sub_type"] or "")}</span></td>'
                    f'<td>{actors or "–"}</td><td>{place}</td>'
                    f'<td class="num{" contested" if len(figures) > 1 else ""}">{dead}</td><td>{quotes}</td></tr>')
    return _table(["date", "type", "actors", "where", "fatalities", "evidence and sources"], rows,
                  "No events in this report.")


def contested_table(contested: list[Record]) -> str:
    rows = []
    for c in contested:
        values = "".join(
            f"<li><strong>{esc(_figure(v['value'], v.get('qualifier')))}</strong> — "
            f"{_cite(v | {'doc': v['doc_id'], 'url': None})}"
            f"{'<blockquote>' + esc(v['evidence']) + '</blockquote>' if v.get('evidence') else ''}</li>"
            for v in c["values"])
        rows.append(f"<tr><td>{esc(c['subject'])}</td><td>{esc(c['attribute'])}</td><td><ul>{values}</ul></td></tr>")
    return _table(["about", "what", "each source says"], rows, "No source contradicts another here.")


def actors_table(actors: list[Record], relations: list[Record]) -> str:
    rows = [f"<tr><td>{esc(a['name'])}</td><td>{esc(a['type'].replace('_', ' '))}</td><td>{esc(a['country'] or '–')}"
            f"</td><td class='num'>{a['events']}</td><td class='num'>{a['mentions']}</td></tr>" for a in actors]
    rels = [f"<tr><td>{esc(r['subject'])}</td><td>{esc(r['predicate'].replace('_', ' '))}"
            f"{' (' + esc(r['role']) + ')' if r['role'] else ''}</td><td>{esc(r['object'])}</td>"
            f"<td>{esc(r['start_date'] or '?')} – {esc(r['end_date'] or '')}</td><td>{esc(r['certainty'] or '')}</td>"
            f"<td>{link(None, r['doc_id'] or '')}</td></tr>" for r in relations]
    return (_table(["actor", "type", "country", "events", "mentions"], rows, "No actors.")
            + "<h3>Relations</h3>"
            + _table(["subject", "relation", "object", "from – to", "certainty", "document"], rels,
                     "No relation between the key actors."))


def sources_table(documents: list[Record]) -> str:
    rows = [f"<tr><td>{esc(d['published'] or 'undated')}</td><td>{esc(d['outlet'] or '–')}</td>"
            f"<td>{link(d['url'], d['title'] or d['id'])}</td><td class='muted'>{esc(d['id'])}</td></tr>"
            for d in documents]
    return _table(["published", "outlet", "title", "document"], rows, "No documents.")


def undated_note(events: list[Record]) -> str:
    """The events the timeline cannot show, counted and listed with what their text said of the date."""
    if not events:
        return ""
    items = "".join(
        f'<li><a href="#event-{esc(e["id"])}">{esc(e["id"])}</a> {esc(e["sub_type"] or e["type"])}'
        f'{" in " + esc(e["location"]) if e["location"] else ""}'
        f'{" (the text says “" + esc(e["date_text"]) + "”)" if e["date_text"] else ""}</li>' for e in events)
    return (f'<div class="undated"><p><strong>{len(events)} event{"s" if len(events) != 1 else ""} without a '
            f'date</strong> {"are" if len(events) != 1 else "is"} not on the timeline:</p><ul>{items}</ul></div>')


def map_note(view: svg.MapView | None) -> str:
    """The events the map does not show: outside its view, or without coordinates."""
    if view is None:
        return ""
    parts = []
    if view.outside:
        where = Counter(e["location"] or "?" for e in view.outside)
        parts.append(f"{len(view.outside)} event{'s' if len(view.outside) != 1 else ''} outside this view: "
                     + ", ".join(f"{esc(p)} ({n})" for p, n in sorted(where.items())) + ".")
    if view.country_level:
        where = Counter(e["location"] or "?" for e in view.country_level)
        parts.append(f"{len(view.country_level)} event{'s' if len(view.country_level) != 1 else ''} placed only in "
                     "a country, not marked: "
                     + ", ".join(f"{esc(p)} ({n})" for p, n in sorted(where.items())) + ".")
    if view.unplaced:
        parts.append(f"{len(view.unplaced)} event{'s' if len(view.unplaced) != 1 else ''} without coordinates: "
                     + ", ".join(f'<a href="#event-{esc(e["id"])}">{esc(e["id"])}</a>' for e in view.unplaced)
                     + ".")
    return "".join(f'<p class="muted map-note">{p}</p>' for p in parts)


def render(data: ReportData) -> str:
    """The report as one HTML page."""
    dates = " ".join(x for x in (f"since {data.since}" if data.since else "",
                                 f"until {data.until}" if data.until else "") if x)
    scope = [dates or "all dates", f"area: {data.area_name}" if data.area_name else "all areas",
             *([f"actor: {data.actor}"] if data.actor else []),
             f"{len(data.events)} events, {len(data.documents)} documents"]
    view = svg.map_view(data.events, data.places)
    page = Template(_template("report.html")).substitute(
        version=esc(__version__), title=esc(data.title), css=_template("report.css"), scope=esc(" · ".join(scope)),
        summary="<ul>" + "".join(f"<li>{esc(s)}</li>" for s in data.summary) + "</ul>",
        network=svg.network(data.actors, data.relations, data.co_events),
        actor_table=actors_table(data.actors, data.relations),
        timeline=svg.timeline(data.events) + undated_note(undated(data.events)),
        map=svg.event_map(data.events, data.places, view=view) + map_note(view),
        events=events_table(data.events), contested=contested_table(data.contested),
        sources=sources_table(data.documents),
        footer=esc(f"Generated by sitrep {__version__} from {data.generated_from}. Every event links to the "
                   "sentences and documents it comes from; figures are as each source reported them."))
    return page
