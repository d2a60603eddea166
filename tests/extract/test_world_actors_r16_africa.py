"""Round 16 (Africa's actors): the DRC's, the Central African Republic's and Nigeria's armed groups and the UN
peacekeeping missions under ACLED's names; Cabo Delgado's insurgents keep ACLED's name beside the Islamic State's
claims; a party whose supporters commit violence is the actor; a member group acting in a coalition acts as the
coalition."""

from __future__ import annotations

import pytest

from helpers import main_actors
from sitrep.export.acled import acled_name
from sitrep.extract.actor_roles import who_did_it
from sitrep.extract.event_actors import Occurrence
from sitrep.extract.joint_actors import as_whole
from sitrep.extract.local_insurgents import kept_when_claimed, local_insurgents
from sitrep.extract.local_insurgents import parse as parse_insurgents
from sitrep.extract.party_actors import party_men
from sitrep.lexicon.parties import parties


def _roles(text: str, published: str) -> dict[str, str]:
    """ACLED's names of the actors of the most confident event of ``text``, by role (associated actors joined)."""
    ev, names = main_actors(text, published, roles=None)
    out: dict[str, str] = {}
    for a in ev.actors:
        name = acled_name({"id": a.key, "name": names[a.role]}) if a.role in ("actor1", "actor2") else a.key
        out[a.role] = name if a.role in ("actor1", "actor2") else f"{out.get(a.role, '')};{name}"
    return out


@pytest.mark.parametrize(("text", "actor"), [
    ("On 4 March 2021, CNPSC fighters abducted three traders near Baraka (Fizi, Sud-Kivu).",
     "CNPSC: National Coalition of the People for Congo's Sovereignty"),
    ("On 4 March 2021, UPLC militiamen took over a village of Lubero (Nord-Kivu) after FARDC soldiers left it.",
     "Mayi Mayi Militia (UPLC: Union of Patriots for the Liberation of Congo)"),
    ("On 4 March 2021, Raia Mutomboki militiamen attacked a mining site near Shabunda (Sud-Kivu) and killed two "
     "miners.", "Mayi Mayi Militia (Raia Mutomboki)"),
    ("On 4 March 2021, Twirwaneho fighters clashed with a Mayi Mayi group near Minembwe (Fizi, Sud-Kivu).",
     "Twirwaneho Ethnic Militia (Democratic Republic of Congo)"),
    ("On 4 March 2021, FPRC rebels looted a health centre in Ndele (Bamingui-Bangoran).",
     "FPRC: Popular Front for the Renaissance of Central Africa"),
    ("On 4 March 2021, suspected IPOB gunmen shot dead two policemen at a checkpoint in Orlu (Imo).",
     "IPOB: Indigenous Peoples of Biafra"),
])
def test_african_armed_groups_under_acleds_names(text: str, actor: str) -> None:
    assert _roles(text, "2021-03-04")["actor1"] == actor


def test_a_un_mission_is_an_actor_under_acleds_name() -> None:
    roles = _roles("On 2 February 2022, JNIM militants fired rockets at the MINUSMA camp in Tessalit (Kidal). "
                   "No casualties were reported.", "2022-02-02")
    assert roles["actor2"] == "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali"
    roles = _roles("On 2 February 2022, MONUSCO peacekeepers found and destroyed two explosive devices near Beni "
                   "(Beni, Nord-Kivu).", "2022-02-02")
    assert roles["actor1"].startswith("MONUSCO: United Nations Organization Stabilization Mission")


def test_a_un_mission_beside_the_state_forces_it_supports_is_their_associated_actor() -> None:
    roles = _roles("On 2 February 2022, FACA soldiers, backed by MINUSCA and Wagner fighters, retook the town of "
                   "Bambari (Ouaka) from the rebels after a brief clash.", "2022-02-02")
    assert roles["actor1"].startswith("Military Forces of the Central African Republic")
    assert "minusca" in roles["assoc_actor_1"]


@pytest.mark.parametrize("published", ["2021-03-04", "2022-09-14"])
def test_cabo_delgado_s_insurgents_keep_acleds_name_when_the_islamic_state_claims(published: str) -> None:
    roles = _roles(f"On {published}, an Islamist militia attacked civilians in a village of Muidumbe (Muidumbe, Cabo "
                   "Delgado) and burned houses. The Islamic State claimed the attack.", published)
    assert roles["actor1"] == "Islamist Militia (Mozambique)"
    assert roles["actor2"] == "Civilians (Mozambique)"
    assert "islamic" not in " ".join(roles.get(r, "") for r in ("assoc_actor_1", "assoc_actor_2"))


def test_the_kept_name_holds_through_2022_only() -> None:
    text = "Islamist militia attacked the village."
    a, b = 0, len("Islamist militia")
    assert local_insurgents(text, a, b, "MZ", "2022-11-01") is not None
    assert local_insurgents(text, a, b, "MZ", "2023-02-01") is None
    assert kept_when_claimed("acled:insurgents-islamist-militia-mozambique")
    assert not kept_when_claimed("acled:insurgents-indigenous-militia-chile")
    with pytest.raises(ValueError, match="claimed"):
        parse_insurgents("insurgents:\n  - {country: MZ, from: '2017', name: N, words: w, claimed: dropped}\n")


