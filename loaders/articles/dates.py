"""Dates in article text: datelines, explicit dates and relative expressions.

Every expression resolves against the article date (``today``) to a day plus the precision it
really has: "on 5 March 2020" is a day, "in July 2016" a month, "since 2015" a year, "last week"
the month of the week before, "this Wednesday" the day, and a month named without a year ("in
February") the most recent such month on or before the article date, at month precision.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from actorgraph.graph.dates import Precision, period_end

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    # Spanish
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    # French ("mars" and "mai" need a day or a cue, like "May")
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
}
_FULL_MONTHS = {name for name in _MONTHS if len(name) > 4} | {"may", "june", "july", "mayo", "enero", "mars", "mai",
                                                               "juin", "août", "aout"}
_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4, "sábado": 5,
    "sabado": 5, "domingo": 6,
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
}
# Counted words of the three languages ("two days after", "deux ans plus tard")
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10, "un": 1, "una": 1, "une": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "deux": 2,
            "trois": 3, "quatre": 4, "cinq": 5}
_MONTH = "(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = "(?:" + "|".join(sorted(_WEEKDAYS, key=len, reverse=True)) + ")"
_YEAR = r"(?:19[4-9]\d|20[0-4]\d)"
_NUMBER = r"(?:\d{1,2}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"

_APOS = "[’']"
# "the following year", "two years later", "the next month", "that year", "al año siguiente", "deux ans plus
# tard": a time counted from the one told before it (in the sentence, or for an opening one the sentence before)
_SEQ = rf"""(?:the\s+(?:following|next|same|previous|preceding)\s+(?:year|month|day)|(?:(?:later|earlier)\s+)?that\s+
      (?:same\s+)?(?:year|month|day)|{_NUMBER}\s+(?:year|month|day|week)s?\s+(?:later|earlier)
      |the\s+day\s+(?:before|after)(?=\s*[,.;]|\s+(?:and|but)\b)|el\s+(?:año|mes)\s+anterior|l{_APOS}année\s+précédente
      |le\s+mois\s+précédent|{_NUMBER}\s+(?:ans?|années?|mois)\s+plus\s+tôt
      |al\s+(?:año|mes)\s+siguiente|(?:ese|aquel)\s+mismo\s+(?:año|mes)|{_NUMBER}\s+(?:años?|mes(?:es)?)\s+(?:después|más\s+tarde)
      |l{_APOS}(?:année|an)\s+suivante?|le\s+mois\s+suivant|la\s+même\s+année|cette\s+année-là|le\s+même\s+mois
      |{_NUMBER}\s+(?:ans?|années?|mois)\s+plus\s+tard)"""
_REL_YEAR_ES = r"(?:año\s+(?:pasado|próximo|proximo)|pasado\s+año|próximo\s+año|este\s+año)\b"
_REL_YEAR_FR = rf"(?:l{_APOS}ann[ée]e\s+(?:derni[eè]re|prochaine)|cette\s+ann[ée]e)\b"
# "in January last year", "on 3 March this year", "en enero del año pasado": a month in the year counted so
_REL_YEAR = re.compile(rf"\s+(?:(?:of\s+)?(?:last|this|next)\s+year\b|del\s+{_REL_YEAR_ES}|de\s+(?:{_REL_YEAR_ES}"
                       rf"|{_REL_YEAR_FR}))", re.IGNORECASE)
_LAST_YEAR_WORDS = frozenset({"last", "pasado", "dernière", "derniere", "derniére"})
_NEXT_YEAR_WORDS = frozenset({"next", "próximo", "proximo", "prochaine"})
# One alternation, tried left to right at each position; the group name says what was found.
_EXPR = re.compile(
    rf"""(?ix)
    (?P<mark>\b(?:since|from|between|until|till|through|up\ to|desde|hasta|depuis|jusqu{_APOS}(?:à|au|en))\s+
       (?:the\ )?(?:(?:early|late|mid)[\s-]+|(?:start|beginning|end|middle)\s+of\s+
         |(?:el\ |los\ |las\ )?(?:finales|principios|mediados|fines|comienzos|inicios|final|comienzo|inicio)\s+del?\s+
         |(?:le\ |la\ )?(?:fin|début|debut|mi)(?:\s+de\s+|\s+d{_APOS}|[\s-]+))?)?
    (?:
      (?P<dmy>\b(?P<d1>[0-3]?\d)(?:st|nd|rd|th|er)?\s+(?:de\s+)?(?P<m1>{_MONTH})
        (?:,?\s+(?:de\s+|del\s+)?(?P<y1>{_YEAR}))?\b)
    | (?P<mdy>\b(?P<m2>{_MONTH})\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?P<y2>{_YEAR})\b)?)
    | (?P<my>\b(?P<m3>{_MONTH})\s+(?:de\s+|del\s+|of\s+)?(?P<y3>{_YEAR})\b)
    | (?P<iso>\b(?P<y4>{_YEAR})-(?P<m4>[01]\d)-(?P<d4>[0-3]\d)\b)
    | (?P<mo>\b(?P<cue>(?:in|during|by|of|last|this|early|late|mid|en|de|début|debut|fin|mi)[\s-]+
                     (?:(?:early|late|mid)[\s-]+)?)?
        (?P<m5>{_MONTH})\b(?!\s*(?:[0-3]?\d\b|{_YEAR}|de\s(?!{_REL_YEAR_FR})|del\s(?!{_REL_YEAR_ES})
          |of\s(?!(?:last|this|next)\s+year)|,\s*{_YEAR})))
    | (?P<ago>\b(?P<n1>{_NUMBER})\s+(?P<u1>day|week|month|year)s?\s+ago\b)
    | (?P<hace>\b(?:hace|il\ y\ a)\s+(?P<n2>{_NUMBER})\s+
        (?P<u2>d[ií]as?|semanas?|mes(?:es)?|años?|jours?|semaines?|mois|ans?|années?)\b)
    | (?P<span>\b(?P<ya>{_YEAR})\s*[-\u2013/]\s*(?P<yb>{_YEAR}|\d\d)\b(?!\s*[-\u2013/]\s*\d))
    | (?P<year>\b(?P<y5>{_YEAR})\b)
    | (?P<season>\b(?P<srel>last|this|next|this\s+past|past)\s+(?P<sn>spring|summer|autumn|fall)\b)
    | (?P<wd>\b(?:(?P<rel>this|last|next|on|el|este|el\ pasado|el\ pr[oó]ximo|ce)\s+)?(?P<w>{_WEEKDAY})\b
        (?:\s+(?P<after>pasado|pr[oó]ximo|dernier|prochain)\b)?)
    | (?P<seq>\b{_SEQ}\b)
    | (?P<rw>\b(?:(?:last|this|next|past)\s+(?:week|month)|(?<!\bthe\s)(?:last|this|next|past)\s+year
               |la\ semana\ pasada|el\ mes\ pasado|el\ año\ pasado|esta\ semana|este\ mes|este\ año
               |del\ año\ pasado|del\ mes\ pasado
               |la\ semaine\ derni[eè]re|le\ mois\ dernier|l{_APOS}an\ dernier|l{_APOS}ann[ée]e\ derni[eè]re
               |cette\ semaine|ce\ mois-ci|cette\ ann[ée]e)\b)
    | (?P<weekend>\b(?P<wk>last|over\ the|at\ the|during\ the|this\ past)\s+weekend\b)
    | (?P<day>\b(?:today|yesterday|tonight|last\ night|this\ (?:morning|afternoon|evening)|hoy|ayer|anoche
               |esta\ mañana|hier|aujourd{_APOS}hui|ce\ matin)\b)
    )
    """
)
# Every expression holds one of these words (or a digit), at most ~40 characters after its start: the
# full pattern is tried only near them (same matches, a fraction of the cost on long sentences).
_ANCHOR_WORDS = frozenset({*_MONTHS, *_WEEKDAYS, "today", "yesterday", "tonight", "night", "morning", "afternoon",
                           "evening", "hoy", "ayer", "anoche", "mañana", "hier", "aujourd", "matin", "week", "month",
                           "year", "semana", "mes", "año", "semaine", "mois", "an", "année", "annee", "ago", "días",
                           "dias", "día", "dia", "semanas", "meses", "años", "jours", "jour", "semaines", "ans",
                           "années", "annees", "months", "years", "later", "tard", "después", "siguiente",
                           "suivant", "suivante", "earlier", "previous", "preceding", "anterior", "précédente",
                           "précédent", "tôt", "day", "days", "weeks", "spring", "summer", "autumn",
                           "fall", "weekend"})
_ANCHOR = re.compile(r"\d+|\b(?:" + "|".join(sorted(_ANCHOR_WORDS, key=len, reverse=True)) + r")\b", re.IGNORECASE)
_ANCHOR_WORD = re.compile(r"(?:" + "|".join(sorted(_ANCHOR_WORDS, key=len, reverse=True)) + ")", re.IGNORECASE)
# The first word of every expression (or a number): only where a word of these begins can one begin
_FIRST_WORDS = frozenset({
    *_MONTHS, *_WEEKDAYS, *NUMBER_WORDS, "since", "from", "between", "until", "till", "through", "up", "desde", "hasta",
    "depuis", "jusqu", "in", "during", "by", "of", "last", "this", "early", "late", "mid", "en", "de", "début",
    "debut", "fin", "mi", "hace", "il", "next", "on", "el", "este", "esta", "ce", "cette", "the", "a", "that", "past",
    "la", "le", "l", "al", "del", "ese", "aquel", "today", "yesterday", "tonight", "hoy", "ayer", "anoche", "hier",
    "aujourd", "later", "earlier", "over", "at",
})
_WORD = re.compile(r"\w+")
_LOOKBACK, _LOOKAHEAD = 48, 80
# "will meet on Monday", "due to take effect on Monday": a weekday ahead of the article date
_FUTURE = re.compile(r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)"  # "was due to take effect on Monday" is past
                     r"\b(?:will|shall|due\s+to|set\s+to|expected\s+to|scheduled\s+(?:to|for)|is\s+to|are\s+to|"
                     r"plans?\s+to|planned\s+(?:to|for))\b[^.;:]*$", re.IGNORECASE)
# "the deadliest attack since 2019", "the first gains since 2016", "the largest offensive since": a comparison
_COMPARED = re.compile(r"\b(?:\w{3,}est|first|worst|most\s+\w+|biggest)\b(?:\s+[\w-]+){0,3}\s*$", re.IGNORECASE)
_RANGE_END = re.compile(r"\s*(?:to|until|till|through|and|[-\u2013])\s*", re.IGNORECASE)
_NUMBERED = re.compile(r"\b(?:resolutions?|resoluci[oó]n|r[ée]solution|No\.|n[º°o]\.?)\s*$", re.IGNORECASE)
_LAST_AFTER = re.compile(r"\s+(?:dernier|pass[ée]|pasado)\b", re.IGNORECASE)
_RELATIVE_CUES = frozenset({"last", "this"})  # "last March" counts from the article date, not the sentence's year
_FORWARD = frozenset({"next", "el próximo", "el proximo", "próximo", "proximo", "prochain"})


@dataclass(frozen=True)
class TimeExpr:
    """One date expression: where it is, the day it names, its precision and its role."""

    start: int
    end: int
    day: dt.date
    precision: Precision
    role: str  # "at", "since" or "until"
    has_year: bool = True  # the text names the year (not "in March", "on 5 May", "on Monday")
    # the part of a year the text names, first and last day ("in the spring of 2021", "early 2020", "last summer"):
    # the precision stays the year's, but the actors valid then are chosen within it
    within: tuple[dt.date, dt.date] | None = None


def _mark_role(mark: str | None) -> str:
    if not mark:
        return "at"
    word = re.split(r"[\s’']", mark.strip())[0].lower()
    return "until" if word in {"until", "till", "through", "up", "hasta", "jusqu"} else "since"


def _weekday(today: dt.date, weekday: int, rel: str | None, forward: bool = False) -> dt.date:
    """The weekday nearest before (or on) ``today``: news reports the past ("this Wednesday" too); with
    ``forward`` ("next Monday", "will meet on Monday") the nearest one after ``today``."""
    if forward:
        ahead = (weekday - today.weekday()) % 7
        return today + dt.timedelta(days=ahead or 7)
    back = (today.weekday() - weekday) % 7
    if rel and rel.lower() in {"last", "el pasado"} and back == 0:
        back = 7
    return today - dt.timedelta(days=back)


def _safe(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _anchors(text: str, words: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans ``_ANCHOR.finditer(text)`` gives, read from the words of ``text`` (``words``: their spans): a
    word that is an anchor word, else the numbers inside it."""
    out: list[tuple[int, int]] = []
    for start, end in words:
        word = text[start:end]
        if word.lower() in _ANCHOR_WORDS if word.isascii() else _ANCHOR_WORD.fullmatch(word):
            out.append((start, end))
        elif not word.isalpha():
            out.extend(m.span() for m in _DIGITS.finditer(text, start, end))
    return out


