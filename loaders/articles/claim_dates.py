"""The date roles of an article claim: start, end, event day or observation (see ``docs/model.md``).

``since X`` starts a relation and ``until X`` ends it whatever the verb; a plain date ("in 2013", "on
Sunday") takes the role its clause gives it: the day of an attack or a truce (``event``), the start of
what a start verb tells ("began", "was formed", "pledged"), the end of what an end verb tells ("split",
"left"), else the time the relation was reported as holding (``observed``). A relation told in the
present with no date of its own is observed on the publication date; an attack or a ceasefire without a
date takes the publication date as its day when the article reads as news of its day, else it is observed
then (a profile tells past events).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from itertools import pairwise
from typing import Any

from actorgraph.graph.dates import Precision, period_end
from actorgraph.graph.model import RelationType
from actorgraph.loaders.articles.dates import NUMBER_WORDS, TimeExpr

EVENT_TYPES = frozenset({RelationType.ATTACKS, RelationType.CEASEFIRE_WITH})


def _best(dates: list[TimeExpr]) -> TimeExpr:
    return max(dates, key=lambda d: (d.precision is Precision.DAY, d.precision is Precision.MONTH))


def date_fields(type_: RelationType, role: str, dates: list[TimeExpr], published: dt.date | None,
                published_precision: Precision = Precision.DAY, *, present: bool, ended: bool,
                news: bool = True, earlier: bool = False) -> dict[str, Any]:
    """``valid_from``/``valid_to``/``observed`` (with precisions) of one claim.

    Parameters
    ----------
    type_
        the relation type.
    role
        what a plain date of the clause means: ``start``, ``end``, ``event``, ``observed`` or ``none``
        (the clause's dates are an endpoint's: "set up under another name, Y, in 2011").
    dates
        the dates that belong to the claim (its clause first, then its sentence), endpoint dates removed.
    published
        the article date.
    published_precision
        how much of it is known (an article dated "2018" dates an undated event to 2018, not 1 January).
    present
        the relation is told as holding when the article was written.
    ended
        the relation is told as over ("former", "split").
    news
        the article reads as news of its day: only then is an undated event taken to have happened on the
        publication day (a profile or a history that does not date an attack only shows it had happened).
    earlier
        the clause tells the event as before the news ("had attacked", "previously struck", "once fought"):
        an undated one is then observed on the publication day, not taken to have happened on it.
    """
    out: dict[str, Any] = {}
    if role == "none":
        return out
    since = [d for d in dates if d.role == "since"]
    until = [d for d in dates if d.role == "until"]
    at = [d for d in dates if d.role == "at"]
    if since:
        out["valid_from"], out["valid_from_precision"] = since[0].day, since[0].precision
    if until:
        out["valid_to"], out["valid_to_precision"] = period_end(until[0].day, until[0].precision), until[0].precision
    if at:
        best = _best(at)
        # an ended truce's day is its end ("the truce collapsed on Sunday"); an ended attack's stays its day
        if role == "end" or (ended and (role != "event" or type_ is RelationType.CEASEFIRE_WITH)):
            out.setdefault("valid_to", period_end(best.day, best.precision))
            out.setdefault("valid_to_precision", best.precision)
        elif role in {"start", "event"}:
            out.setdefault("valid_from", best.day)
            out.setdefault("valid_from_precision", best.precision)
        else:
            out["observed"], out["observed_precision"] = best.day, best.precision
    if since and type_ in EVENT_TYPES and present and not ended and not until and published:
        # "has fought the army since 2015": fighting from then to the report, not one event in 2015
        out["observed"], out["observed_precision"] = published, published_precision
    if out or not published:
        return out
    if type_ in EVENT_TYPES and published_precision is Precision.DAY and news and not earlier:  # news of the day
        out["valid_from"], out["valid_from_precision"] = published, published_precision
    elif type_ in EVENT_TYPES or (present and not ended):  # a profile tells past events: seen by then
        out["observed"], out["observed_precision"] = published, published_precision
    return out


def part_of_year(when: dict[str, Any], dates: list[TimeExpr]) -> tuple[dt.date, dt.date] | None:
    """The part of a year ("the spring of 2021", "late 2019") behind the first date of ``when``, the fields
    :func:`date_fields` made from ``dates``: its actors are those valid then, though the date stays a year's."""
    first = when.get("valid_from") or when.get("valid_to") or when.get("observed")
    for d in dates:
        if d.within and first in (d.day, period_end(d.day, d.precision)):
            return d.within
    return None


