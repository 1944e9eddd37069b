"""A bad setting is a one-line message naming the variable and its rule, never a traceback."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SETTINGS_EXIT = 6


def run(args: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("ACTORGRAPH_")}
    clean["ACTORGRAPH_EMBEDDED_PATH"] = str(cwd / "graph.lbug")
    return subprocess.run([sys.executable, "-m", "actorgraph.cli", *args], cwd=cwd, capture_output=True,
                          text=True, env={**clean, **env}, timeout=120)


def test_the_example_env_file_only_matters_to_serve(tmp_path: Path):
    shutil.copy(ROOT / ".env.example", tmp_path / ".env")
    done = run(["stats", "--json"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    served = run(["serve", "--port", "8999"], tmp_path)
    assert served.returncode == SETTINGS_EXIT
    assert "ACTORGRAPH_API_KEY" in served.stderr and "placeholder" in served.stderr
    assert "Traceback" not in served.stderr and "changeme" not in served.stderr


@pytest.mark.parametrize(("variable", "value", "rule"), [
    ("ACTORGRAPH_BATCH_SIZE", "0", "greater than or equal to 1"),
    ("ACTORGRAPH_PORT", "abc", "valid integer"),
    ("ACTORGRAPH_STORE", "sqlite", "'embedded' or 'neo4j'"),
])
def test_a_bad_setting_names_the_variable_and_the_rule(tmp_path: Path, variable: str, value: str, rule: str):
    done = run(["stats"], tmp_path, **{variable: value})
    assert done.returncode == SETTINGS_EXIT, done.stderr
    assert "Traceback" not in done.stderr
    line = done.stderr.strip()
    assert f"{variable}={value}" in line and rule in line, line


def test_a_short_key_is_refused_by_serve_without_echoing_it(tmp_path: Path):
    done = run(["serve", "--port", "8999"], tmp_path, ACTORGRAPH_API_KEY="short-xyzzy")
    assert done.returncode == SETTINGS_EXIT
    assert "ACTORGRAPH_API_KEY must be at least 16 characters" in done.stderr
    assert "xyzzy" not in done.stderr

@pytest.mark.parametrize("args", [["--help"], ["ingest", "--help"], ["diagram", "lineage", "-h"], ["serve", "--help"]])
def test_help_works_with_a_bad_setting(tmp_path: Path, args: list[str]):
    done = run(args, tmp_path, ACTORGRAPH_PORT="abc")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Usage: ") and not done.stderr


def test_a_command_still_refuses_the_bad_setting_after_a_separator(tmp_path: Path):
    done = run(["lineage", "--", "--help"], tmp_path, ACTORGRAPH_PORT="abc")
    assert done.returncode == SETTINGS_EXIT and "ACTORGRAPH_PORT=abc" in done.stderr, done.stderr


def test_a_variable_that_is_no_setting_is_named_with_the_nearest_setting(tmp_path: Path):
    done = run(["stats"], tmp_path, ACTORGRAPH_BATCHSIZE="10", ACTORGRAPH_DB=str(tmp_path / "other.lbug"),
               ACTORGRAPH_REQUIRE_NEO4J="1")
    assert done.returncode == 0, done.stderr
    warnings = [line for line in done.stderr.splitlines() if line.startswith("warning:")]
    assert warnings == [
        "warning: ACTORGRAPH_BATCHSIZE is not a setting and is ignored (did you mean ACTORGRAPH_BATCH_SIZE?); "
        "see docs/settings.md",
        "warning: ACTORGRAPH_DB is not a setting and is ignored; see docs/settings.md",
    ]  # the test scripts' own variables are not settings, and not warned of