_DIGITS = re.compile(r"\d+")


def _search(text: str, words: list[tuple[int, int]], lo: int, hi: int) -> re.Match[str] | None:
    """``_EXPR.search(text, lo, hi)``, tried only where a word that may open an expression begins."""
    for k in range(bisect_left(words, (lo, -1)), len(words)):
        start, end = words[k]
        if start >= hi:
            break
        word = text[start:min(end, hi)]
        if not word.isascii() or word[0].isdigit() or word.lower() in _FIRST_WORDS:
            m = _EXPR.match(text, start, hi)
            if m:
                return m
    return None


def _matches(text: str) -> list[re.Match[str]]:
    """``_EXPR.finditer(text)``, tried only around the anchor words."""
    out: list[re.Match[str]] = []
    pos = 0
    words = [m.span() for m in _WORD.finditer(text)]
    for a_start, a_end in _anchors(text, words):
        if a_start < pos:
            continue
        m = _search(text, words, max(pos, a_start - _LOOKBACK), min(len(text), a_end + _LOOKAHEAD))
        if m and m.start() <= a_end:
            out.append(m)
            pos = m.end()
    return out


def find_dates(text: str, today: dt.date | None, known: Precision = Precision.DAY, *, narrative: bool = False,
               before: str = "") -> list[TimeExpr]:
    """Every date expression in ``text``; relative ones only when ``today`` is known: to the day for
    "on Tuesday", "yesterday", "two weeks ago", "last month"; to the month (``known``) for "in March"
    and "27 November", counted from the month's last day. An article known only by its year resolves
    neither ("in March" could be that year's or the year before's).

    Parameters
    ----------
    narrative
        the text tells a history rather than the news of its day (see :func:`reads_as_news`): a month or
        day named without a year takes the year the sentence named before it ("in early 2014, ... in
        February" is February 2014), not the article's.
    before
        the sentence before ``text``: "at that time", "at the time" is its (last) date.

    Examples
    --------
    >>> [(e.day.isoformat(), e.precision.value, e.role) for e in find_dates("since 3 March", dt.date(2024, 5, 1))]
    [('2024-03-03', 'day', 'since')]
    >>> [e.day.isoformat() for e in find_dates("It struck in June.", None, before="It rose in May 2011.")]
    []
    >>> [e.day.isoformat() for e in find_dates("At that time it split.", None, before="It rose in May 2011.")]
    ['2011-05-01']
    """
    month = today if known is not Precision.YEAR else None
    found = list(_find_dates(text, month, known is Precision.DAY, narrative))
    that_time = (_THAT_TIME.search(text) or _BORN_WHEN.match(text)) if before else None
    earlier = [e for e in _find_dates(before, month, known is Precision.DAY, narrative) if e.role == "at"] if (
        before) else []
    if that_time and earlier:
        found.append(TimeExpr(that_time.start(), that_time.end(), earlier[-1].day, earlier[-1].precision, "at"))
        found.sort(key=lambda e: e.start)
    sequel = _OPENING_SEQUEL.match(text) if earlier else None
    # "The following year": from the last year told before; "The next day": from the last day told before
    by_day = sequel is not None and _sequel(sequel.group("seq"))[1] in {"day", "week"}
    told = [e for e in earlier if (e.precision is Precision.DAY if by_day else e.has_year)]
    counted = _counted(told[-1], sequel.group("seq")) if sequel and told else None
    if sequel and counted:  # "The following year, ...", "Two months later": counted from the sentence before
        found = [e for e in found if not sequel.start("seq") <= e.start < sequel.end("seq")]
        found.append(TimeExpr(sequel.start("seq"), sequel.end("seq"), *counted, "at"))
        found.sort(key=lambda e: e.start)
    return found


