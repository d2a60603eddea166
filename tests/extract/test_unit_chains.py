from sitrep.extract.unit_chains import chain_unit, unit_chains


def test_second_level_unit_ends_chain() -> None:
    text = "clashes in Barangay Magdawat, Pinabacdao, Samar. No casualties."
    chains = unit_chains(text)
    assert chains and chains[0][2] == frozenset({"PH"})
    assert chain_unit(text, text.index("Barangay"), text.index(",")) == "Samar"


def test_first_level_division_is_no_unit_chain() -> None:
    assert unit_chains("workers protested in Castilla, Piura.") == []
    assert chain_unit("protests in Moscow, Kyiv and Minsk.", 12, 18) is None


def test_a_chain_ended_by_what_the_sentence_goes_on_to_say_is_a_chain() -> None:
    # Taiwan writes its counties as conflict data's first-level units; the sentence goes on after the chain
    text = "residents hung banners outside a pig farm in Wufeng, Taichung City to protest against the smell."
    chains = unit_chains(text)
    assert chains and chains[0][2] == frozenset({"TW"})


def test_a_town_only_a_namesake_abroad_bears_takes_the_country_of_its_unit() -> None:
    # no town of the name lies in Taiwan's gazetteer entries; the one in China is a namesake
    from sitrep.extract.event_country import country_votes
    votes = country_votes("On 3 May 2022, farmers protested in Dajia, Taichung City to oppose a new road.", [])
    assert max(votes, key=lambda k: votes[k]) == "TW"
