"""Security staff a report ties to a business, a facility or a private person: ACLED's "Private Security Forces
(X)" (invented sentences)."""

from __future__ import annotations

import re

import pytest

from helpers import dictionary_roles
from sitrep.extract.private_security import parse, pattern_text, private_security_pattern


def _roles(text: str, published: str = "2021-03-10") -> dict[str, list[str]]:
    return dictionary_roles(text, published)


def test_the_security_staff_of_a_clinic_are_private_security_forces() -> None:
    roles = _roles("On 8 March 2021, in Kisumu (Kisumu), a crowd of relatives forced their way into a clinic and "
                   "smashed its doors. Security staff of the clinic pushed the rioters out. [size=dozens]")
    assert "Private Security Forces (Kenya)" in roles["actor1"] + roles["actor2"]


def test_the_security_men_of_rival_candidates_who_fight_are_both_private() -> None:
    roles = _roles("On 8 March 2021, security personnel of two rival candidates exchanged fire in Cabanatuan "
                   "(Nueva Ecija, Central Luzon). Three of them were wounded.")
    assert roles["actor1"] == ["Private Security Forces (Philippines)"]


def test_the_pattern_needs_a_non_state_owner() -> None:
    rx = re.compile(private_security_pattern(), re.I)
    assert rx.search("the mine's security officers fired at the crowd")
    assert rx.search("security officials from the hospital contained them")
    assert not rx.search("security officials from the ministry of interior detained them")
    assert not rx.search("security personnel at the checkpoint fired")


def test_the_table_requires_both_lists() -> None:
    with pytest.raises(ValueError):
        parse("staff: [guards]\n")
    assert re.search(pattern_text(("guards",), ("farms?",)), "security guards of the farm", re.I)
