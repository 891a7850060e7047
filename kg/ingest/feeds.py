"""RSS and Atom feeds to documents, one per entry, with feedparser.

Each entry becomes a document whose text is its title followed by its
content (or summary) as plain text; ``url`` is the entry link, ``date`` its
publication (or update) date and ``feed`` the feed's title (or link).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from kg.ingest.dates import iso_date
from kg.ingest.html import html_to_text
from kg.ingest.problems import Reporter
from kg.records import Document

# A DOCTYPE may carry an internal subset in brackets, holding '>' of its own.
_PROLOG = re.compile(rb"\s*(<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(\[.*?\]\s*)?>)", re.S | re.I)
_ROOT = re.compile(rb"\s*<([A-Za-z_][\w:.-]*)")
_FEED_ROOTS = {b"rss", b"feed", b"rdf:rdf", b"rdf"}


def root_element(head: bytes) -> str | None:
    """Name of the first element of an XML document (from its first bytes), or None."""
    data = head.lstrip(b"\xef\xbb\xbf")
    pos = 0
    while m := _PROLOG.match(data, pos):
        pos = m.end()
    m = _ROOT.match(data, pos)
    return m[1].decode("ascii", "replace") if m else None


def looks_like_feed(head: bytes) -> bool:
    """True when the XML root element is ``rss``, ``feed`` (Atom) or ``rdf:RDF`` (RSS 1.0)."""
    root = root_element(head)
    return root is not None and root.lower().encode() in _FEED_ROOTS


def read_feed(data: bytes, rep: Reporter) -> Iterator[Document]:
    """Yield one document per feed entry; report a malformed or empty feed."""
    import feedparser

    try:
        parsed: Any = feedparser.parse(data)  # bytes: never fetched, never opened as a path
    except Exception as e:  # feedparser on arbitrary bytes: report, do not crash
        rep.error(f"cannot parse feed: {type(e).__name__}: {e}")
        return
    entries = parsed.get("entries") or []
    if parsed.get("bozo"):
        exc = parsed.get("bozo_exception")
        line = _exception_line(exc)
        if line is not None and not data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<?xml"):
            line = max(1, line - 1)  # feedparser counts the XML declaration it prepends
        if not entries:
            rep.error(f"malformed feed: {_describe(exc)}", line)
            return
        rep.warning(
            f"feed is not well-formed ({_describe(exc)}); read {_entries(len(entries))}", line
        )
    elif not entries:
        if parsed.get("version"):
            rep.error("feed has no entries")
        else:
            rep.error("not an RSS or Atom feed")
        return
    feed = parsed.get("feed") or {}
    feed_name = (feed.get("title") or "").strip() or _http(feed.get("link"))
    for number, entry in enumerate(entries, start=1):
        doc = _entry_document(entry, rep.path, feed_name)
        if doc is None:
            rep.error(f"entry {number} has no title or text")
            continue
        yield doc


def _entry_document(entry: Any, source: str, feed_name: str | None) -> Document | None:
    title = (entry.get("title") or "").strip()
    body = ""
    contents = [c for c in entry.get("content") or [] if c.get("value")]
    if contents:
        body = _plain(max(contents, key=lambda c: len(c["value"])))
    elif entry.get("summary"):
        body = _plain(entry.get("summary_detail") or {"value": entry["summary"]})
    if title and not body.startswith(title):
        text = f"{title}\n\n{body}" if body else title
    else:
        text = body
    if not text.strip():
        return None
    date = None
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        if entry.get(key):
            date = iso_date(entry[key])
            break
    if date is None:
        date = iso_date(entry.get("published") or entry.get("updated") or "")
    return Document(
        text=text.strip(),
        source=source,
        url=_http(entry.get("link")),
        title=title or None,
        date=date,
        feed=feed_name,
    )


def _plain(detail: Any) -> str:
    value = detail.get("value") or ""
    if detail.get("type") == "text/plain":
        return value.strip()
    return html_to_text(value)


def _http(value: object) -> str | None:
    if isinstance(value, str) and value.startswith(("http://", "https://")):
        return value
    return None


def _entries(n: int) -> str:
    return f"{n} entry" if n == 1 else f"{n} entries"


def _exception_line(exc: object) -> int | None:
    get_line = getattr(exc, "getLineNumber", None)
    if callable(get_line):
        try:
            line = get_line()
        except Exception:
            return None
        return line if isinstance(line, int) and line > 0 else None
    return None


def _describe(exc: object) -> str:
    if exc is None:
        return "unknown problem"
    get_message = getattr(exc, "getMessage", None)
    if callable(get_message):
        return str(get_message())
    return str(exc) or type(exc).__name__
