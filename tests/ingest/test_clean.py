"""The plain-text cleaner on invented scraped pages (tests/fixtures/text) and the seeds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitrep.dates import parse_text_date as parse_date
from sitrep.ingest.clean import clean_text

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "text"
CASES = sorted(FIXTURES.glob("*.txt"))


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_fixture_metadata_and_cleaning(path: Path) -> None:
    expect = json.loads(path.with_suffix(".expect.json").read_text())
    got = clean_text(path.read_text(encoding="utf-8"))
    assert got.title == expect["title"]
    assert got.published == expect["published"]
    if expect["outlet"] is None:
        assert got.outlet is None
    else:  # a publication may come with its publisher: "Quarterly (Press Trust)"
        assert got.outlet is not None and expect["outlet"] in got.outlet
    for s in expect["must_keep"]:
        assert s in got.text, f"story line lost: {s!r}"
    for s in expect["must_drop"]:
        assert s not in got.text, f"boilerplate kept: {s!r}"


def test_repeated_caption_keeps_one_copy_without_its_credit() -> None:
    # a caption states facts (who, where), so one copy stays; the credited copy goes
    caption = "Police inspect the damaged checkpoint in Kunduz province."
    text = f"Headline of the day\n\n{caption}\n{caption} PHOTO: REUTERS\n\n" + "Body sentence with enough words. " * 8
    got = clean_text(text).text
    assert got.count(caption) == 1
    assert "PHOTO: REUTERS" not in got


def test_date_widget_never_becomes_published() -> None:
    text = "Wednesday, December 4, 2024\n\nA headline here\n\n" + "A story sentence goes on here. " * 8
    got = clean_text(text)
    assert got.published is None
    assert "2024" not in got.text


def test_one_paragraph_note_is_kept_whole() -> None:
    note = "On 3 April 2019, Taliban militants attacked a police checkpoint in Qaysar district of Faryab."
    got = clean_text(note, infer_title=False)
    assert got.text == note and got.title is None


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("appeared on 26/1/2018", "2018-01-26"),
        ("on December 02, 2017, with", "2017-12-02"),
        ("30-April-2019", "2019-04-30"),
        ("2 Dec. 2017", "2017-12-02"),
        ("on 3/4/2018", None),  # day and month order unknown
        ("on 31/2/2018", None),  # no such day
        ("in 2525-01-01", None),  # in the future
    ],
)
def test_parse_date(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


def test_seeds_metadata(shared_dir: Path) -> None:
    """The five real seed articles: title, outlet and date come out right, boilerplate goes."""
    import yaml

    gold = yaml.safe_load((shared_dir / "eval" / "gold" / "seeds.yaml").read_text())
    for doc_id, g in gold["documents"].items():
        got = clean_text((shared_dir / "corpus" / "seeds" / doc_id).read_text(encoding="utf-8"))
        assert got.title == g["title"]
        assert got.published == g.get("published")
        assert all(s in got.text for s in g["must_keep"])
        assert not any(s in got.text for s in g["must_drop"])
