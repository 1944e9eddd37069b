"""``actorgraph push`` and ``actorgraph pull``: copy the graph between the embedded store and Neo4j."""

from __future__ import annotations

from pathlib import Path

import click

from actorgraph.cli import root
from actorgraph.errors import InputError, StoreError
from actorgraph.settings import Settings

_neo4j_options = [
    click.option("--user", help="Neo4j user [default: ACTORGRAPH_NEO4J_USER or neo4j]."),
    click.option("--password", help="Neo4j password [default: ACTORGRAPH_NEO4J_PASSWORD; prefer the variable]."),
    click.option("--database", help="Neo4j database [default: ACTORGRAPH_NEO4J_DATABASE or the server's default]."),
    click.option("--embedded", "embedded_path", type=click.Path(dir_okay=False, path_type=Path),
                 help="Embedded database file [default: ACTORGRAPH_EMBEDDED_PATH]."),
    click.option("--batch-size", type=click.IntRange(1, 100_000),
                 help="Rows per transaction [default: ACTORGRAPH_BATCH_SIZE or 5000]."),
    click.option("--retry-for", type=click.FloatRange(0), default=30.0, show_default=True,
                 help="Seconds to keep retrying a batch while Neo4j is unreachable, then stop."),
]


def neo4j_options(command):
    for option in reversed(_neo4j_options):
        command = option(command)
    return command


@root.command()
@click.option("--to", "uri", required=True, metavar="URI",
              help="Neo4j to copy into: bolt://host:7687, or neo4j://host:7687 for a cluster or Aura.")
@neo4j_options
@click.pass_context
def push(ctx: click.Context, uri: str, **options) -> None:
    """Copy the embedded graph into Neo4j (actors, articles, claims; relations are recomputed).

    Runs in batches, one transaction each, and is idempotent: run it again after an interruption
    and it completes, skipping what is already there. At the end it prints the count and an id
    checksum of every kind on both sides, and fails if they differ.
    """
    _sync(ctx.obj, uri, to_neo4j=True, **options)


@root.command()
@click.option("--from", "uri", required=True, metavar="URI", help="Neo4j to copy from (bolt:// or neo4j://).")
@neo4j_options
@click.pass_context
def pull(ctx: click.Context, uri: str, **options) -> None:
    """Copy a Neo4j graph into the embedded store (the reverse of push; also idempotent).

    Copy while nothing else writes to Neo4j: a claim whose actor was written after the actors
    were read is refused, and a rerun picks it up.
    """
    _sync(ctx.obj, uri, to_neo4j=False, **options)


def _sync(settings: Settings, uri: str, *, to_neo4j: bool, user: str | None, password: str | None,
          database: str | None, embedded_path: Path | None, batch_size: int | None, retry_for: float) -> None:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

    from actorgraph.graph.backends.embedded import EmbeddedStore
    from actorgraph.graph.backends.neo4j import Neo4jStore
    from actorgraph.graph.sync import compare_graphs, copy_graph

    path = embedded_path or settings.embedded_path
    if to_neo4j and not path.exists():
        raise InputError(f"no embedded graph at {path}: ingest something first, or pass --embedded", where="--embedded")
    if password is None and settings.neo4j_password is not None:
        password = settings.neo4j_password.get_secret_value()
    batch_size = batch_size or settings.batch_size

    neo4j = Neo4jStore.connect(uri, user=user or settings.neo4j_user, password=password,
                               database=database or settings.neo4j_database)
    try:
        neo4j.ensure_schema()
        embedded = EmbeddedStore.open(path)
        try:
            embedded.ensure_schema()
            source, destination = (embedded, neo4j) if to_neo4j else (neo4j, embedded)
            names = ("embedded", uri) if to_neo4j else (uri, "embedded")
            console = Console(stderr=True)
            click.echo(f"copying {names[0]} -> {names[1]} in batches of {batch_size:,}", err=True)
            with Progress(TextColumn("{task.description:<20}"), BarColumn(), MofNCompleteColumn(),
                          TimeElapsedColumn(), console=console, transient=False) as progress:
                tasks: dict[str, TaskID] = {}

                def on_progress(kind: str, done: int, total: int | None) -> None:
                    if kind not in tasks:
                        tasks[kind] = progress.add_task(kind, total=total)
                    progress.update(tasks[kind], completed=done, total=total)

                copied = copy_graph(source, destination, batch_size=batch_size, on_progress=on_progress,
                                    retry_for=retry_for)
                comparison = compare_graphs(source, destination, batch_size=batch_size, on_progress=on_progress)
        finally:
            embedded.close()
    finally:
        neo4j.close()

    w = copied.written
    click.echo(f"copied {sum(copied.read.values()):,} rows in {copied.seconds:.1f}s "
               f"({copied.rows_per_second:,.0f} rows/s): {w.claims_new:,} new claims, "
               f"{w.claims_existing:,} already there, {w.relations:,} relation updates")
    click.echo(comparison.summary())
    totals = comparison.destination_totals
    click.echo("destination holds " + ", ".join(f"{v:,} {k}" for k, v in totals.items()))
    if not comparison.matches:
        raise StoreError("the two sides differ (see above); run the same command again to complete the copy")
