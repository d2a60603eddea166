"""Civil organizations: monitors, rights groups, aid and news agencies (``data/relations/civil_organizations.yaml``).

A role in one of them is a post (holds_position), never leadership of or membership in a side of a conflict:
"Y, head of the Northland Monitor for Human Rights" holds a post in a monitor; "X, head of the Taliban" leads a
side.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from sitrep.records import Mention

_TABLE = ("data", "relations", "civil_organizations.yaml")


@lru_cache(maxsize=1)
def _words() -> re.Pattern[str]:
    data = yaml.safe_load(resources.files("sitrep").joinpath(*_TABLE).read_text(encoding="utf-8"))
    if not isinstance(data, dict) or set(data) != {"version", "words"} or not isinstance(data["words"], list):
        raise ValueError("civil organization table: expected the keys version and words (a list)")
    words = sorted((str(w).strip().lower() for w in data["words"] if str(w).strip()), key=lambda w: (-len(w), w))
    alts = "|".join(re.escape(w).replace(r"\ ", r"[\s-]+") for w in words)
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.I)


def is_civil(m: Mention) -> bool:
    """A mention of an organization named as a monitor, a rights group, an aid or a news agency, by its words or by
    its entity's key ("Monitor" for a Northland Monitor for Human Rights)."""
    if m.type != "organization":
        return False
    key = re.sub(r"[:_-]+", " ", m.entity_key or "")
    return bool(_words().search(m.text) or _words().search(key))


__all__ = ["is_civil"]
