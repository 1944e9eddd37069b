"""The bad-input corpus: each case is one file holding good rows around one bad thing.

Written for these tests (the event rows reuse the shape of examples/events, the facts and
sentences are our own). A case says which file to write, the ``file:line[: field]`` its issue
must name, words its message must hold, and the article ids of its good rows, which must be
stored although the bad row is refused.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field, replace
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "events"


@dataclass
class Case:
    id: str
    name: str  # file name inside the corpus folder
    content: bytes
    line: int | None  # the line the issue names (None: the file)
    field: str | None  # the field it names, if any
    words: str  # what the message must say (case-insensitive substring)
    kept: list[str] = field(default_factory=list)  # article ids that must be stored
    level: str = "error"


def _csv_template(path: Path) -> tuple[list[str], dict[str, str]]:
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    return list(rows[0]), rows[0]


ACLED_HEADER, ACLED_ROW = _csv_template(EXAMPLES / "acled.csv")
UCDP_HEADER, UCDP_ROW = _csv_template(EXAMPLES / "ucdp_ged.csv")
GDELT_ROW = (EXAMPLES / "gdelt2.export.CSV").read_text(encoding="utf-8").splitlines()[0].split("\t")
FACTS_CSV_HEADER = ["id", "subject", "relation", "object", "from", "to", "source", "confidence"]


def _csv(header: list[str], rows: list[dict[str, str]]) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=header, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode()


def acled(case: str, bad: dict[str, str], *, field_: str | None, words: str) -> Case:
    """Rows at lines 2 (good), 3 (bad: ``bad`` overrides) and 4 (good)."""
    ids = [f"{case}-g1", f"{case}-bad", f"{case}-g2"]
    rows = [
        {**ACLED_ROW, "event_id_cnty": ids[0]},
        {**ACLED_ROW, "event_id_cnty": ids[1], **bad},
        {**ACLED_ROW, "event_id_cnty": ids[2]},
    ]
    return Case(case, f"{case}.csv", _csv(ACLED_HEADER, rows), 3, field_, words, [f"acled:{ids[0]}", f"acled:{ids[2]}"])


def ucdp(case: str, bad: dict[str, str], *, field_: str | None, words: str) -> Case:
    ids = [f"{case}-g1", f"{case}-bad", f"{case}-g2"]
    rows = [{**UCDP_ROW, "id": ids[0]}, {**UCDP_ROW, "id": ids[1], **bad}, {**UCDP_ROW, "id": ids[2]}]
    kept = [f"ucdp:{ids[0]}", f"ucdp:{ids[2]}"]
    return Case(case, f"{case}_ged.csv", _csv(UCDP_HEADER, rows), 3, field_, words, kept)


def gdelt(case: str, bad: dict[int, str], *, field_: str | None, words: str) -> Case:
    """GDELT 2 export lines 1 (good), 2 (bad) and 3 (good); event ids are numbers."""
    base = 970_000_000 + 10 * len(GDELT_CASES)
    lines = []
    for i, overrides in enumerate([{}, bad, {}]):
        fields = list(GDELT_ROW)
        fields[0] = str(base + i)
        for column, value in overrides.items():
            fields[column] = value
        lines.append("\t".join(fields))
    content = ("\n".join(lines) + "\n").encode()
    made = Case(case, f"{base}.export.CSV", content, 2, field_, words, [f"gdelt:{base}", f"gdelt:{base + 2}"])
    GDELT_CASES.append(made)
    return made


GDELT_CASES: list[Case] = []


def kept_whole(case: Case) -> Case:
    """``case`` when its odd cell is left out with a warning: its bad row (the one between the
    good rows: ``...-bad``, or the GDELT event id between theirs) is stored too."""
    first = case.kept[0]
    fmt, _, key = first.partition(":")
    bad = f"{fmt}:{int(key) + 1}" if key.isdigit() else first.removesuffix("-g1") + "-bad"
    return replace(case, level="warning", kept=[*case.kept, bad])

GOOD_FACT = """  - id: {id}
    subject: Russia
    relation: SUPPORTS
    object: Syrian government
    from: 2015-09-30
