"""A march's place: where it went, not where it set out from.

A march, motorcade or caravan written "from A to B" ("marched from the station to the town hall", "a motorcade
from one town to another") ends at B, where the marchers deliver their demand; conflict data code the event at its
destination. A place named as the march's starting point is then left out when the same sentence names the place
it went to.
"""

from __future__ import annotations

import re

from sitrep.records import Mention

# the words of a moving demonstration, then "from" just before the place it set out from; words any travel is
# told with (a convoy, drove, walked) are left out: "gunmen ambushed a convoy travelling from A to B" is at A
_SET_OUT = re.compile(r"\b(?:march(?:ed|es|ing)?|motorcade|procession|caravan|cavalcade)\b[^.;:\n]{0,80}?"
                      r"\bfrom\s+(?:the\s+(?:\w+\s+)?)?$", re.I)
# between the starting point (with its units in brackets) and the destination: "to", "towards", "until"
_TO = re.compile(r"^(?:\s*\([^()]{0,60}\))?[\s,]*(?:all\s+the\s+way\s+)?(?:to|towards?|until|up\s+to)\s+"
                 r"(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$", re.I)


def march_origin(text: str, m: Mention, named: list[Mention]) -> bool:
    """Whether ``m`` is where a march set out from ("marched from ``m`` to B"), with B among ``named`` in the
    same sentence."""
    if not _SET_OUT.search(text, max(0, m.start - 120), m.start):
        return False
    return any(p.start > m.end and p.sent_start == m.sent_start and _TO.match(text[m.end:p.start])
               for p in named)


__all__ = ["march_origin"]
