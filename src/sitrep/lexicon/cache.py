"""Start-up caches: what takes seconds to build from the shipped data (the gazetteer's name index, the parsed
dictionaries, name sets drawn from the gazetteer), built once and kept on disk.

``cached(name, build)`` returns ``build()``'s value, read from ``<cache dir>/<name>-<key>.pickle`` when that file
exists and written there the first time. The key is a fingerprint of sitrep's version, the Python version, and the
path, size and modification time of every Python module and data file of the package (the model folder aside),
so any change of code or data (an edit, an upgrade, another checkout) reads into a new file and a cache never
answers for other code. The folder is the ``cache_dir`` setting (``SITREP_CACHE_DIR``; by default
``$XDG_CACHE_HOME/sitrep`` or ``~/.cache/sitrep``); ``off`` keeps nothing on disk. A cache that cannot be read or
written is rebuilt in memory: it never stops a run. Files are written whole (a temporary file renamed), so
processes starting together never read half a file.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
import time
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar, cast

from sitrep import __version__, settings

T = TypeVar("T")
PACKAGE = Path(__file__).resolve().parent.parent
STALE_DAYS = 14  # caches of other code versions left unread this long are removed


def cache_dir() -> Path | None:
    """The folder of the start-up caches; None when they are off."""
    value = settings.get("cache_dir").strip()
    if value.lower() == "off":
        return None
    if value:
        return Path(value).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "sitrep"


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """The version of sitrep's code and data as they are on disk now (stat only: no file is read)."""
    h = hashlib.sha256(f"{__version__}\0{sys.version}\0{PACKAGE}".encode())
    for path in sorted(PACKAGE.rglob("*")):
        if "models" in path.relative_to(PACKAGE).parts[:2] or "__pycache__" in path.parts or not path.is_file():
            continue
        st = path.stat()
        h.update(f"{path.relative_to(PACKAGE)}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return h.hexdigest()[:20]


def cached(name: str, build: Callable[[], T]) -> T:
    """``build()``, from the disk cache ``name`` when it holds this code version's value, else built and kept."""
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / f"{name}-{fingerprint()}.pickle"
    try:
        with path.open("rb") as fh:
            return cast(T, pickle.load(fh))
    except FileNotFoundError:
        pass
    except Exception:  # a damaged or foreign file: rebuilt below, then replaced
        pass
    value = build()
    _write(folder, path, value)
    _prune(folder, name, path)
    return value


def _write(folder: Path, path: Path, value: Any) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except (OSError, pickle.PicklingError):
        return  # a read-only home or a full disk: the value still serves this process


def _prune(folder: Path, name: str, keep: Path) -> None:
    """Remove this cache's files of other code versions not read for ``STALE_DAYS``."""
    limit = time.time() - STALE_DAYS * 86400
    for old in folder.glob(f"{name}-*.pickle"):
        try:
            if old != keep and old.stat().st_atime < limit:
                old.unlink()
        except OSError:
            continue


__all__ = ["cache_dir", "cached", "fingerprint"]
