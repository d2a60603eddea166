"""Round 19 (Western and Middle Africa): a people of one country names the country; a bare militia of an unknown
country is no government's; Cameroon's Anglophone separatists under ACLED's name."""

from __future__ import annotations

from helpers import main_actors
from sitrep.export.acled import acled_name
from sitrep.extract.event_country import document_country
from sitrep.extract.group_votes import ethnic_votes
from sitrep.nlp.annotate import annotate
from sitrep.records import Document


def _country(text: str) -> str | None:
    doc = Document(id="d", source="d", text=text, format="text", published="2020-03-01")
    return document_country(text, sorted(annotate(doc).mentions, key=lambda m: m.start))


def _actors(text: str, published: str = "2020-03-01") -> dict[str, str]:
    _, names = main_actors(text, published)
    return {role: acled_name({"id": role, "name": name}) for role, name in names.items()}


def test_a_people_of_one_country_names_it() -> None:
    # the Bimoba live in Ghana only; the Konkomba in Ghana and Togo: one vote for Ghana, none for Togo
    assert ethnic_votes("Bimoba and Konkomba youths clashed over a farm boundary.") == {"GH": 0.6}
    assert ethnic_votes("Fulani herders grazed their cattle near the river.") == {}
    assert ethnic_votes("Bimobaland is far away.") == {}
    assert _country("The Konkomba and the Bimoba fought each other near a small hamlet for two days.") == "GH"


def test_two_peoples_that_fought_are_their_militias_in_the_country_one_of_them_names() -> None:
    roles = _actors("The Konkomba and Bimoba fought each other over a farm boundary. Huts were set on fire.")
    assert roles == {"actor1": "Konkomba Ethnic Militia (Ghana)", "actor2": "Bimoba Ethnic Militia (Ghana)"}


def test_a_bare_militia_of_no_known_country_is_not_a_pro_government_militia() -> None:
    roles = _actors("Fighting between two rival militias went on for a week, and several huts were burnt.")
    assert "Militia (Pro-Government)" not in roles.values()


def test_cameroons_separatists_are_acleds_ambazonian_separatists() -> None:
    assert _actors("On 4 May 2020, separatists killed a teacher in Bamenda (Mezam, Nord-Ouest).")["actor1"] \
        == "Ambazonian Separatists (Cameroon)"
    assert _actors("On 4 May 2020, separatist fighters clashed with soldiers near Kumba (Meme, Sud-Ouest).")[
        "actor1"] == "Ambazonian Separatists (Cameroon)"
    # before the armed conflict (October 2017) the name is not given
    assert _actors("On 4 May 2015, separatists killed a teacher in Bamenda (Mezam, Nord-Ouest).")["actor1"] \
        != "Ambazonian Separatists (Cameroon)"
    # elsewhere separatists are an unidentified armed group of the country
    assert _actors("On 4 May 2020, separatists attacked a police post in a village of Zamfara state, Nigeria.")[
        "actor1"] == "Unidentified Armed Group (Nigeria)"


def test_herders_of_no_people_named_are_the_fulani_where_acled_names_them_so() -> None:
    assert _actors("On 4 May 2020, herders attacked two farmers in Kalale (Kalale, Borgou).")["actor1"] \
        == "Fulani Ethnic Militia (Benin)"
    # herders who suffer the violence are no armed group
    assert "Fulani Ethnic Militia (Benin)" not in _actors(
        "On 4 May 2020, gunmen killed two herders in Kalale (Kalale, Borgou).").values()


def test_a_former_division_names_its_country_not_a_division() -> None:
    from sitrep.lexicon import former_divisions

    assert [row.country for row in former_divisions.former_named("Brong-Ahafo Region")] == ["GH"]
    assert [row.country for row in former_divisions.former_named("Katanga")] == ["CD"]
    assert former_divisions.former_named("Bono East") == ()
    assert {row.name for row in former_divisions.table()} >= {"Brong-Ahafo", "Katanga", "Orientale"}
    roles = _actors("Some armed men attacked three farmers in their homes in a small hamlet of the Brong-Ahafo "
                    "Region.")
    assert roles == {"actor1": "Unidentified Armed Group (Ghana)", "actor2": "Civilians (Ghana)"}


def test_former_divisions_table_rows_are_checked() -> None:
    import pytest

    from sitrep.lexicon.former_divisions import parse

    row = parse("GH\tOld Region\t\tBono|Ahafo\t2019-02-15\tnote\n")[0]
    assert row.successors == ("Bono", "Ahafo") and row.spellings == ("Old Region",)
    with pytest.raises(ValueError):
        parse("XX\tOld Region\t\tBono\t2019-02-15\n")
    with pytest.raises(ValueError):
        parse("GH\tOld Region\t\tBono\t2019\n")


def test_burkina_fasos_volunteers_are_the_vdp_also_in_the_plural() -> None:
    assert _actors("On 3 May 2020, volunteer fighters (VDPs) killed six herders near Kaya (Kaya, Sanmatenga).")[
        "actor1"].endswith("Defense of the Homeland")


def test_burkina_fasos_komondjari_province_as_reports_spell_it_is_in_the_est() -> None:
    from sitrep.lexicon.extra_districts import districts_named

    assert {(d.country, d.division) for d in districts_named("Komandjari")} == {("BF", "Est")}
    assert {(d.country, d.division) for d in districts_named("Komondjari")} == {("BF", "Est")}


def test_private_military_contractors_are_no_state_military() -> None:
    roles = _actors("Movement of forces: On 3 March 2021, about two hundred private military contractors (Wagner "
                    "mercenaries) arrived in Bambari (Bambari, Ouaka).", "2021-03-03")
    assert not any(name.startswith("Military Forces") for name in roles.values())


def test_an_ambazonian_is_cameroons() -> None:
    # "Ambazonia": the separatists' name for Cameroon's two Anglophone regions
    assert _country("Soldiers overran an Ambazonian camp near a small village and burned it.") == "CM"
    roles = _actors("On 5 May 2020, soldiers seized an Ambazonian camp near a small village. About ten separatists "
                    "were killed.", "2020-05-05")
    assert roles["actor2"] == "Ambazonian Separatists (Cameroon)"


def test_a_person_hurt_for_protesting_alone_is_no_demonstration() -> None:
    ev, _ = main_actors("On 6 June 2021, a shepherd was beaten to death by two neighbours in a village near Kandi "
                        "(Kandi, Alibori) after protesting against the theft of his goats.", "2021-06-06")
    assert ev.type != "Protests"
    ev, _ = main_actors("On 6 June 2021, about a hundred residents protested in Kandi (Kandi, Alibori) against the "
                        "killing of a shepherd. [size=about 100]", "2021-06-06")
    assert ev.type == "Protests"
