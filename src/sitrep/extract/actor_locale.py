"""Actors as ACLED names them in the event's country.

Two facts of ACLED's codebook and of the dictionaries' scope:

- ACLED names a transnational movement's branch by the country it fights in: the Islamic State in
  Mozambique is "Islamic State (Mozambique)", al-Qaeda's Sahel branch "JNIM". A text that names only the
  movement ("the Islamic State group", "al-Qaida") for an event in a country where the dictionary lists
  exactly one branch of it, with an ACLED name and active on the event's date, stands for that branch.
- A dictionary entry of one country's state force can share a common phrase with other countries'
  ("Elite Force", "paramilitary Rangers"): in a document that names its own country and never the entry's,
  such a phrase is that country's own force of the same kind, not a foreign one. (A place name alone is not
  enough: short notes that name no country can have a place whose namesake lies in another.)
"""

from __future__ import annotations

from sitrep.lexicon import countries
from sitrep.nlp.matcher import default_matcher
from sitrep.records import EntityRef, Mention


def local_branch(key: str, country: str | None, date: str | None) -> EntityRef | None:
    """The one branch of movement ``key`` that ACLED names in ``country`` and that is active on ``date``."""
    actors = default_matcher().actors
    entry = actors.get(key)
    if entry is None or entry.type != "armed_group" or entry.country is not None or not country:
        return None
    year = int(date[:4]) if date and date[:4].isdigit() else None
    branches = []
    for b in actors.affiliates(key):
        first, last = b.active_years
        if b.country != country or not b.acled_name or (year is not None and (
                (first is not None and year < first) or (last is not None and year > last))):
            continue
        branches.append(b)
    if len(branches) != 1:
        return None
    b = branches[0]  # named as dictionary actors' entities are: by ACLED's name
    return EntityRef(key=b.id, name=b.acled_name or b.name, type=b.type, country=b.country, acled_name=b.acled_name)


def localize_roles(roles: list[tuple[str, str, str]], country: str | None, date: str | None,
                   refs: dict[str, EntityRef]) -> list[tuple[str, str, str]]:
    """``roles`` with each transnational movement replaced by its branch in the event's country."""
    out: list[tuple[str, str, str]] = []
    for key, role, family in roles:
        branch = local_branch(key, country, date) if family == "rebels" else None
        if branch is not None:
            refs.setdefault(branch.key, branch)
            key = branch.key
        if all(k != key for k, _, _ in out):
            out.append((key, role, family))
    return out


def borrowed_phrase(m: Mention, entry_country: str | None, text: str, country: str | None) -> bool:
    """Whether dictionary mention ``m`` of a state force of ``entry_country`` is a common phrase borrowed in a
    document of another ``country``: its words name no country and the document names ``country``, never
    ``entry_country``."""
    if not country or not entry_country or entry_country == country:
        return False
    pattern, index = countries.word_pattern(), countries.word_index()
    if pattern.search(m.text):
        return False
    named = {index[x.group()][0] for x in pattern.finditer(text)}
    return country in named and entry_country not in named


__all__ = ["borrowed_phrase", "local_branch", "localize_roles"]
