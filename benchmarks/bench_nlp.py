"""Throughput of the language layer (``sitrep.nlp.annotate``) in words per second, on one core.

    python benchmarks/bench_nlp.py [--rounds N] [--long-words N] [--profile]   # plain mode: prints words/s
    pytest benchmarks/bench_nlp.py --benchmark-only                      # pytest-benchmark

What is timed is ``annotate(doc)`` alone, the whole language layer: sentences, dictionary actors, places,
people and organisations, inline definitions, time expressions and attribution; quantities are found by
the event extractors, so ``sitrep.nlp.quantities.find_quantities`` is run over every sentence as well.
Cleaning, extraction and storage are not timed. Dictionaries and the gazetteer are loaded once before
timing (their one-off cost is reported apart as "cold start").

Three corpora, none read from ``../shared``:

- ``sample``: the invented articles bundled with sitrep (``sitrep.api.sample_corpus()``), cleaned as
  ingest cleans them (about 2,200 words in 6 documents);
- ``generated``: 40 articles of about 600 words generated from templates (seeded, so every run times the
  same text), with syllable-made people behind titles and roles, groups, districts and provinces,
  dictionary actors, dates, quantities, quotes and hedges;
- ``long``: one generated article of about 6,000 words, to show that the cost per word does not grow with
  the length of a document.

The process is pinned to one CPU and BLAS/OpenMP pools to one thread; the language layer is
single-threaded Python anyway. The target (issue) is at least 8,000 words/s.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS", "NUMEXPR_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import random  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable, Iterator, Sequence  # noqa: E402
from contextlib import contextmanager  # noqa: E402
from typing import Any  # noqa: E402

from sitrep import api  # noqa: E402
from sitrep.ingest.document import to_document  # noqa: E402
from sitrep.ingest.readers import iter_inputs  # noqa: E402
from sitrep.nlp.annotate import annotate  # noqa: E402
from sitrep.nlp.model import load_ner  # noqa: E402
from sitrep.nlp.quantities import find_quantities  # noqa: E402
from sitrep.nlp.sentences import split_sentences  # noqa: E402
from sitrep.records import Document, Problem  # noqa: E402

TARGET_WORDS_PER_S = 8_000

# ------------------------------------------------------------------ generated text

_ONSETS = ["b", "d", "f", "g", "h", "j", "k", "kh", "l", "m", "n", "p", "q", "r", "s", "sh", "t", "w", "y", "z",
           "gh", "ch", "zh", ""]
_VOWELS = ["a", "e", "i", "o", "u", "aa", "ai", "ei", "ou"]
_CODAS = ["", "", "", "n", "r", "m", "l", "z", "d", "t", "k", "sh", "b"]
GIVEN_NAMES = ["Abdul", "Ahmad", "Mohammad", "Gul", "Nasir", "Qadir", "Rahim", "Wali", "Hamid", "Shafiq", "Zahir",
               "Nabi", "Karim", "Sardar", "Baz", "Hekmat", "Aziz", "Jalal", "Omar", "Yusuf"]
TITLES = ["Gen.", "Col.", "Mullah", "Qari", "Haji", "Maulvi", "Mr", "Dr.", "Commander", "Sheikh", "Maj."]
ROLES = ["a spokesman for the provincial governor", "the district police chief", "a local commander",
         "a member of the provincial council", "a tribal elder", "the district governor", "an army spokesman"]
ACTORS = ["the Taliban", "Taliban fighters", "the Taleban", "Daesh", "Islamic State Khorasan Province", "ISKP",
          "the Afghan National Army", "Afghan police", "Resolute Support", "NATO", "the Haqqani network",
          "Tehrik-i-Taliban Pakistan"]
PROVINCES = ["Kunduz", "Jowzjan", "Nangarhar", "Faryab", "Helmand", "Kandahar", "Balkh", "Ghazni", "Baghlan",
             "Takhar", "Kabul", "Herat", "Farah", "Zabul", "Uruzgan"]
GROUP_HEADS = ["Front", "Movement", "Shura", "Brigade", "Council", "Network"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a dozen", "dozens of",
                "scores of"]
QUALIFIERS = ["at least", "nearly", "about", "more than", "up to", "around", ""]
VICTIMS = ["police officers", "soldiers", "civilians", "insurgents", "militants", "fighters", "policemen",
           "children", "members of the security forces"]
HEDGES = ["reportedly", "allegedly", "apparently", ""]


def syllable_word(rng: random.Random, syllables: tuple[int, int] = (2, 3)) -> str:
    """A capitalized made-up word: "Karazai", "Shinwarod"."""
    n = rng.randint(*syllables)
    return "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS) for _ in range(n)).capitalize()


class NameMaker:
    """Varied, reproducible names: people (with or without a title), armed groups, districts and villages."""

    def __init__(self, seed: int = 7) -> None:
        self.rng = random.Random(seed)

    def family(self) -> str:
        return syllable_word(self.rng)

    def person(self) -> str:
        given = self.rng.choice(GIVEN_NAMES) if self.rng.random() < 0.7 else syllable_word(self.rng, (2, 2))
        middle = f" {syllable_word(self.rng, (1, 2))}" if self.rng.random() < 0.3 else ""
        return f"{given}{middle} {self.family()}"

    def titled(self, person: str) -> str:
        return f"{self.rng.choice(TITLES)} {person}"

    def group(self) -> str:
        word = syllable_word(self.rng)
        return self.rng.choice([f"{word} {self.rng.choice(GROUP_HEADS)}", f"Jamaat-ul-{word}",
                                f"Lashkar-e-{word}", f"{word} Mahaz"])

    def district(self) -> str:
        return syllable_word(self.rng)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _date_phrase(rng: random.Random) -> str:
    return rng.choice([
        f"on {rng.choice(WEEKDAYS)}", f"late on {rng.choice(WEEKDAYS)}", "last month", "six months ago",
        f"on {rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(2015, 2020)}",
        f"in early {rng.choice(MONTHS)}", f"{rng.choice(MONTHS)} {rng.randint(1, 28)} last year",
        f"on {rng.randint(1, 28)}/{rng.randint(1, 12)}/{rng.randint(2015, 2020)}", f"in late {rng.randint(2014, 2020)}",
        "earlier this week", "two days later", "on Saturday morning",
    ])


def _count(rng: random.Random) -> str:
    q = rng.choice(QUALIFIERS)
    n = str(rng.randint(2, 60)) if rng.random() < 0.6 else rng.choice(NUMBER_WORDS)
    return f"{q} {n}".strip()


def generated_article(rng: random.Random, names: NameMaker, words: int = 600, people: Sequence[str] = (),
                      groups: Sequence[str] = (), places: Sequence[str] = ()) -> str:
    """A news-like article of about ``words`` words. ``people``, ``groups`` and ``places`` (districts) replace
    the names it would make up, so a caller can have articles mention names a knowledge base already holds."""
    cast = list(people) or [names.person() for _ in range(rng.randint(3, 6))]
    gangs = list(groups) or [names.group() for _ in range(rng.randint(1, 2))]
    province = rng.choice(PROVINCES)
    districts = list(places) or [names.district() for _ in range(3)]

    def person_first(p: str) -> str:
        return rng.choice([f"{names.titled(p)}, {rng.choice(ROLES)},", f"{_cap(rng.choice(ROLES))}, {p},",
                           f"{names.titled(p)}"])

    def family(p: str) -> str:
        return p.split()[-1]

    templates: list[Callable[[], str]] = [
        lambda: (f"{_cap(rng.choice(ACTORS))} attacked a checkpoint in {rng.choice(districts)} district of "
                 f"{province} province {_date_phrase(rng)}, killing {_count(rng)} {rng.choice(VICTIMS)} and wounding "
                 f"{_count(rng)} others, local officials said."),
        lambda: (f"{person_first(rng.choice(cast))} said {_count(rng)} {rng.choice(VICTIMS)} had been killed in "
                 f"the fighting near the village of {names.district()} {_date_phrase(rng)}."),
        lambda: (f'"We do not know who controls the road any more," said {names.titled(rng.choice(cast))}, a '
                 f"shopkeeper in {rng.choice(districts)}."),
        lambda: (f"{family(rng.choice(cast))} told reporters {_date_phrase(rng)} that fighters of the "
                 f"{rng.choice(gangs)} had {rng.choice(HEDGES)} seized {_count(rng)} vehicles."),
        lambda: (f"According to {rng.choice(cast)}, the {rng.choice(gangs)} {rng.choice(HEDGES)} pledged allegiance "
                 f"to {rng.choice(ACTORS)} {_date_phrase(rng)}."),
        lambda: (f"The claim could not be independently verified, and residents of {rng.choice(districts)} said "
                 f"{_count(rng)} families had fled toward {province} city {_date_phrase(rng)}."),
        lambda: (f"{_cap(rng.choice(ACTORS))} claimed responsibility for the attack in a statement, saying "
                 f"its fighters had killed {_count(rng)} {rng.choice(VICTIMS)}."),
        lambda: (f"{names.titled(rng.choice(cast))}, who has led units of the {rng.choice(gangs)} in "
                 f"{rng.choice(districts)} for several years, was {rng.choice(HEDGES)} arrested {_date_phrase(rng)}."),
        lambda: (f"Unconfirmed reports said {_count(rng)} schools in {rng.choice(districts)} district had been "
                 f"closed since {rng.choice(MONTHS)}, affecting about {rng.randint(2, 9)},000 students."),
        lambda: (f"{_cap(rng.choice(ACTORS))} and {rng.choice(ACTORS)} have clashed repeatedly in "
                 f"{province} since {rng.randint(2014, 2019)}, officials in {rng.choice(PROVINCES)} said."),
    ]
    out: list[str] = [f"{province.upper()}: " + templates[0]()]
    count = len(out[0].split())
    paragraph: list[str] = []
    while count < words:
        sentence = rng.choice(templates)()
        sentence = " ".join(sentence.split())  # empty qualifiers or hedges leave double spaces
        paragraph.append(sentence)
        count += len(sentence.split())
        if len(paragraph) >= rng.randint(2, 4):
            out.append(" ".join(paragraph))
            paragraph = []
    if paragraph:
        out.append(" ".join(paragraph))
    return "\n\n".join(out)


def generated_documents(n: int = 40, words: int = 600, seed: int = 11) -> list[Document]:
    rng, names = random.Random(seed), NameMaker(seed)
    out = []
    for i in range(n):
        published = f"2019-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        out.append(Document(id=f"gen-{seed}-{i}", source=f"generated:{i}", text=generated_article(rng, names, words),
                            format="text", published=published))
    return out


def sample_documents() -> list[Document]:
    """The bundled sample articles, cleaned as ingest cleans them."""
    return [to_document(item) for item in iter_inputs([str(api.sample_corpus())]) if not isinstance(item, Problem)]


def corpora(long_words: int = 6_000) -> dict[str, list[Document]]:
    return {"sample": sample_documents(), "generated": generated_documents(),
            "long": generated_documents(n=1, words=long_words, seed=5)}


# ------------------------------------------------------------------ timing


def word_count(docs: Sequence[Document]) -> int:
    return sum(len(d.text.split()) for d in docs)


def language_layer(docs: Sequence[Document]) -> int:
    """Annotate every document (and find the quantities of every sentence); returns the number of mentions."""
    found = 0
    for d in docs:
        ann = annotate(d)
        found += len(ann.mentions) + len(ann.timexes) + len(ann.attributions)
        for s, e in ann.sentences:
            found += len(find_quantities(d.text[s:e]))
    return found


@contextmanager
def one_core() -> Iterator[int | None]:
    """Pin this process to one CPU (where the platform allows) for the duration."""
    get, set_ = getattr(os, "sched_getaffinity", None), getattr(os, "sched_setaffinity", None)
    if get is None or set_ is None:
        yield None
        return
    before = get(0)
    cpu = min(before)
    set_(0, {cpu})
    try:
        yield cpu
    finally:
        set_(0, before)


def cold_start_s() -> float:
    """Seconds for the first call, which loads the dictionaries and the gazetteer (0 if already loaded)."""
    t = time.perf_counter()
    language_layer(sample_documents()[:1])
    return time.perf_counter() - t


@contextmanager
def ner_reading(every_sentence: bool = False) -> Iterator[list[int]]:
    """Count the words of the sentences that the statistical NER reads (``[words]``, filled in as it reads).

    The layer hands it only the sentences where a capitalized word is left open after the dictionaries,
    places and rules (``names.find_names``); ``every_sentence`` makes it read all of them instead, the
    layer's worst case, which text with few known names approaches."""
    tagger = load_ner()
    find = tagger.find
    read = [0]

    def counting(text: str, sentences: tuple[tuple[int, int], ...]) -> list[tuple[int, int, str]]:
        if every_sentence:
            sentences = tuple(split_sentences(text))
        read[0] += sum(len(text[a:b].split()) for a, b in sentences)
        return find(text, sentences)

    tagger.find = counting  # type: ignore[method-assign]
    try:
        yield read
    finally:
        del tagger.find


