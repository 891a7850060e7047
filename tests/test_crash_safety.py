"""Crash safety: `kg export`, `kg view` and `kg build` killed with SIGKILL part-way
leave the previous output file byte-identical and the store intact, and a rerun works.

Each test runs the real command as a subprocess on a store large enough that the
command is still working when it is killed (the kill comes when its temporary file or
staging folder appears, or after a short delay).
"""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from rdflib import Variable

from kg.graph.store import open_store
from kg.graph.validate import validate_graph
from tests.conftest import make_doc, make_fact, sample_documents

KG = [sys.executable, "-m", "kg.cli.main"]
ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


def run_kg(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*KG, *args], capture_output=True, text=True, cwd=ROOT, timeout=300, check=False
    )


def start_kg(*args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [*KG, *args], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )


def kill_when(
    process: subprocess.Popen[bytes], ready: Callable[[], bool], *, at_most: float
) -> bool:
    """SIGKILL ``process`` as soon as ``ready()`` is true or ``at_most`` seconds passed.

    Returns False when the process had already finished (nothing was interrupted).
    """
    deadline = time.monotonic() + at_most
    while time.monotonic() < deadline and process.poll() is None and not ready():
        time.sleep(0.005)
    if process.poll() is not None:
        return False
    process.send_signal(signal.SIGKILL)
    process.wait(30)
    return True


def big_store(path: Path, documents: int = 1500) -> int:
    """An embedded store of ``documents`` hand-built documents; returns its triple count."""
    with open_store(str(path)) as store:
        items = []
        for i in range(documents):
            doc = make_doc(f"Org{i} invests in Org{i + 1}. Org{i} uses Chip{i}.", f"d{i}")
            items.append(
                (
                    doc,
                    [
                        make_fact(doc, f"Org{i}", "invests_in", f"Org{i + 1}"),
                        make_fact(
                            doc, f"Org{i}", "uses", f"Chip{i}", object_class="Hardware", start=1
                        ),
                    ],
                )
            )
        store.add_documents(items)
        return store.triple_count()


def count(spec: Path) -> int:
    with open_store(str(spec), create=False, read_only=True) as store:
        return store.triple_count()


