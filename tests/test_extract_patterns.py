"""Each pattern family, coordination, negation, hedging, coreference and dates, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles_helpers import extract, triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jets from the Syrian regime and the Russian army bombed HTS positions near the town.",
         {("syrian-government", "ATTACKS", "hts"), ("russia", "ATTACKS", "hts")}),
        ("HTS launched a new offensive against government forces in the north of the country on Sunday.",
         {("hts", "ATTACKS", "syrian-government")}),
        ("Heavy clashes between the SDF and the Islamic State continued for a third day.",
         {("sdf", "ATTACKS", "islamic-state"), ("islamic-state", "ATTACKS", "sdf")}),
        ("The Kremlin remains one of Assad's closest foreign backers.", {("russia", "SUPPORTS", "syrian-government")}),
        ("The YPG, backed by Washington, holds the east.", {("united-states", "SUPPORTS", "ypg")}),
        ("Iranian- and Russian-backed Syrian government troops advanced.",
         {("iran", "SUPPORTS", "syrian-government"), ("russia", "SUPPORTS", "syrian-government")}),
        ("The Nusra Front, once the Syrian branch of al-Qaeda, now controls the city.",
         {("jabhat-al-nusra", "AFFILIATE_OF", "al-qaeda")}),
        ("JFS, formerly known as the Nusra Front, took the town.",
         {("jabhat-fateh-al-sham", "SUCCESSOR_OF", "jabhat-al-nusra")}),
        ("A truce between Israel and Hezbollah took effect at dawn.", {("hezbollah", "CEASEFIRE_WITH", "israel")}),
        ("El grupo HTS, respaldado por Turquía, avanzó.", set()),
    ],
)
def test_pattern_families(tmp_path, text, expected):
    assert expected <= triples(extract(tmp_path, text))


def test_turkish_backed_phrase_becomes_an_actor(tmp_path):
    result = extract(tmp_path, "Turkish-backed factions shelled SDF positions on Monday.")
    assert ("turkey", "SUPPORTS", "turkish-backed-factions") in triples(result)
    assert ("turkish-backed-factions", "ATTACKS", "sdf") in triples(result)


def test_split_is_an_ended_affiliation_dated_by_its_sentence(tmp_path):
    result = extract(tmp_path, "In July 2016 the Nusra Front split from al-Qaeda.")
    (claim,) = [c for c in result.claims if str(c.type) == "AFFILIATE_OF"]
    assert claim.ended and claim.valid_to == dt.date(2016, 7, 31)


def test_negated_statement_gives_nothing(tmp_path):
    assert not extract(tmp_path, "Russia did not attack HTS positions, officials insisted.").claims


def test_reported_statement_is_hedged_with_lower_confidence(tmp_path):
    (claim,) = extract(tmp_path, "Russia allegedly bombed HTS positions.").claims
    assert claim.hedged and claim.confidence < 0.8


def test_the_group_resolves_to_the_salient_group(tmp_path):
    text = "HTS took two villages. Russian warplanes later struck the group's positions."
    assert ("russia", "ATTACKS", "hts") in triples(extract(tmp_path, text))


def test_ambiguous_coreference_gives_nothing(tmp_path):
    text = "HTS and the SDF took villages. Russian warplanes later struck the group's positions."
    assert not [c for c in extract(tmp_path, text).claims if c.subject == "russia"]


def test_places_are_not_actors(tmp_path):
    text = "HTS fighters attacked in Damascus and clashed near Syria."
    assert not extract(tmp_path, text).claims


def test_acronym_defined_in_the_text(tmp_path):
    text = "The Tuareg Liberation Front (TLF) said that the TLF attacked Syrian army posts."
    result = extract(tmp_path, text)
    assert ("tuareg-liberation-front", "ATTACKS", "syrian-government") in triples(result)


def test_they_resolves_to_both_parties(tmp_path):
    text = "Sudanese army and RSF envoys met in Jeddah. They agreed a seven-day truce."
    assert ("rsf", "CEASEFIRE_WITH", "sudan-saf") in triples(extract(tmp_path, text))


@pytest.mark.parametrize(
    ("phrase", "expected", "precision"),
    [
        ("this Wednesday", "2024-11-27", "day"),
        ("on Sunday", "2024-11-24", "day"),
        ("on 5 March 2020", "2020-03-05", "day"),
        ("in 2020", "2020-01-01", "year"),
        ("last week", "2024-11-01", "month"),
    ],
)
def test_dates_resolve_against_the_article_date(tmp_path, phrase, expected, precision):
    (claim,) = extract(tmp_path, f"Russian jets bombed HTS positions {phrase}.").claims
    assert claim.valid_from.isoformat() == expected and claim.valid_from_precision == precision


def test_since_sets_valid_from(tmp_path):
    (claim,) = extract(tmp_path, "Iran has backed the Assad government since 2012.").claims
    assert claim.valid_from == dt.date(2012, 1, 1) and claim.valid_from_precision == "year"


def test_undated_article_gives_undated_event_claims(tmp_path):
    result = extract(tmp_path, "Russian jets bombed HTS positions.", published=None)
    assert result.claims[0].valid_from is None and result.notes


def test_every_claim_has_evidence_and_rule(tmp_path):
    text = "Quiet day. Russian jets bombed HTS positions."
    (claim,) = extract(tmp_path, text).claims
    assert text[claim.evidence.start:claim.evidence.end] == claim.evidence.sentence
    assert claim.extractor.startswith("rules:attack.") and 0 < claim.confidence <= 1
