"""One JSON error shape for every failure, and the one place our errors become HTTP statuses.

Every error answer is ``{"error": {"code": str, "message": str, "detail": {...}}}``: our own
exceptions (by their class, see :data:`STATUSES`), request validation (422, naming the
fields), unknown routes and methods, and anything unexpected (500, never a stack trace).
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from actorgraph.errors import (
    TOO_DEEP,
    ActorGraphError,
    InputError,
    NotFoundError,
    QueryError,
    QueryTimeout,
    RenderError,
    StoreError,
    StoreLocked,
    StoreUnavailable,
    UnknownActorError,
    plain_message,
)

log = logging.getLogger("actorgraph.api")
RETRY_AFTER_SECONDS = 5


class Unauthorized(ActorGraphError):
    """A write without the right ``Authorization: Bearer`` key."""

    code = "unauthorized"


class PayloadTooLarge(ActorGraphError):
    code = "payload_too_large"


class Forbidden(ActorGraphError):
    """A request this server refuses whoever sends it: a disabled route, a cross-site write."""

    code = "forbidden"


class BadHost(ActorGraphError):
    """A ``Host`` header naming none of the server's hosts (DNS rebinding)."""

    code = "bad_host"


class UnsupportedMediaType(ActorGraphError):
    """A write whose content type a cross-site form could send."""

    code = "unsupported_media_type"


# Most specific first: the first class an error is an instance of gives its status.
STATUSES: list[tuple[type[ActorGraphError], int]] = [
    (InputError, 422),
    (UnknownActorError, 404),
    (NotFoundError, 404),
    (QueryTimeout, 408),
    (QueryError, 400),
    (Unauthorized, 401),
    (Forbidden, 403),
    (BadHost, 400),
    (UnsupportedMediaType, 415),
    (PayloadTooLarge, 413),
    (StoreUnavailable, 503),
    (StoreLocked, 409),
    (StoreError, 500),
    (RenderError, 501),
    (ActorGraphError, 500),
]


class ErrorBody(BaseModel):
    code: str
    message: str
    detail: dict[str, Any] = {}


class ErrorResponse(BaseModel):
    """The shape of every error answer."""

    error: ErrorBody


def error_response(status: int, code: str, message: str, detail: dict | None = None,
                   headers: dict[str, str] | None = None) -> JSONResponse:
    body = {"error": {"code": code, "message": message, "detail": detail or {}}}
    return JSONResponse(body, status_code=status, headers=headers)


def status_of(exc: ActorGraphError) -> int:
    return next(status for kind, status in STATUSES if isinstance(exc, kind))


async def _ours(_request: Request, exc: ActorGraphError) -> JSONResponse:
    status = status_of(exc)
    detail = dict(exc.detail)
    if isinstance(exc, InputError) and exc.where:
        detail.setdefault("field", exc.where)
    headers = {}
    if isinstance(exc, StoreUnavailable | StoreLocked):
        headers["Retry-After"] = str(RETRY_AFTER_SECONDS)
        detail.setdefault("retry_after", RETRY_AFTER_SECONDS)
    if isinstance(exc, Unauthorized):
        headers["WWW-Authenticate"] = "Bearer"
    if status >= 500:
        log.error("%s: %s", exc.code, exc.message)
    return error_response(status, exc.code, exc.message, detail, headers)


def _field(loc: tuple | list) -> str:
    parts = [str(p) for p in loc if p not in ("query", "path", "body", "header")]
    return ".".join(parts) or str(loc[-1] if loc else "request")


async def _validation(_request: Request, exc: RequestValidationError) -> JSONResponse:
    problems = [{"field": _field(e.get("loc", ())), "message": e.get("msg", "invalid")} for e in exc.errors()]
    fields = sorted({p["field"] for p in problems})
    message = "invalid " + ", ".join(fields) + ": " + "; ".join(p["message"] for p in problems[:3])
    return error_response(422, "invalid_input", message, {"field": fields[0] if fields else None,
                                                          "errors": problems})


_HTTP_CODES = {404: "not_found", 405: "method_not_allowed", 401: "unauthorized", 403: "forbidden",
               413: "payload_too_large", 415: "unsupported_media_type"}


