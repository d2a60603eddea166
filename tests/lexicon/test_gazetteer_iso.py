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

    # Cameroon writes its regions in French (division_languages.tsv), the English names kept as other names
    assert admin1("Extreme-Nord", "CM") == admin1("Far North", "CM") == {"Extreme-Nord"}
    assert admin1("Nord-Ouest", "CM") == {"Nord-Ouest"}
    assert admin1("Littoral", "CM") == {"Littoral"}  # not the catalogue's near spelling "Litoral"
    def spelled(name: str, cc: str) -> set[str]:  # the divisions with that very name (a key is shared)
        return {p.name for p in gaz.lookup([place_key(name)]) if p.feature == "admin1" and p.country == cc
                and name in p.all_names}

    assert spelled("Est", "CM") == {"Est"} and spelled("West", "CM") == {"Ouest"}  # one key, two regions
    assert spelled("Centre-Ouest", "BF") == {"Centre-Ouest"}  # not also Centre-Est's other name
    assert spelled("Centre-Est", "BF") == {"Centre-Est"}
    assert admin1("Sousse", "TN") == {"Sousse"}  # an Arabic-script country's ISO name in Latin letters
    assert admin1("Zaporizhia", "UA") and not admin1("Zaporizka", "UA") - admin1("Zaporizhia", "UA")
    assert admin1("Bavaria", "DE") == {"Bayern"}  # written as ISO 3166-2 writes it, the English name kept
    assert admin1("Bagmati", "NP")  # Nepal's provinces


def test_written_name_of_countries_writing_conventional_latin_names() -> None:
    assert written_name("Sousse", "ar-TN,fr") == "Sousse"
    assert written_name("Gyeonggi-do", "ko-KR,en") == "Gyeonggi"
    assert written_name("Aswān", "ar-EG,en,fr") is None  # a romanization
    assert written_name("Beijing Shi", "zh-CN,yue") is None  # a transliteration


def test_shipped_gazetteer_districts_have_their_bare_names() -> None:
    """GeoNames' administrative words around a district's name ("Province du Boulgou", "Gemeente Meppel") are
    dropped for another name of the district."""
    gaz = default_gazetteer()

    def districts(name: str, cc: str) -> set[str]:
        return {p.admin1 or "" for p in gaz.lookup([place_key(name)]) if p.feature == "admin2" and p.country == cc
                and name in p.all_names}

    assert districts("Boulgou", "BF") == {"Centre-Est"}
    assert districts("Oudalan", "BF") == {"Sahel"}
    assert districts("Meppel", "NL")


def test_shipped_gazetteer_alternate_names_do_not_shadow_other_places() -> None:
    """A town's alternate name that is a country's name or a more populous town's own name of the same country
    is left out ("Kiel", an old name of Kehl; "Ireland", of a Massachusetts town)."""
    gaz = default_gazetteer()
    kiel = [p for p in gaz.lookup([place_key("Kiel")]) if p.country == "DE" and "Kiel" in p.all_names]
    assert [p.name for p in kiel] == ["Kiel"]
    ireland = [p for p in gaz.lookup([place_key("Ireland")]) if "Ireland" in p.all_names]
    assert {p.feature for p in ireland} == {"country"}


def test_written_name_of_two_names_keeps_the_one_the_division_has() -> None:
    # ISO 3166-2 gives an old and today's name: the division keeps the one it has, not its neighbour's
    assert written_name("Haute-Sangha / Mambéré-Kadéï", "fr-CF,sg,ln,kg", "Mambéré-Kadéï") is None
    assert written_name("Elgeyo/Marakwet", "en-KE,sw-KE") == "Elgeyo-Marakwet"  # one name of two words


def test_shipped_gazetteer_divisions_as_conflict_data_write_them() -> None:
    gaz = default_gazetteer()

    def admin1(name: str, cc: str) -> set[str]:
        return {p.name for p in gaz.lookup([place_key(name)]) if p.feature == "admin1" and p.country == cc
                and name in p.all_names}

    assert admin1("Henan", "CN") == {"Henan"}  # no "Sheng"; and "Hunan Sheng" is Hunan's, not Henan's other name
    assert admin1("Hunan Sheng", "CN") == set() and admin1("Hubei", "CN") == {"Hubei"}
    assert admin1("Mambere-Kadei", "CF") == {"Mambéré-Kadéï"}
    assert admin1("Elgeyo-Marakwet", "KE") == {"Elgeyo-Marakwet"}
    assert admin1("Mont-Liban", "LB") == {"Mount Lebanon"}  # written_divisions.tsv: the usual English name
    assert admin1("Kirkuk", "IQ") == {"Kirkuk"}  # not "Muhafazat Kirkuk"
    assert admin1("Fryslan", "NL") == {"Friesland"} and admin1("Phyeongyang", "KP") == {"Pyongyang"}
    assert admin1("Harjumaa", "EE") == {"Harju"} and admin1("Central Jutland", "DK") == {"Midtjylland"}
    assert admin1("Moskovskaya", "RU") == {"Moscow Oblast"} and admin1("Nabatiye", "LB") == {"Al Nabatieh"}
    assert admin1("Takao", "TW") == {"Kaohsiung City"} and admin1("Lima region", "PE") == {"Lima"}
    assert admin1("Almaty Oblysy", "KZ") == {"Almaty"} and admin1("Almaty City", "KZ") == {"Almaty City"}
    # an English administrative word after the name goes ("Tartar Rayon", "Saga Prefecture"), a compass word keeps it
    assert admin1("Tartar Rayon", "AZ") == {"Tartar"} and admin1("Saga Prefecture", "JP") == {"Saga"}
    assert admin1("Eastern Province", "SA") == {"Eastern Province"}
    assert admin1("Mandalay Region", "MM") == {"Mandalay"}  # written_divisions.tsv: as Myanmar's other regions


def test_iso_districts_without_a_namesake_town_have_no_position() -> None:
    """Burkina Faso's provinces are districts of its regions; one without a town of its name is listed without a
    position: its region is known ("(commune, Soum)" is in Sahel), no event is ever put at a guessed point."""
    gaz = default_gazetteer()
    soum = [p for p in gaz.lookup([place_key("Soum")]) if p.country == "BF" and p.feature == "admin2"]
    assert [(p.admin1, p.lat, p.lon) for p in soum] == [("Sahel", None, None)]
