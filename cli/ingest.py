"""``actorgraph extract`` (articles to JSON, no database) and ``actorgraph ingest`` (any input into the store)."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from actorgraph.cli import root
from actorgraph.errors import InputError
from actorgraph.loaders.base import LoadIssue
from actorgraph.loaders.formats import FORMATS
from actorgraph.settings import Settings

if TYPE_CHECKING:
    from actorgraph.graph.store import Store
    from actorgraph.loaders.pipeline import Pipeline

MAX_BYTES = 20 * 1024 * 1024
MAX_WARNINGS_SHOWN = 10
F = TypeVar("F", bound=Callable[..., Any])


def _pipeline(actors: tuple[Path, ...], max_bytes: int, *, batch_size: int = 5000,
              keep_hedged: bool = True, model: str, store: Store | None = None) -> Pipeline:
    """The process's one pipeline; what its build noted goes to stderr."""
    from actorgraph.loaders.pipeline import Pipeline

    pipeline = Pipeline.build(actors, batch_size=batch_size, max_bytes=max_bytes, keep_hedged=keep_hedged,
                              model=model, store=store)
    for note in pipeline.notes:
        click.echo(f"warning: {note}", err=True)
    return pipeline


_common = [
    click.option("--actors", "actors", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
                 help="An extra gazetteer YAML file (repeatable); its actors win over the shipped ones."),
    click.option("--published", metavar="YYYY-MM-DD",
                 help="Article date to use when a record, the HTML metadata and the dateline give none."),
    click.option("--max-bytes", type=click.IntRange(min=1), default=MAX_BYTES, show_default=True,
                 help="Refuse input files larger than this."),
]


def common(func: F) -> F:
    """The options ``extract`` and ``ingest`` share."""
    for option in reversed(_common):
        func = option(func)
    return func


@root.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--format", "output", type=click.Choice(["jsonl", "json"]), default="jsonl", show_default=True,
              help="jsonl: one line per article; json: one indented document per article.")
@click.option("--drop-hedged", is_flag=True, help="Leave out reported, alleged and conditional statements.")
@common
@click.pass_obj
def extract(settings: Settings, paths: tuple[Path, ...], output: str, drop_hedged: bool, actors: tuple[Path, ...],
            published: str | None, max_bytes: int) -> None:
    """Read articles and print their actors and relations as JSON (no database).

    One line per article: {"article": {...}, "actors": [{"id", "name", "kind", "aliases"}],
    "relations": [{"type", "source", "target", "valid_from", "date_role", "valid_to", "observed", "confidence",
    "hedged", "extractor", "evidence": {"sentence", "start", "end"}}]}. valid_from is the first day the
    claim shows the relation holding and date_role says what that day is: "start" (it began then),
    "event" (an attack's or a truce's day) or "observed" (the text says it held then; also in observed);
    valid_to is an end. Problems go to stderr; the exit code is 2 when a file could not be read.
    """
    pipeline = _pipeline(actors, max_bytes, keep_hedged=not drop_hedged, model=settings.spacy_model)
    failed = 0
    for item in pipeline.extract(paths, published=published):
        if isinstance(item, LoadIssue):
            click.echo(str(item), err=True)
            failed += item.level == "error"
            continue
        click.echo(json.dumps(item, ensure_ascii=False, indent=2 if output == "json" else None))
    if failed:
        raise InputError(f"{failed} input(s) could not be read (see above)")


@root.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(list(FORMATS)), default=None,
              help="Read every file in this format instead of detecting it.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.option("--api", "api_url", metavar="URL",
              help="Send the files through a running `actorgraph serve` at URL (while it holds the embedded "
                   "store); ACTORGRAPH_API_KEY is sent as its bearer key.")
@common
@click.pass_obj
def ingest(settings: Settings, paths: tuple[Path, ...], fmt: str | None, as_json: bool, api_url: str | None,
           actors: tuple[Path, ...], published: str | None, max_bytes: int) -> None:
    """Read articles and event files (files or directories) into the configured store.

    Shows a progress bar and a summary; exits non-zero when any input failed. One bad file never
    stops the others, and running the same command again changes nothing (safe after a crash).
    If the store becomes unreachable mid-run, the run stops at that file and exits 5; rerun it.
    """
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from actorgraph.graph.store import open_store
    from actorgraph.loaders.ingest import walk

    files = list(walk(paths))
    console = Console(stderr=True)
    if api_url and actors:
        raise InputError("--actors cannot be sent through --api: the server uses its own gazetteer", where="--actors")
    store = None if api_url else open_store(settings)
    # the store is a gazetteer too: actors stored earlier are found in these articles
    pipeline = None if store is None else _pipeline(actors, max_bytes, batch_size=settings.batch_size,
                                                    model=settings.spacy_model, store=store)
    try:
        with Progress(TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      TextColumn("{task.description}"), console=console, disable=as_json or not console.is_terminal,
                      transient=True) as bar:
            task = bar.add_task("", total=len(files))

            def tick(path: Path, units: int) -> None:
                bar.update(task, advance=1, description=path.name)

            if store is None or pipeline is None:
                from actorgraph.api.client import ingest_via_api

                key = settings.api_key.get_secret_value() if settings.api_key else None
                report = ingest_via_api(str(api_url), files, fmt=fmt, published=published, api_key=key,
                                        progress=tick)
            else:
                report = pipeline.ingest(files, fmt=fmt, published=published, write=store.write, progress=tick)
    finally:
        if store is not None:
            store.close()
    if as_json:
        click.echo(json.dumps(report.as_dict(), indent=2))
    else:
        w = report.written
        click.echo(f"files {report.files}  articles/units {report.units}  actors {w.actors}  "
                   f"claims new {w.claims_new}  existing {w.claims_existing}  relations {w.relations}  "
                   f"skipped {len(report.skipped)}  failed {len(report.failed)}  warnings {len(report.warnings)}")
        for issue in report.failed:
            click.echo(f"  failed: {issue.where}: {issue.message}", err=True)
        for path in report.skipped:
            click.echo(f"  skipped (nothing read): {path}", err=True)
        for issue in report.warnings[:MAX_WARNINGS_SHOWN]:
            click.echo(f"  warning: {issue.where}: {issue.message}", err=True)
        if len(report.warnings) > MAX_WARNINGS_SHOWN:
            click.echo(f"  ... and {len(report.warnings) - MAX_WARNINGS_SHOWN} more warnings (--json lists all)",
                       err=True)
        top = pipeline.unresolved(top=10) if pipeline else []
        if top:
            names = ", ".join(f"{name} ({count})" for name, count in top)
            click.echo(f"  most frequent unresolved names (add them as aliases): {names}", err=True)
        if report.dropped:  # placeholder labels, unknown operation names, rows outside a lifetime
            notes = sorted(report.dropped.items(), key=lambda item: (-item[1], item[0]))
            click.echo(f"  not made actors or flagged ({sum(report.dropped.values())}): "
                       + ", ".join(f"{note} ({count})" for note, count in notes[:10]), err=True)
    if not report.ok:
        sys.exit(1)
