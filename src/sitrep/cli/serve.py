"""CLI command: ``sitrep serve``, the knowledge base as a local web app and JSON API (``sitrep.web``)."""

from __future__ import annotations

import sys

import click

from sitrep.cli.query import db_option
from sitrep.cli.terminal import say
from sitrep.errors import SitrepError
from sitrep.web import serve_config
from sitrep.web.server import serve

EXIT_USAGE, EXIT_KB = 2, 3


@click.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Anything but loopback needs both tokens.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option("--ro-token", envvar="SITREP_SERVE_RO_TOKEN", default=None, show_envvar=True,
              help="Token that lets a client read (prefer the environment variable to the option).")
@click.option("--rw-token", envvar="SITREP_SERVE_RW_TOKEN", default=None, show_envvar=True,
              help="Token that lets a client read and correct.")
@click.option("--stale-for", default=0.0, show_default=True, type=click.FloatRange(0),
              help="Seconds a page that a commit changed may still be sent as it was while it is made again "
                   "(readers never wait for it); 0: every page is made again before it is sent.")
@click.option("--quiet", "-q", is_flag=True, help="Log errors only, not every request.")
def serve_command(db: str, host: str, port: int, ro_token: str | None, rw_token: str | None, stale_for: float,
                  quiet: bool) -> None:
    """Explore and correct the knowledge base in a browser: overview, entities, events with their evidence,
    documents with their extractions highlighted, search, map, network and timeline, each page also as JSON
    under /api/v1 (described at /api/v1/openapi.json). Corrections made there (merge, split, rename, alias) are
    recorded with who and when, like 'sitrep entity ...', and undone on the corrections page.

    Listens on 127.0.0.1 by default. Binding any other address refuses to start without a read-only and a
    read-write token; clients then send 'Authorization: Bearer TOKEN', and a browser opens
    http://HOST:PORT/?token=TOKEN once (a cookie keeps it). Exit 2 when it refuses to start, 3 when the base
    cannot be opened."""
    try:
        config = serve_config(db, host=host, port=port, ro_token=ro_token, rw_token=rw_token, stale_for=stale_for)
        say(f"sitrep serve: http://{host if ':' not in host else f'[{host}]'}:{port}/ over {db}"
            f"{' (tokens required)' if config.tokens else ''}", err=True)
        serve(config, log_level="warning" if quiet else "info")
    except SitrepError as exc:
        say(f"error: {exc}", err=True)
        sys.exit(EXIT_USAGE if exc.code.startswith("E8") else EXIT_KB)


COMMANDS: list[click.Command] = [serve_command]
