"""One deterministic HTML reader: claim ids never depend on what happens to be installed."""

from __future__ import annotations

import sys
import types
from pathlib import Path

from actorgraph.loaders.articles.format import ArticleFormat
from actorgraph.loaders.articles.text import HTML_READER, html_to_page
from actorgraph.loaders.pipeline import Pipeline

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "articles" / "gaza-lebanon.html"


def _claims(path: Path) -> tuple[set[str], set[str | None]]:
    units = list(ArticleFormat().load(path, Pipeline.build().context()))
    batches = [u.batch for u in units if hasattr(u, "batch")]
    return {c.id for b in batches for c in b.claims}, {a.reader for b in batches for a in b.articles}


def test_the_reader_is_recorded_on_the_article():
    ids, readers = _claims(EXAMPLE)
    assert ids and readers == {HTML_READER}


def test_an_installed_extraction_package_changes_nothing(monkeypatch):
    """With a package named trafilatura importable (one that fails if used), the ids are the same."""
    before, _ = _claims(EXAMPLE)

    def refuse(*_args, **_kwargs):
        raise AssertionError("the HTML reader must not depend on an optional package")

    fake = types.ModuleType("trafilatura")
    fake.extract = fake.extract_metadata = refuse  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "trafilatura", fake)
    after, _ = _claims(EXAMPLE)
    assert after == before


def test_page_furniture_and_scripts_are_dropped():
    page = html_to_page("<html lang='en'><head><title>T</title><script>var x='Iran supports Hamas.'</script></head>"
                        "<body><nav>Home</nav><p>Iran supports Hezbollah.</p><footer>About</footer></body></html>")
    assert page.text == "Iran supports Hezbollah." and page.title == "T" and page.language == "en"
