"""Printing text that came from articles: control characters (terminal escape sequences, bells, carriage
returns) are taken out before they reach a terminal; JSON keeps every character, with C1 controls escaped."""

from __future__ import annotations

import re
from typing import Any

import click

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # all C0 but tab and newline, DEL, all C1
_C1 = re.compile(r"[\x7f-\x9f]")  # json.dumps escapes C0 itself


def safe(text: str) -> str:
    """``text`` without control characters."""
    return _CONTROL.sub("", text)


def say(message: Any = "", err: bool = False) -> None:
    """``click.echo`` of text taken from articles or the user."""
    click.echo(safe(str(message)), err=err)


def safe_json(text: str) -> str:
    """JSON text with C1 control characters written as escapes (the same JSON value)."""
    return _C1.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
