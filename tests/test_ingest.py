"""Ingest: every input kind becomes documents with metadata, and bad input is
reported (path, line, reason) without stopping the other inputs."""

from __future__ import annotations

import io
from pathlib import Path
from typing import IO, Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import UsageError
from kg.ingest.dates import iso_date
from kg.ingest.html import html_to_text
from kg.ingest.readers import InputProblem, iter_documents
from kg.records import Document, content_hash


def read(
    inputs: list[Any], *, glob: str | None = None, stdin: IO[Any] | None = None
) -> tuple[list[Document], list[InputProblem]]:
    problems: list[InputProblem] = []
    docs = list(iter_documents(inputs, glob=glob, on_error=problems.append, stdin=stdin))
    return docs, problems


def write(path: Path, content: str | bytes) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return str(path)


HTML_PAGE = """<!DOCTYPE html>
<html><head><title>Acme buys Foo Labs | Tech Wire</title>
<link rel="canonical" href="https://techwire.example/2025/03/acme-foo">
<meta property="og:site_name" content="Tech Wire">
<meta property="article:published_time" content="2025-03-04T10:00:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/about">About</a></nav>
<article><h1>Acme buys Foo Labs</h1>
<p>Acme Corp said on Tuesday it has acquired Foo Labs, a Berlin-based startup.</p>
<p>Foo Labs develops the Bolt model, which Acme plans to integrate into its cloud.</p>
<script>trackVisitor();</script>
</article>
<footer>Copyright Tech Wire</footer></body></html>
"""

RSS_FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel>
<title>AI Wire</title><link>https://aiwire.example/</link>
<item><title>Acme &amp; Foo team up</title><link>https://aiwire.example/acme-foo</link>
<pubDate>Tue, 04 Mar 2025 10:00:00 GMT</pubDate>
<description>&lt;p&gt;Acme &lt;b&gt;partners&lt;/b&gt; with Foo Labs.&lt;/p&gt;</description></item>
<item><title>Bar raises money</title><link>https://aiwire.example/bar</link>
<pubDate>Wed, 05 Mar 2025 08:00:00 +0100</pubDate>
<description>Zeta Capital invested in Bar Robotics.</description></item>
</channel></rss>
"""

ATOM_FEED = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Model Watch</title><link href="https://modelwatch.example/"/>
<id>urn:modelwatch</id><updated>2025-02-01T00:00:00Z</updated>
<entry><title>Meta ships Llama</title><link href="https://modelwatch.example/llama"/>
<id>urn:1</id><updated>2025-02-01T09:00:00Z</updated>
<summary>short summary</summary>
<content type="html">&lt;p&gt;Meta develops Llama.&lt;/p&gt;
&lt;p&gt;Second paragraph.&lt;/p&gt;</content>
</entry></feed>
"""


def test_iter_documents_text_file_reads_header_title_and_date(tmp_path: Path) -> None:
    path = write(
        tmp_path / "a.txt",
        "Title: Acme news\nDate: 2025-03-04\nURL: https://x.example/a\n\n"
        "Acme acquired Foo Labs.\nMore text.\n",
    )
    [doc], problems = read([path])
    assert problems == []
    assert doc.text == "Acme acquired Foo Labs.\nMore text."
    assert (doc.title, doc.date, doc.url, doc.source) == (
        "Acme news",
        "2025-03-04",
        "https://x.example/a",
        path,
    )
    assert doc.hash == content_hash(doc.text)


def test_iter_documents_text_file_short_first_line_is_title(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "Acme buys Foo\r\nAcme acquired Foo Labs on Monday.\r\n")
    [doc], _ = read([path])
    assert doc.title == "Acme buys Foo"
    assert doc.date is None
    assert doc.text == "Acme buys Foo\nAcme acquired Foo Labs on Monday."


def test_iter_documents_markdown_front_matter_and_markup(tmp_path: Path) -> None:
    path = write(
        tmp_path / "b.md",
        '---\ntitle: "Meta and Llama"\ndate: March 5, 2025\n---\n'
        "# Meta ships Llama\n\nMeta **develops** [Llama](https://llama.example). *Really*.\n",
    )
    [doc], problems = read([path])
    assert problems == []
    assert doc.title == "Meta and Llama"
    assert doc.date == "2025-03-05"
    assert doc.text == "Meta ships Llama\n\nMeta develops Llama. Really."


def test_iter_documents_markdown_heading_is_title(tmp_path: Path) -> None:
    path = write(tmp_path / "b.md", "# Meta ships Llama\n\nMeta develops Llama.\n")
    [doc], _ = read([path])
    assert doc.title == "Meta ships Llama"


