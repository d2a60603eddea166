"""Convert the UD / GUM CoNLL-U and UniversalNER IOB2 files into spaCy DocBins.

Usage::

    python training/convert.py [--data ../shared/data] [--out training/corpus]

Outputs (all in ``--out``, git-ignored):

* ``train_syntax.spacy`` GUM train (allowed genres) + EWT dev (UD, with UNER dev's names)
* ``train_ner.spacy``    the same + UNER train (NER only) minus every 20th 10-sentence chunk
* ``dev_syntax.spacy``   GUM dev (allowed genres): syntax model selection only
* ``dev_ner.spacy``      GUM dev (allowed genres) + the held-out UNER train chunks: NER model selection
* ``gum_test.spacy``   GUM test, all genres (held-out evaluation, never trained on)
* ``gum_test_allowed.spacy`` GUM test, allowed genres only
* ``ewt_test.spacy``   UD EWT test (held-out)
* ``uner_test.spacy``  UNER EWT test, PER/ORG/LOC only (held-out)
* ``stats.json``       counts of what went where

Docs are built from syntactic words (multiword tokens are split, as spaCy's
tokenizer does for "don't" -> "do n't"); whitespace comes from ``SpaceAfter``.
Consecutive sentences of one document are grouped into docs of ``--n-sents``
sentences so that the parser also learns sentence boundaries.

GUM named entities: a bracketed ``Entity=`` mention becomes a NER span when
its etype is person/organization/place (-> PER/ORG/LOC) and its syntactic head
is PROPN (wikified mentions with a common-noun head, e.g. "the president", are
nominal mentions, not names).  The span is then trimmed to the contiguous run
of PROPN tokens around the head (ADP/DET/CCONJ/PUNCT allowed only *between*
PROPN tokens: "Bank of America", "Bosnia and Herzegovina"), which matches
UNER's convention of excluding determiners, titles in lower case and
possessive markers.  All other tokens of a GUM doc are O (the whole doc is
exhaustively annotated for names by this rule).  An organization mention
whose Wikipedia id or trimmed string is also a GUM ``place`` (a country acting
as an agent) becomes LOC, as UNER would tag it; PROPN-headed event, object and
abstract mentions become OTH.  UNER's OTH is kept as a training label (not
predicted for sitrep's use, not scored); UNER train's spacing is rebuilt from
each sentence's ``# text``.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin, Span
from spacy.util import filter_spans

ALLOWED_GUM_GENRES = frozenset(
    {"academic", "bio", "conversation", "court", "interview", "news", "speech", "textbook", "vlog", "voyage"}
)
EXCLUDED_GUM_GENRES = frozenset({"essay", "fiction", "letter", "podcast", "whow"})
ETYPE_TO_LABEL = {"person": "PER", "organization": "ORG", "place": "LOC", "event": "OTH", "object": "OTH",
                  "abstract": "OTH"}
NER_LABELS = ("PER", "ORG", "LOC")  # evaluated and used by sitrep
TRAIN_NER_LABELS = ("PER", "ORG", "LOC", "OTH")  # OTH is trained (UNER's other names) but not used downstream
# every 20th 10-sentence chunk of UNER train is held out for NER model selection
UNER_HELDOUT_EVERY = 20

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parent.parent / "shared" / "data"


@dataclass
class Word:
    form: str
    lemma: str
    upos: str
    xpos: str
    feats: str
    head: int  # 1-based within the sentence, 0 = root
    deprel: str
    space_after: bool
    entity: str = ""  # raw MISC Entity= value


@dataclass
class Sentence:
    sent_id: str
    doc_id: str
    words: list[Word] = field(default_factory=list)

    @property
    def genre(self) -> str:
        m = re.match(r"GUM_([a-z]+)_", self.sent_id)
        return m.group(1) if m else ""


def _misc(misc: str) -> dict[str, str]:
    out: dict[str, str] = {}
    if misc == "_":
        return out
    for item in misc.split("|"):
        k, _, v = item.partition("=")
        out[k] = v
    return out


def read_conllu(path: Path) -> Iterator[Sentence]:
    doc_id = ""
    sent: Sentence | None = None
    mwt_end = 0
    mwt_space = True
    with path.open(encoding="utf8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if not line:
                if sent is not None and sent.words:
                    yield sent
                sent = None
                continue
            if line.startswith("#"):
                if line.startswith("# newdoc id"):
                    doc_id = line.split("=", 1)[1].strip()
                elif line.startswith("# sent_id"):
                    sid = line.split("=", 1)[1].strip()
                    sent = Sentence(sid, doc_id or sid.rsplit("-", 1)[0])
                continue
            cols = line.split("\t")
            if sent is None:
                sent = Sentence(f"anon-{id(line)}", doc_id)
            tid = cols[0]
            if "." in tid:  # empty node
                continue
            if "-" in tid:  # multiword token range: spacing lives here
                _start, end = tid.split("-")
                mwt_end = int(end)
                mwt_space = _misc(cols[9]).get("SpaceAfter") != "No"
                continue
            misc = _misc(cols[9])
            idx = int(tid)
            if mwt_end and idx < mwt_end:
                space = False
            elif mwt_end and idx == mwt_end:
                space = mwt_space
                mwt_end = 0
            else:
                space = misc.get("SpaceAfter") != "No"
            sent.words.append(
                Word(
                    form=cols[1],
                    lemma=cols[2] if cols[2] != "_" or cols[1] == "_" else cols[1],
                    upos=cols[3],
                    xpos=cols[4] if cols[4] != "_" else "",
                    feats=cols[5] if cols[5] != "_" else "",
                    head=int(cols[6]),
                    deprel=cols[7],
                    space_after=space,
                    entity=misc.get("Entity", ""),
                )
            )
    if sent is not None and sent.words:
        yield sent


_ENT_TOKEN = re.compile(r"\(([^()]+)\)|\(([^()]+)|([^()]+)\)")


def _etype_wiki(spec: str) -> tuple[str, str]:
    # id-etype-infstat-...-cf-ments-coref[-Wikipedia_id]: the wiki id (field 8 on) may contain "-"
    parts = spec.split("-")
    return (parts[1] if len(parts) > 1 else "", "-".join(parts[7:]) if len(parts) > 7 else "")


def gum_mentions(sent: Sentence) -> list[tuple[int, int, str, str]]:
    """Return (start, end_exclusive, etype, wikipedia_id) for every bracketed mention in the sentence."""
    open_: dict[str, list[tuple[int, str, str]]] = {}
    out: list[tuple[int, int, str, str]] = []
    for i, w in enumerate(sent.words):
        if not w.entity:
            continue
        for m in _ENT_TOKEN.finditer(w.entity):
            single, opening, closing = m.groups()
            if single is not None:
                out.append((i, i + 1, *_etype_wiki(single)))
            elif opening is not None:
                open_.setdefault(opening.split("-")[0], []).append((i, *_etype_wiki(opening)))
            elif closing is not None:
                key = closing.split("-")[0]
                stack = open_.get(key)
                if stack:
                    start, etype, wiki = stack.pop()
                    out.append((start, i + 1, etype, wiki))
    return out


def gum_place_keys(sents: list[Sentence]) -> set[str]:
    """Wikipedia ids and surface strings of GUM `place` mentions (to undo countries-as-agents -> ORG)."""
    keys: set[str] = set()
    for sent in sents:
        for start, end, etype, wiki in gum_mentions(sent):
            if etype == "place":
                if wiki:
                    keys.add("wiki:" + wiki)
                for s, e, _lab in _trim(sent, start, end, "LOC"):
                    keys.add(" ".join(w.form for w in sent.words[s:e]))
    return keys


def _span_head(sent: Sentence, start: int, end: int) -> int | None:
    for i in range(start, end):
        h = sent.words[i].head - 1
        if not (start <= h < end):
            return i
    return None


def _namey(w: Word) -> bool:
    """PROPN, or a capitalised content word inside a name ("United States", "Red Sox")."""
    return w.upos == "PROPN" or (w.upos in {"ADJ", "NOUN", "NUM", "X", "VERB"} and w.form[:1].isupper())


def _trim(sent: Sentence, start: int, end: int, label: str) -> list[tuple[int, int, str]]:
    head = _span_head(sent, start, end)
    if head is None or sent.words[head].upos != "PROPN":
        return []
    # grow a PROPN run around the head, allowing connectors between PROPNs
    s = head
    while s - 1 >= start and _namey(sent.words[s - 1]):
        s -= 1
    e = head + 1
    while e < end:
        if _namey(sent.words[e]):
            e += 1
            continue
        # connector followed (within the span) by more PROPN
        j = e
        while j < end and sent.words[j].upos in {"ADP", "DET", "CCONJ", "PUNCT"} and sent.words[j].form not in {
            ",",
            "(",
            ")",
            '"',
        }:
            j += 1
        if j > e and j < end and _namey(sent.words[j]) and sent.words[j].head - 1 in range(s, end):
            e = j + 1
        else:
            break
    return [(s, e, label)]


def gum_named_spans(sent: Sentence, place_keys: frozenset[str] | set[str] = frozenset()) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    for start, end, etype, wiki in gum_mentions(sent):
        label = ETYPE_TO_LABEL.get(etype)
        if label is None:
            continue
        for s, e, lab in _trim(sent, start, end, label):
            if lab == "ORG" and (
                ("wiki:" + wiki) in place_keys or " ".join(w.form for w in sent.words[s:e]) in place_keys
            ):
                lab = "LOC"  # a country acting as an agent: UNER says LOC
            spans.append((s, e, lab))
    return spans


def sentences_to_doc(
    vocab,
    sents: list[Sentence],
    with_syntax: bool = True,
    with_gum_ents: bool = False,
    place_keys: set[str] | None = None,
    ner_by_sid: dict[str, NerSentence] | None = None,
    stats: Counter | None = None,
) -> Doc:
    words: list[str] = []
    spaces: list[bool] = []
    tags: list[str] = []
    pos: list[str] = []
    morphs: list[str] = []
    lemmas: list[str] = []
    heads: list[int] = []
    deps: list[str] = []
    sent_starts: list[bool] = []
    ents: list[tuple[int, int, str]] = []
    for sent in sents:
        offset = len(words)
        for i, w in enumerate(sent.words):
            words.append(w.form)
            spaces.append(w.space_after)
            tags.append(w.xpos)
            pos.append(w.upos)
            morphs.append(w.feats)
            lemmas.append(w.lemma)
            heads.append(offset + (w.head - 1 if w.head > 0 else i))
            deps.append(w.deprel.split(":")[0] if False else w.deprel)
            sent_starts.append(i == 0)
        if with_gum_ents:
            ents.extend((offset + s, offset + e, lab) for s, e, lab in gum_named_spans(sent, place_keys or set()))
        if ner_by_sid is not None:
            ns = ner_by_sid.get(sent.sent_id)
            if ns is not None and ns.words == [w.form for w in sent.words]:
                ents.extend((offset + a, offset + b, lab) for a, b, lab in iob_to_spans(ns.labels))
            elif stats is not None:
                stats["ewt_sents_without_uner_labels"] += 1
    if spaces:
        spaces[-1] = False
    if with_syntax:
        doc = Doc(
            vocab,
            words=words,
            spaces=spaces,
            tags=tags,
            pos=pos,
            morphs=morphs,
            lemmas=lemmas,
            heads=heads,
            deps=deps,
            sent_starts=sent_starts,
        )
    else:
        doc = Doc(vocab, words=words, spaces=spaces, sent_starts=sent_starts)
    if with_gum_ents or ner_by_sid is not None:
        spans = filter_spans([Span(doc, s, e, label=lab) for s, e, lab in ents])
        doc.set_ents(spans, default="outside")
    return doc


def group(sents: list[Sentence], n: int) -> Iterator[list[Sentence]]:
    chunk: list[Sentence] = []
    for s in sents:
        if chunk and (len(chunk) >= n or s.doc_id != chunk[0].doc_id):
            yield chunk
            chunk = []
        chunk.append(s)
    if chunk:
        yield chunk


@dataclass
class NerSentence:
    sent_id: str
    words: list[str]
    labels: list[str]
    text: str = ""


def spacing_from_text(words: list[str], text: str) -> list[bool] | None:
    """SpaceAfter for each word, found by locating the words in the sentence's ``# text``."""
    pos = 0
    out: list[bool] = []
    for w in words:
        i = text.find(w, pos)
        if i < 0 or text[pos:i].strip():
            return None
        pos = i + len(w)
        out.append(pos < len(text) and text[pos].isspace())
    return out


