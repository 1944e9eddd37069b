"""The one exception tree of actorgraph.

::

    ActorGraphError                 every error we raise on purpose
    ├── InputError                  bad input: names the file/field and, where known, the line
    │   ├── UnknownRelationType     a relation type outside the closed enum
    │   └── InvalidDate             a date that does not parse
    ├── SettingsError               an ACTORGRAPH_* setting that breaks its rule (names the variable)
    ├── UnknownActorError           an actor id or name that resolves to nothing
    ├── NotFoundError               another object (relation, article) that does not exist
    ├── QueryError                  a named query is missing or a read-only query tried to write
    │   └── QueryTimeout            an ad-hoc query ran past its time bound and was stopped
    ├── StoreError                  the database failed
    │   ├── StoreUnavailable        cannot reach the server (retry later)
    │   └── StoreLocked             another process holds the embedded database
    └── RenderError                 a diagram cannot be drawn (e.g. Graphviz `dot` is not installed)

The API maps these to HTTP statuses in one handler and the CLI to exit codes in one place;
domain code never raises HTTP errors.
"""

from __future__ import annotations

import re
from typing import Any

TOO_DEEP = "invalid JSON: nested too deep to read"  # json.loads raised RecursionError


class ActorGraphError(Exception):
    """Root of every error actorgraph raises on purpose."""

    code = "error"

    def __init__(self, message: str, *, detail: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail or {}


class InputError(ActorGraphError):
    """Input that cannot be used; ``where`` names the file, row or field."""

    code = "invalid_input"

    def __init__(self, message: str, *, where: str | None = None, detail: dict[str, Any] | None = None) -> None:
        super().__init__(f"{where}: {message}" if where else message, detail=detail)
        self.where = where


class UnknownRelationType(InputError):
    code = "unknown_relation_type"


class InvalidDate(InputError):
    code = "invalid_date"


class SettingsError(ActorGraphError):
    """A setting (environment variable or ``.env`` line) that breaks its rule."""

    code = "invalid_settings"


class UnknownActorError(ActorGraphError):
    code = "unknown_actor"

    def __init__(self, name: str, *, suggestions: list[str] | None = None) -> None:
        hint = f" (did you mean: {', '.join(suggestions)}?)" if suggestions else ""
        super().__init__(f"unknown actor {name!r}{hint}", detail={"suggestions": suggestions or []})
        self.name = name
        self.suggestions = suggestions or []


class NotFoundError(ActorGraphError):
    code = "not_found"


class QueryError(ActorGraphError):
    code = "query_error"


class QueryTimeout(QueryError):
    code = "query_timeout"


class StoreError(ActorGraphError):
    code = "store_error"


class StoreUnavailable(StoreError):
    code = "store_unavailable"


class StoreLocked(StoreError):
    code = "store_locked"


class RenderError(ActorGraphError):
    code = "render_error"


def plain_message(exc: BaseException) -> tuple[str | None, str]:
    """``(field, message)`` for a user: a pydantic validation error names the field and the rule
    ("id", "String should match pattern ... (got 'x y')"), never the model class; any other error
    gives its first line (or its class name when it has no text) and no field."""
    from pydantic import ValidationError

    if isinstance(exc, ValidationError) and exc.errors():
        first = exc.errors()[0]
        field = ".".join(str(part) for part in first.get("loc", ())) or None
        shown = repr(first["input"]) if "input" in first and not isinstance(first["input"], dict) else ""
        shown = f" (got {shown[:60]}{'...' if len(shown) > 60 else ''})" if shown else ""
        more = f"; and {len(exc.errors()) - 1} more" if len(exc.errors()) > 1 else ""
        return field, f"{first['msg']}{shown}{more}"
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    digits = _INT_DIGITS.match(text) if isinstance(exc, ValueError) else None
    if digits:  # Python's own words name sys.set_int_max_str_digits, nothing a user can act on
        limit, length = digits.groups()
        text = f"a number of {length} digits: at most {limit} are read" if length else \
            f"a number of more than {limit} digits: at most {limit} are read"
    return None, text


_INT_DIGITS = re.compile(r"Exceeds the limit \((\d+) digits\) for integer string conversion"
                         r"(?:: value has (\d+) digits)?")
