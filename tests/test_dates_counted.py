"""Dates counted from another: a month in a relative year, seasons, spans of years, days after a day told.
Every sentence is written for these tests; the actors are the shipped gazetteer's."""

from __future__ import annotations

import datetime as dt

import pytest

from actorgraph.graph.model import Article
from actorgraph.loaders.articles.dates import find_dates
from actorgraph.loaders.articles.extract import Document
from actorgraph.loaders.articles.parse import load_model
from tests.articles_helpers import extractor, parse

JUNE_2023 = dt.date(2023, 6, 14)  # a Wednesday


def _read(text: str, today: dt.date | None = JUNE_2023, before: str = "") -> list[tuple[str, str, str]]:
    return [(e.day.isoformat(), e.precision.value, e.role) for e in find_dates(text, today, before=before)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The militia struck in January last year.", [("2022-01-01", "month", "at")]),  # not January 2023
    ("Talks stalled in November of last year.", [("2022-11-01", "month", "at")]),
    ("The convoy was hit on 3 March last year.", [("2022-03-03", "day", "at")]),
    ("A vote is planned in October next year.", [("2024-10-01", "month", "at")]),
    ("Los rebeldes atacaron en enero del año pasado.", [("2022-01-01", "month", "at")]),
    ("Les rebelles ont attaqué en janvier de l'année dernière.", [("2022-01-01", "month", "at")]),
    ("Since January last year the port has been shut.", [("2022-01-01", "month", "since")]),
    # a comma parts them: the month and the year are two dates
    ("In January, last year's truce broke.", [("2023-01-01", "month", "at"), ("2022-01-01", "year", "at")]),
])
def test_a_month_in_a_relative_year_is_that_years(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "today", "year"), [
    ("The raids began last summer.", JUNE_2023, 2022),  # this summer has barely begun
    ("The raids began last summer.", dt.date(2023, 10, 2), 2023),
    ("The army regrouped this past autumn.", JUNE_2023, 2022),
    ("Fighting eased this spring.", JUNE_2023, 2023),
    ("An offensive is expected next spring.", JUNE_2023, 2024),
])
def test_a_season_is_a_year(text, today, year):
    assert _read(text, today) == [(f"{year}-01-01", "year", "at")]


def test_winter_and_a_bare_season_name_no_date():
    assert _read("The front froze last winter.") == []  # which year: it spans two
    assert _read("Prices fall when supplies come.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The rebels held the town in 2014-2017.", [("2014-01-01", "year", "since"), ("2017-01-01", "year", "until")]),
    ("The 2020–21 campaign was costly.", [("2020-01-01", "year", "since"), ("2021-01-01", "year", "until")]),
    ("It fought there until 2016-17.", [("2017-01-01", "year", "until")]),
    ("The budget of 2010-11 was cut.", [("2010-01-01", "year", "at")]),  # "2010-11" may be November 2010
    ("Officials cited the 2015-03-04 report.", [("2015-03-04", "day", "at")]),
])
def test_a_span_of_years_starts_and_ends(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "before", "expected"), [
    ("Militants ambushed a patrol on Sunday, and the next day the army shelled their camp.", "",
     [("2023-06-11", "day", "at"), ("2023-06-12", "day", "at")]),
    ("The next day, the army shelled their camp.", "Militants ambushed a patrol on Sunday.",
     [("2023-06-12", "day", "at")]),
    ("Two days later the truce collapsed.", "The sides signed a truce on 4 May 2021.",
     [("2021-05-06", "day", "at")]),
    ("A week earlier, drones had hit the depot.", "The port was shelled on 20 March 2019.",
     [("2019-03-13", "day", "at")]),
    ("Later that month the talks failed.", "Envoys met in Geneva in March 2015.", [("2015-03-01", "month", "at")]),
    ("The day before, the rebels had struck.", "The army retook the pass on 9 June 2020.",
     [("2020-06-08", "day", "at")]),
])
def test_a_day_counted_from_a_day_told(text, before, expected):
    assert _read(text, before=before) == expected


def test_days_are_counted_only_from_a_day():
    assert _read("A day later, the truce collapsed.", before="The sides signed a truce in May 2021.") == []
    assert _read("The army struck on the day before the vote.") == []  # "the day before" something
    assert _read("Two days later, the army struck.", None, before="") == []


_NO_MODEL = pytest.mark.skipif(load_model() is None, reason="the spaCy model is not installed")


def _one(result, subject: str, type_: str, obj: str):
    found = [c for c in result.claims if (c.subject, str(c.type), c.object) == (subject, type_, obj)]
    assert found, [(c.subject, str(c.type), c.object) for c in result.claims]
    return found


@_NO_MODEL
def test_claims_take_the_counted_dates():
    last_year = _one(parse("In January last year, Iran shipped rockets to the Houthis.", "2024-03-08"),
                     "iran", "SUPPORTS", "houthis")
    assert {(c.observed, c.observed_precision.value) for c in last_year} == {(dt.date(2023, 1, 1), "month")}
    span = _one(parse("In 2014-15 Iran armed the Houthis.", "2024-03-08"), "iran", "SUPPORTS", "houthis")
    assert {(c.valid_from, c.valid_to) for c in span} == {(dt.date(2014, 1, 1), dt.date(2015, 12, 31))}
    season = _one(parse("KABUL: The Taliban attacked Pakistani troops last summer.", "2024-03-08"),
                  "taliban", "ATTACKS", "pakistan")
    assert {c.valid_from for c in season} == {dt.date(2023, 1, 1)}  # not the day of the report


