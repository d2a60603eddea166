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
MIN_WORDS = 25  # shorter texts are compared by exact hash only
_PRIME = np.uint64((1 << 61) - 1)
_rng = np.random.default_rng(20171202)
# a, b < 2^31 and shingle hashes x < 2^32, so a*x + b < 2^63 never overflows uint64
_A = _rng.integers(1, 1 << 31, size=NUM_PERM, dtype=np.uint64)
_B = _rng.integers(0, 1 << 31, size=NUM_PERM, dtype=np.uint64)
_WORD = re.compile(r"\w+")

Signature = npt.NDArray[np.uint64]


def text_key(text: str) -> str:
    """Hash of the text with case, punctuation and spacing normalized away."""
    words = _WORD.findall(text.lower())
    return hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()


def signature(text: str) -> Signature | None:
    """MinHash signature of the word 5-gram shingles, or None for a text too short to compare."""
    words = _WORD.findall(text.lower())
    if len(words) < MIN_WORDS:
        return None
    shingles = {" ".join(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}
    x = np.fromiter(
        (int.from_bytes(hashlib.blake2b(s.encode(), digest_size=4).digest(), "little") for s in shingles),
        dtype=np.uint64, count=len(shingles),
    )
    result: Signature = ((_A[:, None] * x[None, :] + _B[:, None]) % _PRIME).min(axis=1)
    return result


def band_keys(sig: Signature) -> list[tuple[int, int]]:
    """``(band, key)`` pairs: documents sharing any pair are near-duplicate candidates."""
    out = []
    for band in range(BANDS):
        chunk = sig[band * ROWS:(band + 1) * ROWS].tobytes()
        key = int.from_bytes(hashlib.blake2b(chunk, digest_size=8).digest(), "little", signed=True)
        out.append((band, key))
    return out


def similarity(a: Signature, b: Signature) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.mean(a == b))


def to_blob(sig: Signature | None) -> bytes | None:
    return None if sig is None else sig.astype("<u8").tobytes()


def from_blob(blob: bytes | None) -> Signature | None:
    if not blob:
        return None
    sig: Signature = np.frombuffer(blob, dtype="<u8").astype(np.uint64)
    return sig
