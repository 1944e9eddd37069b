"""Read commands: lineage, alliances, path, neighbours, evidence, timeline, search, stats.

Human tables by default, ``--json`` for machines. Names are accepted wherever ids are.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Callable, Iterator
from typing import Any

import click
from pydantic import BaseModel
from rich.console import Console
from rich.table import Table
from rich.tree import Tree

from actorgraph.cli import root
from actorgraph.graph import questions as q
from actorgraph.graph.dates import as_date, format_partial
from actorgraph.graph.model import Relation
from actorgraph.graph.results import AllianceEntry, Alliances, Lineage, Subgraph
from actorgraph.graph.store import Store, open_store
from actorgraph.settings import Settings

console = Console()


@contextlib.contextmanager
def opened(ctx: click.Context) -> Iterator[Store]:
    settings: Settings = ctx.obj
    store = open_store(settings)
    try:
        yield store
    finally:
        store.close()


def _date(_ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    return as_date(value, field=f"--{param.name.replace('_', '-')}") if value else None


as_of_option = click.option("--as-of", callback=_date, help="Only what held on this date (YYYY[-MM[-DD]]).")
json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
types_option = click.option("--type", "types", multiple=True, help="Relation types to follow (repeatable).")


def emit(result: Any, as_json: bool, human: Callable[[], None]) -> None:
    if as_json:
        data = result.model_dump(mode="json") if isinstance(result, BaseModel) else [
            r.model_dump(mode="json") if isinstance(r, BaseModel) else r for r in result
        ] if isinstance(result, list) else result
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        human()


def _span(dated: Relation | AllianceEntry) -> str:
    start = format_partial(dated.valid_from, dated.valid_from_precision)
    end = format_partial(dated.valid_to, dated.valid_to_precision)
    if not start and not end:
        return "ended" if dated.ended else ""
    return f"{start or '?'} – {end or ('ended' if dated.ended else 'now')}"


def _links_table(graph: Subgraph, title: str) -> Table:
    names = {n.id: n.name for n in graph.nodes}
    table = Table(title=title)
    for column in ("source", "relation", "target", "dates", "confidence", "claims"):
        table.add_column(column)
    for link in graph.links:
        table.add_row(names.get(link.source, link.source), link.type, names.get(link.target, link.target),
                      _span(link), f"{link.confidence:.2f}", str(link.claims))
    return table


@root.command()
@click.argument("actor")
@click.option("--direction", type=click.Choice(["up", "down", "both"]), default="both", show_default=True)
@click.option("--depth", type=click.IntRange(1, q.MAX_DEPTH), default=q.MAX_DEPTH, show_default=True)
@as_of_option
@json_option
@click.pass_context
def lineage(ctx: click.Context, actor: str, direction: str, depth: int, as_of: dt.date | None, as_json: bool) -> None:
    """Where ACTOR comes from and what came from it: renames, mergers, affiliations."""
    with opened(ctx) as store:
        result = q.lineage(store, actor, direction=direction, depth=depth, as_of=as_of)
    emit(result, as_json, lambda: console.print(_lineage_tree(result)))


def _lineage_tree(result: Lineage) -> Tree:
    names = {n.id: n.name for n in result.nodes}
    links = {link.id: link for link in result.links}
    label = f"[bold]{result.actor.name}[/bold]" + (f" (as of {result.as_of})" if result.as_of else "")
    tree = Tree(label)
    branches: dict[tuple[str, ...], Tree] = {}
    for path in result.paths:
        parent = tree
        for i, link_id in enumerate(path.links):
            key = (path.direction, *path.links[: i + 1])
            if key not in branches:
                link = links[link_id]
                arrow = "↑" if path.direction == "up" else "↓"
                text = f"{arrow} {names.get(path.nodes[i + 1], path.nodes[i + 1])}  [dim]{link.type} " \
                       f"{_span(link)}[/dim]"
                branches[key] = parent.add(text)
            parent = branches[key]
    if not result.paths:
        tree.add("[dim]no lineage recorded[/dim]")
    return tree


@root.command()
@click.argument("actor")
@as_of_option
@click.option("--window-days", type=click.IntRange(0), default=365, show_default=True,
              help="Attacks count as adversity for this many days before --as-of.")
@json_option
@click.pass_context
def alliances(ctx: click.Context, actor: str, as_of: dt.date | None, window_days: int, as_json: bool) -> None:
    """Backers, backed, allies, affiliates, adversaries and ceasefires of ACTOR."""
    with opened(ctx) as store:
        result = q.alliances(store, actor, as_of=as_of, window_days=window_days)
    emit(result, as_json, lambda: console.print(_alliances_table(result)))


def _alliances_table(result: Alliances) -> Table:
    title = f"{result.actor.name}" + (f" as of {result.as_of}" if result.as_of else " (all time)")
    table = Table(title=title)
    for column in ("role", "actor", "dates", "confidence", "claims"):
        table.add_column(column)
    for entry in result.entries:
        table.add_row(entry.role.replace("_", " "), entry.actor.name,
                      _span(entry), f"{entry.confidence:.2f}",
                      str(entry.claims))
    return table


@root.command()
@click.argument("source")
@click.argument("target")
@types_option
@as_of_option
@json_option
@click.pass_context
def path(ctx: click.Context, source: str, target: str, types: tuple[str, ...], as_of: dt.date | None,
         as_json: bool) -> None:
    """How SOURCE and TARGET are connected: a shortest chain of relations."""
    with opened(ctx) as store:
        result = q.path(store, source, target, types=list(types) or None, as_of=as_of)

    def human() -> None:
        if not result.found:
            console.print(f"No connection between {result.source.name} and {result.target.name} within 6 steps.")
        else:
            console.print(_links_table(result, f"{result.source.name} → {result.target.name}"))

    emit(result, as_json, human)


@root.command()
@click.argument("actor")
@click.option("--hops", type=click.IntRange(1, 3), default=1, show_default=True)
@types_option
@as_of_option
@json_option
@click.pass_context
def neighbours(ctx: click.Context, actor: str, hops: int, types: tuple[str, ...], as_of: dt.date | None,
               as_json: bool) -> None:
    """The relations around ACTOR, HOPS steps out."""
    with opened(ctx) as store:
        result = q.neighbourhood(store, actor, hops=hops, types=list(types) or None, as_of=as_of)
    emit(result, as_json, lambda: console.print(_links_table(result, f"Around {actor}")))


@root.command()
@click.argument("relation")
@click.option("--limit", type=click.IntRange(1), default=100, show_default=True)
@json_option
@click.pass_context
def evidence(ctx: click.Context, relation: str, limit: int, as_json: bool) -> None:
    """The sentences and sources behind RELATION (an id like SUPPORTS:russia:syrian-government-assad)."""
    with opened(ctx) as store:
        result = q.evidence(store, relation, limit=limit)

    def human() -> None:
        rel = result.relation
        console.print(f"[bold]{rel.id}[/bold]  {_span(rel)}  "
                      f"confidence {rel.confidence:.2f}, {rel.claims} claims from {rel.sources} sources")
        for item in result.claims:
            hedge = " [yellow](hedged)[/yellow]" if item.hedged else ""
            console.print(f"• {item.sentence}{hedge}\n  [dim]{item.source or ''} {item.published or ''} "
                          f"{item.url or item.article} · {item.extractor}[/dim]")

    emit(result, as_json, human)


@root.command()
@click.argument("actor")
@click.option("--limit", type=click.IntRange(1), default=200, show_default=True)
@json_option
@click.pass_context
def timeline(ctx: click.Context, actor: str, limit: int, as_json: bool) -> None:
    """The dated claims about ACTOR, oldest first."""
    with opened(ctx) as store:
        items = q.timeline(store, actor, limit=limit)

    def human() -> None:
        table = Table(title=f"Timeline of {actor}")
        for column in ("date", "subject", "relation", "object", "sentence"):
            table.add_column(column)
        for item in items:
            table.add_row(str(item.valid_from or item.reported or ""), item.subject, item.type, item.object,
                          item.sentence[:100])
        console.print(table)

    emit(items, as_json, human)


@root.command()
@click.argument("text")
@click.option("--limit", type=click.IntRange(1, 100), default=10, show_default=True)
@json_option
@click.pass_context
def search(ctx: click.Context, text: str, limit: int, as_json: bool) -> None:
    """Actors whose name or alias matches TEXT (accents, case and small typos do not matter)."""
    with opened(ctx) as store:
        found = q.search(store, text, limit=limit)

    def human() -> None:
        if not found:
            console.print(f"no match for {text!r}")
            return
        table = Table()
        for column in ("id", "name", "kind"):
            table.add_column(column)
        for actor in found:
            table.add_row(actor.id, actor.name, actor.kind)
        console.print(table)

    emit(found, as_json, human)


@root.command()
@click.argument("actor")
@click.option("--limit", type=click.IntRange(1), default=100, show_default=True)
@json_option
@click.pass_context
def mentions(ctx: click.Context, actor: str, limit: int, as_json: bool) -> None:
    """The articles that mention ACTOR (in a relation or not), newest first."""
    from actorgraph.graph.mentions import articles_mentioning

    with opened(ctx) as store:
        result = articles_mentioning(store, actor, limit=limit)

    def human() -> None:
        table = Table(title=f"{result.total} article(s) mention {result.actor.name}")
        for column in ("published", "article", "source", "mentions", "as"):
            table.add_column(column)
        for item in result.articles:
            table.add_row(str(item.published or ""), item.title or item.id, item.source or "", str(item.count),
                          ", ".join(item.names))
        console.print(table)

    emit(result, as_json, human)


@root.command()
@json_option
@click.pass_context
def stats(ctx: click.Context, as_json: bool) -> None:
    """How many actors, articles and claims the store holds."""
    with opened(ctx) as store:
        result = q.counts(store)
    emit(result, as_json, lambda: console.print(", ".join(f"{v} {k}" for k, v in result.items())))


@root.command()
@click.option("--source", help="Source actor (id or name).")
@click.option("--target", help="Target actor (id or name).")
@types_option
@click.option("--from", "since", callback=_date, help="Active on or after this date.")
@click.option("--to", "until", callback=_date, help="Active on or before this date.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True)
@click.option("--limit", type=click.IntRange(1, 1000), default=100, show_default=True)
@click.option("--offset", type=click.IntRange(0), default=0, show_default=True)
@json_option
@click.pass_context
def relations(ctx: click.Context, source: str | None, target: str | None, types: tuple[str, ...],
              since: dt.date | None, until: dt.date | None, min_confidence: float, limit: int, offset: int,
              as_json: bool) -> None:
    """The relations (edges) matching the filters, in id order."""
    from actorgraph.graph import analysis

    with opened(ctx) as store:
        page = analysis.relations(store, source=source, target=target, types=list(types) or None, since=since,
                                  until=until, min_confidence=min_confidence, offset=offset, limit=limit)
    emit(page, as_json, lambda: console.print(_links_table(Subgraph(links=page.relations), "Relations")))


@root.command()
@click.option("--from", "since", callback=_date, required=True, help="First day (YYYY[-MM[-DD]]).")
@click.option("--to", "until", required=True, help="Last day; a partial date means its last day.")
@click.option("--actor", help="Only the relations of this actor.")
@types_option
@json_option
@click.pass_context
def changes(ctx: click.Context, since: dt.date, until: str, actor: str | None, types: tuple[str, ...],
            as_json: bool) -> None:
    """What began, ended or saw its first attack between two dates."""
    from actorgraph.graph import analysis
    from actorgraph.graph.dates import parse_partial, period_end

    last = period_end(*parse_partial(until, field="--to"))
    with opened(ctx) as store:
        result = analysis.changes(store, since, last, actor=actor, types=list(types) or None)

    def human() -> None:
        names = {a.id: a.name for a in result.actors}
        table = Table(title=f"Changes {result.since} – {result.until}")
        for column in ("date", "change", "source", "relation", "target", "confidence"):
            table.add_column(column)
        for change in result.changes:
            rel = change.relation
            table.add_row(str(change.date), change.kind.replace("_", " "), names.get(rel.source, rel.source),
                          rel.type, names.get(rel.target, rel.target), f"{rel.confidence:.2f}")
        console.print(table)

    emit(result, as_json, human)


@root.command()
@as_of_option
@click.option("--window-days", type=click.IntRange(0), default=365, show_default=True,
              help="Attacks divide camps for this many days before --as-of.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True)
@json_option
@click.pass_context
def blocs(ctx: click.Context, as_of: dt.date | None, window_days: int, min_confidence: float, as_json: bool) -> None:
    """Camps of actors: support and alliance bind, attacks divide (signed community detection)."""
    from actorgraph.graph import analysis

    with opened(ctx) as store:
        result = analysis.blocs(store, as_of=as_of, window_days=window_days, min_confidence=min_confidence)

    def human() -> None:
        for number, bloc in enumerate(result.blocs, 1):
            console.print(f"[bold]Bloc {number}[/bold]: " + ", ".join(m.name for m in bloc.members))
        console.print(f"{len(result.across)} relations across blocs; frustration {result.frustration}")

    emit(result, as_json, human)
