"""Round 30: units of state forces, nicknames and actors spelt otherwise in names (invented sentences)."""

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


def test_a_quoted_nickname_inside_a_name_keeps_the_name_whole() -> None:
    text = "Troops held the trafficker Rafael \u201cEl Toro\u201d Quintero on Monday. Quintero denied it."
    mentions = find_names(text, tuple(split_sentences(text)), [])
    assert {(m.text, m.entity_key) for m in mentions} == {
        ("Rafael \u201cEl Toro\u201d Quintero", "doc:person:rafael el toro quintero"),
        ("Quintero", "doc:person:rafael el toro quintero")}
    assert not found("The Jalisco \u201cNew Age\u201d Cartel attacked. They called it \u201cBlack Friday\u201d Monday.")


def test_dictionary_actors_spelt_otherwise_are_found() -> None:
    from sitrep.nlp.matcher import default_matcher

    text = ("Boko Harram fighters and Al-Shabbaab gunmen were blamed. A mine hit a Frontier Corp\u2019s truck. "
            "Hamaz left.")
    found_ = {(m.text, m.entity_key) for m in default_matcher().find(text)}
    assert found_ == {("Boko Harram", "boko-haram"), ("Al-Shabbaab", "al-shabaab"),
                      ("Frontier Corp", "frontier-corps")}


def test_abbreviations_of_common_nouns_and_ranks_are_no_names() -> None:
    from sitrep.nlp.name_rules import never_names

    assert {"HQ", "CM", "DIG"} <= never_names()


def test_a_model_name_cut_off_by_the_texts_end_is_dropped() -> None:
    class Model:
        version = "test"

        def find(self, text: str, sentences: tuple[tuple[int, int], ...]) -> list[tuple[int, int, str]]:
            return [(m.start(), m.end(), "ORG") for m in __import__("re").finditer(r"Korvana|Zel", text)]

    text = "Talks with Korvana went on. He was long a major figure in Zel"
    found_ = {m.text for m in find_names(text, tuple(split_sentences(text)), [], model=Model())}
    assert found_ == {"Korvana"}