# "The following year, ...", "In the same year", "A year later": a sentence dated by the one before (when the
# year it counts from is not its own)
_OPENING_SEQUEL = re.compile(r"\W*(?:(?:in|during|by|en|durante)\s+)?(?P<seq>" + _SEQ +
                             r")\b(?![^.;]*\b(?:19|20)\d\d\b)", re.IGNORECASE | re.VERBOSE)


def _sequel(phrase: str) -> tuple[int, str]:
    """How many years or months a sequel phrase counts on, and which ("two years later": (2, "year"); "that
    month", "la même année": (0, ...))."""
    words = re.split(r"[\s’'-]+", phrase.lower())
    units = {"month": "month", "months": "month", "mes": "month", "meses": "month", "mois": "month", "day": "day",
             "days": "day", "week": "week", "weeks": "week"}
    unit = next((units[w] for w in words if w in units), "year")
    back = -1 if {"earlier", "previous", "preceding", "anterior", "précédente", "précédent", "tôt", "before"} & set(
        words) else 1
    if words[0] in NUMBER_WORDS or words[0].isdigit():
        return back * (int(words[0]) if words[0].isdigit() else NUMBER_WORDS[words[0]]), unit
    return back * (0 if {"same", "that", "mismo", "même", "là", "ese", "aquel", "cette"} & set(words) else 1), unit


