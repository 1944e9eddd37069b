"""Helpers for the event-data loader tests: a small gazetteer, loading a file, writing batches."""

from __future__ import annotations

from pathlib import Path

from actorgraph.graph.backends.embedded import EmbeddedStore
from actorgraph.graph.model import GraphBatch
from actorgraph.loaders.base import LoadContext, Loaded, LoadIssue
from actorgraph.loaders.gazetteer import Gazetteer, Resolver

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "events"

# A stand-in for data/actors.yaml, written for these tests.
GAZETTEER = """
- name: Syrian government (Assad)
  kind: government
  aliases: [Military Forces of Syria (2000-2024), Military Forces of Syria (2000-), Syrian Arab Army, Syrian government,
    Government of Syria, SYRIA]
- name: Hayat Tahrir al-Sham
  kind: armed_group
  aliases: [HTS, Hay'at Tahrir al-Sham]
- name: Russia
  kind: state
  aliases: [Military Forces of Russia (2000-), RUSSIA]
- name: Türkiye
  kind: state
  aliases: [Turkey, Military Forces of Turkey (2016-)]
- name: Islamic State
  kind: armed_group
  aliases: [IS, ISIS, ISIL, Islamic State (Syria)]
- name: al-Qaeda
  kind: armed_group
- name: Syrian National Army
  kind: armed_group
  aliases: [SNA]
- name: Syrian Democratic Forces
  kind: armed_group
  aliases: [SDF, QSD]
- name: Houthis
  kind: armed_group
  aliases: [Houthi, Military Forces of Yemen (2016-) Supreme Political Council]
- name: Yemeni government
  kind: government
  aliases: [Military Forces of Yemen (2012-)]
- name: Saudi-led coalition
  kind: coalition
  aliases: [Operation Restoring Hope]
- name: Saudi Arabia
  kind: state
  aliases: [Military Forces of Saudi Arabia (2015-)]
- name: Mali
  kind: state
  aliases: [Military Forces of Mali (2012-2013)]
- name: France
  kind: state
  aliases: [Military Forces of France (2012-2017)]
- name: Ansar Dine
  kind: armed_group
- name: Sudan
  kind: state
  aliases: [Sudanese Armed Forces, Government of Sudan]
- name: Rapid Support Forces
  kind: armed_group
  aliases: [RSF]
"""


def resolver(tmp_path: Path) -> Resolver:
    path = tmp_path / "gazetteer.yaml"
    path.write_text(GAZETTEER, encoding="utf-8")
    return Resolver(Gazetteer.load([path], builtin=False))


def load(fmt, path: Path, res: Resolver) -> tuple[list[Loaded], list[LoadIssue]]:
    """Every unit and every issue (row issues and issues carried by units) of ``path``."""
    units: list[Loaded] = []
    issues: list[LoadIssue] = []
    for item in fmt.load(path, LoadContext(resolver=res)):
        if isinstance(item, Loaded):
            units.append(item)
            issues.extend(item.issues)
        else:
            issues.append(item)
    return units, issues


def merged(units: list[Loaded]) -> GraphBatch:
    return GraphBatch(
        actors=tuple(a for u in units for a in u.batch.actors),
        articles=tuple(a for u in units for a in u.batch.articles),
        claims=tuple(c for u in units for c in u.batch.claims),
    )


def open_store(tmp_path: Path) -> EmbeddedStore:
    store = EmbeddedStore.open(tmp_path / "g.lbug")
    store.ensure_schema()
    return store


def claims(units: list[Loaded]) -> list:
    return [c for u in units for c in u.batch.claims]
