"""The place chains' patterns open with their capital letter (the word boundary checked after it) and match what
the same patterns opening with the boundary match (invented sentences)."""

from __future__ import annotations

import re

from sitrep.extract import place_votes as pv

SENTENCES = [
    "Workers marched in Castilla, Piura, to protest against the mine; police met them in Lima.",
    "in Dajia, Taichung City to protest, and in Abar, Belo Region.",
    "the Kora area in Zed district of Ulo province saw clashes; the Tam village in Ben of Oro.",
    "xKora, Abar, Belo. De Abar, Los Belo, Oro Province; (Ulo, Ben) and Ulo's Ben, Oro",
    "Holyrood building in Edinburgh, a square in Oulu for peace in Ukraine, Red Square in the Moscow area.",
    "-Kora in Ulo; Kora-Ben in Oro and Abar in Belo's district of Tam in Zed; Ben's Oro of the Tam in Ulo.",
    "Soran region (Rawanduz) of Erbil and the Ulo district (Ben) in Oro state of Tam, Abar.",
]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], ...]]:
    return [tuple(m.span(g) for g in range(pattern.groups + 1)) for m in pattern.finditer(text)]


def test_chains_match_as_with_a_leading_boundary() -> None:
    chain = re.compile(rf"\b({pv._CHAIN_NAME}(?:,\s+{pv._CHAIN_NAME}){{1,3}})"
                       rf"(?=\s*(?:[.;:()]|,\s+(?![A-Z])|$)|{pv._CHAIN_END})")
    of_chain = re.compile(rf"\b((?:{pv._OF_LINK}){{1,3}})({pv._OF_NAME})(\s+{pv._FINAL_UNIT}\b)?")
    name_in = re.compile("(?<![\\w'’-])" + pv._NAME_IN.pattern.replace("(?<![\\w'’-].)", "", 1))
    for text in SENTENCES + [s.replace(" ", "  ") for s in SENTENCES] + [s[i:] for s in SENTENCES for i in range(9)]:
        assert _spans(pv._CHAIN, text) == _spans(chain, text), text
        assert _spans(pv._OF_CHAIN, text) == _spans(of_chain, text), text
        assert _spans(pv._NAME_IN, text) == _spans(name_in, text), text
    assert pv._CHAIN.search(SENTENCES[0]) and pv._OF_CHAIN.search(SENTENCES[2]) and pv._NAME_IN.search(SENTENCES[4])
