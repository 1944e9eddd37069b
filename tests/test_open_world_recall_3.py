"""Support and attacks in wire-style sentences about wars the project saw little of (Korea and Russia, Belarus,
Kashmir, Lake Chad), read as ``actorgraph extract`` reads them; helpers from ``test_open_world_recall``.

Every sentence is written for these tests; the wording is ours.
"""

from __future__ import annotations

import datetime as dt

import pytest

from actorgraph.graph.model import Article
from actorgraph.loaders.articles.extract import Document
from actorgraph.loaders.articles.parse import load_model
from tests.articles_helpers import read_triples as _triples
from tests.articles_helpers import shipped_extractor

pytestmark = pytest.mark.skipif(load_model() is None, reason="the spaCy model is not installed")


def test_troops_sent_to_a_state_to_fight_another_state_take_its_side():
    found = _triples("North Korea sent about 11,000 soldiers to Russia last autumn to fight Ukraine.",
                     published="2025-03-01")
    assert ("north-korea", "SUPPORTS", "russia") in found
    assert ("north-korea", "ATTACKS", "ukraine") in found
    found = _triples("North Korea dispatched thousands of troops to Russia to repel Ukrainian forces in Kursk.",
                     published="2025-03-01")
    assert ("north-korea", "SUPPORTS", "russia") in found


def test_troops_sent_to_a_state_alone_or_against_a_group_or_against_it_back_no_one():
    for text in ("North Korea sent about 11,000 soldiers to Russia last autumn.",  # a place, or a side: not told
                 "Turkey sent troops to Iraq to fight the PKK.",  # on Iraq's soil, not on its side
                 "Russia sent more troops to Ukraine to fight the Ukrainian army."):
        found = _triples(text, published="2025-03-01")
        assert not any(t == "SUPPORTS" for _, t, _ in found), text


def test_a_state_that_lets_another_use_its_territory_backs_it():
    found = _triples("Belarus allowed Russian troops to use its territory to attack Kyiv in 2022.",
                     published="2024-06-01")
    assert ("belarus", "SUPPORTS", "russia") in found
    found = _triples("Tajikistan let Russian jets use its airspace.", published="2024-06-01")
    assert ("tajikistan", "SUPPORTS", "russia") in found


def test_leave_to_use_ground_refused_or_for_something_else_is_no_support():
    for text in ("Turkey refused to allow American troops to use its bases for the invasion of Iraq.",
                 "Belarus did not let Russian forces use its airspace.",
                 "Kenya allowed the United States to open a new embassy in Nairobi."):
        found = _triples(text, published="2024-06-01")
        assert not any(t == "SUPPORTS" for _, t, _ in found), text


def test_one_jet_or_patrol_after_a_demonym_names_its_state():
    found = _triples("The Pakistani air force shot down an Indian jet over the Line of Control on Wednesday.",
                     published="2019-03-01")
    assert ("pakistan", "ATTACKS", "india") in found
    found = _triples("Fighters of Boko Haram ambushed a Cameroonian patrol near the town of Kolofata.",
                     published="2024-06-01")
    assert ("boko-haram", "ATTACKS", "cameroon") in found


def test_coordinated_demonyms_before_one_noun_are_both_parties():
    found = _triples("Pakistani and Indian troops exchanged fire across the frontier overnight.",
                     published="2019-03-01")
    assert {("pakistan", "ATTACKS", "india"), ("india", "ATTACKS", "pakistan")} <= found
    found = _triples("Boko Haram fighters raided Nigerian and Nigerien army posts near Diffa.", published="2024-06-01")
    assert {("boko-haram", "ATTACKS", "nigeria"), ("boko-haram", "ATTACKS", "niger")} <= found


def test_arms_bought_from_a_state_are_its_support():
    found = _triples("Morocco bought armed drones from Israel in 2021.", published="2024-06-01")
    assert ("israel", "SUPPORTS", "morocco") in found
    assert ("morocco", "SUPPORTS", "israel") not in found  # "bought armed drones" is no "Morocco armed Israel"
    found = _triples("Armenia purchased artillery systems from India last year.", published="2024-06-01")
    assert ("india", "SUPPORTS", "armenia") in found


def test_what_else_is_bought_from_a_state_backs_no_one():
    for text in ("India buys most of its oil from Russia.", "Azerbaijan did not buy weapons from Russia."):
        found = _triples(text, published="2024-06-01")
        assert not any(t == "SUPPORTS" for _, t, _ in found), text


def test_a_weapon_system_of_an_army_stands_for_it():
    found = _triples("Azerbaijani drones struck an air defence system of the Armenian army near Jermuk.",
                     published="2022-09-14")
    assert ("azerbaijan", "ATTACKS", "armenia") in found


def test_the_mission_is_the_one_antecedent_named_a_mission():
    found = _triples("MAPUTO, Aug 2 (Wire) - Mozambique welcomed the Southern African Development Community's "
                     "decision to send a force, the SADC Mission in Mozambique, to Cabo Delgado. Angola and Botswana "
                     "contributed troops to the mission, officials in Mozambique said.", published="2021-08-02")
    assert ("angola", "SUPPORTS", "samim") in found
    assert ("botswana", "SUPPORTS", "samim") in found
    assert not any(t == "sadc" for _, _, t in found)