@pytest.fixture(scope="module")
def store_and_count(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    path = tmp_path_factory.mktemp("crash") / "store"
    return path, big_store(path)


def temp_files(dest: Path) -> list[Path]:
    return list(dest.parent.glob(f".{dest.name}.*"))


# ---------------------------------------------------------------------------
# export and view
# ---------------------------------------------------------------------------

OUTPUTS: dict[str, tuple[str, Callable[[str, str], list[str]]]] = {
    "export-turtle": ("graph.ttl", lambda s, o: ["export", "--store", s, "-o", o]),
    "export-jsonld": (
        "graph.jsonld",
        lambda s, o: ["export", "--store", s, "--format", "jsonld", "-o", o],
    ),
    "view": ("graph.html", lambda s, o: ["view", "--store", s, "-o", o]),
}


@pytest.mark.parametrize("kind", list(OUTPUTS))
@pytest.mark.parametrize("when", ["temp-file", "early"])
def test_killed_output_command_keeps_previous_file_and_store(
    kind: str, when: str, store_and_count: tuple[Path, int], tmp_path: Path
) -> None:
    store, triples = store_and_count
    name, argv = OUTPUTS[kind]
    dest = tmp_path / name
    previous = b"previous content \xe2\x9c\x93\n" * 1000
    dest.write_bytes(previous)

    # The temporary file lives only while the bytes are written: try a few times to
    # catch it (the previous file is checked after every attempt). An early kill comes
    # sooner on each attempt, so a fast machine is still caught part-way.
    for delay in (1.0, 0.5, 0.25, 0.1, 0.05, 0.02):
        process = start_kg(*argv(str(store), str(dest)))
        if when == "temp-file":
            interrupted = kill_when(process, lambda: bool(temp_files(dest)), at_most=120)
        else:
            interrupted = kill_when(process, lambda: False, at_most=delay)
        if interrupted:
            break
        dest.write_bytes(previous)  # it finished first: start again
    assert interrupted, "the command finished every time before it could be killed"

    # Killed before the rename: the previous file; after it (while exiting): the
    # complete new file. Never anything in between.
    after = dest.read_bytes()
    assert count(store) == triples

    result = run_kg(*argv(str(store), str(dest)))
    assert result.returncode == 0, result.stderr
    fresh = dest.read_bytes()
    assert fresh != previous
    assert dest.stat().st_size > 100_000
    if kind == "view":
        assert after == previous or after.rstrip().endswith(b"</html>")
    else:
        assert after in (previous, fresh)


def test_killed_export_leaves_at_most_a_temp_file_the_rerun_removes(
    store_and_count: tuple[Path, int], tmp_path: Path
) -> None:
    store, _ = store_and_count
    dest = tmp_path / "graph.nt"
    process = start_kg("export", "--store", str(store), "--format", "nt", "-o", str(dest))
    kill_when(process, lambda: bool(temp_files(dest)), at_most=120)
    assert not dest.exists()  # never a half-written destination
    result = run_kg("export", "--store", str(store), "--format", "nt", "-o", str(dest))
    assert result.returncode == 0, result.stderr
    assert temp_files(dest) == []  # the killed export's and the rerun's temporary files
    with dest.open(encoding="utf-8") as fh:
        assert sum(1 for line in fh if line.strip()) == count(store)


@pytest.mark.parametrize(
    "kind",
    ["export-turtle", "view"],
)
def test_output_file_mode_follows_umask_and_existing_file(kind: str, tmp_path: Path) -> None:
    from kg import api

    store = tmp_path / "store"
    with open_store(str(store)) as st:
        st.add_documents(sample_documents())
    fresh, kept = tmp_path / "fresh.out", tmp_path / "kept.out"
    kept.write_text("old")
    kept.chmod(0o640)
    umask = os.umask(0o022)
    try:
        for dest in (fresh, kept):
            if kind == "view":
                api.view(dest, str(store))
            else:
                api.export("turtle", dest, str(store))
    finally:
        os.umask(umask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o644
    assert stat.S_IMODE(kept.stat().st_mode) == 0o640


# ---------------------------------------------------------------------------
# build
# ---------------------------------------------------------------------------


def corpus(path: Path, documents: int) -> Path:
    """A JSONL corpus of distinct short articles the extractor finds facts in."""
    names = ["Microsoft", "OpenAI", "Nvidia", "Anthropic", "Amazon", "Google", "Meta", "Apple"]
    with path.open("w", encoding="utf-8") as fh:
        for i in range(documents):
            a, b = names[i % len(names)], names[(i * 3 + 1) % len(names)]
            text = f"{a} invested ${i + 1} million in {b} in round {i}. {b} uses Azure."
            fh.write(json.dumps({"id": f"c{i}", "text": text}) + "\n")
    return path


def wal_bytes(folder: Path) -> int:
    """Bytes in the write-ahead logs of an embedded store (they grow with every write).

    The store rotates its logs while a build writes: a log listed may be gone when
    its size is read, and then counts nothing.
    """
    total = 0
    for p in folder.glob("*.log") if folder.is_dir() else ():
        try:
            total += p.stat().st_size
        except FileNotFoundError:
            continue
    return total


#: Write-ahead log growth that means a few documents were written.
SOME_WRITES = 64 * 1024


def staging(store: Path) -> list[Path]:
    return list(store.parent.glob(f".{store.name}.new-*"))


def doc_ids(store: Path) -> set[str]:
    with open_store(str(store), create=False, read_only=True) as st:
        res = st.query("SELECT ?id WHERE { ?d a kgo:Document ; dcterms:identifier ?id }")
        return {str(row[Variable("id")]) for row in res.bindings}


@pytest.mark.xdist_group("spacy")
def test_killed_build_keeps_previous_store_and_rerun_succeeds(tmp_path: Path) -> None:
    store = tmp_path / "store"
    with open_store(str(store)) as st:
        st.add_documents(sample_documents())
        before = st.triple_count()
    ids_before = doc_ids(store)
    big = corpus(tmp_path / "big.jsonl", 4000)

    process = start_kg("build", str(big), "--store", str(store), "--no-progress")

    def started_writing() -> bool:
        return any(wal_bytes(p) > SOME_WRITES for p in staging(store))

    assert kill_when(process, started_writing, at_most=240)
    assert count(store) == before
    assert doc_ids(store) == ids_before

    small = corpus(tmp_path / "small.jsonl", 3)
    result = run_kg("build", str(small), "--store", str(store), "--no-progress")
    assert result.returncode == 0, result.stderr
    assert doc_ids(store) == {"c0", "c1", "c2"}
    with open_store(str(store), create=False, read_only=True) as st:
        conforms, report = validate_graph(st.graph)
    assert conforms, report


@pytest.mark.xdist_group("spacy")
def test_killed_append_build_leaves_whole_documents(tmp_path: Path) -> None:
    store = tmp_path / "store"
    with open_store(str(store)) as st:
        st.add_documents(sample_documents())
    big = corpus(tmp_path / "big.jsonl", 4000)
    process = start_kg("build", str(big), "--store", str(store), "--append", "--no-progress")
    lock = store.with_name(store.name + ".lock")
    logged = wal_bytes(store)

    def batches_written() -> bool:
        # Several write batches' worth: the kill may cut the batch being logged, but the
        # ones before it are committed.
        return wal_bytes(store) > logged + 16 * SOME_WRITES

    assert kill_when(process, batches_written, at_most=240)
    assert lock.exists()
    assert len(doc_ids(store)) > 2  # it did append something before it died
    with open_store(str(store), create=False, read_only=True) as st:
        conforms, report = validate_graph(st.graph)
        assert conforms, report
        # Every evidence node comes with its document and its asserted fact.
        orphans = st.query(
            """
            SELECT ?ev WHERE {
              ?ev a kgo:Evidence ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
                  prov:wasDerivedFrom ?d .
              FILTER NOT EXISTS { ?d a kgo:Document }
              FILTER NOT EXISTS { ?s ?p ?o }
            }"""
        )
        assert len(list(orphans)) == 0
    result = run_kg(
        "build", str(corpus(tmp_path / "one.jsonl", 1)), "--store", str(store), "--append"
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.xdist_group("spacy")
def test_build_after_a_killed_build_removes_its_staging_folder(tmp_path: Path) -> None:
    store = tmp_path / "store"
    stale = tmp_path / ".store.new-0123456789ab"
    with open_store(str(store)) as st:
        st.add_documents(sample_documents())
    with open_store(str(stale)) as st:  # what a killed build leaves behind
        st.add_documents(sample_documents())
    stale.with_name(stale.name + ".lock").unlink(missing_ok=True)  # a staging folder has none
    result = run_kg(
        "build", str(corpus(tmp_path / "one.jsonl", 1)), "--store", str(store), "--no-progress"
    )
    assert result.returncode == 0, result.stderr
    assert staging(store) == []


# ---------------------------------------------------------------------------
# forget
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("after", [0.5, 2.0, 4.0])
def test_killed_forget_removes_all_or_nothing(after: float, tmp_path: Path) -> None:
    store = tmp_path / "store"
    with open_store(str(store)) as st:
        st.add_documents(sample_documents())
        kept = st.triple_count()
        doc = make_doc("A long article.", "big")
        facts = [
            make_fact(doc, f"Investor {i}", "invests_in", f"Startup {i}", start=i)
            for i in range(300)
        ]
        st.add_document(doc, facts)
        full = st.triple_count()
    process = start_kg("forget", "big", "--store", str(store))
    finished_first = not kill_when(process, lambda: False, at_most=after)
    assert count(store) in (full, kept)  # one transaction: all of it or nothing
    if finished_first:
        assert process.returncode == 0 and count(store) == kept
    removed = count(store) == kept
    result = run_kg("forget", "big", "--store", str(store))
    assert result.returncode == (1 if removed else 0), result.stderr
    assert count(store) == kept
    with open_store(str(store), create=False, read_only=True) as st:
        conforms, report = validate_graph(st.graph)
    assert conforms, report
