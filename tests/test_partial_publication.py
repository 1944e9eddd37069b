"""An article dated only by its year or month: year-less and relative dates are not counted from its
first day, undated events keep the article's precision, and a dateline inside the period gives the day.
Every sentence is written for these tests; the actors are the shipped gazetteer's."""

from __future__ import annotations

import datetime as dt

import pytest

from actorgraph.graph.dates import Precision
from actorgraph.loaders.articles.dates import find_dates
from actorgraph.loaders.articles.extract import Document
from actorgraph.loaders.articles.format import read_records
from actorgraph.loaders.base import LoadContext
from actorgraph.loaders.gazetteer import Resolver
from tests.articles_helpers import extractor, shipped


def _document(published: str | None, text: str, fallback: str | None = None) -> Document:
    gazetteer, _ = shipped()
    context = LoadContext(resolver=Resolver(gazetteer), published=fallback)
    record = {"id": "p1", "text": text, **({"published": published} if published else {})}
    (item,) = list(read_records([record], "partial.jsonl", context))
    assert isinstance(item, tuple), item
    return item[0]


def _attacks(doc: Document):
    claims = [c for c in extractor().extract(doc).claims if str(c.type) == "ATTACKS"]
    assert claims, extractor().extract(doc).claims
    return claims


def test_a_year_of_publication_does_not_date_a_month_to_the_year_before():
    doc = _document("2018", "Hezbollah attacked Israeli troops in March, a commander said.")
    assert (doc.article.published, doc.published_precision) == (dt.date(2018, 1, 1), Precision.YEAR)
    for claim in _attacks(doc):  # "in March" could be 2018's or 2017's: not dated, reported in 2018
        assert claim.valid_from is None
        assert (claim.observed, claim.observed_precision) == (dt.date(2018, 1, 1), Precision.YEAR)


def test_a_month_of_publication_dates_a_month_name_but_not_a_weekday():
    doc = _document("2024-10", "Hezbollah attacked Israeli troops in July.")
    assert {(c.valid_from, c.valid_from_precision) for c in _attacks(doc)} == {(dt.date(2024, 7, 1), Precision.MONTH)}
    doc = _document("2019-02", "Hezbollah attacked Israeli troops on Tuesday.")
    assert doc.published_precision is Precision.MONTH
    for claim in _attacks(doc):
        assert claim.valid_from is None and claim.observed == dt.date(2019, 2, 1)


def test_a_day_of_publication_still_anchors_relative_dates():
    doc = _document("2024-06-13", "Hezbollah attacked Israeli troops on Tuesday.")
    assert {c.valid_from for c in _attacks(doc)} == {dt.date(2024, 6, 11)}


@pytest.mark.parametrize(("text", "known", "expected"), [
    ("The siege ended on 27 October.", Precision.MONTH, [(dt.date(2024, 10, 27), Precision.DAY)]),
    ("The siege ended in November.", Precision.MONTH, [(dt.date(2023, 11, 1), Precision.MONTH)]),
    ("The siege ended in March 2021.", Precision.YEAR, [(dt.date(2021, 3, 1), Precision.MONTH)]),
    ("The siege ended in March.", Precision.YEAR, []),
    ("The siege ended yesterday.", Precision.MONTH, []),
    ("The siege ended two weeks ago.", Precision.YEAR, []),
])
def test_relative_dates_need_what_they_count_from(text, known, expected):
    assert [(e.day, e.precision) for e in find_dates(text, dt.date(2024, 10, 1), known)] == expected


def test_a_dateline_inside_the_year_of_publication_gives_the_day():
    doc = _document("2018", "BEIRUT, Nov 27 (Wire) - Hezbollah fired rockets at Israel.")
    assert (doc.article.published, doc.published_precision) == (dt.date(2018, 11, 27), Precision.DAY)


def test_a_dateline_day_without_a_month_does_not_date_an_article_known_by_its_year():
    doc = _document("2018", "BEIRUT, 27 (Wire) - Hezbollah fired rockets at Israel.")
    assert (doc.article.published, doc.published_precision) == (dt.date(2018, 1, 1), Precision.YEAR)


def test_a_dateline_outside_the_month_of_publication_is_not_taken():
    doc = _document("2018-03", "BEIRUT, Nov 27, 2017 (Wire) - Hezbollah fired rockets at Israel.")
    assert (doc.article.published, doc.published_precision) == (dt.date(2018, 3, 1), Precision.MONTH)


def test_the_dateline_is_preferred_to_the_fallback_date():
    doc = _document(None, "BEIRUT, Nov 26 (Wire) - Hezbollah fired rockets at Israel.", fallback="2024-11-27")
    assert (doc.article.published, doc.published_precision) == (dt.date(2024, 11, 26), Precision.DAY)
