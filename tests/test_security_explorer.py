"""In a real headless Chromium: a stored ``javascript:`` article URL never becomes a link in the
explorer's evidence panel; an ``https:`` one does."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from api_server import serve
from conftest import unique
from test_explorer import browser, edge  # noqa: F401  (the browser fixture)

from actorgraph.graph.model import Actor, Article, Claim, Evidence, GraphBatch
from actorgraph.settings import Settings

SCRIPT_URL = "javascript:alert(document.domain)"


@pytest.fixture
def linked(blank_store) -> Iterator[tuple[str, str, str]]:
    """A relation backed by two articles, one with a script URL: (server URL, source id, relation id)."""
    source, target = unique("linkers"), unique("linked")
    articles = [Article(id=unique("evil"), title="Script link", source="Evil Wire", url=SCRIPT_URL,
                        published="2021-01-01"),
                Article(id=unique("good"), title="Plain link", source="Good Wire", url="https://example.org/report",
                        published="2021-02-01")]
    sentence = "The first group armed the second one."
    claims = [Claim(article=a.id, type="SUPPORTS", subject=source, object=target, extractor="test",
                    evidence=Evidence(sentence=sentence, start=0, end=len(sentence))) for a in articles]
    blank_store.write(GraphBatch(actors=(Actor(id=source, name="Linkers Front", kind="armed_group"),
                                         Actor(id=target, name="Linked Brigade", kind="armed_group")),
                                 articles=tuple(articles), claims=tuple(claims)))
    running = serve(Settings(_env_file=None), store=blank_store)
    yield next(running), source, f"SUPPORTS:{source}:{target}"
    running.close()


def test_only_http_urls_become_links(browser, linked):  # noqa: F811
    url, source, relation = linked
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(f"{url}/explore?actor={source}")
    page.click(edge(relation) + " text")
    page.wait_for_selector("#claims li")
    hrefs = page.eval_on_selector_all("#evidence a", "links => links.map(a => a.getAttribute('href'))")
    assert "https://example.org/report" in hrefs
    assert not any(h and h.strip().lower().startswith("javascript") for h in hrefs), hrefs
    assert "Evil Wire" in page.inner_text("#evidence") and dialogs == []
