"""crowd_actors.demonstration_sides: a demonstration's sides read only for protests and riots."""

from sitrep.extract.crowd_actors import demonstration_sides
from sitrep.records import EntityRef


def test_other_events_keep_their_roles_and_read_nothing() -> None:
    text = "Gunmen killed two farmers near the village on Monday."
    roles = [("acled:unidentified-ng", "actor1", "unidentified")]
    refs: dict[str, EntityRef] = {}
    out = demonstration_sides("Violence against civilians", "Attack", roles, text, [(0, len(text))],
                              [(0, len(text))], text, "NG", "2024-05-06", refs)
    assert out is roles and refs == {}


def test_a_protest_has_its_crowd_as_actor1() -> None:
    text = "Hundreds of traders protested against a new market tax in the town on Monday."
    refs: dict[str, EntityRef] = {}
    out = demonstration_sides("Protests", "Peaceful protest", [], text, [(0, len(text))], [(0, len(text))], text,
                              "NG", "2024-05-06", refs)
    assert [(r, f) for _, r, f in out] == [("actor1", "protesters")]
    assert refs[out[0][0]].name.startswith("Protesters")
