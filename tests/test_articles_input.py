"""Bad and varied input: empty, binary, cp1252, too large, HTML with scripts, malformed JSON lines, datelines."""

from __future__ import annotations

import json

from actorgraph.loaders.articles import format as format_module
from actorgraph.loaders.articles.format import ArticleFormat
from actorgraph.loaders.base import LoadContext, Loaded, LoadIssue
from actorgraph.loaders.gazetteer import Gazetteer, Resolver

SENTENCE = "Russian jets bombed HTS positions on Sunday."


def load(tmp_path, name, data, **kw):
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode())
    context = LoadContext(resolver=Resolver(Gazetteer.load()), **kw)
    return list(ArticleFormat().load(path, context))


def test_empty_file(tmp_path):
    (issue,) = load(tmp_path, "a.txt", b"  \n")
    assert isinstance(issue, LoadIssue) and "empty" in issue.message


def test_binary_file(tmp_path):
    (issue,) = load(tmp_path, "a.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    assert "binary" in issue.message


def test_cp1252_text_is_read_with_a_warning(tmp_path):
    items = load(tmp_path, "a.txt", ("T\u00fcrkiye \u2013 " + SENTENCE).encode("cp1252"), published="2024-11-27")
    assert any(isinstance(i, LoadIssue) and i.level == "warning" and "cp1252" in i.message for i in items)
    (loaded,) = [i for i in items if isinstance(i, Loaded)]
    assert loaded.batch.claims


def test_file_over_the_limit_is_refused(tmp_path):
    (issue,) = load(tmp_path, "a.txt", SENTENCE * 100, max_bytes=1000)
    assert "over the limit" in issue.message and "--max-bytes" in issue.message


def test_html_scripts_are_dropped_never_run(tmp_path):
    html = ("<html><head><title>T</title><script>document.write('Israel attacked Hezbollah')</script></head>"
            f"<body><article><p>{SENTENCE} More text follows here about the war.</p></article></body></html>")
    (loaded,) = [i for i in load(tmp_path, "a.html", html, published="2024-11-27") if isinstance(i, Loaded)]
    assert {c.subject for c in loaded.batch.claims} == {"russia"}
    assert all("Hezbollah" not in c.evidence.sentence for c in loaded.batch.claims)


def test_malformed_json_lines_report_the_line_and_go_on(tmp_path):
    lines = [json.dumps({"id": "a", "published": "2024-11-27", "text": SENTENCE}), "{not json",
             json.dumps({"id": "b", "published": "2024-11-27", "text": SENTENCE})]
    items = load(tmp_path, "a.jsonl", "\n".join(lines))
    issues = [i for i in items if isinstance(i, LoadIssue)]
    assert len(issues) == 1 and issues[0].where.endswith(":2")
    assert [i.batch.articles[0].id for i in items if isinstance(i, Loaded)] == ["a", "b"]


def test_dateline_dates_the_article(tmp_path):
    text = f"BEIRUT, Nov 27 (Reuters) - {SENTENCE}"
    (loaded,) = [i for i in load(tmp_path, "a.txt", text, published="2024-12-01") if isinstance(i, Loaded)]
    assert str(loaded.batch.articles[0].published) == "2024-11-27"


def test_a_short_first_line_is_a_title_unless_it_ends_a_sentence(tmp_path):
    (titled,) = load(tmp_path, "a.txt", f"Jets strike rebel positions\n\n{SENTENCE}", published="2024-12-01")
    assert titled.batch.articles[0].title == "Jets strike rebel positions" and titled.batch.claims
    (plain,) = load(tmp_path, "b.txt", f"{SENTENCE}\n\nResidents fled the town.", published="2024-12-01")
    assert plain.batch.articles[0].title is None and plain.batch.claims  # the first sentence is read, not a title


def test_article_without_date_is_read_with_a_warning(tmp_path):
    (loaded,) = load(tmp_path, "a.md", "# Title\n\n" + SENTENCE)
    assert loaded.batch.claims and any("no article date" in i.message for i in loaded.issues)


def test_context_extractor_is_used_and_built_once(tmp_path):
    from actorgraph.loaders.articles.extract import RuleExtractor

    resolver = Resolver(Gazetteer.load())
    strict = RuleExtractor(resolver, keep_hedged=False)
    path = tmp_path / "a.txt"
    path.write_text("Russian jets allegedly bombed HTS positions on Sunday.")
    (unit,) = ArticleFormat().load(path, LoadContext(resolver=resolver, extractor=strict, published="2024-11-27"))
    assert not unit.batch.claims  # the given extractor drops hedged claims
    context = LoadContext(resolver=resolver, published="2024-11-27")
    (unit,) = ArticleFormat().load(path, context)
    built = context.extractor
    assert unit.batch.claims and isinstance(built, RuleExtractor)
    list(ArticleFormat().load(path, context))
    assert context.extractor is built


def test_the_revision_follows_the_text_and_the_release_that_reads_it(tmp_path, monkeypatch):
    def revision(text: str) -> str:
        (loaded,) = [i for i in load(tmp_path, "a.txt", text, published="2024-12-01") if isinstance(i, Loaded)]
        return loaded.batch.articles[0].revision

    first = revision(SENTENCE)
    assert revision(SENTENCE) == first  # the same text, read again: the same claims, nothing to replace
    assert revision(SENTENCE + " Turkey backed the rebels.") != first  # an edited text replaces its claims
    monkeypatch.setattr(format_module, "reading_version", lambda: "another-release")
    assert revision(SENTENCE) != first  # another release (or word lists) may read other claims: replace them
