"""Relative dates in article text resolve to the right period at their real precision."""

from __future__ import annotations

import datetime as dt

import pytest

from actorgraph.loaders.articles.dates import find_dates, parse_dateline, reads_as_news, tells_duration

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


@pytest.mark.parametrize(("opening", "day"), [
    ("KIRKUK, Iraq, 16 October 2017 - Federal troops", dt.date(2017, 10, 16)),
    ("BUNIA, Democratic Republic of Congo, May 2, 2023 - Militiamen", dt.date(2023, 5, 2)),
    ("GAO, Mali, Feb 28 (Wire) - Gunmen", dt.date(2020, 2, 28)),
    ("ERBIL, Iraq (Wire) - Drones", None),
])
def test_dateline_with_the_country_after_the_place(opening, day):
    line = parse_dateline(opening, MARCH_2020)
    assert line is not None and line.day == day and opening[line.end:].strip().split()[0] in {
        "Federal", "Militiamen", "Gunmen", "Drones"}


@pytest.mark.parametrize(("opening", "place"), [("Port-au-Prince, 9 May 2024 - Gangs", "Port-au-Prince"),
                                                ("The Hague, June 3, 2024 - Judges", "The Hague")])
def test_a_whole_dated_dateline_may_name_its_place_in_title_case(opening, place):
    line = parse_dateline(opening)
    assert line is not None and line.place == place and line.day is not None
    assert parse_dateline("Heavy fighting, 9 May 2024 - gangs") is None  # a phrase is no place
    assert parse_dateline("Bangui, 9 May (Wire) - Rebels") is None  # without a whole date, upper case only


@pytest.mark.parametrize(("opening", "place", "day"), [
    ("Bukavu, 14 February 2025. Rebels entered the town", "Bukavu", dt.date(2025, 2, 14)),
    ("N'Djamena, 20 March 1987. Government troops", "N'Djamena", dt.date(1987, 3, 20)),
    ("TRIPOLI, 5 April 2019. Fighters", "TRIPOLI", dt.date(2019, 4, 5)),
])
def test_a_whole_date_closed_by_a_full_stop_is_a_dateline(opening, place, day):
    line = parse_dateline(opening)
    assert line is not None and (line.place, line.day) == (place, day)
    assert opening[line.end:].lstrip()[0].isupper()  # the body starts after the full stop
    assert parse_dateline("Bukavu, 14. Rebels entered the town") is None  # a day alone is no date
    assert parse_dateline("BUKAVU, February 14. Rebels") is None  # nor a date without its year


def test_since_the_year_of_an_event_is_a_start():
    [found] = find_dates("Rwanda has backed the rebels since the 2012 mutiny.", dt.date(2025, 3, 4))
    assert (found.day, found.role) == (dt.date(2012, 1, 1), "since")


def _days(text: str, today: dt.date | None = MARCH_2020, **kwargs) -> list[tuple[dt.date, str]]:
    return [(e.day, e.precision.value) for e in find_dates(text, today, **kwargs)]


def test_a_narrative_dates_a_month_by_the_year_its_sentence_named():
    text = "The militia grew quickly in late 2011, and its first big raid came in June."
    assert _days(text, narrative=True) == [(dt.date(2011, 1, 1), "year"), (dt.date(2011, 6, 1), "month")]
    assert _days("Founded in 1998, the party won on 4 May.", narrative=True)[-1] == (dt.date(1998, 5, 4), "day")
    # news counts from its own day: "founded in 1998, the party won on 4 May" is this May
    assert _days("Founded in 1998, the party won on 4 May.")[-1] == (dt.date(2019, 5, 4), "day")
    # "last June" counts from the article date even in a narrative
    assert _days("Set up in 2011, the militia struck last June.", narrative=True)[-1] == (dt.date(2019, 6, 1), "month")
    # a narrative without a year before the month keeps the article's
    assert _days("In June the militia struck.", narrative=True) == [(dt.date(2019, 6, 1), "month")]


def test_the_following_year_counts_from_the_year_named_before_it():
    text = "The rebels took the port in 1994, lost it the following year and retook it a year later."
    assert _days(text) == [(dt.date(1994, 1, 1), "year"), (dt.date(1995, 1, 1), "year"), (dt.date(1996, 1, 1), "year")]
    assert _days("By that year the front was quiet.") == []  # no year named before it


def test_next_week_month_and_year_are_ahead_of_the_article_date():
    assert _days("Envoys meet next year.") == [(dt.date(2021, 1, 1), "year")]
    assert _days("Envoys meet next month.") == [(dt.date(2020, 4, 1), "month")]
    assert _days("Envoys met last month.") == [(dt.date(2020, 2, 1), "month")]


def test_at_that_time_is_the_date_of_the_sentence_before():
    before = "The two factions merged in October 2017."
    assert _days("At that time, their leader fled abroad.", before=before) == [(dt.date(2017, 10, 1), "month")]
    assert _days("At the time of writing, their leader is abroad.", before=before) == []
    assert _days("At that time, their leader fled abroad.") == []  # no sentence before


