"""The most frequent unresolved actor names: what analysts should add to the gazetteer as aliases."""

from __future__ import annotations

from typing import Any


def unresolved_report(resolver: Any, top: int = 20) -> list[tuple[str, int]]:
    """The ``top`` names the resolver had to make new actors for, most frequent first.

    Parameters
    ----------
    resolver : actorgraph.loaders.gazetteer.Resolver
        The resolver a load used; its ``unresolved`` counts every occurrence of an unknown name.
    top : int
        How many names to list.

    Examples
    --------
    >>> class R:
    ...     unresolved = {"Example Brigade": 3, "Example Front": 7}
    >>> unresolved_report(R(), top=1)
    [('Example Front', 7)]
    """
    counts = getattr(resolver, "unresolved", {}) or {}
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:top]