def unreadable_body(exc: StarletteHTTPException) -> str | None:
    """Why a JSON body could not be read, when FastAPI answered a bare 400 for it ("There was an
    error parsing the body") and kept the reason as the cause: nested too deep, or a number of
    thousands of digits."""
    cause = exc.__cause__
    if exc.status_code != 400 or cause is None:
        return None
    if isinstance(cause, RecursionError):
        return TOO_DEEP
    if isinstance(cause, ValueError):
        return f"invalid JSON: {plain_message(cause)[1]}"
    return None


async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
    why = unreadable_body(exc)
    if why:
        return await _ours(request, InputError(why, where="body"))
    code = _HTTP_CODES.get(exc.status_code, "http_error")
    message = exc.detail if isinstance(exc.detail, str) else code.replace("_", " ")
    return error_response(exc.status_code, code, message, {}, dict(exc.headers or {}))


async def _unexpected(_request: Request, exc: Exception) -> JSONResponse:
    log.exception("unexpected error")
    return error_response(500, "internal_error", "the server failed to answer; the error is logged",
                          {"type": type(exc).__name__})


def install(app: FastAPI) -> None:
    """Route every error of ``app`` through the one shape."""
    # Starlette types handlers as taking any Exception; each of these takes the class it is registered for.
    app.add_exception_handler(ActorGraphError, _ours)  # type: ignore[arg-type]
    app.add_exception_handler(RequestValidationError, _validation)  # type: ignore[arg-type]
    app.add_exception_handler(StarletteHTTPException, _http)  # type: ignore[arg-type]
    app.add_exception_handler(Exception, _unexpected)


# For the OpenAPI document: the statuses come from STATUSES, so the document cannot disagree with
# the handler. What each error means to a client:
MEANINGS: dict[type[ActorGraphError], str] = {
    InputError: "Invalid parameter or body; `detail.field` names it",
    UnknownActorError: "Unknown actor (`detail.suggestions` lists close names)",
    NotFoundError: "No such relation, article or file",
    QueryError: "A /cypher statement refused (it could write) or failed",
    QueryTimeout: "A /cypher statement ran past ACTORGRAPH_CYPHER_TIMEOUT and was stopped",
    Unauthorized: "Missing or wrong API key (`Authorization: Bearer <key>`)",
    PayloadTooLarge: "Body larger than ACTORGRAPH_UPLOAD_MAX_BYTES",
    StoreUnavailable: "Store unavailable; retry after `Retry-After` seconds",
    StoreLocked: "Another process holds the embedded store; retry after `Retry-After` seconds",
    RenderError: "The diagram cannot be drawn here (Graphviz `dot` is not installed on the server)",
    ActorGraphError: "Unexpected failure (logged; no stack trace is sent)",
}
# Every route can fail validation, find its store down, or fail unexpectedly.
COMMON: tuple[type[ActorGraphError], ...] = (InputError, StoreUnavailable, ActorGraphError)
# What else the routes of each router (a module of actorgraph.api.routes) raise.
ROUTER_ERRORS: dict[str, tuple[type[ActorGraphError], ...]] = {
    "health": (),
    "actors": (UnknownActorError,),
    "alliances": (UnknownActorError,),
    "paths": (UnknownActorError, NotFoundError),
    "relations": (UnknownActorError, NotFoundError),
    "changes": (UnknownActorError,),
    "ingest": (Unauthorized, PayloadTooLarge, StoreLocked),
    "cypher": (QueryError, QueryTimeout),
    "diagrams": (UnknownActorError, NotFoundError, RenderError),
    "explore": (NotFoundError,),
}


def status_for(kind: type[ActorGraphError]) -> int:
    """The status :data:`STATUSES` gives errors of class ``kind``."""
    return next(status for base, status in STATUSES if issubclass(kind, base))


def error_responses(*kinds: type[ActorGraphError]) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` for a route raising ``kinds`` (and the :data:`COMMON` errors)."""
    meanings: dict[int, list[str]] = {}
    for kind in dict.fromkeys((*COMMON, *kinds)):
        meanings.setdefault(status_for(kind), []).append(MEANINGS[kind])
    return {status: {"model": ErrorResponse, "description": "; ".join(texts)}
            for status, texts in sorted(meanings.items())}


def router_responses(name: str) -> dict[int | str, dict[str, Any]]:
    """The error responses of every route of router ``name`` (see :data:`ROUTER_ERRORS`)."""
    return error_responses(*ROUTER_ERRORS.get(name, (UnknownActorError, NotFoundError)))


# What every route may answer besides success.
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = error_responses()
