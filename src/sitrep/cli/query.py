"""CLI commands: query (a thin layer over the Python API)."""

from __future__ import annotations

import click

COMMANDS: list[click.Command] = []
