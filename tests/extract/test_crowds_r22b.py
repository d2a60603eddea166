"""Round 22b (crowds): a force that tried to contain a crowd acted on it (ACLED's intervening force, a violent
demonstration's actor2), not measures that "contain the spread" of a disease; a force pushed back or chased away
by a crowd was fought by it."""

from __future__ import annotations

from helpers import main_actors
from sitrep.extract.context_cues import force_acted, force_engaged


def test_a_force_that_contained_a_crowd_acted_on_it() -> None:
    assert force_acted("The gendarmes tried to contain the angry crowd.")
    assert force_acted("Guards contained the rioters at the gate.")
    assert not force_acted("The town council adopted measures to contain the spread of the virus.")


def test_a_force_pushed_back_by_a_crowd_was_fought() -> None:
    assert force_engaged("Officers were pushed back by a crowd of residents.")
    assert force_engaged("The soldiers were chased away by the villagers.")
    assert not force_engaged("The police chased away the crowd.")


def test_a_violent_demonstration_the_police_tried_to_contain_has_the_police() -> None:
    text = ("On 4 March 2021, in Rosario (Santa Fe), dismissed factory workers burned tyres in front of the plant "
            "to demand their wages. The police tried to contain the demonstration.")
    _, names = main_actors(text, "2021-03-04")
    assert names.get("actor1") == "Rioters (Argentina)", names
    assert (names.get("actor2") or "").startswith("Police Forces of Argentina"), names


def test_goods_struck_told_in_the_passive_are_civilians_goods() -> None:
    from sitrep.extract.context_cues import crowd_struck

    assert crowd_struck("During the blockade the tyres of two lorries that kept driving were slashed.")
    assert crowd_struck("Several shops were looted in the town centre.")
    assert not crowd_struck("The tyres of a police van were slashed.")
    assert not crowd_struck("Tyres were burned on the main road.")  # a crowd's barricade, no one's goods
    assert not crowd_struck("The house was searched by officers.")
