"""``actorgraph extract`` (articles to JSON, no database) and ``actorgraph ingest`` (any input into the store)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from actorgraph.cli import root
from actorgraph.errors import InputError
from actorgraph.loaders.base import LoadContext, LoadIssue
from actorgraph.loaders.formats import FORMATS
from actorgraph.settings import Settings

MAX_BYTES = 20 * 1024 * 1024


def _context(actors: tuple[Path, ...], published: str | None, max_bytes: int) -> LoadContext:
    from actorgraph.loaders.gazetteer import Gazetteer, Resolver, builtin_path

    builtin = builtin_path().exists()
    if not builtin:
        click.echo("warning: the shipped gazetteer is missing; only --actors files are used", err=True)
    gazetteer = Gazetteer.load(actors, builtin=builtin)
    return LoadContext(resolver=Resolver(gazetteer), published=published, max_bytes=max_bytes)


_common = [
    click.option("--actors", "actors", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
                 help="An extra gazetteer YAML file (repeatable); its actors win over the shipped ones."),
    click.option("--published", metavar="YYYY-MM-DD",
                 help="Article date to use when a record, the HTML metadata and the dateline give none."),
    click.option("--max-bytes", type=click.IntRange(min=1), default=MAX_BYTES, show_default=True,
                 help="Refuse input files larger than this."),
]


def common(func):  # type: ignore[no-untyped-def]
    for option in reversed(_common):
        func = option(func)
    return func


@root.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--format", "output", type=click.Choice(["jsonl", "json"]), default="jsonl", show_default=True,
              help="jsonl: one line per article; json: one indented document per article.")
@click.option("--drop-hedged", is_flag=True, help="Leave out reported, alleged and conditional statements.")
@common
def extract(paths: tuple[Path, ...], output: str, drop_hedged: bool, actors: tuple[Path, ...],
            published: str | None, max_bytes: int) -> None:
    """Read articles and print their actors and relations as JSON (no database).

    One line per article: {"article": {...}, "actors": [{"id", "name", "kind", "aliases"}],
    "relations": [{"type", "source", "target", "valid_from", "valid_to", "confidence", "hedged",
    "evidence": {"sentence", "start", "end"}}]}. Problems go to stderr; the exit code is 2 when a
    file could not be read.
    """
    from actorgraph.loaders.articles.extract import RuleExtractor
    from actorgraph.loaders.articles.format import read_documents
    from actorgraph.loaders.ingest import walk

    context = _context(actors, published, max_bytes)
    extractor = RuleExtractor(context.resolver, keep_hedged=not drop_hedged)  # type: ignore[arg-type]
    failed = 0
    for path in walk(paths):
        for item in read_documents(path, context):
            if isinstance(item, LoadIssue):
                click.echo(str(item), err=True)
                failed += item.level == "error"
                continue
            doc, _where, issues = item
            for issue in issues:
                click.echo(str(issue), err=True)
            record = extractor.extract(doc).record()
            click.echo(json.dumps(record, ensure_ascii=False, indent=2 if output == "json" else None))
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
    """
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from actorgraph.graph.store import open_store
    from actorgraph.loaders.ingest import ingest as run_ingest
    from actorgraph.loaders.ingest import walk

    context = _context(actors, published, max_bytes)
    files = list(walk(paths))
    console = Console(stderr=True)
    if api_url and actors:
        raise InputError("--actors cannot be sent through --api: the server uses its own gazetteer", where="--actors")
    store = None if api_url else open_store(settings)
    if store is not None:  # the store is a gazetteer too: actors stored earlier are found in these articles
        from actorgraph.loaders.gazetteer import Resolver
        from actorgraph.loaders.stored_actors import with_stored_actors

        context.resolver = Resolver(with_stored_actors(context.resolver.gazetteer, store))
    try:
        with Progress(TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      TextColumn("{task.description}"), console=console, disable=as_json or not console.is_terminal,
                      transient=True) as bar:
            task = bar.add_task("", total=len(files))

            def tick(path: Path, units: int) -> None:
                bar.update(task, advance=1, description=path.name)

            if store is None:
                from actorgraph.api.client import ingest_via_api

                key = settings.api_key.get_secret_value() if settings.api_key else None
                report = ingest_via_api(api_url, files, fmt=fmt, published=published, api_key=key, progress=tick)
            else:
                report = run_ingest(files, store.write, context, fmt=fmt, batch_size=settings.batch_size,
                                    progress=tick)
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
        from actorgraph.loaders.events.report import unresolved_report

        top = unresolved_report(context.resolver, top=10)
        if top:
            names = ", ".join(f"{name} ({count})" for name, count in top)
            click.echo(f"  most frequent unresolved names (add them as aliases): {names}", err=True)
    if not report.ok:
        sys.exit(1)
