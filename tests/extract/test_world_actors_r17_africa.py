"""ACLED's actors in Africa, round 17 (issue 16): the sides of a fight between two peoples."""

from __future__ import annotations

import pytest

from helpers import main_actors
from sitrep.export.acled import acled_name


def _roles(text: str, published: str) -> dict[str, str]:
    """ACLED's names of actor1 and actor2 of the most confident event of ``text``."""
    ev, names = main_actors(text, published, roles=None)
    return {a.role: acled_name({"id": a.key, "name": names[a.role]}) for a in ev.actors
            if a.role in ("actor1", "actor2")}


@pytest.mark.parametrize(("text", "actor1", "actor2"), [
    ("On 3 June 2019, armed clashes broke out in Dikhil (Dikhil) between Afar and Issa groups. One person was injured.",
     "Afar Ethnic Militia (Djibouti)", "Issa Clan Militia (Djibouti)"),
    ("On 4 May 2021, the Konkomba and Bimoba fought each other over a land dispute in Tamale (Tamale, Northern), "
     "Ghana.", "Konkomba Ethnic Militia (Ghana)", "Bimoba Ethnic Militia (Ghana)"),
    ("On 9 April 2021, clashes between Fulani herders and Konkombas were reported at Yendi (Yendi, Northern), Ghana. "
     "One person was injured.", "Fulani Ethnic Militia (Ghana)", "Konkomba Ethnic Militia (Ghana)"),
])
def test_two_peoples_set_against_each_other_are_their_ethnic_militias(text: str, actor1: str, actor2: str) -> None:
    roles = _roles(text, "2021-04-09")
    assert roles == {"actor1": actor1, "actor2": actor2}