def test_a_sentence_opening_with_the_following_year_counts_from_the_sentence_before():
    before = "The two factions merged in October 2017."
    assert _days("The following year, their leader fled abroad.", before=before) == [(dt.date(2018, 1, 1), "year")]
    assert _days("In the same year, their leader fled abroad.", before=before) == [(dt.date(2017, 1, 1), "year")]
    assert _days("The following year, in 2019, he fled.", before=before) == [(dt.date(2019, 1, 1), "year")]
    assert _days("The following year, their leader fled abroad.", before="They merged in October.") == []


@pytest.mark.parametrize(("text", "news"), [
    ("KABUL: Gunmen stormed a checkpoint.", True),
    ("NAIROBI, 4 June 2021 - Gunmen stormed a checkpoint.", True),
    ("Gunmen stormed a checkpoint on Tuesday, officials said.", True),
    ("Gunmen stormed a checkpoint near the border on 4 March.", True),  # two days before the article
    ("The movement was founded in 1994 in the southern hills. Its first raid came in 1996.", False),
])
def test_news_is_told_from_its_own_day(text, news):
    assert reads_as_news(text, MARCH_2020) is news


@pytest.mark.parametrize(("text", "long"), [
    ("The two gangs have been rivals for years.", True),
    ("The rebels have fought the army for more than a decade.", True),
    ("In its 30-year armed struggle the movement lost thousands.", True),
    ("The rebels fought the army for two days.", False),
    ("The rebels fought the army in 2019.", False),
])
def test_what_has_gone_on_for_years(text, long):
    assert tells_duration(text) is long


@pytest.mark.parametrize(("text", "expected"), [
    ("The militia held the pass from 2014 to 2017.", [("2014-01-01", "since"), ("2017-01-01", "until")]),
    ("Between 2012 and 2016, the state armed the rebels.", [("2012-01-01", "since"), ("2016-01-01", "until")]),
    ("The siege lasted from March to June 2015.", [("2015-03-01", "since"), ("2015-06-01", "until")]),
    ("It lasted between November and February 2016.", [("2015-11-01", "since"), ("2016-02-01", "until")]),
    ("Recruits came from 2014, and in 2017 the camp closed.", [("2014-01-01", "since"), ("2017-01-01", "at")]),
])
def test_a_period_from_one_date_to_another_ends_at_the_second(text, expected):
    assert [(e.day.isoformat(), e.role) for e in find_dates(text, MARCH_2020)] == expected


def test_a_plan_told_in_the_past_looks_back():
    wednesday = dt.date(2024, 6, 12)
    assert _days("The truce, which was due to take effect on Monday, collapsed.", wednesday) == [
        (dt.date(2024, 6, 10), "day")]
    assert _days("The truce is due to take effect on Monday.", wednesday) == [(dt.date(2024, 6, 17), "day")]


def test_since_after_a_superlative_compares_and_starts_nothing():
    assert find_dates("Rebels made their first real gains since 2016.", MARCH_2020) == []
    assert find_dates("It was the deadliest raid since 2019.", MARCH_2020) == []
    assert [e.role for e in find_dates("Iran has backed the rebels since 2015.", MARCH_2020)] == ["since"]


@pytest.mark.parametrize(("text", "before", "expected"), [
    ("Two years later, the rebels retook the airport.", "The army seized the airport in 2009.", ("2011-01-01", "year")),
    ("The following month, the envoys met again.", "Talks opened in November 2017.", ("2017-12-01", "month")),
    ("Three months later, the militia withdrew.", "The militia entered the town on 20 October 2015.",
     ("2016-01-01", "month")),
    ("That month, the port reopened.", "Shipping stopped in July 2013.", ("2013-07-01", "month")),
])
def test_a_sentence_opening_with_a_counted_time_counts_from_the_sentence_before(text, before, expected):
    found = find_dates(text, MARCH_2020, before=before)
    assert [(e.day.isoformat(), e.precision.value) for e in found] == [expected]


def test_counted_times_inside_a_sentence_and_what_they_need():
    text = "The bridge fell in May 2012 and three months later the army rebuilt it."
    assert [(e.day.isoformat(), e.precision.value) for e in find_dates(text, MARCH_2020)] == [
        ("2012-05-01", "month"), ("2012-08-01", "month")]
    text = "The dam was finished in 2001 and two years later it flooded."
    assert [e.day.year for e in find_dates(text, MARCH_2020)] == [2001, 2003]
    # a month counted from a year alone, or from nothing told, is no date
    assert find_dates("The following month, the envoys met.", MARCH_2020, before="Talks opened in 2017.") == []
    assert find_dates("Two years later, the rebels returned.", MARCH_2020) == []


@pytest.mark.parametrize(("text", "before", "expected"), [
    ("The previous month, the envoys had met in secret.", "Talks opened in November 2017.", ("2017-10-01", "month")),
    ("Two years earlier, the militia had held the port.", "The navy took the port in 2012.", ("2010-01-01", "year")),
])
def test_a_time_counted_back_from_the_sentence_before(text, before, expected):
    found = find_dates(text, MARCH_2020, before=before)
    assert [(e.day.isoformat(), e.precision.value) for e in found] == [expected]
    inside = "The front was set up in 2017 by a brigade that had left the army a year earlier."
    assert [e.day.year for e in find_dates(inside, MARCH_2020)] == [2017, 2016]