def add_months(day: dt.date, months: int) -> dt.date:
    """The first day of the month ``months`` after ``day``'s (before it when negative)."""
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _counted(told: TimeExpr, phrase: str) -> tuple[dt.date, Precision] | None:
    """The time a sequel ``phrase`` names, counted from the date ``told`` before it (a month's count needs a
    month or a day told)."""
    count, unit = _sequel(phrase)
    if unit == "year":
        return dt.date(told.day.year + count, 1, 1), Precision.YEAR
    if unit in {"day", "week"}:  # "the next day", "a week later": counted from a day told, never a month
        if told.precision is not Precision.DAY:
            return None
        return told.day + dt.timedelta(days=count * (7 if unit == "week" else 1)), Precision.DAY
    if told.precision is Precision.YEAR:
        return None
    return add_months(told.day, count), Precision.MONTH


# "at that time", "at the time" (not "at the time of writing"): the time the sentence before told
_THAT_TIME = re.compile(r"\b(?:at|by)\s+(?:that|the)\s+time\b(?!\s+(?:of|when)\b)", re.IGNORECASE)


# "This group was born when ...", "Esta agrupación nació cuando ...", "Ce mouvement est né lorsque ...": the
# birth of an actor the sentence before dated ("X, which emerged in late 2024 after a split, ..."), told again
_BORN_WHEN = re.compile(
    r"\W*(?:this|that|the|esta|este|esa|ese|dicha|dicho|ce|cet|cette)\s+(?:[\w-]+\s+){1,3}?"
    r"(?:was\s+(?:born|formed|founded|created|set\s+up)|emerged|came\s+into\s+being|nació|surgió|se\s+(?:formó|fundó|creó)"
    r"|fue\s+(?:fundad|cread|formad)[oa]|est\s+née?|a\s+été\s+(?:fondée?|créée?|formée?)|est\s+apparue?)\s+"
    r"(?:when|as|after|cuando|tras|lorsque|quand|après)\b(?![^.;]*\b(?:19|20)\d\d\b)", re.IGNORECASE)


def refers_to_earlier_time(sentence: str) -> bool:
    """Whether ``sentence`` dates itself by the sentence before ("At that time, ...", "The following year",
    "This group was born when ...")."""
    return bool(_THAT_TIME.search(sentence) or _OPENING_SEQUEL.match(sentence) or _BORN_WHEN.match(sentence))


