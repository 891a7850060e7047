"""Run the kg benchmarks and write ``benchmarks/results/``.

Usage::

    python -m benchmarks.run                 # full run (about 35 minutes on 2 idle cores)
    python -m benchmarks.run --quick         # every benchmark at tiny sizes (seconds)
    python -m benchmarks.run --only store    # one benchmark (repeatable)
    python -m benchmarks.run --results DIR   # write the JSON and PNG files elsewhere

Each benchmark writes ``<name>.json``; the run writes ``summary.json`` with
every ratio and its target, and prints a compact table. Speed is reported as
ratios between runs made here, on this machine, in this run.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import os
import platform
import shutil
import sys
import tempfile
import time
import traceback
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks.bench_util import BenchResult, write_json

#: Benchmark name -> module (each has ``run(cfg, workdir, results) -> BenchResult``).
BENCHMARKS: dict[str, str] = {
    "extract": "benchmarks.bench_extract",
    "store": "benchmarks.bench_store",
    "remote": "benchmarks.bench_remote",
    "memory": "benchmarks.bench_memory",
    "scaling": "benchmarks.bench_scaling",
    "serve": "benchmarks.bench_serve",
}

DEFAULT_RESULTS = Path(__file__).resolve().parent / "results"


@dataclass
class Config:
    """Sizes of every benchmark; ``--quick`` swaps in tiny ones."""

    quick: bool = False
    seed: int = 1
    model: str | None = None
    workers: int = 2
    extract_docs: int = 800
    extract_repeats: int = 2
    store_triples: int = 1_000_000
    remote_docs: int = 200
    memory_docs: int = 10_000
    memory_limit_mb: float = 1536.0
    serve_docs: int = 2_000
    serve_seconds: float = 30.0
    serve_baseline_repeats: int = 5
    # The 50,000-document point takes about 15 of the run's minutes on 2 idle cores.
    #: Reuse points of an earlier results/scaling.json for sizes measured there.
    scaling_reuse: bool = False
    scaling_sizes: list[int] = field(default_factory=lambda: [1_000, 10_000, 50_000])

    @classmethod
    def quick_sizes(cls) -> Config:
        return cls(
            quick=True,
            extract_docs=16,
            extract_repeats=1,
            store_triples=4_000,
            remote_docs=4,
            memory_docs=12,
            scaling_sizes=[4, 12],
            serve_docs=40,
            serve_seconds=0.5,
            serve_baseline_repeats=1,
        )


def parse_args(argv: list[str] | None) -> tuple[Config, list[str], Path, bool]:
    p = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.split("\n")[0])
    p.add_argument("--quick", action="store_true", help="tiny sizes: a smoke test in seconds")
    p.add_argument(
        "--only", action="append", choices=list(BENCHMARKS), help="run only this benchmark"
    )
    p.add_argument("--results", type=Path, default=DEFAULT_RESULTS, help="output folder")
    p.add_argument("--seed", type=int, help="corpus seed")
    p.add_argument("--model", help="spaCy model (default: what kg uses)")
    p.add_argument("--workers", type=int, help="worker count compared against one worker")
    p.add_argument("--extract-docs", type=int)
    p.add_argument("--extract-repeats", type=int)
    p.add_argument("--store-triples", type=int)
    p.add_argument("--remote-docs", type=int)
    p.add_argument("--memory-docs", type=int)
    p.add_argument("--serve-docs", type=int)
    p.add_argument("--serve-seconds", type=float, help="load time per named query")
    p.add_argument("--scaling-sizes", help="comma-separated document counts, e.g. 1000,10000")
    p.add_argument(
        "--scaling-reuse",
        action="store_true",
        help="reuse scaling points of an earlier run in the results folder (same seed and model)",
    )
    p.add_argument(
        "--profile", action="store_true", help="also profile one kg build (pyinstrument)"
    )
    a = p.parse_args(argv)
    cfg = Config.quick_sizes() if a.quick else Config()
    for name in (
        "seed",
        "model",
        "workers",
        "extract_docs",
        "extract_repeats",
        "store_triples",
        "remote_docs",
        "memory_docs",
        "serve_docs",
        "serve_seconds",
    ):
        value = getattr(a, name)
        if value is not None:
            setattr(cfg, name, value)
    cfg.scaling_reuse = a.scaling_reuse
    if a.scaling_sizes:
        cfg.scaling_sizes = [int(x) for x in a.scaling_sizes.split(",") if x.strip()]
    return cfg, a.only or list(BENCHMARKS), a.results, a.profile


def machine_info() -> dict[str, Any]:
    info: dict[str, Any] = {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
    }
    try:
        import psutil

        info["memory_gb"] = round(psutil.virtual_memory().total / 2**30, 1)
        info["load_average_at_start"] = [round(x, 2) for x in os.getloadavg()]
    except (ImportError, OSError):
        pass
    return info


def _loadavg() -> float | None:
    """One-minute load average: how busy the machine was (other programs included)."""
    try:
        return round(os.getloadavg()[0], 2)
    except OSError:
        return None


def summary_table(results: dict[str, dict[str, Any]]) -> str:
    """A compact plain-text table: one row per ratio."""
    rows = [("benchmark", "ratio", "value", "target", "met")]
    for name, res in results.items():
        if res.get("status") != "ok":
            rows.append((name, "ERROR", res.get("error", "")[:60], "", "no"))
            continue
        for r in res["ratios"]:
            target = "" if r["target"] is None else f"{r['op']} {r['target']:g}"
            met = {True: "yes", False: "NO", None: "-"}[r["met"]]
            rows.append((name, r["name"], f"{r['value']:.3g}", target, met))
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def run_profile(cfg: Config, workdir: Path, results_dir: Path) -> Path:
    """Profile one ``kg build`` of the extraction corpus; write profile_build.txt/.html."""
    from pyinstrument import Profiler

    from benchmarks.corpus import write_jsonl
    from kg.pipeline import build_graph

    corpus = workdir / "profile.jsonl"
    write_jsonl(corpus, cfg.extract_docs, seed=cfg.seed)
    profiler = Profiler(interval=0.002)
    profiler.start()
    build_graph([str(corpus)], str(workdir / "profile-store"), model=cfg.model, workers=1)
    profiler.stop()
    out = results_dir / "profile_build.txt"
    out.write_text(profiler.output_text(unicode=False, color=False, show_all=False))
    (results_dir / "profile_build.html").write_text(profiler.output_html())
    return out


def main(argv: list[str] | None = None) -> int:
    cfg, names, results_dir, profile = parse_args(argv)
    results_dir.mkdir(parents=True, exist_ok=True)
    started = datetime.now(UTC).isoformat(timespec="seconds")
    summary: dict[str, Any] = {
        "started": started,
        "quick": cfg.quick,
        "config": asdict(cfg),
        "machine": machine_info(),
        "benchmarks": {},
    }
    previous = results_dir / "summary.json"
    if set(names) != set(BENCHMARKS) and previous.is_file():
        # A partial run updates the entries it ran and keeps the others.
        with contextlib.suppress(ValueError, OSError, KeyError):
            kept = json.loads(previous.read_text(encoding="utf-8"))["benchmarks"]
            summary["benchmarks"] = {k: v for k, v in kept.items() if k in BENCHMARKS}
    failed = False
    t_all = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        for name in names:
            print(f"== {name}", flush=True)
            workdir = Path(tmp) / name
            workdir.mkdir()
            t0 = time.perf_counter()
            load_before = _loadavg()
            entry: dict[str, Any]
            try:
                module = importlib.import_module(BENCHMARKS[name])
                result: BenchResult = module.run(cfg, workdir, results_dir)
                data = result.as_json()
                data["seconds"] = round(time.perf_counter() - t0, 2)
                write_json(results_dir / f"{name}.json", data)
                entry = {
                    "status": "ok",
                    "started": datetime.now(UTC).isoformat(timespec="seconds"),
                    "quick": cfg.quick,
                    "params": data["params"],
                    "load_average": [load_before, _loadavg()],
                    "title": data["title"],
                    "seconds": data["seconds"],
                    "ratios": data["ratios"],
                    "metrics": data["metrics"],
                    "notes": data["notes"],
                }
                for r in data["ratios"]:
                    print(f"   {r['name']}: {r['value']:.3g} (target {r['op']} {r['target']})")
            except Exception as e:  # one broken benchmark must not hide the others
                failed = True
                traceback.print_exc()
                entry = {
                    "status": "error",
                    "error": f"{type(e).__name__}: {e}",
                    "seconds": round(time.perf_counter() - t0, 2),
                }
            finally:
                shutil.rmtree(workdir, ignore_errors=True)
            summary["benchmarks"][name] = entry
            summary["seconds"] = round(time.perf_counter() - t_all, 2)
            write_json(results_dir / "summary.json", summary)
        if profile:
            workdir = Path(tmp) / "profile"
            workdir.mkdir()
            print(f"== profile -> {run_profile(cfg, workdir, results_dir)}", flush=True)
    table = summary_table(summary["benchmarks"])
    (results_dir / "summary.md").write_text(
        f"Benchmarks run {started} ({'quick' if cfg.quick else 'full'} sizes), "
        f"{summary['machine'].get('cpus')} CPUs, load average at start "
        f"{summary['machine'].get('load_average_at_start')}.\n\n```\n{table}\n```\n",
        encoding="utf-8",
    )
    print()
    print(table)
    print(f"\n{len(names)} benchmarks in {summary['seconds']:.0f} s; results in {results_dir}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
