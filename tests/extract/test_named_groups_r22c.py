"""Named armed groups and parties as ACLED names them (round 22c, invented sentences)."""

from __future__ import annotations

from helpers import acled_actors
from sitrep.lexicon.dictionaries import ActorDictionary
from sitrep.lexicon.parties import parties
from sitrep.nlp.matcher import default_matcher


def _ids(text: str) -> set[str]:
    actors: ActorDictionary = default_matcher().actors
    return {a.entry_id for a in actors.lookup_aliases(text)}


def test_barrio_18s_factions_are_named_apart() -> None:
    assert _ids("Barrio-18 (Revolucionarios)") == {"barrio-18-revolucionarios"}
    assert _ids("Barrio 18 Surenos") == {"barrio-18-surenos"}
    assert _ids("Barrio 18") == {"barrio-18"}


def test_one_malay_muslim_separatist_is_of_the_group() -> None:
    assert _ids("Malay Muslim separatist") == {"malay-muslim-separatists"}


def test_the_hbdh_and_the_polisario_front_are_known() -> None:
    assert _ids("HBDH") == {"hbdh"}
    assert _ids("hbdh") == set()  # the abbreviation keeps its letter case
    assert _ids("Polisario") == {"polisario-front"}


def test_the_polisario_front_is_the_actor_of_its_attack() -> None:
    names = acled_actors("On 3 May 2021, Polisario fighters fired rockets at a Moroccan army post near Mahbes. No "
                         "casualties were reported.", "2021-05-04")
    assert "Polisario Front" in names.values()


def test_cameroons_renaissance_movement_has_its_acled_name_and_shares_mrc() -> None:
    mrc = [p for p in parties().values() if p.country == "CM" and p.acled == "MRC: Movement for Renewal of Cameroon"]
    assert mrc and "Movement for the Renewal of Cameroon" in mrc[0].aliases
    assert "MRC" in mrc[0].shared and "MRC" not in mrc[0].aliases  # shared with Kenya's Mombasa Republican Council
