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
        new = written_name(name, languages)
        if not new or new == old or (light_key(new) != light_key(old) and keys[(cc, light_key(new))]):
            continue
        code_name[code] = new
        other_names.setdefault(code, []).append(old)
        keys[(cc, light_key(new))] += 1


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


__all__ = ["bare_name", "division_languages", "iso_canonical"]