def plain_role(type_: RelationType, role: str, verbs: set[str], start_verbs: frozenset[str],
               end_verbs: frozenset[str], own: str = "") -> str:
    """The role of a plain date, refined by the verbs of its clause ("began arming", "split in"); the
    trigger's ``own`` verb first ("split from X and pledged allegiance to Y": the pledge starts)."""
    if role in {"none", "event"} or type_ in EVENT_TYPES:
        return role
    if own in end_verbs:
        return "end"
    if own in start_verbs:
        return "start"
    if verbs & end_verbs:
        return "end"
    if verbs & start_verbs:
        return "start"
    return role


# Where a sentence joins clauses of their own: "X attacked Y on 5 March, and in 2015 Z attacked W"
# "and merged", "and later attacked": a second verb of the same subject
_VERB_JOIN = re.compile(r",?\s+(?:and|y|et)\s+(?=(?:(?:later|then|subsequently|eventually)\s+)?[a-z]+ed\b)")
_CLAUSE_BREAK = re.compile(r";|,\s+(?:and|but|while|whereas|y|pero|et|mais)\s|\s(?:but|while|whereas)\s", re.IGNORECASE)
# ", which clashed with Z in January": a relative clause after the match tells its own noun's deed and date
_RELATIVE_AFTER = re.compile(r",\s+(?:which|who|whose|que|qui|quien|quienes)\b[^,;]*", re.IGNORECASE)


def own_part_dates(dates: list[TimeExpr], sentence: str, spans: list[tuple[int, int]]) -> list[TimeExpr]:
    """The dates of the part of ``sentence`` that holds the matched mention ``spans`` (its own clause,
    roughly), else all of them: on the rule path a relation's date comes from its clause, then its sentence;
    never from a relative clause after the match (", which clashed with Z in January")."""
    if not spans or not dates:
        return dates
    first, last = min(a for a, _ in spans), max(b for _, b in spans)
    relatives = [m.span() for m in _RELATIVE_AFTER.finditer(sentence, last)]
    dates = [d for d in dates if not any(a <= d.start < b for a, b in relatives)]
    if not dates:
        return dates
    cuts = [0, *(m.end() for m in _CLAUSE_BREAK.finditer(sentence)), len(sentence) + 1]
    parts = [(a, b) for a, b in pairwise(cuts) if a <= last and b > first]  # the parts the match spans
    own = [d for d in dates if parts and parts[0][0] <= d.start < parts[-1][1]]
    # "X renamed itself Y in July 2016 and merged with others to form Z in January 2017": a match from the
    # shared subject to the second verb's object is that verb's, and so is its date
    joins = [m.end() for m in _VERB_JOIN.finditer(sentence, first, last)]
    later = [d for d in own if joins and d.start >= joins[-1]]
    return later or own or dates


# "the strike", "the drone attack", "The offensive": an event told again, in the sentence after or before
_RESTATED = re.compile(r"\b[Tt]he\s+(?:(?:air|drone|missile|rocket|suicide|first|latest|last)[\s-]*)?"
                       r"(?:strike|airstrike|attack|raid|assault|offensive|operation|ambush|bombing|shelling)\b")
_NOT_SAME = re.compile(r"[,;:()]|\b(?:after|before|since|until|following|and)\b", re.IGNORECASE)


def restates(text: str, start: int | None = None) -> bool:
    """Whether ``text`` tells an event again ("the strike"), or, with ``start``, whether the sentence there
    opens by doing so ("The attack began after ...")."""
    return bool(_RESTATED.search(text) if start is None else _RESTATED.match(text, start))


def restated_day(sentence: str, dates: list[TimeExpr]) -> TimeExpr | None:
    """The date ``sentence`` gives an event it tells again ("officials said the strike was conducted on 14
    May"): a date at most 40 characters after "the strike", with no comma or "after" between."""
    for m in _RESTATED.finditer(sentence):
        for d in dates:
            if d.role == "at" and 0 <= d.start - m.end() <= 40 and not _NOT_SAME.search(sentence[m.end():d.start]):
                return d
    return None


def one_plain_date(dates: list[TimeExpr]) -> TimeExpr | None:
    """The one plain date of ``dates`` ("in 2019", not "since 2019"), if they name one only."""
    plain = [d for d in dates if d.role == "at"]
    return plain[0] if len({(d.day, d.precision) for d in plain}) == 1 else None


# Types a founding told of an endpoint never dates ("X, formed in 2017 as an offshoot of Y" is the relation's)
_FOUNDED_APART = frozenset({RelationType.ATTACKS, RelationType.CEASEFIRE_WITH, RelationType.SUPPORTS,
                            RelationType.ALLIED_WITH})


