"""Graphviz DOT text for a :class:`~actorgraph.diagrams.scene.Scene`, written by hand.

The output is deterministic: nodes, edges, clusters and attributes are written in sorted or fixed
order and nothing depends on time or hashing, so the same scene gives byte-identical DOT.
SVG renderings carry ids (``a:<actor id>``, ``r:<relation id>``) and classes (``actor kind-…``,
``relation type-…``) on nodes and edges, and links when :class:`Links` are given.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from urllib.parse import quote

from actorgraph.diagrams.scene import Scene, SceneEdge, SceneNode
from actorgraph.diagrams.style import FOCUS_BORDER, FONT, INK, MUTED, TYPES, kind_style, type_style

LEGEND = "__legend"  # not a valid actor id, so it cannot collide with one
WRAP = 22  # characters per line of a node label


@dataclass(frozen=True)
class Links:
    """URL templates put on nodes and edges (``{id}`` is replaced by the URL-quoted id)."""

    actor: str | None = None
    relation: str | None = None


def quoted(text: str) -> str:
    """``text`` as a DOT double-quoted string (newlines become centred line breaks)."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\r", "")
    return '"' + escaped.replace("\n", "\\n") + '"'


def html(text: str) -> str:
    """``text`` escaped for a Graphviz HTML-like label."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


class Html(str):
    """A Graphviz HTML-like label, written between ``<`` and ``>`` instead of quotes."""


def _attrs(pairs: list[tuple[str, str | float | None]]) -> str:
    parts = []
    for key, value in pairs:
        if value is None:
            continue
        if isinstance(value, float):
            parts.append(f"{key}={value:g}")
        elif isinstance(value, Html):
            parts.append(f"{key}=<{value}>")
        else:
            parts.append(f"{key}={quoted(value)}")
    return "[" + ", ".join(parts) + "]"


def wrap(name: str, width: int = WRAP) -> str:
    return "\n".join(textwrap.wrap(name, width=width, break_long_words=False)) or name


def _link(template: str | None, id_: str) -> str | None:
    return template.replace("{id}", quote(id_, safe="")) if template else None


def node_line(node: SceneNode, links: Links | None) -> str:
    style = kind_style(node.kind)
    attrs: list[tuple[str, str | float | None]] = [
        ("id", f"a:{node.id}"),
        ("class", f"actor kind-{node.kind}" + (" focus" if node.focus else "")),
        ("label", Html("<b>" + "<br/>".join(html(line) for line in wrap(node.name).split("\n")) + "</b>")
         if node.focus else wrap(node.name)),
        ("shape", style.shape),
        ("style", style.style),
        ("fillcolor", style.fill),
        ("color", FOCUS_BORDER if node.focus else style.border),
        ("penwidth", 3.0 if node.focus else 1.2),
        ("tooltip", f"{node.name} ({node.kind.replace('_', ' ')}, id {node.id})"),
        ("href", _link(links.actor if links else None, node.id)),
    ]
    return f"{quoted(node.id)} {_attrs(attrs)};"


def edge_line(edge: SceneEdge, names: dict[str, str], links: Links | None) -> str:
    style = type_style(edge.type)
    attrs: list[tuple[str, str | float | None]] = [
        ("id", f"r:{edge.id}"),
        ("class", f"relation type-{edge.type}" + (" ended" if edge.ended else "")),
        ("label", edge.label),
        ("color", style.color),
        ("fontcolor", style.color.split(":")[0]),
        ("style", style.style),
        ("penwidth", style.penwidth),
        ("dir", edge.direction),
        ("arrowhead", style.arrowhead),
        ("arrowtail", style.arrowhead),
        ("tooltip", edge.tooltip(names)),
        ("labeltooltip", edge.tooltip(names)),
        ("href", _link(links.relation if links else None, edge.id)),
    ]
    return f"{quoted(edge.tail)} -> {quoted(edge.head)} {_attrs(attrs)};"


# A line drawn in text for each relation type in the legend (DejaVu Sans has these glyphs).
_SAMPLES = {
    "SUPPORTS": "───▶", "ATTACKS": "━━━▶", "AFFILIATE_OF": "╌╌╌▷", "SUCCESSOR_OF": "━━━▶",
    "CEASEFIRE_WITH": "═══", "ALLIED_WITH": "━━━",
}


_SAMPLE_CELL = 'fixedsize="true" width="36" height="14"'


FOOTNOTE_WRAP = 60  # characters per footnote line: the legend stays about as wide as its table


def legend(scene: Scene) -> Html:
    """An HTML-like table: the relation types in the scene, then the footnote (the kinds are
    drawn as sample nodes of their real shape next to it, see :func:`legend_lines`)."""
    rows = []
    for type_ in [t for t in TYPES if t in {e.type for e in scene.edges}]:
        line = TYPES[type_]
        colour = line.color.split(":")[0]
        rows.append(
            f'<tr><td {_SAMPLE_CELL}><font color="{colour}">{_SAMPLES[type_]}</font></td>'
            f'<td align="left">{html(line.legend)}</td></tr>'
        )
    rows.append(f'<tr><td colspan="2" align="left"><font point-size="8" color="{MUTED}">'
                + "<br align=\"left\"/>".join(html(line) for line in textwrap.wrap(scene.footnote, FOOTNOTE_WRAP))
                + '<br align="left"/></font></td></tr>')
    table = '<table border="0" cellborder="0" cellspacing="1" cellpadding="2">' + "".join(rows)
    return Html(f"{table}</table>")


def legend_lines(scene: Scene) -> list[str]:
    """The legend cluster: one small sample node per actor kind in the scene, drawn in that kind's
    own shape and colours and named by the kind (never by a Graphviz shape name), and the table."""
    kinds = sorted({n.kind for n in scene.nodes})
    samples = [quoted(f"{LEGEND}_kind_{kind}") for kind in kinds]
    lines = ['subgraph "cluster_legend" {', "  graph " + _attrs([
        ("id", "legend"), ("label", "Legend"), ("labeljust", "l"), ("style", "rounded"), ("color", "#bbbbbb"),
        ("fontcolor", MUTED), ("fontsize", 10.0), ("margin", 6.0),
    ]) + ";"]
    for kind, sample in zip(kinds, samples, strict=True):
        style = kind_style(kind)
        lines.append(f"  {sample} " + _attrs([
            ("class", f"legend-kind kind-{kind}"), ("label", kind.replace("_", " ")), ("shape", style.shape),
            ("style", style.style), ("fillcolor", style.fill), ("color", style.border), ("fontsize", 8.0),
            ("width", 0.3), ("height", 0.2), ("margin", "0.05,0.02"), ("tooltip", kind.replace("_", " ")),
        ]) + ";")
    lines.append(f"  {quoted(LEGEND)} " + _attrs([("id", "legend-key"), ("shape", "plain"),
                                                  ("label", legend(scene)), ("fontsize", 10.0)]) + ";")
    # One rank: the samples and the table stack across the layout's direction, a compact block.
    lines.append("  { rank=same; " + " ".join([*samples, quoted(LEGEND)]) + " }")
    lines.append("}")
    return lines


def to_dot(scene: Scene, *, links: Links | None = None) -> str:
    """The DOT source of ``scene``: byte-identical for the same scene and links.

    Examples
    --------
    >>> from actorgraph.diagrams.scene import Scene
    >>> to_dot(Scene(kind="neighbours", title="Empty")).startswith('digraph "actorgraph"')
    True
    """
    names = {n.id: n.name for n in scene.nodes}
    title = Html(f'<b>{html(scene.title)}</b><br/><font point-size="12" color="{MUTED}">{html(scene.subtitle)}</font>')
    lines = [
        'digraph "actorgraph" {',
        "  graph " + _attrs([
            ("id", f"diagram-{scene.kind}"), ("label", title), ("labelloc", "t"), ("fontname", FONT),
            ("fontsize", 18.0), ("fontcolor", INK), ("rankdir", scene.rankdir), ("newrank", "true"),
            ("nodesep", 0.4), ("ranksep", 0.9 if scene.rankdir == "LR" else 0.6), ("pad", 0.3),
            ("bgcolor", "white"), ("outputorder", "edgesfirst"),
        ]) + ";",
        "  node " + _attrs([("fontname", FONT), ("fontsize", 11.0), ("fontcolor", INK), ("margin", "0.12,0.06")]) + ";",
        "  edge " + _attrs([("fontname", FONT), ("fontsize", 9.0)]) + ";",
    ]
    clustered = {c.key for c in scene.clusters}
    for node in scene.nodes:
        if node.cluster not in clustered:
            lines.append("  " + node_line(node, links))
    for cluster in scene.clusters:
        lines.append(f"  subgraph {quoted('cluster_' + cluster.key)} {{")
        lines.append("    graph " + _attrs([
            ("id", f"cluster-{cluster.key}"), ("label", cluster.label), ("style", "rounded,dashed"),
            ("color", "#aaaaaa"), ("fontcolor", MUTED), ("fontsize", 12.0),
        ]) + ";")
        lines.extend("    " + node_line(n, links) for n in scene.nodes if n.cluster == cluster.key)
        lines.append("  }")
    lines.extend("  " + edge_line(e, names, links) for e in scene.edges)
    lines.extend("  " + line for line in legend_lines(scene))
    if scene.rankdir == "TB":  # hang the legend below the lowest actors with invisible edges
        tails = {e.tail for e in scene.edges}
        first = quoted(f"{LEGEND}_kind_{min(n.kind for n in scene.nodes)}") if scene.nodes else quoted(LEGEND)
        for node in scene.nodes:
            if node.id not in tails:
                lines.append(f"  {quoted(node.id)} -> {first} [style=invis];")
    lines.append("}")
    return "\n".join(lines) + "\n"
