"""Documents from files, folders, JSON Lines, HTML pages, feeds and standard input.

:func:`iter_documents` is the one entry point. It streams: files are read one
at a time and JSON Lines line by line, so a corpus of any size can be piped
into extraction. Bad input never raises; it is reported as an
:class:`~kg.ingest.problems.InputProblem` and reading goes on.

Input kinds, by file suffix:

==========================  =============================================
``.txt`` ``.text``          one document (optional ``Title:``/``Date:`` header
                            or front matter, see :mod:`kg.ingest.text`)
``.md`` ``.markdown``       one document, Markdown markup removed
``.html`` ``.htm``          main text of the page (:mod:`kg.ingest.html`)
``.jsonl`` ``.ndjson``      one document per line (:mod:`kg.ingest.jsonl`)
``.xml`` ``.rss`` ``.atom`` one document per feed entry (:mod:`kg.ingest.feeds`)
==========================  =============================================

A file named on the command line with another suffix is sniffed (feed, HTML,
else text); inside folders such files are skipped unless ``glob`` selects
them. Folders are read recursively in sorted order, skipping hidden entries;
a symbolic link inside a folder is skipped with a warning (it could lead
anywhere) unless ``follow_links`` is set. ``-`` reads standard input: JSON Lines when
its first non-blank line is a JSON object, else one text document.
"""

from __future__ import annotations

import itertools
import logging
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from fnmatch import fnmatch
from pathlib import Path
from typing import IO, Any

from kg.config import max_document_mb
from kg.ingest.feeds import looks_like_feed, read_feed, root_element
from kg.ingest.html import read_html
from kg.ingest.jsonl import loads_line, read_jsonl, too_large
from kg.ingest.problems import InputProblem, OnError, Reporter
from kg.ingest.text import decode_bytes, looks_binary, parse_text
from kg.records import Document

__all__ = ["SUFFIX_KINDS", "InputProblem", "iter_documents"]

#: Reader used for each file suffix.
SUFFIX_KINDS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".xml": "xml",
    ".rss": "feed",
    ".atom": "feed",
}
STDIN_NAME = "<stdin>"
_SNIFF_BYTES = 4096
_log = logging.getLogger("kg.ingest")


def iter_documents(
    inputs: Sequence[str | os.PathLike[str]],
    *,
    glob: str | None = None,
    on_error: OnError | None = None,
    stdin: IO[Any] | None = None,
    max_mb: float | None = None,
    follow_links: bool = False,
) -> Iterator[Document]:
    """Yield the documents of ``inputs`` (paths, folders or ``-``) in a deterministic order.

    Symbolic links inside folders are followed only with ``follow_links``.
    A document larger than ``max_mb`` megabytes (default: ``KG_MAX_DOCUMENT_MB``,
    see :func:`kg.config.max_document_mb`) is skipped and reported.

    ``glob`` keeps only the files inside folders whose name (or path relative
    to the folder) matches it. Every problem goes to ``on_error`` (default:
    logged as a warning on the ``kg.ingest`` logger); the iterator itself
    never raises because of bad input.

    Example::

        problems = []
        for doc in iter_documents(["news/", "extra.jsonl"], on_error=problems.append):
            print(doc.source, doc.title, doc.date)
    """
    report: OnError = on_error or _log_problem
    limit = _Limit(max_document_mb() if max_mb is None else max_mb)
    for item in [inputs] if isinstance(inputs, str | os.PathLike) else inputs:
        spec = os.fspath(item)
        if spec == "-":
            yield from _guarded(_read_stdin(stdin, report, limit), STDIN_NAME, report)
            continue
        path = Path(spec)
        try:
            is_dir = path.is_dir()
            exists = is_dir or path.exists()
        except OSError as e:
            report(InputProblem(spec, None, f"cannot access: {e.strerror or e}"))
            continue
        if not exists:
            reason = "no such file or directory"
            if "://" in spec:
                reason += " (URLs are not fetched: save the page or feed and give its path)"
            report(InputProblem(spec, None, reason))
        elif is_dir:
            yield from _read_directory(path, spec, glob, report, limit, follow_links)
        elif path.is_file():
            yield from _guarded(_read_file(path, spec, report, limit, kind=None), spec, report)
        else:
            report(InputProblem(spec, None, "not a regular file or folder"))


