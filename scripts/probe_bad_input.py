"""Bad-input probe: odd and hostile whole files beside good files, through ``actorgraph ingest`` into a
fresh embedded store and uploaded to a real ``actorgraph serve``, then crash-class API requests.

Run: ``python scripts/probe_bad_input.py [--root DIR] [--port 8731] [--no-api]``. Prints one line per
case (what the CLI said of it), the API's statuses, and counts: cases, refused with a clear message,
read, unclear messages, tracebacks, server deaths, good files lost. The row-level cases (one bad row
among good ones) are tests/bad_input_cases.py, checked by tests/test_bad_input.py; the committed
checks of whole files are tests/test_bad_input_files.py. Sentences and facts are our own.
"""

from __future__ import annotations

import argparse
import codecs
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from bad_input_cases import ACLED_HEADER, ACLED_ROW, GDELT_ROW, UCDP_HEADER, UCDP_ROW, _csv

SENT = "Chad attacked Boko Haram positions on Tuesday. Algeria backed Mali against the rebels.\n"
GOOD_TXT = "Niger backed Mali against the rebels in 2021.\n"


def acled_rows(prefix: str, n: int = 2, **bad: str) -> list[dict[str, str]]:
    return [{**ACLED_ROW, "event_id_cnty": f"{prefix}-{k}", **(bad if k == 1 else {})} for k in range(n)]


def facts(body: str) -> str:
    return "source: probe\nfacts:\n" + body


FACT = "  - id: {id}\n    subject: Iran\n    relation: SUPPORTS\n    object: Hezbollah\n    from: 2006\n"
CASES: list[tuple[str, str, object]] = []  # (id, file name, bytes | ("fifo",) | ("link", target) | ("dir",))


def add(cid: str, name: str, content: object) -> None:
    CASES.append((cid, name, content))


