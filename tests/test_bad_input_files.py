"""Whole files that are odd or hostile, beside good files, into a fresh embedded store: every odd file is
read or refused with a message naming it, never a traceback, and the good files are always stored.

Complements tests/test_bad_input.py (one bad row among good rows of a well-formed file). Sentences and
facts are our own (a war around Lake Chad).
"""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from actorgraph.graph.model import Actor, Article, Claim, Evidence, GraphBatch, RelationType
from actorgraph.graph.store import open_store
from actorgraph.settings import Settings

SENT = "Chad attacked Boko Haram positions on Tuesday. Algeria backed Mali against the rebels.\n"


def _store(path: Path):
    return open_store(Settings(_env_file=None, store="embedded", embedded_path=path))


def test_a_line_break_late_in_a_long_batch_is_written(tmp_path: Path):
    """LadybugDB reads a quoted line break in a bulk file only when one shows near its top: a batch of
    hundreds of claims whose only multi-line sentence comes late used to fail whole."""
    store = _store(tmp_path / "graph.lbug")
    lines = {700: "Chad attacked\nBoko Haram near Bol.", 900: "Mali backed\rNiger against the rebels."}
    actors = (Actor(id="chad-x", name="Chad X"), Actor(id="boko-x", name="Boko X"))
    article = Article(id="lake-chad-batch", published="2021-03-04")
    claims = tuple(Claim(article=article.id, type=RelationType.ATTACKS, subject="chad-x", object="boko-x",
                         evidence=Evidence(sentence=lines.get(k, f"Raid number {k} near Baga."), start=k, end=k + 1))
                   for k in range(1000))
    try:
        store.write(GraphBatch(actors=actors, articles=(article,), claims=claims))
        rows = store.query("export_claims", after="", limit=5000)
    finally:
        store.close()
    assert len(rows) == 1000
    assert set(lines.values()) <= {r["sentence"] for r in rows}
