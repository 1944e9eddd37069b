"""``actorgraph serve``: the HTTP API and its docs, run by uvicorn."""

from __future__ import annotations

import ipaddress

import click

from actorgraph.cli import root
from actorgraph.errors import InputError
from actorgraph.settings import Settings


def is_loopback(host: str) -> bool:
    """Whether ``host`` only accepts connections from this machine."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_bind(settings: Settings) -> None:
    """Refuse a placeholder API key, and writes open to the network: beyond loopback a key is required."""
    settings.check_api_key()
    if not is_loopback(settings.host) and settings.api_key is None:
        raise InputError(
            f"refusing to listen on {settings.host} without an API key: anyone who can reach it could write. "
            "Set ACTORGRAPH_API_KEY (writes then need `Authorization: Bearer <key>`) or bind 127.0.0.1",
            where="--host",
        )


@root.command()
@click.option("--host", help="Address to bind [default: ACTORGRAPH_HOST or 127.0.0.1].")
@click.option("--port", type=click.IntRange(1, 65535), help="Port [default: ACTORGRAPH_PORT or 8000].")
@click.option("--log-level", type=click.Choice(["critical", "error", "warning", "info", "debug"]),
              default="info", show_default=True)
@click.pass_context
def serve(ctx: click.Context, host: str | None, port: int | None, log_level: str) -> None:
    """Serve the HTTP API (JSON, OpenAPI docs at /docs) over the configured store.

    The server holds the embedded store while it runs; `actorgraph ingest --api URL` sends
    files through it meanwhile.
    """
    import uvicorn

    from actorgraph.api.app import create_app

    settings: Settings = ctx.obj
    updates = {k: v for k, v in {"host": host, "port": port}.items() if v is not None}
    settings = settings.model_copy(update=updates)
    check_bind(settings)
    click.echo(f"actorgraph API on http://{settings.host}:{settings.port} (docs at /docs), "
               f"store: {settings.store}", err=True)
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port, log_level=log_level)
