"""Round 25 (roles): a crowds' fight at a party's campaign or victory rally is mob violence; the first member of a
subject phrase is its doer even where the parser gave the role to the member by the verb; a fight "between" three
whose first two share one plural noun has those two on one side (invented sentences)."""

from __future__ import annotations

from helpers import main_actors


def _coding(text: str, date: str = "2021-05-03") -> tuple[str | None, str | None, dict[str, str]]:
    event, names = main_actors(text, date)
    return (event.type if event else None), (event.sub_type if event else None), names


def test_a_fight_of_party_supporters_after_their_campaign_rallies_is_mob_violence() -> None:
    _, sub, _ = _coding("On 3 May 2021, a clash broke out between supporters of the APC and supporters of the PDP "
                        "returning from their final campaign rallies in Kano. [size=no report]")
    assert sub == "Mob violence"


def test_demonstrators_who_press_a_claim_and_fight_police_still_riot_violently() -> None:
    _, sub, _ = _coding("On 3 May 2021, supporters of the ruling party marched in Kano to protest against the "
                        "election results and clashed with police. [size=no report]")
    assert sub == "Violent demonstration"


def test_the_first_member_of_a_subject_phrase_is_actor1() -> None:
    _, _, names = _coding("On 1 December 2023, JNIM and Ansarul Islam fighters attacked an army post near Djibo, "
                          "Burkina Faso.", "2023-12-01")
    assert names.get("actor1") == "Jama'at Nusrat al-Islam wal-Muslimin", names
    assert (names.get("actor2") or "").startswith("Military Forces of Burkina Faso"), names


def test_two_members_sharing_a_noun_in_a_fight_between_three_are_one_side() -> None:
    _, _, names = _coding("On 1 December 2023, heavy fighting erupted between Hamas and PIJ militants and Israeli "
                          "troops in Khan Younis.", "2023-12-01")
    assert names.get("actor1") == "Hamas", names
    assert (names.get("actor2") or "").startswith("Military Forces of Israel"), names


def test_a_fight_between_two_keeps_two_sides() -> None:
    _, _, names = _coding("On 1 December 2023, clashes broke out between JNIM and Ansarul Islam fighters near "
                          "Djibo, Burkina Faso.", "2023-12-01")
    assert names.get("actor2") == "Ansarul Islam", names


def test_a_group_named_after_by_and_a_counted_armed_phrase_did_it() -> None:
    _, _, names = _coding("On 3 May 2020, in Ercilla, Araucania, the offices of a logging company were set on fire "
                          "by a group of four armed members of the WAM.", "2020-05-03")
    assert names.get("actor1") == "Weichan Auka Mapu", names


def test_a_verb_with_a_bare_plural_object_is_active() -> None:
    _, _, names = _coding("On 1 December 2023, Malian soldiers killed civilians in Moura, Mali.", "2023-12-01")
    assert (names.get("actor1") or "").startswith("Military Forces of Mali"), names
    assert (names.get("actor2") or "").startswith("Civilians (Mali)"), names


def test_a_headline_passive_stays_passive() -> None:
    _, _, names = _coding("On 1 December 2023, three soldiers killed in an ambush near Moura, Mali.", "2023-12-01")
    assert (names.get("actor2") or "").startswith("Military Forces of Mali"), names


def test_a_neutral_group_inside_another_clause_leads_no_subject_phrase() -> None:
    # "a truce with JNIM" is what came before, not the start of the subject phrase after it
    _, _, names = _coding("On 1 December 2023, soon after a truce with JNIM and Ansarul Islam fighters attacked an "
                          "army post near Djibo, Burkina Faso.", "2023-12-01")
    assert names.get("actor1") == "Ansarul Islam", names
