from __future__ import annotations

import pytest

from sitrep.lexicon.countries import CountryDataError
from sitrep.lexicon.successions import country_on, parse_successions


def test_a_country_before_its_independence_is_the_one_it_split_from() -> None:
    assert country_on("SS", "2006-06-12") == "SD"
    assert country_on("SS", "2011-07-08") == "SD"
    assert country_on("SS", "2011-07-09") == "SS"
    assert country_on("SS", None) == "SS"
    assert country_on("KE", "1990-01-01") == "KE"
    assert country_on(None, "2006-06-12") is None


def test_the_table_is_checked() -> None:
    with pytest.raises(CountryDataError):
        parse_successions("iso2,from_iso2,date\nSS,SS,2011-07-09\nXX,SD,2011\n", {"SS", "SD"})


def test_an_event_in_juba_before_2011_is_in_sudan() -> None:
    from sitrep.extract.events import find_events
    from sitrep.nlp.annotate import annotate
    from sitrep.records import Document

    text = "Gunmen killed four traders on the road outside Juba on Tuesday, a police spokesman said."
    doc = Document(id="d", source="d", text=text, format="text", published="2008-03-04")
    events = find_events(doc, annotate(doc)).events
    keys = {a.key for e in events for a in e.actors}
    assert "acled:civilians-sd" in keys and "acled:civilians-ss" not in keys