def read_iob2(path: Path) -> Iterator[NerSentence]:
    sid = text = ""
    words: list[str] = []
    labels: list[str] = []
    with path.open(encoding="utf8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if not line:
                if words:
                    yield NerSentence(sid, words, labels, text)
                words, labels, sid, text = [], [], "", ""
                continue
            if line.startswith("#"):
                if line.startswith("# sent_id"):
                    sid = line.split("=", 1)[1].strip()
                elif line.startswith("# text"):
                    text = line.split("=", 1)[1].strip()
                continue
            cols = line.split("\t")
            words.append(cols[1])
            lab = cols[2]
            if lab.endswith("-O"):
                lab = "O"  # "B-O" artifacts
            labels.append(lab)
    if words:
        yield NerSentence(sid, words, labels, text)


def iob_to_spans(labels: list[str]) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    start, cur = -1, ""
    for i, lab in enumerate([*labels, "O"]):
        prefix, _, typ = lab.partition("-")
        if cur and (prefix != "I" or typ != cur):
            spans.append((start, i, cur))
            cur = ""
        if prefix == "B" or (prefix == "I" and not cur):
            start, cur = i, typ
    return spans


def ner_docs(
    vocab,
    path: Path,
    spacing: dict[str, list[bool]],
    n: int,
    stats: Counter,
    key: str,
    labels: tuple[str, ...] = NER_LABELS,
    sents: list[NerSentence] | None = None,
) -> list[Doc]:
    docs: list[Doc] = []
    if sents is None:
        sents = list(read_iob2(path))
    for i in range(0, len(sents), n):
        chunk = sents[i : i + n]
        words: list[str] = []
        spaces: list[bool] = []
        starts: list[bool] = []
        ents: list[tuple[int, int, str]] = []
        for s in chunk:
            off = len(words)
            sp = spacing.get(s.sent_id)
            if sp is None or len(sp) != len(s.words):
                sp = spacing_from_text(s.words, s.text)
            if sp is None:
                sp = [True] * len(s.words)
                stats[f"{key}_sents_without_spacing"] += 1
            words.extend(s.words)
            spaces.extend([*sp[:-1], True])
            starts.extend([True] + [False] * (len(s.words) - 1))
            ents.extend((off + a, off + b, lab) for a, b, lab in iob_to_spans(s.labels) if lab in labels)
        spaces[-1] = False
        doc = Doc(vocab, words=words, spaces=spaces, sent_starts=starts)
        doc.set_ents([Span(doc, a, b, label=lab) for a, b, lab in ents], default="outside")
        stats[f"{key}_ents"] += len(ents)
        stats[f"{key}_words"] += len(words)
        docs.append(doc)
    return docs


def spacing_from_conllu(path: Path) -> dict[str, list[bool]]:
    if not path.exists():
        return {}
    return {s.sent_id: [w.space_after for w in s.words] for s in read_conllu(path)}


def main(argv: list[str] | None = None) -> dict[str, int]:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path, default=HERE / "corpus")
    ap.add_argument("--n-sents", type=int, default=10, help="sentences per training doc")
    args = ap.parse_args(argv)

    ud = args.data / "ud"
    uner = args.data / "ner" / "uner_english_ewt"
    args.out.mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank("en")
    vocab = nlp.vocab
    stats: Counter[str] = Counter()
    gum_train_sents = list(read_conllu(ud / "GUM" / "en_gum-ud-train.conllu"))

    def gum(split: str, allowed_only: bool) -> list[Doc]:
        sents = gum_train_sents if split == "train" else list(read_conllu(ud / "GUM" / f"en_gum-ud-{split}.conllu"))
        kept = []
        for s in sents:
            g = s.genre
            if allowed_only and g not in ALLOWED_GUM_GENRES:
                stats[f"gum_{split}_excluded_words_{g}"] += len(s.words)
                continue
            kept.append(s)
        place_keys = gum_place_keys(kept if split == "train" else kept + gum_train_sents)
        docs = [
            sentences_to_doc(vocab, c, with_gum_ents=True, place_keys=place_keys) for c in group(kept, args.n_sents)
        ]
        tag = "allowed" if allowed_only else "all"
        stats[f"gum_{split}_{tag}_words"] = sum(len(d) for d in docs)
        stats[f"gum_{split}_{tag}_ents"] = sum(len(d.ents) for d in docs)
        return docs

    def ewt(split: str, ner: list[NerSentence] | None = None) -> list[Doc]:
        sents = list(read_conllu(ud / "EWT" / f"en_ewt-ud-{split}.conllu"))
        by_sid = None if ner is None else {s.sent_id: s for s in ner}
        docs = [sentences_to_doc(vocab, c, ner_by_sid=by_sid, stats=stats) for c in group(sents, args.n_sents)]
        stats[f"ewt_{split}_words"] = sum(len(d) for d in docs)
        stats[f"ewt_{split}_ents"] = sum(len(d.ents) for d in docs)
        return docs

    def save(name: str, docs: list[Doc]) -> None:
        DocBin(store_user_data=False, docs=docs).to_disk(args.out / name)
        stats[f"file_{name}_docs"] = len(docs)

    gum_train = gum("train", True)
    # EWT dev: UD syntax + UNER dev's names on the same sentences
    ewt_dev = ewt("dev", list(read_iob2(uner / "en_ewt-ud-dev.iob2")))
    uner_all = ner_docs(
        vocab, uner / "en_ewt-ud-train.iob2", {}, args.n_sents, stats, "uner_train", labels=TRAIN_NER_LABELS
    )
    uner_fit = [d for i, d in enumerate(uner_all) if i % UNER_HELDOUT_EVERY]
    uner_held = [d for i, d in enumerate(uner_all) if not i % UNER_HELDOUT_EVERY]
    stats["uner_train_heldout_words"] = sum(len(d) for d in uner_held)
    stats["uner_train_heldout_ents"] = sum(len(d.ents) for d in uner_held)
    gum_dev = gum("dev", True)
    save("train_syntax.spacy", gum_train + ewt_dev)
    save("train_ner.spacy", gum_train + ewt_dev + uner_fit)
    save("dev_syntax.spacy", gum_dev)
    save("dev_ner.spacy", gum_dev + uner_held)
    save("gum_test.spacy", gum("test", False))
    save("gum_test_allowed.spacy", gum("test", True))
    save("ewt_test.spacy", ewt("test"))
    test_spacing = spacing_from_conllu(ud / "EWT" / "en_ewt-ud-test.conllu")
    save(
        "uner_test.spacy",
        ner_docs(vocab, uner / "en_ewt-ud-test.iob2", test_spacing, args.n_sents, stats, "uner_test"),
    )
    (args.out / "stats.json").write_text(json.dumps(dict(sorted(stats.items())), indent=1))
    return dict(stats)


if __name__ == "__main__":
    for k, v in main().items():
        print(f"{k}\t{v}")
