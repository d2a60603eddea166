from sitrep.extract.unit_chains import chain_unit, unit_chains


def test_second_level_unit_ends_chain() -> None:
    text = "clashes in Barangay Magdawat, Pinabacdao, Samar. No casualties."
    chains = unit_chains(text)
    assert chains and chains[0][2] == frozenset({"PH"})
    assert chain_unit(text, text.index("Barangay"), text.index(",")) == "Samar"


def test_first_level_division_is_no_unit_chain() -> None:
    assert unit_chains("workers protested in Castilla, Piura.") == []
    assert chain_unit("protests in Moscow, Kyiv and Minsk.", 12, 18) is None