# "for years", "for over a decade", "its 40-year campaign": what the sentence tells has gone on a long time
_DURATION = re.compile(
    r"\bfor\s+(?:(?:well\s+)?(?:over|more\s+than|nearly|almost|about|around|some|at\s+least|the\s+(?:past|last))\s+)?"
    r"(?:(?:a|an|\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|a\s+few)\s+)?(?:years|decades?)\b"
    r"|\b\d+-year(?:-long)?\s+(?:\w+\s+)?(?:war|campaign|insurgency|conflict|struggle|rivalry|fight)"
    # "in the following months", "in the years that followed", "over the next weeks": after an earlier time
    r"|\b(?:in|over|during)\s+the\s+(?:(?:following|next|subsequent|ensuing)\s+(?:few\s+)?(?:weeks|months|years)"
    r"|(?:weeks|months|years)\s+(?:that\s+followed|since|after))\b"
    # "in the past year", "over the last twelve months": the months up to the report, no calendar year
    r"|\b(?:in|over|during|within|throughout)\s+the\s+(?:past|last)\s+(?:year|twelve\s+months|12\s+months)\b",
    re.IGNORECASE,
)


def tells_duration(sentence: str) -> bool:
    """Whether ``sentence`` tells something that has lasted years ("have been rivals for years", "has waged
    war for over a decade"): not an event of the day it was written."""
    return bool(_DURATION.search(sentence))


# Words that count from the day a text was written: news of the day says them, a profile or a history does not
_NEWS_WORDS = re.compile(
    r"\b(?:today|yesterday|tonight|last\s+night|this\s+(?:morning|afternoon|evening|week)|last\s+week|"
    r"\d+\s+days?\s+ago|hoy|ayer|anoche|esta\s+semana|hier|aujourd|cette\s+semaine|"
    + _WEEKDAY + r")\b",
    re.IGNORECASE,
)


# "CAIRO:", "ADDIS ABABA -", "PORT-AU-PRINCE –": a place in capitals opening the text
_PLACE_OPENING = re.compile(r"\s*[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ .'-]{2,40}(?:,\s*[A-Z][A-Za-z .]{1,30})?\s*[:\u2013\u2014-]\s")
_NEWS_LEAD = 3000  # characters in which a day close to the publication day is sought
_NEWS_DAYS = 14


def reads_as_news(text: str, published: dt.date | None = None) -> bool:
    """Whether ``text`` reads as news of its day: it opens with a dateline, counts days from its own ("on
    Tuesday", "yesterday", "this week"), or its lead names a day of the two weeks before ``published``.
    Only news dates an undated event to the publication day; a profile or a history does not.

    Examples
    --------
    >>> reads_as_news("KABUL: Fighting resumed."), reads_as_news("The group was founded in 1994.")
    (True, False)
    >>> reads_as_news("Talks began on 3 May in Doha.", dt.date(2021, 5, 10))
    True
    """
    if parse_dateline(text) is not None or _PLACE_OPENING.match(text) or _NEWS_WORDS.search(text):
        return True
    if published is None:
        return False
    days = _find_dates.__wrapped__(text[:_NEWS_LEAD], published, True)
    return any(e.precision is Precision.DAY and 0 <= (published - e.day).days <= _NEWS_DAYS for e in days)


