"""Eastern Africa's actors as ACLED names them (round 21, invented sentences)."""

from __future__ import annotations

from helpers import acled_actors


def test_the_spla_is_a_rebel_movement_before_south_sudan_and_its_army_after() -> None:
    before = acled_actors("On 4 March 2003, Sudanese government troops fought the SPLA near Kapoeta. Six were killed.",
                          "2003-03-05")
    after = acled_actors("On 4 March 2014, SPLA soldiers clashed with SPLA-IO fighters near Malakal. Six were killed.",
                         "2014-03-05")
    assert "SPLA/M: Sudanese Peoples Liberation Army/Movement" in before.values()
    assert "Military Forces of South Sudan (2011-)" in after.values()
    assert "SPLA/M: Sudanese Peoples Liberation Army/Movement" not in after.values()


def test_the_parties_that_sign_an_agreement_are_its_actors() -> None:
    names = acled_actors("On 3 June 2019, the ODP signed an agreement with the Oromo Democratic Front in Adama (East "
                         "Shewa, Oromia) to merge within a year.", "2019-06-04")
    assert names == {"actor1": "ODP: Oromo Democratic Party", "actor2": "ODF: Oromo Democratic Front"}


def test_burundis_fnl_rebels_are_named_as_acled_names_them() -> None:
    names = acled_actors("On 19 April 2008, FNL rebels attacked an army position in Kabezi (Bujumbura Rural). Three "
                         "soldiers were killed.", "2008-04-20")
    assert "FNL: National Forces of Liberation" in names.values()
