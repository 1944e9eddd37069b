"""Neo4j Browser for real: the Browser web app in headless Chromium, connected to the local Neo4j.

scripts/neo4j-browser-static fetches the Browser's static files (GPL-3.0, test-only, never a
dependency of the package); they are served here from a local HTTP server. The test connects to
the shared local Neo4j holding the fixture graph, applies neo4j/actorgraph.grass with ``:style``,
runs the lineage favourite (neo4j/queries/1-lineage.cypher) as a user would, checks the drawn
graph (actors, captions, kind colours) and saves a screenshot: its path is printed, or set
ACTORGRAPH_SCREENSHOTS to a folder to keep it.

Prerequisites: Debian's chromium, Playwright for Python, Maven. Missing ones skip the test
locally and fail it in CI (CI=true).
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from conftest import NEO4J_URI

from actorgraph import cypher
from actorgraph.diagrams.style import KINDS, TYPES
from actorgraph.graph.model import ActorKind, RelationType

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def missing(reason: str):
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI: the Neo4j Browser test cannot run: {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser_app() -> str:
    """URL of the Browser app served from the static files, on a port of its own."""
    if shutil.which("mvn") is None:
        missing("mvn is needed to fetch the Neo4j Browser app")
    done = subprocess.run([str(ROOT / "scripts/neo4j-browser-static")], capture_output=True, text=True, timeout=600)
    if done.returncode:
        missing(f"cannot fetch the Neo4j Browser app: {done.stderr[-500:]}")
    folder = done.stdout.strip().splitlines()[-1]
    handler = functools.partial(_QuietHandler, directory=folder)
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/browser/"
    server.shutdown()


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def chromium():
    if not Path(CHROMIUM).exists():
        missing(f"{CHROMIUM} is missing: apt-get install chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing("Playwright for Python is missing: pip install -e '.[test]'")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def test_lineage_in_neo4j_browser_with_the_style(neo4j_store, browser_app, chromium, tmp_path):
    page = chromium.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(f"{browser_app}?connectURL={NEO4J_URI}&preselectAuthMethod=NO_AUTH")
    page.get_by_text("Connected to Neo4j").wait_for(timeout=60_000)

    def run(command: str) -> None:
        page.locator(".monaco-editor").first.click()
        page.keyboard.insert_text(command)
        page.keyboard.press("Control+Enter")

    grass = (ROOT / "neo4j" / "actorgraph.grass").read_text()
    run(":style " + " ".join(grass.split()))
    page.locator("pre", has_text="node.ArmedGroup {").wait_for(timeout=20_000)  # Browser echoes the parsed style

    for statement in cypher.statements((ROOT / "neo4j" / "queries" / "1-lineage.cypher").read_text()):
        run(statement)  # the :param line, then the query
        page.wait_for_timeout(1000)
    nodes = page.locator("svg g.node")
    nodes.first.wait_for(timeout=30_000)
    page.wait_for_timeout(3000)  # let the force layout settle for the screenshot

    shots = Path(os.environ.get("ACTORGRAPH_SCREENSHOTS") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=shots / "neo4j-browser-lineage.png")
    print(f"screenshot: {shots / 'neo4j-browser-lineage.png'}")

    captions = " ".join(page.locator("svg g.node text").evaluate_all("ts => ts.map(t => t.textContent)"))
    for word in ("Hayat", "al-Qaeda", "Jabhat"):
        assert word in captions, f"{word!r} not among the node captions: {captions}"
    assert nodes.count() == 5
    fills = {page.locator("svg g.node circle.b-outline").nth(i).get_attribute("fill") for i in range(5)}
    assert fills == {KINDS[ActorKind.ARMED_GROUP].fill}, fills
    strokes = {s.lower() for s in page.locator("svg g.relationship path.b-outline").evaluate_all(
        "paths => paths.map(p => p.getAttribute('fill'))") if s}
    assert TYPES[RelationType.SUCCESSOR_OF].color.lower() in strokes, strokes