@lru_cache(maxsize=128)
def _find_dates(text: str, month: dt.date | None, day_known: bool, narrative: bool = False) -> tuple[TimeExpr, ...]:
    """The dates of one sentence, cached for about one article: the rules and the parse read the same
    sentences. ``month``: the article's day, or the month it is known by."""
    today = month if day_known else None
    if month and not day_known:
        month = period_end(month, Precision.MONTH)
    found: list[TimeExpr] = []
    opened: int | None = None  # where a "from X" / "between X" that may be closed by "to Y" ended
    told: int | None = None  # the year the sentence last named ("the following year"; in a narrative "in June")
    last: TimeExpr | None = None  # the last date with a year the sentence named ("two months later")
    last_day: TimeExpr | None = None  # the last day it named ("on Sunday ..., and the next day ...")
    skip_to = -1  # the end of a relative year read with the month before it ("in January last year")
    for m in _matches(text):
        if m.start() < skip_to:
            continue
        end = m.end()
        role = _mark_role(m.group("mark"))
        if role == "since" and _COMPARED.search(text, max(0, m.start() - 60), m.start()):
            continue  # "the deadliest attack since 2019" compares, it starts nothing
        closes = opened is not None and bool(_RANGE_END.fullmatch(text, opened, m.start()))
        if closes:
            role = "until"  # "from 2014 to 2017", "between March and June 2015": the second ends the period
        opened = None
        day: dt.date | None = None
        precision = Precision.DAY
        within: tuple[dt.date, dt.date] | None = None
        if m.group("dmy") or m.group("mdy"):
            month_of = _MONTHS[(m.group("m1") or m.group("m2")).lower().rstrip(".")]
            dom = int(m.group("d1") or m.group("d2"))
            year_text = m.group("y1") or m.group("y2")
            if year_text:
                day = _safe(int(year_text), month_of, dom)
            elif month and (rel_year := _relative_year(text, m.end(), month)):
                day, end = _safe(rel_year[0], month_of, dom), rel_year[1]
                skip_to = end
            elif told and narrative:
                day = _safe(told, month_of, dom)
            elif month:
                day = _safe(month.year, month_of, dom)
                if day and day > month + dt.timedelta(days=2) and not _FUTURE.search(text[:m.start()]):
                    day = _safe(month.year - 1, month_of, dom)  # "Dec 20" read in January: last year
        elif m.group("my"):
            day, precision = _safe(int(m.group("y3")), _MONTHS[m.group("m3").lower().rstrip(".")], 1), Precision.MONTH
        elif m.group("mo"):
            word = m.group("m5")
            if not (m.group("cue") or m.group("mark")) or (word.islower() and word.lower() in {"may", "mar"}):
                continue  # a bare "May" is a verb more often than a month
            year_told = told if narrative else None
            if word.rstrip(".").lower() not in _FULL_MONTHS or not (month or year_told):
                continue
            month_number = _MONTHS[word.lower().rstrip(".")]
            cue = (m.group("cue") or "").split()
            if _LAST_AFTER.match(text, m.end()):
                cue = ["last"]  # "en mars dernier", "en octubre pasado": the last such month before the article
            rel_year = _relative_year(text, m.end(), month) if month else None
            if rel_year:
                day, precision, end = dt.date(rel_year[0], month_number, 1), Precision.MONTH, rel_year[1]
                skip_to = end
            elif year_told and not (cue and cue[0].lower() in _RELATIVE_CUES):
                day, precision = dt.date(year_told, month_number, 1), Precision.MONTH
            elif month:
                day, precision = _latest_month(month, month_number, " ".join(cue) or None), Precision.MONTH
        elif m.group("iso"):
            day = _safe(int(m.group("y4")), int(m.group("m4")), int(m.group("d4")))
        elif (m.group("ago") or m.group("hace")) and today:
            number = (m.group("n1") or m.group("n2")).lower()
            count = int(number) if number.isdigit() else NUMBER_WORDS[number]
            day, precision = _ago(today, count, _UNITS[(m.group("u1") or m.group("u2")).lower()])
        elif m.group("span"):  # "2014-2017", "in 2020-21": a period, from its first year to its last
            first_year, tail = int(m.group("ya")), m.group("yb")
            last_year = int(tail) if len(tail) == 4 else first_year // 100 * 100 + int(tail)
            if first_year < last_year <= first_year + 30 and not (len(tail) == 2 and int(tail) <= 12):
                if role != "until":  # "until 2016-17" ends in 2017
                    found.append(TimeExpr(m.start(), m.end("ya"), dt.date(first_year, 1, 1), Precision.YEAR, "since"))
                found.append(TimeExpr(m.start("yb"), m.end(), dt.date(last_year, 1, 1), Precision.YEAR, "until"))
                last, told = found[-1], last_year
                continue
            # "2010-11" may be a month of 2010: the year alone
            day, precision, end = dt.date(first_year, 1, 1), Precision.YEAR, m.end("ya")
        elif m.group("season") and today:
            day, precision = _season(today, m.group("sn").lower(), m.group("srel").lower()), Precision.YEAR
            within = _part_of_year(day.year, m.group("sn"))
        elif m.group("year"):
            if _NUMBERED.search(text, max(0, m.start() - 16), m.start()):
                continue  # "Resolution 2042", "Law No. 2019": a number, not a year
            day, precision = dt.date(int(m.group("y5")), 1, 1), Precision.YEAR
            part = _PART_BEFORE.search(text, max(0, m.start("y5") - 40), m.start("y5"))
            within = _part_of_year(day.year, part.group(1)) if part else None
        elif m.group("wd") and today:
            rel = m.group("rel")
            forward = bool({(rel or "").lower(), (m.group("after") or "").lower()} & _FORWARD) or (
                not (rel or "").lower().startswith(("last", "el pasado")) and not m.group("after")
                and bool(_FUTURE.search(text[max(0, m.start() - 60):m.start()])))
            day = _weekday(today, _WEEKDAYS[m.group("w").lower()], rel if not m.group("after") else "last", forward)
        elif m.group("seq"):
            told_before = last_day if _sequel(m.group("seq"))[1] in {"day", "week"} else last
            counted = _counted(told_before, m.group("seq")) if told_before is not None else None
            if counted is None:
                continue  # "the following year" counts from a year the sentence named
            day, precision = counted
            told = day.year
        elif m.group("rw") and today:
            day, precision = _relative_period(m.group("rw").lower(), today)
        elif m.group("weekend") and today:
            weekend = _weekend(today, m.group("wk").lower() == "last")
            if weekend is None:
                continue
            day, precision = weekend
        elif m.group("day") and today:
            word = m.group("day").lower()
            back = word in {"yesterday", "ayer", "hier", "last night", "anoche"}
            day = today - dt.timedelta(days=1) if back else today
        if day is not None:
            has_year = any(m.group(y) for y in ("y1", "y2", "y3", "y4", "y5", "ya"))
            if closes and has_year and found and not found[-1].has_year:
                # "from March to June 2015": the start takes the end's year (the one before, if its month is later)
                first = found[-1]
                year = day.year - (first.day.month > day.month)
                start_day = _safe(year, first.day.month, first.day.day) or first.day
                found[-1] = TimeExpr(first.start, first.end, start_day, first.precision, first.role, False)
            found.append(TimeExpr(m.start(), end, day, precision, role, has_year, within))
            if has_year or m.group("seq"):
                last = found[-1]
            if precision is Precision.DAY:
                last_day = found[-1]
            if (m.group("mark") or "").strip().lower() in {"from", "between"}:
                opened = m.end()
            if has_year:
                told = day.year
    return tuple(found)


