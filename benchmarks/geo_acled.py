"""Geocoding quality on ACLED's notes (dev): admin1 accuracy and share within 25 km.

    python benchmarks/geo_acled.py [ACLED_CSV] [GAZETTEER_DIR]

For each row, the places of the note (``find_places``) are geocoded as the
pipeline does (relations from the text, the document's provinces), the most
specific placed one is taken, and compared with ACLED's admin1 and coordinates.
It runs twice: with every file of GAZETTEER_DIR imported into a temporary
knowledge base (as a user would), and with the embedded default only.
"""

from __future__ import annotations

import csv
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from sitrep.kb import KnowledgeBase
from sitrep.kb.gazetteer import KBGazetteer, import_file
from sitrep.kb.schema import utcnow
from sitrep.lexicon.gazetteer import default_gazetteer, distance_km
from sitrep.nlp import matcher
from sitrep.nlp.places import place_spans
from sitrep.resolve.place_geocoder import Geocoder

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
ADMIN1_ALIASES = {"uruzgan": "urozgan", "oruzgan": "urozgan", "sarepul": "sarepol", "saripul": "sarepol",
                  "paktiya": "paktia", "vardak": "wardak", "maidanwardak": "wardak", "nimroz": "nimruz",
                  "daikundi": "daykundi", "khowst": "khost", "panjsher": "panjshir", "jawzjan": "jowzjan"}


def admin1_key(name: str | None) -> str:
    k = re.sub(r"[^a-z]", "", (name or "").lower())
    return ADMIN1_ALIASES.get(k, k)


def geocode_note(note: str, geocoder: Geocoder) -> dict[str, object] | None:
    actors = matcher.default_matcher().find(note)
    spans = place_spans(note, (), actors)
    if not spans:
        return None
    geocoder._memo.clear()
    ctx = geocoder.document_context(spans, None)
    order = sorted(range(len(spans)), key=lambda i: (spans[i].rank, spans[i].parent is None, spans[i].start))
    for i in order:
        geo = geocoder.geo_of_span(i, spans, ctx)
        if geo is not None:
            return geo
    return None


def run(rows: list[dict[str, str]], geocoder: Geocoder, label: str, show: int = 0) -> dict[str, float]:
    st: Counter[str] = Counter()
    misses = []
    for r in rows:
        geo = geocode_note(r["notes"], geocoder)
        st["n"] += 1
        if geo is None:
            st["unplaced"] += 1
            misses.append(("unplaced", r))
            continue
        ok1 = admin1_key(str(geo.get("admin1"))) == admin1_key(r["admin1"])
        d = distance_km(float(geo["lat"]), float(geo["lon"]), float(r["latitude"]), float(r["longitude"]))  # type: ignore[arg-type]
        st["admin1"] += ok1
        st["km25"] += d <= 25
        st["km50"] += d <= 50
        if not ok1 or d > 25:
            misses.append((f"{geo.get('admin1')}/{geo.get('feature')}/{d:.0f}km", r))
    n = st["n"] or 1
    out = {"notes": st["n"], "admin1": round(st["admin1"] / n, 3), "location_25km": round(st["km25"] / n, 3),
           "location_50km": round(st["km50"] / n, 3), "unplaced": round(st["unplaced"] / n, 3)}
    print(label, out)
    for why, r in misses[:show]:
        print(f"  [{why}] gold {r['admin1']}/{r['location']}: {r['notes'][:160]}")
    return out


def main() -> None:
    acled = Path(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1] else SHARED / "acled_dev" / "acled_afg_2019-04.csv"
    gdir = Path(sys.argv[2]) if len(sys.argv) > 2 and sys.argv[2] else SHARED / "gazetteer"
    show = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    with open(acled, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    with tempfile.TemporaryDirectory() as tmp:
        kb = KnowledgeBase(Path(tmp) / "gaz.db")
        t = time.time()
        for f in sorted(gdir.iterdir()):
            if f.suffix.lower() in (".csv", ".geojson", ".txt", ".zip", ".tsv") and "METADATA" not in f.name \
                    and "LICENSE" not in f.name and "CITATION" not in f.name and "metaData" not in f.name:
                r = import_file(kb.conn, f, utcnow=utcnow())
                if r.error:
                    print(f"{f.name}: {r.error}")
        print(f"imported {gdir} in {time.time() - t:.1f}s")
        run(rows, Geocoder(KBGazetteer(kb.conn), default_gazetteer()), "imported gazetteer:", show)
        kb.close()
    run(rows, Geocoder(None, default_gazetteer()), "embedded default only:", show)


if __name__ == "__main__":
    main()
