"""Dates with a precision: ``2020``, ``2020-03`` and ``2020-03-05`` are all valid claim dates."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from enum import StrEnum

from actorgraph.errors import InvalidDate

_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


class Precision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"


def parse_partial(value: str | dt.date, *, field: str = "date") -> tuple[dt.date, Precision]:
    """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` into its first day and precision.

    Raises
    ------
    InvalidDate
        naming ``field`` when the value is not such a date.
    """
    if isinstance(value, dt.datetime):
        return value.date(), Precision.DAY
    if isinstance(value, dt.date):
        return value, Precision.DAY
    text = str(value).strip()
    match = _PARTIAL.match(text[:10] if len(text) > 10 and text[10] in "T " else text)
    if not match:
        raise InvalidDate(f"{value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", where=field)
    year, month, day = match.groups()
    try:
        if day:
            return dt.date(int(year), int(month), int(day)), Precision.DAY
        if month:
            return dt.date(int(year), int(month), 1), Precision.MONTH
        return dt.date(int(year), 1, 1), Precision.YEAR
    except ValueError as exc:
        raise InvalidDate(f"{value!r} is not a calendar date ({exc})", where=field) from None


def period_end(start: dt.date, precision: Precision) -> dt.date:
    """The last day of the period a partial date names (``2016`` -> 2016-12-31)."""
    if precision == Precision.YEAR:
        return dt.date(start.year, 12, 31)
    if precision == Precision.MONTH:
        return dt.date(start.year, start.month, calendar.monthrange(start.year, start.month)[1])
    return start


def format_partial(value: dt.date | None, precision: Precision | str | None) -> str | None:
    """Render a date at its precision: ``2020``, ``2020-03`` or ``2020-03-05``."""
    if value is None:
        return None
    if precision == Precision.YEAR:
        return f"{value.year:04d}"
    if precision == Precision.MONTH:
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()


def as_date(value: str | dt.date | None, *, field: str) -> dt.date | None:
    """Parse a query parameter (full or partial date) to a date, or ``None``."""
    if value is None or value == "":
        return None
    return parse_partial(value, field=field)[0]
