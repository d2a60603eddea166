"""Invented documents for ``sitrep bench``, generated from templates and the embedded gazetteer.

Seeded, so every run reads the same text. Two lengths: ``news`` (articles of about 600 words: attacks,
statements, claims, arrests, displacement, with invented people behind titles and roles, invented groups and
districts, real provinces and countries from the gazetteer, dates in many forms, quantities and hedges) and
``notes`` (one or two sentences of about 30 words, as ACLED's notes are). Nothing here is read from elsewhere
or describes a real event.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterator
from pathlib import Path

from sitrep.lexicon.gazetteer import default_gazetteer

ONSETS = ["b", "d", "f", "g", "h", "j", "k", "kh", "l", "m", "n", "p", "q", "r", "s", "sh", "t", "w", "y", "z",
          "gh", "ch", "zh", ""]
VOWELS = ["a", "e", "i", "o", "u", "aa", "ai", "ei", "ou"]
CODAS = ["", "", "", "n", "r", "m", "l", "z", "d", "t", "k", "sh", "b"]
GIVEN = ["Abdul", "Ahmad", "Mohammad", "Gul", "Nasir", "Qadir", "Rahim", "Wali", "Hamid", "Aziz", "Omar", "Yusuf"]
TITLES = ["Gen.", "Col.", "Mullah", "Qari", "Haji", "Maulvi", "Dr.", "Commander", "Sheikh"]
ROLES = ["a spokesman for the provincial governor", "the district police chief", "a local commander",
         "a member of the provincial council", "a tribal elder", "the district governor", "an army spokesman"]
ACTORS = ["the Taliban", "Taliban fighters", "Daesh", "Islamic State Khorasan Province", "the Afghan National Army",
          "Afghan police", "NATO", "the Haqqani network", "Tehrik-i-Taliban Pakistan", "Boko Haram", "al-Shabaab"]
HEADS = ["Front", "Movement", "Shura", "Brigade", "Council"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
VICTIMS = ["police officers", "soldiers", "civilians", "insurgents", "militants", "policemen", "children"]
HEDGES = ["reportedly", "allegedly", "apparently", ""]
QUALIFIERS = ["at least", "nearly", "about", "more than", "up to", ""]
WORDS = ["two", "three", "four", "five", "six", "a dozen", "dozens of"]


class Maker:
    """Names and phrases, drawn from one seeded generator."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        gaz = default_gazetteer()
        self.provinces = sorted({n for code, n in gaz.admin1_names.items() if code[:3] in ("AF.", "PK.", "NG.",
                                                                                          "SO.", "IQ.", "SY.")})
        self.countries = sorted(gaz.countries.names.values())

    def word(self, lo: int = 2, hi: int = 3) -> str:
        r = self.rng
        return "".join(r.choice(ONSETS) + r.choice(VOWELS) + r.choice(CODAS) for _ in range(r.randint(lo, hi))).title()

    def person(self) -> str:
        given = self.rng.choice(GIVEN) if self.rng.random() < 0.7 else self.word(2, 2)
        return f"{given} {self.word()}"

    def group(self) -> str:
        w = self.word()
        return self.rng.choice([f"{w} {self.rng.choice(HEADS)}", f"Jamaat-ul-{w}", f"Lashkar-e-{w}"])

    def date(self) -> str:
        r = self.rng
        return r.choice([f"on {r.choice(DAYS)}", "last month", f"on {r.choice(MONTHS)} {r.randint(1, 28)}, "
                         f"{r.randint(2015, 2020)}", f"in early {r.choice(MONTHS)}", "earlier this week",
                         f"on {r.randint(1, 28)}/{r.randint(1, 12)}/{r.randint(2015, 2020)}"])

    def count(self) -> str:
        n = str(self.rng.randint(2, 60)) if self.rng.random() < 0.6 else self.rng.choice(WORDS)
        return f"{self.rng.choice(QUALIFIERS)} {n}".strip()


def news(m: Maker, words: int = 600) -> str:
    """An article of about ``words`` words."""
    r = m.rng
    cast, gangs = [m.person() for _ in range(r.randint(3, 6))], [m.group() for _ in range(2)]
    province, districts = r.choice(m.provinces), [m.word() for _ in range(3)]
    say: list[Callable[[], str]] = [
        lambda: (f"{r.choice(ACTORS)} attacked a checkpoint in {r.choice(districts)} district of {province} "
                 f"province {m.date()}, killing {m.count()} {r.choice(VICTIMS)}, local officials said."),
        lambda: (f"{r.choice(TITLES)} {r.choice(cast)}, {r.choice(ROLES)}, said {m.count()} {r.choice(VICTIMS)} "
                 f"had been killed near the village of {m.word()} {m.date()}."),
        lambda: (f"According to {r.choice(cast)}, the {r.choice(gangs)} {r.choice(HEDGES)} pledged allegiance to "
                 f"{r.choice(ACTORS)} {m.date()}."),
        lambda: (f"Residents of {r.choice(districts)} said {m.count()} families had fled toward {province} "
                 f"{m.date()}, and aid workers from {r.choice(m.countries)} asked for tents."),
        lambda: (f"{r.choice(TITLES)} {r.choice(cast)}, who led units of the {r.choice(gangs)} in "
                 f"{r.choice(districts)}, was {r.choice(HEDGES)} arrested {m.date()}."),
        lambda: (f"{r.choice(ACTORS)} claimed responsibility in a statement, saying its fighters had killed "
                 f"{m.count()} {r.choice(VICTIMS)}."),
    ]
    out, n = [f"{province.upper()}: " + say[0]()], 0
    while n < words:
        para = " ".join(" ".join(r.choice(say)().split()) for _ in range(r.randint(2, 4)))
        out.append(para[:1].upper() + para[1:])
        n += len(para.split())
    return "\n\n".join(out)


def note(m: Maker) -> str:
    """One or two sentences, as an ACLED note."""
    r = m.rng
    text = (f"{m.date()[3:] if r.random() < 0.5 else m.date()}, {r.choice(ACTORS)} attacked {r.choice(VICTIMS)} "
            f"in {m.word()} district ({r.choice(m.provinces)}), killing {m.count()}.")
    if r.random() < 0.5:
        text += f" {r.choice(TITLES)} {m.person()} said {m.count()} others were wounded."
    return text[:1].upper() + text[1:]


def records(n: int, kind: str = "news", seed: int = 21) -> Iterator[dict[str, str]]:
    """``n`` input records (spec/formats.md §1) of ``kind`` ``news`` or ``notes``."""
    m = Maker(seed)
    for i in range(n):
        published = f"20{m.rng.randint(15, 20)}-{m.rng.randint(1, 12):02d}-{m.rng.randint(1, 28):02d}"
        text = news(m) if kind == "news" else note(m)
        yield {"id": f"bench-{kind}-{seed}-{i}", "published": published, "outlet": "Bench Wire", "text": text}


def write_corpus(path: Path, n: int, kind: str = "news", seed: int = 21) -> int:
    """Write ``n`` records as JSON Lines; return the number of words (whitespace-separated) of their texts."""
    words = 0
    with path.open("w", encoding="utf-8") as fh:
        for rec in records(n, kind, seed):
            words += len(rec["text"].split())
            fh.write(json.dumps(rec) + "\n")
    return words
