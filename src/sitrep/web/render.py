"""HTML pages from the views' data: Jinja2 templates with autoescaping on for every template, so article text,
names and ids are always printed as text. Links to outside sources are kept only for http(s) URLs; ids in
links are quoted as path segments. The pictures come from ``charts`` (the report's SVG renderers)."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import orjson
from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup
from starlette.responses import JSONResponse

from sitrep import __version__
from sitrep.web.charts import figure

Record = dict[str, Any]
QUALIFIERS = {"about": "~", "at_least": "≥", "more_than": ">", "at_most": "≤"}


def segment(value: object) -> str:
    """A value quoted as one path segment (``/`` included), for links to ids."""
    return quote(str(value), safe="")


def safe_url(value: object) -> str | None:
    """An outside link only when it is http(s); ``javascript:``, ``data:`` and the rest give None."""
    text = str(value or "").strip()
    return text if text.lower().startswith(("http://", "https://")) else None


def fatalities(value: object, qualifier: object = None) -> str:
    return "–" if value is None else f"{QUALIFIERS.get(str(qualifier or ''), '')}{value}"


def words(value: object) -> str:
    return str(value or "").replace("_", " ")


ENV = Environment(loader=PackageLoader("sitrep.web", "templates"), autoescape=True, undefined=StrictUndefined,
                  trim_blocks=True, lstrip_blocks=True, auto_reload=False)  # compiled once per process
ENV.filters.update(segment=segment, safe_url=safe_url, fatalities=fatalities, words=words)
ENV.globals.update(version=__version__)


def page(name: str, data: Record, json_url: str, status: int = 200, **extra: Any) -> str:
    """The HTML of page ``name`` (template ``name.html``) over the view's ``data``."""
    svg = figure(name, data)  # every text in the SVG is escaped by the report's renderer (svg.esc)
    return ENV.get_template(f"{name}.html").render(
        data=data, json_url=json_url, figure=Markup(svg) if svg else None, **extra)


class JSON(JSONResponse):
    """A JSON response written by orjson (the same compact UTF-8 JSON as the standard library's, faster)."""

    def render(self, content: Any) -> bytes:
        return orjson.dumps(content, option=orjson.OPT_NON_STR_KEYS)
