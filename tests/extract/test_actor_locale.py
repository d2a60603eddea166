"""Actors as ACLED names them in the event's country: a movement's branch there, another country's common
phrase for a force read as the event country's own, and "security forces" at a demonstration as police."""

from __future__ import annotations

from helpers import events_actor_names
from sitrep.extract.actor_locale import local_branch, localize_roles, policed
from sitrep.extract.event_actors import Occurrence, generic_entity
from sitrep.extract.event_country import borrowed_phrase
from sitrep.records import EntityRef, Mention


def _actors(text: str, published: str = "2019-05-10") -> list[dict[str, str]]:
    return events_actor_names(text, published)


def test_a_movement_stands_for_its_one_branch_in_the_country() -> None:
    mz = local_branch("islamic-state", "MZ", "2024-05-12")
    assert mz is not None and mz.name == "Islamic State (Mozambique)"
    ml = local_branch("al-qaeda", "ML", "2019-03-18")
    assert ml is not None and ml.key == "jnim" and (ml.acled_name or "").startswith("JNIM")


def test_a_branch_that_is_a_part_of_the_movement_stands_for_it_too() -> None:
    iq = local_branch("islamic-state", "IQ", "2021-05-02")  # the Iraqi branch is the movement's part, not affiliate
    assert iq is not None and iq.acled_name == "Islamic State (Iraq)"
    sy = local_branch("islamic-state", "SY", "2019-01-01")
    assert sy is not None and sy.acled_name == "Islamic State (Syria)"


def test_no_branch_before_it_existed_nor_where_there_is_none_or_several() -> None:
    assert local_branch("al-qaeda", "ML", "2015-06-01") is None  # JNIM formed in 2017
    assert local_branch("islamic-state", "FR", "2019-01-01") is None  # the dictionary lists no French branch
    assert local_branch("islamic-state", None, "2019-01-01") is None
    assert local_branch("taliban", "AF", "2019-01-01") is None  # not a transnational movement


def test_localized_roles_keep_one_row_per_actor() -> None:
    refs: dict[str, EntityRef] = {}
    roles = localize_roles([("islamic-state", "actor1", "rebels"), ("acled:military-mz", "actor2", "military")],
                           "MZ", "2024-05-12", refs)
    assert roles == [("ansar-al-sunna-mozambique", "actor1", "rebels"), ("acled:military-mz", "actor2", "military")]
    assert refs["ansar-al-sunna-mozambique"].acled_name == "Islamic State (Mozambique)"
    both = [("islamic-state", "actor1", "rebels"), ("ansar-al-sunna-mozambique", "assoc_actor_1", "rebels")]
    assert localize_roles(both, "MZ", None, refs) == [("ansar-al-sunna-mozambique", "actor1", "rebels")]
    crowds = [("acled:rioters-ke", "actor1", "rioters"), ("acled:rioters-ke", "actor2", "rioters")]
    assert localize_roles(crowds, "KE", None, refs) == crowds  # two sides of one name stay two


def test_another_countrys_common_phrase_is_borrowed_only_where_the_document_names_its_own_country() -> None:
    text = "Bangladesh police said the elite force arrested two men."
    m = Mention(start=text.index("elite"), end=text.index(" arrested"), text="elite force", type="state_force",
                extractor="dictionary", version="t")
    assert borrowed_phrase(m, "PK", text, "BD")
    assert not borrowed_phrase(m, "PK", text + " Pakistan denied it.", "BD")  # the entry's country is named
    assert not borrowed_phrase(m, "PK", "The elite force arrested two men in Dhaka.", "BD")  # no country named
    assert not borrowed_phrase(m, "PK", text, "PK")


def test_the_event_uses_its_own_countrys_police_for_a_borrowed_phrase() -> None:
    found = _actors("DHAKA, Bangladesh - The Elite Force arrested four suspected robbers in Dhaka on Monday, "
                    "Bangladesh police said.")
    assert [a["actor1"].startswith("Police Forces of Bangladesh") for a in found] == [True]


def test_security_forces_at_a_demonstration_are_police() -> None:
    refs: dict[str, EntityRef] = {}
    army = generic_entity("military", "IN", "2019-05-10").key
    text = "The security forces dispersed the protesters."
    occs = [Occurrence(4, 19, army, "military", "agent")]
    roles = [("acled:protesters-in", "actor1", "protesters"), (army, "actor2", "military")]
    out = policed("Protests", roles, occs, text, "IN", "2019-05-10", refs)
    assert [refs.get(k, EntityRef(k, k, "")).name for k, _, _ in out][1] == "Police Forces of India (2014-)"
    assert policed("Battles", roles, occs, text, "IN", "2019-05-10", refs) == roles  # a battle keeps its army
    soldiers = [*occs, Occurrence(30, 38, army, "military", "agent")]
    assert policed("Protests", roles, soldiers, text + " Soldiers", "IN", "2019-05-10", refs) == roles


def test_a_bare_agent_plural_is_the_one_armed_group_the_article_named() -> None:
    found = _actors("Al-Shabaab fighters attacked an army base in Baidoa, Somalia, on Monday, killing two soldiers. "
                    "The town lies on the road to the capital. In March 2019, three policemen were killed in Jowhar "
                    "by militants.")
    assert [a["actor1"] for a in found] == ["Al-Shabaab", "Al-Shabaab"]


def test_the_sahel_branch_of_the_islamic_state_is_named_as_acled_named_it_on_the_date() -> None:
    refs: dict[str, EntityRef] = {}
    early = localize_roles([("islamic-state-sahel", "actor1", "rebels")], "ML", "2020-05-05", refs)
    assert refs[early[0][0]].name == "Islamic State (Greater Sahara)"
    # the movement named alone stands for its branch, by the branch's name on the date
    branch = localize_roles([("islamic-state", "actor1", "rebels")], "ML", "2020-05-05", refs)
    assert refs[branch[0][0]].name == "Islamic State (Greater Sahara)"
    late = localize_roles([("islamic-state-sahel", "actor1", "rebels")], "ML", "2023-01-10", refs)
    assert late == [("islamic-state-sahel", "actor1", "rebels")]  # its usual name: "Islamic State (Sahel)"
