"""Round 11 (actors of South Asia, the Americas, Asia and Europe): two crowds that clash are rioters on both sides;
violence a note lays at the door of gangs is an unidentified gang's; Brazil's unidentified attackers of civilians."""

from __future__ import annotations

import pytest

from helpers import main_actors
from sitrep.extract.criminal_actors import parse_attackers, unidentified_gang
from sitrep.extract.crowd_actors import demonstration_roles
from sitrep.extract.event_actors import generic_entity
from sitrep.extract.state_units import sub_type_units
from sitrep.records import EntityRef, EventRecord


def _main(text: str, published: str) -> tuple[EventRecord, dict[str, str]]:
    return main_actors(text, published)


def test_two_groups_that_clash_are_rioters_on_both_sides_not_civilians() -> None:
    civilians = generic_entity("civilians", "PK", None)
    refs: dict[str, EntityRef] = {civilians.key: civilians}
    hurt = [(civilians.key, "actor2", "civilians")]
    mob = demonstration_roles("Riots", "Mob violence", hurt, "PK", None, refs, two_sided=True)
    assert [(refs[k].name, r) for k, r, _ in mob] == [("Rioters (Pakistan)", "actor1"),
                                                       ("Rioters (Pakistan)", "actor2")]
    # a mob that only beat someone keeps its victims
    one_sided = demonstration_roles("Riots", "Mob violence", hurt, "PK", None, refs)
    assert [(refs[k].name, r) for k, r, _ in one_sided][1] == ("Civilians (Pakistan)", "actor2")


def _roles(type_: str, text: str, country: str) -> list[tuple[str, str]]:
    refs: dict[str, EntityRef] = {}
    unknown = generic_entity("unidentified", country, "2022-01-10")
    refs[unknown.key] = unknown
    victims = generic_entity("civilians", country, "2022-01-10")
    refs[victims.key] = victims
    roles = [(unknown.key, "actor1", "rebels"), (victims.key, "actor2", "civilians")]
    return [(refs[k].name, r) for k, r, _ in unidentified_gang(type_, roles, text, country, "2022-01-10", refs)]


def test_violence_laid_at_the_door_of_gangs_is_an_unidentified_gang() -> None:
    said = "Two armed men shot a taxi driver. The attack is believed to be gang-related."
    assert _roles("Violence against civilians", said, "HN")[0] == ("Unidentified Gang (Honduras)", "actor1")
    extortion = "Gunmen shot a bus driver; the motive could be related to extortion."
    assert _roles("Violence against civilians", extortion, "GT")[0] == ("Unidentified Gang (Guatemala)", "actor1")
    # no word of gangs: the unidentified armed group stays; a gang-rape is no gang
    plain = _roles("Violence against civilians", "Gunmen shot a man.", "HN")
    assert plain[0][0] == "Unidentified Armed Group (Honduras)"
    raped = "Women were gang-raped by armed men."
    assert _roles("Violence against civilians", raped, "KE")[0][0] == "Unidentified Armed Group (Kenya)"
    # only violence: a demonstration is left alone
    assert _roles("Protests", said, "HN")[0][0] == "Unidentified Armed Group (Honduras)"


def test_brazil_names_unidentified_attackers_of_civilians_gang_or_police_militia() -> None:
    roles = _roles("Violence against civilians", "Armed men on motorcycles shot a man dead.", "BR")
    assert roles == [("Unidentified Gang and/or Police Militia", "actor1"), ("Civilians (Brazil)", "actor2")]
    # a battle keeps ACLED's unidentified armed group
    assert _roles("Battles", "Armed men exchanged fire with police.", "BR")[0][0] == \
        "Unidentified Armed Group (Brazil)"


def test_the_attackers_table_is_checked() -> None:
    families = {"gang": {}, "unidentified": {}}
    assert parse_attackers({"BR": "gang"}, families) == {"BR": "gang"}
    with pytest.raises(ValueError):
        parse_attackers({"Brazil": "gang"}, families)
    with pytest.raises(ValueError):
        parse_attackers({"BR": "cartel"}, families)


def test_an_air_strike_in_the_russia_ukraine_war_is_the_air_force_s() -> None:
    russia = generic_entity("military", "RU", "2022-03-11")
    kenya = generic_entity("military", "KE", "2022-03-11")
    refs = {russia.key: russia, kenya.key: kenya}
    out = sub_type_units("Air/drone strike", [(russia.key, "actor1", "external")], refs)
    assert refs[out[0][0]].name == "Military Forces of Russia (2000-) Air Force"
    # another sub-type, or a country ACLED names no air force unit of, keeps the force
    assert sub_type_units("Shelling/artillery/missile attack", [(russia.key, "actor1", "external")], refs)[0][0] == \
        russia.key
    assert sub_type_units("Air/drone strike", [(kenya.key, "actor1", "military")], refs)[0][0] == kenya.key