"""


def facts_yaml(case: str, bad: str, *, line: int | None, field_: str | None, words: str, kept: bool = True) -> Case:
    """A YAML facts file: a good fact (lines 3-7), the bad text (from line 8), a good fact after."""
    text = "source: test corpus\nfacts:\n" + GOOD_FACT.format(id="g1") + bad + GOOD_FACT.format(id="g2")
    stem = case
    ids = [f"facts:{stem}:g1", f"facts:{stem}:g2"] if kept else []
    return Case(case, f"{case}.yaml", text.encode(), line, field_, words, ids)


def facts_csv(case: str, bad: dict[str, str] | str, *, field_: str | None, words: str) -> Case:
    good = [
        {
            "id": "g1",
            "subject": "Iran",
            "relation": "SUPPORTS",
            "object": "Hezbollah",
            "from": "1985",
            "source": "test corpus",
            "confidence": "0.9",
        }
    ]
    head = _csv(FACTS_CSV_HEADER, good).decode()
    if isinstance(bad, str):
        row = bad
    else:
        row = _csv(FACTS_CSV_HEADER, [{**good[0], "id": "bad", **bad}]).decode().split("\n", 1)[1].rstrip("\n")
    tail = _csv(FACTS_CSV_HEADER, [{**good[0], "id": "g2"}]).decode().split("\n", 1)[1]
    content = (head + row + "\n" + tail).encode()
    return Case(case, f"{case}.csv", content, 3, field_, words, [f"facts:{case}:g1", f"facts:{case}:g2"])


def jsonl(case: str, bad: str, *, words: str) -> Case:
    good = [
        json.dumps(
            {
                "id": f"{case}-g{i}",
                "published": "2020-03-05",
                "text": f"Russia supported the Syrian government in the battle number {i}.",
            }
        )
        for i in (1, 2)
    ]
    content = (good[0] + "\n" + bad + "\n" + good[1] + "\n").encode()
    return Case(case, f"{case}.jsonl", content, 2, None, words, [f"{case}-g1", f"{case}-g2"])


def _nest(depth: int) -> str:
    return "[" * depth + "]" * depth


BAD = "  - id: bad\n    subject: Iran\n    relation: SUPPORTS\n    object: Hezbollah\n"  # + the bad key
NON_FINITE = ["inf", "-inf", "Infinity", "1e400", "-1e400", "1e309", "nan", "NaN"]
CASES: list[Case] = [
    *[
        acled(f"acled-fatalities-{i}", {"fatalities": v}, field_="fatalities", words="is not a finite number")
        for i, v in enumerate(NON_FINITE)
    ],
    *[
        acled(f"acled-latitude-{i}", {"latitude": v}, field_="latitude", words="is not a finite number")
        for i, v in enumerate(["inf", "1e400", "nan"])
    ],
    acled("acled-longitude-inf", {"longitude": "-inf"}, field_="longitude", words="is not a finite number"),
    acled("acled-time-precision", {"time_precision": "1e400"}, field_="time_precision", words="finite"),
    *[
        acled(f"acled-date-{i}", {"event_date": v}, field_="event_date", words="date")
        for i, v in enumerate(["2024-02-30", "2019-13-01", "yesterday", "31/02/2019"])
    ],
    acled("acled-no-id", {"event_id_cnty": ""}, field_="event_id_cnty", words="event id"),
    *[
        ucdp(f"ucdp-{col}-{i}", {col: v}, field_=col, words="is not a finite number")
        for col in ("best", "deaths_a", "deaths_b", "deaths_civilians", "high", "low")
        for i, v in enumerate(["inf", "1e400"])
    ],
    ucdp("ucdp-date-end", {"date_end": "2017-13-40"}, field_="date_end", words="date"),
    ucdp("ucdp-violence", {"type_of_violence": "1e400"}, field_="type_of_violence", words="is not a finite number"),
    ucdp("ucdp-clarity", {"event_clarity": "inf"}, field_="event_clarity", words="is not a finite number"),
    ucdp("ucdp-latitude", {"latitude": "nan"}, field_="latitude", words="is not a finite number"),
    ucdp("ucdp-date", {"date_start": "2017-02-30"}, field_="date_start", words="date"),
    *[
        gdelt(f"gdelt-{name}-{i}", {col: v}, field_=name, words="is not a finite number")
        for col, name in (
            (31, "NumMentions"),
            (32, "NumSources"),
            (33, "NumArticles"),
            (30, "GoldsteinScale"),
            (34, "AvgTone"),
        )
        for i, v in enumerate(["inf", "1e400"])
    ],
    gdelt("gdelt-quadclass", {29: "nan"}, field_="QuadClass", words="is not a finite number"),
    gdelt("gdelt-latitude", {56: "1e400"}, field_="latitude", words="is not a finite number"),
    # A number out of its range or not a number: left out of the claim, its row kept, with a warning.
    *[
        kept_whole(acled(f"acled-range-{i}", {col: v}, field_=col, words=words))
        for i, (col, v, words) in enumerate((
            ("latitude", "200", "200 is out of range (latitude must be between -90 and 90)"),
            ("longitude", "-180.5", "out of range"),
            ("fatalities", "-3", "-3 is out of range (fatalities must be at least 0)"),
            ("fatalities", "twelve", "'twelve' is not a number; left out, the row is kept"),
        ))
    ],
    *[
        kept_whole(ucdp(f"ucdp-range-{col}", {col: v}, field_=col, words="out of range"))
        for col, v in (("best", "-1"), ("deaths_civilians", "-7"), ("latitude", "91"))
    ],
    *[
        kept_whole(gdelt(f"gdelt-range-{name}", {col: v}, field_=name, words="out of range"))
        for col, name, v in ((30, "GoldsteinScale", "11"), (29, "QuadClass", "9"), (32, "NumSources", "-2"))
    ],
    # YAML facts: wrong types, tags, dates, anchors, depth
    facts_yaml(
        "yaml-attributes-int", BAD + "    attributes: 5\n", line=8, field_="attributes", words="must be a mapping"
    ),
    facts_yaml(
        "yaml-attributes-list", BAD + "    attributes: [1, 2]\n", line=8, field_="attributes", words="must be a mapping"
    ),
    facts_yaml(
        "yaml-confidence-list", BAD + "    confidence: [1]\n", line=8, field_="confidence", words="must be a number"
    ),
    facts_yaml(
        "yaml-confidence-text", BAD + "    confidence: high\n", line=8, field_="confidence", words="must be a number"
    ),
    facts_yaml(
        "yaml-confidence-inf", BAD + "    confidence: .inf\n", line=8, field_="confidence", words="must be a number"
    ),
    facts_yaml("yaml-confidence-2", BAD + "    confidence: 2\n", line=8, field_=None, words="confidence"),
    facts_yaml(
        "yaml-subject-map",
        "  - id: bad\n    subject: {name: Iran}\n    relation: SUPPORTS\n    object: Hezbollah\n",
        line=8,
        field_="subject",
        words="must be text",
    ),
    facts_yaml(
        "yaml-object-list",
        "  - id: bad\n    subject: Iran\n    relation: SUPPORTS\n    object: [Hezbollah, Hamas]\n",
        line=8,
        field_="object",
        words="must be text",
    ),
    facts_yaml(
        "yaml-relation-bool",
        "  - id: bad\n    subject: Iran\n    relation: yes\n    object: Hezbollah\n",
        line=8,
        field_="relation",
        words="must be text",
    ),
    facts_yaml("yaml-source-list", BAD + "    source: [a, b]\n", line=8, field_="source", words="must be text"),
    facts_yaml("yaml-from-list", BAD + "    from: [2015]\n", line=8, field_="from", words="must be a date"),
    facts_yaml("yaml-date-feb30", BAD + "    from: 2024-02-30\n", line=12, field_="from", words="day is out of range"),
    facts_yaml("yaml-date-month13", BAD + "    to: 2024-13-01\n", line=12, field_="to", words="month must be in"),
    facts_yaml("yaml-date-text", BAD + "    from: soon\n", line=8, field_="valid_from", words="not a date"),
    facts_yaml(
        "yaml-tag-python",
        "  - id: bad\n    subject: !!python/object/apply:os.system [echo hi]\n"
        "    relation: SUPPORTS\n    object: Hezbollah\n",
        line=9,
        field_="subject",
        words="could not determine",
    ),
    facts_yaml(
        "yaml-tag-python-name",
        "  - id: bad\n    subject: Iran\n    relation: SUPPORTS\n    object: !!python/name:os.getcwd ''\n",
        line=11,
        field_="object",
        words="could not determine",
    ),
    facts_yaml(
        "yaml-tag-binary",
        "  - id: bad\n    subject: !!binary aGVsbG8=\n    relation: SUPPORTS\n    object: Hezbollah\n",
        line=8,
        field_="subject",
        words="must be text",
    ),
    facts_yaml(
        "yaml-tag-unknown",
        "  - id: bad\n    subject: !secret Iran\n    relation: SUPPORTS\n    object: Hezbollah\n",
        line=9,
        field_="subject",
        words="could not determine",
    ),
    facts_yaml(
        "yaml-tag-set",
        "  - id: bad\n    subject: !!set {Iran: null}\n    relation: SUPPORTS\n    object: Hezbollah\n",
        line=8,
        field_="subject",
        words="must be text",
    ),
    facts_yaml("yaml-not-mapping", "  - just a sentence\n", line=8, field_=None, words="each fact is a mapping"),
    facts_yaml("yaml-unknown-key", BAD + "    colour: red\n", line=8, field_="colour", words="unknown key"),
    facts_yaml(
        "yaml-no-subject",
        "  - id: bad\n    relation: SUPPORTS\n    object: Hezbollah\n",
        line=8,
        field_="subject",
        words="needs a subject",
    ),
    facts_yaml(
        "yaml-bad-relation",
        "  - id: bad\n    subject: Iran\n    relation: LOVES\n    object: Hezbollah\n",
        line=8,
        field_="relation",
        words="LOVES",
    ),
    facts_yaml(
        "yaml-bad-kind", BAD + "    subject_kind: wizard\n", line=8, field_="subject_kind", words="not an actor kind"
    ),
    facts_yaml("yaml-dates-reversed", BAD + "    from: 2020\n    to: 2010\n", line=8, field_=None, words="before"),
    facts_yaml(
        "yaml-self-relation",
        "  - id: bad\n    subject: Iran\n    relation: SUPPORTS\n    object: Iran\n",
        line=8,
        field_=None,
        words="are both",
    ),
    facts_yaml(
        "yaml-key-list",
        "  - id: bad\n    ? [a, b]\n    : x\n    subject: Iran\n    relation: SUPPORTS\n    object: Hezbollah\n",
        line=8,
        field_=None,
        words="unhashable",
    ),
    # whole-file refusals: nothing of the file is kept, the other files are
    facts_yaml(
        "yaml-recursive-anchor",
        "  - &loop\n    id: bad\n    attributes: {self: *loop}\n",
        line=10,
        field_=None,
        words="recursive anchor",
        kept=False,
    ),
    facts_yaml(
        "yaml-recursive-list",
        "  - id: bad\n    attributes: &l {x: [*l]}\n",
        line=9,
        field_=None,
        words="recursive anchor",
        kept=False,
    ),
    facts_yaml(
        "yaml-deep",
        "  - id: bad\n    attributes: " + _nest(20_000) + "\n",
        line=9,
        field_=None,
        words="nested more than",
        kept=False,
    ),
    facts_yaml(
        "yaml-deep-maps",
        "  - id: bad\n    attributes: " + "{a: " * 40 + "1" + "}" * 40 + "\n",
        line=9,
        field_=None,
        words="nested more than",
        kept=False,
    ),
    facts_yaml(
        "yaml-alias-bomb",
        "  - id: bad\n    attributes:\n      a: &a [x, x, x, x, x, x, x, x, x]\n"
        + "".join(f"      {chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 9)}]\n" for i in range(8)),
        line=15,
        field_=None,
        words="expands to more than",
        kept=False,
    ),
    facts_yaml(
        "yaml-syntax",
        "  - id: bad\n    subject: [Iran\n",
        line=None,
        field_=None,
        words="cannot read the facts file",
        kept=False,
    ),
    facts_yaml(
        "yaml-reported-map", BAD + "    reported: {year: 2020}\n", line=8, field_="reported", words="must be a date"
    ),
    facts_yaml(
        "yaml-attribute-keys", BAD + "    attributes: {1: x}\n", line=8, field_="attributes", words="names must be text"
    ),
    # facts CSV
    facts_csv("fcsv-confidence-text", {"confidence": "high"}, field_="confidence", words="must be a number"),
    facts_csv("fcsv-confidence-inf", {"confidence": "inf"}, field_="confidence", words="must be a number"),
    facts_csv("fcsv-confidence-1e400", {"confidence": "1e400"}, field_="confidence", words="must be a number"),
    facts_csv("fcsv-bad-relation", {"relation": "HATES"}, field_="relation", words="HATES"),
    facts_csv("fcsv-date", {"from": "2024-02-30"}, field_="valid_from", words="not a calendar date"),
    facts_csv("fcsv-no-object", {"object": ""}, field_="object", words="needs a object"),
    facts_csv("fcsv-truncated", "bad,Iran,SUPPORTS", field_=None, words="3 values for 8 columns"),
    facts_csv(
        "fcsv-extra-values",
        "bad,Iran,SUPPORTS,Hezbollah,1985,,test,0.9,surplus,more",
        field_=None,
        words="10 values for 8 columns",
    ),
    facts_csv("fcsv-nul", "bad,Ir\0an,SUPPORTS,Hezbollah,1985,,test,0.9", field_=None, words="NUL bytes"),
    # JSON lines articles
    jsonl("jsonl-deep", _nest(100_000), words="nested too deep"),
    jsonl("jsonl-deep-objects", '{"a":' * 100_000 + "1" + "}" * 100_000, words="nested too deep"),
    jsonl("jsonl-broken", '{"id": "x", "text": ', words="invalid JSON"),
    jsonl("jsonl-not-object", "[1, 2, 3]", words="JSON object"),
    jsonl("jsonl-no-text", '{"id": "x", "text": ""}', words="no text"),
    jsonl("jsonl-text-number", '{"id": "x", "text": 5}', words="no text"),
    jsonl("jsonl-nan", '{"id": "x", "text": NaN}', words="no text"),
]
# ACLED rows broken as CSV (the bad row is written raw at line 3).
_RAW = {
    "acled-truncated": ("SYR9-bad,2019-05-09,2019", "3 values for"),
    "acled-extra": (",".join(ACLED_ROW.values()).replace("SYR900101", "SYR9-bad") + ",surplus", "values for"),
    "acled-nul": (
        ",".join(v.replace(",", " ") for v in ACLED_ROW.values())
        .replace("SYR900101", "SYR9-bad")
        .replace("Kafr", "K\0afr"),
        "NUL bytes",
    ),
}
for _case, (_row, _words) in _RAW.items():
    _good = _csv(ACLED_HEADER, [{**ACLED_ROW, "event_id_cnty": f"{_case}-g1"}]).decode()
    _tail = _csv(ACLED_HEADER, [{**ACLED_ROW, "event_id_cnty": f"{_case}-g2"}]).decode().split("\n", 1)[1]
    CASES.append(
        Case(
            _case,
            f"{_case}.csv",
            (_good + _row + "\n" + _tail).encode(),
            3,
            None,
            _words,
            [f"acled:{_case}-g1", f"acled:{_case}-g2"],
        )
    )
# An unclosed quote swallows the rest of the file into one row, which is refused: the row before it is kept.
_good = _csv(ACLED_HEADER, [{**ACLED_ROW, "event_id_cnty": "acled-unclosed-g1"}]).decode()
CASES.append(
    Case(
        "acled-unclosed-quote",
        "acled-unclosed-quote.csv",
        (_good + 'acled-unclosed-bad,2019-05-09,"never closed\n' + _good.split("\n", 1)[1]).encode(),
        3,
        None,
        "an unclosed quote?",
        ["acled:acled-unclosed-g1"],
    )
)
