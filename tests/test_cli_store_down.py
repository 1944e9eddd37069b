"""Neo4j going away in the middle of an ingest: the run stops at the file it was writing (one
wait for the driver's retries, not one per remaining file), says where to resume, and the CLI
exits 5 ("store unreachable", as documented) rather than 1.

The server really goes away: the store reaches Neo4j through a TCP relay the test shuts."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from pathlib import Path

import pytest
from conftest import NEO4J_URI, unique

from actorgraph.cli import EXIT_CODES
from actorgraph.errors import StoreUnavailable
from actorgraph.graph.backends.neo4j import Neo4jStore
from actorgraph.loaders.pipeline import Pipeline


class Relay:
    """Forwards 127.0.0.1:port to the Neo4j server until :meth:`shut` closes every connection."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.sockets: list[socket.socket] = []
        self.open = True
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while self.open:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.target)
            self.sockets += [client, server]
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass

    def shut(self) -> None:
        self.open = False
        with contextlib.suppress(OSError):  # shutdown wakes the blocked accept(); close alone would not
            self.listener.shutdown(socket.SHUT_RDWR)
        self.listener.close()
        for s in self.sockets:
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
            s.close()


def _facts(folder: Path, n: int) -> list[Path]:
    tag = unique("down")
    paths = []
    for i in range(n):
        path = folder / f"facts-{i}.csv"
        path.write_text(f"id,subject,relation,object,from,source\n"
                        f"f{i},{tag} Front {i},SUPPORTS,Hezbollah,2024-01,Our own note {i}\n")
        paths.append(path)
    return paths


@pytest.mark.neo4j
def test_the_ingest_stops_at_the_first_file_the_store_cannot_take(tmp_path: Path):
    try:
        Neo4jStore.connect(NEO4J_URI).close()
    except StoreUnavailable:
        pytest.skip("no Neo4j server")
    host, port = NEO4J_URI.removeprefix("bolt://").split(":")
    relay = Relay((host, int(port)))
    store = Neo4jStore.connect(f"bolt://127.0.0.1:{relay.port}")
    writes: list[int] = []

    def write(batch):  # the store's own writer; the relay is shut after the first batch is stored
        result = store.write(batch)
        writes.append(len(batch.claims))
        if len(writes) == 1:
            relay.shut()
        return result

    pipeline = Pipeline.build(write=write, batch_size=1)
    paths = _facts(tmp_path, 6)
    started = time.monotonic()
    with pytest.raises(StoreUnavailable) as raised:
        pipeline.ingest(paths)
    elapsed = time.monotonic() - started
    store.close()
    assert writes == [1]  # file 0 was stored, then nothing more was tried after the failure
    assert "the ingest stopped at" in raised.value.message and str(paths[1]) in raised.value.message
    assert "rerun" in raised.value.message
    # One wait for the driver's retries (about 30 s), not one per remaining file (5 x 30 s).
    assert elapsed < 90, elapsed
    assert next(code for kind, code in EXIT_CODES if isinstance(raised.value, kind)) == 5
