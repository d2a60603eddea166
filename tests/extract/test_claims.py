"""Claims on invented sentences: group strength, dates per source, contradicting status."""

from __future__ import annotations

import re

import pytest

from sitrep.extract import extract
from sitrep.nlp.sentences import split_sentences
from sitrep.nlp.timex import find_timexes
from sitrep.records import Annotations, Claim, Document, Mention, TimeExpression

NAMES = {
    "Islamic State": ("islamic-state", "armed_group"),
    "IS": ("islamic-state", "armed_group"),
    "Taliban": ("taliban", "armed_group"),
    "Afghan police": ("afghan-police", "state_force"),
    "Jawzjan": ("doc:location:jawzjan", "location"),
    "Darzab": ("doc:location:darzab", "location"),
    "Afghanistan": ("doc:location:afghanistan", "location"),
}


def annotated(text: str) -> tuple[Document, Annotations]:
    mentions = [Mention(start=m.start(), end=m.end(), text=s, type=kind, extractor="t", version="0", entity_key=key)
                for s, (key, kind) in NAMES.items() for m in re.finditer(r"(?<!\w)" + re.escape(s) + r"(?!\w)", text)]
    timexes = tuple(TimeExpression(start=t.start, end=t.end, text=t.text, value=t.value, precision=t.precision,
                                   extractor="x", version="0") for t in find_timexes(text, "2019-02-14"))
    doc = Document(id="d", source="t", text=text, format="text", published="2019-02-14")
    return doc, Annotations(mentions=tuple(sorted(mentions, key=lambda m: m.start)), timexes=timexes,
                            sentences=tuple(split_sentences(text)))


def found(text: str) -> list[tuple[str, str, str, str, str, str | None]]:
    out: list[Claim] = list(extract(*annotated(text)).claims)
    return [(c.subject_kind, c.subject, c.attribute, c.value, c.certainty, c.attributed_to) for c in out]


@pytest.mark.parametrize("text,expected", [
    ("IS has 3,000 fighters in Jawzjan, officials said.",
     ("entity", "islamic-state", "fighters in doc:location:jawzjan", "3000", "reported", None)),
    ("Some 500 fighters loyal to the Taliban gathered near the town.",
     ("entity", "taliban", "fighters", "about 500", "asserted", None)),
    ("The Islamic State has recruited more than 200 members this year.",
     ("entity", "islamic-state", "members", "more than 200", "asserted", None)),
])
def test_strength(text: str, expected: tuple[str, ...]) -> None:
    assert found(text) == [expected]


@pytest.mark.parametrize("text", [
    "Two members of the Afghan police were among the dead.",
    "IS fighters killed 12 members of the Afghan police.",
    "At least 40 Taliban fighters were killed in the raid.",
    "Does IS have 3,000 fighters in Jawzjan?",
    "The Taliban and IS were both active in Jawzjan.",
])
def test_no_strength_claim(text: str) -> None:
    assert [c for c in found(text) if c[0] != "event"] == []  # an event's own death toll is the events' claim


def test_contrasting_caliphate_claims() -> None:
    assert found("The Islamic State has failed to set up a caliphate in Nangarhar, diplomats say.") == [
        ("entity", "islamic-state", "caliphate", "not established", "reported", None)]
    assert found("The Islamic State has carved out a caliphate in Kot district.") == [
        ("entity", "islamic-state", "caliphate", "established", "asserted", None)]


def test_defeat_and_trend() -> None:
    assert found("The Taliban have not been defeated.") == [("entity", "taliban", "defeated", "no", "asserted", None)]
    assert found("The Islamic State remains a potent threat.") == [
        ("entity", "islamic-state", "defeated", "no", "asserted", None)]
    assert found("The Islamic State has been badly weakened, officials said.") == [
        ("entity", "islamic-state", "trend", "declining", "reported", None)]


def test_emergence_date_per_source() -> None:
    assert found("IS first emerged in Jawzjan in 2015, according to officials.") == [
        ("entity", "islamic-state", "emerged", "2015", "reported", None)]


def test_relation_dates_are_claims_of_that_relation() -> None:
    assert found("The Taliban captured Darzab in June 2018.") == [
        ("relation", "0", "start", "2018-06", "asserted", None)]
