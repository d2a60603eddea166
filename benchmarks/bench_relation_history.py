"""Relation history at scale: milliseconds to store one relation of a much-named entity (a hub) whose base already
holds 300 or 3,000 relations.

    python benchmarks/bench_relation_history.py [--sizes 300 3000] [--new 60] [--rounds 3]

Storing a relation decides again the ends of the relations it may end or be ended by
(``sitrep.pipeline.store.redate_relations``). What is timed is what ingest does for each relation:
``kb.writes.write_relation`` then ``redate_relations``, in one transaction, for ``--new`` relations of the hub
group stored one by one: new members, a member defecting from the hub (ends that membership), a rival taking a
place the hub controls (ends that control), the hub's leader replaced, the hub taking new places, restatements.
"Flat" means the cost per relation does not grow with the hub's relations: 3,000 within 2x of 300. ``--restated``
makes every membership of the base and every new one the same person's: one fact stated a quarter of the base's
times at many dates, as generated or syndicated news restates its facts.

How the base is made: a real schema (``KnowledgeBase``), one armed group hub, its relations written by
``write_relation`` with plain entity and document rows: member_of, holds_position (commander, not an exclusive
post) and pledged_allegiance_to of distinct people to the hub, and controls of distinct places by the hub,
dated over 2015-2019. None of them ends another (checked with ``resolve.relations.history`` as the base is
built), so writing them without deciding history one by one leaves the same base ingest would.
"""

from __future__ import annotations

import argparse
import inspect
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from sitrep.kb import KnowledgeBase, writes
from sitrep.pipeline.store import redate_relations
from sitrep.records import RelationRecord
from sitrep.resolve.relations import history

FLAT_RATIO = 2.0
SEED = 19
HUB, RIVAL = "e_hub", "e_rival"


def _rel(pred: str, subj: str, obj: str, start: str | None, role: str | None = None) -> RelationRecord:
    return RelationRecord(predicate=pred, subject=subj, object=obj, evidence=(), extractor="bench", version="1",
                          role=role, start=start, certainty="asserted")


def _date(rnd: random.Random) -> str:
    return f"{rnd.randint(2015, 2019)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"


def _base(rnd: random.Random, size: int, restated: bool = False) -> list[RelationRecord]:
    """The hub's ``size`` relations: members, commanders and pledges of distinct people, places it controls
    (``restated``: every membership is one person's, the same fact stated by a quarter of the base at many dates)."""
    out = []
    for i in range(size):
        kind = i % 4
        if kind == 3:
            out.append(_rel("controls", HUB, f"e_l{i}", _date(rnd)))
        else:
            pred = ("member_of", "holds_position", "pledged_allegiance_to")[kind]
            person = "e_p0" if restated and kind == 0 else f"e_p{i}"
            out.append(_rel(pred, person, HUB, _date(rnd), "commander" if kind == 1 else None))
    return out


def _new(rnd: random.Random, size: int, base: list[RelationRecord], count: int,
         restated: bool = False) -> list[RelationRecord]:
    """``count`` new relations of the hub, six kinds in turn, some of which end relations of the base
    (``restated``: the new members are the much-restated one)."""
    out: list[RelationRecord] = []
    for j in range(size, size + count):
        step = len(out) % 6
        if step == 0:
            out.append(_rel("member_of", "e_p0" if restated else f"e_p{j}", HUB, _date(rnd)))
        elif step == 1:
            out.append(_rel("defected_from", f"e_p{4 * rnd.randrange(size // 4)}", HUB, "2020-01-05"))
        elif step == 2:
            out.append(_rel("controls", RIVAL, f"e_l{4 * rnd.randrange(size // 4) + 3}", "2020-02-01"))
        elif step == 3:
            out.append(_rel("leader_of", f"e_p{j}", HUB, _date(rnd), "leader"))
        elif step == 4:
            out.append(_rel("controls", HUB, f"e_l{j}", _date(rnd)))
        else:
            out.append(base[rnd.randrange(size)])  # the same fact stated again by another source
    return out


