"""Round 22c (claims): what a demonstration's crowd protests against, demands or stands in solidarity with names no
side of the event; a force also told acting on the crowd stays its actor2."""

from __future__ import annotations

from helpers import main_actors
from sitrep.extract.claim_actors import unclaimed
from sitrep.extract.event_actors import Occurrence


def test_an_armed_group_protested_against_is_no_intervening_force() -> None:
    text = ("On 3 May 2022, in Bunia (Ituri), students demonstrated against killings by unidentified armed groups in "
            "the province. Police dispersed them with tear gas.")
    _, names = main_actors(text, "2022-05-03")
    assert names.get("actor1") == "Protesters (Democratic Republic of Congo)", names
    assert (names.get("actor2") or "").startswith("Police Forces of the Democratic Republic of Congo"), names


def test_a_force_named_in_the_claim_and_acting_outside_it_stays() -> None:
    text = ("On 3 May 2022, in Nairobi (Nairobi), traders marched to demand the departure of the county police "
            "commander. Police fired tear gas to disperse them.")
    _, names = main_actors(text, "2022-05-03")
    assert (names.get("actor2") or "").startswith("Police Forces of Kenya"), names


def test_only_mentions_inside_the_claim_are_dropped() -> None:
    text = "Workers rallied against the presence of the soldiers at the mine, and the soldiers beat them."
    a = text.index("soldiers")
    b = text.index("soldiers", a + 1)
    inside = Occurrence(a, a + 8, "army", "military", "neutral")
    outside = Occurrence(b, b + 8, "army", "military", "agent")
    crowd = Occurrence(0, 7, "crowd", "protesters", "agent")
    sents = [(0, len(text))]
    assert unclaimed("Protests", [crowd, inside], text, sents) == [crowd]
    assert unclaimed("Protests", [crowd, inside, outside], text, sents) == [crowd, inside, outside]
    assert unclaimed("Battles", [crowd, inside], text, sents) == [crowd, inside]  # no demonstration: no claim
