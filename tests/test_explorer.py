"""The explorer page in a real headless Chromium, against a real uvicorn server on the fixture graph.

Needs Debian's ``chromium`` and the ``playwright`` Python package (the test extra); the browser
is Debian's, never one downloaded by Playwright. Without them the test skips locally with the
reason, and fails under CI (``CI=true``). Screenshots go to a temp folder, or to
``ACTORGRAPH_SCREENSHOTS`` when set.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("ACTORGRAPH_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _missing(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CI needs the explorer test: {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("playwright is not installed (pip install -e '.[test]')")
    if not Path(CHROMIUM).exists() or shutil.which("dot") is None:
        _missing(f"needs Debian's chromium at {CHROMIUM} and Graphviz: apt-get install chromium graphviz")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield launched
        launched.close()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def server(store) -> Iterator[str]:
    """A uvicorn server on a loopback port serving the fixture graph of ``store``."""
    import uvicorn

    from actorgraph.api.app import create_app
    from actorgraph.settings import Settings

    port = _free_port()
    config = uvicorn.Config(create_app(Settings(), store=store), host="127.0.0.1", port=port, log_level="warning")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not running.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the API server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def shots(tmp_path: Path, store) -> Path:
    folder = Path(os.environ.get("ACTORGRAPH_SCREENSHOTS") or tmp_path) / store.backend
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def node(actor_id: str) -> str:
    return f'#graph g[id="a:{actor_id}"]'


def edge(relation_id: str) -> str:
    return f'#graph g[id="r:{relation_id}"]'


def test_search_view_date_and_evidence(browser, server, shots):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(server + "/")  # the root sends browsers to the explorer
    assert page.url.endswith("/explore")
    assert page.title() == "actorgraph explorer"

    # search with a typo-free alias, pick the actor, see its neighbourhood
    page.fill("#q", "nusra")
    page.click("#search button")
    page.wait_for_selector("#results li")
    assert "Jabhat al-Nusra" in page.inner_text("#results")
    page.click('#results li[data-id="jabhat-al-nusra"]')
    page.wait_for_selector(node("jabhat-al-nusra"))
    assert page.locator(node("al-qaeda")).count() == 1
    assert page.locator(edge("ALLIED_WITH:ahrar-al-sham:jabhat-al-nusra")).count() == 1
    assert "Around Jabhat al-Nusra" in page.inner_text("#graph")
    assert "actor=jabhat-al-nusra" in page.url
    page.screenshot(path=str(shots / "1-neighbourhood.png"), full_page=True)

    # the lineage view, then the evidence of one of its edges
    page.check('input[name=view][value="lineage"]')
    page.wait_for_selector('#graph[data-view="lineage"]')
    page.wait_for_selector(node("hayat-tahrir-al-sham"))
    assert "Lineage of Jabhat al-Nusra" in page.inner_text("#graph")
    page.click(edge("SUCCESSOR_OF:jabhat-fateh-al-sham:jabhat-al-nusra") + " text")
    page.wait_for_selector("#claims li")
    panel = page.inner_text("#evidence")
    assert "Jabhat Fateh al-Sham is the name Nusra took in July 2016." in panel
    assert "Fixture Review" in panel and "1 claim from 1 source" in panel and "1 claims" not in panel
    assert panel.count("A new jihadist alliance in Idlib") <= 1  # the article title once per claim at most
    assert page.inner_text("#evidence-title") == "Jabhat Fateh al-Sham successor of Jabhat al-Nusra"
    page.screenshot(path=str(shots / "2-lineage-evidence.png"), full_page=True)

    # move the as-of date to 1 Jan 2015: the renamings of 2016-17 are not there yet
    page.uncheck("#all-dates")
    page.wait_for_function("document.querySelector('#graph').dataset.asOf !== ''")
    page.eval_on_selector("#as-of", """(slider) => {
        slider.value = String(Math.round((Date.UTC(2015, 0, 1) - Date.UTC(1990, 0, 1)) / 86400000));
        slider.dispatchEvent(new Event('change'));
    }""")
    page.wait_for_selector('#graph[data-as-of="2015-01-01"]')
    assert page.inner_text("#as-of-label") == "2015-01-01"
    assert "as of 2015-01-01" in page.inner_text("#graph")
    assert page.locator(node("jabhat-fateh-al-sham")).count() == 0
    assert page.locator(node("al-qaeda")).count() == 1  # Nusra was al-Qaeda's branch then
    page.screenshot(path=str(shots / "3-lineage-2015.png"), full_page=True)

    # clicking an actor centres the view on it
    page.click(node("al-qaeda"))
    page.wait_for_selector('#graph[data-actor="al-qaeda"]')
    assert "Lineage of al-Qaeda" in page.inner_text("#graph")
    assert "as_of=2015-01-01" in page.url

    # the download links give the current view as SVG and PNG
    png = page.request.get(server + page.get_attribute("#download-png", "href"))
    assert png.ok and png.body()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "attachment" in png.headers["content-disposition"]
    svg = page.request.get(server + page.get_attribute("#download-svg", "href"))
    assert svg.ok
    texts = " ".join(t.text or "" for t in ET.fromstring(svg.body()).iter("{http://www.w3.org/2000/svg}text"))
    assert "Lineage of al-Qaeda" in texts
    assert errors == []
    page.close()


def test_unknown_actor_shows_the_error_message(browser, server, shots):
    page = browser.new_page()
    page.goto(server + "/explore?actor=nobody-at-all")
    page.wait_for_function("document.querySelector('#status').textContent.length > 0")
    assert "unknown actor" in page.inner_text("#status")
    page.fill("#q", "zzzzqqq")
    page.click("#search button")
    page.wait_for_function("document.querySelector('#status').textContent.includes('No actor')")
    page.screenshot(path=str(shots / "4-unknown.png"))
    page.close()


def test_start_page_and_shared_links(browser, server, store):
    """The start page lists the most connected actors; a shared link shows its actor in the search box."""
    from actorgraph.graph.overview import most_connected

    page = browser.new_page(viewport={"width": 1200, "height": 900})
    page.goto(server + "/explore")
    page.wait_for_selector("#start button")
    shown = page.eval_on_selector_all("#start button", "(buttons) => buttons.map((b) => b.dataset.id)")
    assert shown == [a.id for a in most_connected(store, limit=12)]
    assert "Most connected actors" in page.inner_text("#graph")
    first = most_connected(store, limit=1)[0]
    page.click(f'#start button[data-id="{first.id}"]')
    page.wait_for_selector(node(first.id))
    assert page.input_value("#q") == first.name
    shared = page.url
    page.close()

    again = browser.new_page()
    again.goto(shared)
    again.wait_for_selector(node(first.id))
    again.wait_for_function(f"document.querySelector('#q').value === {first.name!r}")
    assert again.locator("#start").count() == 0
    again.close()
