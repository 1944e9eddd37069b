"""Reading article files safely: size limit, binary detection, encodings, HTML to text.

Nothing here executes content: HTML is parsed as data by the standard library's parser (always
the same one, so the text, and hence every claim id, never depends on what else is installed)
and ``<script>``/``<style>`` text is dropped.
"""

from __future__ import annotations

import re
import stat
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from actorgraph.errors import InputError

# The one HTML reader, recorded on every article read from HTML; bump the suffix when a change
# to _TextParser changes the text it gives (and so claim ids).
HTML_READER = "stdlib-html/1"
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


@dataclass
class Decoded:
    """Text read from bytes, and the warnings reading it produced."""

    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def read_limited(path: Path, max_bytes: int) -> bytes:
    """The bytes of ``path``, refusing files larger than ``max_bytes``.

    Raises
    ------
    InputError
        when the file is too large or cannot be read.
    """
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # a FIFO would hang, /dev/zero never end
            raise InputError("not a regular file (a FIFO, device or directory?)", where=str(path))
        size = info.st_size
        if size > max_bytes:
            raise InputError(
                f"file is {size:,} bytes, over the limit of {max_bytes:,} bytes (raise it with --max-bytes)",
                where=str(path),
            )
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)  # the file may grow while it is read
        if len(data) > max_bytes:
            raise InputError(f"file grew past the limit of {max_bytes:,} bytes while it was read", where=str(path))
        return data
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", where=str(path)) from None


def looks_binary(data: bytes) -> bool:
    """Whether ``data`` looks like a binary file rather than text (NUL bytes, many control bytes)."""
    head = data[:8192]
    if not head:
        return False
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 text has NULs but is text
        return False
    if b"\x00" in head:
        return True
    return len(_CONTROL.findall(head)) > len(head) // 100 + 2


def decode(data: bytes, where: str) -> Decoded:
    """Decode ``data``: UTF-8 (with or without BOM), UTF-16 with a BOM, else cp1252, else latin-1.

    The single-byte fallbacks add a warning: the file was not UTF-8, so some characters may be wrong.
    """
    if looks_binary(data):
        raise InputError("binary file, not text", where=where)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return Decoded(data.decode("utf-16"), "utf-16")
        except UnicodeDecodeError:
            raise InputError("invalid UTF-16 text", where=where) from None
    try:
        return Decoded(data.decode("utf-8-sig"), "utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    for encoding in ("cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return Decoded(text, encoding, [f"not valid UTF-8 (byte {first_bad}); read as {encoding}"])
    raise InputError("cannot decode the text", where=where)  # unreachable: latin-1 decodes anything


@dataclass
class HtmlPage:
    """The main text of an HTML page and what its metadata says."""

    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    language: str | None = None
    reader: str = HTML_READER


class _TextParser(HTMLParser):
    """The HTML reader: visible text of the body, paragraphs kept, scripts and page furniture dropped."""

    SKIP = frozenset({"script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "svg"})
    BLOCK = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "article", "section",
                       "blockquote"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.in_title = False
        self.title = ""
        self.meta: dict[str, str] = {}
        self.lang: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag in self.SKIP:
            self.skip += 1
        elif tag == "title":
            self.in_title = True
        elif tag == "meta":
            key = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower()
            if key and values.get("content"):
                self.meta.setdefault(key, values["content"])
        elif tag == "html" and values.get("lang"):
            self.lang = values["lang"].split("-")[0].lower()
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:  # <script/> opens nothing
            return
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP and self.skip:
            self.skip -= 1
        elif tag == "title":
            self.in_title = False
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data
        elif not self.skip:
            self.parts.append(data)


_DATE_META = ("article:published_time", "datepublished", "date", "pubdate", "og:published_time", "dc.date",
              "publish-date", "sailthru.date")


def html_to_page(html: str) -> HtmlPage:
    """Main text, title and publication date of an HTML page, read by :data:`HTML_READER`.

    The standard library's parser keeps the visible text of the page (navigation, headers,
    footers, forms and scripts dropped). Scripts are never executed: the markup is only parsed.
    """
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.parts).split("\n")]
    text = "\n\n".join(line for line in lines if line)
    published = next((parser.meta[k] for k in _DATE_META if k in parser.meta), None)
    match = re.match(r"\d{4}-\d{2}-\d{2}", published or "")
    return HtmlPage(
        text=text,
        title=(parser.meta.get("og:title") or " ".join(parser.title.split()) or None),
        published=match.group(0) if match else None,
        url=parser.meta.get("og:url"),
        language=parser.lang,
    )