def test_iter_documents_html_main_text_and_metadata(tmp_path: Path) -> None:
    path = write(tmp_path / "page.html", HTML_PAGE)
    [doc], problems = read([path])
    assert problems == []
    assert "Acme Corp said on Tuesday it has acquired Foo Labs" in doc.text
    assert "trackVisitor" not in doc.text
    assert "Copyright" not in doc.text
    assert doc.title == "Acme buys Foo Labs"
    assert doc.date == "2025-03-04"
    assert doc.url == "https://techwire.example/2025/03/acme-foo"
    assert doc.feed == "Tech Wire"


def test_iter_documents_jsonl_good_lines_kept_bad_line_reported(tmp_path: Path) -> None:
    path = write(
        tmp_path / "news.jsonl",
        '{"id": "n1", "text": "Acme acquired Foo.", "url": "https://x.example/1",'
        ' "title": "T1", "date": "2025-01-02", "triples": []}\n'
        "\n"
        "this is not json\n"
        '{"id": 7, "text": "Bar partners with Baz.", "date": "2024-12-31T08:00:00Z"}\n',
    )
    docs, problems = read([path])
    assert [(d.id, d.url, d.title, d.date) for d in docs] == [
        ("n1", "https://x.example/1", "T1", "2025-01-02"),
        ("7", None, None, "2024-12-31"),
    ]
    assert [str(p) for p in problems] == [f"{path}:3: not JSON: Expecting value (column 1)"]
    assert problems[0].severity == "error"


HOSTILE_JSONL_LINES = [
    ('{"text": "Big number.", "n": ' + "9" * 5000 + "}", None),
    ('{"text": ' + "1" * 5000 + "}", '"text" must be a string, got a number'),
    (
        '{"text": "Deep.", "a": ' + "[" * 100_000 + "]" * 100_000 + "}",
        "not read: JSON nested too deeply",
    ),
    ("[" * 100_000 + "]" * 100_000, "not read: JSON nested too deeply"),
]


@pytest.mark.parametrize(("line", "reason"), HOSTILE_JSONL_LINES)
@pytest.mark.parametrize("via", ["file", "stdin"])
def test_iter_documents_jsonl_hostile_line_isolated(
    tmp_path: Path, via: str, line: str, reason: str | None
) -> None:
    content = f'{{"text": "First."}}\n{line}\n{{"text": "Last."}}\n'
    if via == "file":
        inputs, stdin, name = [write(tmp_path / "news.jsonl", content)], None, None
    else:
        inputs, stdin, name = ["-"], io.BytesIO(content.encode()), "<stdin>"
    docs, problems = read(inputs, stdin=stdin)
    expected = ["First.", "Last."] if reason else ["First.", "Big number.", "Last."]
    assert [d.text for d in docs] == expected
    where = name or inputs[0]
    assert [str(p) for p in problems] == ([f"{where}:2: {reason}"] if reason else [])


def test_iter_documents_document_over_size_limit_skipped(tmp_path: Path) -> None:
    small = write(tmp_path / "a.txt", "Acme acquired Foo.")
    big = write(tmp_path / "b.txt", "Acme acquired Foo. " * 100)
    lines = write(tmp_path / "c.jsonl", '{"text": "%s"}\n{"text": "Short."}\n' % ("x" * 200))
    problems: list[InputProblem] = []
    docs = list(iter_documents([small, big, lines], on_error=problems.append, max_mb=0.0001))
    assert [d.text for d in docs] == ["Acme acquired Foo.", "Short."]
    assert [str(p) for p in problems] == [
        f"{big}: skipped: 0.0 MB is more than the largest document read, 0.0001 MB "
        "(set KG_MAX_DOCUMENT_MB to change it)",
        f"{lines}:1: skipped: 0.0 MB is more than the largest document read, 0.0001 MB "
        "(set KG_MAX_DOCUMENT_MB to change it)",
    ]


def test_iter_documents_size_limit_from_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path / "b.txt", "Acme acquired Foo. " * 100)
    monkeypatch.setenv("KG_MAX_DOCUMENT_MB", "0.001")
    docs, problems = read([path])
    assert (docs, [p.line for p in problems]) == ([], [None])


