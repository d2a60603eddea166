"""Groups named only in passing are no sides of the event (round 24b, invented sentences)."""

from __future__ import annotations

import pytest

from helpers import acled_actors
from sitrep.extract.no_side import contexts, no_side, parse_contexts


def _at(text: str, phrase: str, nth: int = 0) -> bool:
    a = -1
    for _ in range(nth + 1):
        a = text.index(phrase, a + 1)
    return no_side(text, a, a + len(phrase))


def test_the_table_loads_with_both_sides() -> None:
    table = contexts()
    assert table["before"] and table["after"]


def test_a_bad_row_is_refused() -> None:
    with pytest.raises(ValueError):
        parse_contexts("kind,side,pattern,note\nabsent,around,x,unknown side\n")
    with pytest.raises(ValueError):
        parse_contexts("kind,side,pattern,note\nabsent,after,(,does not compile\n")


def test_a_force_said_to_be_absent_is_no_side() -> None:
    assert _at("Raiders looted a market. The gendarmerie is not present in this district.", "gendarmerie")


def test_a_force_sent_only_after_the_attack_is_no_side() -> None:
    assert _at("Gunmen burned a clinic. The army was deployed to the village after the attack.", "The army")


def test_a_force_sent_that_then_fights_is_a_side() -> None:
    assert not _at("Troops were deployed after the attack and clashed with the gunmen.", "Troops")


def test_groups_in_an_aside_on_what_a_group_was_formed_from_are_no_sides() -> None:
    text = "A bomb planted by the Red Front (a group formed from the merger of ABC and XYZ) killed two."
    assert _at(text, "ABC") and _at(text, "XYZ")
    assert not _at(text, "Red Front")


def test_the_group_victims_are_accused_of_helping_is_no_side() -> None:
    assert _at("Militiamen beat five farmers after accusing them of supporting Al Shabaab.", "Al Shabaab")


def test_who_denies_a_part_is_no_side_by_that_mention() -> None:
    assert _at("Unknown men shot two traders. The army has denied any involvement.", "The army")
    assert not _at("The army attacked the camp.", "The army")


def test_the_aside_leaves_the_planting_group_the_only_named_side() -> None:
    names = acled_actors("On 3 March 2022, a bomb planted by the Baloch Nationalist Army (a group formed after the "
                         "merger of the BRA and the UBA) killed two people at a market in Quetta (Balochistan).",
                         "2022-03-03")
    assert "BRA: Baloch Republican Army" not in names.values()


def test_the_group_an_act_answers_is_named_for_its_motive() -> None:
    text = "Rebels shelled a depot in response to the Ruritanian-led coalition's blockade of the port."
    assert _at(text, "Ruritanian")
