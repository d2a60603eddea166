"""``sitrep bench``: throughput, memory and base growth of whole ingests over generated corpora.

``scale`` ingests corpora of several sizes (``bench.corpus``), each in a fresh process and a fresh base, and
reports documents/s, words/s, CPU time per document (the steadier figure on a shared machine), peak memory (the
process's high-water resident set), the base's size on disk and the time per document, wall and CPU, as the base
grows. ``compare`` times, side by side over one corpus, the language layer
alone, the whole ingest in one process, with ``--workers 2`` and on a local Dask cluster of 2 worker processes,
so ratios are measured under the same load. Models are loaded before timing; a pool's or cluster's start is
reported apart.
"""

from __future__ import annotations

from sitrep.bench.run import compare, scale

__all__ = ["compare", "scale"]
