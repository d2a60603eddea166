"""ISO 3166-2 names in the embedded gazetteer: the build's join (``data/gazetteer/iso_names.py``) and what the
shipped ``places.tsv.gz`` holds from it."""

from __future__ import annotations

from types import SimpleNamespace

from sitrep.data.gazetteer.iso_names import join_iso, written_name
from sitrep.lexicon.gazetteer import default_gazetteer
from sitrep.lexicon.keys import place_key


def test_written_name_is_the_iso_name_in_latin_letters_without_its_administrative_word() -> None:
    assert written_name("Hauts-Bassins", "fr-BF,mos") == "Hauts-Bassins"
    assert written_name("Skåne län [SE-12]", "sv-SE,se") == "Skane"
    assert written_name("Madrid, Comunidad de", "es-ES,ca") == "Madrid"
    assert written_name("Catalunya [Cataluña]", "es-ES,ca") == "Cataluna"  # the main language's, in brackets
    assert written_name("Wales [Cymru GB-CYM]", "en-GB") == "Wales"


def test_no_written_name_for_a_romanization() -> None:
    assert written_name("Ţarābulus", "ar-LY,it,en") is None  # a romanization (macrons, dots below)
    assert written_name("Kharkivska oblast", "uk,ru-UA") is None  # the country's own script is not Latin


def _sub(code: str, name: str, parent: str | None = None) -> SimpleNamespace:
    return SimpleNamespace(code=code, name=name, country_code=code[:2], parent_code=parent)


def test_join_by_name_children_and_elimination() -> None:
    subs = [_sub("XX-A", "Nord-Ouest"), _sub("XX-B", "Sud"), _sub("XX-C", "Plateau"),
            _sub("XX-C1", "Amba", "XX-C"), _sub("XX-C2", "Bolo", "XX-C"), _sub("XX-D", "Lac")]
    fake = SimpleNamespace(subdivisions=subs)
    iso = {s.code: [s.name] for s in subs}
    iso["XX-A"].append("North-West")  # a translation
    children = {"XX-C": [subs[3], subs[4]]}
    geo = {"XX.01": ["North-West Province"], "XX.02": ["South"], "XX.03": ["Highlands"], "XX.04": ["Lake"]}
    districts = {"XX.03": ["Amba", "Bolo District", "Kofi"], "XX.02": ["Amba"]}
    joined = join_iso(geo, districts, fake, iso, children)
    assert joined["XX.01"] == "XX-A"  # by a name in common, without the administrative word
    assert joined["XX.03"] == "XX-C"  # two of its ISO children are its districts
    assert "XX.02" not in joined and "XX.04" not in joined  # two left on each side: nothing guessed


def test_shipped_gazetteer_has_iso_names_of_divisions() -> None:
    gaz = default_gazetteer()

    def admin1(name: str, cc: str) -> set[str]:
        return {p.name for p in gaz.lookup([place_key(name)]) if p.feature == "admin1" and p.country == cc}

    assert admin1("Extreme-Nord", "CM") == {"Far North"}  # French name of Cameroon's region
    assert admin1("Nord-Ouest", "CM") == {"North-West"}
    assert admin1("Bavaria", "DE") == {"Bayern"}  # written as ISO 3166-2 writes it, the English name kept
    assert admin1("Bagmati", "NP")  # Nepal's provinces
