"""JSON Lines to documents: one JSON object per line.

``text`` is required; ``id``, ``url``, ``title``, ``date`` and ``feed`` (the
outlet) are optional and other keys (gold ``triples``...) are ignored. A bad
line is reported with its number and the other lines are still read.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from decimal import Decimal

from kg.ingest.dates import iso_date
from kg.ingest.problems import Reporter
from kg.records import Document


def read_jsonl(
    lines: Iterable[bytes | str],
    rep: Reporter,
    *,
    first_line: int = 1,
    max_bytes: int | None = None,
) -> Iterator[Document]:
    """Yield a document per good line of ``lines`` (read lazily, so any size streams).

    A line longer than ``max_bytes`` is reported and skipped unparsed.
    """
    for number, raw in enumerate(lines, start=first_line):
        if max_bytes is not None and len(raw) > max_bytes:
            rep.error(too_large(len(raw), max_bytes / 1_000_000), number)
            continue
        if isinstance(raw, bytes):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as e:
                rep.warning(
                    f"not valid UTF-8 (byte 0x{raw[e.start : e.start + 1].hex()}); "
                    "undecodable bytes replaced with U+FFFD",
                    number,
                )
                line = raw.decode("utf-8", errors="replace")
        else:
            line = raw
        line = line.strip().lstrip("\ufeff")
        if not line:
            continue
        doc = parse_jsonl_line(line, rep, number)
        if doc is not None:
            yield doc


def loads_line(line: str) -> object:
    """The JSON value of one line; integers too long for ``int`` become ``Decimal``.

    Raises ``json.JSONDecodeError`` on bad JSON and ``RecursionError`` on
    nesting deeper than the interpreter's stack allows.
    """
    return json.loads(line, parse_int=_parse_int)


def _parse_int(digits: str) -> int | Decimal:
    # Python refuses int() of more than 4,300 digits; such a number must not cost the line.
    return int(digits) if len(digits) <= _MAX_INT_DIGITS else Decimal(digits)


_MAX_INT_DIGITS = 4000


def parse_jsonl_line(line: str, rep: Reporter, number: int) -> Document | None:
    """One JSONL line to a document, or None with the problem reported."""
    try:
        obj = loads_line(line)
    except json.JSONDecodeError as e:
        rep.error(f"not JSON: {e.msg} (column {e.colno})", number)
        return None
    except RecursionError:
        rep.error("not read: JSON nested too deeply", number)
        return None
    if not isinstance(obj, dict):
        rep.error(f'expected a JSON object with a "text" key, got {_kind(obj)}', number)
        return None
    text = obj.get("text")
    if text is None:
        rep.error('no "text" key: each line needs {"text": "..."}', number)
        return None
    if not isinstance(text, str):
        rep.error(f'"text" must be a string, got {_kind(text)}', number)
        return None
    if not text.strip():
        rep.error('"text" is empty', number)
        return None
    date = None
    if obj.get("date") is not None:
        date = iso_date(obj["date"])
        if date is None:
            reason = f"date {obj['date']!r} is not a date (expected YYYY-MM-DD); ignored"
            rep.warning(reason, number)
    doc_id = obj.get("id")
    return Document(
        text=text.replace("\r\n", "\n"),
        id=str(doc_id) if isinstance(doc_id, str | int) and str(doc_id) else "",
        source=rep.path,
        url=_string(obj.get("url")),
        title=_string(obj.get("title")),
        date=date,
        feed=_string(obj.get("feed")),
    )


def too_large(size: int, max_mb: float) -> str:
    """Why a document of ``size`` bytes is skipped."""
    return (
        f"skipped: {size / 1_000_000:.1f} MB is more than the largest document read, "
        f"{max_mb:g} MB (set KG_MAX_DOCUMENT_MB to change it)"
    )


def _string(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _kind(value: object) -> str:
    return {dict: "an object", list: "an array", str: "a string", bool: "a boolean"}.get(
        type(value), "a number" if isinstance(value, int | float | Decimal) else "null"
    )
