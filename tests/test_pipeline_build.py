"""One way to build the article extractor, and extraction whose cost stays linear in the text."""

from __future__ import annotations

from actorgraph.graph.model import Article
from actorgraph.loaders.articles.extract import MAX_SENTENCE_CHARS, Document
from actorgraph.loaders.articles.format import ArticleFormat, build_extractor
from actorgraph.loaders.base import LoadContext
from actorgraph.loaders.gazetteer import Gazetteer, Resolver
from actorgraph.loaders.pipeline import Pipeline

# Names the gazetteer knows: unknown organisation names cost more (see the report on issue 12).
CLAUSE = "Iran backs Hezbollah and the Houthis fight Saudi Arabia while Russia supports the Syrian government, "


def test_a_bare_context_builds_the_extractor_pipeline_build_builds(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Iran backs Hezbollah.\n")
    context = LoadContext(resolver=Resolver(Gazetteer.load()))
    list(ArticleFormat().load(path, context))
    built = Pipeline.build().extractor
    assert type(context.extractor) is type(built)
    assert vars(context.extractor).keys() == vars(built).keys()
    assert context.extractor.keep_hedged == built.keep_hedged  # type: ignore[attr-defined]


def test_a_one_megabyte_sentence_is_not_read_by_the_rules():
    """The rules read only sentences up to MAX_SENTENCE_CHARS, so the text they read is at most the
    text's length (linear), whatever one sentence holds. A count, not a timing."""
    extractor = build_extractor(Resolver(Gazetteer.load()))
    one = (CLAUSE * (1_000_000 // len(CLAUSE) + 1))[:1_000_000] + "."
    _, finder, candidates = extractor.prepare(Document(article=Article(id="one-sentence"), text=one))
    assert len(finder.mentions) > 10_000  # the names are found...
    assert candidates == []  # ...but no rule runs over a megabyte

    many = CLAUSE.replace(", ", ". ") * 2000
    _, _, split = extractor.prepare(Document(article=Article(id="many-sentences"), text=many))
    assert len(split) >= 1
    assert all(end - start <= MAX_SENTENCE_CHARS for start, end, _ in split)
    assert sum(end - start for start, end, _ in split) <= len(many)


def test_a_long_sentence_still_yields_its_article():
    extractor = build_extractor(Resolver(Gazetteer.load()))
    text = "Iran backs Hezbollah. " + CLAUSE * 2000 + "."
    extraction = extractor.extract(Document(article=Article(id="long-one"), text=text))
    claims = extraction.batch().claims
    assert {(c.subject, c.object) for c in claims} >= {("iran", "hezbollah")}, claims