def build(path: Path, size: int, count: int, restated: bool = False) -> tuple[KnowledgeBase, list[RelationRecord]]:
    """A base whose hub has ``size`` relations, and ``count`` new relations to store into it."""
    rnd = random.Random(SEED)
    kb = KnowledgeBase(path)
    db = kb.db
    base = _base(rnd, size, restated)
    new = _new(rnd, size, base, count, restated)
    ents = {HUB: "armed_group", RIVAL: "armed_group"}
    for r in base + new:
        for e in (r.subject, r.object or ""):
            ents.setdefault(e, "location" if e.startswith("e_l") else "person")
    with db.transaction():
        db.executemany("INSERT INTO entities (id, type, name, created_at) VALUES (?, ?, ?, '2020-01-01')",
                       [(e, t, e) for e, t in ents.items()])
        db.executemany("INSERT INTO documents (id, source, format, published, text, text_sha256, ingested_at,"
                       " updated_at) VALUES (?, ?, 'text', ?, 'x', ?, '2020', '2020')",
                       [(f"d{i}", f"d{i}", "2020-03-01", f"d{i}") for i in range(size + len(new))])
        for i, r in enumerate(base):
            writes.write_relation(db, f"d{i}", r, r.subject, r.object, None, None)
    cols = ("id", "predicate", "subject_id", "object_id", "role", "start_date", "end_date", "superseded_by",
            "certainty", "doc_id")
    rows = [{**dict(zip(cols, r, strict=True)), "object_type": None, "published": "2020-03-01"}
            for r in db.execute(f"SELECT {', '.join(cols)} FROM relations").fetchall()]
    if size <= 300:  # the rule compares every pair in older trees: checked on the small base
        assert len(rows) == size and not any(history(rows, [str(r["id"]) for r in rows]).values())
    return kb, new


def _redate(db: Any, rel_id: str, rel: RelationRecord) -> None:
    # older trees took the relation's subject and object too: the same benchmark measures before and after
    if len(inspect.signature(redate_relations).parameters) == 4:
        redate_relations(db, rel_id, rel.subject, rel.object)  # type: ignore[call-arg]
    else:
        redate_relations(db, rel_id)


def run(size: int, count: int, restated: bool = False) -> tuple[float, float, int]:
    """Milliseconds per relation stored (median and mean over ``count`` new relations) and how many ends the last
    changed."""
    with tempfile.TemporaryDirectory() as tmp:
        kb, new = build(Path(tmp) / "hub.db", size, count, restated)
        times = []
        with kb.db.transaction():
            for i, rel in enumerate(new):
                t0 = time.perf_counter()
                rel_id = writes.write_relation(kb.db, f"d{size + i}", rel, rel.subject, rel.object, None, None)
                _redate(kb.db, rel_id, rel)
                times.append((time.perf_counter() - t0) * 1000)
        ended = kb.db.execute("SELECT COUNT(*) FROM relations WHERE superseded_by IS NOT NULL").fetchone()[0]
        kb.close()
    return statistics.median(times), statistics.mean(times), int(ended)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--sizes", type=int, nargs="+", default=[300, 3000])
    ap.add_argument("--new", type=int, default=60, help="relations stored and timed per size")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--restated", action="store_true",
                    help="a quarter of the hub's relations are one membership stated again at many dates")
    args = ap.parse_args(argv)
    per: dict[int, float] = {}
    for size in args.sizes:
        got = [run(size, args.new, args.restated) for _ in range(args.rounds)]
        per[size] = min(ms for ms, _, _ in got)
        print(f"hub of {size:>6,} relations: {per[size]:8.2f} ms per relation stored "
              f"(median of {args.new}, best of {args.rounds} rounds; mean {min(m for _, m, _ in got):.2f} ms; "
              f"{got[0][2]} ends decided)")
    lo, hi = per[min(per)], per[max(per)]
    print(f"ratio {max(per):,} / {min(per):,}: {hi / lo:.2f} (flat: within {FLAT_RATIO})")
    return 0 if hi / lo <= FLAT_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
