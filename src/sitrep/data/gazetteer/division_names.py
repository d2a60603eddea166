"""How the gazetteer writes the name of a first-level division (build-time only): ISO 3166-2's spelling, the
language the country writes its divisions in (``division_languages.tsv``)."""

from __future__ import annotations

import difflib
import gettext
import re
from collections import Counter
from pathlib import Path
from typing import Any

from sitrep.data.gazetteer.iso_names import written_name
from sitrep.lexicon.keys import ascii_fold, light_key, place_key

HERE = Path(__file__).resolve().parent


def bare_name(name: str) -> str:
    """A province name without its administrative word: "Wilayat-e Baghlan" -> "Baghlan"."""
    return re.sub(r"^(?:wilayat|welayat|velayat)[- ]e[- ]|\s+(?:province|region|state)$", "", ascii_fold(name),
                  flags=re.I)


def iso_canonical(code_name: dict[str, str], other_names: dict[str, list[str]], joined: dict[str, str],
                   pycountry: Any, countries: dict[str, Any], curated: dict[str, dict[str, str]]) -> None:
    """A joined division takes the name its ISO 3166-2 entry writes (``iso_names.written_name``: "Bayern",
    not GeoNames' "Bavaria"), the old name staying another name; curated spellings and names that would be
    another division's of the country are kept."""
    iso_name = {s.code: str(s.name) for s in pycountry.subdivisions}
    keys: Counter[tuple[str, str]] = Counter((c[:2], light_key(n)) for c, n in code_name.items())
    usual = division_languages()
    for code in sorted(joined):
        cc, old = code[:2], code_name[code]
        if f"{cc}:{place_key(bare_name(old))}" in curated:
            continue
        languages = (countries.get(cc) or {}).get("languages") or ""
        name = iso_name[joined[code]]
        if cc in usual:  # the country writes its divisions in another of its languages (Cameroon: French)
            other = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[usual[cc]]).gettext(name)
            # a near spelling is a variant of the same word, not the language's name ("Litoral" for "Littoral")
            if difflib.SequenceMatcher(None, light_key(name), light_key(other)).ratio() < 0.9:
                name = other
            languages = usual[cc]
        new = written_name(name, languages, old)
        if not new or new == old or (light_key(new) != light_key(old) and keys[(cc, light_key(new))]):
            continue
        code_name[code] = new
        other_names.setdefault(code, []).append(old)
        keys[(cc, light_key(new))] += 1


# administrative words of other languages that GeoNames writes into a division's name ("Anhui Sheng", "Chongqing
# Shi", "Guangxi Zhuangzu Zizhiqu", "Muhafazat Kirkuk", "Sha`biyat al Jabal al Gharbi", "Opstina Niksic", "Cabrayil
# Rayonu", "Kraj Vysocina"): conflict data write the name without them
_LOCAL_UNIT = re.compile(r"\s+(?:Sheng|Shi|(?:Uygur|Zhuangzu|Huizu)\s+Zizhiqu|Zizhiqu|Rayonu)$|"
                         r"^(?:Muhafazat|Sha[`'‘’]?biyat|Opstina|Opština|Kraj)\s+")


# English administrative words GeoNames writes after a division's own name ("Tartar Rayon", "Saga Prefecture",
# "Luang Prabang Province", "Vieques Municipality"): conflict data write the name alone, unless it is a bare compass
# word ("Eastern Province", "Eastern District" keep theirs). "Region" stays: it is part of names in use ("Bicol
# Region", "National Capital Region")
_ENGLISH_UNIT = re.compile(r"(?<!^North)(?<!^South)(?<!^East)(?<!^West)(?<!^Eastern)(?<!^Western)(?<!^Northern)"
                           r"(?<!^Southern)(?<!^Central)\s+(?:Rayon|District|Prefecture|Province|Municipality)$")


def plain_names(code_name: dict[str, str], other_names: dict[str, list[str]]) -> None:
    """A division named with another language's administrative word ("Anhui Sheng", "Muhafazat Kirkuk") or an
    English one after its name ("Tartar Rayon", "Saga Prefecture") takes its name without it, the old name staying
    another name, unless another division of the country has that name."""
    keys = Counter((c[:2], light_key(n)) for c, n in code_name.items())
    for code in sorted(code_name):
        old = code_name[code]
        new = _ENGLISH_UNIT.sub("", _LOCAL_UNIT.sub("", old).strip()).strip()
        if new == old or len(new) < 3 or keys[(code[:2], light_key(new))]:
            continue
        code_name[code] = new
        other_names.setdefault(code, []).append(old)
        keys[(code[:2], light_key(new))] += 1


def foreign_name(code_name: dict[str, str]) -> Any:
    """Whether a name offered as another name of a division is the own name of another division of its country,
    with or without an administrative word ("Hunan Sheng" offered for Henan, "Hebei Sheng" for Hubei: one
    ``place_key`` and near spellings, two provinces)."""
    owner: dict[tuple[str, str], set[str]] = {}
    for code, name in code_name.items():
        for n in (name, _LOCAL_UNIT.sub("", name).strip()):
            owner.setdefault((code[:2], light_key(n)), set()).add(code)

    def foreign(code: str, alt: str) -> bool:
        own = owner.get((code[:2], light_key(_LOCAL_UNIT.sub("", ascii_fold(alt)).strip())), set())
        return bool(own) and code not in own
    return foreign


def written_divisions() -> dict[str, list[tuple[str, str]]]:
    """``written_divisions.tsv``: country -> (a name of a division, how conflict data write the division)."""
    out: dict[str, list[tuple[str, str]]] = {}
    with open(HERE / "written_divisions.tsv", encoding="utf-8") as fh:
        for line in fh:
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 4 or not re.fullmatch(r"[A-Z]{2}", parts[0]) or not parts[1] or not parts[2]:
                raise ValueError(f"written_divisions.tsv: bad row {line!r}")
            out.setdefault(parts[0], []).append((parts[1], parts[2]))
    return out


def apply_written(code_name: dict[str, str], other_names: dict[str, list[str]]) -> None:
    """Names each division as ``written_divisions.tsv`` says conflict data write it (the row's name found among the
    division's own name first, then its other names; a row naming no division, or several, changes nothing)."""
    by_cc: dict[str, list[str]] = {}
    for code in sorted(code_name):
        by_cc.setdefault(code[:2], []).append(code)
    for cc, rows in sorted(written_divisions().items()):
        codes = by_cc.get(cc, [])
        for name, written in rows:
            k = light_key(ascii_fold(name))
            hits = [c for c in codes if light_key(ascii_fold(code_name[c])) == k] or [
                c for c in codes if k in {light_key(ascii_fold(n)) for n in other_names.get(c, ())}]
            if len(hits) != 1 or code_name[hits[0]] == written:
                continue
            code = hits[0]
            other_names.setdefault(code, []).append(code_name[code])
            code_name[code] = written


def division_languages() -> dict[str, str]:
    """``division_languages.tsv``: country -> the language its divisions are usually written in."""
    out: dict[str, str] = {}
    with open(HERE / "division_languages.tsv", encoding="utf-8") as fh:
        for line in fh:
            if line.strip() and not line.startswith("#"):
                cc, lang, _why = line.rstrip("\n").split("\t")
                if not re.fullmatch(r"[A-Z]{2}", cc) or not re.fullmatch(r"[a-z]{2,3}", lang):
                    raise ValueError(f"division_languages.tsv: bad row {line!r}")
                out[cc] = lang
    return out


__all__ = ["apply_written", "bare_name", "division_languages", "foreign_name", "iso_canonical", "plain_names",
           "written_divisions"]
