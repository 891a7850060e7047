"""The benchmark suite runs end to end at tiny sizes and reports every ratio.

A smoke test only: it checks that each benchmark produces numbers, never
what the numbers are (timings depend on the machine).
"""

from __future__ import annotations

import fcntl
import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = ("extract", "store", "remote", "memory", "scaling", "serve")
QuickRun = tuple[subprocess.CompletedProcess[str], Path]


@pytest.fixture(scope="session")
def quick_run(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> QuickRun:
    """One quick benchmark run per test run, shared by every xdist worker.

    Workers share the parent of their base temporary folders; the first to take
    the lock runs the benchmarks and records the outcome, the others read it.
    """
    base = tmp_path_factory.getbasetemp()
    shared = base if worker_id == "master" else base.parent
    results = shared / "bench-results"
    outcome = shared / "bench-run.json"
    command = [sys.executable, "-m", "benchmarks.run", "--quick", "--results", str(results)]
    with open(shared / "bench-run.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        if not outcome.exists():
            results.mkdir(exist_ok=True)
            proc = subprocess.run(
                command, cwd=ROOT, capture_output=True, text=True, timeout=900, check=False
            )
            record = {"returncode": proc.returncode, "stdout": proc.stdout, "stderr": proc.stderr}
            outcome.write_text(json.dumps(record), encoding="utf-8")
        record = json.loads(outcome.read_text(encoding="utf-8"))
    done = subprocess.CompletedProcess(
        command, record["returncode"], record["stdout"], record["stderr"]
    )
    return done, results


@pytest.mark.slow
@pytest.mark.xdist_group("bench")
def test_benchmarks_quick_run_exits_zero(
    quick_run: QuickRun,
) -> None:
    proc, _ = quick_run
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]


@pytest.mark.slow
@pytest.mark.xdist_group("bench")
@pytest.mark.parametrize("name", BENCHMARKS)
def test_benchmarks_summary_has_numeric_ratios(quick_run: QuickRun, name: str) -> None:
    _, results = quick_run
    summary = json.loads((results / "summary.json").read_text(encoding="utf-8"))
    entry = summary["benchmarks"][name]
    assert entry["status"] == "ok", entry
    assert entry["ratios"], f"{name} reported no ratio"
    for ratio in entry["ratios"]:
        assert isinstance(ratio["value"], int | float), ratio
        assert math.isfinite(ratio["value"]), ratio
        assert ratio["op"] in (">=", "<=")
    per_benchmark = json.loads((results / f"{name}.json").read_text(encoding="utf-8"))
    assert per_benchmark["ratios"] == entry["ratios"]


@pytest.mark.slow
@pytest.mark.xdist_group("bench")
def test_benchmarks_scaling_writes_plot(
    quick_run: QuickRun,
) -> None:
    _, results = quick_run
    png = results / "scaling.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.slow
@pytest.mark.xdist_group("bench")
def test_benchmarks_summary_table_lists_every_benchmark(
    quick_run: QuickRun,
) -> None:
    proc, _ = quick_run
    table = proc.stdout.split("\n\n")[-2]
    for name in BENCHMARKS:
        assert name in table
