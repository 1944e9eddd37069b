"""Schemathesis against /openapi.json of a live server per store: no input makes it answer 500,
and every answer matches the documented schema (errors included)."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from api_server import Api

pytest_plugins = ["api_server"]  # the `api` fixture: a live server per backend


def test_no_server_errors_for_generated_requests(api: Api, tmp_path):
    pytest.importorskip("schemathesis")
    command = [shutil.which("schemathesis") or "schemathesis"] if shutil.which("schemathesis") else \
        [sys.executable, "-m", "schemathesis.cli"]
    result = subprocess.run(
        [*command, "--no-color", "run", f"{api.url}/openapi.json",
         "--checks", "not_a_server_error,status_code_conformance,content_type_conformance,"
                     "response_schema_conformance",
         "--max-examples", "25", "--generation-deterministic", "--request-timeout", "60",
         "--phases", "examples,coverage,fuzzing", "--suppress-health-check", "all"],
        capture_output=True, text=True, timeout=900, cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
