"""The event's country and division (round 25, invented sentences): a place written with its unit after commas lies in
that unit's country (a unit word of any level, a settlement's word, a square bracket closing the chain, a unit named
after its seat town); an island named with "on the island of"; a month after "in" is no place; a people's name is no
town abroad; Boko Haram and ISWAP fight in one division of each Lake Chad neighbour."""

from __future__ import annotations

import pytest

from sitrep.extract.event_country import country_votes, document_country
from sitrep.extract.event_places import location
from sitrep.extract.known_places import known
from sitrep.extract.place_votes import comma_chains
from sitrep.extract.unit_chains import seat_countries
from sitrep.lexicon.actor_divisions import actor_division, parse
from sitrep.nlp import matcher
from sitrep.nlp.annotate import annotate
from sitrep.nlp.places import find_places
from sitrep.nlp.sentences import split_sentences
from sitrep.records import Document, Mention
from sitrep.spans import Ordered


def _mentions(text: str) -> list[Mention]:
    doc = Document(id="d", source="d", text=text, format="text", published="2021-05-10")
    return sorted(annotate(doc).mentions, key=lambda m: m.start)


def _country(text: str) -> str | None:
    return document_country(text, _mentions(text))


def test_a_settlement_or_locality_word_ends_a_chain_name() -> None:
    chains = comma_chains("Gunmen raided Buri village, Gidami district. Others fled to Kutum locality, North Darfur "
                          "state.")
    assert [last for _, _, last in chains] == ["Gidami district", "North Darfur state"]


def test_a_square_bracket_closes_a_chain() -> None:
    text = "Bandits robbed travellers near Hambol [coded to Kutum locality, North Darfur state] at dawn."
    assert [last for _, _, last in comma_chains(text)] == ["North Darfur state"]
    assert _country(text) == "SD"  # not the Ivory Coast's region of Hambol


def test_a_unit_named_after_its_seat_town() -> None:
    assert seat_countries("Gidami district") == frozenset({"ET"})
    assert seat_countries("Gidami") == frozenset()  # no unit word: a town, not a unit
    assert seat_countries("Oromia region") == frozenset()  # a first-level division's name is no seat's


def test_a_village_in_a_district_of_one_country_is_no_namesake_abroad() -> None:
    assert _country("Soldiers fired on a crowd in Buri village, Gidami district, on Sunday.") == "ET"


def test_an_island_named_after_on_the_island_of() -> None:
    assert _country("Asylum seekers held a sit-in at the camp of Moria, on the island of Lesvos, demanding "
                    "tests.") == "GR"


@pytest.mark.parametrize("month", ["March", "May", "Monday"])
def test_a_month_or_weekday_after_in_is_no_place(month: str) -> None:
    text = f"Farmers told the mission in {month} that Ethiopian soldiers had seized their land."
    votes = country_votes(text, _mentions(text))
    assert set(votes) == {"ET"}


def test_a_peoples_name_is_no_town_abroad() -> None:
    text = "Hundreds of Masai herders gathered to drive settlers out of the forest."
    assert "MY" not in country_votes(text, _mentions(text))  # not Malaysia's town of Masai
    assert _country(text) is None  # the Masai live in Kenya and Tanzania: no one country


def test_boko_haram_is_confined_to_one_division_of_each_neighbour() -> None:
    assert actor_division(["boko-haram"], "CM") == "Extreme-Nord"
    assert actor_division(["boko-haram"], "NE") == "Diffa"
    assert actor_division(["islamic-state-west-africa"], "CM") == "Extreme-Nord"
    assert actor_division(["islamic-state-west-africa"], "NE") is None  # Niger's west is the Sahel province's
    assert actor_division(["boko-haram"], "TD") == "Lac"
    assert actor_division(["boko-haram"], "NG") is None  # several states of Nigeria's north-east
    # a group ACLED names by period is keyed by its dictionary id and its name on the date
    assert actor_division(["acled:boko-haram-islamic-state-west-africa"], "CM") == "Extreme-Nord"
    assert actor_division(["acled:boko-haramx-other"], "CM") is None


def test_a_group_is_listed_once_for_each_country() -> None:
    table = parse("g\tCM\tExtreme-Nord\tnote\ng\tNE\tDiffa\tnote\n")
    assert table == {("g", "CM"): "Extreme-Nord", ("g", "NE"): "Diffa"}
    with pytest.raises(ValueError):
        parse("g\tCM\tExtreme-Nord\tnote\ng\tCM\tNord\tnote\n")


def test_al_shabaab_follows_the_kenyan_evidence() -> None:
    assert _country("KDF soldiers killed four Al-Shabaab fighters at their camp.") == "KE"
    assert _country("Al-Shabaab fighters attacked an army base, killing four soldiers.") == "SO"  # its home


def _place_of(text: str, country: str) -> str | None:
    sents = split_sentences(text)
    places = Ordered(m for m in find_places(text, sents, actors=matcher.default_matcher().find(text)) if m.entity_key)
    key = location(text, places, sents, country=country)
    return next((m.text for m in places.items if m.entity_key == key), None)


def test_a_known_town_beside_villages_the_gazetteer_lacks() -> None:
    assert not known("Zorqawiya", "IQ") and known("Nassriya", "IQ")
    # the villages are no place a gazetteer holds: the event is at the town named beside them
    assert _place_of("Rioters from the villages of Zorqawiya and Dhufrat burned tires on the road east of Nassriya "
                     "city.", "IQ") == "Nassriya"
    # a village written with its hierarchy is placed by it, and stays the place
    assert _place_of("Rioters burned tires in Zorqawiya village (Nasiriyah, Thi Qar), east of Nassriya city.",
                     "IQ") == "Zorqawiya"


def test_a_town_the_gazetteer_lacks_stays_the_place() -> None:
    # a town (not a village) is a place of note fuller gazetteers hold: it stays the event's place
    assert _place_of("Militants were killed in air strikes near the town of Zorqawiya, north of Nassriya.",
                     "IQ") == "Zorqawiya"