# --- articles, text files
add("txt-latin1", "latin1.txt", "Le Tchad a attaqué Boko Haram. Chad attacked Boko Haram on Monday.".encode("latin-1"))
add("txt-cp1252", "cp1252.txt", "“Chad attacked Boko Haram” on Monday — officials said.".encode("cp1252"))
add("txt-utf16le-bom", "u16le.txt", codecs.BOM_UTF16_LE + SENT.encode("utf-16-le"))
add("txt-utf16be-bom", "u16be.txt", codecs.BOM_UTF16_BE + SENT.encode("utf-16-be"))
add("txt-utf16-nobom", "u16nobom.txt", SENT.encode("utf-16-le"))
add("txt-utf32", "u32.txt", SENT.encode("utf-32"))
add("txt-utf8-bom", "u8bom.txt", codecs.BOM_UTF8 + SENT.encode())
add("txt-cr-only", "cr.txt", SENT.replace("\n", "\r").replace(". ", ".\r").encode())
add("txt-crlf", "crlf.txt", SENT.replace("\n", "\r\n").replace(". ", ".\r\n").encode())
add("txt-empty", "empty.txt", b"")
add("txt-blank", "blank.txt", b"   \n\t\n  ")
add("txt-png", "image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
add("txt-nul", "nul.txt", b"Chad attacked\x00 Boko Haram on Monday.")
add("txt-bad-utf8", "badutf8.txt", b"Chad attacked Boko Haram \xff\xfe\xc3\x28 on Monday.")
add("txt-surrogate", "surrogate.txt", b"Chad attacked Boko Haram \xed\xa0\x80 on Monday.")
add("txt-one-word-2mb", "oneword.txt", b"A" * 2_000_000)
add("txt-run-on-1mb", "runon.txt", (("Chad attacked Boko Haram near Lake Chad, " * 25_000).rstrip(", ") + ".").encode())
add("txt-control", "control.txt", b"Chad\x07 attacked\x1b[31m Boko Haram\x08 on Monday.")
add("txt-only-punct", "punct.txt", b"!!! ??? ... ,,, ;;;")
add("txt-long-lines", "longline.txt", (SENT.strip() + " ").encode() * 5000)
add("txt-rtl-mixed", "rtl.txt", "Chad attacked Boko Haram \u202e on Monday. حزب الله attacked Israel.".encode())
add("txt-emoji-names", "emoji.txt", "The 🔥 Brigade attacked the 🏴 Front on Monday.".encode())
add("md-frontmatter", "front.md", b"---\ntitle: [unclosed\n---\n" + SENT.encode())
add("md-huge-heading", "heading.md", b"#" * 100_000 + b" " + SENT.encode())
# --- HTML
add("html-unclosed", "unclosed.html", b"<html><body><p>Chad attacked Boko Haram<div><span>" + SENT.encode())
add("html-script-only", "script.html", b"<html><script>alert('Chad attacked Boko Haram')</script></html>")
add("html-wrong-charset", "charset.html", b'<meta charset="utf-16"><p>' + SENT.encode() + b"</p>")
add("html-deep", "deep.html", b"<div>" * 100_000 + SENT.encode() + b"</div>" * 100_000)
add("html-entities", "entities.html", b"<p>&#99999999999; &#0; &#xD800; &bogus; " + SENT.encode() + b"</p>")
add(
    "html-bad-date",
    "baddate.html",
    b'<meta property="article:published_time" content="2024-13-45T99:99"><p>' + SENT.encode() + b"</p>",
)
add("html-huge-year", "hugeyear.html", b'<meta name="date" content="99999999-01-01"><p>' + SENT.encode() + b"</p>")
add("html-comment-bomb", "comment.html", b"<!--" * 50_000 + b"<p>" + SENT.encode())
# --- JSON articles
add("json-not-json", "notjson.json", b"this is not json {")
add("json-number", "number.json", b"42")
add("json-string", "string.json", b'"Chad attacked Boko Haram"')
add("json-null", "null.json", b"null")
add("json-list-of-numbers", "nums.json", b"[1, 2, 3]")
add("json-empty-list", "emptylist.json", b"[]")
add("json-empty-object", "emptyobj.json", b"{}")
add("json-huge-exp", "hugeexp.json", b'{"id": "he", "text": "Chad attacked Boko Haram.", "published": 1e999999}')
add(
    "json-bigint",
    "bigint.json",
    b'{"id": "bi", "text": "Chad attacked Boko Haram.", "published": ' + b"9" * 5000 + b"}",
)
add("json-bigint-id", "bigintid.json", b'{"id": ' + b"7" * 5000 + b', "text": "Chad attacked Boko Haram."}')
add("json-date-month13", "month13.json", json.dumps({"id": "m13", "text": SENT, "published": "2024-13-01"}).encode())
add("json-date-feb30", "feb30.json", json.dumps({"id": "f30", "text": SENT, "published": "2024-02-30"}).encode())
add("json-date-year0", "year0.json", json.dumps({"id": "y0", "text": SENT, "published": "0000-01-01"}).encode())
add("json-date-huge-year", "y5.json", json.dumps({"id": "y5", "text": SENT, "published": "99999-01-01"}).encode())
add("json-date-negative", "yneg.json", json.dumps({"id": "yn", "text": SENT, "published": "-2020-01-01"}).encode())
add("json-date-number", "datenum.json", json.dumps({"id": "dn", "text": SENT, "published": 20240101}).encode())
add("json-date-list", "datelist.json", json.dumps({"id": "dl", "text": SENT, "published": [2024, 1, 1]}).encode())
add("json-date-epoch-ms", "epoch.json", json.dumps({"id": "ep", "text": SENT, "published": "1700000000000"}).encode())
add(
    "json-date-iso-tz",
    "tz.json",
    json.dumps({"id": "tz", "text": SENT, "published": "2024-01-01T25:61:00+99:00"}).encode(),
)
add("json-id-traversal", "trav.json", json.dumps({"id": "../../etc/passwd", "text": SENT}).encode())
add("json-id-long", "longid.json", json.dumps({"id": "x" * 10_000, "text": SENT}).encode())
add("json-id-object", "idobj.json", json.dumps({"id": {"a": 1}, "text": SENT}).encode())
add("json-id-unicode", "idu.json", json.dumps({"id": "مقال-١", "text": SENT}).encode())
add("json-text-object", "textobj.json", json.dumps({"id": "to", "text": {"a": SENT}}).encode())
add("json-text-list", "textlist.json", json.dumps({"id": "tl", "text": [SENT]}).encode())
add("json-title-huge", "title.json", json.dumps({"id": "th", "title": "T" * 1_000_000, "text": SENT}).encode())
add("json-url-bad", "url.json", json.dumps({"id": "ub", "url": "javascript:alert(1)" * 1000, "text": SENT}).encode())
add("json-deep", "deep.json", b"[" * 100_000 + b"]" * 100_000)
add(
    "json-deep-in-field",
    "deepfield.json",
    b'{"id": "df", "text": "x", "extra": ' + b"[" * 50_000 + b"]" * 50_000 + b"}",
)
add("json-duplicate-keys", "dup.json", b'{"id": "dk", "text": "Chad attacked Boko Haram.", "text": 5}')
add(
    "json-nan",
    "nan.json",
    b'{"id": "nn", "text": "Chad attacked Boko Haram.", "confidence": NaN, "published": Infinity}',
)
add("json-trailing", "trailing.json", json.dumps({"id": "tr", "text": SENT}).encode() + b" garbage")
add("json-utf16", "u16.json", codecs.BOM_UTF16_LE + json.dumps({"id": "u16j", "text": SENT}).encode("utf-16-le"))
add("json-utf8-bom", "u8bom.json", codecs.BOM_UTF8 + json.dumps({"id": "u8j", "text": SENT}).encode())
add("json-many-records", "many.json", json.dumps([{"id": f"mr-{k}", "text": SENT} for k in range(300)]).encode())
add(
    "json-mixed-list",
    "mixed.json",
    json.dumps([{"id": "ml-1", "text": SENT}, 5, None, "x", {"id": "ml-2", "text": SENT}]).encode(),
)
# --- JSON lines
add("jsonl-blank-lines", "blank.jsonl", b"\n\n" + json.dumps({"id": "bl-1", "text": SENT}).encode() + b"\n\n\n")
add(
    "jsonl-cr-only",
    "cr.jsonl",
    json.dumps({"id": "crl-1", "text": SENT}).encode()
    + b"\r"
    + json.dumps({"id": "crl-2", "text": SENT}).encode()
    + b"\r",
)
add("jsonl-crlf", "crlf.jsonl", json.dumps({"id": "crlf-1", "text": SENT}).encode() + b"\r\n")
add(
    "jsonl-utf16",
    "u16.jsonl",
    codecs.BOM_UTF16_LE + (json.dumps({"id": "u16l", "text": SENT}) + "\n").encode("utf-16-le"),
)
add(
    "jsonl-bigint-line",
    "bigint.jsonl",
    json.dumps({"id": "bil-1", "text": SENT}).encode()
    + b"\n"
    + b'{"id": "bil-bad", "text": "x", "n": '
    + b"1" * 5000
    + b"}\n"
    + json.dumps({"id": "bil-2", "text": SENT}).encode(),
)
add("jsonl-string-line", "strline.jsonl", b'"just a string"\n' + json.dumps({"id": "sl-1", "text": SENT}).encode())
add("jsonl-bad-date-line", "datel.jsonl", json.dumps({"id": "dll-1", "text": SENT, "published": "2024-99-99"}).encode())
add(
    "jsonl-one-huge-line",
    "hugeline.jsonl",
    json.dumps({"id": "hl-1", "text": "Chad attacked Boko Haram. " * 80_000}).encode(),
)
add(
    "jsonl-latin1",
    "latin1.jsonl",
    json.dumps({"id": "l1", "text": "Tchad a attaqué Boko Haram."}, ensure_ascii=False).encode("latin-1"),
)
# --- ACLED-like CSV
acled_good = _csv(ACLED_HEADER, acled_rows("pa-good"))
add(
    "acled-latin1",
    "latin1_acled.csv",
    _csv(ACLED_HEADER, acled_rows("pa-l1", notes="Frappe aérienne")).decode().encode("latin-1"),
)
add(
    "acled-utf16-bom",
    "u16_acled.csv",
    codecs.BOM_UTF16_LE + _csv(ACLED_HEADER, acled_rows("pa-u16")).decode().encode("utf-16-le"),
)
add("acled-cr-only", "cr_acled.csv", _csv(ACLED_HEADER, acled_rows("pa-cr")).replace(b"\n", b"\r"))
add("acled-crlf", "crlf_acled.csv", _csv(ACLED_HEADER, acled_rows("pa-crlf")).replace(b"\n", b"\r\n"))
add("acled-utf8-bom", "bom_acled.csv", codecs.BOM_UTF8 + _csv(ACLED_HEADER, acled_rows("pa-bom")))
add("acled-header-only", "header_acled.csv", _csv(ACLED_HEADER, []))
add("acled-semicolons", "semi_acled.csv", _csv(ACLED_HEADER, acled_rows("pa-semi")).replace(b",", b";"))
add("acled-tabs", "tab_acled.csv", _csv(ACLED_HEADER, acled_rows("pa-tab")).replace(b",", b"\t"))
add("acled-huge-field", "hugefield_acled.csv", _csv(ACLED_HEADER, acled_rows("pa-hf", notes="x" * 300_000)))
add("acled-bigint-fatalities", "bigint_acled.csv", _csv(ACLED_HEADER, acled_rows("pa-bi", fatalities="9" * 5000)))
add("acled-negative-fatalities", "neg_acled.csv", _csv(ACLED_HEADER, acled_rows("pa-neg", fatalities="-5")))
add("acled-fatalities-2e63", "big_acled.csv", _csv(ACLED_HEADER, acled_rows("pa-2e63", fatalities=str(2**63))))
add("acled-date-zero", "d0_acled.csv", _csv(ACLED_HEADER, acled_rows("pa-d0", event_date="0000-00-00")))
add("acled-date-9999", "d9_acled.csv", _csv(ACLED_HEADER, acled_rows("pa-d9", event_date="9999-12-31")))
add("acled-date-words", "dw_acled.csv", _csv(ACLED_HEADER, acled_rows("pa-dw", event_date="yesterday")))
add("acled-year-huge", "yh_acled.csv", _csv(ACLED_HEADER, acled_rows("pa-yh", year="1e10")))
add("acled-lat-200", "lat_acled.csv", _csv(ACLED_HEADER, acled_rows("pa-lat", latitude="200")))
add("acled-actor-huge", "actor_acled.csv", _csv(ACLED_HEADER, acled_rows("pa-ah", actor1="Front " * 20_000)))
add("acled-actor-arabic", "ar_acled.csv", _csv(ACLED_HEADER, acled_rows("pa-ar", actor1="كتائب حزب الله", actor2="🔥")))
add("acled-gzip", "gz_acled.csv", gzip.compress(acled_good))
add("acled-many-columns", "wide_acled.csv", _csv(ACLED_HEADER + [f"c{k}" for k in range(5000)], acled_rows("pa-wide")))
add("acled-quote-bomb", "quote_acled.csv", acled_good + b'"' * 100_000 + b"\n")
add("acled-cells-newlines", "nl_acled.csv", _csv(ACLED_HEADER, acled_rows("pa-nl", notes="line1\nline2\rline3")))
# --- UCDP and GDELT
add(
    "ucdp-cr-only",
    "cr_ged.csv",
    _csv(UCDP_HEADER, [{**UCDP_ROW, "id": f"pu-cr-{k}"} for k in range(2)]).replace(b"\n", b"\r"),
)
add(
    "ucdp-utf16",
    "u16_ged.csv",
    codecs.BOM_UTF16_LE + _csv(UCDP_HEADER, [{**UCDP_ROW, "id": "pu-u16"}]).decode().encode("utf-16-le"),
)
add("ucdp-best-bigint", "bi_ged.csv", _csv(UCDP_HEADER, [{**UCDP_ROW, "id": "pu-bi", "best": "9" * 5000}]))
add("ucdp-year-text", "yt_ged.csv", _csv(UCDP_HEADER, [{**UCDP_ROW, "id": "pu-yt", "year": "MMXVII"}]))
gd = list(GDELT_ROW)
gd[0] = "981000001"
add(
    "gdelt-cr-only",
    "981000001.export.CSV",
    ("\t".join(gd) + "\r" + "\t".join(["981000002", *gd[1:]]) + "\r").encode(),
)
gd2 = list(GDELT_ROW)
gd2[0] = "981000003"
gd2[1] = "99999999"
add("gdelt-date-huge", "981000003.export.CSV", ("\t".join(gd2) + "\n").encode())
add("gdelt-short-row", "981000005.export.CSV", ("\t".join(GDELT_ROW[:10]) + "\n").encode())
gd3 = list(GDELT_ROW)
gd3[0] = "9" * 5000
add("gdelt-bigint-id", "981000007.export.CSV", ("\t".join(gd3) + "\n").encode())
add(
    "gdelt-utf16",
    "981000009.export.CSV",
    codecs.BOM_UTF16_LE + ("\t".join(["981000009", *GDELT_ROW[1:]]) + "\n").encode("utf-16-le"),
)
# --- curated facts YAML
add("yaml-utf16", "u16_facts.yaml", codecs.BOM_UTF16_LE + facts(FACT.format(id="pf-u16")).encode("utf-16-le"))
add("yaml-cr-only", "cr_facts.yaml", facts(FACT.format(id="pf-cr")).replace("\n", "\r").encode())
add("yaml-tabs", "tabs_facts.yaml", facts(FACT.format(id="pf-tab")).replace("    ", "\t").encode())
add(
    "yaml-bigint-conf",
    "bic_facts.yaml",
    facts(FACT.format(id="pf-bic") + "    confidence: " + "9" * 5000 + "\n").encode(),
)
add(
    "yaml-date-10000",
    "d10k_facts.yaml",
    facts(FACT.format(id="pf-10k").replace("from: 2006", "from: 10000-01-01")).encode(),
)
add("yaml-date-float", "df_facts.yaml", facts(FACT.format(id="pf-df").replace("from: 2006", "from: 2006.5")).encode())
add("yaml-empty", "empty_facts.yaml", b"")
add("yaml-only-dashes", "dash_facts.yaml", b"---\n")
add(
    "yaml-multi-doc",
    "multi_facts.yaml",
    (facts(FACT.format(id="pf-md1")) + "---\n" + facts(FACT.format(id="pf-md2"))).encode(),
)
add("yaml-top-list", "list_facts.yaml", FACT.format(id="pf-tl").encode())
add(
    "yaml-merge-key",
    "merge_facts.yaml",
    (
        b"source: probe\nbase: &b {subject: Iran, relation: SUPPORTS, object: Hezbollah}\n"
        b"facts:\n  - <<: *b\n    id: pf-mk\n"
    ),
)
add("yaml-facts-not-list", "fnl_facts.yaml", b"source: probe\nfacts: 5\n")
add(
    "yaml-huge-string", "hs_facts.yaml", facts(FACT.format(id="pf-hs") + "    note: " + "n" * 2_000_000 + "\n").encode()
)
add("yaml-many-facts", "many_facts.yaml", facts("".join(FACT.format(id=f"pf-m{k}") for k in range(2000))).encode())
# --- special files
add("fifo-txt", "pipe.txt", ("fifo",))
add("fifo-csv", "pipe_acled.csv", ("fifo",))
add("link-devzero-txt", "zero.txt", ("link", "/dev/zero"))
add("link-devzero-csv", "zero_acled.csv", ("link", "/dev/zero"))
add("link-urandom-jsonl", "random.jsonl", ("link", "/dev/urandom"))
add("link-broken", "broken.txt", ("link", "/nonexistent/nothing.txt"))
add("link-loop", "loop.txt", ("link", "loop.txt"))
add("link-dir-parent", "parent", ("link", ".."))
add("link-devnull", "null.txt", ("link", "/dev/null"))
add("dir-named-csv", "folder.csv", ("dir",))
add("name-newline", "new\nline.txt", SENT.encode())
add("name-nonutf8", b"bad\xffname.txt", SENT.encode())
add("name-hidden", ".hidden.txt", SENT.encode())
add("ext-unknown", "report.pdf", b"%PDF-1.4 " + SENT.encode())
add("ext-none", "README", SENT.encode())
add("sparse-30mb", "sparse.txt", ("sparse", 30 * 1024 * 1024))
add("zip-as-jsonl", "zip.jsonl", b"PK\x03\x04" + bytes(2000))


def build(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True)
    paths = {}
    for cid, name, content in CASES:
        path = Path(os.fsdecode(os.path.join(os.fsencode(folder), name if isinstance(name, bytes) else name.encode())))
        if isinstance(content, bytes):
            path.write_bytes(content)
        elif content[0] == "fifo":
            os.mkfifo(path)
        elif content[0] == "link":
            os.symlink(content[1], path)
        elif content[0] == "dir":
            path.mkdir()
        elif content[0] == "sparse":
            with path.open("wb") as f:
                f.truncate(content[1])
        paths[cid] = path
    (folder / "zz-good.txt").write_text(GOOD_TXT)
    (folder / "zz-good-facts.yaml").write_text(facts(FACT.format(id="zz-good-fact")))
    return paths


def stored_articles(db: Path) -> set[str]:
    from actorgraph.graph.store import open_store
    from actorgraph.settings import Settings

    store = open_store(Settings(_env_file=None, store="embedded", embedded_path=db))
    try:
        ids, after = set(), ""
        while True:
            rows = store.query("export_articles", after=after, limit=5000)
            if not rows:
                return ids
            ids |= {r["id"] for r in rows}
            after = rows[-1]["id"]
    finally:
        store.close()


UGLY = ("Traceback", "validation error", "pydantic", "input_value", "For further information", "Errno")


def cli(folder: Path) -> dict:
    db = folder.parent / "cli.lbug"
    env = {**os.environ, "ACTORGRAPH_EMBEDDED_PATH": str(db)}
    started = time.time()
    try:
        done = subprocess.run(
            ["actorgraph", "ingest", str(folder), "--json"], env=env, capture_output=True, text=True, timeout=900
        )
    except subprocess.TimeoutExpired:
        return {"timeout": True}
    report = json.loads(done.stdout) if done.stdout.strip().startswith("{") else {}
    return {
        "rc": done.returncode,
        "stderr": done.stderr,
        "report": report,
        "seconds": time.time() - started,
        "stored": stored_articles(db),
    }


def start(db: Path, root: Path, port: int) -> subprocess.Popen:
    env = {**os.environ, "ACTORGRAPH_EMBEDDED_PATH": str(db), "ACTORGRAPH_CYPHER_ENABLED": "true"}
    proc = subprocess.Popen(
        ["actorgraph", "serve", "--port", str(port), "--log-level", "warning"],
        env=env,
        stdout=(root / "server.log").open("ab"),
        stderr=subprocess.STDOUT,
    )
    for _ in range(300):
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=2).status_code == 200:
                return proc
        except httpx.TransportError:
            time.sleep(0.2)
    raise RuntimeError("server did not start")


