"""The one palette of every diagram: actor kinds by shape and colour, relation types by colour and line.

Graphviz (:mod:`actorgraph.diagrams.dot`), Mermaid (:mod:`actorgraph.diagrams.mermaid`) and the
explorer page all read these tables, so a kind or a type looks the same everywhere. Colours are
chosen to stay distinct in greyscale print: relation types differ by line style as well as colour.
"""

from __future__ import annotations

from dataclasses import dataclass

from actorgraph.graph.model import ActorKind, RelationType


@dataclass(frozen=True)
class KindStyle:
    shape: str  # Graphviz node shape
    fill: str
    border: str
    mermaid: tuple[str, str]  # Mermaid node brackets, opening and closing
    style: str = "filled"


@dataclass(frozen=True)
class TypeStyle:
    label: str  # how an edge label names the type
    color: str  # Graphviz colour list ("a:invis:a" draws a double line)
    style: str  # Graphviz line style
    arrowhead: str
    penwidth: float
    symmetric: bool
    mermaid_arrow: str  # Mermaid link with its arrow, e.g. "-->"
    mermaid_color: str
    legend: str  # what the legend says the line means


KINDS: dict[str, KindStyle] = {
    ActorKind.STATE: KindStyle("box", "#cfe0f3", "#2b5c8a", ("[", "]")),
    ActorKind.GOVERNMENT: KindStyle("house", "#ddd3ee", "#553c8b", ("[/", "\\]")),
    ActorKind.ARMED_GROUP: KindStyle("ellipse", "#f8d9c6", "#9c4a1a", ("([", "])")),
    ActorKind.MILITIA: KindStyle("octagon", "#f5e3b3", "#8a6a10", ("{{", "}}")),
    ActorKind.COALITION: KindStyle("doubleoctagon", "#d3ecd2", "#2e6b2c", ("[[", "]]")),
    ActorKind.PARTY: KindStyle("hexagon", "#f7d7e6", "#8e2f5d", ("{{", "}}")),
    ActorKind.NGO: KindStyle("component", "#e2efd6", "#4f6b2e", ("[[", "]]")),
    ActorKind.IGO: KindStyle("tab", "#d2ecec", "#1f6b6b", ("[[", "]]")),
    ActorKind.MEDIA: KindStyle("note", "#ececec", "#555555", ("[", "]")),
    ActorKind.PERSON: KindStyle("box", "#fff3c4", "#7a6300", ("(", ")"), style="rounded,filled"),
    ActorKind.OTHER: KindStyle("box", "#f2f2f2", "#777777", ("[", "]"), style="dashed,filled"),
}

TYPES: dict[str, TypeStyle] = {
    RelationType.SUPPORTS: TypeStyle(
        "supports", "#1a7f37", "solid", "normal", 1.8, False, "-->", "#1a7f37", "supports (backer → backed)"
    ),
    RelationType.ATTACKS: TypeStyle(
        "attacks", "#c62828", "bold", "vee", 2.2, False, "-->", "#c62828", "attacks (attacker → target)"
    ),
    RelationType.AFFILIATE_OF: TypeStyle(
        "affiliate of", "#4d4d4d", "dashed", "empty", 1.4, False, "-.->", "#4d4d4d",
        "affiliate of (branch ⇢ parent)",
    ),
    RelationType.SUCCESSOR_OF: TypeStyle(
        "succeeded by", "#6a3d9a", "solid", "normal", 2.6, False, "==>", "#6a3d9a",
        "succession (older ⇒ newer)",
    ),
    RelationType.CEASEFIRE_WITH: TypeStyle(
        "ceasefire", "#1f5fa8:invis:#1f5fa8", "solid", "none", 1.4, True, "===", "#1f5fa8",
        "ceasefire (double line)",
    ),
    RelationType.ALLIED_WITH: TypeStyle(
        "allied", "#00838f", "solid", "none", 2.0, True, "---", "#00838f", "allied with",
    ),
}

FOCUS_BORDER = "#111111"
FONT = "DejaVu Sans"  # Debian's fonts-dejavu-core; Graphviz falls back to its default when absent
INK = "#222222"
MUTED = "#666666"


def kind_style(kind: str) -> KindStyle:
    """The style of an actor kind; unknown kinds look like ``other``."""
    return KINDS.get(kind, KINDS[ActorKind.OTHER])


def type_style(type_: str) -> TypeStyle:
    return TYPES[RelationType(type_)]
