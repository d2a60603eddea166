"""Round 30: units of state forces, natural features and nicknames in names (invented sentences)."""

from __future__ import annotations

from sitrep.nlp.names import find_names
from sitrep.nlp.sentences import split_sentences


def found(text: str) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in find_names(text, tuple(split_sentences(text)), [])}


def test_numbered_and_named_units_are_state_forces() -> None:
    text = ("The 14 Strike Force Brigade lost two trucks near the river. Gunmen overran the camp of Police "
            "Battalion 7 at dawn. Rockets hit the Southern Command base. The Tikrit Operations Command said the "
            "road was open. Troops of the 82nd Airborne Division landed. The 5th Regiment withdrew.")
    units = {t for t, kind in found(text) if kind == "state_force"}
    assert units == {"14 Strike Force Brigade", "Police Battalion 7", "Southern Command", "Tikrit Operations Command",
                     "82nd Airborne Division", "5th Regiment"}


def test_insurgents_units_and_other_bodies_are_no_state_forces() -> None:
    text = ("The Al-Fajr Martyrs Brigade said it fired the rocket. The Peace Corps sent teachers. "
            "He scored twice in the 2nd Division last year. The Security Council met on Monday.")
    assert not any(kind == "state_force" for _, kind in found(text))
