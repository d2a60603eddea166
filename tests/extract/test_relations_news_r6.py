"""Relations as news states them, sixth round (issue 19), on invented sentences through the full language layer:
control kept or tightened ("strengthened its control over", "maintained its grip on", areas "particularly around" a
place), support alleged in a relative clause ("Iran, which officials have long accused of arming X"), and two sides
"cooperating"; and what none of them takes."""

from __future__ import annotations

from sitrep.extract.relations import find_relations
from sitrep.nlp.annotate import annotate
from sitrep.records import Document, RelationRecord


def rels(text: str, published: str = "2019-03-10") -> list[RelationRecord]:
    doc = Document(id="t", source="t", text=text, format="text", published=published)
    return list(find_relations(doc, annotate(doc)).relations)


def of(text: str, predicate: str) -> list[tuple[str, str | None, str]]:
    return [(r.subject, r.object, r.certainty) for r in rels(text) if r.predicate == predicate]


def test_control_strengthened_or_extended_with_a_possessive() -> None:
    assert of("The Taliban has strengthened its control over Kandahar.", "controls") == [
        ("taliban", "doc:location:kndhr", "asserted")]
    assert of("The Taliban has extended its control over Kunduz province.", "controls") == [
        ("taliban", "doc:location:kndz", "asserted")]


def test_control_over_areas_particularly_around_a_place() -> None:
    got = of("Since the death of its founder, al-Shabaab has strengthened its control over strategic locations, "
             "particularly around the Juba valley.", "controls")
    assert got == [("al-shabaab", "doc:location:jb", "asserted")]


def test_control_lost_or_not_kept_is_no_control() -> None:
    assert of("The army lost its grip on Kunduz, officials said.", "controls") == []
    assert of("The Taliban failed to maintain its control over Kunduz.", "controls") == []


def test_support_alleged_in_a_relative_clause_about_the_accused() -> None:
    got = of("Officials in Kabul referred to Iran, which Afghan officials have long accused of supporting the "
             "Taliban.", "supports")
    assert got == [("doc:location:arn", "taliban", "alleged")]


def test_a_relative_clause_that_accuses_no_one_gives_no_support() -> None:
    assert of("Officials referred to Iran, which no one has ever accused of supporting the Taliban.", "supports") == []
    assert of("Officials referred to Iran, which Afghan officials have never accused of supporting the Taliban.",
              "supports") == []


def test_two_sides_cooperating_are_allied() -> None:
    got = of("Kenyan troops and Somali forces, acting as a joint task force, are cooperating against al-Shabaab.",
             "allied_with")
    assert got == [("acled:military-ke-2013-2022", "somalia-military", "asserted")]
    assert of("Afghan troops and U.S. forces are not cooperating in Helmand.", "allied_with") == []


def test_a_place_taken_named_before_the_taker() -> None:
    assert [(r.subject, r.object, r.start) for r in rels("Crimea, which Russia seized in 2014, is disputed.")
            if r.predicate == "controls"] == [("doc:location:rs", "doc:location:crm", "2014")]
    got = [(r.subject, r.object, r.start) for r in
           rels("Crimea is among the territories Russia seized in the 2014 crisis where Ukrainians hope to return.")
           if r.predicate == "controls"]
    assert got == [("doc:location:rs", "doc:location:crm", "2014")]
    assert of("Kunduz, which the Taliban captured in September 2015, was retaken by Afghan forces.",
              "controls")[0][:2] == ("taliban", "doc:location:kndz")


def test_a_place_before_another_verb_or_object_is_not_taken() -> None:
    assert of("Kunduz, which the Taliban attacked in 2015, is calm.", "controls") == []
    assert of("Kunduz, which the Taliban captured the governor of, is calm.", "controls") == []
    assert of("Helmand is among the provinces where the Taliban captured weapons.", "controls") == []
