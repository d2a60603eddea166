"""ISO 3166-2 names of first-level divisions for the gazetteer build (build-time only).

pycountry (LGPL) ships the ISO 3166-2 subdivisions with their parents and, from Debian's iso-codes, their
names translated into many languages. Each GeoNames first-level division is joined to its ISO 3166-2
subdivision (by name, by the names of the ISO subdivision's children among the division's districts and
towns, by near spellings, then by elimination), and takes the ISO name and its translations into the
country's languages and English as other names: "Extrême-Nord" and "Nord-Ouest" for Cameroon's Far
North and North-West, "Bayern" for Bavaria, "Hauts-Bassins" for Burkina Faso's High-Basins. The ISO
subdivisions below a joined division (Burkina Faso's provinces, France's departments) become districts where
GeoNames has none of their name.
"""

from __future__ import annotations

import difflib
import gettext
import os
import re
from collections import Counter, defaultdict
from typing import Any

from sitrep.lexicon.keys import ascii_fold, light_key, place_key

# the administrative word ISO 3166-2 writes into some names ("Stockholms län", "Gyeonggi-do",
# "Seoul-teukbyeolsi", "Provincia di Roma"): the bare name is another name of the division
_ISO_WORDS = re.compile(r"\s+(?:län|lan|kraj|county|province|region|governorate|oblast|state|department|district|"
                        r"voivodeship|prefecture|municipality|autonomous community|metropolitan region)$|"
                        r"-(?:do|si|gwangyeoksi|teukbyeolsi|teukbyeoljachido|teukbyeoljachisi)$|"
                        r"^(?:provincia|regione|région|region|département|departamento|estado|city\s+state)\s+"
                        r"(?:de\s+|di\s+|del\s+|of\s+)?",
                        re.I)
_LATIN = re.compile(r"[A-Za-z][A-Za-z .'\-]*")


def _compound(name: str) -> str:
    """A slash between two words without spaces joins two names into one ("Elgeyo/Marakwet", "Taita/Taveta":
    Elgeyo-Marakwet, Taita-Taveta); a spaced slash separates two names of the division ("Bruxelles / Brussel")."""
    return re.sub(r"(?<=\w)/(?=\w)", "-", name)


def _parts(name: str) -> list[str]:
    """The names written in one ISO name: "Catalunya [Cataluña]", "Bruxelles / Brussel", "Skåne län [SE-12]"."""
    out = []
    for part in re.split(r"\s*[\[\]/]\s*|\s*\(\s*|\s*\)\s*", _compound(name)):
        part = part.strip(" ,")
        if part and not re.fullmatch(r"[A-Z]{2}-\w+", part):
            out.append(part)
    return out


def _written(name: str) -> list[str]:
    """The Latin-script spellings of one ISO name, with and without accents and administrative word."""
    out: list[str] = []
    for part in _parts(name):
        folded = ascii_fold(part).replace("‘", "'").replace("’", "'")
        if not _LATIN.fullmatch(folded) or len(folded) < 3:
            continue
        out += [part, folded]
        bare = _ISO_WORDS.sub("", folded).strip()
        if bare != folded and len(bare) >= 3:
            out.append(bare)
    return list(dict.fromkeys(out))


def _translators(pycountry: Any, languages: str) -> list[gettext.NullTranslations]:
    """The iso3166-2 translations into a country's languages and English ("en-CM,fr-CM" -> English, French)."""
    out: list[gettext.NullTranslations] = []
    for lang in dict.fromkeys([*(x.split("-")[0] for x in languages.split(",") if x), "en"]):
        try:
            out.append(gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang]))
        except OSError:
            continue
    return out


def iso_names(pycountry: Any, countries: dict[str, Any]) -> tuple[dict[str, list[str]], dict[str, list[Any]]]:
    """By ISO 3166-2 code: the division's Latin-script names (ISO's and its translations into the country's
    languages and English); and by parent code: its ISO children."""
    names: dict[str, list[str]] = {}
    children: dict[str, list[Any]] = defaultdict(list)
    tr_cache: dict[str, list[gettext.NullTranslations]] = {}
    for s in sorted(pycountry.subdivisions, key=lambda s: s.code):
        cc = s.country_code
        if cc not in tr_cache:
            tr_cache[cc] = _translators(pycountry, (countries.get(cc) or {}).get("languages") or "")
        written = _written(str(s.name))
        for tr in tr_cache[cc]:
            written += _written(tr.gettext(str(s.name)))
        names[s.code] = list(dict.fromkeys(written))
        if s.parent_code:
            children[s.parent_code].append(s)
    return names, children