@lru_cache(maxsize=4)
def _founding_pattern(participles: frozenset[str]) -> re.Pattern[str]:
    words = "|".join(sorted((re.escape(p).replace(r"\ ", r"\s+") for p in participles), key=len, reverse=True))
    return re.compile(r"\s*(?:,|\(|\u2013|\u2014)\s*(?:(?:which|who|that|que|qui)\s+)?"
                      r"(?:(?:was|were|had\s+been|has\s+been|fue|fueron|a\s+été|ont\s+été|est|sont)\s+)?"
                      r"(?:(?:an?|une?|una)\s+(?:[\w-]+\s+){0,3}?)?(?:" + words + r")\b[^,;()]*", re.IGNORECASE)


def without_foundings(type_: RelationType, dates: list[TimeExpr], sentence: str, spans: list[tuple[int, int]],
                      participles: frozenset[str]) -> list[TimeExpr]:
    """``dates`` but for those of a founding told of a mention right after it, on the rule path: "X, formed
    in 2017, is backed by Y", "X (founded in 2011) attacked Y", "X, une coalition créée en 2014": the
    actor's, not the relation's (only for relations such a founding cannot be: not an offshoot's or a
    successor's)."""
    if type_ not in _FOUNDED_APART or not dates or not participles:
        return dates
    pattern = _founding_pattern(participles)
    apart = [m.span() for _, end in spans if (m := pattern.match(sentence, end))]
    return [d for d in dates if not any(a <= d.start < b for a, b in apart)]


# "two days after", "a week before": the gap between two events of one sentence
_GAP = re.compile(r"\b(?P<n>\d{1,2}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) +
                  r")\s+(?P<u>day|week)s?\s+(?P<dir>after|before)\b", re.IGNORECASE)


def across_gap(dates: list[TimeExpr], sentence: str, spans: list[tuple[int, int]]) -> list[TimeExpr]:
    """On the rule path, a day's date moved across "N days after/before" to the relation on the other side
    ("X entered the city on Friday, two days after launching an offensive on Y": the offensive on Wednesday;
    "X struck Y two days after Y's raid on Sunday": Tuesday); other dates as they are."""
    if not spans or not dates:
        return dates
    first, last = min(a for a, _ in spans), max(a for a, _ in spans)
    out = []
    for d in dates:
        for m in _GAP.finditer(sentence):
            n = m.group("n").lower()
            days = (int(n) if n.isdigit() else NUMBER_WORDS[n]) * (7 if m.group("u").lower() == "week" else 1)
            sign = 1 if m.group("dir").lower() == "after" else -1
            if d.precision is not Precision.DAY or d.role != "at":
                continue
            if d.end <= m.start() and last >= m.end():  # the date is the later event's: count back
                d = TimeExpr(d.start, d.end, d.day - dt.timedelta(days=sign * days), d.precision, d.role, d.has_year)
            elif d.start >= m.end() and first < m.start() and max(b for _, b in spans) <= m.start():
                d = TimeExpr(d.start, d.end, d.day + dt.timedelta(days=sign * days), d.precision, d.role, d.has_year)
            break
        out.append(d)
    return out


# "had attacked", "previously struck", "once fought": an event told as before the news of the day
EARLIER_WORDS = frozenset({"previously", "once", "formerly", "earlier", "before"})
_PLUPERFECT = re.compile(r"\bhad\s+(?:(?:\w+ly|also|already|long)\s+)?\w+(?:ed|en|ught|uck|ot)\b", re.IGNORECASE)
_EARLIER = re.compile(r"\b(?:" + "|".join(sorted(EARLIER_WORDS)) + r")\s+\w+ed\b", re.IGNORECASE)
# "officials said X had ambushed Y": reported speech moves the tense back, it does not tell an earlier event
_REPORTED = re.compile(r"\b(?:said|says|say|told|reported|claimed|announced|stated|added|confirmed)\b", re.IGNORECASE)


# "ever since X invaded Y, ...": the clause tells what has held since an earlier event, not the news of the day
_SINCE_CLAUSE = re.compile(r"\b(?:since|desde\s+que|depuis\s+que)\s*$", re.IGNORECASE)


def opens_since_clause(before: str) -> bool:
    """Whether ``before`` (a sentence up to a rule's match) ends with a "since" that opens the match's clause."""
    return bool(_SINCE_CLAUSE.search(before[-20:]))


def told_earlier(text: str, before: str = "") -> bool:
    """Whether ``text`` (a rule's match) tells its event as before the news ("had attacked", "previously
    struck"); a pluperfect after a speech verb in ``before`` (the sentence up to the match) is reported speech."""
    return bool(_EARLIER.search(text) or (_PLUPERFECT.search(text) and not _REPORTED.search(before)))
