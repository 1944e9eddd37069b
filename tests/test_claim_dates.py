"""Which date of a sentence is a claim's: the nearest clause above it, and never a modifier's sentence.
Every sentence is written for these tests; the actors are the shipped gazetteer's."""

from __future__ import annotations

import datetime as dt

import pytest

from actorgraph.graph.model import Article
from actorgraph.loaders.articles.extract import Document, Extraction
from actorgraph.loaders.articles.parse import load_model
from actorgraph.loaders.articles.syntax_extract import ParseExtractor
from actorgraph.loaders.gazetteer import Resolver
from tests.articles_helpers import extractor, shipped

PUBLISHED = dt.date(2024, 6, 12)


def _claims(result: Extraction, subject: str, type_: str, obj: str):
    found = [c for c in result.claims if (c.subject, str(c.type), c.object) == (subject, type_, obj)]
    assert found, [(c.subject, str(c.type), c.object) for c in result.claims]
    return found


def test_a_modifier_takes_no_date_from_its_sentence_on_the_rule_path():
    text = "The Iranian-backed Houthis have fired missiles at Saudi Arabia since Monday."
    result = extractor().extract(Document(Article(id="m1", published=PUBLISHED, language="en"), text))
    for claim in _claims(result, "iran", "SUPPORTS", "houthis"):
        assert claim.valid_from is None and claim.observed == PUBLISHED  # observed when reported, not begun Monday


@pytest.mark.skipif(load_model() is None, reason="the spaCy model is not installed")
def test_a_clause_takes_the_date_of_the_nearest_clause_above_it():
    gazetteer, index = shipped()
    text = ("Saudi Arabia launched a campaign against the Houthis in March 2015 but scaled it back this year "
            "after Iran moved to arm the Houthis.")
    result = ParseExtractor(Resolver(gazetteer), index).extract(
        Document(Article(id="m2", published=PUBLISHED, language="en"), text))
    claims = [c for c in _claims(result, "iran", "SUPPORTS", "houthis") if c.extractor.startswith("parse:")]
    assert claims
    for claim in claims:
        dates = {claim.valid_from, claim.observed} - {None}
        assert dates == {dt.date(2024, 1, 1)}, claim  # "this year", not the campaign's March 2015
