"""Browser safety of the API: the ``Host`` check (DNS rebinding), cross-site writes, CORS,
and request body limits.

A page on another site can make the browser send "simple" requests to a local server without
asking (a POST with a form or ``text/plain`` body), and DNS rebinding gives an attacker's name
the server's address. So, before any route runs:

- a ``Host`` naming none of loopback, the bound host and ``ACTORGRAPH_ALLOWED_HOSTS`` gets 400;
- a write (POST, PUT, PATCH, DELETE) carrying an ``Origin`` other than the server's own and
  ``ACTORGRAPH_CORS_ORIGINS`` gets 403, and one whose content type a form or ``text/plain``
  body can produce gets 415;
- CORS headers are sent only for ``ACTORGRAPH_CORS_ORIGINS`` (none by default).
"""

from __future__ import annotations

from starlette.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from actorgraph.api.errors import error_response
from actorgraph.settings import Settings

LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})
WILDCARD_BINDS = frozenset({"", "0.0.0.0", "::"})
WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
# Content types a cross-site <form> or fetch() may send without a preflight.
SIMPLE_TYPES = frozenset({"text/plain", "application/x-www-form-urlencoded", "multipart/form-data"})


def host_name(header: str) -> str:
    """``Host`` without its port, lower-case (``[::1]:8000`` -> ``::1``)."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1:].split("]", 1)[0]
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


class BrowserGuard:
    """ASGI middleware applying the checks of this module."""

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.any_host = "*" in settings.allowed_hosts
        bound = {settings.host.lower()} - WILDCARD_BINDS
        self.hosts = LOOPBACK | bound | {h.lower() for h in settings.allowed_hosts}
        self.origins = frozenset(o.rstrip("/") for o in settings.cors_origins)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        host = headers.get("host", "")
        refusal = None
        if not self.any_host and host_name(host) not in self.hosts:
            refusal = error_response(400, "bad_host", f"this server does not answer for the host {host!r}; add it "
                                     "to ACTORGRAPH_ALLOWED_HOSTS if it is yours", {"host": host})
        elif scope["method"] in WRITE_METHODS:
            origin = headers.get("origin")
            own = f"{scope.get('scheme', 'http')}://{host}"
            media = headers.get("content-type", "").split(";", 1)[0].strip().lower()
            if origin is not None and origin.rstrip("/") not in self.origins | {own}:
                refusal = error_response(403, "forbidden", f"writes from the web page at {origin!r} are refused; "
                                         "list its origin in ACTORGRAPH_CORS_ORIGINS to allow it", {"origin": origin})
            elif media in SIMPLE_TYPES:
                refusal = error_response(415, "unsupported_media_type", f"writes may not be sent as {media!r}; send "
                                         "application/json or application/octet-stream", {"content_type": media})
        if refusal is not None:
            await refusal(scope, receive, send)
            return
        await self.app(scope, receive, send)


UPLOAD_ROUTES = ("/articles", "/events")
OTHER_BODY_MAX = 1024 * 1024  # /cypher and anything else that takes a body


class BodyLimit:
    """Refuse bodies over the limit (413), declared or not: a chunked body is counted as it
    arrives, so ``Transfer-Encoding: chunked`` cannot slip past a ``Content-Length`` check.
    Uploads may reach ``ACTORGRAPH_UPLOAD_MAX_BYTES``, other bodies 1 MiB."""

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.upload_max = settings.upload_max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.upload_max if scope["path"].rstrip("/") in UPLOAD_ROUTES else OTHER_BODY_MAX
        declared = dict(scope["headers"]).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > limit:
            await error_response(413, "payload_too_large", f"the body is larger than {limit} bytes",
                                 {"max_bytes": limit})(scope, receive, send)
            return
        if declared:  # the server holds the body to its declared length
            await self.app(scope, receive, send)
            return
        chunks, seen, more = [], 0, True
        while more:  # chunked: read it here, up to the limit, and hand it on whole
            message = await receive()
            if message["type"] != "http.request":
                break
            chunks.append(message.get("body", b""))
            seen += len(chunks[-1])
            more = message.get("more_body", False)
            if seen > limit:
                await error_response(413, "payload_too_large", f"the body is larger than {limit} bytes",
                                     {"max_bytes": limit})(scope, receive, send)
                return
        body, sent = b"".join(chunks), False

        async def replay() -> Message:
            nonlocal sent
            if sent:
                return await receive()
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)


def install(app, settings: Settings) -> None:
    """Add the guard, and CORS for the configured origins only."""
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=list(settings.cors_origins),
                           allow_methods=["GET", "POST", "DELETE"], allow_headers=["Authorization", "Content-Type"])
    app.add_middleware(BodyLimit, settings=settings)
    app.add_middleware(BrowserGuard, settings=settings)
