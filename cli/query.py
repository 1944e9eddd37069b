"""Read commands: lineage, alliances, path, neighbours, evidence, timeline, search, stats.

Human tables by default, ``--json`` for machines. Names are accepted wherever ids are.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Callable, Iterator
from typing import Any, Literal

import click
from pydantic import BaseModel
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.tree import Tree

from actorgraph.cli import root
from actorgraph.graph import params
from actorgraph.graph import questions as q
from actorgraph.graph.dates import format_partial
from actorgraph.graph.intervals import describe
from actorgraph.graph.model import Relation
from actorgraph.graph.results import ActorRef, AllianceEntry, Alliances, Lineage, Subgraph
from actorgraph.graph.store import Store, open_store
from actorgraph.settings import Settings

# emoji=False: a relation id such as SUPPORTS:russia:turkey must not print :russia: as a flag.
console = Console(emoji=False)


@contextlib.contextmanager
def opened(ctx: click.Context) -> Iterator[Store]:
    settings: Settings = ctx.obj
    store = open_store(settings)
    try:
        yield store
    finally:
        store.close()


def _date(_ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    """A date option with the API's meaning (:func:`~actorgraph.graph.params.date_bound`): ``--to``
    (and ``until``) is the last day of a partial date, every other date its first day."""
    name = str(param.name)
    return params.date_bound(value, f"--{name.replace('_', '-')}", end=name == "until")


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


def plural(count: int, noun: str) -> str:
    """``1 claim``, ``2 claims``."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _span(dated: Relation | AllianceEntry) -> str:
    event_like = dated.type.event_like if isinstance(dated, Relation) else dated.role in ("attacks", "attacked_by")
    text = describe(dated, event_like=event_like)
    return f"{text} (dates disputed)" if dated.disputed else text


def _links_table(graph: Subgraph, title: str, names: dict[str, str] | None = None) -> Table:
    """Relations by actor name, with the relation id to copy into `actorgraph evidence`."""
    names = {**{n.id: n.name for n in graph.nodes}, **(names or {})}
    table = Table(title=escape(title))
    for column in ("source", "relation", "target", "dates", "confidence", "claims", "id"):
        table.add_column(column)
    for link in graph.links:
        table.add_row(escape(names.get(link.source, link.source)), link.type,
                      escape(names.get(link.target, link.target)), _span(link), f"{link.confidence:.2f}",
                      str(link.claims), escape(link.id))
    return table


@root.command()
@click.argument("actor")
@click.option("--direction", type=click.Choice(["up", "down", "both"]), default="both", show_default=True)
@click.option("--depth", type=click.IntRange(1, q.MAX_DEPTH), default=q.MAX_DEPTH, show_default=True)
@as_of_option
@json_option
@click.pass_context
def lineage(ctx: click.Context, actor: str, direction: Literal["up", "down", "both"], depth: int,
            as_of: dt.date | None, as_json: bool) -> None:
    """Where ACTOR comes from and what came from it: renames, mergers, affiliations."""
    with opened(ctx) as store:
        result = q.lineage(store, actor, direction=direction, depth=depth, as_of=as_of)
    emit(result, as_json, lambda: console.print(_lineage_tree(result)))


def _lineage_tree(result: Lineage) -> Tree:
    names = {n.id: n.name for n in result.nodes}
    links = {link.id: link for link in result.links}
    label = f"[bold]{escape(result.actor.name)}[/bold]" + (f" (as of {result.as_of})" if result.as_of else "")
    if not result.existed:
        founded = result.actor.founded
        when = "did not exist yet" if founded and result.as_of and result.as_of < founded else "dissolved by then"
        label += f" [yellow]{when}[/yellow] [dim]({_lifetime(result.actor)})[/dim]"
    tree = Tree(label)
    branches: dict[tuple[str, ...], Tree] = {}
    for path in result.paths:
        parent = tree
        for i, link_id in enumerate(path.links):
            key = (path.direction, *path.links[: i + 1])
            if key not in branches:
                link = links[link_id]
                arrow = "↑" if path.direction == "up" else "↓"
                text = f"{arrow} {escape(names.get(path.nodes[i + 1], path.nodes[i + 1]))}  [dim]{link.type} " \
                       f"{_span(link)}[/dim]"
                branches[key] = parent.add(text)
            parent = branches[key]
    if not result.paths and result.existed:
        tree.add("[dim]no lineage recorded[/dim]")
    return tree


