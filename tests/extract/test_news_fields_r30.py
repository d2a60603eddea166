"""Round 30: the fields of events told in news prose (invented sentences)."""

from __future__ import annotations

from sitrep.extract.event_fatalities import fatalities
from sitrep.extract.events import find_events
from sitrep.nlp.annotate import annotate
from sitrep.nlp.quantities import find_quantities
from sitrep.records import Document, Extractions


def _events(text: str, published: str | None = "2020-03-12") -> Extractions:
    doc = Document(id="d", source="d", text=text, format="text", published=published)
    return find_events(doc, annotate(doc))


def _toll(sentence: str) -> int | None:
    return fatalities(sentence, [(0, len(sentence))])[0].value


def test_a_figure_whose_relative_clause_has_its_own_verb_is_not_the_dead() -> None:
    assert _toll("Police said officers were fired on by some 40 bandits, at least 12 of whom fled into the bush "
                 "and 9 of them were killed in the exchange.") == 9
    assert _toll("Five people who died in the fire were buried on Sunday.") == 5
    assert _toll("Seven of them were killed.") == 7


def test_the_source_a_report_is_according_to_is_no_victim() -> None:
    assert _toll("According to a villager, one of those killed was a tailor named Kemal Dorvan.") is None
    assert [f.counts for f in find_quantities("According to a witness, two soldiers died.")] == ["killed"]


def test_a_victim_told_with_a_status_word_after_the_noun_counts_one() -> None:
    assert _toll("The clash left 8 detainees and a policeman dead, officials said.") == 9
    assert _toll("One dead was reported.") is None


def test_one_person_told_killed_by_any_noun_counts_one() -> None:
    assert _toll("A retired schoolteacher was shot dead outside his home.") == 1
    assert _toll("An elderly Hindu trader was hacked to death on Sunday.") == 1
    assert _toll("A truck was blown apart by the mine.") is None
    assert _toll("Youths blocked the road after a taxi driver was shot dead in a dispute.") is None  # the cause
    assert _toll("Gunmen of an unknown armed group shot dead a farmer.") == 1
    assert _toll("A tailor was shot dead and 3 people were wounded.") is None  # a figure reads the sentence


def test_a_second_incident_told_as_the_day_before_is_dated_a_day_earlier() -> None:
    ext = _events("On Tuesday a soldier was killed in a shootout with gunmen in Zarif, while a baker was gunned "
                  "down in the market the previous day.")
    days = sorted(ev.date.start for ev in ext.events)
    assert days == ["2020-03-09", "2020-03-10"]
    ext = _events("On Tuesday a soldier was killed in a shootout with gunmen in Zarif, while a baker was gunned "
                  "down in the market two days later.")
    assert sorted(ev.date.start for ev in ext.events) == ["2020-03-10", "2020-03-12"]


def test_deaths_an_act_resulted_in_are_its_dead_but_a_killing_protested_is_not() -> None:
    assert _toll("Herders and farmers clashed near the well, resulting in the killing of 4 people.") == 4
    assert _toll("The strikes had resulted in the deaths of 12 fighters.") == 12
    assert _toll("Students marched to denounce the killing of 2 teachers by the police.") is None


def test_a_caption_day_above_the_dateline_dates_a_page_without_its_date() -> None:
    from sitrep.ingest.document import to_document
    from sitrep.records import RawItem

    def doc(caption: str) -> tuple[str | None, str | None]:
        text = (f"Officials attend a ceremony in Zarif, Korvania, {caption}\n\n"
                "ZARIF, Korvania — The president signed a truce on Tuesday with the rebel leader.\n")
        d = to_document(RawItem(doc_id="n1", source="n1.txt", format="text", content=text))
        return d.published, d.published_from

    assert doc("Tuesday, March 10, 2020.") == ("2020-03-10", "caption")
    assert doc("Monday, March 10, 2020.")[0] is None  # the weekday is not that date's
    assert doc("in this file photo of Tuesday, March 10, 2020.")[0] is None
