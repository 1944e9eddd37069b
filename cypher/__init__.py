"""Named Cypher queries, one ``.cypher`` file per question.

``cypher/<name>.cypher`` is the common text; ``cypher/<backend>/<name>.cypher`` overrides it
for a backend whose dialect differs. A file may hold several statements, each ending with a
``;`` at the end of a line; they run in order in one transaction. The only text ever
substituted is ``__TYPE__``, only with a member of :class:`RelationType`, and, in LadybugDB's
bulk files (``embedded/bulk_*.cypher``: COPY and LOAD FROM take no parameter for their file),
``__FILE_name__``, only with the absolute path of a file the store itself wrote.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from importlib.resources import files
from pathlib import Path

from actorgraph.errors import QueryError
from actorgraph.graph.model import RelationType

BACKENDS = ("embedded", "neo4j")
_STATEMENT_END = re.compile(r";[ \t]*$", re.MULTILINE)
_FILE = re.compile(r"__FILE_([a-z]+)__")
_SAFE_PATH = re.compile(r"[A-Za-z0-9_./-]+")


@cache
def load(name: str, backend: str) -> str:
    """The text of query ``name`` for ``backend`` (its override if there is one)."""
    if not re.fullmatch(r"[a-z0-9_]+", name) or backend not in BACKENDS:
        raise QueryError(f"no query named {name!r} for backend {backend!r}")
    root = files(__package__)
    for candidate in (root / backend / f"{name}.cypher", root / f"{name}.cypher"):
        if candidate.is_file():
            return candidate.read_text(encoding="utf-8")
    raise QueryError(f"no query named {name!r}")


def statements(
    text: str, *, rel_type: RelationType | None = None, files: Mapping[str, Path] | None = None
) -> list[str]:
    """Split a query file into statements, substituting the checked relation type and file paths."""
    for name in set(_FILE.findall(text)):
        path = (files or {}).get(name)
        if path is None or not path.is_absolute() or not _SAFE_PATH.fullmatch(str(path)):
            raise QueryError(f"this query needs the file {name!r} as a plain absolute path")
        text = text.replace(f"__FILE_{name}__", str(path))
    if "__TYPE__" in text:
        if not isinstance(rel_type, RelationType):
            raise QueryError("this query needs a relation type from the enum")
        text = text.replace("__TYPE__", rel_type.value)
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//"))
    return [part.strip() for part in _STATEMENT_END.split(body) if part.strip()]


def names() -> list[str]:
    """Every query name (common files and overrides)."""
    root = files(__package__)
    found = {p.name.removesuffix(".cypher") for p in root.iterdir() if p.name.endswith(".cypher")}
    for backend in BACKENDS:
        folder = root / backend
        if folder.is_dir():
            found |= {p.name.removesuffix(".cypher") for p in folder.iterdir() if p.name.endswith(".cypher")}
    return sorted(found)
