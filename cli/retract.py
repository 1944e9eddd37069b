"""``actorgraph retract``: remove articles or dataset events, and every claim they report."""

from __future__ import annotations

import csv
from pathlib import Path

import click

from actorgraph.cli import root
from actorgraph.errors import InputError
from actorgraph.graph.store import open_store
from actorgraph.loaders.events.acled import event_article_id


@root.command()
@click.option("--article", "articles", multiple=True, metavar="ID", help="An article id to retract (repeatable).")
@click.option("--events", "events", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="ACLED's deleted-events CSV (an event_id_cnty column): retract those events.")
@click.pass_context
def retract(ctx: click.Context, articles: tuple[str, ...], events: Path | None) -> None:
    """Remove articles (or ACLED events) and their claims; their relations are recomputed.

    A relation whose last claim goes is removed. One transaction: all of it or nothing.
    Retracting what is not stored changes nothing.
    """
    ids = list(articles) + (acled_deleted(events) if events else [])
    if not ids:
        raise InputError("name an --article ID or an --events FILE", where="arguments")
    store = open_store(ctx.obj)
    try:
        result = store.retract(ids)
    finally:
        store.close()
    click.echo(f"retracted {result.claims_retracted:,} claims of {len(set(ids)):,} documents; "
               f"{result.relations:,} relations recomputed, {result.relations_removed:,} removed")


def acled_deleted(path: Path) -> list[str]:
    """The article ids (``acled:<event_id_cnty>``) of ACLED's deleted-events file."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        column = next((f for f in reader.fieldnames or () if f.lower() == "event_id_cnty"), None)
        if column is None:
            raise InputError(f"{path}: no event_id_cnty column in the header", where=f"{path}:1")
        ids = []
        for line, row in enumerate(reader, start=2):
            value = (row.get(column) or "").strip()
            if not value:
                raise InputError(f"{path}:{line}: empty event_id_cnty", where=f"{path}:{line}: event_id_cnty")
            ids.append(event_article_id(value))
    return ids
