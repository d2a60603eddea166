"""Round 21's first-pass cut (issue 16; i21c-speed) answers as the work it replaces: the second-level divisions'
name keys read from one table are those of the gazetteer's places."""

from __future__ import annotations

import pytest

from sitrep.extract import place_votes
from sitrep.lexicon.gazetteer import default_gazetteer


def _keys_of_places(country: str) -> frozenset[tuple[str, str]]:
    key = place_votes._bare_key
    return frozenset((key(str(p.admin1)), key(n)) for p in default_gazetteer().of_feature("admin2")
                     if p.country == country and p.admin1 for n in p.all_names)


@pytest.mark.parametrize("country", ["NG", "AF", "MX", "CD", "IN", "XX"])
def test_the_admin2_keys_are_those_of_the_places(country: str) -> None:
    assert place_votes._admin2_keys(country) == _keys_of_places(country)