def test_a_metonym_resolves_at_the_claims_own_date():
    def supported(text: str) -> set[str]:
        doc = Document(Article(id="m", published="2021-06-10", language="en"), text)
        return {c.object for c in extractor().extract(doc).claims if str(c.type) == "SUPPORTS"}

    # Tripoli stood for the Government of National Accord until March 2021, for the GNU since
    assert supported("In 2020 Turkey sent drones to Tripoli.") == {"government-of-national-accord"}
    assert supported("Turkey is arming Tripoli.") == {"government-of-national-unity-libya"}


@pytest.mark.parametrize(("text", "within"), [
    ("Raids resumed in the spring of 2021.", (dt.date(2021, 3, 1), dt.date(2021, 5, 31))),
    ("Raids resumed in early 2020.", (dt.date(2020, 1, 1), dt.date(2020, 4, 30))),
    ("Raids have gone on since late 2019.", (dt.date(2019, 9, 1), dt.date(2019, 12, 31))),
    ("Raids resumed last summer.", (dt.date(2022, 6, 1), dt.date(2022, 8, 31))),
    ("Raids resumed in 2020.", None),
])
def test_a_part_of_a_year_keeps_the_years_precision_and_its_months(text, within):
    (found,) = find_dates(text, JUNE_2023)
    assert (found.precision.value, found.within) == ("year", within)


@pytest.mark.parametrize(("text", "government"), [
    # the Islamic Republic fell on 15 August 2021; "2021" alone overlaps both and keeps the article's
    ("In early 2021, Pakistan backed the Afghan government.", "afghan-government-islamic-republic"),
    ("In late 2021, Pakistan backed the Afghan government.", "afghan-government-islamic-emirate"),
    ("In the spring of 2021, Pakistan backed the Afghan government.", "afghan-government-islamic-republic"),
])
def test_the_government_resolves_in_the_part_of_the_year_told(text, government):
    doc = Document(Article(id="g", published="2023-08-15", language="en"), text)
    rules = {c.object for c in extractor().extract(doc).claims if str(c.type) == "SUPPORTS"}
    assert rules == {government}
    if load_model() is not None:
        parsed = {c.object for c in parse(text, "2023-08-15").claims if str(c.type) == "SUPPORTS"}
        assert parsed == {government}


@_NO_MODEL
def test_a_start_on_the_claims_own_verb_stays_beside_a_nearer_date():
    fought = _one(parse("Hezbollah and Israel have fought each other on and off since 2006, most recently last week.",
                        "2019-12-04"), "hezbollah", "ATTACKS", "israel")
    assert {(c.valid_from, c.observed) for c in fought} == {(dt.date(2006, 1, 1), dt.date(2019, 12, 4))}
    # a start told of an endpoint is no start of the claim: the PKK's fighting since 1984 is not the PYD's offshoot
    offshoot = _one(parse("The PYD was formed in 2003 as an offshoot of the PKK, a group that has fought Turkish "
                          "forces since 1984.", "2019-12-04"),
                    "democratic-union-party", "AFFILIATE_OF", "kurdistan-workers-party")
    assert {c.valid_from for c in offshoot} == {dt.date(2003, 1, 1)}


@_NO_MODEL
def test_an_event_told_in_the_months_after_another_time_is_not_of_the_day():
    text = ("KABUL: The Taliban took the pass in April 2013. In the following months, Taliban fighters attacked "
            "Pakistani troops repeatedly.")
    later = [c for c in _one(parse(text, "2016-08-01"), "taliban", "ATTACKS", "pakistan") if c.evidence.start > 0]
    assert later and {(c.valid_from, c.observed) for c in later} == {(None, dt.date(2016, 8, 1))}


@pytest.mark.parametrize(("text", "today", "expected"), [
    ("Rebels shelled the town over the weekend.", dt.date(2023, 6, 12), [("2023-06-01", "month", "at")]),
    ("Rebels shelled the town last weekend.", dt.date(2023, 4, 1), [("2023-03-01", "month", "at")]),  # a Saturday
    ("Rebels shelled the town at the weekend.", dt.date(2023, 10, 2), []),  # 30 September and 1 October
    ("Envoys met at the base.", dt.date(2023, 6, 12), []),
])
def test_a_weekend_is_its_month(text, today, expected):
    assert _read(text, today) == expected


@_NO_MODEL
def test_an_attack_over_the_weekend_is_not_of_the_report_day():
    claims = _one(parse("KABUL: Taliban fighters attacked Pakistani troops over the weekend.", "2023-06-12"),
                  "taliban", "ATTACKS", "pakistan")
    assert {(c.valid_from, c.valid_from_precision.value) for c in claims} == {(dt.date(2023, 6, 1), "month")}


@pytest.mark.parametrize("text", ["Drone strikes hit the militia's depots in the past year.",
                                  "Over the last year the rebels doubled their ranks.",
                                  "The past year saw the junta lose a dozen towns."])
def test_the_past_year_is_the_months_up_to_the_report_not_last_calendar_year(text):
    assert find_dates(text, dt.date(2024, 9, 28)) == []
    assert find_dates("The militia lost the town last year.", dt.date(2024, 9, 28))[0].day == dt.date(2023, 1, 1)
