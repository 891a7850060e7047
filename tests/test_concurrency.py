"""Two real `kg build` processes on one embedded store: the second waits for the lock or
refuses with a clear message, and the store is never corrupted.

The first build reads its articles from a pipe the test holds open, so it keeps the
store's lock exactly as long as the test wants (no race on how fast spaCy is).
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Variable

from kg.graph.store import open_store
from kg.graph.validate import validate_graph
from tests.conftest import sample_documents

KG = [sys.executable, "-m", "kg.cli.main"]
ROOT = Path(__file__).resolve().parent.parent

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("spacy")]

NAMES = ["Microsoft", "OpenAI", "Nvidia", "Anthropic", "Amazon", "Google", "Meta", "Apple"]


def article(prefix: str, i: int) -> str:
    a, b = NAMES[i % len(NAMES)], NAMES[(i * 3 + 1) % len(NAMES)]
    text = f"{a} invested ${i + 1} million in {b} ({prefix} round {i})."
    return json.dumps({"id": f"{prefix}{i}", "text": text}) + "\n"


def corpus(path: Path, prefix: str, n: int) -> str:
    path.write_text("".join(article(prefix, i) for i in range(n)), encoding="utf-8")
    return str(path)


def kg_env(lock_timeout: float) -> dict[str, str]:
    return {**os.environ, "KG_LOCK_TIMEOUT": str(lock_timeout)}


def start_build(store: Path, *args: str, lock_timeout: float = 60) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [*KG, "build", *args, "--store", str(store), "--no-progress"],
        cwd=ROOT,
        env=kg_env(lock_timeout),
        text=True,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def lock_is_held(store: Path) -> bool:
    """True when another process holds the store's lock (probed without keeping it)."""
    path = store.with_name(store.name + ".lock")
    if not path.exists():
        return False
    with path.open("a+") as fh:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return True
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
        return False


def wait_for_lock(store: Path, process: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline and process.poll() is None:
        if lock_is_held(store):
            return
        time.sleep(0.05)
    out, err = process.communicate(timeout=30) if process.poll() is not None else ("", "")
    pytest.fail(f"the first build never took the lock: {err or out}")


def wait_until_waiting(process: subprocess.Popen[str], store: Path) -> None:
    """Return once ``process`` has the lock file open, i.e. is waiting for the lock."""
    import psutil

    lock = str(store.with_name(store.name + ".lock"))
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline and process.poll() is None:
        with contextlib.suppress(psutil.Error):
            if any(f.path == lock for f in psutil.Process(process.pid).open_files()):
                return
        time.sleep(0.05)
    pytest.fail("the second build never reached the lock")


@contextlib.contextmanager
def holding_build(store: Path, *args: str) -> Iterator[subprocess.Popen[str]]:
    """A `kg build - ...` that holds the store's lock until the block ends.

    It is fed a few articles on entering and the rest on leaving; on an error in the
    block it is killed.
    """
    first = start_build(store, "-", *args)
    assert first.stdin is not None
    try:
        first.stdin.write("".join(article("a", i) for i in range(3)))
        first.stdin.flush()
        wait_for_lock(store, first)
        yield first
    except BaseException:
        first.kill()
        first.communicate(timeout=60)
        raise
    first.stdin.write("".join(article("a", i) for i in range(3, 6)))
    first.stdin.close()
    first.wait(300)


def doc_ids(store: Path) -> set[str]:
    with open_store(str(store), create=False, read_only=True) as st:
        res = st.query("SELECT ?id WHERE { ?d a kgo:Document ; dcterms:identifier ?id }")
        return {str(row[Variable("id")]) for row in res.bindings}


def assert_store_sound(store: Path) -> None:
    with open_store(str(store), create=False, read_only=True) as st:
        conforms, report = validate_graph(st.graph)
    assert conforms, report


@pytest.fixture
def store(tmp_path: Path) -> Path:
    path = tmp_path / "store"
    with open_store(str(path)) as st:
        st.add_documents(sample_documents())
    return path


def test_second_build_refuses_the_lock_with_one_clear_line(store: Path, tmp_path: Path) -> None:
    other = corpus(tmp_path / "b.jsonl", "b", 3)
    with holding_build(store) as first:
        second = start_build(store, other, lock_timeout=0.5)
        _out, err = second.communicate(timeout=300)
    assert second.returncode == 1, err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("kg: error: store ")
    assert str(store) in lines[0] and "another process" in lines[0]
    assert "KG_LOCK_TIMEOUT" in lines[0] and "Traceback" not in err
    assert first.returncode == 0, first.stderr.read() if first.stderr else ""
    assert doc_ids(store) == {f"a{i}" for i in range(6)}
    assert_store_sound(store)


def test_second_build_waits_for_the_lock_then_appends(store: Path, tmp_path: Path) -> None:
    other = corpus(tmp_path / "b.jsonl", "b", 3)
    with holding_build(store) as first:
        second = start_build(store, other, "--append", lock_timeout=300)
        wait_until_waiting(second, store)
    _out, err = second.communicate(timeout=300)
    assert first.returncode == 0
    assert second.returncode == 0, err
    assert doc_ids(store) == {f"a{i}" for i in range(6)} | {"b0", "b1", "b2"}
    assert_store_sound(store)


def test_reader_during_a_build_refuses_with_one_clear_line(store: Path) -> None:
    with holding_build(store):
        result = subprocess.run(
            [*KG, "stats", "--store", str(store)],
            cwd=ROOT,
            env=kg_env(0.3),
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "being written by another process" in lines[0], result.stderr
    assert_store_sound(store)


def test_two_appending_builds_at_once_both_land(store: Path, tmp_path: Path) -> None:
    a = start_build(store, corpus(tmp_path / "a.jsonl", "a", 40), "--append", lock_timeout=300)
    b = start_build(store, corpus(tmp_path / "b.jsonl", "b", 40), "--append", lock_timeout=300)
    for process in (a, b):
        _, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
    expected = {f"a{i}" for i in range(40)} | {f"b{i}" for i in range(40)}
    assert expected <= doc_ids(store)
    assert_store_sound(store)


def test_two_replacing_builds_at_once_leave_one_whole_graph(store: Path, tmp_path: Path) -> None:
    a = start_build(store, corpus(tmp_path / "a.jsonl", "a", 40), lock_timeout=300)
    b = start_build(store, corpus(tmp_path / "b.jsonl", "b", 40), lock_timeout=300)
    for process in (a, b):
        _, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
    ids = doc_ids(store)
    assert ids in ({f"a{i}" for i in range(40)}, {f"b{i}" for i in range(40)})
    assert_store_sound(store)
    assert list(store.parent.glob(f".{store.name}.*")) == []
