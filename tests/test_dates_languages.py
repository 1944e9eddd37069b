"""Dates in French and Spanish, weekdays ahead of the article date, "N days ago", and the rule path's
first sentence after a dateline. Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from actorgraph.graph.model import Article
from actorgraph.loaders.articles.dates import find_dates
from actorgraph.loaders.articles.extract import Document
from tests.articles_helpers import extractor

THURSDAY = dt.date(2025, 3, 6)  # a Thursday


def _found(text: str, today: dt.date | None = THURSDAY) -> list[tuple[str, str, str]]:
    return [(e.day.isoformat(), e.precision.value, e.role) for e in find_dates(text, today)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Les combattants ont pris la ville le 3 février 2025.", [("2025-02-03", "day", "at")]),
    ("Le groupe a été fondé le 1er janvier 2019.", [("2019-01-01", "day", "at")]),
    ("Les milices contrôlent la route depuis 2019.", [("2019-01-01", "year", "since")]),
    ("L'alliance a duré jusqu'en 2016.", [("2016-01-01", "year", "until")]),
    ("Les pourparlers ont échoué en février.", [("2025-02-01", "month", "at")]),
    ("L'armée a repris le pont mardi dernier.", [("2025-03-04", "day", "at")]),
    ("Des drones ont frappé la base hier.", [("2025-03-05", "day", "at")]),
    ("Le convoi a été attaqué il y a deux jours.", [("2025-03-04", "day", "at")]),
    ("Une trêve a été signée le mois dernier.", [("2025-02-01", "month", "at")]),
    ("Los milicianos tomaron el puerto el 27 de noviembre.", [("2024-11-27", "day", "at")]),
    ("La ofensiva empezó hace tres días.", [("2025-03-03", "day", "at")]),
    ("Los rebeldes bombardearon el aeródromo el lunes pasado.", [("2025-03-03", "day", "at")]),
    ("Las partes se reunirán el próximo lunes.", [("2025-03-10", "day", "at")]),
])
def test_french_and_spanish_dates(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # news reports the past: a weekday is the latest such day on or before the article date...
    ("Militants shelled the depot on Monday.", "2025-03-03"),
    # ...unless the sentence looks ahead
    ("The truce is due to take effect on Monday.", "2025-03-10"),
    ("Envoys will meet the rebels on Saturday.", "2025-03-08"),
    ("The talks resume next Thursday.", "2025-03-13"),
])
def test_a_weekday_ahead_only_when_the_sentence_looks_ahead(text, expected):
    [(day, precision, _)] = _found(text)
    assert (day, precision) == (expected, "day")


@pytest.mark.parametrize(("text", "expected"), [
    ("The bridge was blown up two days ago.", ("2025-03-04", "day")),
    ("The ambush happened 3 days ago.", ("2025-03-03", "day")),
    ("Fighting broke out six months ago.", ("2024-09-01", "month")),
    ("The faction split two years ago.", ("2023-01-01", "year")),
    ("Gunmen raided the camp last night.", ("2025-03-05", "day")),
    ("Mortars hit the market this morning.", ("2025-03-06", "day")),
    ("A second convoy was looted a week ago.", ("2025-01-01", "year")),  # that week, 24 Feb - 2 Mar: its year
])
def test_relative_expressions_resolve_against_the_article_date(text, expected):
    [(day, precision, _)] = _found(text)
    assert (day, precision) == expected


def test_relative_expressions_need_an_article_date():
    assert _found("The bridge was blown up two days ago, hier et el lunes pasado.", None) == []


def test_a_year_alone_in_a_sentence_is_no_anchor_trouble():
    text = "Among 120 fighters and 40 vehicles, the unit formed in 2014 kept 3 tanks."
    assert _found(text) == [("2014-01-01", "year", "at")]


def test_the_rule_path_does_not_date_the_first_sentence_by_its_dateline():
    text = "ADEN, March 4 (Wire) - The Houthis attacked Saudi Arabia on Sunday."
    article = Article(id="d1", published="2025-03-05", language="en")
    result = extractor().extract(Document(article, text))
    attacks = [c for c in result.claims if str(c.type) == "ATTACKS"]
    assert attacks, result.claims
    assert {c.valid_from for c in attacks} == {dt.date(2025, 3, 2)}  # Sunday, not the dateline's 4 March


@pytest.mark.parametrize(("text", "before", "expected"), [
    ("Al mes siguiente, la milicia abandonó el puerto.", "La milicia tomó el puerto en agosto de 2016.",
     [("2016-09-01", "month", "at")]),
    ("Un año después, el grupo volvió a la ciudad.", "El grupo dejó la ciudad en 2014.",
     [("2015-01-01", "year", "at")]),
    ("Deux ans plus tard, les rebelles ont repris la vallée.", "L'armée a pris la vallée en 2008.",
     [("2010-01-01", "year", "at")]),
    ("Le mois suivant, la trêve a été rompue.", "La trêve a été signée en avril 2021.",
     [("2021-05-01", "month", "at")]),
])
def test_spanish_and_french_counted_times(text, before, expected):
    assert [(e.day.isoformat(), e.precision.value, e.role) for e in find_dates(text, THURSDAY, before=before)] == \
        expected
    assert _found("Hace un año la milicia cerró la carretera.") == [("2024-01-01", "year", "at")]


@pytest.mark.parametrize(("text", "expected"), [
    ("La milicia controla el valle desde finales de 2012.", [("2012-01-01", "year", "since")]),
    ("Les rebelles tiennent le col depuis le début de 2015.", [("2015-01-01", "year", "since")]),
    ("Le groupe a occupé la ville jusqu'à la fin de 2016.", [("2016-01-01", "year", "until")]),
    ("The brigade held the pass until the end of 2016.", [("2016-01-01", "year", "until")]),
    ("El grupo se disolvió a finales del año pasado.", [("2024-01-01", "year", "at")]),
    ("La flotte a quitté le port en février dernier.", [("2025-02-01", "month", "at")]),
    ("Resolution 2042 called for a truce in 2012.", [("2012-01-01", "year", "at")]),  # a number, then a year
])
def test_a_part_of_a_year_keeps_its_role_and_numbers_are_no_years(text, expected):
    assert _found(text) == expected
    # "en mars dernier" read in March is last year's March, not this one
    assert _found("Le convoi est arrivé en mars dernier.") == [("2024-03-01", "month", "at")]
    assert _found("El convoy llegó en marzo.") == [("2025-03-01", "month", "at")]


def test_a_sentence_telling_again_the_birth_the_sentence_before_dated_takes_its_date():
    text = ("Hayat Tahrir al-Sham, surgida a principios de 2017 tras una fusión, gobierna Idlib. Esta alianza nació "
            "cuando el Frente al-Nusra decidió desvincularse de al-Qaeda.")
    result = extractor().extract(Document(Article(id="b1", published=THURSDAY, language="es"), text))
    claims = [c for c in result.claims if (c.subject, str(c.type), c.object) == ("jabhat-al-nusra", "AFFILIATE_OF",
                                                                                  "al-qaeda")]
    assert claims and all(c.valid_to == dt.date(2017, 12, 31) for c in claims)  # the split ended it in 2017
    before = "Le mouvement, apparu en 2018, contrôle le nord."
    assert [(e.day.isoformat(), e.precision.value) for e in find_dates(
        "Ce mouvement est né lorsque deux factions ont quitté le groupe.", THURSDAY, before=before)] == [
        ("2018-01-01", "year")]
    before = "The coalition, which emerged in March 2019, holds the north."
    assert [e.day for e in find_dates("This coalition was born when two brigades left the army.", THURSDAY,
                                      before=before)] == [dt.date(2019, 3, 1)]
    # no birth told again, or a year of its own: nothing from the sentence before
    assert find_dates("The group attacked when the army left.", THURSDAY, before=before) == []
    assert [e.day.year for e in find_dates("This coalition was born when two brigades left the army in 2017.",
                                           THURSDAY, before=before)] == [2017]
