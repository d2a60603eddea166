"""An abbreviation written in brackets after the name it shortens: "the Cameroon people party (Cpp)", "Front for the
Restoration of Unity and Democracy (FRUD)". Such brackets name no place, however the gazetteer spells it."""

from __future__ import annotations

import re

# small words an abbreviation may leave out ("Front of the Restoration of Unity and Democracy": FRUD)
_SMALL = frozenset({"of", "the", "and", "for", "de", "du", "des", "la", "le", "les", "a", "in", "et", "el", "al"})
_WORD = re.compile(r"[A-Za-z][\w'’]*")


def abbreviates(before: str, short: str) -> bool:
    """Whether ``short`` is made of the initials of the last words of ``before`` (small words counted or not)."""
    letters = short.lower()
    if not 2 <= len(letters) <= 8 or not letters.isalpha():
        return False
    words = _WORD.findall(before[-120:])
    for small in (False, True):
        kept = [w for w in words if small or w.lower() not in _SMALL]
        if len(kept) >= len(letters) and "".join(w[0] for w in kept[-len(letters):]).lower() == letters:
            return True
    return False


__all__ = ["abbreviates"]
