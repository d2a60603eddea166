"""Round 26 (Eastern Africa): kin militias named in a bracket after "clan militias" are each their own militia, not
the people the phrase names; Ethiopia's woredas and Kenya's Lamu villages the gazetteer lacks place an event in
their region, and a quarter the gazetteer lacks, named after its city ("Balbala X"), is placed at that city
(invented sentences)."""

from __future__ import annotations

from pathlib import Path

from helpers import main_actors, store_places
from sitrep.extract.communal_militias import clans_named_after, kin_militias
from sitrep.extract.site_names import quarter_head
from sitrep.kb import KnowledgeBase
from sitrep.lexicon.extra_districts import districts_named


def _always(a: int, b: int) -> bool:
    return True


def test_clans_a_bracket_names_after_their_militias_are_the_actors() -> None:
    text = "Two Kuku clan militias (the Obora and Lingar) fought over a well."
    assert [(g, k) for _, _, g, k in kin_militias(text, 0, len(text), _always)] == [("Obora", "clan"),
                                                                                    ("Lingar", "clan")]
    assert clans_named_after(text, text.index("Kuku"), text.index(" (the"))
    _, roles = main_actors("On 14 August 2021, two Lango clan militias (the Obora and the Lingar clans) fought with "
                           "spears over a boundary near Lira town. Three men were wounded.", "2021-08-14")
    assert roles == {"actor1": "Obora Clan Militia (Uganda)", "actor2": "Lingar Clan Militia (Uganda)"}


def test_a_bracket_of_known_peoples_or_of_one_name_is_left_to_the_other_rules() -> None:
    text = "Two clan militias (the Dinka and Nuer) clashed."
    assert kin_militias(text, 0, len(text), _always) == [] or all(
        g not in ("Dinka", "Nuer") for _, _, g, _ in kin_militias(text, 0, len(text), _always))
    assert not clans_named_after("Acholi clan militias (near Gulu) clashed.", 0, 20)


def test_ethiopias_woredas_lie_in_their_region() -> None:
    assert [d.division for d in districts_named("Quara")] == ["Amhara"]
    assert [d.division for d in districts_named("Qwara")] == ["Amhara"]
    assert [d.division for d in districts_named("Gida Ayana")] == ["Oromia"]
    assert [d.division for d in districts_named("Wombera")] == ["Benshangul-Gumaz"]


def test_a_village_in_a_woreda_and_a_lamu_village_are_placed_in_their_region(tmp_path: Path) -> None:
    kb = KnowledgeBase(tmp_path / "kb.db")
    geo = {n: g for n, (_, g) in store_places(kb, "d1", "On 11 June 2022, militiamen fired mortars at Gelegu village "
                                              "in Qwara woreda; three huts burned.", "2022-06-11").items()}
    assert any(g is not None and (g["country"], g["admin1"]) == ("ET", "Amhara") for g in geo.values())
    geo = {n: g for n, (_, g) in store_places(kb, "d2", "On 9 September 2021, a patrol beat off an ambush close to "
                                              "Ishakani; two attackers died.", "2021-09-09").items()}
    assert geo["Ishakani"] is not None and (geo["Ishakani"]["country"], geo["Ishakani"]["admin1"]) == ("KE", "Lamu")


def test_a_quarter_the_gazetteer_lacks_is_placed_at_its_city(tmp_path: Path) -> None:
    assert quarter_head("Balbala Warabaley") == "Balbala"
    assert quarter_head("Balbala") is None and quarter_head("Juba Valley Road") is None
    kb = KnowledgeBase(tmp_path / "kb.db")
    text = "On 20 May 2016, the police broke up a sit-in by traders over market fees in the Balbala Warabaley " \
           "neighbourhood."
    geo = {n: g for n, (_, g) in store_places(kb, "d1", text, "2016-05-20").items()}
    assert geo["Balbala Warabaley"] is not None
    assert (geo["Balbala Warabaley"]["country"], geo["Balbala Warabaley"]["admin1"]) == ("DJ", "Djibouti")


def test_rapes_are_sexual_violence() -> None:
    ev, roles = main_actors("In June 2013, a women's group in Gambela spoke of rapes by the Ethiopian army while "
                            "families were moved off their land near Abobo.", "2013-06-20")
    assert (ev.type, ev.sub_type) == ("Violence against civilians", "Sexual violence")
    assert roles["actor1"] == "Military Forces of Ethiopia (1995-2018)"
