"""A document sitrep cannot read (PDF) is reported per file with exit 1; documents not in English are stored with
their language and named on ingest and in `stats`."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from sitrep.cli.main import cli
from sitrep.ingest.language import detect_language

# Invented texts.
ENGLISH = ("KUNDUZ — Police chief Tom Walker said on Monday that Taliban fighters attacked a checkpoint in "
           "Dasht-e-Archi district, killing two policemen.")
FRENCH = ("Les combattants talibans ont attaqué un poste de contrôle dans le district de Dasht-e-Archi lundi soir, "
          "tuant deux policiers, a déclaré le chef de la police.")
DARI = "جنگجویان طالبان روز دوشنبه بر یک پاسگاه پولیس در ولسوالی دشت ارچی حمله کردند و دو پولیس را کشتند."


def test_language_is_detected_from_the_text_and_falls_back_to_the_declared_one() -> None:
    assert detect_language(ENGLISH) == "en"
    assert detect_language(FRENCH, "en") == "fr"
    assert detect_language(DARI) == "fa"
    assert detect_language("Breaking:", "en-GB") == "en"  # too short to tell
    assert detect_language("12 34") is None


def test_a_folder_with_only_a_pdf_is_reported_per_file(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "brief.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    (tmp_path / "in" / "photo.png").write_bytes(b"\x89PNG")  # not a document: left alone
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "in"), "--db", str(tmp_path / "kb.db")])
    assert result.exit_code == 1
    assert "brief.pdf" in result.output and "E106" in result.output and "photo.png" not in result.output


def test_documents_not_in_english_are_named_on_ingest_and_in_stats(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    for name, text in (("en.txt", ENGLISH), ("fr.txt", FRENCH), ("fa.txt", DARI)):
        (tmp_path / "in" / name).write_text(text, encoding="utf-8")
    db = str(tmp_path / "kb.db")
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "in"), "--db", db])
    assert result.exit_code == 0, result.output
    assert "2 not in English" in result.output and "fr  fr.txt" in result.output and "fa  fa.txt" in result.output
    info = json.loads(CliRunner().invoke(cli, ["stats", "--db", db, "--json"]).output)
    assert info["languages"] == {"en": 1, "fa": 1, "fr": 1}
    assert info["not_english"] == {"fr.txt": "fr", "fa.txt": "fa"}
    assert "not in English" in CliRunner().invoke(cli, ["stats", "--db", db]).output
    doc = json.loads(CliRunner().invoke(cli, ["document", "fr.txt", "--db", db, "--json"]).output)
    assert doc["lang"] == "fr"