# "early 2020", "the end of 2015", "the spring of 2021", "summer 2018": a part of the year that follows
_PART_BEFORE = re.compile(r"\b(early|late|mid|(?:start|beginning|end|middle|first\s+half|second\s+half)\s+of"
                          r"|(?:spring|summer|autumn|fall)(?:\s+of)?)[\s-]+$", re.IGNORECASE)
_PARTS = {"early": (1, 4), "start": (1, 4), "beginning": (1, 4), "mid": (5, 8), "middle": (5, 8), "late": (9, 12),
          "end": (9, 12), "first": (1, 6), "second": (7, 12), "spring": (3, 5), "summer": (6, 8), "autumn": (9, 11),
          "fall": (9, 11)}


def _part_of_year(year: int, part: str) -> tuple[dt.date, dt.date]:
    """The first and last day of the ``part`` of ``year`` ("early": January to April, "summer": June to August)."""
    first, last = _PARTS[part.split()[0].lower()]
    return dt.date(year, first, 1), period_end(dt.date(year, last, 1), Precision.MONTH)


def _weekend(today: dt.date, last: bool) -> tuple[dt.date, Precision] | None:
    """The weekend before ``today`` ("over the weekend"; "last weekend" said on a Saturday or a Sunday is the one
    before): its month when both days lie in one, else nothing."""
    saturday = today - dt.timedelta(days=(today.weekday() - 5) % 7)
    if last and today - saturday < dt.timedelta(days=2):
        saturday -= dt.timedelta(days=7)
    sunday = saturday + dt.timedelta(days=1)
    if (saturday.year, saturday.month) != (sunday.year, sunday.month):
        return None
    return dt.date(saturday.year, saturday.month, 1), Precision.MONTH


_SEASON_END = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11}  # the last month of each (northern) season


def _season(today: dt.date, season: str, rel: str) -> dt.date:
    """The year of "last summer", "this spring", "next autumn" said on ``today`` (winter spans two years and
    is not read): the last one over by then, the one of its year, the first one to come."""
    end = _SEASON_END[season]
    if rel.split()[-1] in {"last", "past"}:
        return dt.date(today.year - (today.month <= end), 1, 1)
    if rel == "next":
        return dt.date(today.year + (today.month > end - 3), 1, 1)
    return dt.date(today.year, 1, 1)


def _relative_year(text: str, at: int, today: dt.date) -> tuple[int, int] | None:
    """The year "last year", "this year", "del año pasado" right at ``at`` names, and where it ends."""
    m = _REL_YEAR.match(text, at)
    if m is None:
        return None
    words = set(re.split(r"[\s’']+", m.group().lower()))
    return today.year - bool(words & _LAST_YEAR_WORDS) + bool(words & _NEXT_YEAR_WORDS), m.end()


_UNITS = {"day": "day", "días": "day", "dias": "day", "día": "day", "dia": "day", "jour": "day", "jours": "day",
          "week": "week", "semana": "week", "semanas": "week", "semaine": "week", "semaines": "week",
          "month": "month", "mes": "month", "meses": "month", "mois": "month",
          "year": "year", "año": "year", "años": "year", "an": "year", "ans": "year", "année": "year",
          "années": "year"}


