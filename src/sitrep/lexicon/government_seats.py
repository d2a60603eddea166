"""Where the embedded gazetteer places a country whose government sits in another city than its official capital
(``data/gazetteer/government_seats.tsv``: Benin's at Cotonou, not Porto-Novo; the Ivory Coast's at Abidjan, not
Yamoussoukro). Conflict data place an event known only by its country at the seat of its government, where the
presidency and the ministries are: a country's point is where such an event is placed (``resolve.place_units``
reads the country's first-level division at that point)."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

_COLUMNS = "country, seat, official capital, note"
_SEATED = ("city", "town")  # the features a seat may have


def parse(text: str, source: str = "government_seats.tsv") -> dict[str, str]:
    """country -> the name of its seat of government; ValueError names a bad row (a missing column, a bad country
    code, a country listed twice)."""
    out: dict[str, str] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("\t")]
        if len(parts) != 4 or not re.fullmatch(r"[A-Z]{2}", parts[0]) or not parts[1] or parts[0] in out:
            raise ValueError(f"{source}:{n}: bad row {line!r} ({_COLUMNS})")
        out[parts[0]] = parts[1]
    return out


@lru_cache(maxsize=1)
def government_seats() -> dict[str, str]:
    return parse(resources.files("sitrep").joinpath("data", "gazetteer", "government_seats.tsv").read_text(
        encoding="utf-8"))


def place_at_seats(rows: list[str], seats: dict[str, str] | None = None) -> None:
    """Moves each country row of ``rows`` (the embedded gazetteer's tab-separated rows: id, name, feature, lat, lon,
    country, ...) whose country has a seat of government to the position of the most populous town or city of that
    name the rows list in the country (``rows`` changed in place); a country whose seat the rows lack stays."""
    seats = government_seats() if seats is None else seats
    found: dict[str, tuple[int, str, str]] = {}
    countries: dict[str, int] = {}
    for i, row in enumerate(rows):
        f = row.split("\t", 9)
        if len(f) < 9 or f[5] not in seats:
            continue
        if f[2] == "country":
            countries[f[5]] = i
        elif f[2] in _SEATED and f[1] == seats[f[5]] and f[3] and f[4]:
            pop = int(f[8]) if f[8].isdigit() else 0
            if pop >= found.get(f[5], (-1, "", ""))[0]:
                found[f[5]] = (pop, f[3], f[4])
    for country, i in countries.items():
        if country in found:
            f = rows[i].split("\t")
            f[3], f[4] = found[country][1], found[country][2]
            rows[i] = "\t".join(f)


__all__ = ["government_seats", "parse", "place_at_seats"]
