"""Where sitrep may write an output file: never over the knowledge base, never onto a folder by mistake.

``check_output(path, db=..., folder=...)`` raises a catalogued ``SitrepError`` (E601-E604) before anything is
opened for writing; ``atomic_text(path)`` writes a text file beside its final place and moves it there only when
complete, so a failed export leaves no half file and an existing file is replaced whole or not at all.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from sitrep.errors import SitrepError

KB_SUFFIXES = ("", "-wal", "-shm", "-journal")


def check_output(path: str | Path, db: str | Path | None = None, folder: bool = False) -> Path:
    """``path`` checked as an output (a file, or a folder with ``folder``); its parent folders are created."""
    out = Path(path)
    if db is not None and _is_kb_file(out, Path(db)):
        raise SitrepError("E601", detail=str(out))
    if folder and out.exists() and not out.is_dir():
        raise SitrepError("E603", detail=str(out))
    if not folder and out.is_dir():
        raise SitrepError("E602", detail=str(out))
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SitrepError("E604", detail=f"{out}: {exc.strerror or exc}") from None
    return out


def _is_kb_file(out: Path, db: Path) -> bool:
    for suffix in KB_SUFFIXES:
        kb_file = Path(f"{db}{suffix}")
        if out.resolve() == kb_file.resolve():
            return True
        if out.exists() and kb_file.exists() and os.path.samefile(out, kb_file):  # a hard link or another path
            return True
    return False


@contextmanager
def atomic_text(path: Path) -> Iterator[IO[str]]:
    """A text stream whose content replaces ``path`` when the block ends without an error."""
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise SitrepError("E604", detail=f"{path}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            yield fh
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
