"""The transformer NER as a spaCy pipeline component (factory ``sitrep_minilm_ner``).

It sets ``doc.ents`` (PER, ORG, LOC and the training-only OTH) from
``sitrep.nlp.minilm_ner``, reading sentences from an earlier component (the
parser) when there are any and the whole doc otherwise. Its directory in a
saved pipeline holds the files that ``MiniLMNer`` loads. Importing this
module registers the factory; ``sitrep.nlp.model.load_model`` does so before
``spacy.load``.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from sitrep.nlp.minilm_ner import MiniLMNer

FILES = ("cfg.json", "vocab.txt", "embeddings.npz", "encoder.onnx")


class MiniLMNerComponent:
    def __init__(self, name: str) -> None:
        self.name = name
        self.path: Path | None = None
        self.ner: MiniLMNer | None = None

    @property
    def labels(self) -> tuple[str, ...]:
        """Entity labels (BIO prefixes removed), OTH included."""
        if self.ner is None:
            return ()
        return tuple(dict.fromkeys(lab[2:] for lab in self.ner.cfg.labels if lab != "O"))

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        if self.ner is None:
            raise ValueError(f"component {self.name!r} has no model: load it with from_disk")
        for doc in docs:
            sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
            found = self.ner.predict([[t.text for t in s] for s in sents])
            doc.ents = [Span(doc, s.start + a, s.start + b, label=lab)
                        for s, spans in zip(sents, found, strict=False) for a, b, lab in spans]
            yield doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        if self.path is None:
            raise ValueError(f"component {self.name!r} has no model to save")
        dest = Path(path)
        dest.mkdir(parents=True, exist_ok=True)
        for name in FILES:
            if self.path.resolve() != dest.resolve():
                shutil.copy2(self.path / name, dest / name)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> MiniLMNerComponent:
        self.path = Path(path)
        self.ner = MiniLMNer(self.path)
        return self


@Language.factory("sitrep_minilm_ner", assigns=["doc.ents"], default_config={})
def make_minilm_ner(nlp: Language, name: str) -> MiniLMNerComponent:
    return MiniLMNerComponent(name)

