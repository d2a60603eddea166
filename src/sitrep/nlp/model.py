"""sitrep's own English spaCy pipeline, shipped inside the package.

``load_model()`` loads ``sitrep/nlp/models/<MODEL_NAME>-<MODEL_VERSION>/`` with
``spacy.load`` (offline: a path, never a download) once per process and returns
the same ``Language`` object afterwards. The pipeline: tokenizer, tok2vec,
tagger (PTB XPOS), morphologizer (UPOS + features), trainable lemmatizer,
parser (sets sentence boundaries) and ner, the transformer NER of
``sitrep.nlp.spacy_ner`` (factory ``sitrep_minilm_ner``). The NER predicts
``PER``, ``ORG`` and ``LOC`` (use these) and ``OTH`` (other names; a training
label, to be ignored: see ``ENTITY_LABELS``). The language layer itself
(``sitrep.nlp.annotate``) runs only the tokenizer and the NER
(``load_ner()``); the full pipeline is for callers that want syntax, and ``load_parser()`` the pipeline without
its NER (the relation extractor parses the sentences its dependency patterns may read). Training, data, licences and
held-out scores: ``training/MODEL_CARD.md`` and the ``NOTICE`` in the model
directory.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from sitrep.nlp.minilm_ner import MiniLMNer, NerConfig
from sitrep.nlp.rule_tokenizer import RuleTokenizer

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_NAME = "en_sitrep_core"
MODEL_VERSION = "0.3.0"
#: Entity labels meant for use; the model also predicts ``OTH``, which callers drop.
ENTITY_LABELS: frozenset[str] = frozenset({"PER", "ORG", "LOC"})

_LOCK = threading.Lock()
_MODEL: Language | None = None


def model_path() -> Path:
    """Directory of the shipped pipeline."""
    return Path(__file__).resolve().parent / "models" / f"{MODEL_NAME}-{MODEL_VERSION}"


def load_model() -> Language:
    """The shipped pipeline, loaded once per process (thread-safe) with nothing disabled."""
    global _MODEL
    if _MODEL is None:
        with _LOCK:
            if _MODEL is None:
                import spacy

                import sitrep.nlp.spacy_ner  # noqa: F401  (registers the NER factory)

                path = model_path()
                if not (path / "config.cfg").is_file():
                    raise FileNotFoundError(f"sitrep's spaCy model is missing at {path}")
                _MODEL = spacy.load(path)
    return _MODEL


_PARSER: Language | None = None


def load_parser() -> Language:
    """The shipped pipeline without its NER (tokenizer, tagger, morphologizer, lemmatizer, parser), loaded once per
    process: syntax for the relation extractor (``sitrep.nlp.syntax``)."""
    global _PARSER
    if _PARSER is None:
        with _LOCK:
            if _PARSER is None:
                import spacy

                path = model_path()
                if not (path / "parser").is_dir():
                    raise FileNotFoundError(f"sitrep's parser is missing at {path / 'parser'}")
                _PARSER = spacy.load(path, exclude=["ner"])
    return _PARSER


class EntityTagger:
    """The shipped tokenizer and transformer NER alone, for the language layer: names as character spans."""

    def __init__(self, path: Path) -> None:
        # heavy: loaded on first use only. The tokenizer is spaCy's algorithm over the model's own rules (prefixes,
        # suffixes, infixes, URLs, exceptions) run without importing spaCy (``nlp.rule_tokenizer``: spaCy's import
        # alone cost ~1.6 CPU s of every start); the same tokens, which a test compares with spaCy's.
        self.tokenizer = RuleTokenizer.from_model(path / "tokenizer")
        self.ner = MiniLMNer(path / "ner")
        #: provenance of the names it finds: pipeline and NER versions
        self.version = f"{MODEL_NAME}-{MODEL_VERSION}/{self.ner.cfg.version}"

    def find(self, text: str, sentences: tuple[tuple[int, int], ...]) -> list[tuple[int, int, str]]:
        """``(start, end, label)`` of every PER/ORG/LOC name in ``text`` (``sentences``: character ranges)."""
        words: list[list[str]] = []
        offsets: list[list[tuple[int, int]]] = []
        for s, e in sentences or ((0, len(text)),):
            toks = [(w, s + i) for w, i in self.tokenizer(text[s:e]) if not w.isspace()]
            words.append([w for w, _ in toks])
            offsets.append([(i, i + len(w)) for w, i in toks])
        return [(offs[a][0], offs[b - 1][1], label)
                for offs, found in zip(offsets, self.ner.predict(words), strict=False) for a, b, label in found
                if label in ENTITY_LABELS]


_TAGGER: EntityTagger | None = None


def ner_version() -> str:
    """The version ``EntityTagger.version`` has, read from the model's configuration without loading it."""
    return f"{MODEL_NAME}-{MODEL_VERSION}/{NerConfig.read(model_path() / 'ner' / 'cfg.json').version}"


class LazyTagger:
    """The NER as the language layer holds it: loaded (``load_ner``) only when a document first needs it, so a
    run whose documents leave no sentence open never pays for it, and start-up does not wait for it."""

    def __init__(self) -> None:
        self.version = ner_version()

    def find(self, text: str, sentences: tuple[tuple[int, int], ...]) -> list[tuple[int, int, str]]:
        return load_ner().find(text, sentences)


LAZY_NER = LazyTagger()


def load_ner() -> EntityTagger:
    """The shipped tokenizer + NER, loaded once per process (the parser and its vectors are not loaded)."""
    global _TAGGER
    if _TAGGER is None:
        with _LOCK:
            if _TAGGER is None:
                path = model_path()
                if not (path / "ner" / "cfg.json").is_file():
                    raise FileNotFoundError(f"sitrep's NER model is missing at {path / 'ner'}")
                _TAGGER = EntityTagger(path)
    return _TAGGER