def measure(docs: Sequence[Document], rounds: int = 5) -> dict[str, float]:
    """Best and median seconds over ``rounds`` passes over ``docs`` (after one warm-up pass), as words/s."""
    language_layer(docs)
    times, cpu = [], []
    for _ in range(rounds):
        t, p = time.perf_counter(), time.process_time()
        language_layer(docs)
        times.append(time.perf_counter() - t)
        cpu.append(time.process_time() - p)
    times.sort()
    cpu.sort()
    words = word_count(docs)
    median = times[len(times) // 2]
    return {"documents": len(docs), "words": words, "best_s": times[0], "median_s": median,
            "words_per_s": words / median, "words_per_s_best": words / times[0],
            "words_per_cpu_s": words / cpu[len(cpu) // 2]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--long-words", type=int, default=6_000)
    ap.add_argument("--profile", action="store_true", help="cProfile one pass over the generated corpus")
    ap.add_argument("--ner-every-sentence", action="store_true",
                    help="the statistical NER reads every sentence, not only those with an open capitalized word "
                         "(the worst case)")
    args = ap.parse_args(argv)
    with one_core() as cpu:
        cold = cold_start_s()
        sets = corpora(args.long_words)
        print(f"language layer on one core (cpu {cpu}); cold start (dictionaries, gazetteer) {cold:.2f} s")
        total_w, total_s = 0.0, 0.0
        for name, docs in sets.items():
            with ner_reading(args.ner_every_sentence) as read:
                r = measure(docs, args.rounds)
            total_w, total_s = total_w + r["words"], total_s + r["median_s"]
            print(f"{name:10} {r['documents']:3d} docs {r['words']:7d} words  median {r['median_s']:.3f} s  "
                  f"{r['words_per_s']:9,.0f} words/s  (best {r['words_per_s_best']:,.0f}; per CPU second "
                  f"{r['words_per_cpu_s']:,.0f}; the NER read {read[0] / (r['words'] * (args.rounds + 1)):.0%} "
                  "of the words)")
        overall = total_w / total_s
        verdict = "meets" if overall >= TARGET_WORDS_PER_S else "BELOW"
        print(f"{'all':10} {total_w:12,.0f} words  {overall:9,.0f} words/s  ({verdict} the target of "
              f"{TARGET_WORDS_PER_S:,} words/s)")
        if args.profile:
            import cProfile
            import pstats

            cProfile.runctx("language_layer(docs)", globals(), {"docs": sets["generated"]}, "/tmp/bench_nlp.prof")
            pstats.Stats("/tmp/bench_nlp.prof").sort_stats("cumulative").print_stats(40)
    return 0 if overall >= TARGET_WORDS_PER_S else 1


# ------------------------------------------------------------------ pytest-benchmark

try:
    import pytest
except ImportError:  # plain mode needs no pytest
    pytest = None  # type: ignore[assignment]

if pytest is not None:

    @pytest.fixture(scope="module")
    def nlp_corpora() -> dict[str, list[Document]]:
        cold_start_s()
        return corpora()

    @pytest.mark.parametrize("corpus", ["sample", "generated", "long"])
    def test_language_layer_words_per_s(benchmark: Any, nlp_corpora: dict[str, list[Document]], corpus: str) -> None:
        docs = nlp_corpora[corpus]
        words = word_count(docs)
        with one_core() as cpu:
            benchmark.pedantic(language_layer, args=(docs,), rounds=5, iterations=1, warmup_rounds=1)
        mean = benchmark.stats.stats.mean
        median = benchmark.stats.stats.median
        benchmark.extra_info.update({
            "corpus": corpus, "documents": len(docs), "words": words, "cpu": cpu,
            "words_per_s": round(words / median), "words_per_s_mean": round(words / mean),
            "target_words_per_s": TARGET_WORDS_PER_S,
        })
        print(f"\n{corpus}: {words} words, {words / median:,.0f} words/s (median of 5, one core)")


if __name__ == "__main__":
    sys.exit(main())