def _log_problem(problem: InputProblem) -> None:
    _log.warning("%s", problem)


def _guarded(docs: Iterator[Document], shown: str, report: OnError) -> Iterator[Document]:
    """Turn an unexpected exception while reading one input into a reported error."""
    try:
        yield from docs
    except Exception as e:  # a reader bug on odd input must not end the whole run
        report(InputProblem(shown, None, f"cannot read: {type(e).__name__}: {e}"))


def _read_directory(
    root: Path, shown: str, glob: str | None, report: OnError, limit: _Limit, follow_links: bool
) -> Iterator[Document]:
    used = 0
    seen = {os.path.realpath(root)} if follow_links else None
    for path in _walk(root, shown, report, seen):
        rel = path.relative_to(root).as_posix()
        kind = SUFFIX_KINDS.get(path.suffix.lower())
        if glob is not None:
            if not (fnmatch(path.name, glob) or fnmatch(rel, glob)):
                continue
            kind = kind or "sniff"
        if kind is None:
            continue
        used += 1
        file_shown = str(Path(shown) / rel)
        yield from _guarded(
            _read_file(path, file_shown, report, limit, kind=kind), file_shown, report
        )
    if not used:
        if glob is not None:
            reason = f"no files matching {glob!r} in this folder"
        else:
            reason = "no readable files in this folder (expected " + ", ".join(SUFFIX_KINDS) + ")"
        report(InputProblem(shown, None, reason))


def _walk(folder: Path, shown: str, report: OnError, seen: set[str] | None) -> Iterator[Path]:
    """Files under ``folder`` in sorted order; hidden entries skipped.

    Symbolic links are followed only when ``seen`` (the real paths of the
    folders already walked, so a loop is walked once) is given.
    """
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as e:
        report(InputProblem(shown, None, f"cannot list folder: {e.strerror or e}"))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        entry_shown = str(Path(shown) / entry.name)
        try:
            if entry.is_symlink() and seen is None:
                reason = "symbolic link not followed (give --follow-links to read it)"
                report(InputProblem(entry_shown, None, reason, "warning"))
            elif entry.is_dir():
                real = os.path.realpath(entry.path)
                if seen is not None:
                    if real in seen:
                        continue
                    seen.add(real)
                yield from _walk(Path(entry.path), entry_shown, report, seen)
            elif entry.is_file():
                yield Path(entry.path)
        except OSError:
            continue


def _read_file(
    path: Path, shown: str, report: OnError, limit: _Limit, *, kind: str | None
) -> Iterator[Document]:
    rep = Reporter(shown, report)
    kind = kind or SUFFIX_KINDS.get(path.suffix.lower()) or "sniff"
    if kind == "jsonl":
        yield from _read_jsonl_file(path, rep, limit)
        return
    try:
        if limit.exceeded(path.stat().st_size, rep):
            return
        data = path.read_bytes()
    except OSError as e:
        rep.error(f"cannot read: {e.strerror or e}")
        return
    if not data.strip():
        rep.error("empty file")
        return
    why = _binary(data)
    if why:
        rep.error(f"{why}, skipped")
        return
    head = data[:_SNIFF_BYTES]
    if kind == "sniff":
        kind = "feed" if looks_like_feed(head) else "html" if _looks_like_html(head) else "text"
    if kind == "xml":
        if not looks_like_feed(head):
            root = root_element(head)
            found = f"its root element is <{root}>" if root else "it does not start with an element"
            rep.error(f"not an RSS or Atom feed ({found})")
            return
        kind = "feed"
    if kind == "feed":
        yield from read_feed(data, rep)
    elif kind == "html":
        doc = read_html(data, rep)
        if doc is not None:
            yield doc
    else:
        text = decode_bytes(data, rep)
        # Only the document's own text stays in memory while it is extracted.
        del data, head
        if text is None:
            return
        doc = parse_text(text, rep, markdown=kind == "markdown")
        del text
        if doc is None:
            rep.error("no text after the metadata header")
            return
        yield doc


