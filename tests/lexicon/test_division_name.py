"""How a first-level division is written in outputs (``lexicon.gazetteer.division_name``)."""

from __future__ import annotations

from sitrep.lexicon.gazetteer import division_name


def test_accents_and_the_administrative_word_go() -> None:
    assert division_name("Panamá Oeste Province", "PA") == "Panama Oeste"
    assert division_name("Chimborazo Province", "EC") == "Chimborazo"
    assert division_name("Region of Magallanes", "CL") == "Magallanes"
    assert division_name("Tartar Rayon", "AZ") == "Tartar"
    assert division_name("Helmand", "AF") == "Helmand"


def test_the_word_stays_where_it_is_part_of_the_name_or_tells_two_apart() -> None:
    assert division_name("National Capital Region", "PH") == "National Capital Region"
    assert division_name("Free State", "ZA") == "Free State"
    assert division_name("Lima Province", "PE") == "Lima Province"  # beside "Lima region"


def test_letters_unicode_does_not_decompose_are_written_plain() -> None:
    assert division_name("Aydın", "TR") == "Aydin"
    assert division_name("Łódzkie", "PL") == "Lodzkie"


def test_serbian_and_trinidadian_unit_words_are_dropped() -> None:
    from sitrep.lexicon.gazetteer import division_name

    assert division_name("Autonomna Pokrajina Vojvodina", "RS") == "Vojvodina"
    assert division_name("Diego Martin Regional Corporation", "TT") == "Diego Martin"
