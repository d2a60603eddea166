"""Town names joined by small lower-case words are read whole; an Arabic article joins a name's parts."""

from __future__ import annotations

from sitrep.nlp.connected_names import connected_names, joined_name
from sitrep.nlp.places import find_places


def names(text: str) -> list[str]:
    return [m.text for m in find_places(text)]


def test_a_joined_name_is_one_of_capitalized_words_and_small_words() -> None:
    assert joined_name("Newcastle upon Tyne") and joined_name("Frankfurt am Main")
    assert not joined_name("Port of Spain")  # "of": a title's word, found otherwise
    assert not joined_name("Trinidad and Tobago") and not joined_name("Newcastle")
    assert not joined_name("Lake Sebu")


def test_a_town_name_with_a_lower_case_word_is_read_whole() -> None:
    text = "Hundreds of nurses marched through Newcastle upon Tyne on Saturday."
    assert connected_names(text) == [(text.index("Newcastle"), text.index(" on Saturday"))]
    assert "Newcastle upon Tyne" in names(text) and "Newcastle" not in names(text)


def test_a_part_alone_is_not_the_joined_name() -> None:
    assert connected_names("Riot police were deployed in Newcastle on Friday.") == []


def test_a_name_with_the_arabic_article_el_is_one_run() -> None:
    text = "Veterans gathered at the Abd el Hamid el Karami square to protest pension cuts."
    assert "Hamid" not in names(text)

