"""What every SVG drawing of the report shares: escaping, colours, text width and boxes.

Text widths are estimated from the characters (the report draws no text it has not measured this way), calibrated
on DejaVu Sans, the widest of the usual sans-serif faces, so that a label laid out here does not run into another
in a browser whose font is narrower.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Any

Record = dict[str, Any]
SVG_OPEN = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w:g} {h:g}" role="img" aria-label="{label}" ' \
           'class="chart {cls}">'

# em widths of DejaVu Sans by character class (a little generous); anything else counts as a wide letter
_NARROW = set("iljtfrI.,:;'!|()[] ")
_WIDE = set("mwMW@%+=<>~")
_DIGITS = set("0123456789")


def esc(value: object) -> str:
    return escape(str(value), quote=True)


def text_width(text: str, size: float) -> float:
    """Estimated width in pixels of ``text`` set at ``size`` pixels in a sans-serif face."""
    em = 0.0
    for ch in text:
        if ch in _NARROW:
            em += 0.36
        elif ch in _WIDE:
            em += 0.92
        elif ch in _DIGITS:
            em += 0.64
        elif ch.islower():
            em += 0.62
        elif ch.isupper():
            em += 0.77
        else:
            em += 0.68
    return em * size


def shorten(text: str, limit: int = 26) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis (the full text goes in a tooltip)."""
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


@dataclass(frozen=True)
class Box:
    """An axis-aligned rectangle in SVG user units."""

    x: float
    y: float
    w: float
    h: float

    def overlaps(self, other: Box, gap: float = 0.0) -> bool:
        return (self.x < other.x + other.w + gap and other.x < self.x + self.w + gap
                and self.y < other.y + other.h + gap and other.y < self.y + self.h + gap)

    def inside(self, width: float, height: float) -> bool:
        return self.x >= 0 and self.y >= 0 and self.x + self.w <= width and self.y + self.h <= height


def label_box(x: float, y: float, text: str, size: float, anchor: str = "start") -> Box:
    """The box of ``text`` whose baseline starts (``anchor``: start, middle, end) at ``x, y``."""
    w = text_width(text, size)
    left = x - (w / 2 if anchor == "middle" else w if anchor == "end" else 0)
    return Box(left, y - size * 0.95, w, size * 1.25)


def empty(width: int, height: int, message: str, label: str) -> str:
    """A drawing that says why there is nothing to draw."""
    return (SVG_OPEN.format(w=width, h=height, label=esc(label), cls="empty")
            + f'<text x="{width / 2}" y="{height / 2}" text-anchor="middle" class="muted">{esc(message)}</text></svg>')


def legend_row(items: list[tuple[str, str]], y: float, width: float, size: float = 10) -> tuple[list[str], float]:
    """Legend entries (a swatch's SVG drawn at 0,0 and its label) laid left to right, wrapping at ``width``;
    returns the SVG parts and the y below the last row."""
    parts, x = [], 10.0
    for swatch, label in items:
        w = 18 + text_width(label, size) + 14
        if x + w > width and x > 10:
            x, y = 10.0, y + 18
        parts.append(f'<g transform="translate({x:.1f},{y:.1f})">{swatch}'
                     f'<text x="16" y="4" class="legend">{esc(label)}</text></g>')
        x += w
    return parts, y + 18
