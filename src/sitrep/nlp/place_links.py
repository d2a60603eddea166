"""How place names of one text hang together: the parent a name is written in ("X district of Y province", "X, Y",
"X (Y district)") and the kind a list shares ("A and B villages"). Used by ``nlp.places``."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from sitrep.nlp.place_words import DESIG as _DESIG

if TYPE_CHECKING:
    from sitrep.nlp.places import PlaceSpan

_CONNECT_WORDS = (r"(?:,|\bof\b|\bin\b|,\s*in\b|,?\s*(?:near|outside|around|close\s+to|(?:on\s+)?the\s+outskirts"
                  r"\s+of)\b(?:\s+the\s+(?:provincial\s+)?capital\s*,)?)")
_HIER = re.compile(r"^\s*(?:" + _DESIG + r")?\s*" + _CONNECT_WORDS + r"?\s*(?:the\s+)?$")
_SIBLING = re.compile(r"^\s*(?:,|and|&|,\s*and)\s*$")
_AND = re.compile(r"^\s*(?:" + _DESIG + r")?\s*,?\s*(?:and|&)\s*$")
_PLURAL_AFTER = re.compile(r"^\s*(?:\([^()\n]{2,40}\)\s*)?(?:districts|provinces|villages|areas|towns|Districts|"
                           r"Provinces)\b")
_IN_BRACKET = re.compile(r"^\s*(?:" + _DESIG + r")?\s*\(\s*$")
_BRACKET_END = re.compile(r"\s*(?:" + _DESIG + r")?\s*[),]")
_PARENS = re.compile(r"\s*\([^()\n]{0,40}\)")
_FINE = frozenset({"village", "area", "place"})
_REGION_AFTER = re.compile(r"\s+region\b")  # "X district of Y region": a first-level division's region


def link_places(text: str, spans: list[PlaceSpan]) -> list[PlaceSpan]:
    """Parents from the text ("X district of Y province", "X, Y"); kinds shared along a list ("A and B villages").

    "A, B district" puts A in B, "A, B and C districts" lists three; "the X area of Y city" and "X near Y"
    put X in (or by) Y; a parenthesis ("Lashkar Gah (Bost) city") does not break the chain.
    """
    out = list(spans)
    listed = [False] * len(out)
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        gap = _PARENS.sub("", text[a.end:b.start])
        if len(gap) > 40 or not gap.strip():
            continue
        b_list = listed[i + 1] or bool(_PLURAL_AFTER.match(text[b.end:b.end + 60]))
        same_kind = (a.kind is None or a.kind == b.kind) and b.kind is not None and a.rank <= b.rank
        broad_name = a.kind is None and a.known in ("admin1", "country")
        broader = b.rank > a.rank or (b.rank == a.rank and b.known in ("admin1", "country") and a.known is None)
        if a.kind in _FINE and (b.kind in ("town", "city") or (b.kind is None and b.known in ("town", "city"))):
            broader = True  # "the Bazaar area of Ghazni city"
        broader = broader or (b.known == "admin1" and _REGION_AFTER.match(text, b.end) is not None)
        if same_kind and (_AND.match(gap) or (_SIBLING.match(gap) and (b_list or broad_name or a.kind == b.kind))):
            out[i] = replace(a, kind=b.kind, parent=b.parent)
            listed[i] = listed[i + 1] = True
        elif _AND.match(gap) and a.kind is not None and b.kind is not None and b.parent is not None \
                and a.rank <= b.rank:
            out[i] = replace(a, parent=b.parent)  # "the Nawa area and Garmsir district, Helmand province"
            listed[i] = True
        elif _IN_BRACKET.match(text[a.end:b.start]) and b.rank > a.rank and _BRACKET_END.match(text, b.end):
            out[i] = replace(a, parent=i + 1)  # "Haldia town (Purba Medinipur district)": a unit alone
        elif _HIER.match(gap):
            of = re.search(r"\bof\b", gap) is not None
            # "Kalakan of Qarabagh district", "Dand district of Kandahar province": "of" puts it inside
            inside = of and b.kind is not None and (a.kind is None or a.rank <= b.rank)
            # "Sarban Qala, Sangin district": one name before a single designated place is in it
            comma = same_kind and not broad_name and a.kind is None and gap.strip() == ","
            if broader or inside or comma or _town_of_province(text, a, b, gap):
                out[i] = replace(a, parent=i + 1)
    return out


def _town_of_province(text: str, a: PlaceSpan, b: PlaceSpan, gap: str) -> bool:
    """"Valparaiso, Zacatecas", "Santa Fe, Ocotepeque": a bare name that is also a province somewhere, a comma, and
    a province that ends the phrase is a town of that province (the way notes write a place), not two provinces; a
    list goes on after its second name ("in Kabul, Kandahar and Helmand") and is left alone."""
    if not (a.kind is None and b.kind is None and a.known == "admin1" and b.known == "admin1" and gap.strip() == ","):
        return False
    return re.match(r"\s*(?:[,;:.)]|$|\n)", text[b.end:b.end + 2]) is not None and not re.match(
        r"\s*,\s*(?:and\s+)?[A-Z]", text[b.end:b.end + 30]) and not _AND.match(text[b.end:b.end + 8])
