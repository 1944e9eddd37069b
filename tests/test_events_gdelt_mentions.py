"""GDELT mentions tables give an event's claim its reporting publishers as sources; header files are skipped."""

from __future__ import annotations

import shutil
from pathlib import Path

from actorgraph.graph import questions as q
from actorgraph.graph.backends.embedded import EmbeddedStore
from actorgraph.loaders.formats import detect
from actorgraph.loaders.pipeline import Pipeline

EXPORT = Path(__file__).resolve().parent.parent / "examples" / "events" / "gdelt2.export.CSV"
HEADER = "GLOBALEVENTID\tEventTimeDate\tMentionTimeDate\tMentionType\tMentionSourceName\tMentionIdentifier\n"


def mention(event: str, publisher: str, url: str, when: str = "20200221090000") -> str:
    fields = [event, "20200220120000", when, "1", publisher, url, "3", "-1", "40", "12", "1", "80", "2100",
              "-3.1", "", ""]
    return "\t".join(fields)


def test_mentions_add_the_reporting_publishers_as_sources(tmp_path: Path):
    folder = tmp_path / "gdelt"
    folder.mkdir()
    shutil.copy(EXPORT, folder / "20200220.export.CSV")
    (folder / "20200220.mentions.CSV").write_text("\n".join([
        mention("910000101", "wire.example", "https://wire.example/idlib-strikes"),
        mention("910000101", "daily.example", "https://daily.example/2020/02/21/idlib"),
        mention("910000101", "daily.example", "https://daily.example/2020/02/22/idlib-again", "20200222080000"),
        mention("999999999", "elsewhere.example", "https://elsewhere.example/x"),
    ]) + "\n")
    (folder / "mentions_header.tsv").write_text(HEADER)
    store = EmbeddedStore.open(tmp_path / "g.lbug")
    store.ensure_schema()
    try:
        report = Pipeline.build(write=store.write).ingest([folder])
        assert report.ok, report.failed
        assert str(folder / "mentions_header.tsv") in report.skipped
        assert any("header" in w.message and w.where.endswith("mentions_header.tsv") for w in report.warnings)
        assert any("1 events not read in this run" in w.message for w in report.warnings)
        evidence = q.evidence(store, "ATTACKS:russia:hayat-tahrir-al-sham")
        assert {c.source for c in evidence.claims} == {"GDELT", "wire.example", "daily.example"}
        assert evidence.relation.sources == 3 and evidence.relation.claims == 4
        again = Pipeline.build(write=store.write).ingest([folder])
        assert again.written.claims_new == 0 and again.written.claims_existing == report.written.claims_new
    finally:
        store.close()


def test_mentions_and_headers_are_detected():
    assert detect(Path("x.mentions.CSV"), mention("1", "a", "b").encode()).name == "gdelt-mentions"
    assert detect(Path("h.tsv"), HEADER.encode()).name == "gdelt-header"
    assert detect(Path("x.export.CSV"), EXPORT.read_bytes()[:4096]).name == "gdelt"
