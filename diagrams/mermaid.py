"""Mermaid flowchart text of a :class:`~actorgraph.diagrams.scene.Scene`, for Markdown reports.

Same palette as the Graphviz rendering (:mod:`.style`): kinds as node shapes and class fills,
relation types as link styles and colours. Mermaid lays out by itself, so links are written in the
direction of their arrow. Node ids are ``n1``, ``n2``... in actor-id order: deterministic, and safe
from Mermaid keywords.
"""

from __future__ import annotations

import re

from actorgraph.diagrams.scene import Scene
from actorgraph.diagrams.style import kind_style, type_style

_UNSAFE = re.compile(r"[^A-Za-z0-9 .,:;'/_\-–()À-ɏ]")


def text(value: str) -> str:
    """``value`` with every character Mermaid might parse written as an entity code."""
    return _UNSAFE.sub(lambda m: f"#{ord(m.group())};", value)


def to_mermaid(scene: Scene) -> str:
    """The Mermaid flowchart of ``scene``: byte-identical for the same scene.

    Examples
    --------
    >>> from actorgraph.diagrams.scene import Scene
    >>> print(to_mermaid(Scene(kind="path", title="A to B")).splitlines()[1])
    title: "A to B (all dates)"
    """
    ids = {n.id: f"n{i}" for i, n in enumerate(scene.nodes, start=1)}
    lines = ["---", f'title: "{text(scene.title)} ({text(scene.subtitle)})"', "---", f"flowchart {scene.rankdir}"]

    def node(n) -> str:
        opening, closing = kind_style(n.kind).mermaid
        return f'{ids[n.id]}{opening}"{text(n.name)}"{closing}'

    clustered = {c.key for c in scene.clusters}
    lines.extend("  " + node(n) for n in scene.nodes if n.cluster not in clustered)
    for cluster in scene.clusters:
        lines.append(f'  subgraph {cluster.key}["{text(cluster.label)}"]')
        lines.extend("    " + node(n) for n in scene.nodes if n.cluster == cluster.key)
        lines.append("  end")
    link_styles = []
    for index, edge in enumerate(scene.edges):
        style = type_style(edge.type)
        start, end = edge.arrow
        label = "<br/>".join(text(part) for part in edge.label.split("\n"))
        lines.append(f"  {ids[start]} {style.mermaid_arrow}|\"{label}\"| {ids[end]}")
        width = 3 if style.penwidth >= 2.2 else 2
        link_styles.append(f"  linkStyle {index} stroke:{style.mermaid_color},stroke-width:{width}px,"
                           f"color:{style.mermaid_color}")
    lines.extend(link_styles)
    for kind in sorted({n.kind for n in scene.nodes}):
        look = kind_style(kind)
        dashed = ",stroke-dasharray:4 3" if "dashed" in look.style else ""
        lines.append(f"  classDef kind_{kind} fill:{look.fill},stroke:{look.border},color:#222222{dashed}")
        members = ",".join(ids[n.id] for n in scene.nodes if n.kind == kind)
        lines.append(f"  class {members} kind_{kind}")
    focus = [ids[n.id] for n in scene.nodes if n.focus]
    if focus:
        lines.append("  classDef focus stroke:#111111,stroke-width:3px,font-weight:bold")
        lines.append(f"  class {','.join(focus)} focus")
    lines.append(f"  %% {scene.footnote}")
    return "\n".join(lines) + "\n"
