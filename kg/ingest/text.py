"""Bytes to text, and plain-text / Markdown files to documents.

Decoding never fails: UTF-8 first, then the encoding ``charset_normalizer``
detects (with a warning that says so), then UTF-8 with replacement
characters. Binary files are refused with an error.

A text file may start with metadata, in either of two simple forms::

    ---                          Title: Acme buys Foo
    title: Acme buys Foo         Date: 2025-03-04
    date: 2025-03-04             URL: https://example.com/acme
    url: https://example.com/a
    ---

(YAML-style front matter, ``key: value`` lines only, or a leading block of
``Key: value`` header lines ended by a blank line). Known keys are ``title``,
``date``, ``url`` (or ``link``) and ``source`` (the outlet); the block is not
part of the document text. Without a title, the first line is the title when
it is short and more text follows; a Markdown heading is preferred.
"""

from __future__ import annotations

import codecs
import re

from kg.ingest.dates import iso_date
from kg.ingest.problems import Reporter
from kg.records import Document

#: How much of a file is sampled to decide whether it is binary.
_SAMPLE = 8192
#: Share of control characters above which a file is taken for binary.
_MAX_CONTROL_RATIO = 0.10
#: How much more garbled than the best guess a cp1252 reading may look and still win.
_CHAOS_MARGIN = 0.1
_ALLOWED_CONTROL = frozenset(b"\t\n\r\f\v\b\x1b")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: A title line longer than this is taken for body text.
MAX_TITLE_CHARS = 120

_META_KEYS = {
    "title": "title",
    "date": "date",
    "published": "date",
    "url": "url",
    "link": "url",
    "source": "feed",
}
_META_LINE = re.compile(r"^\s*([A-Za-z][A-Za-z_-]*)\s*:\s*(.*?)\s*$")
_HEADER_LINE = re.compile(r"^(title|date|published|url|link|source)\s*:\s*(.*?)\s*$", re.I)

# Markdown markup that would only confuse sentence splitting and NER; each
# pattern keeps the visible text.
_MD_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$", re.M), r"\1"),  # "## Heading"
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # image: keep alt text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # link: keep its text
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # bold
    (re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?!\w)"), r"\1"),  # italic
    (re.compile(r"`([^`\n]+)`"), r"\1"),  # inline code
    (re.compile(r"^[ \t]{0,3}>[ \t]?", re.M), ""),  # block quote marker
)


def looks_binary(data: bytes) -> str | None:
    """Why ``data`` looks like a binary file, or None when it looks like text."""
    sample = data[:_SAMPLE]
    if any(sample.startswith(bom) for bom, _ in _BOMS):
        return None
    if b"\x00" in sample:
        return "binary file (contains NUL bytes)"
    if not sample:
        return None
    control = sum(1 for b in sample if (b < 32 and b not in _ALLOWED_CONTROL) or b == 127)
    if control / len(sample) > _MAX_CONTROL_RATIO:
        return f"binary file ({control / len(sample):.0%} control characters)"
    return None


def decode_bytes(data: bytes, rep: Reporter) -> str | None:
    """Decode file bytes to text with Unix newlines; None (and an error) for binary data."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = data.decode(codec, errors="replace")
            if "\ufffd" in text:
                rep.warning(f"invalid {codec} bytes replaced with U+FFFD")
            return _newlines(text)
    why = looks_binary(data)
    if why:
        rep.error(f"{why}, skipped")
        return None
    try:
        return _newlines(data.decode("utf-8"))
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        bad = data[e.start : e.start + 1].hex()
        guess = _detect_encoding(data)
        if guess is not None:
            encoding, text = guess
            rep.warning(f"not valid UTF-8 (byte 0x{bad}); decoded as {encoding} (detected)", line)
            return _newlines(text)
        rep.warning(
            f"not valid UTF-8 (byte 0x{bad}) and no encoding detected; "
            "undecodable bytes replaced with U+FFFD",
            line,
        )
        return _newlines(data.decode("utf-8", errors="replace"))


def _detect_encoding(data: bytes) -> tuple[str, str] | None:
    """The most plausible legacy encoding of ``data`` and the text it gives.

    charset_normalizer ranks candidates by how garbled the decoded text looks;
    on short texts several tie. Among the near-best, Windows-1252 (Western
    European) wins, since non-UTF-8 English news is nearly always in it.
    """
    from charset_normalizer import from_bytes

    matches = [m for m in from_bytes(data) if m.encoding not in ("utf_8", "ascii")]
    if not matches:
        return None
    best = min(matches, key=lambda m: m.chaos)
    for m in matches:
        if m.chaos <= best.chaos + _CHAOS_MARGIN and "cp1252" in m.could_be_from_charset:
            return "cp1252", data.decode("cp1252", errors="replace")
    return best.encoding, str(best)


def _newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse_text(text: str, rep: Reporter, *, markdown: bool = False) -> Document | None:
    """Turn a text or Markdown file into a document; None when it holds no text."""
    meta, body, meta_lines = _split_metadata(text)
    if markdown:
        body = markdown_to_text(body)
    body = body.strip()
    if not body:
        return None
    title = meta.get("title") or _title_line(body)
    date = None
    if meta.get("date"):
        date = iso_date(meta["date"])
        if date is None:
            rep.warning(
                f"date {meta['date']!r} is not a date (expected YYYY-MM-DD); ignored",
                meta_lines.get("date"),
            )
    url = meta.get("url") or None
    return Document(
        text=body,
        source=rep.path,
        url=url,
        title=title or None,
        date=date,
        feed=meta.get("feed") or None,
    )


def markdown_to_text(text: str) -> str:
    """Drop the Markdown markup that is not text (heading marks, link targets, emphasis)."""
    for pattern, repl in _MD_RULES:
        text = pattern.sub(repl, text)
    return text


def _split_metadata(text: str) -> tuple[dict[str, str], str, dict[str, int]]:
    """Separate front matter or a header block from the body text."""
    lines = text.split("\n")
    meta: dict[str, str] = {}
    where: dict[str, int] = {}
    if lines and lines[0].strip() == "---":
        for i, line in enumerate(lines[1:], start=1):
            if line.strip() in ("---", "..."):
                for j, meta_line in enumerate(lines[1:i], start=2):
                    m = _META_LINE.match(meta_line)
                    if m and m[1].lower() in _META_KEYS:
                        key = _META_KEYS[m[1].lower()]
                        meta[key] = m[2].strip().strip("\"'")
                        where[key] = j
                return meta, "\n".join(lines[i + 1 :]), where
            if i > 100:  # not front matter, just a rule at the top
                break
        return meta, text, where
    i = 0
    while i < len(lines):
        m = _HEADER_LINE.match(lines[i])
        if not m:
            break
        key = _META_KEYS[m[1].lower()]
        meta[key] = m[2].strip().strip("\"'")
        where[key] = i + 1
        i += 1
    if i and (i == len(lines) or not lines[i].strip()):
        return meta, "\n".join(lines[i:]), where
    return {}, text, {}


def _title_line(body: str) -> str | None:
    first, _, rest = body.partition("\n")
    first = first.strip()
    if rest.strip() and 0 < len(first) <= MAX_TITLE_CHARS:
        return first
    return None
