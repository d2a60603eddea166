"""An ethnic group's name used for its people, not for a place of that name.

A gazetteer lists places named like many peoples ("Masai" is a town of Malaysia's Johor): where a text writes a
people's name (``countries/ethnic_groups.csv``) before a noun for its men or community ("Masai youths", "Kisii
warriors", "the Fulani community"), that name is the people. A text keeps one sense for one name, so its other bare
mentions with the article ("the Masai claim the forest") are the people too; a mention the text marks as a place
("Afar region") or writes bare, as in a division's bracket ("(Zone 3, Afar)"), is left to the place rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sitrep.lexicon.countries import ethnic_groups

# "Masai youths", "Kisii warriors": an ethnic group's men, not a place of its name
KIN_AFTER = re.compile(r"\s+(?:communit(?:y|ies)|diaspora|youths?|warriors|elders|herders|herdsmen|tribesmen|clansmen|"
                       r"raiders|fighters|militia(?:s|men)?|morans?)\b")


def people_names(text: str, spans: Iterable[tuple[int, int, str]]) -> frozenset[str]:
    """The names of ``spans`` (start, end, name) that are an ethnic group's and that the text writes at least once
    before a noun for its men or community: the text's peoples."""
    return frozenset(name for _, end, name in spans if name in ethnic_groups() and KIN_AFTER.match(text, end))


_ARTICLE_BEFORE = re.compile(r"\bthe\s+$", re.I)


def people_mention(text: str, start: int, end: int, kind: str | None) -> bool:
    """Whether the mention of a people's name (one of ``people_names``) at ``start:end`` is the people: written
    before a noun for its men or community, or bare after the article ("the Masai say")."""
    if KIN_AFTER.match(text, end):
        return True
    return kind is None and _ARTICLE_BEFORE.search(text, max(0, start - 5), start) is not None


__all__ = ["KIN_AFTER", "people_mention", "people_names"]
