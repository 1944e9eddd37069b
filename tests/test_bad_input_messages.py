"""Messages name the file, line or entry and the field, never a pydantic model ("1 validation
error for Actor") or its documentation link."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from actorgraph.errors import InputError, plain_message
from actorgraph.graph.model import Actor, Article
from actorgraph.loaders.gazetteer import Gazetteer

UGLY = ("validation error", "pydantic", "input_value", "Traceback", "For further information")


def _clean(text: str) -> None:
    assert not any(word in text for word in UGLY), text


def test_a_bad_gazetteer_entry_names_the_file_entry_and_field(tmp_path: Path):
    path = tmp_path / "extra.yaml"
    path.write_text("- name: Starship Troopers Brigade\n  kind: spaceship\n- name: Good Front\n")
    with pytest.raises(InputError) as raised:
        Gazetteer.load([path], builtin=False)
    message = raised.value.message
    _clean(message)
    assert message.startswith(f"{path}: actor #1: kind: ") and "'spaceship'" in message


def test_the_cli_says_it_in_one_line(tmp_path: Path):
    extra = tmp_path / "extra.yaml"
    extra.write_text("- name: Starship Troopers Brigade\n  kind: spaceship\n")
    text = tmp_path / "a.txt"
    text.write_text("Iran backs Hezbollah.\n")
    env = {**os.environ, "ACTORGRAPH_EMBEDDED_PATH": str(tmp_path / "graph.lbug")}
    done = subprocess.run([sys.executable, "-c", "from actorgraph.cli import main; main()", "ingest", "--actors",
                           str(extra), str(text)], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 2, done.stderr
    _clean(done.stderr)
    assert done.stderr.strip().count("\n") == 0 and "kind:" in done.stderr


@pytest.mark.parametrize(("build", "field"), [
    (lambda: Article(id="has spaces"), "id"),
    (lambda: Actor(id="x", name="X", kind="spaceship"), "kind"),
])
def test_plain_message_names_the_field(build, field: str):
    with pytest.raises(ValueError) as raised:
        build()
    named, message = plain_message(raised.value)
    assert named == field
    _clean(message)
    assert "(got " in message


def test_plain_message_of_other_errors_is_their_first_line():
    assert plain_message(ValueError("first\nsecond")) == (None, "first")
    assert plain_message(OverflowError()) == (None, "OverflowError")
