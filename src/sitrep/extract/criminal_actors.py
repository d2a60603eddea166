"""Criminal organisations as ACLED names them: a group it cannot identify is "Unidentified Gang (X)".

A country's police or army acting over illegal drugs (a seizure, a drug lab or airstrip destroyed, traffickers
arrested) acts against such a gang: with no one but the people arrested (civilians) on the other side, the gang
is actor2. Fighting keeps ACLED's unidentified armed group for an unnamed enemy. The words that tell the drug
trade are ``criminal_trade`` in ``data/acled/typology.yaml``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sitrep.extract import event_actors
from sitrep.records import EntityRef

# the family the gang takes the place of: the people arrested
_REPLACED = frozenset({"civilians"})


def parse_trade(words: object) -> re.Pattern[str]:
    """The pattern of ``criminal_trade``; ValueError when it is not a list of valid regular expressions."""
    if not isinstance(words, list) or not words or not all(isinstance(w, str) and w.strip() for w in words):
        raise ValueError("typology.yaml: 'criminal_trade' must be a non-empty list of words")
    for w in words:
        try:
            re.compile(w)
        except re.error as exc:
            raise ValueError(f"typology.yaml: criminal_trade: bad pattern {w!r}: {exc}") from exc
    return re.compile(r"\b(?:" + "|".join(words) + r")\b", re.I)


@lru_cache(maxsize=1)
def _trade() -> re.Pattern[str]:
    return parse_trade(event_actors.typology().get("criminal_trade"))


@lru_cache(maxsize=64)  # asked of the whole text for each of its events
def speaks_of_drug_trade(text: str) -> bool:
    return bool(_trade().search(text))


def drug_gang(type_: str, roles: list[tuple[str, str, str]], text: str, country: str | None, date: str | None,
              refs: dict[str, EntityRef]) -> list[tuple[str, str, str]]:
    """``roles`` with the country's "Unidentified Gang" as actor2 where the event's state force acted over illegal
    drugs against no armed group the text names."""
    if type_ != "Strategic developments" or not country or not speaks_of_drug_trade(text):
        return roles
    actor1 = next((f for _, r, f in roles if r == "actor1"), None)
    actor2 = next((f for _, r, f in roles if r == "actor2"), None)
    if actor1 not in event_actors.STATE_FAMILIES or (actor2 is not None and actor2 not in _REPLACED):
        return roles
    gang = event_actors.generic_entity("gang", country, date)
    refs[gang.key] = gang
    rest = [(k, r, f) for k, r, f in roles if r != "actor2" and f not in _REPLACED and k != gang.key]
    return [*rest[:1], (gang.key, "actor2", "gang"), *rest[1:]]


__all__ = ["drug_gang", "parse_trade", "speaks_of_drug_trade"]
