"""Extraction in a pool of worker processes: same facts as one worker, input order
kept, a dying worker reported as one clear error, and batched store writes that
still keep every document whole."""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import psutil
import pytest

from kg.errors import ExtractionError
from kg.extract.pipeline import Extractor
from kg.graph.store import open_store
from kg.pipeline import WRITE_BATCH, BuildSummary, _fill, build_graph
from kg.progress import BuildProgress
from kg.records import Document, Fact
from kg.render.export import export_graph

pytestmark = pytest.mark.xdist_group("spacy")

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "examples" / "corpus"
KG_BUILD = [sys.executable, "-m", "kg.cli.main", "build"]

SENTENCES = (
    "Microsoft invested $10 billion in OpenAI.",
    "Apple acquired Shazam in 2018.",
    "Reddit sued Anthropic in June.",
    "Nvidia partnered with Microsoft on chips.",
)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def docs(n: int) -> list[Document]:
    return [Document(f"{SENTENCES[i % 4]} Note {i}.", id=f"d{i}") for i in range(n)]


def _forked_children() -> set[int]:
    me = psutil.Process()
    own = me.cmdline()
    out = set()
    for p in me.children(recursive=True):
        with contextlib.suppress(psutil.NoSuchProcess, psutil.AccessDenied):
            if p.status() != psutil.STATUS_ZOMBIE and p.cmdline() == own:
                out.add(p.pid)
    return out


def worker_pids(settle: float = 0.2) -> set[int]:
    """Live forked children (zombies not yet reaped do not count).

    A forked worker runs this process's command line; a server or helper process
    another test started (a different command) is not one of them. A child caught
    between fork and exec also shows this command line for an instant, so only
    children seen in two looks ``settle`` seconds apart count.
    """
    first = _forked_children()
    time.sleep(settle)
    return first & _forked_children()


def gone(pids: set[int], within: float = 10.0) -> bool:
    """True once none of ``pids`` is a live child (the pool stops them asynchronously)."""
    deadline = time.monotonic() + within
    while pids & worker_pids(settle=0.0):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def test_pool_gives_the_same_facts_in_the_same_order(extractor: Extractor) -> None:
    items = docs(23)  # not a multiple of the batch size: the last batch is short
    one = [(d.id, [f.key() for f in facts]) for d, facts in extractor.extract_stream(items)]
    two = [
        (d.id, [f.key() for f in facts])
        for d, facts in extractor.extract_stream(items, workers=2, batch_size=4)
    ]
    assert two == one
    assert [i for i, _ in two] == [d.id for d in items]
    assert sum(len(keys) for _, keys in two) >= 20


def test_pool_processes_stop_with_the_stream(extractor: Extractor) -> None:
    before = worker_pids()
    with extractor.workers(2):
        started = worker_pids() - before
        assert len(started) == 2  # launched up front, before any document
        out = list(extractor.extract_stream(docs(6), workers=2, batch_size=2))
        assert worker_pids() - before == started  # the started pool was used, no new one
    assert len(out) == 6
    assert gone(started)


def test_a_killed_worker_is_one_clear_error(extractor: Extractor) -> None:
    before = worker_pids()
    with (
        pytest.raises(ExtractionError, match="worker stopped unexpectedly"),
        extractor.workers(2),
    ):
        stream = extractor.extract_stream(docs(400), workers=2, batch_size=2)
        next(stream)
        for pid in worker_pids() - before:
            os.kill(pid, signal.SIGKILL)
        list(stream)
    assert gone(worker_pids() - before)


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM], ids=["kill", "term"])
def test_workers_die_with_a_killed_build(tmp_path: Path, sig: signal.Signals) -> None:
    import subprocess

    build = subprocess.Popen(
        [*KG_BUILD, "-", "--workers", "2", "--store", str(tmp_path / "st"), "--no-progress"],
        stdin=subprocess.PIPE,  # kept open: the build waits for input with its pool started
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    workers: list[psutil.Process] = []
    try:
        parent = psutil.Process(build.pid)
        deadline = time.monotonic() + 120
        while len(parent.children()) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        workers = parent.children()
        assert len(workers) == 2
        build.send_signal(sig)
        build.wait(timeout=60)
        _gone, alive = psutil.wait_procs(workers, timeout=30)
        assert alive == []
    finally:
        for worker in workers:  # never leave orphans behind, even when the test fails
            with contextlib.suppress(psutil.NoSuchProcess):
                worker.kill()
        build.kill()
        build.wait()


def test_build_with_two_workers_writes_the_same_graph(tmp_path: Path) -> None:
    one = build_graph([str(CORPUS)], str(tmp_path / "one"), progress=False)
    two = build_graph([str(CORPUS)], str(tmp_path / "two"), progress=False, workers=2)
    assert (two.documents, two.facts, two.triples) == (one.documents, one.facts, one.triples)
    assert one.facts > 20
    graphs = []
    for name in ("one", "two"):
        with open_store(str(tmp_path / name), read_only=True) as st:
            text = export_graph(st, "nt", None) or ""
        graphs.append(sorted(text.splitlines()))
    assert graphs[0] == graphs[1]


class _Prepared:
    """An extraction stage that hands back prepared facts (the store is the subject)."""

    def __init__(self, facts: dict[str, list[Fact]]) -> None:
        self.facts = facts

    def extract_stream(
        self, docs: Iterable[Document], *, workers: int = 1
    ) -> Iterator[tuple[Document, list[Fact]]]:
        for d in docs:
            yield d, self.facts[d.id]


def fact_of(doc: Document, **changes: Any) -> Fact:
    base = Fact(
        doc=doc.id,
        subject="Microsoft",
        subject_class="Organization",
        relation="invests_in",
        object="OpenAI",
        object_class="Organization",
        sentence=doc.text,
        start=0,
        end=len(doc.text),
    )
    return replace(base, **changes)


def test_batched_writes_lose_only_the_document_the_graph_cannot_hold(tmp_path: Path) -> None:
    items = docs(WRITE_BATCH + 5)
    facts = {d.id: [fact_of(d)] for d in items}
    bad = items[10]
    facts[bad.id] = [fact_of(bad, certainty="rumoured")]  # a certainty the graph has no term for
    summary = BuildSummary(store="st")
    problems: list[str] = []
    with open_store(str(tmp_path / "st"), create=True) as st:
        _fill(
            st,
            docs=iter(items),
            extractor=_Prepared(facts),
            summary=summary,
            shown=BuildProgress(False, None),
            on_problem=lambda p: problems.append(str(p)),
            workers=1,
        )
        stored = [d.id for d in items if st.has_document(d.hash)]
    assert stored == [d.id for d in items if d is not bad]
    assert len(problems) == 1
    assert "cannot store d10" in problems[0] and "rumoured" in problems[0]
    # Every stored document states the same fact: one fact, as `kg stats` counts it.
    assert (summary.facts, summary.without_facts) == (1, 0)
