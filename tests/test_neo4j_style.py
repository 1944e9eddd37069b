"""neo4j/actorgraph.grass, the Neo4j Browser style, keeps the diagrams' colours and covers every kind and type."""

from __future__ import annotations

import re
from pathlib import Path

from actorgraph.diagrams.style import KINDS, TYPES
from actorgraph.graph.model import ActorKind, RelationType

GRASS = Path(__file__).resolve().parent.parent / "neo4j" / "actorgraph.grass"


def rules() -> dict[str, dict[str, str]]:
    """``{"node.State": {"color": "#cfe0f3", ...}, ...}`` parsed from the file."""
    text = GRASS.read_text()
    found = {}
    for selector, body in re.findall(r"^([\w.]+) \{\n(.*?)^\}$", text, re.MULTILINE | re.DOTALL):
        found[selector] = dict(re.findall(r"^  ([\w-]+): ([^;\n]+);$", body, re.MULTILINE))
        assert len(found[selector]) == body.count("\n"), f"{selector}: a line is not 'name: value;'"
    assert text.count("\n}") == len(found)
    return found


def test_every_actor_kind_has_the_diagram_colours_and_a_name_caption():
    style = rules()
    for kind in ActorKind:
        rule = style[f"node.{kind.label}"]
        assert rule["color"] == KINDS[kind].fill, kind
        assert rule["border-color"] == KINDS[kind].border, kind
        assert rule["caption"] == "'{name}'", kind
    assert style["node.Actor"]["caption"] == "'{name}'"


def test_every_relation_type_has_the_diagram_colour():
    style = rules()
    for type_ in RelationType:
        assert style[f"relationship.{type_}"]["color"] == TYPES[type_].color.split(":")[0], type_
