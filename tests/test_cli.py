"""The CLI's contract: one-line errors, exit code 2 for usage errors and 1 for
failures, and no traceback unless --debug."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

KG = [sys.executable, "-m", "kg.cli.main"]


def run_kg(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*KG, *args], capture_output=True, text=True, cwd=cwd, timeout=300, check=False
    )


USAGE_ERRORS = [
    ("bogus",),
    ("build",),
    ("query",),
    ("query", "SELECT * {}", "-f", "x.rq"),
    ("query", "-f", "does-not-exist.rq"),
    ("export", "--format", "xml"),
    ("view", "--relation", "invests"),
    ("view", "--depth", "-1"),
    ("eval", "--gold", "does-not-exist.jsonl"),
    ("stats", "--top", "0"),
    ("build", "x.txt", "--workers", "0"),
]


@pytest.mark.parametrize("args", USAGE_ERRORS, ids=lambda a: " ".join(a))
def test_cli_usage_error_is_one_line_with_exit_2(args: tuple[str, ...], tmp_path: Path) -> None:
    result = run_kg(*args, cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "error:" in lines[0]
    assert "--help" in lines[0]
    assert "Traceback" not in result.stderr


FAILURES = [
    ("query", "SELECT * WHERE { ?s ?p ?o }", "--store", "{missing}"),
    ("export", "--store", "{missing}"),
    ("validate", "--store", "{missing}"),
    ("stats", "--store", "{missing}"),
    ("path", "OpenAI", "Microsoft", "--store", "{missing}"),
    ("neighbors", "OpenAI", "--store", "{missing}"),
    ("forget", "doc-1", "--store", "{missing}"),
    ("view", "--store", "{missing}", "-o", "{tmp}/v.html"),
]


@pytest.mark.parametrize("args", FAILURES, ids=lambda a: a[0])
def test_cli_missing_store_fails_with_one_line_naming_it(
    args: tuple[str, ...], tmp_path: Path
) -> None:
    missing = tmp_path / "no-store-here"
    argv = [a.replace("{missing}", str(missing)).replace("{tmp}", str(tmp_path)) for a in args]
    result = run_kg(*argv, cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("kg: error:")
    assert str(missing) in lines[0]
    assert "Traceback" not in result.stderr
    assert not missing.exists(), "a read-only command must not create the store"


def test_cli_debug_shows_traceback(tmp_path: Path) -> None:
    missing = tmp_path / "nothing"
    result = run_kg("--debug", "stats", "--store", str(missing), cwd=tmp_path)
    assert result.returncode != 0
    assert "Traceback" in result.stderr


def test_cli_build_missing_input_fails_and_names_it(tmp_path: Path) -> None:
    store = tmp_path / "store"
    result = run_kg("build", str(tmp_path / "absent.txt"), "--store", str(store), cwd=tmp_path)
    assert result.returncode == 1
    assert "absent.txt" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("explain", [[], ["--explain"]], ids=["facts", "explain"])
def test_cli_extract_unreadable_input_exits_1(tmp_path: Path, explain: list[str]) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "good.txt").write_text("Reddit sued Anthropic.")
    result = run_kg("extract", *explain, "good.txt", "empty.txt", "absent.txt", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert "empty.txt: empty file\nabsent.txt: no such file or directory\n" in result.stderr
    assert "Traceback" not in result.stderr
    assert "Reddit" in result.stdout


def test_cli_extract_readable_input_exits_0(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Reddit sued Anthropic.")
    result = run_kg("extract", "good.txt", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (0, "1 document read, 0 gave no facts\n")


@pytest.mark.parametrize(
    "command",
    [
        "build",
        "extract",
        "eval",
        "query",
        "export",
        "view",
        "validate",
        "stats",
        "path",
        "neighbors",
        "show",
        "forget",
        "serve",
    ],
)
def test_cli_help_describes_every_command(command: str) -> None:
    result = run_kg(command, "--help")
    assert result.returncode == 0
    assert result.stdout.startswith(f"Usage: kg {command}")
    # Each command documents its options, not just its name.
    assert "--help" in result.stdout
    assert len(result.stdout.splitlines()) > 4


def test_cli_version_matches_package() -> None:
    import kg

    result = run_kg("--version")
    assert result.returncode == 0
    assert kg.__version__ in result.stdout


@pytest.mark.parametrize("label", ["Evil\x1b[2J\x1b[31mCorp", "Line\nBreak Inc", "Bell\x07Co"])
def test_cli_plain_removes_terminal_control_characters(label: str) -> None:
    from kg.cli.main import _plain

    cleaned = _plain(label)
    assert not any(ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0 for c in cleaned)
    assert len(cleaned) == len(label)


HOSTILE = "Evil\x1b]0;pwned\x07\x1b[2J\u202eCorp\x9b31m"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Evil\x1b[2JCorp", "Evil\\x1b[2JCorp"),
        ("line\nkg: error: forged", "line\\nkg: error: forged"),
        ("right\u202eto\u2066left\u200f", "right\\u202eto\\u2066left\\u200f"),
        ("csi\x9b31m del\x7f", "csi\\x9b31m del\\x7f"),
        ("Café, 東京, emoji 🤖", "Café, 東京, emoji 🤖"),
    ],
)
def test_terminal_text_makes_controls_and_bidi_visible(text: str, shown: str) -> None:
    from kg.table import terminal_text

    assert terminal_text(text) == shown


def test_cli_query_table_shows_hostile_label_escaped(tmp_path: Path) -> None:
    from kg.graph.store import open_store
    from tests.conftest import make_doc, make_fact

    doc = make_doc("Hostile text.", "h1")
    with open_store(str(tmp_path / "st")) as st:
        st.add_document(doc, [make_fact(doc, HOSTILE, "acquires", "Foo")])
    query = "SELECT ?l WHERE { ?e a kgo:Organization ; rdfs:label ?l }"
    result = run_kg("query", "--store", str(tmp_path / "st"), query, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Evil\\x1b]0;pwned\\x07\\x1b[2J\\u202eCorp\\x9b31m" in result.stdout
    assert not set(result.stdout) & {"\x1b", "\x07", "\u202e", "\x9b"}


def test_cli_build_error_line_cannot_be_forged_by_a_file_name(tmp_path: Path) -> None:
    name = "a\x1b[31m\nkg: error: forged.txt"
    (tmp_path / name).write_text("")
    result = run_kg("build", name, "--store", "memory", "--no-progress", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "a\\x1b[31m\\nkg: error: forged.txt: empty file",
        "no document could be read: memory was left unchanged",
    ]


def test_cli_query_file_with_byte_order_mark(tmp_path: Path) -> None:
    from kg.graph.store import open_store
    from tests.conftest import make_doc, make_fact

    doc = make_doc("Microsoft acquires Foo.", "b1")
    with open_store(str(tmp_path / "st")) as st:
        st.add_document(doc, [make_fact(doc, "Microsoft", "acquires", "Foo")])
    rq = tmp_path / "q.rq"
    rq.write_bytes("\ufeffASK { ?s kgo:acquires ?o }".encode())
    result = run_kg("query", "--store", str(tmp_path / "st"), "-f", str(rq), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "true" in result.stdout


def test_cli_query_csv_ends_without_a_blank_line(tmp_path: Path) -> None:
    from kg.graph.store import open_store
    from tests.conftest import make_doc, make_fact

    doc = make_doc("Microsoft acquires Foo.", "c1")
    with open_store(str(tmp_path / "st")) as st:
        st.add_document(doc, [make_fact(doc, "Microsoft", "acquires", "Foo")])
    query = "SELECT ?l WHERE { ?e rdfs:label ?l } ORDER BY ?l"
    result = run_kg(
        "query", "--store", str(tmp_path / "st"), "--format", "csv", query, cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["l", "Foo", "Microsoft"]
    assert result.stdout.endswith("\n") and not result.stdout.endswith("\n\n")