@pytest.mark.parametrize("value", ["0", "-1", "nan", "inf", "ten"])
def test_iter_documents_bad_size_limit_is_usage_error(
    monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv("KG_MAX_DOCUMENT_MB", value)
    with pytest.raises(UsageError, match=f"KG_MAX_DOCUMENT_MB='{value}' is not a size"):
        read(["-"], stdin=io.StringIO("Acme acquired Foo."))


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize("suffix", [".txt", ".jsonl", ".bin"])
def test_iter_documents_random_bytes_without_nul_are_binary(
    tmp_path: Path, seed: int, suffix: str
) -> None:
    import random

    rng = random.Random(seed)
    noise = bytes(rng.randrange(1, 256) for _ in range(100_000))
    path = write(tmp_path / f"noise{suffix}", noise)
    docs, problems = read([path])
    assert docs == []
    assert [p.reason.startswith("binary file (") for p in problems] == [True]


def test_iter_documents_legacy_encoded_text_is_not_binary(tmp_path: Path) -> None:
    text = "Le café naïf de Müller – “Acme” acquired Foo.\r\n\f" * 200
    path = write(tmp_path / "old.txt", text.encode("cp1252"))
    docs, problems = read([path])
    assert len(docs) == 1 and "Müller – “Acme” acquired Foo." in docs[0].text
    assert [p.severity for p in problems] == ["warning"]


def _linked_folder(tmp_path: Path) -> Path:
    outside = tmp_path / "outside"
    write(outside / "secret.txt", "Secret first line.")
    write(outside / "deeper" / "b.txt", "Bar partners with Baz.")
    folder = tmp_path / "news"
    write(folder / "a.txt", "Acme acquired Foo.")
    (folder / "link.txt").symlink_to(outside / "secret.txt")
    (folder / "linked").symlink_to(outside / "deeper")
    (folder / "loop").symlink_to(folder)
    return folder


def test_iter_documents_folder_symlinks_not_followed(tmp_path: Path) -> None:
    folder = _linked_folder(tmp_path)
    docs, problems = read([folder])
    assert [d.text for d in docs] == ["Acme acquired Foo."]
    reason = "warning: symbolic link not followed (give --follow-links to read it)"
    assert [str(p) for p in problems] == [
        f"{folder / name}: {reason}" for name in ("link.txt", "linked", "loop")
    ]


def test_iter_documents_folder_symlinks_followed_when_asked(tmp_path: Path) -> None:
    folder = _linked_folder(tmp_path)
    problems: list[InputProblem] = []
    docs = list(iter_documents([folder], on_error=problems.append, follow_links=True))
    assert [d.text for d in docs] == [
        "Acme acquired Foo.",
        "Secret first line.",
        "Bar partners with Baz.",
    ]
    assert problems == []


DOCTYPE_FEED = RSS_FEED.replace(
    "<rss ",
    '<!DOCTYPE rss [\n  <!ENTITY wire "AI Wire">\n  <!ELEMENT rss ANY>\n]>\n<rss ',
)


@pytest.mark.parametrize("name", ["wire.xml", "wire.feed"])
def test_iter_documents_feed_with_inline_doctype_detected(tmp_path: Path, name: str) -> None:
    path = write(tmp_path / name, DOCTYPE_FEED)
    docs, problems = read([path])
    assert [d.url for d in docs] == [
        "https://aiwire.example/acme-foo",
        "https://aiwire.example/bar",
    ]
    assert all(p.severity == "warning" for p in problems)


def test_iter_documents_rss_feed_entries(tmp_path: Path) -> None:
    path = write(tmp_path / "wire.rss", RSS_FEED)
    docs, problems = read([path])
    assert problems == []
    assert [(d.url, d.title, d.date, d.feed) for d in docs] == [
        ("https://aiwire.example/acme-foo", "Acme & Foo team up", "2025-03-04", "AI Wire"),
        ("https://aiwire.example/bar", "Bar raises money", "2025-03-05", "AI Wire"),
    ]
    assert docs[0].text == "Acme & Foo team up\n\nAcme partners with Foo Labs."
    assert all(d.source == path for d in docs)


def test_iter_documents_atom_feed_prefers_content_over_summary(tmp_path: Path) -> None:
    path = write(tmp_path / "models.xml", ATOM_FEED)
    [doc], problems = read([path])
    assert problems == []
    assert doc.text == "Meta ships Llama\n\nMeta develops Llama.\n\nSecond paragraph."
    assert (doc.url, doc.date, doc.feed) == (
        "https://modelwatch.example/llama",
        "2025-02-01",
        "Model Watch",
    )


def test_iter_documents_feed_with_unknown_suffix_is_sniffed(tmp_path: Path) -> None:
    path = write(tmp_path / "feed.php", RSS_FEED)
    docs, problems = read([path])
    assert problems == []
    assert len(docs) == 2


def test_iter_documents_folder_recursive_sorted_hidden_skipped(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    write(root / "b.txt", "Second file text.")
    write(root / "a" / "z.md", "First file text.")
    write(root / "a" / "notes.pdf", b"%PDF-1.4 not read")
    write(root / ".git" / "x.txt", "hidden, never read")
    write(root / "c.html", HTML_PAGE)
    docs, problems = read([str(root)])
    assert problems == []
    assert [d.source for d in docs] == [
        str(root / "a" / "z.md"),
        str(root / "b.txt"),
        str(root / "c.html"),
    ]


@pytest.mark.parametrize(
    ("glob", "expected"),
    [("*.txt", ["b.txt", "sub/d.txt"]), ("sub/*", ["sub/d.txt", "sub/e.data"]), ("*.md", [])],
)
def test_iter_documents_folder_glob_filters_names(
    tmp_path: Path, glob: str, expected: list[str]
) -> None:
    root = tmp_path / "corpus"
    write(root / "b.txt", "B text.")
    write(root / "c.html", HTML_PAGE)
    write(root / "sub" / "d.txt", "D text.")
    write(root / "sub" / "e.data", "E text, read because the glob selects it.")
    docs, problems = read([str(root)], glob=glob)
    assert [Path(d.source or "").relative_to(root).as_posix() for d in docs] == expected
    if not expected:
        assert [str(p) for p in problems] == [f"{root}: no files matching {glob!r} in this folder"]


def test_iter_documents_stdin_text(tmp_path: Path) -> None:
    [doc], problems = read(["-"], stdin=io.BytesIO(b"Acme buys Foo\nAcme acquired Foo Labs.\n"))
    assert problems == []
    assert (doc.text, doc.title, doc.source) == (
        "Acme buys Foo\nAcme acquired Foo Labs.",
        "Acme buys Foo",
        "<stdin>",
    )


def test_iter_documents_stdin_jsonl_reports_bad_line() -> None:
    stdin = io.StringIO('{"text": "One."}\n{"text": "Two."}\n{"title": "no text"}\n')
    docs, problems = read(["-"], stdin=stdin)
    assert [d.text for d in docs] == ["One.", "Two."]
    assert [str(p) for p in problems] == [
        '<stdin>:3: no "text" key: each line needs {"text": "..."}'
    ]


def test_iter_documents_accepts_path_objects(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "A text.")
    docs, problems = read([tmp_path / "a.txt", tmp_path / "missing.txt"])
    assert [d.text for d in docs] == ["A text."]
    assert [p.path for p in problems] == [str(tmp_path / "missing.txt")]


def test_iter_documents_mixed_inputs_in_order(tmp_path: Path) -> None:
    a = write(tmp_path / "a.txt", "A text.")
    b = write(tmp_path / "b.jsonl", '{"text": "B text."}\n')
    docs, _ = read([b, str(tmp_path / "missing.txt"), a])
    assert [d.text for d in docs] == ["B text.", "A text."]


LATIN1 = "Société Générale invested in Mistral AI, déjà the Paris-based startup.\n"

BAD_INPUTS = [
    # (file name, content, expected problem line, severity, documents still produced)
    ("empty.txt", b"", "{path}: empty file", "error", 0),
    ("blank.md", b"\n  \n", "{path}: empty file", "error", 0),
    (
        "image.txt",
        b"GIF89a\x00\x01\x02\x03binary",
        "{path}: binary file (contains NUL bytes), skipped",
        "error",
        0,
    ),
    (
        "ctrl.md",
        bytes(range(1, 8)) * 40,
        "{path}: binary file (100% control characters), skipped",
        "error",
        0,
    ),
    (
        "latin.txt",
        LATIN1.encode("latin-1"),
        "{path}:1: warning: not valid UTF-8 (byte 0xe9); decoded as cp1252 (detected)",
        "warning",
        1,
    ),
    (
        "broken.rss",
        b"<rss><channel><title>X</title><item><title>Acme buys Foo</title></item>",
        "{path}:1: warning: feed is not well-formed (no element found); read 1 entry",
        "warning",
        1,
    ),
    (
        "garbage.atom",
        b"complete garbage, not XML",
        "{path}:1: malformed feed: syntax error",
        "error",
        0,
    ),
    (
        "data.xml",
        b"<catalog><item/></catalog>",
        "{path}: not an RSS or Atom feed (its root element is <catalog>)",
        "error",
        0,
    ),
    (
        "empty.html",
        b"<html><head><title>T</title></head><body></body></html>",
        "{path}: no article text found in the HTML page",
        "error",
        0,
    ),
    ("bad.jsonl", b'{"text": 3}\n', '{path}:1: "text" must be a string, got a number', "error", 0),
    (
        "bad2.jsonl",
        b'"just a string"\n',
        '{path}:1: expected a JSON object with a "text" key, got a string',
        "error",
        0,
    ),
    (
        "date.jsonl",
        b'{"text": "T.", "date": "soon"}\n',
        "{path}:1: warning: date 'soon' is not a date (expected YYYY-MM-DD); ignored",
        "warning",
        1,
    ),
    (
        "date.txt",
        b"Date: someday\n\nText.",
        "{path}:1: warning: date 'someday' is not a date (expected YYYY-MM-DD); ignored",
        "warning",
        1,
    ),
]


@pytest.mark.parametrize(
    ("name", "content", "expected", "severity", "n_docs"),
    BAD_INPUTS,
    ids=[c[0] for c in BAD_INPUTS],
)
def test_iter_documents_bad_file_reported(
    tmp_path: Path, name: str, content: bytes, expected: str, severity: str, n_docs: int
) -> None:
    path = write(tmp_path / name, content)
    good = write(tmp_path / "zz-good.txt", "Acme acquired Foo.")
    docs, problems = read([path, good])
    assert [str(p) for p in problems] == [expected.format(path=path)]
    assert problems[0].severity == severity
    assert problems[0].path == path
    assert len(docs) == n_docs + 1
    assert docs[-1].source == good


def test_iter_documents_latin1_text_decoded(tmp_path: Path) -> None:
    path = write(tmp_path / "latin.txt", LATIN1.encode("latin-1"))
    [doc], _ = read([path])
    assert doc.text == LATIN1.strip()


@pytest.mark.parametrize(
    ("spec", "reason"),
    [
        ("missing.txt", "no such file or directory"),
        ("folder.txt", "no readable files in this folder"),
        (
            "https://example.com/feed.xml",
            "no such file or directory (URLs are not fetched: save the page or feed",
        ),
    ],
)
def test_iter_documents_unreadable_input_is_an_error(
    tmp_path: Path, spec: str, reason: str
) -> None:
    (tmp_path / "folder.txt").mkdir()
    target = spec if "://" in spec else str(tmp_path / spec)
    docs, problems = read([target])
    assert docs == []
    [problem] = problems
    assert problem.path == target
    assert problem.severity == "error"
    assert problem.reason.startswith(reason)


def test_iter_documents_problems_logged_without_callback(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = str(tmp_path / "missing.txt")
    assert list(iter_documents([path])) == []
    assert f"{path}: no such file or directory" in caplog.text


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    suffix=st.sampled_from([".txt", ".md", ".html", ".jsonl", ".rss", ".xml", ".bin"]),
    content=st.binary(max_size=300) | st.text(max_size=300).map(lambda s: s.encode("utf-8")),
)
def test_iter_documents_never_raises_on_arbitrary_bytes(
    tmp_path: Path, suffix: str, content: bytes
) -> None:
    path = write(tmp_path / f"input{suffix}", content)
    problems: list[InputProblem] = []
    for doc in iter_documents([path], on_error=problems.append):
        assert doc.text.strip()
        assert doc.source == path
    assert all(p.path == path for p in problems)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-03-04", "2025-03-04"),
        ("2025-03-04T23:30:00-08:00", "2025-03-04"),
        ("Tue, 04 Mar 2025 10:00:00 GMT", "2025-03-04"),
        ("March 4, 2025", "2025-03-04"),
        ("4th March 2025", "2025-03-04"),
        ("2025-02-30", None),
        ("yesterday", None),
        ("", None),
        (20250304, None),
    ],
)
def test_iso_date_normalizes_common_forms(value: object, expected: str | None) -> None:
    assert iso_date(value) == expected


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        (
            "<p>Acme <b>acquired</b> Foo.</p><p>Then &amp; now.</p>",
            "Acme acquired Foo.\n\nThen & now.",
        ),
        ("Plain text only", "Plain text only"),
        ("<div>One<br>Two<script>x()</script></div>", "One\nTwo"),
        ("<p>unclosed <i>tags", "unclosed tags"),
    ],
)
def test_html_to_text_keeps_text_drops_markup(fragment: str, expected: str) -> None:
    assert html_to_text(fragment) == expected
