"""Relation history: which existing relations a new statement ends, and when."""

from __future__ import annotations

from typing import Any

from sitrep.records import Evidence, RelationRecord
from sitrep.resolve.relations import supersede

EV = (Evidence(doc="d", start=0, end=1, text="x"),)


def row(rid: str, predicate: str, subject: str, obj: str | None, *, start: str | None = None,
        end: str | None = None, role: str | None = None, certainty: str = "asserted", **extra: Any) -> dict[str, Any]:
    return {"id": rid, "predicate": predicate, "subject_id": subject, "object_id": obj, "role": role,
            "start_date": start, "end_date": end, "certainty": certainty, **extra}


def new(predicate: str, *, start: str | None = None, end: str | None = None, role: str | None = None,
        certainty: str = "asserted") -> RelationRecord:
    return RelationRecord(predicate=predicate, subject="local", object="local2", evidence=EV, extractor="t",
                          version="0", role=role, start=start, end=end, certainty=certainty)


def test_defection_ends_membership_and_post() -> None:
    existing = [row("r1", "member_of", "e1", "taliban", start="2012"),
                row("r2", "leader_of", "e1", "taliban", role="commander"),
                row("r3", "member_of", "e1", "other"),
                row("r4", "member_of", "e2", "taliban")]
    assert supersede(existing, new("defected_from", start="2017-06"), "e1", "taliban") == [
        ("r1", "2017-06"), ("r2", "2017-06")]


def test_control_changes_hands() -> None:
    existing = [row("r1", "controls", "islamic-state", "loc1", start="2016"),
                row("r2", "controls", "taliban", "loc1", start="2015", end="2016"),
                row("r3", "controls", "islamic-state", "loc2")]
    assert supersede(existing, new("controls", start="2018-08-01"), "taliban", "loc1") == [("r1", "2018-08-01")]


def test_nothing_ends_before_it_began_or_without_a_date() -> None:
    existing = [row("r1", "controls", "islamic-state", "loc1", start="2019-03")]
    assert supersede(existing, new("controls", start="2019-01"), "taliban", "loc1") == []
    assert supersede(existing, new("controls"), "taliban", "loc1") == []
    assert supersede(existing, new("controls"), "taliban", "loc1", fallback_date="2019-05-02") == [
        ("r1", "2019-05-02")]
    assert supersede([row("r1", "controls", "islamic-state", "loc1", start="XXXX-03")],
                     new("controls", start="2019-01"), "taliban", "loc1") == []


def test_weak_statements_end_nothing_and_weak_relations_are_not_ended() -> None:
    existing = [row("r1", "member_of", "e1", "taliban"), row("r2", "member_of", "e1", "taliban", certainty="denied")]
    for certainty in ("denied", "planned", "alleged", "unconfirmed"):
        assert supersede(existing, new("defected_from", start="2017", certainty=certainty), "e1", "taliban") == []
    assert supersede(existing, new("defected_from", start="2017", certainty="reported"), "e1", "taliban") == [
        ("r1", "2017")]


def test_exclusive_post_passes_to_a_successor() -> None:
    existing = [row("r1", "holds_position", "e1", "loc1", role="governor", start="2016"),
                row("r2", "holds_position", "e3", "loc1", role="spokesman"),
                row("r3", "holds_position", "e4", "loc2", role="governor")]
    assert supersede(existing, new("holds_position", start="2018-02", role="governor"), "e2", "loc1") == [
        ("r1", "2018-02")]
    assert supersede(existing, new("holds_position", start="2018-02", role="spokesman"), "e2", "loc1") == []


def test_new_pledge_ends_the_old_pledge_and_armed_membership() -> None:
    existing = [row("r1", "pledged_allegiance_to", "e1", "taliban"),
                row("r2", "member_of", "e1", "taliban", object_type="armed_group"),
                row("r3", "member_of", "e1", "council", object_type="organization")]
    got = supersede(existing, new("pledged_allegiance_to", start="2017-06"), "e1", "islamic-state",
                    object_type="armed_group")
    assert got == [("r1", "2017-06"), ("r2", "2017-06")]


def test_explicit_end_closes_the_same_relation() -> None:
    existing = [row("r1", "holds_position", "e1", "loc1", role="governor", start="2015"),
                row("r2", "holds_position", "e1", "loc1", role="mayor")]
    assert supersede(existing, new("holds_position", start="2015", end="2017-09", role="governor"), "e1", "loc1") == [
        ("r1", "2017-09")]
