"""Trinidad and Tobago's regional corporations by the names in use ("Siparia", not "Siparia Regional
Corporation"): the name a text writes finds the division, and the division is written by it."""

from __future__ import annotations

import datetime as dt

from sitrep.lexicon.admin1_in_use import name_in_use
from sitrep.lexicon.keys import light_key
from sitrep.lexicon.other_names import division_other_names


def test_a_regional_corporation_is_found_by_its_name() -> None:
    assert "Siparia" in division_other_names()[("TT", light_key("Siparia Regional Corporation"))]
    assert "Arima" in division_other_names()[("TT", light_key("Borough of Arima"))]


def test_a_regional_corporation_is_written_by_its_name() -> None:
    assert name_in_use("Diego Martin Regional Corporation", "TT", dt.date(2022, 1, 6)) == "Diego Martin"
    assert name_in_use("Sangre Grande Regional Corporation", "TT", dt.date(2015, 5, 1)) == "Sangre Grande"
