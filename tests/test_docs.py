"""Docs that are generated from the code stay in step with it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_generated_docs_are_current():
    done = subprocess.run([sys.executable, "scripts/gen_docs.py", "--check"], cwd=ROOT, capture_output=True,
                          text=True, env={"COLUMNS": "100", "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr


def test_cli_doc_names_every_command_once_by_its_real_usage(monkeypatch):
    """Each command and group subcommand has a section whose usage line is what `--help` prints."""
    text = (ROOT / "docs" / "cli.md").read_text()
    assert "actorgraph actorgraph" not in text
    from click.testing import CliRunner

    from actorgraph.cli import root

    monkeypatch.setenv("COLUMNS", "100")

    def walk(group, path):
        for name in group.list_commands(None):
            command = group.get_command(None, name)
            yield [*path, name], command
            if hasattr(command, "list_commands"):
                yield from walk(command, [*path, name])

    found = list(walk(root, ["actorgraph"]))
    assert any(len(p) == 3 and p[1] == "diagram" for p, _ in found)
    for path, _command in found:
        done = CliRunner().invoke(root, [*path[1:], "--help"], prog_name="actorgraph")
        usage = done.output.splitlines()[0]
        assert usage.startswith(f"Usage: {' '.join(path)} "), usage
        assert f"\n{usage}\n" in text, f"{' '.join(path)} is missing from docs/cli.md"


def test_the_package_ships_its_type_hints():
    """PEP 561: py.typed is in the package data, so users' type checkers read our annotations."""
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert "py.typed" in config["tool"]["setuptools"]["package-data"]["actorgraph"]
    assert (ROOT / "py.typed").exists()
    assert any(dep.startswith("mypy") for dep in config["project"]["optional-dependencies"]["test"])
