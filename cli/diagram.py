"""Diagram and export commands: ``actorgraph diagram KIND ...`` and ``actorgraph export``.

The format comes from the suffix of ``-o`` (``.svg``, ``.png``, ``.pdf``, ``.dot``/``.gv``,
``.mmd``) or from ``--format``; without ``-o`` text formats go to standard output.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from actorgraph.cli import root
from actorgraph.cli.query import as_of_option, opened, types_option
from actorgraph.diagrams import exports
from actorgraph.diagrams.build import scene_for, subgraph_for
from actorgraph.diagrams.render import EXTENSIONS, FORMATS, format_for, render
from actorgraph.errors import InputError
from actorgraph.graph import questions as q

output_option = click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
                             help="File to write; its suffix picks the format (.svg .png .pdf .dot .mmd).")
format_option = click.option("--format", "fmt", type=click.Choice(FORMATS),
                             help="Output format (default: from the -o suffix, else dot).")


def _write(data: bytes, output: Path | None, fmt: str, what: str) -> None:
    if output is None:
        if fmt in ("svg", "dot", "mermaid") or not sys.stdout.isatty():
            sys.stdout.flush()
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
            return
        raise InputError(f"{fmt.upper()} is binary: give a file with -o (e.g. -o diagram.{EXTENSIONS[fmt]})",
                         where="output")
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_bytes(data)
    click.echo(f"wrote {output} ({what}, {len(data):,} bytes)", err=True)


def _draw(ctx: click.Context, kind: str, output: Path | None, fmt: str | None, **params: Any) -> None:
    chosen = format_for(output, fmt)
    with opened(ctx) as store:
        scene = scene_for(store, kind, **params)
    _write(render(scene, chosen), output, chosen, f"{len(scene.nodes)} actors, {len(scene.edges)} relations")
    if chosen == "png" and len(scene.nodes) > PNG_READABLE_NODES:
        click.echo(f"note: {len(scene.nodes)} actors are hard to read in a PNG at page size; "
                   "draw it as .svg (zoomable) or .pdf (print)", err=True)


PNG_READABLE_NODES = 40  # past this many actors the labels of a page-sized PNG are too small to read


def _drawing(func: Callable) -> Callable:
    for option in (click.pass_context, as_of_option, format_option, output_option):
        func = option(func)
    return func


@root.group()
def diagram() -> None:
    """Draw a question's answer as SVG, PNG, PDF, Graphviz DOT or Mermaid.

    SVG, PNG and PDF need Graphviz's `dot` program (Debian package graphviz); DOT and Mermaid
    do not.

    \b
    Examples:
      actorgraph diagram lineage HTS -o hts.svg
      actorgraph diagram alliances Russia --as-of 2020-03-05 -o russia.png
      actorgraph diagram neighbours Russia --hops 2 --format mermaid
    """


@diagram.command()
@click.argument("actor")
@click.option("--direction", type=click.Choice(["up", "down", "both"]), default="both", show_default=True)
@click.option("--depth", type=click.IntRange(1, q.MAX_DEPTH), default=q.MAX_DEPTH, show_default=True)
@_drawing
def lineage(ctx: click.Context, actor: str, direction: str, depth: int, output: Path | None, fmt: str | None,
            as_of: dt.date | None) -> None:
    """ACTOR's lineage as a top-down tree: predecessors and parents above, successors and branches below."""
    _draw(ctx, "lineage", output, fmt, actor=actor, direction=direction, depth=depth, as_of=as_of)


@diagram.command()
@click.argument("actor")
@click.option("--window-days", type=click.IntRange(0), default=365, show_default=True,
              help="Attacks count as adversity for this many days before --as-of.")
@_drawing
def alliances(ctx: click.Context, actor: str, window_days: int, output: Path | None, fmt: str | None,
              as_of: dt.date | None) -> None:
    """ACTOR between two camps: backers, allies and family on one side, adversaries and truces on the other."""
    _draw(ctx, "alliances", output, fmt, actor=actor, window_days=window_days, as_of=as_of)


