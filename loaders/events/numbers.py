"""Number cells of event rows: read, checked against their range, noted when left out.

A cell that is empty gives ``None``. A cell that is infinite (``inf``, ``1e400``) or ``nan``
refuses its row (:class:`~actorgraph.errors.InputError` naming the field). A cell that is text
(``"n/a"``) or outside its range (a latitude of 200, minus three fatalities) is left out of the
claim's attributes and the row is kept: the relation it reports does not depend on it. Each such
cell gives a warning naming the file, line and field (:meth:`Numbers.issues`).
"""

from __future__ import annotations

import math
from collections.abc import Callable

from actorgraph.errors import InputError
from actorgraph.loaders.base import LoadIssue


def to_float(value: str | None, *, field: str | None = None) -> float | None:
    """A number cell as a float; ``None`` when empty or not a number, :class:`InputError` naming
    ``field`` when it is infinite or not a number at all (``inf``, ``1e400``, ``nan``)."""
    if value in (None, ""):
        return None
    try:
        number = float(value)
    except ValueError:
        return None
    if not math.isfinite(number):
        raise InputError(f"{str(value).strip()!r} is not a finite number", where=field)
    return number


def to_int(value: str | None, *, field: str | None = None) -> int | None:
    """A count cell as an int (``12.0`` reads as 12); as :func:`to_float` otherwise."""
    number = to_float(value, field=field)
    return int(number) if number is not None else None


def row_int(row: dict[str, str], key: str) -> int | None:
    """:func:`to_int` of ``row[key]``, naming ``key`` when it is wrong."""
    return to_int(row.get(key), field=key)


class Numbers:
    """The number cells of one row, each read with its range; ``cell(name)`` is the raw text."""

    def __init__(self, cell: Callable[[str], str | None]) -> None:
        self._cell = cell
        self.issues: list[LoadIssue] = []

    def number(self, field: str, low: float | None = None, high: float | None = None) -> float | None:
        """The cell as a float within ``[low, high]``; ``None`` (and a warning) when it is not."""
        raw = self._cell(field)
        value = to_float(raw, field=field)
        if value is None:
            if raw is not None and raw.strip():
                self._leave_out(field, f"{raw.strip()[:40]!r} is not a number")
            return None
        if (low is not None and value < low) or (high is not None and value > high):
            bounds = f"at least {low:g}" if high is None else f"between {low:g} and {high:g}"
            self._leave_out(field, f"{value:g} is out of range ({field} must be {bounds})")
            return None
        return value

    def whole(self, field: str, low: float | None = None, high: float | None = None) -> int | None:
        """As :meth:`number`, as an int (``12.0`` reads as 12)."""
        value = self.number(field, low, high)
        return int(value) if value is not None else None

    def count(self, field: str) -> int | None:
        """A count (fatalities, sources): a whole number of at least 0."""
        return self.whole(field, low=0)

    def coordinates(self, latitude: str = "latitude", longitude: str = "longitude") -> list[float] | None:
        """``[lat, lon]`` when both are given and on the globe; else ``None`` (with a warning for a bad one)."""
        lat, lon = self.number(latitude, -90, 90), self.number(longitude, -180, 180)
        return [lat, lon] if lat is not None and lon is not None else None

    def _leave_out(self, field: str, why: str) -> None:
        self.issues.append(LoadIssue(where=field, level="warning", message=f"{why}; left out, the row is kept"))
