"""HTML pages to documents: main text with trafilatura, metadata from the page.

trafilatura drops navigation, footers and boilerplate and reads the title,
publication date, canonical URL and site name from the page's ``<meta>`` and
``<link>`` tags. The site name becomes the document's ``feed`` (its outlet).
"""

from __future__ import annotations

import re
from typing import Any

from kg.ingest.dates import iso_date
from kg.ingest.problems import Reporter
from kg.records import Document

_BLOCK_TAGS = (
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "tr",
    "table",
    "section",
    "article",
    "figure",
    "figcaption",
)
_SPACES = re.compile(r"[ \t\u00a0]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")


def read_html(data: bytes, rep: Reporter) -> Document | None:
    """Extract the main text and metadata of one HTML page; None (and an error) if it has none."""
    import trafilatura

    try:
        result: Any = trafilatura.bare_extraction(
            data,
            with_metadata=True,
            include_comments=False,
            # Only dates the page states in its metadata or markup, not guesses
            # from any date-like string in the text.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as e:  # trafilatura on arbitrary bytes: never let one page stop a build
        rep.error(f"cannot parse HTML: {type(e).__name__}: {e}")
        return None
    text = (getattr(result, "text", None) or "").strip() if result is not None else ""
    if not text:
        rep.error("no article text found in the HTML page")
        return None
    url = result.url if _is_http_url(result.url) else None
    return Document(
        text=text,
        source=rep.path,
        url=url,
        title=(result.title or "").strip() or None,
        date=iso_date(result.date) if result.date else None,
        feed=(result.sitename or "").strip() or None,
    )


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (feed summaries), one line per block element.

    >>> html_to_text("<p>Acme <b>acquired</b> Foo.</p><p>Second &amp; last.</p>")
    'Acme acquired Foo.\\n\\nSecond & last.'
    """
    if "<" not in fragment:
        return _tidy(fragment)
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return _tidy(re.sub(r"<[^>]*>", " ", fragment))
    for bad in root.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    for el in root.iter(*_BLOCK_TAGS):
        el.tail = "\n" + (el.tail or "")
        if el.tag != "br":
            el.text = "\n" + (el.text or "")
    return _tidy(root.text_content())


def _tidy(text: str) -> str:
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def _is_http_url(value: object) -> bool:
    return isinstance(value, str) and value.startswith(("http://", "https://"))
