"""Peak memory of ``kg build`` over many documents, measured in a child process.

The child runs :func:`kg.pipeline.build_graph` on a synthetic JSONL corpus
into a fresh embedded Oxigraph store; the parent polls the resident memory of
the child and its own children (psutil) and reads the kernel's
``ru_maxrss``. Target: peak RSS under 1.5 GB for 10,000 documents.

:func:`measure_build` is shared with the scaling benchmark, which reuses a
measurement already made in the same run for the same size.
"""

from __future__ import annotations

import json
import shutil
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from benchmarks.bench_util import BenchResult, Ratio, run_child
from benchmarks.corpus import write_jsonl

if TYPE_CHECKING:
    from benchmarks.run import Config

_CACHE: dict[tuple[int, int, int, str], dict[str, Any]] = {}


def measure_build(
    n_docs: int, *, seed: int, workers: int, model: str | None, workdir: Path
) -> dict[str, Any]:
    """Build ``n_docs`` synthetic documents in a child; time, memory and counts."""
    key = (n_docs, seed, workers, model or "")
    if key in _CACHE:
        return _CACHE[key]
    corpus = workdir / f"corpus-{n_docs}.jsonl"
    _, words = write_jsonl(corpus, n_docs, seed=seed)
    store = workdir / f"store-{n_docs}"
    child = run_child(
        ["benchmarks.bench_memory", "child", str(corpus), str(store), str(workers), model or ""],
        # A busy 2-core machine needs about 0.15 s a document; leave plenty of room.
        timeout=max(3600.0, 0.6 * n_docs),
    )
    corpus.unlink()
    shutil.rmtree(store, ignore_errors=True)
    store.with_name(store.name + ".lock").unlink(missing_ok=True)
    out = dict(child.output)
    out.update(
        seed=seed,
        workers=workers,
        model=model or "",
        measured_at=datetime.now(UTC).isoformat(timespec="seconds"),
        documents_requested=n_docs,
        words=words,
        wall_s=child.wall_seconds,
        peak_rss_tree_mb=child.peak_rss_tree_mb,
        peak_rss_largest_process_mb=child.peak_rss_children_mb,
        peak_rss_mb=max(child.peak_rss_tree_mb, child.peak_rss_children_mb),
    )
    _CACHE[key] = out
    return out


def _cpu() -> float:
    """CPU seconds of this process and its finished children."""
    import resource

    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def child_build(corpus: Path, store: Path, workers: int, model: str | None) -> dict[str, Any]:
    """In the child: load the pipeline (timed apart), then build the store."""
    from kg.extract.nlp import load_pipeline
    from kg.pipeline import build_graph

    t0 = time.perf_counter()
    load_pipeline(model)
    load_s = time.perf_counter() - t0
    t1, c1 = time.perf_counter(), _cpu()
    summary = build_graph([str(corpus)], str(store), model=model, workers=workers, progress=False)
    return {
        "load_s": load_s,
        "build_s": time.perf_counter() - t1,
        "build_cpu_s": _cpu() - c1,
        "documents": summary.documents,
        "facts": summary.facts,
        "entities": summary.entities,
        "triples": summary.triples,
    }


def run(cfg: Config, workdir: Path, results: Path) -> BenchResult:
    n = cfg.memory_docs
    m = measure_build(n, seed=cfg.seed, workers=1, model=cfg.model, workdir=workdir)
    res = BenchResult(
        "memory",
        f"Peak RSS of kg build over {n:,} documents",
        {"documents": n, "workers": 1, "limit_mb": cfg.memory_limit_mb},
        metrics=m,
    )
    res.ratios = [
        Ratio(
            "peak_rss_vs_limit",
            m["peak_rss_mb"] / cfg.memory_limit_mb,
            1.0,
            "<=",
            f"peak resident memory / {cfg.memory_limit_mb:g} MB",
        )
    ]
    return res


def main(argv: list[str]) -> None:
    mode, corpus, store, workers, model = argv
    if mode != "child":
        raise SystemExit(f"unknown mode {mode!r}")
    print(json.dumps(child_build(Path(corpus), Path(store), int(workers), model or None)))


if __name__ == "__main__":
    main(sys.argv[1:])
