"""Dates in article text: datelines, explicit dates and relative expressions.

Every expression resolves against the article date (``today``) to a day plus the precision it
really has: "on 5 March 2020" is a day, "in July 2016" a month, "since 2015" a year, "last week"
the month of the week before, "this Wednesday" the day, and a month named without a year ("in
February") the most recent such month on or before the article date, at month precision.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from actorgraph.graph.dates import Precision

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    # Spanish
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
}
_FULL_MONTHS = {name for name in _MONTHS if len(name) > 4 or name in {"may", "june", "july", "mayo", "enero"}}
_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4, "sábado": 5,
    "sabado": 5, "domingo": 6,
}
_MONTH = "(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = "(?:" + "|".join(sorted(_WEEKDAYS, key=len, reverse=True)) + ")"
_YEAR = r"(?:19[4-9]\d|20[0-4]\d)"

# One alternation, tried left to right at each position; the group name says what was found.
_EXPR = re.compile(
    rf"""(?ix)
    (?P<mark>\b(?:since|from|until|till|through|up\ to|desde|hasta)\s+(?:the\ )?(?:(?:early|late|mid)[\s-]+)?)?
    (?:
      (?P<dmy>\b(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:de\s+)?(?P<m1>{_MONTH})(?:,?\s+(?:de\s+|del\s+)?(?P<y1>{_YEAR}))?\b)
    | (?P<mdy>\b(?P<m2>{_MONTH})\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?P<y2>{_YEAR})\b)?)
    | (?P<my>\b(?P<m3>{_MONTH})\s+(?:de\s+|del\s+|of\s+)?(?P<y3>{_YEAR})\b)
    | (?P<iso>\b(?P<y4>{_YEAR})-(?P<m4>[01]\d)-(?P<d4>[0-3]\d)\b)
    | (?P<mo>\b(?P<cue>(?:in|during|by|of|last|this|early|late|mid|en|de)[\s-]+(?:(?:early|late|mid)[\s-]+)?)?
        (?P<m5>{_MONTH})\b(?!\s*(?:[0-3]?\d\b|{_YEAR}|de\s|del\s|of\s|,\s*{_YEAR})))
    | (?P<year>\b(?P<y5>{_YEAR})\b)
    | (?P<wd>\b(?P<rel>this|last|on|el|este|el\ pasado)?\s*(?P<w>{_WEEKDAY})\b)
    | (?P<rw>\b(?:(?:last|this|next|past)\s+(?:week|month|year)
               |la\ semana\ pasada|el\ mes\ pasado|el\ año\ pasado)\b)
    | (?P<day>\b(?:today|yesterday|tonight|hoy|ayer)\b)
    )
    """
)


@dataclass(frozen=True)
class TimeExpr:
    """One date expression: where it is, the day it names, its precision and its role."""

    start: int
    end: int
    day: dt.date
    precision: Precision
    role: str  # "at", "since" or "until"


def _mark_role(mark: str | None) -> str:
    if not mark:
        return "at"
    word = mark.strip().split()[0].lower()
    return "until" if word in {"until", "till", "through", "up", "hasta"} else "since"


def _weekday(today: dt.date, weekday: int, rel: str | None) -> dt.date:
    """The weekday nearest before (or on) ``today``: news reports the past ("this Wednesday" too)."""
    back = (today.weekday() - weekday) % 7
    if rel and rel.lower() == "last" and back == 0:
        back = 7
    return today - dt.timedelta(days=back)


def _safe(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_dates(text: str, today: dt.date | None) -> list[TimeExpr]:
    """Every date expression in ``text``; relative ones only when ``today`` is known."""
    found: list[TimeExpr] = []
    for m in _EXPR.finditer(text):
        role = _mark_role(m.group("mark"))
        day: dt.date | None = None
        precision = Precision.DAY
        if m.group("dmy") or m.group("mdy"):
            month = _MONTHS[(m.group("m1") or m.group("m2")).lower().rstrip(".")]
            dom = int(m.group("d1") or m.group("d2"))
            year_text = m.group("y1") or m.group("y2")
            if year_text:
                day = _safe(int(year_text), month, dom)
            elif today:
                day = _safe(today.year, month, dom)
                if day and day > today + dt.timedelta(days=2):  # "Dec 20" read in January: last year
                    day = _safe(today.year - 1, month, dom)
        elif m.group("my"):
            day, precision = _safe(int(m.group("y3")), _MONTHS[m.group("m3").lower().rstrip(".")], 1), Precision.MONTH
        elif m.group("mo"):
            word = m.group("m5")
            if not (m.group("cue") or m.group("mark")) or (word.islower() and word.lower() in {"may", "mar"}):
                continue  # a bare "May" is a verb more often than a month
            if word.rstrip(".").lower() not in _FULL_MONTHS or not today:
                continue
            day, precision = _latest_month(today, _MONTHS[word.lower().rstrip(".")], m.group("cue")), Precision.MONTH
        elif m.group("iso"):
            day = _safe(int(m.group("y4")), int(m.group("m4")), int(m.group("d4")))
        elif m.group("year"):
            day, precision = dt.date(int(m.group("y5")), 1, 1), Precision.YEAR
        elif m.group("wd") and today:
            rel = m.group("rel")
            day = _weekday(today, _WEEKDAYS[m.group("w").lower()], rel)
        elif m.group("rw") and today:
            day, precision = _relative_period(m.group("rw").lower(), today)
        elif m.group("day") and today:
            word = m.group("day").lower()
            day = today - dt.timedelta(days=1) if word in {"yesterday", "ayer"} else today
        if day is not None:
            found.append(TimeExpr(m.start(), m.end(), day, precision, role))
    return found


def _latest_month(today: dt.date, month: int, cue: str | None) -> dt.date:
    """The most recent ``month`` on or before ``today`` ("in February" in March 2020 is 2020-02;
    "last March" in March 2020 is 2019-03; "in December" in January 2021 is 2020-12)."""
    year = today.year if month <= today.month else today.year - 1
    if month == today.month and cue and cue.split()[0].lower() == "last":
        year -= 1
    return dt.date(year, month, 1)


def _relative_period(phrase: str, today: dt.date) -> tuple[dt.date, Precision]:
    words = phrase.split()
    unit = {"semana": "week", "mes": "month", "año": "year"}.get(words[1], words[-1])
    last = words[0] in {"last", "past", "la", "el"}
    if unit == "week":
        ref = today - dt.timedelta(days=7) if last else today
        monday = ref - dt.timedelta(days=ref.weekday())
        sunday = monday + dt.timedelta(days=6)
        if monday.month == sunday.month:
            return dt.date(monday.year, monday.month, 1), Precision.MONTH
        return dt.date(ref.year, 1, 1), Precision.YEAR
    if unit == "month":
        ref = (today.replace(day=1) - dt.timedelta(days=1)) if last else today
        return dt.date(ref.year, ref.month, 1), Precision.MONTH
    return dt.date(today.year - (1 if last else 0), 1, 1), Precision.YEAR


# --- datelines -------------------------------------------------------------------------------

_DATELINE = re.compile(
    rf"""(?x)^\s*
    (?P<place>[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ .'-]{{1,40}}?)\s*
    (?:,\s*(?:(?P<mon>{_MONTH})\s+)?(?P<dom>[0-3]?\d)(?:\s+(?P<mon2>{_MONTH}))?(?:,?\s+(?P<year>{_YEAR}))?\s*)?
    \(\s*(?P<agency>[A-Za-z][A-Za-z .&-]{{1,40}})\s*\)\s*(?:[-\u2013\u2014:]|$)
    """,
    re.IGNORECASE | re.MULTILINE,
)
# Without an agency, only a whole date before a dash: "YANGON, 3 February 2025 -"
_DATELINE_DATED = re.compile(
    rf"""(?x)^\s*
    (?P<place>[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ .'-]{{1,40}}?)\s*
    ,\s*(?:(?P<mon>{_MONTH})\s+)?(?P<dom>[0-3]?\d)(?:\s+(?P<mon2>{_MONTH}))?,?\s+(?P<year>{_YEAR})\s*
    (?P<agency>)[-\u2013\u2014:]
    """,
    re.IGNORECASE | re.MULTILINE,
)


@dataclass(frozen=True)
class Dateline:
    place: str
    agency: str
    day: dt.date | None
    end: int  # where the article body starts


def parse_dateline(text: str, published: dt.date | None = None) -> Dateline | None:
    """The dateline opening ``text`` (``BEIRUT, Nov 27 (Reuters) -``, ``MADRID, 27 (EUROPA PRESS)``).

    A day without a month takes the month of ``published`` (or, when that is unknown, nothing:
    the day alone does not date an article).
    """
    m = _DATELINE.match(text[:300]) or _DATELINE_DATED.match(text[:300])
    if not m or not m.group("place").strip().isupper():
        return None
    day = None
    if m.group("dom"):
        dom = int(m.group("dom"))
        mon = m.group("mon") or m.group("mon2")
        year = int(m.group("year")) if m.group("year") else (published.year if published else None)
        if mon and year:
            day = _safe(year, _MONTHS[mon.lower().rstrip(".")], dom)
            if day and not m.group("year") and published and day > published + dt.timedelta(days=2):
                day = _safe(year - 1, day.month, dom)  # "Dec 31" on a 2 January article: last year
        elif published:
            day = _safe(published.year, published.month, dom)
            if day and day > published + dt.timedelta(days=2):
                prev = published.replace(day=1) - dt.timedelta(days=1)
                day = _safe(prev.year, prev.month, dom)
    return Dateline(m.group("place").strip().rstrip(","), m.group("agency").strip(), day, m.end())
