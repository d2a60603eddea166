"""Abbreviations of first-level divisions: a table of the names in use, names the gazetteer finds the division by."""

from __future__ import annotations

import pytest

from sitrep.lexicon import division_abbreviations as da
from sitrep.lexicon.gazetteer import default_gazetteer
from sitrep.lexicon.keys import place_key


def test_the_shipped_table_names_divisions_the_gazetteer_has() -> None:
    for (country, _key), abbreviations in da.division_abbreviations().items():
        for abbreviation in abbreviations:
            found = [p for p in default_gazetteer().lookup([place_key(abbreviation)])
                     if p.feature == "admin1" and p.country == country and abbreviation in p.all_names]
            assert len(found) == 1, abbreviation
    assert da.division_names()["KPK"] == "Khyber Pakhtunkhwa" and da.is_division_abbreviation("AJK")
    assert not da.is_division_abbreviation("NATO")


@pytest.mark.parametrize("row", ["PK\tKhyber Pakhtunkhwa\tkpk\tnot in capitals", "PK\tKhyber Pakhtunkhwa\tKPK",
                                 "Pakistan\tKhyber Pakhtunkhwa\tKPK\tcountry code",
                                 "PK\tKhyber Pakhtunkhwa\tKPK\t\nPK\tPunjab\tKPK\ttwice"])
def test_bad_rows_are_refused(row: str) -> None:
    with pytest.raises(ValueError):
        da.parse(row)
