"""Relations of wire-style sentences about more wars the project was not tuned on (eastern Congo, the Sahel,
Somalia, Libya, Colombia), read as ``actorgraph extract`` reads them; helpers from ``test_open_world_recall``.

Every sentence is written for these tests; the wording is ours.
"""

from __future__ import annotations

import pytest

from actorgraph.loaders.articles.parse import load_model
from tests.articles_helpers import read_triples as _triples

pytestmark = pytest.mark.skipif(load_model() is None, reason="the spaCy model is not installed")


def test_whose_forces_stand_for_the_antecedent():
    found = _triples("Khalifa Haftar, whose forces are armed by Egypt, Russia and the United Arab Emirates, "
                     "rejected the talks in Berlin.", published="2020-01-20")
    assert {("egypt", "SUPPORTS", "libyan-national-army"), ("russia", "SUPPORTS", "libyan-national-army"),
            ("united-arab-emirates", "SUPPORTS", "libyan-national-army")} <= found


def test_each_coordinated_modifier_of_fighters_is_a_party():
    found = _triples("In March, ELN and EMC fighters ambushed a patrol of Colombian soldiers near Tibu.",
                     published="2025-04-01")
    assert ("ejercito-de-liberacion-nacional", "ATTACKS", "colombia") in found
    assert ("estado-mayor-central", "ATTACKS", "colombia") in found


def test_who_leaves_after_a_time_preposition_is_the_subject_not_the_object():
    found = _triples("Niger and Mali set up the Alliance of Sahel States shortly after leaving ECOWAS in 2024.",
                     published="2025-02-01")
    assert not any(s == "alliance-of-sahel-states" for s, _, _ in found)
    found = _triples("Kenya accused al-Shabaab of attacking Kenyan troops in Mandera.", published="2025-02-01")
    assert ("al-shabaab", "ATTACKS", "kenya") in found  # "accused X of": still the object


def test_a_named_group_that_replaces_another_succeeds_it():
    found = _triples("The UN-backed mission AUSSOM replaced ATMIS at the start of 2025, the African Union said.",
                     published="2025-02-01")
    assert ("aussom", "SUCCESSOR_OF", "atmis") in found
    found = _triples("Moscow has replaced Wagner with the Africa Corps in Mali.", published="2025-02-01")
    assert ("africa-corps", "SUCCESSOR_OF", "wagner-group") in found
    assert not any(s == "russia" and t == "SUCCESSOR_OF" for s, t, _ in found)
    found = _triples("Ugandan troops replaced Burundian troops in Lower Shabelle last year.", published="2025-02-01")
    assert not any(t == "SUCCESSOR_OF" for _, t, _ in found)


def test_congo_and_the_afc_in_an_article_about_the_drc():
    found = _triples("KINSHASA, March 2, 2025 (Wire) - Congolese troops shelled M23 positions near Uvira. "
                     "Qatar hosted talks between Congo and the AFC in Doha last week, and Congo agreed a truce with "
                     "the AFC on Friday.", published="2025-03-02")
    assert ("democratic-republic-of-the-congo", "CEASEFIRE_WITH", "march-23-movement") in found


def test_troops_operating_alongside_a_group_are_its_allies():
    found = _triples("Investigators found that Ugandan soldiers had operated alongside the M23 near Bunagana.",
                     published="2025-03-02")
    assert ("march-23-movement", "ALLIED_WITH", "uganda") in found


def test_a_denial_does_not_reach_a_clause_coordinated_after_it():
    found = _triples("Abu Dhabi has always denied the charge, but diplomats say Emirati aircraft operated "
                     "alongside the Libyan National Army.", published="2020-02-01")
    assert ("libyan-national-army", "ALLIED_WITH", "united-arab-emirates") in found
    found = _triples("Uganda denied arming the M23 and training its fighters.", published="2025-03-02")
    assert not any(s == "uganda" for s, _, _ in found)


def test_a_description_with_a_hyphenated_modifier_names_the_earlier_group():
    found = _triples("MOGADISHU, June 4, 2025 (Wire) - Al-Shabaab fighters stormed a prison in Bosaso on Sunday. "
                     "The al-Qaeda-linked group has battled the Somali government since 2007.", published="2025-06-04")
    assert ("al-shabaab", "ATTACKS", "somalia") in found
    assert ("al-shabaab", "AFFILIATE_OF", "al-qaeda") in found
    found = _triples("Al-Qaeda fighters raided a town in Abyan on Sunday. The al-Qaeda-linked group then shelled "
                     "Yemeni government positions.", published="2025-06-04")
    assert not any(s == "al-qaeda" and t == "ATTACKS" for s, t, _ in found)  # the modifier is not its own antecedent


def test_a_defence_or_security_agreement_is_an_alliance_and_a_political_one_is_not():
    found = _triples("Kenya signed a military agreement with Somalia in Nairobi in May.", published="2025-06-04")
    assert ("kenya", "ALLIED_WITH", "somalia") in found or ("somalia", "ALLIED_WITH", "kenya") in found
    found = _triples("Colombia signed a political agreement with the ELN in Caracas.", published="2025-06-04")
    assert not any(t == "ALLIED_WITH" for _, t, _ in found)


def test_a_group_named_with_its_branch_acronym_is_the_branch():
    # the bracketed acronym is the listed branch whose name begins with the group's: the branch acts, not its parent
    found = _triples("The Yemeni al-Qaeda (AQAP) ambushed a Houthi patrol near Mukayras on Tuesday.")
    assert ("al-qaeda-in-the-arabian-peninsula", "ATTACKS", "houthis") in found
    assert not [t for t in found if t[0] == "al-qaeda"]


def test_a_group_named_with_its_own_acronym_stays_itself():
    found = _triples("The Islamic State (IS) attacked the Syrian Democratic Forces near Hasakah on Tuesday.")
    assert any(s == "islamic-state" and t == "ATTACKS" for s, t, _ in found)
