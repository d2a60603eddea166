"""A quarter written in its town ("the X area of Y") votes for the country where both are known, though a namesake
of the town abroad is a first-level division."""

from sitrep.extract.place_votes import written_spans


def test_a_quarter_of_a_town_keeps_its_own_country() -> None:
    text = "On 3 June 2021, gunmen fired on a shop in the Jabal Mohsen neighbourhood of Tripoli, injuring one."
    spans = written_spans(text)
    assert any("LB" in countries for _, _, countries in spans)


def test_a_division_word_alone_adds_nothing() -> None:
    text = "On 3 June 2021, gunmen fired on a shop in the Souq district of Tripoli, injuring one."
    assert all("LB" not in countries for _, _, countries in written_spans(text))
