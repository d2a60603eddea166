"""Dictionary matching of actor names in text."""

from __future__ import annotations

import pytest

from sitrep.nlp.matcher import default_matcher


def found(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.entity_key) for m in default_matcher().find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Taleban gunmen and Taliban commanders met.", [("Taleban", "taliban"), ("Taliban", "taliban")]),
        ("Fighters of ISK-P, also written ISKP, moved north.",
         [("ISK-P", "islamic-state-khorasan"), ("ISKP", "islamic-state-khorasan")]),
        ("The Pakistani Taliban (TTP) denied it.", [("Pakistani Taliban", "ttp"), ("TTP", "ttp")]),
        ("The Taliban’s spokesman spoke.", [("Taliban", "taliban")]),
    ],
)
def test_spellings_resolve_to_one_entry(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_offsets_point_into_the_text() -> None:
    text = "Clashes between Daesh and the Taliban continued in the north."
    found = default_matcher().find(text)
    assert [m.text for m in found] == ["Daesh", "Taliban"]
    for m in found:
        assert text[m.start:m.end] == m.text


def test_case_sensitive_alias_keeps_its_case() -> None:
    assert found("IS fighters withdrew.") == [("IS", "islamic-state")]
    assert found("It is what it is.") == []


def test_capital_city_is_not_taken_for_its_government() -> None:
    assert found("Residents fled to Kabul last week.") == []


def test_names_inside_urls_and_across_sentences_are_not_matched() -> None:
    assert found("See https://example.org/taliban-news for more.") == []
    assert ("Taliban Afghan", None) not in found("They fought the Taliban. Afghan officials said so.")
    assert [k for _, k in found("They fought the Taliban. Afghan officials said so.")] == ["taliban"]


def test_afghan_taliban_and_ttp_stay_distinct() -> None:
    keys = {k for _, k in found("The Afghan Taliban and Tehrik-i-Taliban Pakistan are rivals.")}
    assert keys == {"taliban", "ttp"}


def test_a_name_grows_only_over_tight_gaps() -> None:
    # a comma or a sentence end stops a name; spaces, hyphens and dots between its words do not (round 23c: each
    # gap is checked when a name reaches it)
    assert [k for _, k in found("The Tehrik-i-Taliban Pakistan, Afghan officials said.")] == ["ttp"]
    assert [k for _, k in found("They met the Taliban, Pakistan said.")] == ["taliban"]


def test_a_names_bracketed_part_is_part_of_the_name() -> None:
    # round 27: a name written with a bracketed part ("CPI (Maoist)") is matched whole, bracket closed included
    assert found("Suspected CPI (Maoist) guerrillas torched two lorries.") == [("CPI (Maoist)", "cpi-maoist")]
    assert found("the Communist Party of India (Maoist) said") == [("Communist Party of India (Maoist)",
                                                                     "cpi-maoist")]
    # a bracket that spells out no longer name ends the name before it
    assert found("The Pakistani Taliban (TTP) denied it.") == [("Pakistani Taliban", "ttp"), ("TTP", "ttp")]
    assert [k for _, k in found("Taliban (Afghan) fighters moved.")] == ["taliban"]


def test_an_ambiguous_name_takes_the_one_candidate_of_the_documents_country() -> None:
    text = "ASWJ fighters raided a village."
    assert found(text) == []  # two groups write themselves ASWJ: without a country, neither
    by_country = [(m.text, m.entity_key) for m in default_matcher().find(text, "MZ")]
    assert by_country == [("ASWJ", "ansar-al-sunna-mozambique")]
    assert [m.entity_key for m in default_matcher().find(text, "PK")] == ["sipah-e-sahaba"]
    assert default_matcher().find(text, "FR") == []  # a country none of them belongs to settles nothing
    assert default_matcher().find_all(text) == ([], True)


def test_the_annotator_settles_an_ambiguous_name_by_the_places_country() -> None:
    from sitrep.nlp.annotate import annotate
    from sitrep.records import Document

    def keys(text: str) -> list[str | None]:
        doc = Document(id="d", source="d", text=text, format="text", published="2021-06-01")
        return [m.entity_key for m in annotate(doc).mentions if m.extractor == "dictionary"]

    assert keys("ASWJ fighters burned houses near Mocimboa da Praia in Cabo Delgado.") == [
        "ansar-al-sunna-mozambique"]
    assert keys("ASWJ supporters marched in Karachi.") == ["sipah-e-sahaba"]
