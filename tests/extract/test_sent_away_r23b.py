"""A force named as what a demand for its going is about is no side (round 23b, invented sentences)."""

from __future__ import annotations

from sitrep.extract import actor_roles


def test_a_force_whose_withdrawal_is_demanded_is_sent_away() -> None:
    text = "Traders marched in Xam to call for the departure of French troops."
    assert actor_roles.is_sent_away(text, text.index("French"))
    text = "Villagers blocked the road and demanded the removal of the army from the hills."
    assert actor_roles.is_sent_away(text, text.index("army"))


def test_a_force_that_acts_is_not_sent_away() -> None:
    text = "After the withdrawal, police dispersed the crowd."
    assert not actor_roles.is_sent_away(text, text.index("police"))
    text = "Soldiers of the army arrested two men."
    assert not actor_roles.is_sent_away(text, text.index("army"))
