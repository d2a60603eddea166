"""Tests for the curated actor/title/role dictionaries and their loader."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.lexicon.dictionaries import (
    ACTOR_TYPES,
    DictionaryError,
    load_actor_files,
    load_actors,
    load_roles,
    load_titles,
)
from sitrep.lexicon.keys import normalize_key


def ids(results: list[object]) -> list[str]:
    return [getattr(r, "id") for r in results]  # noqa: B009


# ------------------------------------------------------------------------------------------ shipped data


def test_shipped_actors_validate_and_cover_types() -> None:
    actors = load_actors()
    assert 150 <= len(actors) <= 1000
    assert {e.type for e in actors} == set(ACTOR_TYPES)
    for entry in actors:
        assert entry.country is None or len(entry.country) == 2
        for ref in [*([entry.parent] if entry.parent else []), *entry.affiliate_of, *entry.distinct_from]:
            assert ref in actors


def test_shipped_titles_and_roles_validate() -> None:
    assert len(load_titles().titles) >= 40
    assert len(load_roles().roles) >= 40


@pytest.mark.parametrize("text", ["Taliban", "Taleban", "taliban", "Afghan Taliban", "TALIBAN", "Talebans"])
def test_taliban_spellings(text: str) -> None:
    assert ids(load_actors().lookup(text)) == ["taliban"]


@pytest.mark.parametrize("text", [
    "ISKP", "ISK-P", "IS-K", "ISIS-K", "ISIS-Khorasan", "Wilayat Khorasan", "Wilayat-e-Khorasan", "Wilayat e Khorasan",
    "wilayat-e-khorasan", "Daesh Khorasan", "Islamic State Khorasan Province", "Islamic State-Khorasan",
    "Islamic State (Afghanistan)",
])
def test_iskp_spellings(text: str) -> None:
    assert ids(load_actors().lookup(text)) == ["islamic-state-khorasan"]


@pytest.mark.parametrize("text", [
    "TTP", "Tehrik-i-Taliban Pakistan", "Tehreek-e-Taliban Pakistan", "Tehrik-e-Taliban Pakistan",
    "Tehreek-i-Taliban Pakistan", "Tehrik-i-Taleban Pakistan", "Pakistani Taliban", "Pakistani Taleban",
    "Tehrik e Taliban Pakistan", "Fitna al-Khawarij",
])
def test_ttp_spellings(text: str) -> None:
    assert ids(load_actors().lookup(text)) == ["ttp"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Haqqani network", "haqqani-network"),
    ("Hezb-e-Islami", "hezb-e-islami"),
    ("Hizb-i-Islami", "hezb-e-islami"),
    ("ISIS", "islamic-state"),
    ("ISIL", "islamic-state"),
    ("Da'esh", "islamic-state"),
    ("al-Qaida", "al-qaeda"),
    ("Al-Qa'ida", "al-qaeda"),
    ("AQIS", "aqis"),
    ("Jamaat-ul-Ahrar", "jamaat-ul-ahrar"),
    ("LeJ al-Alami", "lej-al-alami"),
    ("Lashkar-e-Tayyiba", "lashkar-e-taiba"),
    ("Lashkar-e-Islam", "lashkar-e-islam"),
    ("Jaish-e-Muhammad", "jaish-e-mohammed"),
    ("Islamic Movement of Uzbekistan", "imu"),
    ("ETIM", "turkistan-islamic-party"),
    ("Fatemiyoun", "liwa-fatemiyoun"),
    ("Zainabiyoun", "liwa-zainabiyoun"),
    ("Balochistan Liberation Army", "baloch-liberation-army"),
    ("BLF", "balochistan-liberation-front"),
    ("Fidayi Mahaz", "fidai-mahaz"),
    ("Mullah Rasool faction", "high-council-islamic-emirate"),
    ("ANA", "afghan-military-2014-2021"),
    ("Afghan National Army", "afghan-military-2014-2021"),
    ("ANDSF", "afghan-military-2014-2021"),
    ("Afghan Air Force", "afghan-military-2014-2021"),
    ("Afghan commandos", "afghan-special-forces"),
    ("Afghan Local Police", "afghan-local-police"),
    ("ALP", "afghan-local-police"),
    ("NDS", "afghan-nds"),
    ("National Directorate of Security", "afghan-nds"),
    ("Arbakai", "afghan-pro-government-militia"),
    ("Resolute Support", "resolute-support"),
    ("U.S. forces", "us-military"),
    ("US troops", "us-military"),
    ("al-Shabab", "al-shabaab"),
    ("ISWAP", "islamic-state-west-africa"),
    ("JNIM", "jnim"),
    ("Médecins Sans Frontières", "msf"),
])
def test_lookup_across_spellings(text: str, expected: str) -> None:
    assert ids(load_actors().lookup(text)) == [expected]


def test_case_sensitive_acronyms_do_not_match_common_words() -> None:
    actors = load_actors()
    for word in ["is", "Is", "ana", "alp", "us", "let", "aa", "who"]:
        assert actors.lookup(word) == [], word
    assert ids(actors.lookup("IS")) == ["islamic-state"]
    assert ids(actors.lookup("LeT")) == ["lashkar-e-taiba"]


def test_ambiguous_aliases_return_every_candidate() -> None:
    actors = load_actors()
    assert set(ids(actors.lookup("Jundullah"))) == {"jundullah-pakistan", "jaish-al-adl"}
    assert actors.lookup("Jundullah", include_ambiguous=False) == []
    assert set(ids(actors.lookup("ANP"))) == {"afghan-police-2014-2021", "anp"}
    aliases = actors.lookup_aliases("Jundullah")
    assert len(aliases) == 2 and all(a.ambiguous for a in aliases)


def test_afghan_taliban_and_ttp_stay_distinct() -> None:
    actors = load_actors()
    assert actors.are_distinct("taliban", "ttp")
    assert actors.are_distinct("ttp", "taliban")
    assert actors.are_distinct("taliban", "fidai-mahaz")
    assert actors["ttp"].parent is None
    assert "taliban" not in ids(actors.ancestors("ttp"))
    assert "taliban" not in actors["ttp"].affiliate_of
    assert "ttp" not in ids(actors.lookup("Taliban"))
    assert "taliban" not in ids(actors.lookup("Pakistani Taliban"))
    assert ids(actors.ancestors("jamaat-ul-ahrar")) == ["ttp"]


def test_hierarchy_and_acled_names() -> None:
    actors = load_actors()
    assert actors["islamic-state-khorasan"].affiliate_of == ("islamic-state",)
    assert actors.regional_affiliate("islamic-state", "AF") is actors["islamic-state-khorasan"]
    assert actors.acled_name_for("taliban") == "Taliban"
    assert actors.acled_name_for("islamic-state-khorasan") == "Islamic State (Afghanistan)"
    assert actors.acled_name_for("afghan-military-2014-2021") == "Military Forces of Afghanistan (2014-2021)"
    assert actors.acled_name_for("afghan-local-police", with_unit=False) == "Police Forces of Afghanistan (2014-2021)"
    assert actors.acled_name_for("afghan-nds", with_unit=False) == "Police Forces of Afghanistan (2014-2021)"
    military = "Military Forces of Afghanistan (2014-2021)"
    assert actors.acled_name_for("afghan-special-forces", with_unit=False) == military
    assert actors.acled_name_for("haqqani-network") == "Taliban"  # inherited from the parent
    assert actors.acled_name_for("nato") == "NATO: North Atlantic Treaty Organization"
    assert actors.acled_name_for("us-military") == "Military Forces of the United States"
    assert ids(actors.by_acled_name("Taliban")) == ["taliban"]


def test_alias_strings_for_phrase_matcher() -> None:
    actors = load_actors()
    strings = actors.alias_strings()
    assert "Wilayat-e-Khorasan" in strings and "Taleban" in strings
    assert len(strings) == len(set(strings))
    assert len(strings[0]) >= len(strings[-1])
    assert "Jundullah" not in actors.alias_strings(include_ambiguous=False)


def test_normalize_key() -> None:
    assert normalize_key("Wilayat-e-Khorasan") == normalize_key("Wilayat e Khorasan") == "wilayat e khorasan"
    assert normalize_key("Jama’at-ul-Ahrar") == normalize_key("Jamaat ul Ahrar")
    assert normalize_key("Médecins  Sans—Frontières") == "medecins sans frontieres"
    assert normalize_key("U.S.") == "us"
    assert normalize_key("ISK-P", fold=False) == "ISK P"


def test_titles_and_roles() -> None:
    titles = load_titles()
    for variant in ["Mawlawi", "Maulvi", "Mawlvi", "Moulvi"]:
        title = titles.lookup(variant)
        assert title is not None and title.normalized == "Mawlawi"
    gen = titles.lookup("Lt. Gen.")
    assert gen is not None and gen.normalized == "Lieutenant General"
    assert titles.split_name("Lt. Gen. Abdul Raziq")[1] == "Abdul Raziq"
    assert titles.split_name("Mullah Omar")[1] == "Mullah Omar"
    assert titles.split_name("Gen. Mullah Ahmad")[1] == "Mullah Ahmad"
    assert titles.split_name("Amir")[1] == "Amir"
    roles = load_roles()
    cmd = roles.lookup("commander")
    assert cmd is not None and cmd.leader_of
    spokes = roles.lookup("spokesperson")
    assert spokes is not None and spokes.role == "spokesman" and spokes.holds_position
    chief = roles.lookup("district chief")
    assert chief is not None and chief.holds_position
    fighter = roles.lookup("fighters")
    assert fighter is not None and fighter.relation == "member_of"
    elder = roles.lookup("tribal elder")
    assert elder is not None and elder.relation is None


# ------------------------------------------------------------------------------------------ user files


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_user_dictionary_extends_and_adds(tmp_path: Path) -> None:
    extra = write(tmp_path, "mine.yaml", """