def _read_jsonl_file(path: Path, rep: Reporter, limit: _Limit) -> Iterator[Document]:
    try:
        with path.open("rb") as f:
            head = f.read(_SNIFF_BYTES)
            if not head.strip():
                rep.error("empty file")
                return
            why = _binary(head)
            if why:
                rep.error(f"{why}, skipped")
                return
            f.seek(0)
            yield from read_jsonl(f, rep, max_bytes=limit.bytes)
    except OSError as e:
        rep.error(f"cannot read: {e.strerror or e}")


#: Share of control bytes past which bytes that are not UTF-8 are taken for binary data.
_MAX_CONTROL_NOT_UTF8 = 0.02
_TEXT_CONTROLS = frozenset(b"\t\n\r\f")


def _binary(data: bytes) -> str | None:
    """Why ``data`` is not text, or None.

    Besides NUL bytes and a high share of control bytes
    (:func:`kg.ingest.text.looks_binary`), bytes that are not UTF-8 and hold
    more than a few control bytes are binary: text in a legacy encoding has
    next to none, random or compressed data about one in ten.
    """
    why = looks_binary(data)
    if why:
        return why
    sample = data[:_SNIFF_BYTES]
    try:
        sample.decode("utf-8")
        return None
    except UnicodeDecodeError as e:
        if e.start >= len(sample) - 3:  # a character cut at the end of the sample
            return None
    control = sum(1 for b in sample if (b < 32 and b not in _TEXT_CONTROLS) or b == 127)
    if control / len(sample) > _MAX_CONTROL_NOT_UTF8:
        return f"binary file (not UTF-8, {control / len(sample):.0%} control bytes)"
    return None


class _Limit:
    """The largest document read; larger ones are reported and skipped."""

    def __init__(self, mb: float) -> None:
        self.mb = mb
        self.bytes = int(mb * 1_000_000)

    def exceeded(self, size: int, rep: Reporter, line: int | None = None) -> bool:
        if size <= self.bytes:
            return False
        rep.error(too_large(size, self.mb), line)
        return True


def _looks_like_html(head: bytes) -> bool:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return start.startswith((b"<!doctype html", b"<html")) or b"<body" in start[:2048]


def _read_stdin(stdin: IO[Any] | None, report: OnError, limit: _Limit) -> Iterator[Document]:
    rep = Reporter(STDIN_NAME, report)
    stream: IO[Any] = stdin if stdin is not None else sys.stdin
    source: IO[Any] = getattr(stream, "buffer", stream)  # bytes when possible: we decode
    lines = iter(source)
    head: list[bytes | str] = []
    for line in lines:
        head.append(line)
        if line.strip():
            break
    if not any(line.strip() for line in head):
        rep.error("standard input is empty")
        return
    if _is_json_object(head[-1]):
        yield from read_jsonl(itertools.chain(head, lines), rep, max_bytes=limit.bytes)
        return
    rest: Iterable[bytes | str] = lines
    if isinstance(head[0], bytes):
        data = b"".join([*head, *rest])  # type: ignore[list-item]
        if limit.exceeded(len(data), rep):
            return
        why = _binary(data)
        if why:
            rep.error(f"{why}, skipped")
            return
        text = decode_bytes(data, rep)
    else:
        text = "".join([*head, *rest])  # type: ignore[list-item]
        if limit.exceeded(len(text.encode("utf-8", errors="replace")), rep):
            return
    if text is None:
        return
    doc = parse_text(text, rep)
    if doc is None:
        rep.error("no text after the metadata header")
        return
    yield doc


def _is_json_object(line: bytes | str) -> bool:
    stripped = line.strip()
    start = b"{" if isinstance(stripped, bytes) else "{"
    if not stripped.startswith(start):  # type: ignore[arg-type]
        return False
    try:
        text = (
            stripped.decode("utf-8", errors="replace") if isinstance(stripped, bytes) else stripped
        )
        return isinstance(loads_line(text), dict)
    except ValueError:
        return False
    except RecursionError:
        # A line too deep to decode still opens an object: JSON Lines, reported per line.
        return True