# languages whose own script is not Latin: their ISO 3166-2 names are romanizations ("Kharkivska oblast",
# "Ţarābulus"), and conflict data writes the English name instead ("Kharkiv", "Tripoli")
NON_LATIN_LANGUAGES = frozenset(("ar", "fa", "ps", "ur", "he", "yi", "ru", "uk", "be", "bg", "mk", "sr", "kk", "ky",
                                 "tg", "mn", "ka", "hy", "el", "zh", "ja", "ko", "th", "lo", "km", "my", "hi", "bn",
                                 "ne", "si", "ta", "te", "ml", "kn", "mr", "gu", "pa", "or", "am", "ti", "dv", "bo",
                                 "dz"))
# ... except those whose ISO 3166-2 names, when written without a romanization's marks, are the names the country
# uses in Latin letters: Arabic-script countries' French or English names ("Sousse", "Kasserine"), Korea's Revised
# Romanization ("Gyeonggi-do"), Ethiopia's, Nepal's, India's and Bangladesh's English names; Cyrillic, Greek and
# Chinese names in ISO are transliterations ("Zaporizka oblast", "Lemesos", "Beijing Shi"), not the names in use
CONVENTIONAL_LATIN = frozenset(("ar", "fa", "ps", "ur", "am", "ti", "ko", "ne", "hi", "bn"))
# letters of a romanization from another script (macrons, dots below, ayn and hamza marks)
_ROMANIZATION = re.compile(r"[āēīōūĀĒĪŌŪḩḨţŢḑḐẕẔḍḌṣṢṭṬẓẒ‘’ʻʼʿʾ]")


def written_name(name: str, languages: str, old: str = "") -> str | None:
    """How conflict data writes a division ISO 3166-2 names ``name``, in a country speaking ``languages``
    ("de", "fr-BF,mos"): the first name ISO gives, without accents, bracketed or parenthesised parts and
    administrative word ("Bayern", "Hauts-Bassins", "Cataluna" for "Catalunya [Cataluña]", "Skane" for
    "Skåne län [SE-12]"); None where the country's first language is not written in Latin letters or the name
    is a romanization. Where ISO gives two names ("Haute-Sangha / Mambéré-Kadéï", an old name and today's),
    the one the division already has (``old``) is kept: None."""
    first = (languages.split(",")[0].split("-")[0] if languages else "")
    name = _compound(name)
    alternatives = [p.strip() for p in name.split(" / ")]
    if len(alternatives) > 1 and old and light_key(ascii_fold(old)) in {light_key(ascii_fold(p)) for p in alternatives}:
        return None
    # "Catalunya [Cataluña]": ISO gives the name in the country's main language in brackets after a regional one
    main = re.search(r"\[([A-Z][^\[\]\d]*?)\]", name)
    head = main.group(1).strip() if main and not re.search(r"[A-Z]{2}-", main.group(0)) else (
        re.split(r"\s*[\[(/]|,\s", name)[0].strip())
    if not first or (first in NON_LATIN_LANGUAGES and first not in CONVENTIONAL_LATIN) or _ROMANIZATION.search(head):
        return None
    bare = _ISO_WORDS.sub("", ascii_fold(head)).strip()
    return bare if _LATIN.fullmatch(bare) and len(bare) >= 3 else None


def _keys(names: list[str]) -> set[str]:
    names = [*names, *(_ISO_WORDS.sub("", ascii_fold(n)).strip() for n in names)]
    return {light_key(n) for n in names if n} | {place_key(n) for n in names if n}


def translations(pycountry: Any) -> dict[str, set[str]]:
    """By ISO 3166-2 code: the ``light_key`` of the division's name in every language iso-codes translates it into
    ("Thuringia", "Masovian Voivodeship"): keys to join on, never names to show."""
    out: dict[str, set[str]] = defaultdict(set)
    catalogues = []
    for lang in sorted(os.listdir(pycountry.LOCALES_DIR)):
        try:
            catalogues.append(gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang]))
        except OSError:
            continue
    for s in pycountry.subdivisions:
        for tr in catalogues:
            for part in _parts(tr.gettext(str(s.name))):
                if _LATIN.fullmatch(ascii_fold(part)):
                    out[s.code] |= _light([part])
    return dict(out)


