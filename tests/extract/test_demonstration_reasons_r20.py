"""A demonstration's reasons are not its deeds: the harm it answers ("after an officer beat a vendor"), the claim of
a second gathering in the note ("... gathered to demonstrate against the killing of ..."), and a claim ends where
the gathering's own fate begins ("protesting against the curfew were shot") (sentences written for these tests)."""

from __future__ import annotations

import pytest

from helpers import coded as _coded

PEACEFUL = ("Protests", "Peaceful protest")
EXCESSIVE = ("Protests", "Excessive force against protesters")
INTERVENTION = ("Protests", "Protest with intervention")


@pytest.mark.parametrize("text", [
    "On 2 June 2023, market vendors demonstrated in Mbeya town, after a police officer beat up and injured one of "
    "them. [size=no report]",
    "On 3 June 2023, activists from the movement against corruption in Peru marched in Cusco, then gathered at the "
    "main square to demonstrate against the killing of a demonstrator last month. [size=no report]",
])
def test_the_harm_a_demonstration_answers_is_not_its_own(text: str) -> None:
    assert _coded(text) == PEACEFUL


def test_the_claim_ends_where_the_gatherings_fate_begins() -> None:
    text = ("On 4 June 2023, farmers who were demonstrating against the new land law were shot by police in Tarija. "
            "[size=no report]")
    assert _coded(text) == EXCESSIVE


def test_a_claim_is_told_in_its_gatherings_sentence() -> None:
    text = ("On 5 June 2023, the opposition marched through Tbilisi and blocked a crossing. Four protesters were "
            "detained while walking near the parliament. [size=no report]")
    assert _coded(text) == INTERVENTION


@pytest.mark.parametrize("text", [
    "On 6 June 2023, during a campaign rally of the ruling party in Tamale, one supporter was shot.",
    "On 7 June 2023, a student was wounded in the leg by police during a protest against fee increases in Gulu. "
    "[size=no report]",
])
def test_someone_shot_at_a_demonstration_is_excessive_force(text: str) -> None:
    assert _coded(text) == EXCESSIVE