@diagram.command()
@click.argument("source")
@click.argument("target")
@types_option
@_drawing
def path(ctx: click.Context, source: str, target: str, types: tuple[str, ...], output: Path | None,
         fmt: str | None, as_of: dt.date | None) -> None:
    """The shortest chain of relations from SOURCE to TARGET, left to right."""
    _draw(ctx, "path", output, fmt, actor=source, target=target, types=list(types) or None, as_of=as_of)


@diagram.command()
@click.argument("actor")
@click.option("--hops", type=click.IntRange(1, 3), default=1, show_default=True)
@click.option("--max-nodes", type=click.IntRange(1), default=200, show_default=True)
@types_option
@_drawing
def neighbours(ctx: click.Context, actor: str, hops: int, max_nodes: int, types: tuple[str, ...],
               output: Path | None, fmt: str | None, as_of: dt.date | None) -> None:
    """The relations around ACTOR, HOPS steps out."""
    _draw(ctx, "neighbours", output, fmt, actor=actor, hops=hops, max_nodes=max_nodes, types=list(types) or None,
          as_of=as_of)


@diagram.command()
@_drawing
def blocs(ctx: click.Context, output: Path | None, fmt: str | None, as_of: dt.date | None) -> None:
    """The whole graph grouped into blocs (signed communities: allies together, enemies apart)."""
    _draw(ctx, "blocs", output, fmt, as_of=as_of)


@root.command("export")
@click.option("--format", "fmt", type=click.Choice([*exports.FORMATS, "neo4j-admin"]), required=True,
              help="graphml (yEd, Gephi, Cytoscape), gexf (Gephi timeline), cytoscape (Cytoscape.js JSON), "
                   "csv (nodes.csv + edges.csv), neo4j-csv (a subgraph's actors and relations for neo4j-admin), "
                   "neo4j-admin (the whole store, claims and sources too, as `neo4j-admin database import` "
                   "files in the -o directory: docs/neo4j.md).")
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help="File to write; for csv and neo4j-csv a directory, or a .zip file. Default: standard output.")
@click.option("--of", "kind", type=click.Choice(["whole", "neighbours", "lineage", "alliances", "path"]),
              default=None, help="The question whose subgraph to export (default: neighbours with --actor, "
                                 "else the whole graph).")
@click.option("--actor", help="The actor the question is about.")
@click.option("--target", help="The other end, for --of path.")
@click.option("--hops", type=click.IntRange(1, 3), default=1, show_default=True)
@types_option
@as_of_option
@click.pass_context
def export(ctx: click.Context, fmt: str, output: Path | None, kind: str | None, actor: str | None,
           target: str | None, hops: int, types: tuple[str, ...], as_of: dt.date | None) -> None:
    """Write the graph, or one question's subgraph, as a file another tool opens.

    \b
    Examples:
      actorgraph export --format gexf -o graph.gexf
      actorgraph export --format csv --actor HTS --hops 2 -o hts-csv/
      actorgraph export --format neo4j-csv --as-of 2020-03-05 -o snapshot.zip
      actorgraph export --format neo4j-admin -o import/
    """
    if fmt == "neo4j-admin":
        from actorgraph.graph.neo4j_admin import write_import_files

        if output is None:
            raise InputError("neo4j-admin import files go to a directory: give it with -o", where="output")
        with opened(ctx) as store:
            click.echo(write_import_files(store, output).summary(), err=True)
        return
    kind = kind or ("neighbours" if actor else "whole")
    with opened(ctx) as store:
        graph = subgraph_for(store, kind=kind, actor=actor, target=target, hops=hops, types=list(types) or None,
                             as_of=as_of)
    what = f"{len(graph.nodes)} actors, {len(graph.links)} relations"
    files = exports.export(graph, fmt)
    if output is not None and len(files) > 1 and output.suffix.lower() != ".zip":
        output.mkdir(parents=True, exist_ok=True)
        for name, data in sorted(files.items()):
            (output / name).write_bytes(data)
        click.echo(f"wrote {', '.join(str(output / n) for n in sorted(files))} ({what})", err=True)
        return
    data, _media_type, _name = exports.export_bytes(graph, fmt)
    if output is None and len(files) > 1 and sys.stdout.isatty():
        raise InputError(f"{fmt} is several files: give a directory or a .zip with -o", where="output")
    _write(data, output, "dot" if output is None else fmt, what)