def test_greek_riot_police_are_the_units_for_the_reinstatement_of_order() -> None:
    _ev, actors = _main("On 30 March 2022, striking health workers marched to parliament in Athens, where they "
                        "clashed with MAT riot police. Police used tear gas.", "2022-03-30")
    assert actors["actor2"] == "Police Forces of Greece (2019-) Units for the Reinstatement of Order"


def test_the_unidentified_killers_of_a_drug_suspect_in_the_philippines_are_anti_drug_vigilantes() -> None:
    killed = "A drug suspect was shot dead by unidentified assailants. Police said he was on the drug watchlist."
    assert _roles("Violence against civilians", killed, "PH")[0][0] == "Anti-Drug Vigilantes (Philippines)"
    # no word of drugs, or another country: the unidentified armed group stays
    assert _roles("Violence against civilians", "A farmer was shot dead by gunmen.", "PH")[0][0] == \
        "Unidentified Armed Group (Philippines)"
    assert _roles("Violence against civilians", killed, "KE")[0][0] == "Unidentified Armed Group (Kenya)"


def test_separatists_acled_names_by_their_cause() -> None:
    _ev, actors = _main("On 1 May 2022, a bomb exploded near a government building in Quetta city (Quetta, "
                        "Balochistan), injuring several people. It is suspected that Baloch separatists are "
                        "behind the attack.", "2022-05-01")
    assert actors["actor1"] == "Baloch Separatists (Pakistan)"
    _ev, actors = _main("On 20 January 2022, soldiers clashed with Malay Muslim separatists in Sai Buri (Pattani). "
                        "Two separatists were killed.", "2022-01-20")
    assert "Malay Muslim Separatists (Thailand)" in actors.values()
    _ev, actors = _main("On 27 May 2022, police arrested a Naxal-Maoist militia commander near Palodi village "
                        "(Sukma, Chhattisgarh).", "2022-05-27")
    assert actors["actor2"] == "Naxal-Maoist Rebels (India)"


def test_groups_a_note_only_says_are_present_in_the_area_are_no_actors() -> None:
    _ev, actors = _main("On 1 December 2023, near Puerto Contreras (Arauca), armed individuals shot and killed a man. "
                        "There is presence of the ELN and FARC dissidents in the area.", "2023-12-01")
    assert actors == {"actor1": "Unidentified Armed Group (Colombia)", "actor2": "Civilians (Colombia)"}


def test_unidentified_groups_that_clash_are_on_both_sides() -> None:
    _ev, actors = _main("On 10 March 2022, in Anori municipality (Antioquia), two unidentified armed groups clashed. "
                        "The area is known for the presence of the ELN and military forces.", "2022-03-10")
    assert actors == {"actor1": "Unidentified Armed Group (Colombia)", "actor2": "Unidentified Armed Group (Colombia)"}


def test_the_farc_that_fights_on_after_the_peace_agreement_is_acled_s_farc_dissidents() -> None:
    from sitrep.nlp.matcher import default_matcher
    farc = default_matcher().actors["farc"]
    dissidents = "FARC Dissident: Revolutionary Armed Forces of Colombia Dissident Faction"
    assert farc.acled_name_on("2020-05-08") == dissidents
    assert farc.acled_name_on("2015-05-08") == "FARC: Revolutionary Armed Forces of Colombia"


def test_a_militia_named_with_a_capital_is_named_so() -> None:
    from sitrep.extract.named_militias import named_militias
    refs: dict[str, EntityRef] = {}
    text = "On 18 July 2020, the Georgia Militia held a recruitment event in Savannah."
    found = named_militias(text, 0, len(text), "US", refs)
    assert [refs[k].name for _, _, k in found] == ["Georgia Militia"]
    # a kind of militia, or one a nationality names, is no name
    for kind in ("the Pro-Government Militia attacked a village.", "a Libyan Militia attacked a checkpoint.",
                 "an Ethnic Militia attacked a village."):
        assert named_militias(kind, 0, len(kind), "LY", refs) == []


def test_penitentiary_service_staff_are_prison_guards() -> None:
    _ev, actors = _main("On 13 April 2022, employees of the Federal Penitentiary Service in Dimitrovgrad beat up and "
                        "tortured prisoners during a search.", "2022-04-13")
    assert actors["actor1"] == "Police Forces of Russia (2000-) Prison Guards"
