"""Transliterated Arabic group names (their head first or last) and a new group "known locally as"
another group's name. Every sentence is written for these tests."""

from __future__ import annotations

from tests.articles_helpers import extract, triples


def test_a_name_ending_in_jamaa_is_a_new_group(tmp_path):
    found = triples(extract(tmp_path, "Ahl al-Wadi Wal Jamaa is affiliated with the Islamic State."))
    assert ("ahl-al-wadi-wal-jamaa", "AFFILIATE_OF", "islamic-state") in found


def test_a_name_opening_with_its_arabic_head_is_a_new_group(tmp_path):
    found = triples(extract(tmp_path, "Jamaat Ansar al-Wadi attacked Malian troops near Mopti on Monday."))
    assert ("jamaat-ansar-al-wadi", "ATTACKS", "mali") in found


def test_a_new_group_known_locally_by_another_groups_name_keeps_that_name():
    # "al-Shabaab" is also the Somali group's name; here it names the new group, never the Somali one
    text = "Ahl al-Wadi Wal Jamaa, known locally as al-Shabaab, is affiliated with the Islamic State."
    found = triples(extract(None, text))
    assert ("ahl-al-wadi-wal-jamaa", "AFFILIATE_OF", "islamic-state") in found
    assert not {t for t in found if "al-shabaab" in (t[0], t[2])}
