"""Big tables of regular expressions compiled once and kept on disk (the start-up caches of ``lexicon.cache``).

Python compiles a regular expression in Python code (``re._parser`` parses it, ``re._compiler`` turns the tree into
the list of integers the C matcher runs), and cannot keep the result between processes: the event cue table and
the relation patterns alone took 0.8 CPU s of every start. ``compile_all(name, specs)`` keeps that list of integers
(with the group names) in the disk cache ``regex-<name>`` and hands it straight to the C matcher (``_sre.compile``,
what ``re.compile`` itself calls last), so a warm start skips the parsing and compiling and gets the very same
programs. Each program is checked equal to ``re.compile``'s (``re.Pattern`` equality compares the pattern, the
flags and the compiled code) before it is kept; the cache is keyed by the code and data fingerprint (which holds the
Python version) and stores the patterns it was built for, so any difference means compiling as ``re`` does. Whatever
goes wrong (another Python, a damaged file) falls back to ``re.compile``: never another answer, at worst the time.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Sequence
from typing import Any

from sitrep.lexicon.cache import cached

Spec = tuple[str, int]  # a pattern and its flags

try:  # the stages of re.compile (Python 3.11 onwards); without them, plain re.compile
    _COMPILER: Any = importlib.import_module("re._compiler")
    _PARSER: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - older or other Pythons
    _COMPILER = _PARSER = None


def _program(pattern: str, flags: int) -> tuple[Any, ...] | None:
    """What ``re.compile(pattern, flags)`` hands ``_sre.compile`` (as ``re._compiler.compile`` builds it); None when
    that would not give ``re.compile``'s own pattern."""
    try:
        tree = _PARSER.parse(pattern, flags)
        code = [int(c) for c in _COMPILER._code(tree, flags)]  # plain ints (the named opcodes do not pickle)
        groupindex = dict(tree.state.groupdict)
        indexgroup: list[str | None] = [None] * tree.state.groups
        for k, i in groupindex.items():
            indexgroup[i] = k
        program = (pattern, flags | tree.state.flags, code, tree.state.groups - 1, groupindex, tuple(indexgroup))
        return program if _COMPILER._sre.compile(*program) == re.compile(pattern, flags) else None
    except Exception:  # whatever the private stages do, re.compile below decides
        return None


def _build(specs: list[Spec], check: Callable[[], None]) -> tuple[list[Spec], list[tuple[Any, ...] | None]]:
    check()
    for pattern, flags in specs:
        re.compile(pattern, flags)  # a bad pattern raises re.error here, as re.compile does, and nothing is kept
    return specs, [_program(p, f) for p, f in specs]


def _nothing() -> None:
    return None


def compile_all(name: str, specs: Sequence[Spec], check: Callable[[], None] = _nothing) -> list[re.Pattern[str]]:
    """``[re.compile(p, f) for p, f in specs]``, from the disk cache ``regex-<name>`` when it holds them. ``check``
    (which raises on a table it refuses) runs whenever they are compiled, not when they are read from the cache:
    a table that fails it is never kept."""
    specs = list(specs)
    if _COMPILER is None:
        check()
        return [re.compile(p, f) for p, f in specs]
    kept, programs = cached(f"regex-{name}", lambda: _build(specs, check))
    if kept != specs:  # built for other patterns (a table changed without a new fingerprint): compile these
        check()
        return [re.compile(p, f) for p, f in specs]
    out = []
    for (pattern, flags), program in zip(specs, programs, strict=True):
        try:
            out.append(_COMPILER._sre.compile(*program) if program is not None else re.compile(pattern, flags))
        except Exception:  # a foreign program: compiled as re does
            out.append(re.compile(pattern, flags))
    return out


__all__ = ["Spec", "compile_all"]
