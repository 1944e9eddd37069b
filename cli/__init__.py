"""The ``actorgraph`` command: a thin shell over the library.

Settings are built here, once, and handed to every command; errors map to exit codes in one
place (:func:`main`).
"""

from __future__ import annotations

import os
import sys
from importlib import import_module

import click

from actorgraph import __version__
from actorgraph.errors import (
    ActorGraphError,
    InputError,
    SettingsError,
    StoreLocked,
    StoreUnavailable,
    UnknownActorError,
)
from actorgraph.settings import Settings, unknown_variables

EXIT_CODES: list[tuple[type[ActorGraphError], int]] = [
    (InputError, 2),
    (UnknownActorError, 3),
    (StoreLocked, 4),
    (StoreUnavailable, 5),
    (SettingsError, 6),
    (ActorGraphError, 1),
]

# Command modules, each adding its commands to `root`.
COMMAND_MODULES = ["query", "ingest", "serve", "diagram", "sync", "gazetteer", "retract"]


class _Root(click.Group):
    """The root group; it notes whether help was asked for anywhere on the command line."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        options = args[:args.index("--")] if "--" in args else args
        ctx.meta["actorgraph.help"] = "-h" in options or "--help" in options
        return super().parse_args(ctx, args)


@click.group(cls=_Root, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="actorgraph")
@click.pass_context
def root(ctx: click.Context) -> None:
    """Build and question a dated, sourced graph of conflict actors and their alliances.

    The store is chosen by ACTORGRAPH_STORE (embedded, the default, or neo4j); see
    `docs/settings.md` for every setting.

    Exit codes: 0 done, 1 other error, 2 bad input, 3 unknown actor, 4 store locked by another
    process, 5 store unreachable, 6 bad setting.
    """
    if ctx.meta.get("actorgraph.help"):
        return  # a subcommand's help needs no settings, so a bad one does not hide it
    ctx.obj = Settings.load()
    for line in unknown_variables(os.environ):
        click.echo(f"warning: {line}", err=True)


for _name in COMMAND_MODULES:
    try:
        import_module(f"actorgraph.cli.{_name}")
    except ModuleNotFoundError as exc:  # a command module not written yet
        if exc.name != f"actorgraph.cli.{_name}":
            raise


def main() -> None:
    """Run the CLI, turning our errors into a message and an exit code."""
    try:
        root.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except ActorGraphError as exc:
        click.secho(f"error: {exc.message}", fg="red", err=True)
        sys.exit(next(code for kind, code in EXIT_CODES if isinstance(exc, kind)))
