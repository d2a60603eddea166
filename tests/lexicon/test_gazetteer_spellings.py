"""The embedded gazetteer's rows keep the ``light_key`` of their names (``Place.spellings``), so ``spelled`` does not
fold an entry's names again; a place given as a record (no stored keys) is folded as before."""

from __future__ import annotations

from dataclasses import replace

from sitrep.lexicon.gazetteer import Place, default_gazetteer
from sitrep.lexicon.keys import light_key, place_key
from sitrep.nlp.place_country import spelled


def test_stored_spellings_are_the_light_keys_of_every_name() -> None:
    g = default_gazetteer()
    for i in range(0, len(g.places), 997):
        p = g.places[i]
        assert p.spellings == tuple(light_key(n) for n in p.all_names)


def test_spelled_answers_alike_with_and_without_stored_spellings() -> None:
    g = default_gazetteer()
    for name in ("Kabul", "kabul", "Kaboul", "Mazar-i-Sharif", "Mazar e Sharif", "São Paulo", "Sao Paulo", "Nowhere"):
        for p in g.lookup([place_key(name)]):
            assert p.spellings is not None
            assert spelled(p, name) == spelled(replace(p, spellings=None), name)


def test_stored_spellings_leave_equality_alone() -> None:
    p = Place("default:1", "Tolo", "town", 1.0, 2.0, "AF", names=("Tolo Kalay",))
    q = replace(p, spellings=("tolo", "tolokalay"))
    assert p == q and hash(p) == hash(q) and repr(p) == repr(q)
    assert spelled(p, "Tolo-Kalay") and spelled(q, "Tolo-Kalay") and not spelled(p, "Talo")
