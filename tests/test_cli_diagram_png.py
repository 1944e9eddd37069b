"""A PNG of a large diagram comes with a note to use SVG or PDF (labels are unreadable at page size)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from actorgraph.cli.diagram import PNG_READABLE_NODES

pytestmark = pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz dot is not installed")


def _cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", "from actorgraph.cli import main; main()", *args], env=env,
                          capture_output=True, text=True, timeout=300)


def test_a_large_png_says_to_use_svg_and_a_small_one_does_not(tmp_path: Path):
    env = {**os.environ, "ACTORGRAPH_STORE": "embedded", "ACTORGRAPH_EMBEDDED_PATH": str(tmp_path / "graph.lbug")}
    rows = ["id,subject,relation,object,from,source"]
    rows += [f"f{i},Backer Brigade {i},SUPPORTS,Hezbollah,2024-01,Our own note {i}"
             for i in range(PNG_READABLE_NODES + 5)]
    rows += ["small,Lone Front,SUPPORTS,Quiet Front,2024-01,Our own note"]
    facts = tmp_path / "facts.csv"
    facts.write_text("\n".join(rows) + "\n")
    assert _cli(env, "ingest", str(facts)).returncode == 0
    big = _cli(env, "diagram", "neighbours", "Hezbollah", "-o", str(tmp_path / "big.png"))
    assert big.returncode == 0, big.stderr
    assert "hard to read in a PNG" in big.stderr and ".svg" in big.stderr
    small = _cli(env, "diagram", "neighbours", "Lone Front", "-o", str(tmp_path / "small.png"))
    assert small.returncode == 0 and "hard to read" not in small.stderr, small.stderr
    svg = _cli(env, "diagram", "neighbours", "Hezbollah", "-o", str(tmp_path / "big.svg"))
    assert svg.returncode == 0 and "hard to read" not in svg.stderr