def test_an_attack_told_by_whom_it_killed_names_its_target():
    found = _triples("Hizbul Mujahideen claimed an ambush that killed four Indian paramilitary police near Sopore.",
                     published="2019-03-01")
    assert ("hizbul-mujahideen", "ATTACKS", "india") in found
    found = _triples("Al-Shabaab carried out a raid that killed six Kenyan soldiers near Lamu on Monday.",
                     published="2024-06-05")
    assert ("al-shabaab", "ATTACKS", "kenya") in found


def test_whom_an_attack_killed_is_no_attacker():
    found = _triples("A roadside bombing that killed four Indian soldiers near Sopore was condemned by Pakistan.",
                     published="2019-03-01")
    assert ("pakistan", "ATTACKS", "india") not in found


def test_a_dateline_without_agency_is_no_part_of_the_first_sentence():
    from actorgraph.loaders.articles.dates import parse_dateline

    line = parse_dateline("ZAMBOANGA, Philippines, June 3 - Marines fought Abu Sayyaf.", dt.date(2024, 6, 4))
    assert line is not None and line.place == "ZAMBOANGA" and line.day == dt.date(2024, 6, 3)
    assert parse_dateline("Zamboanga, June 3 - Marines fought Abu Sayyaf.", dt.date(2024, 6, 4)) is None
    found = _triples("DAVAO, Jan 9 - Philippine troops clashed with communist rebels of the New People's Army in "
                     "Surigao del Sur on Monday, the army said, the latest of several firefights this year.",
                     published="2024-01-09")
    assert ("philippines", "ATTACKS", "communist-party-of-the-philippines") in found


def test_karabakhs_ethnic_armenian_forces_are_its_army_not_armenia():
    found = _triples("Azerbaijani artillery shelled positions held by ethnic Armenian forces near Askeran on Tuesday.",
                     published="2023-09-19")
    assert ("azerbaijan", "ATTACKS", "artsakh-defence-army") in found
    assert ("azerbaijan", "ATTACKS", "armenia") not in found
    found = _triples("Karabakh separatists agreed to a ceasefire with Azerbaijan on 20 September 2023.",
                     published="2023-09-21")
    assert ("artsakh-defence-army", "CEASEFIRE_WITH", "azerbaijan") in found


def test_arms_received_from_a_state_are_its_support():
    found = _triples("Niger received armed drones from Turkey last year, the junta said.", published="2024-06-01")
    assert ("turkey", "SUPPORTS", "niger") in found
    found = _triples("Ukraine shot down drones from Russia over Odesa.", published="2024-06-01")
    assert not any(t == "SUPPORTS" for _, t, _ in found)


def test_commandos_after_a_demonym_are_its_state():
    found = _triples("Turkey, which trains Somali commandos, signed a defence pact in February.",
                     published="2024-06-01")
    assert ("turkey", "SUPPORTS", "somalia") in found


def test_an_offensive_repelled_by_sent_forces_was_not_on_their_sender():
    found = _triples("Egypt sent jets to Benghazi to repel an offensive by JNIM.")
    assert ("jamaat-nusrat-al-islam-wal-muslimin", "ATTACKS", "egypt") not in found
    found = _triples("The Malian army repelled an offensive by JNIM near Boni.")
    assert ("jamaat-nusrat-al-islam-wal-muslimin", "ATTACKS", "mali") in found


def test_who_condemns_or_reports_an_attack_did_not_carry_it_out():
    for verb in ("condemned", "denounced", "reported"):
        found = _triples(f"Ansar Dine {verb} an ambush that killed 12 Malian soldiers near Boni.")
        assert ("ansar-dine", "ATTACKS", "mali") not in found, verb
    assert ("ansar-dine", "ATTACKS", "mali") in _triples("Ansar Dine claimed an ambush that killed 12 Malian soldiers.")


def test_a_coordinated_clause_with_its_own_subject_lends_the_sending_no_word():
    found = _triples("In 2019 Russia sent mercenaries to Libya, and Turkey armed the GNA.", published="2021-05-01")
    assert ("turkey", "SUPPORTS", "government-of-national-accord") in found
    assert not any(s == "russia" and t == "SUPPORTS" for s, t, _ in found)


def test_a_coordinated_clause_with_its_own_subject_keeps_its_own_date():
    text = ("Pakistani jets struck hideouts of the TTP in Paktika in December 2024, and Islamabad accuses Kabul of "
            "harbouring the TTP.")
    extraction = shipped_extractor().extract(Document(Article(id="t", published="2025-03-14"), text))
    harbour = [c for c in extraction.claims if c.type == "SUPPORTS" and c.object == "tehrik-i-taliban-pakistan"]
    december = dt.date(2024, 12, 1)  # the strike's month, not the accusation's
    assert harbour and all(december not in {c.valid_from, c.observed} for c in harbour)