def _lifetime(actor: ActorRef) -> str:
    """``founded 2017-01-28``, ``2012-01 – 2016-07-28`` or ``lifetime unknown``."""
    born = format_partial(actor.founded, actor.founded_precision)
    gone = format_partial(actor.dissolved, actor.dissolved_precision)
    if born and gone:
        return f"{born} – {gone}"
    return f"founded {born}" if born else f"dissolved {gone}" if gone else "lifetime unknown"


@root.command()
@click.argument("actor")
@as_of_option
@click.option("--window-days", type=click.IntRange(0, 36500), default=params.WINDOW_DAYS, show_default=True,
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
    table = Table(title=escape(title))
    for column in ("role", "actor", "dates", "confidence", "claims"):
        table.add_column(column)
    for entry in result.entries:
        table.add_row(entry.role.replace("_", " "), escape(entry.actor.name),
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
            console.print(f"No connection between {escape(result.source.name)} and {escape(result.target.name)} "
                          "within 6 steps.")
        else:
            console.print(_links_table(result, f"{result.source.name} → {result.target.name}"))

    emit(result, as_json, human)


@root.command()
@click.argument("actor")
@click.option("--hops", type=click.IntRange(1, 3), default=1, show_default=True)
@types_option
@as_of_option
@click.option("--max-nodes", type=click.IntRange(1, 2000), default=params.NEIGHBOURS_MAX_NODES, show_default=True,
              help="Most actors shown (the most connected first).")
@json_option
@click.pass_context
def neighbours(ctx: click.Context, actor: str, hops: int, types: tuple[str, ...], as_of: dt.date | None,
               max_nodes: int, as_json: bool) -> None:
    """The relations around ACTOR, HOPS steps out."""
    with opened(ctx) as store:
        result = q.neighbourhood(store, actor, hops=hops, types=list(types) or None, as_of=as_of,
                                 max_nodes=max_nodes)
    emit(result, as_json, lambda: console.print(_links_table(result, f"Around {actor}")))


@root.command()
@click.argument("relation")
@click.option("--limit", type=click.IntRange(1, 1000), default=params.EVIDENCE_LIMIT, show_default=True)
@click.option("--as-of", callback=_date, help="Explain whether the relation held on this date (YYYY[-MM[-DD]]).")
@json_option
@click.pass_context
def evidence(ctx: click.Context, relation: str, limit: int, as_of: dt.date | None, as_json: bool) -> None:
    """The sentences and sources behind RELATION (an id like SUPPORTS:russia:syrian-government-assad),
    which claims set its start and end, and why it is (not) active on --as-of."""
    with opened(ctx) as store:
        result = q.evidence(store, relation, limit=limit, as_of=as_of)

    def human() -> None:
        rel = result.relation
        console.print(f"[bold]{escape(rel.id)}[/bold]  {_span(rel)}  confidence {rel.confidence:.2f}, "
                      f"{plural(rel.claims, 'claim')} from {plural(rel.sources, 'source')}")
        for line in result.explanation:
            console.print(f"  [cyan]{escape(line)}[/cyan]")
        for item in result.claims:
            hedge = " [yellow](hedged)[/yellow]" if item.hedged else ""
            notes = f"\n  [magenta]{escape('; '.join(item.notes))}[/magenta]" if item.notes else ""
            console.print(f"• {escape(item.sentence)}{hedge}\n  [dim]{escape(item.source or '')} "
                          f"{item.published or ''} {escape(item.url or item.article)} · {item.extractor}[/dim]{notes}")

    emit(result, as_json, human)


@root.command()
@click.argument("actor")
@click.option("--limit", type=click.IntRange(1, params.TIMELINE_MAX), default=params.TIMELINE_LIMIT,
              show_default=True)
@json_option
@click.pass_context
def timeline(ctx: click.Context, actor: str, limit: int, as_json: bool) -> None:
    """The dated claims about ACTOR, oldest first."""
    with opened(ctx) as store:
        items = q.timeline(store, actor, limit=limit)

    def human() -> None:
        table = Table(title=escape(f"Timeline of {actor}"))
        for column in ("date", "subject", "relation", "object", "sentence"):
            table.add_column(column)
        for item in items:
            table.add_row(str(item.valid_from or item.reported or ""), escape(item.subject), item.type,
                          escape(item.object), escape(item.sentence[:100]))
        console.print(table)

    emit(items, as_json, human)


@root.command()
@click.argument("text")
@click.option("--limit", type=click.IntRange(1, params.SEARCH_MAX), default=params.SEARCH_LIMIT, show_default=True)
@click.option("--offset", type=click.IntRange(0, params.SEARCH_MAX_OFFSET), default=0, show_default=True)
@json_option
@click.pass_context
def search(ctx: click.Context, text: str, limit: int, offset: int, as_json: bool) -> None:
    """Actors whose name or alias matches TEXT (accents, case and small typos do not matter).

    With --json, the page GET /actors?q= answers: {"actors", "offset", "limit", "next_offset"}.
    """
    with opened(ctx) as store:
        found = params.search_page(store, text, offset=offset, limit=limit)

    def human() -> None:
        if not found:
            console.print(f"no match for {text!r}")
            return
        table = Table()
        for column in ("id", "name", "kind"):
            table.add_column(column)
        for actor in found.actors:
            table.add_row(escape(actor.id), escape(actor.name), actor.kind)
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
@click.option("--from", "since", callback=_date, help="Active on or after this date (a partial date: its first day).")
@click.option("--to", "until", callback=_date, help="Active on or before this date (a partial date: its last day).")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True)
@click.option("--limit", type=click.IntRange(1, 1000), default=params.RELATIONS_LIMIT, show_default=True)
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
        ids = {x for r in page.relations for x in (r.source, r.target)}
        names = {k: a.name for k, a in q.actors_by_ids(store, ids).items()} if not as_json else {}
    emit(page, as_json, lambda: console.print(_links_table(Subgraph(links=page.relations), "Relations", names)))


@root.command()
@click.option("--from", "since", callback=_date, required=True, help="First day (YYYY[-MM[-DD]]).")
@click.option("--to", "until", callback=_date, required=True, help="Last day; a partial date means its last day.")
@click.option("--actor", help="Only the relations of this actor.")
@types_option
@click.option("--limit", type=click.IntRange(1, params.CHANGES_MAX), default=params.CHANGES_LIMIT, show_default=True)
@json_option
@click.pass_context
def changes(ctx: click.Context, since: dt.date, until: dt.date, actor: str | None, types: tuple[str, ...],
            limit: int, as_json: bool) -> None:
    """What began, ended or saw its first attack between two dates."""
    from actorgraph.graph import analysis

    with opened(ctx) as store:
        result = analysis.changes(store, since, until, actor=actor, types=list(types) or None, limit=limit)

    def human() -> None:
        names = {a.id: a.name for a in result.actors}
        table = Table(title=f"Changes {result.since} – {result.until}")
        for column in ("date", "change", "source", "relation", "target", "confidence"):
            table.add_column(column)
        for change in result.changes:
            rel = change.relation
            table.add_row(str(change.date), change.kind.replace("_", " "), escape(names.get(rel.source, rel.source)),
                          rel.type, escape(names.get(rel.target, rel.target)), f"{rel.confidence:.2f}")
        console.print(table)

    emit(result, as_json, human)


@root.command()
@as_of_option
@click.option("--window-days", type=click.IntRange(0, 36500), default=params.WINDOW_DAYS, show_default=True,
              help="Attacks divide camps for this many days before --as-of.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True)
@click.option("--min-size", type=click.IntRange(1, 1000), default=2, show_default=True,
              help="Smallest bloc listed.")
@json_option
@click.pass_context
def blocs(ctx: click.Context, as_of: dt.date | None, window_days: int, min_confidence: float, min_size: int,
          as_json: bool) -> None:
    """Camps of actors: support and alliance bind, attacks divide (signed community detection)."""
    from actorgraph.graph import analysis

    with opened(ctx) as store:
        result = analysis.blocs(store, as_of=as_of, window_days=window_days, min_confidence=min_confidence,
                                min_size=min_size)

    def human() -> None:
        for number, bloc in enumerate(result.blocs, 1):
            console.print(f"[bold]Bloc {number}[/bold]: " + ", ".join(escape(m.name) for m in bloc.members))
        console.print(f"{len(result.across)} relations across blocs; frustration {result.frustration}")

    emit(result, as_json, human)
