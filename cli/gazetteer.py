"""``actorgraph gazetteer import``: add a list of actors (CSV, JSON, Wikidata SPARQL JSON) in one step."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from actorgraph.cli import root
from actorgraph.graph.model import ActorKind
from actorgraph.settings import Settings


@root.group()
def gazetteer() -> None:
    """Actor lists: import them into the store or into a gazetteer file."""


@gazetteer.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--kind", type=click.Choice([k.value for k in ActorKind]), default=ActorKind.ARMED_GROUP.value,
              show_default=True, help="Kind of the records that give none (a Wikidata query gives none).")
@click.option("--yaml", "yaml_out", type=click.Path(dir_okay=False, path_type=Path),
              help="Write a gazetteer file (for --actors) instead of writing to the store; keeps the dates.")
@click.pass_obj
def import_(settings: Settings, file: Path, kind: str, yaml_out: Path | None) -> None:
    """Import the actors of FILE: a CSV (header with name, id, kind, aliases separated by |, country,
    wikidata, description, valid_from, valid_to), a JSON list of such objects, or the JSON a Wikidata
    SPARQL query returns (item, itemLabel, aliases, iso3 or countryLabel, inception, dissolution).

    Actors the gazetteer already holds (same Wikidata id or name) are left out; stored actors are
    recognised in later articles. A bad record is reported with its line and field, the others
    are imported; running it again changes nothing. See docs/gazetteer.md.
    """
    from actorgraph.graph.model import GraphBatch
    from actorgraph.graph.store import open_store
    from actorgraph.loaders.actor_lists import as_gazetteer_yaml, read_actor_list
    from actorgraph.loaders.gazetteer import Gazetteer

    result = read_actor_list(file, Gazetteer.load(), kind=ActorKind(kind))
    for issue in result.issues:
        click.echo(f"  bad record: {issue}", err=True)
    if yaml_out is not None:
        yaml_out.write_text(as_gazetteer_yaml(result.actors), encoding="utf-8")
        where = str(yaml_out)
    else:
        store = open_store(settings)
        try:
            store.write(GraphBatch(actors=tuple(a.actor for a in result.actors)))
        finally:
            store.close()
        where = "the store"
    click.echo(f"actors new {len(result.actors)} (to {where})  already in the gazetteer {len(result.known)}  "
               f"bad {len(result.issues)}")
    if result.issues:
        sys.exit(1)
