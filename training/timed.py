"""spaCy registry additions for sitrep's training runs (loaded with ``spacy train --code training/timed.py``).

``sitrep.timed_batch_by_words.v1``: spaCy's ``batch_by_words.v1`` (``minibatch_by_words``) that stops
yielding batches once ``minutes`` have passed since the batcher was created, so that a run ends (and saves model-last)
within a wall-clock budget. Give the run a finite ``training.max_epochs``: after the deadline each
epoch is empty and the loop ends when ``max_epochs`` is reached.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from spacy import registry
from spacy.training.batchers import minibatch_by_words


@registry.batchers("sitrep.timed_batch_by_words.v1")
def configure_timed_batch_by_words(
    *,
    size: Any,
    tolerance: float,
    discard_oversize: bool,
    minutes: float,
    get_length: Callable[[Any], int] | None = None,
) -> Callable[[Iterable[Any]], Iterator[list[Any]]]:
    deadline = time.monotonic() + 60.0 * minutes

    def batcher(seqs: Iterable[Any]) -> Iterator[list[Any]]:
        if time.monotonic() > deadline:
            return
        optionals = {"get_length": get_length} if get_length is not None else {}
        for batch in minibatch_by_words(
            seqs, size=size, tolerance=tolerance, discard_oversize=discard_oversize, **optionals
        ):
            if time.monotonic() > deadline:
                return
            yield batch

    return batcher


@registry.augmenters("sitrep.case_variants.v1")
def create_case_variants_augmenter(*, lower: float, upper: float) -> Callable[[Any, Any], Iterator[Any]]:
    """Replace an example by its lower-cased copy with probability ``lower`` and by its upper-cased copy
    with probability ``upper`` (news datelines and credits are in capitals; web text is often lower case)."""
    import random

    from spacy.training.augment import _doc_to_biluo_tags_with_partial, make_lowercase_variant

    def augment(nlp: Any, example: Any) -> Iterator[Any]:
        r = random.random()
        if r < lower:
            yield make_lowercase_variant(nlp, example)
        elif r < lower + upper and len(example.text.upper()) == len(example.text):
            example_dict = example.to_dict()
            example_dict["doc_annotation"]["entities"] = _doc_to_biluo_tags_with_partial(example.reference)
            words = [t.text.upper() for t in example.reference]
            if all(len(w) == len(t.text) for w, t in zip(words, example.reference, strict=True)):
                example_dict["token_annotation"]["ORTH"] = words
                yield example.from_dict(nlp.make_doc(example.text.upper()), example_dict)
            else:
                yield example
        else:
            yield example

    return augment


@registry.augmenters("sitrep.mention_swap.v1")
def create_mention_swap_augmenter(
    *, pool: str, swap: float, per_mention: float, lower: float, upper: float
) -> Callable[[Any, Any], Iterator[Any]]:
    """Mention replacement (Dai & Adel 2020) before ``sitrep.case_variants.v1``: with probability ``swap`` an
    example gets each of its names replaced, with probability ``per_mention``, by a random name of the same
    label from the training corpus ``pool`` (a .spacy file), so that the model leans on context and word
    shape rather than on the names it has memorised."""
    import random
    from pathlib import Path

    from spacy.tokens import Doc, DocBin
    from spacy.training import Example

    case = create_case_variants_augmenter(lower=lower, upper=upper)
    names: dict[str, list[tuple[list[str], list[bool]]]] = {}

    def load_pool(nlp: Any) -> None:
        for doc in DocBin().from_disk(Path(pool)).get_docs(nlp.vocab):
            for ent in doc.ents:
                words = [t.text for t in ent]
                spaces = [*[bool(t.whitespace_) for t in ent][:-1], False]
                names.setdefault(ent.label_, []).append((words, spaces))

    def swapped(nlp: Any, example: Any) -> Any:
        ref = example.reference
        words: list[str] = []
        spaces: list[bool] = []
        tags: list[str | None] = []
        i = 0
        ents = {e.start: e for e in ref.ents}
        changed = False
        while i < len(ref):
            ent = ents.get(i)
            if ent is not None:
                if names.get(ent.label_) and random.random() < per_mention:
                    new_words, new_spaces = random.choice(names[ent.label_])
                    new_spaces = [*new_spaces[:-1], bool(ref[ent.end - 1].whitespace_)]
                    changed = True
                else:
                    new_words = [t.text for t in ent]
                    new_spaces = [bool(t.whitespace_) for t in ent]
                words += new_words
                spaces += new_spaces
                tags += [("B-" if k == 0 else "I-") + ent.label_ for k in range(len(new_words))]
                i = ent.end
                continue
            tok = ref[i]
            words.append(tok.text)
            spaces.append(bool(tok.whitespace_))
            tags.append("O" if tok.ent_iob_ == "O" else None)
            i += 1
        if not changed:
            return example
        new_ref = Doc(nlp.vocab, words=words, spaces=spaces, ents=tags)
        return Example(nlp.make_doc(new_ref.text), new_ref)

    def augment(nlp: Any, example: Any) -> Iterator[Any]:
        if not names:
            load_pool(nlp)
        if random.random() < swap:
            example = swapped(nlp, example)
        yield from case(nlp, example)

    return augment
