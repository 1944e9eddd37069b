"""Bounded resources outside /cypher: only regular files are read (no FIFO that hangs, no
/dev/zero that never ends), oversized drawings are refused before Graphviz runs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from actorgraph.diagrams.render import MAX_DOT_BYTES, run_dot
from actorgraph.errors import RenderError


def _ingest(tmp_path: Path, *paths: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "ACTORGRAPH_EMBEDDED_PATH": str(tmp_path / "graph.lbug")}
    return subprocess.run([sys.executable, "-c", "from actorgraph.cli import main; main()", "ingest",
                           *map(str, paths)], env=env, capture_output=True, text=True, timeout=120)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_and_a_dev_zero_link_are_refused_and_the_rest_is_read(tmp_path: Path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    zero = tmp_path / "zero.txt"
    zero.symlink_to("/dev/zero")
    good = tmp_path / "good.txt"
    good.write_text("Iran backs Hezbollah.\n")
    done = _ingest(tmp_path, fifo, zero, good)
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    assert f"{fifo}: not a regular file" in done.stderr and f"{zero}: not a regular file" in done.stderr
    assert "files 3  articles/units 1" in done.stdout


def test_oversized_drawings_are_refused_before_graphviz():
    source = "digraph g {" + "".join(f"n{i} -> n{i + 1};" for i in range(MAX_DOT_BYTES // 10)) + "}"
    with pytest.raises(RenderError, match="too large to lay out"):
        run_dot(source, "svg")
