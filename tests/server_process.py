"""The API in a server *process* of its own, so that a native crash (a segfault in LadybugDB)
fails the test that caused it instead of killing pytest.

``python tests/server_process.py DB PORT [NEO4J_URI]`` writes the fixture graph (the embedded
file at DB, or the Neo4j server at NEO4J_URI) and serves it on 127.0.0.1:PORT until stopped.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx

HERE = Path(__file__).parent


@dataclass
class ServerProcess:
    process: subprocess.Popen
    url: str
    client: httpx.Client

    def alive(self) -> bool:
        """Whether the process still runs and answers ``/health``."""
        if self.process.poll() is not None:
            return False
        return self.client.get("/health").status_code == 200


def run(backend: str, folder: Path, neo4j_uri: str) -> Iterator[ServerProcess]:
    """Start the server process for ``backend``; yields it once it answers, stops it after."""
    sys.path.insert(0, str(HERE))
    from api_server import free_port

    port = free_port()
    args = [sys.executable, str(Path(__file__).resolve()), str(folder / "graph.lbug"), str(port)]
    if backend == "neo4j":
        args.append(neo4j_uri)
    log = (folder / "server.log").open("wb")
    process = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    with httpx.Client(base_url=url, timeout=60) as client:
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"the server process exited ({process.returncode}); see {folder / 'server.log'}")
            try:
                if client.get("/health").status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                process.kill()
                raise RuntimeError("the server process did not start")
            time.sleep(0.2)
        try:
            yield ServerProcess(process, url, client)
        finally:
            process.terminate()
            try:
                process.wait(15)
            except subprocess.TimeoutExpired:
                process.kill()
            log.close()


def _main(db: str, port: int, neo4j_uri: str | None) -> None:
    sys.path.insert(0, str(HERE))
    import uvicorn
    from fixture_graph import fixture_batch

    from actorgraph.api.app import create_app
    from actorgraph.graph.store import open_store
    from actorgraph.settings import Settings

    options = {"store": "neo4j", "neo4j_uri": neo4j_uri} if neo4j_uri else {"embedded_path": Path(db)}
    settings = Settings(_env_file=None, cypher_timeout=5, **options)
    store = open_store(settings)
    store.write(fixture_batch())
    store.close()
    uvicorn.run(create_app(settings), host="127.0.0.1", port=port, log_level="warning")


if __name__ == "__main__":
    _main(sys.argv[1], int(sys.argv[2]), sys.argv[3] if len(sys.argv) > 3 else None)
