"""The path question's search: breadth first from both ends at once, driven from Python.

Each step reads the relations of one side's frontier that a path may walk (``path_step``: of the
asked types, active in the window with both actors alive, the filter of
:func:`~actorgraph.graph.intervals.active`), one query per level and side, expanding the smaller
frontier. Before each step one query (``path_meet``) asks whether the two frontiers
touch, so a hub on the last level is never read out. The search stops at the first length where
the sides meet: its cost is bounded by the frontiers, not by the graph. Of the shortest chains it
returns the first by relation ids, walked from the source, as the fixed-length queries
(``path_1``...) order theirs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

# (frontier ids, the other frontier's ids or None for every neighbour) -> (near, far, relation id) rows
Step = Callable[[list[str], list[str] | None], Iterable[tuple[str, str, str]]]
Back = dict[str, set[tuple[str, str]]]  # actor -> {(relation id, actor one level nearer that side's end)}


def shortest_chain(
    step: Step, source: str, target: str, max_links: int, cost: Callable[[list[str]], int] = len
) -> list[str] | None:
    """The first by ids of the shortest chains (relation ids from ``source``) of at most ``max_links``.

    ``step(ids, far)`` gives the walkable relations of the actors ``ids`` as (actor of ``ids``,
    other actor, relation id) rows, only those reaching ``far`` when it is given; ``cost(ids)``
    what reading a frontier's relations costs (its actors' relations, ``frontier_degree``): the
    cheaper side is expanded. ``None`` when no chain is that short.

    Examples
    --------
    >>> edges = [("a", "b", "r1"), ("b", "c", "r2"), ("a", "d", "r0"), ("d", "c", "r3")]
    >>> def step(ids, far):
    ...     rows = [(x, y, r) for s, t, r in edges for x, y in ((s, t), (t, s)) if x in ids]
    ...     return [row for row in rows if far is None or row[1] in far]
    >>> shortest_chain(step, "a", "c", 6)
    ['r0', 'r3']
    >>> shortest_chain(step, "a", "c", 1) is None
    True
    """
    dist: tuple[dict[str, int], dict[str, int]] = ({source: 0}, {target: 0})
    frontier: list[list[str]] = [[source], [target]]
    back: tuple[Back, Back] = ({}, {})
    depth = [0, 0]  # levels expanded on each side: no chain is shorter than their sum plus one
    costs: list[int | None] = [None, None]
    while sum(depth) < max_links:
        near = 0 if len(frontier[0]) <= len(frontier[1]) else 1
        if _expand(step, near, frontier, dist, back, only=frontier[1 - near]):
            return _first_by_ids(source, target, dist, back)
        if sum(depth) + 2 > max_links:  # the next meeting would be one link too many
            return None
        costs = [cost(frontier[k]) if known is None else known for k, known in enumerate(costs)]
        side = 0 if (costs[0] or 0) <= (costs[1] or 0) else 1
        if not _expand(step, side, frontier, dist, back, only=None):
            return None
        depth[side] += 1
        costs[side] = None
    return None


def _expand(
    step: Step, side: int, frontier: list[list[str]], dist: tuple[dict[str, int], dict[str, int]],
    back: tuple[Back, Back], *, only: list[str] | None,
) -> bool:
    """One level more on ``side``: every neighbour (``only`` None; then whether any was new), or those
    on the other side's frontier (``only``; then whether the sides met, which ends the search)."""
    seen, near = dist[side], set(frontier[side])
    level = seen[frontier[side][0]] + 1
    for here, there, link in step(sorted(near), sorted(only) if only is not None else None):
        if here in near and seen.get(there, level) == level and (only is None or there in only):
            seen[there] = level
            back[side].setdefault(there, set()).add((link, here))
    new = sorted(n for n, d in seen.items() if d == level)
    if only is None:
        frontier[side] = new
    return bool(new)


def _first_by_ids(source: str, target: str, dist: tuple[dict[str, int], dict[str, int]],
                  back: tuple[Back, Back]) -> list[str]:
    """The first chain by ids through the actors both sides reached (all at the same distance from
    each end: the levels were expanded whole)."""
    met = [n for n in dist[0] if n in dist[1]]
    on_chain, todo = set(met), list(met)  # the source side's actors on a shortest chain
    while todo:
        for _, before in back[0].get(todo.pop(), ()):
            if before not in on_chain:
                on_chain.add(before)
                todo.append(before)
    ahead: dict[str, list[tuple[str, str]]] = {}
    for there in on_chain:
        for link, here in back[0].get(there, ()):
            ahead.setdefault(here, []).append((link, there))
    middle = dist[0][met[0]]
    chain, node = [], source
    while dist[0][node] < middle:
        link, node = min(ahead[node])
        chain.append(link)
    while node != target:
        link, node = min(back[1][node])
        chain.append(link)
    return chain
