"""``DefaultGazetteer.of_feature``: the places of one feature, found over the data file's rows without parsing
every row, are the same places in the same order as a filter over all of them."""

from __future__ import annotations

from sitrep.lexicon.gazetteer import DefaultGazetteer, Place, default_gazetteer


def test_of_feature_over_the_rows_equals_a_filter_over_every_place() -> None:
    rows = default_gazetteer()
    every = DefaultGazetteer.from_rows(default_gazetteer().places.rows)  # type: ignore[attr-defined]
    for feature in ("admin1", "country"):
        found = rows.of_feature(feature)
        assert found and all(p.feature == feature for p in found)
        assert [p.id for p in found] == [p.id for p in every.places if p.feature == feature]


def test_of_feature_over_records() -> None:
    places = [Place("x:1", "Kunar", "admin1", 34.8, 71.1, "AF", "Kunar", None, 0, "x"),
              Place("x:2", "Asadabad", "city", 34.9, 71.2, "AF", "Kunar", None, 30000, "x"),
              Place("x:3", "Nangarhar", "admin1", 34.2, 70.4, "AF", "Nangarhar", None, 0, "x")]
    assert [p.name for p in DefaultGazetteer(places, {}).of_feature("admin1")] == ["Kunar", "Nangarhar"]


def test_division_counts_read_the_admin1_rows_only() -> None:
    """The bare division names counted per country (``division_name``'s "another division of the country") are
    those of a count over every place; and a bare name two divisions of one country share keeps its word."""
    from collections import Counter

    from sitrep.lexicon import gazetteer

    every = DefaultGazetteer.from_rows(default_gazetteer().places.rows)  # type: ignore[attr-defined]
    counted = Counter((p.country, gazetteer._bare_division(p.name, broad=True).lower())
                      for p in every.places if p.feature == "admin1")
    assert gazetteer._bare_division_counts() == dict(counted)
    assert gazetteer.division_name("Chimborazo Province", "EC") == "Chimborazo"


def test_the_embedded_gazetteers_rows_and_capital_divisions_kept_on_disk_are_those_read_again() -> None:
    """The package's own gazetteer keeps the numbers of a feature's rows and every country's capital division in
    the start-up cache; a copy of it that is not the package's (no cache) reads them from the rows, in two steps
    (divisions and cities first, towns only for a capital that is neither): the same answers."""
    from sitrep.resolve.place_units import capital_division

    kept = default_gazetteer()
    read = DefaultGazetteer.from_rows(kept.places.rows)  # type: ignore[attr-defined]
    assert kept.embedded and not read.embedded
    assert [p.id for p in kept.of_feature("city")] == [p.id for p in read.of_feature("city")]
    countries = read.of_feature("country")
    assert len(countries) > 150
    answers = [capital_division(kept, c) for c in countries]
    assert answers == [capital_division(read, c) for c in countries]
    assert sum(a is not None for a in answers) > 150


def test_other_names_of_divisions_in_english_prose() -> None:
    from sitrep.extract.place_votes import places_named
    # Babil governorate is Babylon in English prose; Lesbos (Lesvos) is a regional unit of the North Aegean
    assert [(p.feature, p.name) for p in places_named("Babylon") if p.country == "IQ"] == [("admin1", "Babil")]
    assert {(p.feature, p.admin1) for p in places_named("Lesvos")} == {("admin2", "North Aegean")}
    # Salah al-Din governorate is written without "Governorate", in its usual spelling
    assert [p.name for p in places_named("Salah ad Din") if p.feature == "admin1"] == ["Salah al Din"]


def test_cameroon_s_far_north_region_under_its_english_names() -> None:
    from sitrep.extract.place_votes import places_named
    for name in ("Extreme North", "Far North"):
        assert [(p.name, p.country) for p in places_named(name) if p.feature == "admin1"] == [("Extreme-Nord", "CM")]
