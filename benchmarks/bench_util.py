"""Helpers shared by the benchmarks: results, timing, free ports, child processes.

A benchmark returns a :class:`BenchResult`: raw measurements in ``metrics`` and
the comparisons that matter as :class:`Ratio` rows (value, target, direction).
Speed is always reported as a ratio between two runs made in the same
benchmark run on the same machine, because absolute times drift.
"""

from __future__ import annotations

import contextlib
import gc
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Ratio:
    """One comparison: ``value`` against ``target`` (``op`` is '>=' or '<=')."""

    name: str
    value: float
    target: float | None
    op: str = ">="
    meaning: str = ""

    @property
    def met(self) -> bool | None:
        if self.target is None:
            return None
        return self.value >= self.target if self.op == ">=" else self.value <= self.target

    def as_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["value"] = round(self.value, 4)
        d["met"] = self.met
        return d


@dataclass
class BenchResult:
    """What one benchmark measured."""

    name: str
    title: str
    params: dict[str, Any] = field(default_factory=dict)
    metrics: dict[str, Any] = field(default_factory=dict)
    ratios: list[Ratio] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "title": self.title,
            "params": self.params,
            "metrics": _rounded(self.metrics),
            "ratios": [r.as_json() for r in self.ratios],
            "notes": self.notes,
            "files": self.files,
        }


def _rounded(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, 4)
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_rounded(v) for v in value]
    return value


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    """Run ``fn`` once with the garbage collector settled first; return (seconds, result)."""
    gc.collect()
    t0 = time.perf_counter()
    out = fn()
    return time.perf_counter() - t0, out


def best_of(runs: Sequence[float]) -> float:
    """The fastest of repeated timings: the least disturbed by other load on the machine."""
    return min(runs)


def free_port() -> int:
    """A TCP port free on the loopback interface right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def write_json(path: Path, data: Any) -> None:
    """Write JSON atomically (temporary file, then rename)."""
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(tmp, path)


@dataclass
class ChildRun:
    """A finished child process: its JSON output, wall time and memory peaks."""

    output: dict[str, Any]
    wall_seconds: float
    peak_rss_tree_mb: float
    peak_rss_children_mb: float


def run_child(args: Sequence[str], *, poll: float = 0.05, timeout: float = 3600) -> ChildRun:
    """Run ``python -m ARGS`` in a child; poll the RSS of it and its descendants.

    The child prints one JSON object as the last line of its standard output.
    Two peaks are reported: the largest sum of resident memory over the child
    and its own children seen while polling (psutil), and the kernel's
    ``ru_maxrss`` of the largest single descendant (``RUSAGE_CHILDREN``) taken
    in a fresh intermediate process so earlier children do not count.
    """
    import psutil

    # A wrapper process waits for the real child, so RUSAGE_CHILDREN covers this run only.
    wrapper = (
        "import json, resource, subprocess, sys\n"
        "r = subprocess.run(sys.argv[1:])\n"
        "m = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
        "sys.stderr.write('\\nKG_BENCH_MAXRSS_KB=%d\\n' % m)\n"
        "sys.exit(r.returncode)\n"
    )
    cmd = [sys.executable, "-c", wrapper, sys.executable, "-m", *args]
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    root = psutil.Process(proc.pid)
    peak = 0
    import threading

    out_chunks: list[str] = []
    err_chunks: list[str] = []

    def drain(stream: Any, sink: list[str]) -> None:
        for line in stream:
            sink.append(line)

    threads = [
        threading.Thread(target=drain, args=(proc.stdout, out_chunks), daemon=True),
        threading.Thread(target=drain, args=(proc.stderr, err_chunks), daemon=True),
    ]
    for t in threads:
        t.start()
    while proc.poll() is None:
        total = 0
        try:
            # The wrapper itself is excluded: it is not part of what is measured.
            for p in root.children(recursive=True):
                with contextlib.suppress(psutil.Error):
                    total += p.memory_info().rss
        except psutil.Error:
            pass
        peak = max(peak, total)
        if time.perf_counter() - t0 > timeout:
            proc.kill()
            raise TimeoutError(f"benchmark child {' '.join(args)} ran over {timeout} s")
        time.sleep(poll)
    wall = time.perf_counter() - t0
    for t in threads:
        t.join()
    stdout, stderr = "".join(out_chunks), "".join(err_chunks)
    if proc.returncode != 0:
        raise RuntimeError(
            f"benchmark child {' '.join(args)} failed with exit code {proc.returncode}:\n"
            + stderr[-3000:]
        )
    maxrss_kb = 0
    for line in stderr.splitlines():
        if line.startswith("KG_BENCH_MAXRSS_KB="):
            maxrss_kb = int(line.split("=", 1)[1])
    lines = [ln for ln in stdout.splitlines() if ln.strip()]
    output = json.loads(lines[-1]) if lines else {}
    return ChildRun(output, wall, peak / 2**20, maxrss_kb / 1024)