@pytest.mark.parametrize(("text", "actor1", "actor2"), [
    ("On 9 August 2017, suspected supporters of the Orange Democratic Movement abducted a tallying clerk in Kisumu.",
     "ODM: Orange Democratic Movement", "Civilians (Kenya)"),
    ("Around 9 August 2017, NDC militia burned down the house of a district chief executive in Tamale.",
     "NDC: National Democratic Congress", "Civilians (Ghana)"),
    ("On 9 August 2017, some armed men, said to be sympathisers of the New Patriotic Party, shot and injured a "
     "farmer in Wa.",
     "NPP: New Patriotic Party", "Civilians (Ghana)"),
])
def test_a_party_whose_men_commit_violence_is_the_actor(text: str, actor1: str, actor2: str) -> None:
    roles = _roles(text, "2017-08-09")
    assert roles["actor1"] == actor1
    assert roles["actor2"] == actor2


def test_a_partys_crowd_stays_a_crowd_and_a_party_named_alone_is_no_actor() -> None:
    roles = _roles("On 9 August 2017, ODM supporters marched peacefully in Kisumu to protest the results.",
                   "2017-08-09")
    assert roles["actor1"].startswith("Protesters")
    assert party_men("The NPP won the election in 2016.", None) is None
    assert party_men("ODM supporters and UDA supporters fought in the market.", None) is None  # two parties
    assert party_men("ODM supporters fought in the market.", "GH") is None  # a party of another country


def test_the_parties_acled_names_come_from_the_one_party_table() -> None:
    npp = party_men("NPP supporters attacked a rival's office.", None)
    assert npp is not None and (npp.name, npp.country) == ("NPP: New Patriotic Party", "GH")
    # a name in any case, with or without its apostrophe
    cpp = party_men("Youths of the Convention Peoples Party beat a man.", None)
    assert cpp is not None and cpp.name.startswith("CPP:")
    # a shared abbreviation tells the party's men beside a party word, but is no evidence of a country
    assert "NPP" not in parties() and parties()["New Patriotic Party"].shared == ("NPP",)


def test_a_member_group_acting_in_a_coalition_acts_as_the_coalition() -> None:
    roles = _roles("On 3 June 2021, 3R rebels from the CPC ambushed a convoy of Wagner mercenaries near Bocaranga "
                   "(Lim-Pende). Three mercenaries were killed.", "2021-06-03")
    assert roles["actor1"] == "CPC: Coalition of Patriots for Change"
    assert roles["actor2"] == "Wagner Group"
    assert "rrr-car" in roles["assoc_actor_1"]
    roles = _roles("On 3 June 2021, Wagner mercenaries attacked FPRC fighters (under the CPC coalition) near Ndele "
                   "(Bamingui-Bangoran). Two fighters were killed.", "2021-06-03")
    assert roles["actor2"] == "CPC: Coalition of Patriots for Change"
    assert "fprc-car" in roles["assoc_actor_2"]


def test_a_group_placed_in_a_group_that_is_no_coalition_stays_itself() -> None:
    text = "3R rebels from the FPRC ambushed a convoy."
    occs = [Occurrence(0, 2, "rrr-car", "rebels", "agent"), Occurrence(19, 23, "fprc-car", "rebels", "neutral")]
    assert as_whole(occs, text) == occs
    text = "3R rebels from the CPC ambushed a convoy."
    occs = [Occurrence(0, 2, "rrr-car", "rebels", "agent"), Occurrence(19, 22, "cpc-car", "rebels", "neutral")]
    assert [(o.key, o.role) for o in as_whole(occs, text)] == [("cpc-car", "agent"), ("rrr-car", "agent")]


def test_a_sentence_naming_the_suspected_attackers_names_actor1() -> None:
    roles = _roles("On 4 June 2021, helicopter gunships struck positions of Islamist militants near Macomia (Cabo "
                   "Delgado). Dyck Advisory Group were the likely perpetrators.", "2021-06-04")
    assert roles["actor1"] == "Dyck Advisory Group"
    assert who_did_it("The Dyck Advisory Group are the suspected attackers.")
    assert who_did_it("Local herders were believed to be the assailants.")
    assert not who_did_it("The attackers fled toward the forest.")
    assert not who_did_it("Residents said the attack lasted two hours and that the attackers were many.")


@pytest.mark.parametrize(("text", "actor"), [
    ("On 5 May 2022, Katiba Macina (JNIM) militants burned a school in a village of Djenne (Mopti).",
     "Katiba Macina"),
    ("On 5 May 2022, CMA combatants fired rockets at an army camp near Ber (Tombouctou).",
     "CMA: Coordination of Movements of the Azawad"),
    ("On 5 May 2022, Fano militiamen attacked a police station in Kobo (North Wello, Amhara).", "Fano Youth Militia"),
    ("On 5 May 2022, members of the Homeland Study Group Foundation burned a car of the district assembly in Ho "
     "(Volta).", "HSGF: Homeland Study Group Foundation"),
    ("On 5 May 2022, the Tariq Ibn Ziyad Brigade abducted a journalist in Benghazi (Benghazi, East).",
     "Tariq Ibn Ziyad Brigade"),
    ("On 5 May 2022, SOCADEF fighters attacked a gendarmerie post near Mamfe (Manyu, Sud-Ouest).",
     "SOCADEF: Southern Cameroons Defence Forces"),
])
def test_more_african_armed_groups_under_acleds_names(text: str, actor: str) -> None:
    assert _roles(text, "2022-05-05")["actor1"] == actor
