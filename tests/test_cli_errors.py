"""CLI failures tests/test_cli.py does not cover: malformed or unreadable SPARQL, bad
JSON Lines and binary input, a locked store, a server that is down, bad settings.

Each is one line on stderr saying what is wrong (naming the value) and how to fix it,
exit code 2 for usage errors and 1 for failures, and no traceback.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kg.graph.store import open_store
from tests.conftest import free_port, sample_documents

KG = [sys.executable, "-m", "kg.cli.main"]


def run_kg(
    *args: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*KG, *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, **(env or {})},
        timeout=300,
        check=False,
    )


def one_line_error(result: subprocess.CompletedProcess[str], code: int) -> str:
    """The single stderr line of a failed command (asserting the contract)."""
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "error:" in lines[0]
    assert "unexpected" not in lines[0], lines[0]
    return lines[0]


@pytest.fixture
def store(tmp_path: Path) -> Path:
    path = tmp_path / "store"
    with open_store(str(path)) as st:
        st.add_documents(sample_documents())
    return path


def _files(tmp_path: Path) -> None:
    (tmp_path / "empty.rq").write_text("")
    (tmp_path / "comment.rq").write_text("# only a comment\n")
    (tmp_path / "a-file").write_text("not a store")


#: (argv, exit code, text the message must hold). {store}, {tmp} and {dead} are filled in.
FAILURES = [
    (("query", "SELEC * WHERE {", "--store", "{store}"), 1, "malformed SPARQL at line 1"),
    (("query", "SELECT * WHERE { ?s ?p }", "--store", "{store}"), 1, "malformed SPARQL"),
    (("query", "-f", "{tmp}/empty.rq", "--store", "{store}"), 1, "empty SPARQL"),
    (("query", "-f", "{tmp}/comment.rq", "--store", "{store}"), 1, "empty SPARQL"),
    (("query", "-f", "{tmp}", "--store", "{store}"), 2, "is a directory"),
    (("query", "DROP ALL", "--store", "{store}"), 1, "--allow-update"),
    (("query", "SELECT * WHERE {}", "--store", "{tmp}/a-file"), 1, "is a file, not a store"),
    (("stats", "--store", "{tmp}"), 1, "not a kg store"),
    (("export", "--store", "{store}", "-o", "{tmp}/a-file/x.ttl"), 1, "cannot write"),
    (
        ("view", "--store", "{store}", "-o", "{tmp}/v.html", "--since", "2025-13-01"),
        2,
        "YYYY-MM-DD",
    ),
    (("view", "--store", "{store}", "-o", "{tmp}/v.html", "--focus", "Nobody"), 2, "'Nobody'"),
    (("neighbors", "Nobody", "--store", "{store}"), 2, "unknown entity 'Nobody'"),
    (("path", "Google", "Nobody", "--store", "{store}"), 2, "unknown entity 'Nobody'"),
    (("forget", "no-such-doc", "--store", "{store}"), 1, "no document matches 'no-such-doc'"),
    (("stats", "--store", "{dead}"), 1, "{dead}"),
    (("query", "ASK {}", "--store", "{dead}"), 1, "{dead}"),
    (("export", "--store", "{dead}"), 1, "{dead}"),
    (("neighbors", "OpenAI", "--store", "{dead}"), 1, "{dead}"),
    (("forget", "dev-a", "--store", "{dead}"), 1, "{dead}"),
]


@pytest.mark.parametrize(
    ("args", "code", "says"),
    FAILURES,
    ids=[" ".join(a[:2]) + f"-{i}" for i, (a, _, _) in enumerate(FAILURES)],
)
def test_cli_failure_is_one_clear_line(
    args: tuple[str, ...], code: int, says: str, store: Path, tmp_path: Path
) -> None:
    _files(tmp_path)
    dead = f"http://127.0.0.1:{free_port()}/query"
    fill = {"{store}": str(store), "{tmp}": str(tmp_path), "{dead}": dead}

    def filled(text: str) -> str:
        for key, value in fill.items():
            text = text.replace(key, value)
        return text

    result = run_kg(*(filled(a) for a in args), cwd=tmp_path)
    line = one_line_error(result, code)
    assert filled(says) in line


def test_cli_bad_lock_timeout_setting_names_it(store: Path, tmp_path: Path) -> None:
    result = run_kg("stats", "--store", str(store), cwd=tmp_path, env={"KG_LOCK_TIMEOUT": "abc"})
    assert "KG_LOCK_TIMEOUT 'abc'" in one_line_error(result, 1)


@pytest.mark.parametrize("value", ["-5", "inf", "nan", "1e300"])
def test_cli_out_of_range_lock_timeout_is_usage_error(
    store: Path, tmp_path: Path, value: str
) -> None:
    result = run_kg("stats", "--store", str(store), cwd=tmp_path, env={"KG_LOCK_TIMEOUT": value})
    line = one_line_error(result, 2)
    assert f"invalid lock timeout {float(value)!r} (KG_LOCK_TIMEOUT)" in line


@pytest.mark.parametrize("value", ["inf", "nan", "1e300", "1e9"])
def test_cli_query_non_finite_timeout_is_usage_error(
    store: Path, tmp_path: Path, value: str
) -> None:
    result = run_kg("query", "--store", str(store), "--timeout", value, "ASK {}", cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert f"invalid timeout {float(value)!r}" in one_line_error(result, 2)


@pytest.fixture
def locked(store: Path) -> Iterator[Path]:
    """The store held open for writing by this process."""
    with open_store(str(store)):
        yield store


@pytest.mark.parametrize(
    "args",
    [
        ("query", "ASK {}"),
        ("stats",),
        ("forget", "dev-a"),
        ("export",),
        ("validate",),
    ],
    ids=lambda a: a[0],
)
def test_cli_locked_store_is_one_line_naming_it(
    args: tuple[str, ...], locked: Path, tmp_path: Path
) -> None:
    result = run_kg(*args, "--store", str(locked), cwd=tmp_path, env={"KG_LOCK_TIMEOUT": "0.2"})
    line = one_line_error(result, 1)
    assert str(locked) in line and "another process" in line and "KG_LOCK_TIMEOUT" in line


def test_cli_query_file_not_utf8_is_a_usage_error(store: Path, tmp_path: Path) -> None:
    bad = tmp_path / "latin1.rq"
    bad.write_bytes('SELECT * WHERE { ?s ?p "caf\xe9" }'.encode("latin-1"))
    line = one_line_error(run_kg("query", "-f", str(bad), "--store", str(store), cwd=tmp_path), 2)
    assert "latin1.rq" in line


@pytest.mark.parametrize("args", [("stats",), ("query", "ASK {}"), ("export",)], ids=lambda a: a[0])
def test_cli_empty_store_spec_is_refused(args: tuple[str, ...], tmp_path: Path) -> None:
    default = tmp_path / "output" / "store"
    with open_store(str(default)) as st:
        st.add_documents(sample_documents())
    line = one_line_error(run_kg(*args, "--store", "", cwd=tmp_path), 1)
    assert "empty store spec" in line


def test_cli_endpoint_with_bad_port_names_it(tmp_path: Path) -> None:
    url = "http://127.0.0.1:99999/query"
    assert url in one_line_error(run_kg("stats", "--store", url, cwd=tmp_path), 1)


def test_cli_query_unknown_prefix_names_it(store: Path, tmp_path: Path) -> None:
    result = run_kg(
        "query", "SELECT * WHERE { ?s foo:bar ?o }", "--store", str(store), cwd=tmp_path
    )
    line = one_line_error(result, 1)
    assert "foo" in line and len(line) < 300


# ---------------------------------------------------------------------------
# Builds (spaCy)
# ---------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.xdist_group("spacy")
def test_cli_build_bad_jsonl_and_binary_input_each_named_then_exit_1(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": 1}\nnot json\n[1]\n{"id": "x"}\n', encoding="utf-8")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"ab\x00\x00\x01\x02cd" * 100)
    store = tmp_path / "store"
    result = run_kg(
        "build", str(bad), str(binary), "--store", str(store), "--no-progress", cwd=tmp_path
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    for n in (1, 2, 3, 4):
        assert any(line.startswith(f"{bad}:{n}: ") for line in lines), result.stderr
    assert any(line.startswith(f"{binary}: ") and "binary" in line for line in lines)
    assert "5 failed" in result.stdout


@pytest.mark.slow
@pytest.mark.xdist_group("spacy")
def test_cli_build_bad_base_iri_is_a_usage_error(tmp_path: Path) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text("Microsoft invested in OpenAI.")
    result = run_kg(
        "build", str(doc), "--store", str(tmp_path / "s"), "--base-iri", "not an iri", cwd=tmp_path
    )
    line = one_line_error(result, 2)
    assert "'not an iri'" in line and "https://example.org/kg/" in line


def _limit_file_size(size: int) -> Callable[[], None]:
    """A child-process setup making files larger than ``size`` bytes fail (like a full disk)."""

    def setup() -> None:
        import resource
        import signal

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))

    return setup


def test_cli_build_on_full_disk_is_one_line_naming_path_and_cause(tmp_path: Path) -> None:
    docs = tmp_path / "news.jsonl"
    docs.write_text(
        "".join(
            json.dumps({"text": f"Acme {i} acquired Foo {i}. Bar {i} partners with Baz."}) + "\n"
            for i in range(300)
        )
    )
    result = subprocess.run(
        [*KG, "build", str(docs), "--store", str(tmp_path / "st")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=300,
        check=False,
        preexec_fn=_limit_file_size(300_000),
    )
    line = one_line_error(result, 1)
    assert "File too large" in line
    assert str(tmp_path) in line


def _can_mount_read_only() -> bool:
    try:
        probe = subprocess.run(["unshare", "-rm", "true"], capture_output=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return False
    return probe.returncode == 0


@pytest.mark.skipif(not _can_mount_read_only(), reason="needs unshare (user namespaces)")
@pytest.mark.parametrize("lock_file", [True, False], ids=["lock-file", "no-lock-file"])
@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("stats",), "documents: 2"),
        (("query", "ASK { ?s ?p ?o }"), "true"),
        (("export", "--format", "nt"), "ai-industry-kg/ontology#"),
        (("validate",), "conforms"),
    ],
)
def test_cli_reading_commands_work_on_a_read_only_filesystem(
    tmp_path: Path, args: tuple[str, ...], says: str, lock_file: bool
) -> None:
    folder = tmp_path / "ro"
    with open_store(str(folder / "st")) as st:
        st.add_documents(sample_documents())
    # The lock file goes once the store is free; one left behind (by a killed process,
    # say) must be shared read-only.
    lock = folder / "st.lock"
    if lock_file:
        lock.touch()
    else:
        lock.unlink(missing_ok=True)
    script = (
        'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && shift '
        '&& touch "$0/probe" 2>/dev/null && exit 99; exec "$@"'
    )
    command = [*KG, *args, "--store", str(folder / "st")]
    result = subprocess.run(
        ["unshare", "-rm", "sh", "-c", script, str(folder), str(folder), *command],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=300,
        check=False,
    )
    assert (result.returncode, result.stderr) == (0, ""), result.stderr
    assert says in result.stdout
