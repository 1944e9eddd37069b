"""Turn a scene into the bytes of a file: DOT and Mermaid text here, SVG/PNG/PDF through Graphviz.

Only SVG, PNG and PDF need the ``dot`` program (Debian package ``graphviz``); without it they
raise :class:`~actorgraph.errors.RenderError` saying so, and every other format still works.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
from pathlib import Path
from typing import Literal

from actorgraph.diagrams.dot import Links, to_dot
from actorgraph.diagrams.mermaid import to_mermaid
from actorgraph.diagrams.scene import Scene
from actorgraph.errors import InputError, RenderError

Format = Literal["svg", "png", "pdf", "dot", "mermaid"]
FORMATS: tuple[str, ...] = ("svg", "png", "pdf", "dot", "mermaid")
GRAPHVIZ_FORMATS = ("svg", "png", "pdf")
MEDIA_TYPES = {
    "svg": "image/svg+xml",
    "png": "image/png",
    "pdf": "application/pdf",
    "dot": "text/vnd.graphviz; charset=utf-8",
    "mermaid": "text/plain; charset=utf-8",
}
SUFFIXES = {"svg": "svg", "png": "png", "pdf": "pdf", "dot": "dot", "gv": "dot", "mmd": "mermaid",
            "mermaid": "mermaid"}
EXTENSIONS = {"svg": "svg", "png": "png", "pdf": "pdf", "dot": "dot", "mermaid": "mmd"}
PNG_DPI = 144  # sharp enough for print at the size Graphviz lays out
PNG_MAX_INCHES = 40  # larger drawings are scaled down to fit (5760 pixels at PNG_DPI)
TIMEOUT = 60  # seconds for one `dot` run
MAX_DOT_BYTES = 2 * 1024 * 1024  # larger graphs take minutes and gigabytes to lay out
MAX_DOT_MEMORY = 1024 * 1024 * 1024  # address space of one `dot` process (POSIX)
MAX_DOT_RUNS = 2  # `dot` processes at once in this process; more wait up to TIMEOUT
_DOT_SLOTS = threading.BoundedSemaphore(MAX_DOT_RUNS)
INSTALL_HINT = "install Graphviz: apt-get install graphviz (Debian/Ubuntu), brew install graphviz (macOS)"


def format_for(path: str | Path | None, explicit: str | None = None) -> Format:
    """The format ``explicit`` names, or the one the suffix of ``path`` implies (DOT when neither)."""
    if explicit:
        if explicit not in FORMATS:
            raise InputError(f"{explicit!r} is not a diagram format ({', '.join(FORMATS)})", where="format")
        return explicit  # type: ignore[return-value]
    if path is None:
        return "dot"
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in SUFFIXES:
        raise InputError(f"cannot tell the format from {str(path)!r}: use --format ({', '.join(FORMATS)})",
                         where="output")
    return SUFFIXES[suffix]  # type: ignore[return-value]


def dot_binary() -> str:
    """The path of Graphviz's ``dot``, or :class:`RenderError` naming the package to install."""
    found = shutil.which("dot")
    if not found:
        raise RenderError(f"the Graphviz `dot` program is not on PATH: {INSTALL_HINT}",
                          detail={"missing": "dot", "package": "graphviz"})
    return found


def _limit_memory() -> None:  # runs in the child, before `dot` starts
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MAX_DOT_MEMORY, MAX_DOT_MEMORY))


def run_dot(source: str, fmt: str) -> bytes:
    """Lay out and draw DOT ``source`` as ``fmt`` (svg, png or pdf) with the ``dot`` program."""
    if fmt not in GRAPHVIZ_FORMATS:
        raise InputError(f"{fmt!r} is not a Graphviz output format", where="format")
    command = [dot_binary(), f"-T{fmt}"]
    if fmt == "png":  # sharp, but at most PNG_MAX_INCHES on a side so big graphs stay openable
        command += [f"-Gdpi={PNG_DPI}", f"-Gsize={PNG_MAX_INCHES},{PNG_MAX_INCHES}"]
    data = source.encode()
    if len(data) > MAX_DOT_BYTES:
        raise RenderError(f"the graph is too large to lay out ({len(data)} bytes of DOT, at most {MAX_DOT_BYTES}): "
                          "draw a smaller graph, or download format=dot and run Graphviz yourself")
    if not _DOT_SLOTS.acquire(timeout=TIMEOUT):
        raise RenderError(f"{MAX_DOT_RUNS} drawings are already being laid out; try again shortly")
    try:
        done = subprocess.run(command, input=data, capture_output=True, timeout=TIMEOUT, check=False,
                              preexec_fn=_limit_memory if os.name == "posix" else None)
    except subprocess.TimeoutExpired:
        raise RenderError(f"Graphviz took longer than {TIMEOUT} s: draw a smaller graph") from None
    except OSError as exc:
        raise RenderError(f"cannot run Graphviz `dot`: {exc}; {INSTALL_HINT}") from None
    finally:
        _DOT_SLOTS.release()
    if done.returncode != 0 or not done.stdout:
        message = done.stderr.decode(errors="replace").strip() or f"exit status {done.returncode}"
        raise RenderError(f"Graphviz failed: {message}")
    return done.stdout


def render(scene: Scene, fmt: str, *, links: Links | None = None) -> bytes:
    """The file contents of ``scene`` in ``fmt`` (svg, png, pdf, dot or mermaid).

    Examples
    --------
    >>> from actorgraph.diagrams.scene import Scene
    >>> render(Scene(kind="path", title="Nothing"), "mermaid").startswith(b"---")
    True
    """
    fmt = format_for(None, fmt)
    if fmt == "mermaid":
        return to_mermaid(scene).encode()
    source = to_dot(scene, links=links)
    if fmt == "dot":
        return source.encode()
    return run_dot(source, fmt)