def shape_ok(r: httpx.Response) -> bool:
    try:
        body = r.json()
    except ValueError:
        return False
    return isinstance(body, dict) and isinstance(body.get("error"), dict) and {"code", "message"} <= set(body["error"])


def api_probe(root: Path, port: int) -> dict:
    root.mkdir(parents=True, exist_ok=True)
    db = root / "api.lbug"
    proc = start(db, root, port)
    client = httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=600)
    results = []
    for cid, name, content in CASES:
        if not isinstance(content, bytes):
            continue
        fname = name.decode("latin-1") if isinstance(name, bytes) else name
        try:
            r = client.post(
                "/events", params={"name": fname}, content=content, headers={"content-type": "application/octet-stream"}
            )
            status, text = r.status_code, r.text[:160]
            ok_shape = r.status_code < 400 or shape_ok(r)
        except httpx.HTTPError as exc:
            status, text, ok_shape = "conn", repr(exc)[:160], False
        alive = proc.poll() is None
        results.append((cid, status, ok_shape, alive, text))
        if not alive:
            proc = start(db, root, port)
    good = client.post(
        "/events",
        params={"name": "good.txt"},
        content=GOOD_TXT.encode(),
        headers={"content-type": "application/octet-stream"},
    )
    # crash-class probes
    deep = "[" * 100_000 + "]" * 100_000
    probes = [
        ("GET", "/relations", {"offset": 10**30}, None),
        ("GET", "/relations", {"offset": 2**63}, None),
        ("GET", "/relations", {"offset": 2**63 - 1}, None),
        ("GET", "/relations", {"limit": 10**30}, None),
        ("GET", "/relations", {"limit": -(2**63)}, None),
        ("GET", "/actors", {"q": "a" * 60_000}, None),
        ("GET", "/actors", {"q": "\x00"}, None),
        ("GET", "/actors", {"q": "%", "offset": 2**62}, None),
        ("GET", "/actors/" + "x" * 5000, {}, None),
        ("GET", "/actors/%00", {}, None),
        ("GET", "/actors/russia/neighbours", {"depth": 10**9}, None),
        ("GET", "/actors/russia/timeline", {"limit": 2**63}, None),
        ("GET", "/actors/russia/alliances", {"as_of": "9" * 5000}, None),
        ("GET", "/changes", {"from": "2024-02-30", "to": "2024"}, None),
        ("GET", "/changes", {"from": "-1", "to": "1e400"}, None),
        ("GET", "/paths", {"source": "russia", "target": "iran", "max_hops": 10**9}, None),
        ("GET", "/relations/" + "%2F" * 1000 + "/evidence", {}, None),
        ("GET", "/diagrams/blocs", {"format": "png", "window_days": -1}, None),
        ("GET", "/relations", {"min_confidence": "1e400"}, None),
        ("GET", "/relations", {"type": "X" * 10_000}, None),
        ("POST", "/cypher", "RAW:" + '{"query": "RETURN 1", "params": {"p": ' + deep + "}}", None),
        (
            "POST",
            "/cypher",
            "RAW:" + '{"query": "RETURN 1", "params": ' + '{"a":' * 50_000 + "1" + "}" * 50_000 + "}",
            None,
        ),
        ("POST", "/cypher", {"query": "RETURN " + "(" * 100_000 + "1" + ")" * 100_000}, None),
        ("POST", "/cypher", {"query": "RETURN " + "-" * 15_000 + "1"}, None),
        ("POST", "/cypher", {"query": "RETURN " + "NOT " * 4000 + "true"}, None),
        # the client cannot encode an infinite float: send the non-standard token Python's JSON reader accepts
        ("POST", "/cypher", "RAW:" + '{"query": "RETURN $p", "params": {"p": Infinity}}', None),
        ("POST", "/cypher", "RAW:" + '{"query": "RETURN $p AS p", "params": {"p": 1e999}}', None),
        ("POST", "/cypher", "RAW:" + '{"query": "RETURN $p AS p", "params": {"p": ' + "9" * 5000 + "}}", None),
        ("POST", "/cypher", {"query": "RETURN $p AS p", "params": {"p": -(2**63) - 1}}, None),
        ("POST", "/cypher", {"query": "RETURN $p AS p", "params": {"p": "x" * 5_000_000}}, None),
        ("POST", "/cypher", {"query": "RETURN $p AS p", "params": {"p": {"a": {"b": {"c": [1]}}}}}, None),
        ("POST", "/cypher", {"query": "RETURN 1", "params": {"x" * 10_000: 1}}, None),
        ("POST", "/cypher", {"query": "RETURN 1", "max_rows": -1}, None),
        ("POST", "/cypher", {"query": "UNWIND range(1, 10) AS x RETURN x SKIP 9223372036854775807"}, None),
        ("POST", "/cypher", {"query": "RETURN 1 LIMIT 99999999999999999999"}, None),
        ("POST", "/cypher", {"query": "RETURN date('99999-01-01')"}, None),
        ("POST", "/cypher", {"query": "RETURN '\u0000'"}, None),
        ("POST", "/cypher", {"query": "MATCH (a)-[*1..1000000]->(b) RETURN count(*)"}, None),
        ("POST", "/cypher", {"query": "RETURN 1; DROP TABLE Actor"}, None),
        ("POST", "/cypher", "RAW:" + "[" * 100_000, None),
        ("POST", "/articles", "RAW:" + deep, None),
        ("POST", "/articles", {"text": "Chad attacked Boko Haram.", "published": "99999-01-01"}, None),
        ("POST", "/articles", {"text": "Chad attacked Boko Haram.", "published": 10**5000 if False else "1e400"}, None),
        ("POST", "/articles", "RAW:" + '{"text": "Chad attacked Boko Haram.", "id": ' + "9" * 5000 + "}", None),
        ("POST", "/articles", {"text": "Chad attacked Boko Haram.", "id": "../../x"}, None),
        ("POST", "/articles", {"text": "x" * 10}, None),
        ("POST", "/articles", [], None),
        ("POST", "/articles", [{"text": "Chad attacked Boko Haram."}] * 2000, None),
        ("POST", "/articles?published=2024-13-01", {"text": "Chad attacked Boko Haram."}, None),
        ("POST", "/events?format=nope", "RAW:abc", None),
        ("POST", "/events?name=" + "n" * 300, "RAW:abc", None),
        ("POST", "/events?name=../../etc/passwd", "RAW:" + SENT, None),
        ("POST", "/events", "RAW:", None),
        ("DELETE", "/articles/" + "x" * 5000, None, None),
    ]
    crash = []
    for method, path, body, _ in probes:
        kwargs: dict = {}
        if isinstance(body, str) and body.startswith("RAW:"):
            kwargs = {"content": body[4:].encode(), "headers": {"content-type": "application/json"}}
        elif body is not None and method in ("POST",):
            kwargs = {"json": body}
        elif body:
            kwargs = {"params": body}
        try:
            r = client.request(method, path, **kwargs)
            status, ok_shape, text = r.status_code, r.status_code < 400 or shape_ok(r), r.text[:140]
        except Exception as exc:
            status, ok_shape, text = "conn", False, repr(exc)[:140]
        alive = proc.poll() is None
        try:
            alive = alive and client.get("/health", timeout=10).status_code == 200
        except httpx.HTTPError:
            alive = False
        crash.append((method, path[:50], status, ok_shape, alive, text))
        if not alive:
            proc = start(db, root, port)
    proc.terminate()
    proc.wait(30)
    return {"files": results, "crash": crash, "good": good.status_code}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=None, help="work folder (default: a new temporary one)")
    parser.add_argument("--port", type=int, default=8731)
    parser.add_argument("--no-api", action="store_true")
    args = parser.parse_args()
    root = args.root or Path(tempfile.mkdtemp(prefix="actorgraph-probe-"))
    if root.exists():
        shutil.rmtree(root)
    folder = root / "corpus"
    paths = build(folder)
    out = cli(folder)
    if out.get("timeout"):
        print("CLI: timed out")
        return
    report = out["report"]
    issues = report.get("failed", []) + report.get("warnings", [])
    counts = {"cases": len(CASES), "refused, clear message": 0, "read": 0, "unclear message": 0}
    for cid, _, _ in CASES:
        prefix = str(paths[cid])
        mine = [i for i in issues if i["where"] == prefix or i["where"].startswith((prefix + ":", prefix + "["))]
        errors = [i for i in mine if i["level"] == "error"]
        ugly = [i for i in mine if any(u in i["message"] for u in UGLY) or "\n" in i["message"]]
        counts["unclear message" if ugly else "refused, clear message" if errors else "read"] += 1
        said = " | ".join(f"{i['level']}{i['where'][len(prefix) :]}: {i['message'][:100]}" for i in errors) or "read"
        print(f"  {cid:28} {'UNCLEAR ' if ugly else ''}{said}")
    good = "facts:zz-good-facts:zz-good-fact" in out["stored"] and any(a.startswith("zz-good-") for a in out["stored"])
    counts["tracebacks"] = out["stderr"].count("Traceback")
    counts["good files lost"] = 0 if good else 2
    print(f"CLI (exit {out['rc']}, {out['seconds']:.0f} s):", counts)
    if args.no_api:
        return
    api = api_probe(root / "api", args.port)
    uploads = Counter(_outcome(s, shape, str(s)) for _, s, shape, _, _ in api["files"])
    probes = Counter(_outcome(s, shape, f"{str(s)[0]}xx") for _, _, s, shape, _, _ in api["crash"])
    deaths = sum(1 for row in api["files"] if not row[3]) + sum(1 for row in api["crash"] if not row[4])
    for method, path, status, _, _, text in api["crash"]:
        print(f"  {method} {path[:40]:40} {status} {text[:90]}")
    print(f"API uploads ({len(api['files'])}): {dict(uploads)}; good upload after them: {api['good']}")
    print(f"API probes ({len(api['crash'])}): {dict(probes)}; server deaths: {deaths}")


def _outcome(status: object, shape: bool, answered: str) -> str:
    """How one request ended, for the counts: a 5xx, no answer, a wrong error shape, else ``answered``."""
    if isinstance(status, int) and status >= 500:
        return "5xx"
    if status == "conn":
        return "no answer"
    return answered if shape else "bad error shape"


if __name__ == "__main__":
    main()
