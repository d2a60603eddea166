"""The timeline: events per month (or quarter, or year, by the period covered) as bars, fatalities as dots, on an
axis whose ticks are spaced so that their labels never run together.

``timeline_bins`` is a plain function over event records (``date_start``/``date_end`` ISO days); ``timeline`` draws
it. Events without a date are not drawn: the report counts and lists them beside the chart.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date

from sitrep.report.draw import SVG_OPEN, Record, empty, esc, text_width

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
FONT = 10.0


@dataclass
class Bin:
    start: date
    end: date  # the last day in the bin
    count: int = 0
    fatalities: int = 0
    events: list[str] = field(default_factory=list)


@dataclass
class Timeline:
    months: int  # bin size: 1, 3 or 12 months
    bins: list[Bin]
    spans: list[Record]  # events dated only to a period longer than a bin (a year, a season), drawn as a span
    peak: int
    peak_fatalities: int


def _month_index(d: date) -> int:
    return d.year * 12 + d.month - 1


def _month_start(index: int) -> date:
    return date(index // 12, index % 12 + 1, 1)


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def timeline_bins(events: list[Record], max_bins: int = 36) -> Timeline | None:
    """Dated events counted by month, or by quarter or year when months would be more than ``max_bins``;
    ``None`` when no event has a date."""
    dated: list[tuple[Record, date, date]] = []
    for e in events:
        s = _day(e["date_start"])
        t = _day(e.get("date_end")) or s
        if s is not None and t is not None:
            dated.append((e, s, t))
    if not dated:
        return None
    first = min(_month_index(s) for _, s, _ in dated)
    last = max(_month_index(s) for _, s, _ in dated)
    months = next((m for m in (1, 3, 12) if (last // m - first // m + 1) <= max_bins), 12)
    lo, hi = first // months * months, last // months * months
    bins = []
    for i in range(lo, hi + 1, months):
        nxt = _month_start(i + months)
        bins.append(Bin(_month_start(i), date.fromordinal(nxt.toordinal() - 1)))
    spans: list[Record] = []
    for e, s, t in dated:
        b = bins[(_month_index(s) // months * months - lo) // months]
        if t > b.end:
            spans.append(e)
            continue
        b.count += 1
        b.fatalities += e["fatalities"] or 0
        b.events.append(e["id"])
    return Timeline(months, bins, spans, max((b.count for b in bins), default=0),
                    max((b.fatalities for b in bins), default=0))


def nice_step(peak: int, ticks: int = 4) -> int:
    """A round step (1, 2, 5, 10, 20, ...) giving at most ``ticks`` ticks up to ``peak``."""
    for mag in range(9):
        for m in (1, 2, 5):
            step = int(m * 10 ** mag)
            if peak <= step * ticks:
                return step
    return 10 ** 9


def _bin_label(b: Bin, months: int, new_year: bool) -> tuple[str, str]:
    """Two lines: the month (or quarter) and, at the first tick and the first tick of each year, the year."""
    year = str(b.start.year) if new_year else ""
    if months == 12:
        return str(b.start.year), ""
    if months == 3:
        return f"Q{(b.start.month - 1) // 3 + 1}", year
    return MONTHS[b.start.month - 1], year


def tick_every(labels: list[str], slot: float, size: float = FONT, most: int = 12) -> int:
    """Every how many bins (1, 2, 3, 4, 6, 12, ...) a label can be written without running into the next one,
    with at most ``most`` labels (``labels``: the widest line of each bin's label)."""
    widest = max((text_width(t, size) for t in labels), default=0.0) + 8
    return next(k for k in (1, 2, 3, 4, 6, 12, 24, 48, 10 ** 6)
                if (k * slot >= widest and len(labels) / k <= most) or k >= len(labels))


def _spans(tl: Timeline, left: float, bw: float, top: float) -> list[str]:
    out = []
    for i, e in enumerate(tl.spans[:8]):
        s, t = _day(e["date_start"]), _day(e["date_end"])
        if s is None or t is None:
            continue
        first, last = tl.bins[0].start, tl.bins[-1].end
        days = (last - first).days + 1
        x1 = left + bw * len(tl.bins) * max(0, (s - first).days) / days
        x2 = left + bw * len(tl.bins) * min(days, (t - first).days + 1) / days
        y = top + 4 + 5 * i
        out.append(f'<line x1="{x1:.1f}" y1="{y}" x2="{x2:.1f}" y2="{y}" stroke="#8aa9d6" stroke-width="3" '
                   f'class="span"><title>{esc(e["id"])}: {esc(e["sub_type"] or e["type"])} in '
                   f'{esc(e["location"] or "?")}, dated only to {esc(e["date_start"])} – {esc(e["date_end"])}'
                   f'</title></line>')
    return out


def timeline(events: list[Record], width: int = 760, height: int = 230) -> str:
    """Events per bin as bars, fatalities per bin as red dots (right scale), a readable time axis; events dated
    only to a longer period as light spans along the top."""
    tl = timeline_bins(events)
    if tl is None:
        return empty(width, 80, "No dated events.", "timeline of events")
    left, right, top, bottom = 44.0, 44.0, 14.0 + (5 * min(len(tl.spans), 8)), 44.0
    plot_h = height - top - bottom
    bw = (width - left - right) / len(tl.bins)
    base = height - bottom
    step = nice_step(tl.peak)
    peak = max(step * math.ceil(tl.peak / step), 1)
    parts = [SVG_OPEN.format(w=width, h=height, label="timeline of events", cls="timeline")]
    for v in range(0, peak + 1, step):
        y = base - plot_h * v / peak
        parts.append(f'<line x1="{left}" y1="{y:.1f}" x2="{width - right}" y2="{y:.1f}" class="grid"/>'
                     f'<text x="{left - 6}" y="{y + 3.5:.1f}" text-anchor="end" class="legend value">{v}</text>')
    labels = [_bin_label(b, tl.months, True) for b in tl.bins]
    every = tick_every([max(a, b, key=len) for a, b in labels], bw)
    shown_year = None
    unit = {1: "month", 3: "quarter", 12: "year"}[tl.months]
    for i, b in enumerate(tl.bins):
        x = left + i * bw
        if b.count:
            bh = plot_h * b.count / peak
            parts.append(f'<rect x="{x + 1:.1f}" y="{base - bh:.1f}" width="{max(bw - 2, 1):.1f}" height="{bh:.1f}" '
                         f'fill="#1f5fa8" class="bar"><title>{b.start:%Y-%m}: {b.count} event(s), {b.fatalities} '
                         f'fatalities</title></rect>')
        if b.fatalities and tl.peak_fatalities:
            dy = base - plot_h * b.fatalities / tl.peak_fatalities
            parts.append(f'<circle cx="{x + bw / 2:.1f}" cy="{dy:.1f}" r="3.5" fill="#c0392b"><title>'
                         f'{b.start:%Y-%m}: {b.fatalities} fatalities</title></circle>')
        if (_month_index(b.start) // tl.months) % every == 0:  # on round months: Jan, Apr, Jul, Oct
            first, second = _bin_label(b, tl.months, b.start.year != shown_year)
            shown_year = b.start.year
            parts.append(f'<line x1="{x:.1f}" y1="{base}" x2="{x:.1f}" y2="{base + 4}" stroke="#444"/>'
                         f'<text x="{x + 2:.1f}" y="{base + 15}" class="legend tick">{esc(first)}</text>')
            if second:
                parts.append(f'<text x="{x + 2:.1f}" y="{base + 27}" class="legend tick year">{esc(second)}</text>')
    parts.append(f'<line x1="{left}" y1="{base}" x2="{width - right}" y2="{base}" stroke="#444"/>')
    if tl.peak_fatalities:
        parts.append(f'<text x="{width - right + 6}" y="{top + 3.5:.1f}" class="legend value" fill="#c0392b">'
                     f'{tl.peak_fatalities}</text><text x="{width - right + 6}" y="{base + 3.5:.1f}" '
                     f'class="legend value">0</text>')
    parts += _spans(tl, left, bw, 4.0)
    key = f"bars: events per {unit} (left scale)" + ("; red dots: fatalities (right scale)"
                                                     if tl.peak_fatalities else "")
    if tl.spans:
        key += f"; light lines: {len(tl.spans)} event(s) dated only to a longer period"
    parts.append(f'<text x="{left}" y="{height - 4}" class="legend">{esc(key)}</text></svg>')
    return "".join(parts)
