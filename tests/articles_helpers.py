"""A small gazetteer and helpers for the article tests (not the shipped one: tests own their data)."""

from __future__ import annotations

from pathlib import Path

from actorgraph.loaders.extract import Document, Extraction, RuleExtractor
from actorgraph.loaders.gazetteer import Gazetteer, Resolver

ACTORS_YAML = """
- {id: syria, name: Syria, kind: state, country: SYR, demonyms: [Syrian]}
- id: syrian-government
  name: Syrian government
  kind: government
  country: SYR
  aliases: [Assad government, Syrian regime, Bashar al-Assad, Assad]
  metonyms: [Damascus]
- {id: russia, name: Russia, kind: state, country: RUS, aliases: [Vladimir Putin], metonyms: [Moscow, Kremlin],
   demonyms: [Russian]}
- {id: turkey, name: Türkiye, kind: state, country: TUR, aliases: [Turkey], metonyms: [Ankara], demonyms: [Turkish]}
- {id: iran, name: Iran, kind: state, country: IRN, metonyms: [Tehran], demonyms: [Iranian]}
- {id: united-states, name: United States, kind: state, country: USA, aliases: [US, U.S.], metonyms: [Washington],
   demonyms: [American]}
- {id: hts, name: Hayat Tahrir al-Sham, kind: armed_group, country: SYR, aliases: [HTS, Tahrir al-Sham]}
- {id: jabhat-al-nusra, name: Jabhat al-Nusra, kind: armed_group, aliases: [al-Nusra Front, Nusra Front]}
- {id: jabhat-fateh-al-sham, name: Jabhat Fateh al-Sham, kind: armed_group, aliases: [JFS]}
- {id: al-qaeda, name: al-Qaeda, kind: armed_group, aliases: [al-Qaida, Al Qaeda]}
- {id: islamic-state, name: Islamic State, kind: armed_group, aliases: [IS, ISIS, Daesh]}
- {id: sdf, name: Syrian Democratic Forces, kind: armed_group, country: SYR, aliases: [SDF]}
- {id: ypg, name: People's Protection Units, kind: armed_group, aliases: [YPG]}
- {id: hezbollah, name: Hezbollah, kind: armed_group, aliases: [Hizbollah]}
- {id: israel, name: Israel, kind: state, country: ISR, demonyms: [Israeli]}
- {id: sudan-saf, name: Sudanese Armed Forces, kind: government, country: SDN, aliases: [SAF, Sudanese army]}
- {id: sudan, name: Sudan, kind: state, country: SDN, demonyms: [Sudanese]}
- {id: rsf, name: Rapid Support Forces, kind: armed_group, country: SDN, aliases: [RSF]}
"""


def gazetteer_file(tmp_path: Path) -> Path:
    path = tmp_path / "actors.yaml"
    path.write_text(ACTORS_YAML, encoding="utf-8")
    return path


def extractor(tmp_path: Path) -> RuleExtractor:
    return RuleExtractor(Resolver(Gazetteer.load([gazetteer_file(tmp_path)], builtin=False)))


def extract(tmp_path: Path, text: str, published: str | None = "2024-11-27") -> Extraction:
    from actorgraph.graph.model import Article

    return extractor(tmp_path).extract(Document(Article(id="t1", published=published), text))


def triples(extraction: Extraction) -> set[tuple[str, str, str]]:
    return {(c.subject, str(c.type), c.object) for c in extraction.claims}