def join_iso(code_names: dict[str, list[str]], district_names: dict[str, list[str]], pycountry: Any,
             iso: dict[str, list[str]], children: dict[str, list[Any]],
             translated: dict[str, set[str]] | None = None) -> dict[str, str]:
    """GeoNames admin1 code ("CM.12") -> ISO 3166-2 code ("CM-EN"), one to one. ``code_names``: each GeoNames
    division's names; ``district_names``: the names of its districts and towns; ``translated``: the keys of each
    ISO division's name in every language (``translations``)."""
    by_cc_geo: dict[str, list[str]] = defaultdict(list)
    for code in sorted(code_names):
        by_cc_geo[code[:2]].append(code)
    by_cc_iso: dict[str, list[str]] = defaultdict(list)
    for s in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if s.parent_code is None:
            by_cc_iso[s.country_code].append(s.code)
    joined: dict[str, str] = {}
    for cc in sorted(by_cc_geo):
        geo, isos = by_cc_geo[cc], by_cc_iso.get(cc, [])
        # 1. a name in common, when it is no other division's: spelled alike ("East", not "Ouest" of one key), then
        # of one key
        _take_unique([(g, i) for g in geo for i in isos if _light(code_names[g]) & _light(iso.get(i, []))], joined)
        geo_keys = {g: _keys(code_names[g]) for g in geo}
        iso_keys = {i: _keys(iso.get(i, [])) for i in isos}
        _take_unique([(g, i) for g in geo for i in isos if geo_keys[g] & iso_keys[i]], joined)
        # 2. the ISO children named among the division's districts and towns
        _take_unique(_child_votes(geo, isos, district_names, iso, children, joined), joined)
        # 3. near spellings of one name ("Hesse", "Hessen"), when no other division's is as near; then ISO's name in
        # any language ("Thuringia" for "Thüringen"), then the mutually nearest of those ("North Rhine-Westphalia")
        left_iso = [i for i in isos if i not in set(joined.values())]
        _take_unique([(g, i) for g in geo if g not in joined for i in left_iso
                      if _nearness(code_names[g], iso.get(i, [])) >= 0.8], joined)
        if translated:
            left_iso = [i for i in isos if i not in set(joined.values())]
            _take_unique([(g, i) for g in geo if g not in joined for i in left_iso
                          if _light(code_names[g]) & translated.get(i, set())], joined)
            _take_unique(_mutually_nearest([g for g in geo if g not in joined],
                                           [i for i in isos if i not in set(joined.values())],
                                           code_names, translated), joined)
        # 4. the last one left on both sides
        left_geo = [g for g in geo if g not in joined]
        left_iso = [i for i in isos if i not in set(joined.values())]
        if len(left_geo) == 1 and len(left_iso) == 1 and len(isos) == len(geo):
            joined[left_geo[0]] = left_iso[0]
    return joined


def _child_votes(geo: list[str], isos: list[str], district_names: dict[str, list[str]], iso: dict[str, list[str]],
                 children: dict[str, list[Any]], joined: dict[str, str]) -> list[tuple[str, str]]:
    """(GeoNames division, ISO subdivision) where two or more of the ISO children are the division's districts
    or towns, the ISO subdivision with most such children for each division."""
    votes: Counter[tuple[str, str]] = Counter()
    districts = {g: _keys(district_names.get(g, [])) for g in geo if g not in joined}
    for i in isos:
        for child in children.get(i, []):
            ck = _keys(iso.get(child.code, []))
            for g, dk in districts.items():
                if ck & dk:
                    votes[(g, i)] += 1
    taken = set(joined.values())
    best: dict[str, tuple[int, str]] = {}
    for (g, i), n in sorted(votes.items()):
        if i not in taken and n >= 2 and n > best.get(g, (0, ""))[0]:
            best[g] = (n, i)
    return [(g, i) for g, (_, i) in sorted(best.items())]


def _mutually_nearest(geo: list[str], isos: list[str], code_names: dict[str, list[str]],
                      translated: dict[str, set[str]]) -> list[tuple[str, str]]:
    """(GeoNames division, ISO division) whose names in some language are each other's nearest, near enough
    (0.6) and clearly nearer (by 0.15) than any other of the other side."""
    near = {(g, i): max((difflib.SequenceMatcher(None, a, b).ratio() for a in _light(code_names[g])
                         for b in translated.get(i, set()) if a and b), default=0.0) for g in geo for i in isos}
    out = []
    for (g, i), v in sorted(near.items()):
        others = [w for (g2, i2), w in near.items() if (g2 == g) != (i2 == i)]
        if v >= 0.6 and all(v - w >= 0.15 for w in others):
            out.append((g, i))
    return out


def _nearness(names: list[str], others: list[str]) -> float:
    return max((difflib.SequenceMatcher(None, a, b).ratio() for a in _light(names) for b in _light(others)),
               default=0.0)


def _light(names: list[str]) -> set[str]:
    return {light_key(_ISO_WORDS.sub("", ascii_fold(n)).strip()) for n in names if n}


def _take_unique(pairs: list[tuple[str, str]], joined: dict[str, str]) -> None:
    """Keep the pairs whose two sides appear in no other pair and are not joined yet."""
    taken = set(joined.values())
    pairs = [(g, i) for g, i in pairs if g not in joined and i not in taken]
    ng, ni = Counter(g for g, _ in pairs), Counter(i for _, i in pairs)
    for g, i in pairs:
        if ng[g] == 1 and ni[i] == 1:
            joined[g] = i


__all__ = ["CONVENTIONAL_LATIN", "NON_LATIN_LANGUAGES", "iso_names", "join_iso", "translations", "written_name"]
