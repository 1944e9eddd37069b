"""Curated facts: relations analysts write by hand, each with dates, a source and a note.

Two spellings of one format (documented in ``docs/event-data.md``):

YAML (``.yaml``/``.yml`` with a top-level ``facts:`` list)::

    source: UN Security Council ISIL (Da'esh) & Al-Qaida Sanctions List   # default for every fact
    facts:
      - subject: Jabhat Fath al-Sham
        relation: SUCCESSOR_OF
        object: Jabhat al-Nusra
        from: 2016-07-28
        note: Nusra renamed itself and announced it had cut ties with al-Qaeda.

CSV with a header naming at least ``subject,relation,object`` (other columns as the YAML keys).

Each fact is one :class:`~actorgraph.graph.model.Article` (``facts:<file-stem>:<id>``, where
``<id>`` is the fact's ``id`` or its 1-based position) and one claim with extractor ``facts``
and confidence 0.95 unless given, so curated facts outweigh extracted ones when relations are
aggregated.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from actorgraph.errors import InputError, plain_message
from actorgraph.graph.model import Actor, ActorKind, Article, Claim, Evidence, RelationType
from actorgraph.loaders.base import LoadContext, Loaded, LoadIssue
from actorgraph.loaders.events.common import csv_rows, input_issue, resolve_name, sniff_header, unit, where

EXTRACTOR = "facts"
DEFAULT_CONFIDENCE = 0.95

_FACTS_KEY = re.compile(rb"^facts\s*:", re.MULTILINE)
_ID_SAFE = re.compile(r"[^A-Za-z0-9._-]+")
# An endpoint's lifetime, where the fact's source gives it: a successor is founded at its succession.
LIFETIME_KEYS = ("subject_founded", "subject_dissolved", "object_founded", "object_dissolved")
KEYS = {
    "id", "subject", "relation", "type", "object", "from", "valid_from", "to", "valid_to", "ended",
    "source", "url", "note", "notes", "confidence", "subject_kind", "object_kind", "reported", "attributes",
    *LIFETIME_KEYS,
}


class FactsFormat:
    """Curated fact files (YAML or CSV)."""

    name = "facts"

    def sniff(self, path: Path, head: bytes) -> bool:
        suffix = path.suffix.lower()
        if suffix in (".yaml", ".yml"):
            return bool(_FACTS_KEY.search(head))
        if suffix in (".csv", ".tsv", ".txt", ""):
            header = set(sniff_header(head))
            return {"subject", "object"} <= header and bool(header & {"relation", "type"})
        return False

    def load(self, path: Path, context: LoadContext) -> Iterator[Loaded | LoadIssue]:
        path = Path(path)
        if path.suffix.lower() in (".yaml", ".yml"):
            yield from _load_yaml(path, context)
        else:
            stem = _safe(path.stem)
            for line, row in csv_rows(path):
                if isinstance(row, InputError):
                    yield input_issue(path, line, row)
                    continue
                record = {k: v for k, v in row.items() if v != ""}
                yield _fact(path, line, stem, line - 1, record, {}, context)


def _load_yaml(path: Path, context: LoadContext) -> Iterator[Loaded | LoadIssue]:
    if path.stat().st_size > context.max_bytes:
        yield LoadIssue(where=str(path), message=f"larger than {context.max_bytes} bytes; split it")
        return
    try:
        text = path.read_text(encoding="utf-8")
        problem = yaml_shape_problem(text)
        if problem:
            yield LoadIssue(where=str(path) if problem[0] is None else where(path, problem[0]), message=problem[1])
            return
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:  # said in one line, at its line when known
        mark = getattr(exc, "problem_mark", None)
        said = "; ".join(str(p) for p in (getattr(exc, "problem", None), getattr(exc, "context", None)) if p)
        yield LoadIssue(where=str(path) if mark is None else where(path, mark.line + 1),
                        message=f"cannot read the facts file: {said if mark is not None and said else _one_line(exc)}")
        return
    if not isinstance(root, yaml.MappingNode):
        yield LoadIssue(where=str(path), message="a facts file is a mapping with a `facts:` list")
        return
    loader = yaml.SafeLoader("")
    top = {key.value: value for key, value in root.value if isinstance(key, yaml.ScalarNode)}
    facts = top.get("facts")
    if not isinstance(facts, yaml.SequenceNode):
        yield LoadIssue(where=f"{path}: facts", message="`facts:` must be a list of facts")
        return
    defaults = {k: loader.construct_object(v, deep=True) for k, v in top.items() if k in ("source", "url")}
    stem = _safe(path.stem)
    for position, node in enumerate(facts.value, start=1):
        line = node.start_mark.line + 1
        try:
            record = loader.construct_object(node, deep=True)
        except (yaml.YAMLError, ValueError, TypeError) as exc:  # unknown tags, 2024-02-30, unhashable keys
            at, field = _culprit(loader, node, line)
            said = plain_message(exc)[1] if "integer string conversion" in str(exc) else _one_line(exc)  # 5000 digits
            yield LoadIssue(where=where(path, at, field), message=f"cannot read this value: {said}")
            continue
        if not isinstance(record, dict):
            yield LoadIssue(where=where(path, line), message="each fact is a mapping (subject, relation, object...)")
            continue
        yield _fact(path, line, stem, position, record, defaults, context)


def _fact(
    path: Path, line: int, stem: str, position: int, record: dict[str, Any], defaults: dict[str, Any],
    context: LoadContext,
) -> Loaded | LoadIssue:
    """One fact as a :class:`Loaded` unit, or the issue that stops it."""
    unknown = sorted(str(k) for k in set(record) - KEYS)
    if unknown:
        return LoadIssue(where=where(path, line, unknown[0]), message=f"unknown key (known: {', '.join(sorted(KEYS))})")
    for key in ("subject", "object"):
        if not str(record.get(key) or "").strip():
            return LoadIssue(where=where(path, line, key), message=f"a fact needs a {key}")
    wrong = _wrong_type(record)
    if wrong:
        return LoadIssue(where=where(path, line, wrong[0]), message=wrong[1])
    relation = record.get("relation", record.get("type"))
    try:
        type_ = RelationType.parse(str(relation or ""), field="relation")
        subject = _lifetime(resolve_name(context.resolver, str(record["subject"]).strip(),
                                         _kind(record, "subject_kind")), record, "subject")
        object_ = _lifetime(resolve_name(context.resolver, str(record["object"]).strip(),
                                         _kind(record, "object_kind")), record, "object")
        source = str(record.get("source") or defaults.get("source") or "").strip() or None
        note = str(record.get("note") or record.get("notes") or "").strip()
        fact_id = _safe(str(record["id"])) if record.get("id") else str(position)
        article = Article(
            id=f"facts:{stem}:{fact_id}", title=source or f"curated facts {path.name}",
            url=record.get("url") or defaults.get("url"), source=source or f"facts:{stem}",
        )
        sentence = note or f"{subject.name} {type_} {object_.name}"
        attributes = dict(record.get("attributes") or {})
        if note:
            attributes["notes"] = note
        claim = Claim(
            article=article.id, type=type_, subject=subject.id, object=object_.id,
            valid_from=_date_text(record.get("from", record.get("valid_from"))),
            valid_to=_date_text(record.get("to", record.get("valid_to"))),
            ended=_flag(record.get("ended")), evidence=Evidence(sentence=sentence, start=0, end=len(sentence)),
            extractor=EXTRACTOR, confidence=float(record.get("confidence") or DEFAULT_CONFIDENCE),
            source=source, reported=_date_text(record.get("reported")), attributes=attributes,
        )
    except InputError as exc:
        return input_issue(path, line, exc)
    except ValueError as exc:  # pydantic: bad confidence, subject == object, dates out of order...
        return LoadIssue(where=where(path, line), message=_first_error(exc))
    return unit(article.id, article, [claim], [subject, object_])


def _lifetime(actor: Actor, record: dict[str, Any], role: str) -> Actor:
    """``actor`` with the ``<role>_founded``/``<role>_dissolved`` dates the fact gives (validated)."""
    given = {k: _date_text(record.get(f"{role}_{k}")) for k in ("founded", "dissolved")}
    given = {k: v for k, v in given.items() if v is not None}
    if not given:
        return actor
    try:
        kept = actor.model_dump(exclude={*given, *(f"{k}_precision" for k in given)})
        return Actor(**kept, **given)
    except ValueError as exc:
        raise InputError(_first_error(exc), where=f"{role}_{next(iter(given))}") from None


MAX_YAML_DEPTH = 32
MAX_YAML_NODES = 200_000  # after aliases are expanded: a few hundred bytes must not become gigabytes
_TEXT_KEYS = ("id", "subject", "relation", "type", "object", "source", "url", "note", "notes", "subject_kind",
              "object_kind")
_DATE_KEYS = ("from", "valid_from", "to", "valid_to", "reported")


def yaml_shape_problem(text: str) -> tuple[int | None, str] | None:
    """(line, message) if the YAML nests deeper than :data:`MAX_YAML_DEPTH`, refers to an anchor
    inside itself, or expands through aliases to more than :data:`MAX_YAML_NODES` nodes; read
    as a stream of events, so nothing is built and nothing recurses."""
    sizes: dict[str, int] = {}
    stack: list[list] = [[None, 0]]  # [anchor, expanded size] of each open collection
    for event in yaml.parse(text, Loader=yaml.SafeLoader):
        line = event.start_mark.line + 1
        if isinstance(event, yaml.CollectionStartEvent):
            if len(stack) > MAX_YAML_DEPTH:
                return line, f"nested more than {MAX_YAML_DEPTH} deep"
            stack.append([event.anchor, 1])
        elif isinstance(event, yaml.CollectionEndEvent):
            anchor, size = stack.pop()
            if anchor:
                sizes[anchor] = size
            stack[-1][1] += size
        elif isinstance(event, yaml.AliasEvent):
            if any(open_anchor == event.anchor for open_anchor, _ in stack):
                return line, f"the alias *{event.anchor} refers to the collection it is inside (a recursive anchor)"
            stack[-1][1] += sizes.get(event.anchor, 1)
        elif isinstance(event, yaml.ScalarEvent):
            if event.anchor:
                sizes[event.anchor] = 1
            stack[-1][1] += 1
        if stack[0][1] + sum(size for _, size in stack[1:]) > MAX_YAML_NODES:
            return line, f"expands to more than {MAX_YAML_NODES} values (aliases repeated inside aliases?)"
    return None


def _wrong_type(record: dict[str, Any]) -> tuple[str, str] | None:
    """(key, message) for the first value of the wrong type."""
    for key in _TEXT_KEYS:
        value = record.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, str | int | float)):
            return key, f"must be text, not {_type_name(value)}"
    for key in _DATE_KEYS:
        value = record.get(key)
        if value is not None and not isinstance(value, str | int) and not hasattr(value, "isoformat"):
            return key, f"must be a date (YYYY, YYYY-MM or YYYY-MM-DD), not {_type_name(value)}"
    confidence = record.get("confidence")
    if confidence is not None and not _number(confidence):
        return "confidence", f"must be a number between 0 and 1, not {_type_name(confidence)}"
    attributes = record.get("attributes")
    if attributes is not None and not isinstance(attributes, dict):
        return "attributes", f"must be a mapping of names to values, not {_type_name(attributes)}"
    if attributes and not all(isinstance(k, str) for k in attributes):
        return "attributes", "names must be text"
    return None


def _culprit(loader: yaml.SafeLoader, node: yaml.Node, line: int) -> tuple[int, str | None]:
    """(line, key) of the value in a fact's mapping that cannot be constructed."""
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            try:
                loader.construct_object(value, deep=True)
            except (yaml.YAMLError, ValueError, TypeError):
                return value.start_mark.line + 1, str(getattr(key, "value", key))
    return line, None


