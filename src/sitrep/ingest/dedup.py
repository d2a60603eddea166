"""Duplicate detection: exact copies by a hash of the normalized text, near-copies
(syndication, light edits) by MinHash signatures over word shingles with
locality-sensitive hashing bands, so a new document is compared only with the
few documents that share a band, not with the whole base.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np
import numpy.typing as npt

NUM_PERM = 64
BANDS = 16  # 16 bands x 4 rows: pairs above ~0.5 Jaccard become candidates
ROWS = NUM_PERM // BANDS
SHINGLE = 5
MIN_WORDS = 80  # shorter texts (formulaic notes, briefs) are compared by exact hash only
_PRIME = np.uint64(4294967291)  # the largest prime below 2^32
_rng = np.random.default_rng(20171202)
# a, b, x < p < 2^32, so a*x < 2^64 never overflows uint64, and a spans the whole field so each
# (a*x + b) mod p orders the shingles differently (small multipliers would barely permute them)
_A = _rng.integers(1, int(_PRIME), size=NUM_PERM, dtype=np.uint64)
_B = _rng.integers(0, int(_PRIME), size=NUM_PERM, dtype=np.uint64)
_WORD = re.compile(r"\w+")

Signature = npt.NDArray[np.uint64]


def text_key(text: str) -> str:
    """Hash of the text with case, punctuation and spacing normalized away."""
    words = _WORD.findall(text.lower())
    return hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()


def shingles(text: str) -> set[str]:
    words = _WORD.findall(text.lower())
    return {" ".join(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def jaccard(a: str, b: str) -> float:
    """Exact Jaccard similarity of the word 5-gram shingles of two texts."""
    sa, sb = shingles(a), shingles(b)
    return len(sa & sb) / len(sa | sb) if sa and sb else 0.0


def signature(text: str) -> Signature | None:
    """MinHash signature of the word 5-gram shingles, or None for a text too short to compare."""
    if len(_WORD.findall(text)) < MIN_WORDS:
        return None
    shingles_ = shingles(text)
    x = np.fromiter(
        (int.from_bytes(hashlib.blake2b(s.encode(), digest_size=4).digest(), "little") for s in shingles_),
        dtype=np.uint64, count=len(shingles_),
    )
    x %= _PRIME
    result: Signature = (((_A[:, None] * x[None, :]) % _PRIME + _B[:, None]) % _PRIME).min(axis=1)
    return result


def band_keys(sig: Signature) -> list[tuple[int, int]]:
    """``(band, key)`` pairs: documents sharing any pair are near-duplicate candidates."""
    out = []
    for band in range(BANDS):
        chunk = sig[band * ROWS:(band + 1) * ROWS].tobytes()
        key = int.from_bytes(hashlib.blake2b(chunk, digest_size=8).digest(), "little", signed=True)
        out.append((band, key))
    return out


def estimate(a: Signature, b: Signature) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.mean(a == b))


def to_blob(sig: Signature | None) -> bytes | None:
    return None if sig is None else sig.astype("<u8").tobytes()
