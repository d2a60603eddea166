"""The NER's tokenizer without spaCy gives spaCy's tokens, and the language layer no longer imports spaCy."""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from spacy.tokenizer import Tokenizer  # type: ignore[import-not-found]  # (Cython: no stubs)
from spacy.vocab import Vocab

from sitrep.bench.corpus import records
from sitrep.nlp.model import load_ner, model_path
from sitrep.nlp.rule_tokenizer import _RUNS, RuleTokenizer, read_rules

RULES = model_path() / "tokenizer"


@pytest.fixture(scope="module")
def spacy_tokenizer() -> Any:
    return Tokenizer(Vocab()).from_disk(RULES)


@pytest.fixture(scope="module")
def mine() -> RuleTokenizer:
    return RuleTokenizer.from_model(RULES)


def spacy_tokens(tok: Any, text: str) -> list[tuple[str, int]]:
    return [(t.text, t.idx) for t in tok(text)]


EDGES = [
    "", " ", "  ", "\n", " lead", "trail ", "trail  ", "  two  spaces\n\nand\ttabs ", "\u00a0nbsp\u00a0 \u2009thin",
    "U.S.-led raids, e-mail http://example.org/a?b=1 :) don't 3.5km", "(U.S.)", "\"U.S.\"", "'s", "''", "’’ ’s",
    "\u00a0non-breaking\u2009thin (Kabul) [sic] \"quoted,\" 1,200 km² 10:30pm, Mr. Khan's men—and others…",
    ":-) :) (: <3 ^_^ ...", "e.g. i.e. etc. o'clock ma'am y'all can't won't gonna", "www.example.com/x.", "$10m, £5",
    "Gen. Miller spoke.", "KABUL, Afghanistan (Reuters) — Gunmen attacked a checkpoint.",
]


def fuzz(n: int, specials: list[str], seed: int = 21) -> list[str]:
    """Strings built from the special cases, affix characters and whitespace of every kind, in random order."""
    rng = random.Random(seed)
    bits = specials + list("()[]{}\"'`.,:;!?-–—/\\&%$#@*+=<>|~^…’‘“”«»") + [
        "  ", " ", "\n", "\t", "\u00a0", "\u2009", " \n", "U.S.", "e-mail", "http://x.org/a?b=1", "3.5km", "1,200",
        "km²", "Kabul", "don't", "'s", "Mr.", ":)", ":-)", "<3", "'", "...", "e.g."]
    return ["".join(rng.choice(bits) + rng.choice(["", " ", " ", "  "]) for _ in range(rng.randint(1, 12)))
            for _ in range(n)]


def test_same_tokens_and_offsets_as_spacy(spacy_tokenizer: Any, mine: RuleTokenizer) -> None:
    texts = ([r["text"] for r in records(40, "news")] + [r["text"] for r in records(300, "notes")] + EDGES
             + fuzz(3000, sorted(mine.specials)))
    differing = [t for t in texts if mine(t) != spacy_tokens(spacy_tokenizer, t)]
    assert not differing, f"{len(differing)} texts tokenized otherwise, e.g. {differing[:3]!r}"


def test_same_tokens_on_the_demo_articles(spacy_tokenizer: Any, mine: RuleTokenizer) -> None:
    for path in sorted((Path(__file__).resolve().parents[2] / "src" / "sitrep" / "data" / "sample").iterdir()):
        text = path.read_text(encoding="utf-8")
        assert mine(text) == spacy_tokens(spacy_tokenizer, text), path.name


def test_tokens_cover_the_text(mine: RuleTokenizer) -> None:
    text = "KABUL, Afghanistan (Reuters) — U.S.-led forces said: \"We won't leave.\"\n\nMr. Khan's men… 1,200 km²"
    toks = mine(text)
    assert all(text[i:i + len(w)] == w for w, i in toks)
    assert "".join(w for w, _ in toks) == text.replace(" ", "")  # only single spaces after tokens are left out
    assert [w for w, _ in mine("We won't leave.")] == ["We", "wo", "n't", "leave", "."]


def test_whitespace_runs_are_what_str_isspace_says() -> None:
    """Runs are cut with ``\\s``, which must be exactly spaCy's ``str.isspace`` for every code point."""
    assert [c for c in range(sys.maxunicode + 1) if chr(c).isspace() != (re.match(r"\s", chr(c)) is not None)] == []
    assert [m.group() for m in _RUNS.finditer("a \u00a0b\n\tc")] == ["a", " \u00a0", "b", "\n\t", "c"]


def test_rules_are_read_as_spacy_reads_them(spacy_tokenizer: Any) -> None:
    rules = read_rules(RULES)
    assert rules["prefix"] == spacy_tokenizer.prefix_search.__self__.pattern
    assert rules["infix"] == spacy_tokenizer.infix_finditer.__self__.pattern
    assert rules["exceptions"] == {k: tuple(p[65] for p in v) for k, v in spacy_tokenizer.rules.items()}


def test_language_layer_does_not_import_spacy(tmp_path: Path) -> None:
    """A whole ingest of an article (the NER included) runs without importing spaCy or thinc: their import alone
    cost more CPU time than the rest of a one-document ingest."""
    doc = tmp_path / "a.txt"
    doc.write_text("Taliban fighters attacked a police checkpoint in Kunduz on Monday, killing three officers, "
                   "provincial spokesman Ahmad Karimi said.", encoding="utf-8")
    code = ("import sys, json; from sitrep import api; from sitrep.nlp.model import load_ner; "
            f"api.ingest([{str(doc)!r}], {str(tmp_path / 'kb.db')!r}); "
            "print(json.dumps([load_ner.__module__, sorted(m for m in sys.modules "
            "if m.split('.')[0] in ('spacy', 'thinc', 'srsly'))]))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    _, heavy = json.loads(out.stdout.strip().splitlines()[-1])
    assert [m for m in heavy if m.split(".")[0] != "srsly"] == []  # srsly only reads the rules on a cold cache
    found = load_ner().find("Ahmad Karimi visited Kunduz.", ((0, 28),))
    assert ("Ahmad Karimi", "PER") in {("Ahmad Karimi visited Kunduz."[a:b], lab) for a, b, lab in found}