def _ago(today: dt.date, count: int, unit: str) -> tuple[dt.date, Precision]:
    """``count`` units before ``today``: days at day precision, weeks as "last week" (their month), months
    at month precision, years at year precision."""
    if unit == "day":
        return today - dt.timedelta(days=count), Precision.DAY
    if unit == "week":
        return _week(today - dt.timedelta(days=7 * count))
    if unit == "month":
        index = today.year * 12 + today.month - 1 - count
        return dt.date(index // 12, index % 12 + 1, 1), Precision.MONTH
    return dt.date(today.year - count, 1, 1), Precision.YEAR


def _week(ref: dt.date) -> tuple[dt.date, Precision]:
    """The week holding ``ref``: its month when the whole week lies in one month, else its year."""
    monday = ref - dt.timedelta(days=ref.weekday())
    sunday = monday + dt.timedelta(days=6)
    if monday.month == sunday.month:
        return dt.date(monday.year, monday.month, 1), Precision.MONTH
    return dt.date(ref.year, 1, 1), Precision.YEAR


def _latest_month(today: dt.date, month: int, cue: str | None) -> dt.date:
    """The most recent ``month`` on or before ``today`` ("in February" in March 2020 is 2020-02;
    "last March" in March 2020 is 2019-03; "in December" in January 2021 is 2020-12)."""
    year = today.year if month <= today.month else today.year - 1
    if month == today.month and cue and cue.split()[0].lower() == "last":
        year -= 1
    return dt.date(year, month, 1)


_PERIOD_WORDS = {"semana": "week", "semaine": "week", "mes": "month", "mois": "month", "año": "year", "an": "year",
                 "année": "year", "annee": "year"}
_LAST_WORDS = frozenset({"last", "past", "pasada", "pasado", "dernière", "derniere", "dernier"})


def _relative_period(phrase: str, today: dt.date) -> tuple[dt.date, Precision]:
    """"last week" (its month, or its year when it spans two months), "this month", "el año pasado"..."""
    words = re.split(r"[\s’'-]+", phrase)
    unit = next((_PERIOD_WORDS.get(w, w) for w in words if _PERIOD_WORDS.get(w, w) in {"week", "month", "year"}),
                "year")
    step = -1 if _LAST_WORDS & set(words) else 1 if "next" in words else 0  # "next year" is the one after
    if unit == "week":
        return _week(today + dt.timedelta(days=7 * step))
    if unit == "month":
        index = today.year * 12 + today.month - 1 + step
        return dt.date(index // 12, index % 12 + 1, 1), Precision.MONTH
    return dt.date(today.year + step, 1, 1), Precision.YEAR


# --- datelines -------------------------------------------------------------------------------

# The country or region after the place: "KYIV, Ukraine (AP) -", "MOSUL, Iraq, 10 July 2017 -"
_REGION = rf"(?:,\s*(?P<region>(?!(?:{_MONTH})\b)[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,3}})\s*)?"
_DATELINE = re.compile(
    rf"""(?x)^\s*
    (?P<place>[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ .'-]{{1,40}}?)\s*{_REGION}
    (?:,\s*(?:(?P<mon>{_MONTH})\s+)?(?P<dom>[0-3]?\d)(?:\s+(?P<mon2>{_MONTH}))?(?:,?\s+(?P<year>{_YEAR}))?\s*)?
    \(\s*(?P<agency>[A-Za-z][A-Za-z .&-]{{1,40}})\s*\)\s*(?:[-\u2013\u2014:]|$)
    """,
    re.IGNORECASE | re.MULTILINE,
)
# Without an agency, a whole date before a dash or a full stop ("YANGON, 3 February 2025 -", "Goma, 3 May 2024."),
# or a month and a day after a place in capitals, its country allowed ("MANILA, May 20 -",
# "MAIDUGURI, Nigeria, March 12 -")
_DATELINE_DATED = re.compile(
    rf"""(?x)^\s*
    (?P<place>[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ .'-]{{1,40}}?)\s*{_REGION}
    ,\s*(?:(?P<mon>{_MONTH})\s+)?(?P<dom>[0-3]?\d)(?:\s+(?P<mon2>{_MONTH}))?(?:,?\s+(?P<year>{_YEAR}))?\s*
    (?P<agency>)(?:[-\u2013\u2014:]|(?P<stop>\.)(?=\s))
    """,
    re.IGNORECASE | re.MULTILINE,
)


_PLACE_LINKS = frozenset({"au", "de", "du", "des", "del", "la", "le", "el", "es", "of", "on", "sur", "al", "d", "l"})


def _title_place(place: str) -> bool:
    """A place name in title case ("Port-au-Prince", "The Hague", "Bangui"), not a phrase ("The offensive")."""
    words = [w for w in re.split(r"[\s'-]+", place.strip()) if w]
    return 0 < len(words) <= 5 and words[0][0].isupper() and all(
        w[0].isupper() or w.lower() in _PLACE_LINKS for w in words)


@dataclass(frozen=True)
class Dateline:
    place: str
    agency: str
    day: dt.date | None
    end: int  # where the article body starts
    month_named: bool = False  # the dateline names its month ("Nov 27"), not only a day ("27")


def parse_dateline(text: str, published: dt.date | None = None) -> Dateline | None:
    """The dateline opening ``text`` (``BEIRUT, Nov 27 (Reuters) -``, ``MADRID, 27 (EUROPA PRESS)``).

    A day without a month takes the month of ``published`` (or, when that is unknown, nothing:
    the day alone does not date an article).
    """
    m = _DATELINE.match(text[:300])
    if m is None and (m := _DATELINE_DATED.match(text[:300])):
        place = m.group("place").strip()
        if m.group("stop") and not m.group("year"):
            return None  # "Kabul, 12." opens no dateline: a date closed by a full stop must be whole
        if m.group("year") and not m.group("region") and _title_place(place):
            pass  # "Port-au-Prince, 14 March 2024 -": with a whole date, the place may be in title case
        elif not (place.isupper() and (m.group("mon") or m.group("mon2"))):
            return None  # "MANILA, May 20 -": a place in capitals and a month
    elif not m or not m.group("place").strip().isupper():
        return None
    day, mon = None, None
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
    return Dateline(m.group("place").strip().rstrip(","), m.group("agency").strip(), day, m.end(), bool(mon))
