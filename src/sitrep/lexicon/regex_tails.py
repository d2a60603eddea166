"""The tail of a regular expression from its first literal on: a cheap search that proves the whole cannot match.

A pattern that opens with optional words or a long alternation ("the senior commander of ⟦0⟧, ⟦1⟧") is tried at
every position of a text, and most of those tries fail late. Yet every match of it holds a match of its top-level
elements from any one of them on: ``tail(pattern)`` compiles the pattern's top-level elements from its first
literal character after the opening one (``⟦``) to its end, with the pattern's flags, from the syntax tree
``re.compile`` itself reads (``re._parser``). That tail opens with a literal, which the regex engine scans for
directly, so its search is fast; when it finds nothing the pattern finds nothing either (the search can be skipped,
the answer is the same). Exact because, without backreferences, whether the rest of a pattern matches from a
position does not depend on what its first elements matched (a pattern with a backreference or a conditional gets
no tail); lookbehinds in the tail read the same text either way. None when the pattern has no such literal, opens
with one already (its search scans for it itself), or the parser is not there.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from typing import Any

try:
    _P: Any = importlib.import_module("re._parser")
    _C: Any = importlib.import_module("re._constants")
    _COMPILER: Any = importlib.import_module("re._compiler")
except ImportError:  # pragma: no cover - older or other Pythons: no tail, every search runs
    _P = _C = _COMPILER = None


def _ops(node: Any) -> Iterator[Any]:
    """Every opcode of a parsed pattern, at any depth."""
    if isinstance(node, _P.SubPattern):
        for op, av in node.data:
            yield op
            yield from _ops(av)
    elif isinstance(node, (list, tuple)):
        for item in node:
            yield from _ops(item)


def tail(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The pattern from its first top-level literal after the first element on, compiled (see the module's
    docstring); ``tail(p).search(t) is None`` implies ``p.search(t) is None``."""
    if _P is None:
        return None
    try:
        parsed = _P.parse(pattern.pattern, pattern.flags)
    except Exception:  # pragma: no cover - a pattern the parser reads otherwise: no tail
        return None
    refs = {_C.GROUPREF, _C.GROUPREF_EXISTS, getattr(_C, "GROUPREF_IGNORE", None),
            getattr(_C, "GROUPREF_LOC_IGNORE", None), getattr(_C, "GROUPREF_UNI_IGNORE", None)}
    items = list(parsed.data)
    if not items or items[0][0] is _C.LITERAL or any(op in refs for op in _ops(parsed)):
        return None
    at = next((i for i, (op, _) in enumerate(items) if i > 0 and op is _C.LITERAL), None)
    if at is None:
        return None
    rest = _P.SubPattern(parsed.state, items[at:])
    compiled: re.Pattern[str] = _COMPILER.compile(rest, 0)
    return compiled
