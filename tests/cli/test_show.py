"""Every fact one command away (`event`, `relation`, `relations`, `claims`, `document`), with evidence and
sources, as text and JSON; bad dates, choices and ids are refused with a clear error and exit 2."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from sitrep import api
from sitrep.cli.main import cli

# Invented articles.
ARTICLE_A = {"id": "kdz-1", "published": "2018-03-05", "outlet": "Northern Wire", "title": "Checkpoint attacked",
             "text": "KUNDUZ — Police chief Tom Walker said on Monday that Sami Noorzad, a Taliban commander, had "
                     "fled with his men. Walker added that Islamic State fighters attacked a checkpoint in "
                     "Dasht-e-Archi district on Sunday, killing two policemen."}
ARTICLE_B = {"id": "kdz-2", "published": "2019-07-10", "outlet": "Valley Times", "title": "Village seized",
             "text": "KUNDUZ — District chief Ali Karimi said on Tuesday that Qari Zahid, a Taliban commander, had "
                     "seized a village in Imam Sahib district."}


def cli_run(*args: str, code: int = 0) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == code, result.output
    return result.output


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("show")
    (folder / "in.jsonl").write_text("\n".join(json.dumps(a) for a in (ARTICLE_A, ARTICLE_B)), encoding="utf-8")
    path = folder / "kb.db"
    api.ingest([str(folder / "in.jsonl")], path)
    return str(path)


def test_event_shows_its_sources_evidence_and_claims(db: str) -> None:
    events = json.loads(cli_run("events", "--db", db, "--json"))
    ev = next(e for e in events if e["location"] == "Dasht-e-Archi")
    shown = json.loads(cli_run("event", ev["id"], "--db", db, "--json"))
    assert shown["id"] == ev["id"] and shown["sources"][0]["outlet"] == "Northern Wire"
    quote = shown["evidence"][0]
    assert quote["doc"] == "kdz-1" and "killing two policemen" in quote["text"]
    assert ARTICLE_A["text"][quote["start"]:quote["end"]] == quote["text"]
    text = cli_run("event", ev["id"], "--db", db)
    assert "Dasht-e-Archi" in text and "killing two policemen" in text and "Northern Wire" in text


def test_relations_take_the_report_filters_and_relation_shows_one(db: str) -> None:
    rows = json.loads(cli_run("relations", "--db", db, "--json"))
    assert {r["doc_id"] for r in rows} == {"kdz-1", "kdz-2"}
    until_2018 = json.loads(cli_run("relations", "--until", "2018", "--db", db, "--json"))
    assert {r["doc_id"] for r in until_2018} == {"kdz-1"}  # kdz-2's relation holds from its 2019 report
    by_actor = json.loads(cli_run("relations", "--actor", "Sami Noorzad", "--db", db, "--json"))
    assert by_actor and all("Sami Noorzad" in (r["subject"], r["object"]) for r in by_actor)
    by_pred = json.loads(cli_run("relations", "--predicate", rows[0]["predicate"], "--db", db, "--json"))
    assert by_pred and {r["predicate"] for r in by_pred} == {rows[0]["predicate"]}
    one = json.loads(cli_run("relation", rows[0]["id"], "--db", db, "--json"))
    assert one["id"] == rows[0]["id"] and one["evidence"] and one["outlet"]
    assert "evidence:" in cli_run("relation", rows[0]["id"], "--db", db)


def test_claims_name_who_says_so(db: str) -> None:
    claims = json.loads(cli_run("claims", "--db", db, "--json"))
    assert claims and all(c["doc_id"] and c["attribute"] for c in claims)
    assert any(c["attributed_to_name"] == "Tom Walker" for c in claims)
    assert "says Tom Walker" in cli_run("claims", "--db", db)


def test_document_marks_its_extractions(db: str) -> None:
    doc = json.loads(cli_run("document", "kdz-1", "--db", db, "--json"))
    assert doc["text"] == ARTICLE_A["text"] and doc["events"] and doc["relations"]
    for m in doc["mentions"]:
        assert doc["text"][m["start"]:m["end"]] == m["text"]
    text = cli_run("document", "kdz-1", "--db", db)
    assert "[Sami Noorzad]{e" in text and "[Taliban]{taliban}" in text


@pytest.mark.parametrize("args", [
    ["asof", "2017-13-01"], ["asof", "2017-02-30"], ["report", "--since", "2017-13-45", "-o", "x.html"],
    ["export", "--format", "jsonl", "--until", "2018-00"], ["relations", "--since", "yesterday"],
    ["entities", "--type", "militia"], ["events", "--limit", "0"], ["relations", "--predicate", "likes"],
    ["event", "v999"], ["event", "v"], ["relation", "r1…"], ["document", "nothing-here"],
    ["corrections", "undo", "0"],
])
def test_bad_dates_choices_and_ids_are_usage_errors(db: str, args: list[str]) -> None:
    out = cli_run(*args, "--db", db, code=2)
    assert "rror" in out and "Traceback" not in out


def test_an_unknown_id_suggests_ids_that_begin_with_it(db: str) -> None:
    assert "did you mean: kdz-1, kdz-2" in cli_run("document", "kdz", "--db", db, code=2)
