"""The README's quick start, run as a new user would type it (on a temporary embedded store).

Every ``actorgraph ...`` and ``curl ...`` line of the README's command blocks is executed; the
main job's ingest must fail nothing, the server must answer the README's URLs.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

import httpx
from api_server import free_port

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text()
ACTORGRAPH = [sys.executable, "-m", "actorgraph.cli"]


def commands(prefix: str) -> list[str]:
    blocks = re.findall(r"```bash\n(.*?)```", README, flags=re.S)
    lines = [line.split("  #")[0].strip() for block in blocks for line in block.splitlines()]
    return [line for line in lines if line.startswith(prefix)]


def run(argv: list[str], env: dict, cwd: Path) -> subprocess.CompletedProcess:
    done = subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, f"{shlex.join(argv)} failed:\n{done.stdout}\n{done.stderr}"
    return done


def test_readme_quick_start(tmp_path: Path):
    env = {**os.environ, "ACTORGRAPH_EMBEDDED_PATH": str(tmp_path / "graph.lbug"), "COLUMNS": "120"}
    main_job = next(line for line in commands("pip install") if "actorgraph serve" in line)
    steps = [step.strip() for step in main_job.split("&&")]
    assert steps[0] == "pip install -e ." and steps[-1] == "actorgraph serve"
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    (tmp_path / "data").mkdir()
    shutil.copy(ROOT / "data" / "lineage.yaml", tmp_path / "data")
    for step in steps[1:-1]:  # the ingest: run from a copy, as a user's clone would be
        done = run(ACTORGRAPH + shlex.split(step)[1:], env, tmp_path)
        assert "failed 0" in done.stdout, done.stdout

    port = free_port()
    server = subprocess.Popen([*ACTORGRAPH, "serve", "--port", str(port)], env=env, cwd=tmp_path,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                if httpx.get(f"{base}/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.2)
        for path in ("/", "/docs"):
            assert httpx.get(base + path, follow_redirects=True, timeout=10).status_code == 200
        for line in commands("curl "):
            url = shlex.split(line)[1].replace("http://127.0.0.1:8000", base)
            response = httpx.get(url, timeout=30)
            assert response.status_code == 200, f"{line}: {response.text}"
    finally:
        server.terminate()
        server.wait(timeout=30)

    for line in commands("actorgraph "):
        argv = shlex.split(line)[1:]
        if "-o" in argv:
            argv[argv.index("-o") + 1] = str(tmp_path / argv[argv.index("-o") + 1])
        run(ACTORGRAPH + argv, env, tmp_path)
