"""The ``sitrep`` command: exit codes, messages on stderr, stdin, SITREP_DB, export and stats."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from helpers import ARTICLES, docs
from sitrep.cli.main import cli


def run(*args: str, input: bytes | None = None, env: dict[str, str] | None = None) -> Result:
    result = CliRunner().invoke(cli, list(args), input=input, env=env)
    # every outcome, errors included, ends in a deliberate exit: never an escaped exception
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exc_info
    assert "Traceback" not in result.output
    return result


def jsonl(*records: dict[str, object]) -> bytes:
    return "".join(json.dumps(r) + "\n" for r in records).encode()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "kb.db"


def test_ingest_stdin(db: Path) -> None:
    r = run("ingest", "-", "--db", str(db), input=jsonl({"id": "a", "text": ARTICLES[0]},
                                                         {"id": "b", "text": ARTICLES[1], "outlet": "AFP"}))
    assert r.exit_code == 0, r.output
    assert r.stderr.strip().splitlines() == ["ingest: 2 added, 0 skipped"]
    assert r.stdout == ""
    stored = docs(db)
    assert list(stored) == ["a", "b"] and stored["b"]["outlet"] == "AFP"
    assert stored["a"]["source"] == "<stdin>:1"


def test_skipped_inputs_exit_1_one_line_each(db: Path, tmp_path: Path) -> None:
    good, empty, pdf = tmp_path / "good.txt", tmp_path / "empty.txt", tmp_path / "x.pdf"
    good.write_text(ARTICLES[2])
    empty.write_bytes(b"")
    pdf.write_bytes(b"%PDF-1.4")
    r = run("ingest", str(empty), str(good), str(tmp_path / "missing.txt"), str(pdf), "--db", str(db),
            input=None)
    assert r.exit_code == 1
    lines = r.stderr.strip().splitlines()
    assert lines == [
        f"skipped {empty}: empty input [E102]",
        f"skipped {tmp_path / 'missing.txt'}: no such file or folder [E101]",
        f"skipped {pdf}: unsupported file type '.pdf' (use .txt, .html, .htm, .json or .jsonl) [E106]",
        "ingest: 1 added, 3 skipped",
    ]
    assert list(docs(db)) == ["good.txt"]


def test_bad_stdin_line_names_the_line(db: Path) -> None:
    r = run("ingest", "-", "--db", str(db), input=jsonl({"id": "a", "text": ARTICLES[0]}) + b"{oops\n")
    assert r.exit_code == 1
    assert r.stderr.splitlines()[0].startswith("skipped <stdin>:2: malformed JSON")
    assert r.stderr.splitlines()[0].endswith("[E201]")


def test_quiet_prints_no_summary(db: Path, tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(ARTICLES[3])
    r = run("ingest", "--quiet", str(f), "--db", str(db))
    assert (r.exit_code, r.stdout, r.stderr) == (0, "", "")
    r = run("ingest", "-q", str(f), str(tmp_path / "gone.txt"), "--db", str(db))
    assert r.exit_code == 1
    assert r.stderr.strip().splitlines() == [f"skipped {tmp_path / 'gone.txt'}: no such file or folder [E101]"]


@pytest.mark.parametrize("args", [
    ["ingest"],
    ["ingest", "x.txt", "--no-such-option"],
    ["export", "--format", "yaml"],
    ["frobnicate"],
])
def test_usage_errors_exit_2(args: list[str], tmp_path: Path) -> None:
    r = run(*args, "--db", str(tmp_path / "kb.db")) if args[0] != "frobnicate" else run(*args)
    assert r.exit_code == 2
    assert "Usage:" in r.stderr and "Error" in r.stderr
    assert not (tmp_path / "kb.db").exists()


def test_db_that_is_a_folder_is_a_usage_error(tmp_path: Path) -> None:
    assert run("stats", "--db", str(tmp_path)).exit_code == 2


@pytest.mark.parametrize("command", [["ingest", "-"], ["stats"], ["export"]])
def test_db_that_is_not_a_database_exits_3(tmp_path: Path, command: list[str]) -> None:
    notdb = tmp_path / "notes.txt"
    notdb.write_text("these are my notes, not a database\n" * 200)
    before = notdb.read_bytes()
    r = run(*command, "--db", str(notdb), input=jsonl({"id": "a", "text": ARTICLES[0]}))
    assert r.exit_code == 3
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    assert lines[0].startswith("error: ") and str(notdb) in lines[0] and "[E501]" in lines[0]
    assert notdb.read_bytes() == before  # left as it was


def test_sitrep_db_env_is_honoured(tmp_path: Path) -> None:
    env_db = tmp_path / "from-env.db"
    r = run("ingest", "-", input=jsonl({"id": "e", "text": ARTICLES[4]}), env={"SITREP_DB": str(env_db)})
    assert r.exit_code == 0
    assert list(docs(env_db)) == ["e"]
    r = run("stats", "--json", env={"SITREP_DB": str(env_db)})
    assert json.loads(r.stdout)["counts"]["documents"] == 1
    other = tmp_path / "explicit.db"
    assert run("ingest", "-", "--db", str(other), input=jsonl({"id": "f", "text": ARTICLES[5]}),
               env={"SITREP_DB": str(env_db)}).exit_code == 0
    assert list(docs(other)) == ["f"] and list(docs(env_db)) == ["e"]


def test_export_jsonl_file(db: Path, tmp_path: Path) -> None:
    run("ingest", "-", "--db", str(db), input=jsonl({"id": "a", "text": ARTICLES[0], "title": "T"},
                                                    {"id": "b", "text": ARTICLES[1]}))
    out = tmp_path / "out.jsonl"
    r = run("export", "--db", str(db), "-o", str(out))
    assert r.exit_code == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert r.stderr.strip() == f"wrote {len(records)} records to {out}"
    assert [(x["kind"], x["id"]) for x in records if x["kind"] == "document"] == [("document", "a"), ("document", "b")]
    assert {x["kind"] for x in records} <= {"document", "entity", "timex", "event", "relation"}
    assert records[0]["title"] == "T" and records[0]["text"].startswith("KUNDUZ")
    r = run("export", "--db", str(db))
    assert r.exit_code == 0 and [json.loads(x) for x in r.stdout.splitlines()] == records


def test_stats_json(db: Path, tmp_path: Path) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    run("ingest", "-", str(bad), "--db", str(db), input=jsonl({"id": "a", "text": ARTICLES[0], "outlet": "AFP"}))
    r = run("stats", "--db", str(db), "--json")
    assert r.exit_code == 0
    info = json.loads(r.stdout)
    assert info["counts"]["documents"] == 1
    assert info["counts"]["ingest_problems"] == 1
    assert info["counts"]["runs"] == 1
    assert info["outlets"] == {"AFP": 1}
    text = run("stats", "--db", str(db))
    assert text.exit_code == 0 and "documents 1" in text.stdout


def test_real_process_reads_binary_stdin(tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    env = {**os.environ, "SITREP_DB": str(db)}
    data = b"\xef\xbb\xbf" + jsonl({"id": "p", "text": ARTICLES[6] + " Caf\u00e9 \u00e0 Balkh."})
    proc = subprocess.run([sys.executable, "-m", "sitrep", "ingest", "-"], input=data, env=env,
                          capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.decode().strip() == "ingest: 1 added, 0 skipped"
    assert "Café à Balkh" in docs(db)["p"]["text"]
