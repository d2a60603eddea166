"""An ethnic group's name used for its people, not for a place of that name.

A gazetteer lists places named like many peoples ("Masai" is a town of Malaysia's Johor): where a text writes a
people's name (``countries/ethnic_groups.csv``) before a noun for its men or community ("Masai youths", "Kisii
warriors", "the Fulani community"), that name is the people. A text keeps one sense for one name, so its other bare
mentions ("the Masai claim the forest") are the people too; a mention the text marks as a place ("Afar region") is
left to the place rules.
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


__all__ = ["KIN_AFTER", "people_names"]
