"""ACLED and fact CSVs saved as UTF-16 (with or without a byte-order mark) or with lone CR line
endings (old Mac exports) are read like the UTF-8 file: same units, same claims, same lines."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from actorgraph.loaders.events.common import csv_rows, encoding_of, sniff_header

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "events"
VARIANTS = {
    "utf-16-bom": lambda t: t.encode("utf-16"),
    "utf-16-le": lambda t: t.encode("utf-16-le"),
    "utf-16-be-bom": lambda t: b"\xfe\xff" + t.encode("utf-16-be"),
    "utf-8-bom": lambda t: t.encode("utf-8-sig"),
    "cr-only": lambda t: t.replace("\r\n", "\n").replace("\n", "\r").encode(),
    "crlf": lambda t: t.replace("\r\n", "\n").replace("\n", "\r\n").encode(),
}


def _summary(tmp_path: Path, path: Path) -> str:
    env = {**os.environ, "ACTORGRAPH_EMBEDDED_PATH": str(tmp_path / "graph.lbug")}
    done = subprocess.run([sys.executable, "-c", "from actorgraph.cli import main; main()", "ingest", str(path)],
                          env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    return done.stdout.splitlines()[0].replace(str(path), "FILE")


@pytest.mark.parametrize("variant", VARIANTS)
def test_rows_read_the_same_in_every_encoding_and_line_ending(tmp_path: Path, variant: str):
    text = (EXAMPLES / "acled.csv").read_text(encoding="utf-8")
    path = tmp_path / f"acled-{variant}.csv"
    path.write_bytes(VARIANTS[variant](text))
    plain = tmp_path / "plain.csv"
    plain.write_text(text, encoding="utf-8")
    assert sniff_header(path.read_bytes()[:4096]) == sniff_header(plain.read_bytes()[:4096])
    assert list(csv_rows(path)) == list(csv_rows(plain))


@pytest.mark.parametrize("variant", ["utf-16-bom", "cr-only"])
def test_ingest_reads_them_like_the_utf8_file(tmp_path: Path, variant: str):
    text = (EXAMPLES / "acled.csv").read_text(encoding="utf-8")
    path = tmp_path / "odd" / "acled.csv"
    path.parent.mkdir()
    path.write_bytes(VARIANTS[variant](text))
    assert _summary(tmp_path / "a", path) == _summary(tmp_path / "b", EXAMPLES / "acled.csv")


def test_encoding_of_plain_utf8_and_empty():
    assert encoding_of(b"id,subject\n") == "utf-8-sig"
    assert encoding_of(b"") == "utf-8-sig"
    assert encoding_of("id,subject\n".encode("utf-16-le")) == "utf-16-le"