def _number(value: Any) -> bool:
    """A finite number, or text of one (CSV cells)."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return False
    try:
        return math.isfinite(float(value))
    except (ValueError, OverflowError):
        return False


def _type_name(value: Any) -> str:
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return repr(value)
    return {dict: "a mapping", list: "a list", bytes: "binary data", bool: "true/false"}.get(
        type(value), f"a {type(value).__name__}")


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split())[:300] or type(exc).__name__


def _kind(record: dict[str, Any], key: str) -> ActorKind:
    value = str(record.get(key) or "other").strip().lower()
    try:
        return ActorKind(value)
    except ValueError:
        raise InputError(f"{value!r} is not an actor kind ({', '.join(ActorKind)})", where=key) from None


def _date_text(value: Any) -> str | None:
    """YAML reads ``2016`` as an int and ``2016-07-28`` as a date: hand the model text or a date."""
    if value is None or value == "":
        return None
    return value if hasattr(value, "isoformat") else str(value).strip()


def _flag(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    return str(value or "").strip().lower() in ("1", "true", "yes", "y")


def _safe(text: str) -> str:
    return _ID_SAFE.sub("-", text).strip("-._") or "facts"


def _first_error(exc: ValueError) -> str:
    errors = getattr(exc, "errors", None)
    if callable(errors):
        first = errors()[0]
        field = ".".join(str(p) for p in first.get("loc", ()))
        return f"{field}: {first['msg']}" if field else first["msg"]
    return str(exc)
