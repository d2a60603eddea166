"""``sitrep serve``: the knowledge base as a local web app and a versioned JSON API.

``views`` (one function per page, returning data), ``routes`` (each page as HTML and as JSON under
``/api/v1/``, and the corrections API), ``render`` (Jinja2 templates, autoescaped), ``charts`` (the report's SVG
renderers), ``highlight`` (a document's text in segments), ``store`` (one writer connection, read-only readers),
``security`` (tokens, CSP, size limits), ``cache`` (whole responses kept while the base is unchanged), ``config``
and ``app`` (``create_app``), ``server`` (uvicorn).
"""

from __future__ import annotations

from sitrep.web.app import create_app
from sitrep.web.config import ServeConfig, serve_config

__all__ = ["ServeConfig", "create_app", "serve_config"]
