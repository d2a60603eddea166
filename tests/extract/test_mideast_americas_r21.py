"""Round 21 (Middle East and the Americas): a namesake written twice is no evidence for itself; ACLED's names of
Mexican criminal groups."""

from __future__ import annotations

from helpers import acled_actors
from sitrep.extract.event_country import document_country
from sitrep.nlp.annotate import annotate
from sitrep.records import Document


def _country(text: str) -> str | None:
    doc = Document(id="d", source="d", text=text, format="text", published="2020-05-01")
    return document_country(text, sorted(annotate(doc).mentions, key=lambda m: m.start))


def test_a_namesake_written_again_follows_the_evidence_at_home() -> None:
    # Bohssas lies next to Lebanon's Tripoli: the second "Tripoli" does not vote for Libya's
    text = "Youths from Tripoli blocked a road near Bohssas with burning tyres after a night of unrest in Tripoli."
    assert _country(text) == "LB"


def test_a_bare_namesake_alone_keeps_the_larger_place() -> None:
    assert _country("Shelling was reported in Tripoli overnight.") == "LY"


def test_mexican_criminal_groups_under_acled_names() -> None:
    found = acled_actors("On 3 March 2021, in Poza Rica, Veracruz, gunmen of Los Zetas attacked a police patrol, "
                         "killing two officers.", "2021-03-03")
    assert "Los Zetas Gang" in found.values()
    found = acled_actors("On 3 March 2021, in Zitacuaro, Michoacan, La Familia Michoacana clashed with the CJNG on "
                         "the highway. 4 fatalities.", "2021-03-03")
    assert "La Familia Michoacana Cartel" in found.values()
