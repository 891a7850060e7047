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
part of the document text.

Without a title, a Markdown ``#`` heading is the title, else the first line
that is not a byline ("By ..."), a dateline or a kicker ("EXCLUSIVE") when it
is short and more text follows, else the file name. Without a date, one
printed in the first lines (a dateline, "Published ...") is used and marked
as inferred; the file's modification time never is.
"""

from __future__ import annotations

import codecs
import re
from pathlib import PurePath

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
    heading = _markdown_heading(body) if markdown else None
    if markdown:
        body = markdown_to_text(body)
    body = body.strip()
    if not body:
        return None
    title = meta.get("title") or heading or _title_line(body) or _file_title(rep.path)
    date = None
    if meta.get("date"):
        date = iso_date(meta["date"])
        if date is None:
            rep.warning(
                f"date {meta['date']!r} is not a date (expected YYYY-MM-DD); ignored",
                meta_lines.get("date"),
            )
    inferred = False
    if date is None:
        # No date given: one printed in the article's dateline or header lines is
        # taken, marked as inferred. The file's modification time never is: it says
        # when the file was saved, not when the article was published.
        date = dateline_date(body)
        inferred = date is not None
    url = meta.get("url") or None
    return Document(
        text=body,
        source=rep.path,
        url=url,
        title=title or None,
        date=date,
        date_inferred=inferred,
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


_HEADING = re.compile(r"^[ \t]{0,3}(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$", re.M)
_BYLINE = re.compile(r"^(?:by|written by|words by)\s+\S", re.I)
_DATE_IN_LINE = re.compile(
    r"\b(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
    r"(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*"
    r"\.?,?\s+\d{4}"
    r"|\d{4}-\d{2}-\d{2})\b"
)
_DATE_WORDS = re.compile(r"^(?:published|updated|posted|first published|date)\b:?", re.I)
#: Lines read for a dateline or a title before the body is taken to have begun.
_HEADER_LINES = 6
#: A line of at most this many words may be a dateline, kicker or byline.
_SHORT_LINE_WORDS = 10


def _markdown_heading(body: str) -> str | None:
    """The text of the first top-level ``#`` heading, else of the first heading."""
    headings = [(len(m[1]), m[2].strip()) for m in _HEADING.finditer(body) if m[2].strip()]
    if not headings:
        return None
    top = min(level for level, _ in headings)
    text = next(text for level, text in headings if level == top)
    return markdown_to_text(text)[:MAX_TITLE_CHARS] or None


def _dateline(line: str) -> str | None:
    """The date of a dateline or header line ("March 4, 2025", "Published 2025-03-04",
    "SAN FRANCISCO, March 4, 2025 —"), None for any other line."""
    words = line.split()
    if not words or len(words) > _SHORT_LINE_WORDS:
        return None
    whole = iso_date(_DATE_WORDS.sub("", line).strip(" \t-\u2014\u2013|:"))
    if whole is not None:
        return whole
    m = _DATE_IN_LINE.search(line)
    if m is None or line.rstrip().endswith((".", "!", "?")):
        return None  # a sentence that mentions a date ("founded on May 4, 2015.")
    before = _DATE_WORDS.sub("", line[: m.start()]).split()
    if any(w[0].islower() and w != "on" for w in before):
        return None  # only a place, a byline or "Published on" may precede the date
    return iso_date(m[0].replace("Sept", "Sep").replace(".", ""))


def _is_kicker(line: str) -> bool:
    """A section label above a headline: "EXCLUSIVE", "Tech | AI", "Analysis:"."""
    words = line.split()
    if not words or len(words) > 5:
        return False
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and (
        all(c.isupper() for c in letters) or line.endswith(":") or " | " in line
    )


def _header_lines(body: str) -> list[str]:
    return [line.strip() for line in body.split("\n")[: _HEADER_LINES * 2] if line.strip()][
        :_HEADER_LINES
    ]


def dateline_date(body: str) -> str | None:
    """A publication date printed in the article's first lines (a dateline, a
    "Published ..." line, a byline with a date), else None.

    >>> dateline_date("By Jane Doe\nMarch 4, 2025\nAcme bought Foo.")
    '2025-03-04'
    """
    for line in _header_lines(body):
        found = _dateline(line)
        if found is not None:
            return found
        # A press-release dateline opening the first paragraph: "SAN FRANCISCO,
        # March 4, 2025 -- Acme said ...".
        head = re.split(r"\s[-\u2014\u2013]{1,2}\s", line, maxsplit=1)
        if len(head) == 2:
            found = _dateline(head[0])
            if found is not None:
                return found
    return None


def _title_line(body: str) -> str | None:
    """The first line that is not a byline, a dateline or a kicker, when it is short
    enough for a title and more text follows it."""
    lines = _header_lines(body)
    for i, line in enumerate(lines):
        if _BYLINE.match(line) and len(line.split()) <= _SHORT_LINE_WORDS:
            continue
        if _dateline(line) is not None or _is_kicker(line):
            continue
        if len(line) <= MAX_TITLE_CHARS and i + 1 < len(lines):
            return line
        return None
    return None


def _file_title(path: str | None) -> str | None:
    """A title made from a file name: "openai-raises-funds.txt" -> "openai raises funds"."""
    if not path or path == "-":
        return None
    stem = PurePath(path).stem
    return re.sub(r"[_-]+", " ", stem).strip() or None