version: 1
entries:
  - id: taliban
    aliases: [Talibaan, Taliban militia]
  - id: example-front
    name: Example Liberation Front
    type: armed_group
    country: AF
    aliases: [Example Front]
    case_sensitive_aliases: [ELF]
    distinct_from: [taliban]
""")
    actors = load_actors([extra])
    assert ids(actors.lookup("Talibaan")) == ["taliban"]
    assert ids(actors.lookup("Taleban")) == ["taliban"]  # shipped aliases kept
    assert actors["taliban"].sources[-1] == str(extra)
    assert ids(actors.lookup("ELF")) == ["example-front"]
    assert actors.lookup("elf") == []
    assert actors.are_distinct("taliban", "example-front")
    assert load_actors().lookup("Talibaan") == []  # the shipped dictionary is unchanged


def test_user_dictionary_may_override_scalar_fields(tmp_path: Path) -> None:
    extra = write(tmp_path, "acled.yaml", "entries:\n  - id: haqqani-network\n    acled_name: Taliban - Haqqani\n")
    assert load_actors([extra]).acled_name_for("haqqani-network") == "Taliban - Haqqani"


@pytest.mark.parametrize(("body", "needle"), [
    ("entries:\n  - id: new-group\n    type: armed_group\n", "entry #1 'new-group': missing 'name'"),
    ("entries:\n  - id: new-group\n    name: New\n    type: militia\n", "'type' must be one of"),
    ("entries:\n  - id: New Group\n    name: New\n    type: armed_group\n", "'id' must be a lowercase slug"),
    ("entries:\n  - id: new-group\n    name: New\n    type: armed_group\n    parent: no-such-id\n",
     "parent refers to unknown id 'no-such-id'"),
    ("entries:\n  - id: new-group\n    name: New\n    type: armed_group\n    alias: [x]\n", "unknown field 'alias'"),
    ("entries:\n  - id: new-group\n    name: New\n    type: armed_group\n    aliases: [Haqqani Network]\n",
     "entry 'new-group': alias 'Haqqani Network' is also an alias of 'haqqani-network'"),
    ("entries:\n  - id: new-group\n    name: New\n    type: armed_group\n    aliases: [us]\n", "common word"),
    ("entries:\n  - id: new-group\n    name: New\n    type: armed_group\n    country: Afghanistan\n", "'country'"),
    ("entries:\n  - id: a-one\n    name: A\n    type: armed_group\n  - id: a-one\n    name: B\n    type: armed_group\n",
     "duplicate id 'a-one'"),
    ("entries: [\n", "invalid YAML"),
    ("just text\n", "expected a mapping with a 'entries' list"),
])
def test_invalid_user_dictionary_names_file_and_entry(tmp_path: Path, body: str, needle: str) -> None:
    bad = write(tmp_path, "bad.yaml", body)
    with pytest.raises(DictionaryError) as info:
        load_actors([bad])
    message = str(info.value)
    assert needle in message
    assert str(bad) in message


def test_parent_cycle_and_self_reference_are_errors(tmp_path: Path) -> None:
    bad = write(tmp_path, "cycle.yaml", """
entries:
  - {id: a-group, name: A, type: armed_group, parent: b-group}
  - {id: b-group, name: B, type: armed_group, parent: a-group}
  - {id: c-group, name: C, type: armed_group, distinct_from: [c-group]}
""")
    with pytest.raises(DictionaryError) as info:
        load_actor_files([bad])
    assert "cycle" in str(info.value)
    assert "distinct_from refers to the entry itself" in str(info.value)


def test_missing_user_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(DictionaryError, match=r"nope\.yaml: cannot read"):
        load_actors([tmp_path / "nope.yaml"])
