"""Missiles a crowd sends by hand or bow at a force (round 24c, invented sentences): arrows, petrol bombs,
fireworks shot, lobbed or rained at police or soldiers make a demonstration violent and the force its other side."""

from __future__ import annotations

from sitrep.extract import context_cues, context_filters, event_cues


def test_missiles_shot_lobbed_or_rained_at_a_force_strike_it() -> None:
    assert context_cues.force_engaged("The herders shot arrows at the soldiers guarding the bridge.")
    assert context_cues.force_engaged("Some youths lobbed a petrol bomb at a police post.")
    assert context_cues.force_engaged("The strikers rained stones on the riot police.")
    assert context_filters.force_engaged_at("Fans launched fireworks towards the officers.") is not None


def test_missiles_at_no_named_force_strike_no_force() -> None:
    assert not context_cues.force_engaged("The fans launched fireworks over the stadium.")
    assert not context_cues.force_engaged("Youths shot arrows at them near the river.")


def test_missiles_sent_at_someone_make_a_demonstration_violent() -> None:
    assert event_cues.demonstration("Workers protested at the mine. They fired arrows at the guards.")[1] == \
        "Violent demonstration"
    assert event_cues.demonstration("Traders marched to the town hall and tossed two petrol bombs into it.")[1] == \
        "Violent demonstration"
    assert event_cues.demonstration("Fans marched to demand a new coach and launched fireworks to celebrate.")[1] \
        != "Violent demonstration"


def test_stones_thrown_by_they_are_a_crowds_violence() -> None:
    assert event_cues.demonstration("Villagers gathered at the well. They threw stones at the police.")[0] == "Riots"
    assert event_cues.demonstration("Youths met near the depot. They then hurled bricks at the guards.")[0] == "Riots"
    assert event_cues.demonstration("Villagers gathered at the well. They threw flowers at the bride.")[0] != "Riots"
