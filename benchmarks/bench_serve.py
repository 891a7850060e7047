"""``kg serve`` under load: queries per second and latency of three named queries
with 8 concurrent clients, against the same query through ``kg query``.

The benchmark graph is the store benchmark's synthetic project-shaped data
(``bench_store.synthetic_facts``) written to an embedded store. A real
``kg serve`` runs on a free loopback port; for each named query, 8 client
threads send ``GET /queries/NAME?PARAM=VALUE`` one after the other for the
set duration, each a fresh HTTP request. The baseline is the same query with
the same parameter run by ``kg query -f queries/NAME.rq --bind ...`` in a fresh
process, one at a time (what a script without a server does); its runs per
second are 1 / the median run time. Only loopback is used; the server is
stopped at the end.
"""

from __future__ import annotations

import contextlib
import json
import re
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from benchmarks.bench_util import ROOT, BenchResult, Ratio

if TYPE_CHECKING:
    from benchmarks.run import Config

CLIENTS = 8
KG = [sys.executable, "-m", "kg.cli.main"]


#: The company with the most investors, named in ``investors_of``'s parameter.
MOST_INVESTED = """SELECT ?label (COUNT(DISTINCT ?i) AS ?n) WHERE {
  ?i kgo:invests_in ?t . ?t rdfs:label ?label
} GROUP BY ?label ORDER BY DESC(?n) ?label LIMIT 1"""


def queries(company: str) -> list[tuple[str, dict[str, str]]]:
    """The three named queries and their parameters."""
    return [
        ("investors_of", {"company": company}),
        ("facts_since", {"since": "2025-01-01"}),
        ("entities", {}),
    ]


@contextlib.contextmanager
def kg_server(store: Path, log: Path) -> Iterator[str]:
    """``kg serve`` on a free loopback port (``--port 0``); yield its base URL; stop it."""
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            [*KG, "serve", "--store", str(store), "--port", "0", "--max-rows", "10000000"],
            stdout=out,
            stderr=subprocess.STDOUT,
            cwd=ROOT,
        )
    try:
        deadline = time.monotonic() + 60
        url = ""
        while not url:
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"kg serve did not start: {log.read_text()[-500:]}")
            m = re.search(r"at (http://127\.0\.0\.1:\d+)/", log.read_text(errors="replace"))
            url = m.group(1) if m else ""
            time.sleep(0.05)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def load(url: str, seconds: float, clients: int = CLIENTS) -> dict[str, Any]:
    """``clients`` threads requesting ``url`` back to back for ``seconds``."""
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    latencies: list[float] = []
    errors: list[str] = []
    rows: list[int] = []
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def client() -> None:
        mine: list[float] = []
        while time.monotonic() < stop:
            t0 = time.perf_counter()
            try:
                req = urllib.request.Request(
                    url, headers={"Accept": "application/sparql-results+json"}
                )
                with opener.open(req, timeout=120) as resp:
                    body = resp.read()
                mine.append(time.perf_counter() - t0)
                if not rows:
                    rows.append(len(json.loads(body)["results"]["bindings"]))
            except (OSError, urllib.error.HTTPError, ValueError) as e:
                with lock:
                    errors.append(str(e))
        with lock:
            latencies.extend(mine)

    t0 = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - t0
    latencies.sort()
    n = len(latencies)
    return {
        "requests": n,
        "errors": len(errors),
        "first_errors": errors[:3],
        "rows": rows[0] if rows else None,
        "seconds": elapsed,
        "qps": n / elapsed if elapsed else 0.0,
        "p50_ms": 1000 * latencies[n // 2] if n else None,
        "p99_ms": 1000 * latencies[min(n - 1, int(n * 0.99))] if n else None,
    }


def kg_query_runs(store: Path, name: str, params: dict[str, str], repeats: int) -> dict[str, Any]:
    """``kg query -f queries/NAME.rq --bind ...`` in a fresh process, ``repeats`` times."""
    binds = [x for k, v in params.items() for x in ("--bind", f"{k}={v}")]
    args = [*KG, "query", "--store", str(store), "-f", f"queries/{name}.rq", "--format", "json"]
    times = []
    rows = None
    for _ in range(repeats):
        t0 = time.perf_counter()
        proc = subprocess.run(
            [*args, *binds], cwd=ROOT, capture_output=True, text=True, timeout=600, check=False
        )
        times.append(time.perf_counter() - t0)
        if proc.returncode != 0:
            raise RuntimeError(f"kg query {name} failed: {proc.stderr[-500:]}")
        rows = len(json.loads(proc.stdout)["results"]["bindings"])
    median = statistics.median(times)
    return {"runs": repeats, "median_s": median, "per_second": 1 / median, "rows": rows}


def run(cfg: Config, workdir: Path, results: Path) -> BenchResult:
    from benchmarks.bench_store import synthetic_facts
    from kg.graph.store import open_store

    store = workdir / "serve-store"
    with open_store(str(store)) as st:
        pairs = list(synthetic_facts(cfg.serve_docs, seed=cfg.seed))
        for i in range(0, len(pairs), 64):
            st.add_documents(pairs[i : i + 64])
        triples = st.triple_count()
        company = str(next(iter(st.query(MOST_INVESTED)))[0])
    res = BenchResult(
        "serve",
        f"kg serve: named queries under {CLIENTS} concurrent clients vs kg query",
        {
            "documents": cfg.serve_docs,
            "triples": triples,
            "clients": CLIENTS,
            "seconds_per_query": cfg.serve_seconds,
            "kg_query_repeats": cfg.serve_baseline_repeats,
            "company": company,
        },
    )
    errors = 0
    with kg_server(store, workdir / "serve.log") as base:
        for name, params in queries(company):
            url = f"{base}/queries/{name}?{urllib.parse.urlencode(params)}"
            served = load(url, cfg.serve_seconds)
            errors += served["errors"]
            baseline = kg_query_runs(store, name, params, cfg.serve_baseline_repeats)
            if served["rows"] is not None and served["rows"] != baseline["rows"]:
                raise RuntimeError(
                    f"{name}: kg serve gave {served['rows']} rows, kg query {baseline['rows']}"
                )
            res.metrics[name] = {"serve": served, "kg_query": baseline}
            res.ratios.append(
                Ratio(
                    f"{name}_qps_vs_kg_query",
                    served["qps"] / baseline["per_second"],
                    None,
                    meaning=f"queries/s of kg serve with {CLIENTS} clients / kg query runs/s",
                )
            )
    res.ratios.append(Ratio("errors", float(errors), 0.0, "<=", "failed requests under load"))
    return res
