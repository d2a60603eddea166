from __future__ import annotations

from sitrep.nlp.sentences import split_sentences


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def test_abbreviations_titles_and_initials_do_not_end_sentences() -> None:
    text = ("KABUL — Gen. John Miller said on Tuesday. The U.S. military said \"we will stay.\" Mr. Karimi left. "
            "Lt. Col. A. Rahman flew to the U.S. The talks ended in Jan. 2019 without a deal.")
    assert sentences(text) == [
        "KABUL —",  # the dateline says where the report was filed: a sentence of its own
        "Gen. John Miller said on Tuesday.",
        "The U.S. military said \"we will stay.\"",
        "Mr. Karimi left.",
        "Lt. Col. A. Rahman flew to the U.S.",
        "The talks ended in Jan. 2019 without a deal.",
    ]


def test_line_breaks_end_sentences_and_offsets_point_into_the_text() -> None:
    text = "Headline without a stop\n\nFirst claim? Yes! It was denied.  "
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == ["Headline without a stop", "First claim?", "Yes!", "It was denied."]
    assert all(not text[a].isspace() and not text[b - 1].isspace() for a, b in spans)


def test_a_dateline_is_a_sentence_of_its_own() -> None:
    text = "Page title\nLOME, Togo, Mar 3 (Wire) - Gunmen shot two guards. It rained.\nHARARE: Talks began."
    assert sentences(text) == ["Page title", "LOME, Togo, Mar 3 (Wire) -", "Gunmen shot two guards.", "It rained.",
                               "HARARE:", "Talks began."]
