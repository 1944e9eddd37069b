"""Relative dates in article text resolve to the right period at their real precision."""

from __future__ import annotations

import datetime as dt

import pytest

from actorgraph.loaders.articles.dates import find_dates, parse_dateline

MARCH_2020 = dt.date(2020, 3, 6)


@pytest.mark.parametrize(("text", "day", "precision"), [
    ("Troops lost dozens of soldiers in February.", dt.date(2020, 2, 1), "month"),
    ("The talks broke down in December.", dt.date(2019, 12, 1), "month"),  # the most recent December
    ("Shelling resumed in March.", dt.date(2020, 3, 1), "month"),
    ("Envoys met last March.", dt.date(2019, 3, 1), "month"),
    ("The siege has lasted since early January.", dt.date(2020, 1, 1), "month"),
    ("Los combates empezaron en febrero.", dt.date(2020, 2, 1), "month"),
    ("A truce was signed in February 2018.", dt.date(2018, 2, 1), "month"),
    ("The strike came on 27 February.", dt.date(2020, 2, 27), "day"),
])
def test_month_names_resolve_to_the_latest_such_month(text, day, precision):
    found = find_dates(text, MARCH_2020)
    assert [(e.day, e.precision.value) for e in found] == [(day, precision)]


def test_may_as_a_verb_is_no_date_and_no_month_without_an_article_date():
    assert find_dates("Talks may resume soon.", MARCH_2020) == []
    assert find_dates("May they rest in peace.", MARCH_2020) == []
    assert find_dates("Fighting flared in February.", None) == []


def test_dateline_without_a_year_takes_it_from_publication():
    line = parse_dateline("ANKARA, Feb 28 (Wire) - Soldiers were killed.", MARCH_2020)
    assert line and line.day == dt.date(2020, 2, 28)
    new_year = parse_dateline("BEIRUT, Dec 31 (Wire) - A strike.", dt.date(2021, 1, 2))
    assert new_year and new_year.day == dt.date(2020, 12, 31)


@pytest.mark.parametrize("opening", ["GOMA, 4 March 2025 - Rebels", "GOMA, March 4, 2025 – Rebels"])
def test_dateline_with_a_whole_date_and_no_agency(opening):
    line = parse_dateline(opening)
    assert line is not None and line.place == "GOMA" and line.day == dt.date(2025, 3, 4)
    assert parse_dateline("The offensive, 4 March 2025 - rebels") is None  # no upper-case place


def test_since_the_year_of_an_event_is_a_start():
    [found] = find_dates("Rwanda has backed the rebels since the 2012 mutiny.", dt.date(2025, 3, 4))
    assert (found.day, found.role) == (dt.date(2012, 1, 1), "since")
