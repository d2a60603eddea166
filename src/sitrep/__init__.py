"""sitrep: turn conflict news into a sourced, time-aware knowledge base."""

from __future__ import annotations

__version__ = "0.3.0"

__all__ = ["__version__"]
