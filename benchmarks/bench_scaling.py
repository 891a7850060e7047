"""Scaling curve: build time and peak memory of ``kg build`` for growing corpora.

The documents are synthetic, generated from sentence templates
(:mod:`benchmarks.corpus`); each size is built in a fresh child process into
a fresh embedded Oxigraph store. The plot (``scaling.png``) shows build time
(model loading excluded) and peak resident memory against the document count,
with a straight line through the smallest point, so a reader sees whether the
cost grows linearly.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from benchmarks.bench_memory import measure_build
from benchmarks.bench_util import BenchResult, Ratio

if TYPE_CHECKING:
    from benchmarks.run import Config


def plot(points: list[dict[str, Any]], dest: Path, words_per_doc: float) -> None:
    """Two panels: build seconds and peak RSS against documents, with a linear guide."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    xs = [p["documents_requested"] for p in points]
    secs = [p["build_s"] for p in points]
    rss = [p["peak_rss_mb"] for p in points]
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 4.2))
    ax1.plot(xs, secs, "o-", label="kg build, wall clock (model load excluded)")
    if all("build_cpu_s" in p for p in points):
        ax1.plot(xs, [p["build_cpu_s"] for p in points], "s-", label="kg build, CPU time")
    if xs[0] > 0:
        per_doc = secs[0] / xs[0]
        ax1.plot(xs, [per_doc * x for x in xs], "--", color="grey", label="linear from first point")
    ax1.set_xlabel("documents")
    ax1.set_ylabel("seconds")
    ax1.set_title("Build time")
    ax1.legend(fontsize=8)
    ax2.plot(xs, rss, "o-", color="tab:red", label="peak RSS")
    ax2.set_xlabel("documents")
    ax2.set_ylabel("MB")
    ax2.set_ylim(bottom=0)
    ax2.set_title("Peak memory")
    ax2.legend(fontsize=8)
    for ax in (ax1, ax2):
        ax.grid(alpha=0.3)
    fig.suptitle(
        "kg build scaling on synthetic template-generated news "
        f"(~{words_per_doc:.0f} words/document, 1 worker)",
        fontsize=10,
    )
    fig.tight_layout()
    fig.savefig(dest, dpi=110)
    plt.close(fig)


def earlier_points(results: Path, cfg: Config) -> dict[int, dict[str, Any]]:
    """Points of an earlier run in ``results/scaling.json`` made with the same corpus and model."""
    path = results / "scaling.json"
    if not path.is_file():
        return {}
    try:
        points = json.loads(path.read_text(encoding="utf-8"))["metrics"]["points"]
    except (ValueError, KeyError, OSError):
        return {}
    return {
        int(p["documents_requested"]): p
        for p in points
        if (p.get("seed"), p.get("workers"), p.get("model")) == (cfg.seed, 1, cfg.model or "")
    }


def run(cfg: Config, workdir: Path, results: Path) -> BenchResult:
    sizes = sorted(cfg.scaling_sizes)
    reuse = earlier_points(results, cfg) if getattr(cfg, "scaling_reuse", False) else {}
    points = []
    reused = []
    for n in sizes:
        if n in reuse:
            point = reuse[n]
            reused.append(n)
        else:
            point = measure_build(n, seed=cfg.seed, workers=1, model=cfg.model, workdir=workdir)
        print(
            f"   {n:,} documents: {point['build_s']:.1f} s, {point['peak_rss_mb']:.0f} MB"
            + (" (earlier run)" if n in reused else ""),
            flush=True,
        )
        points.append(point)
    words_per_doc = sum(p["words"] for p in points) / sum(p["documents_requested"] for p in points)
    png = results / "scaling.png"
    plot(points, png, words_per_doc)
    res = BenchResult(
        "scaling",
        "kg build time and peak memory against corpus size (synthetic documents)",
        {"sizes": sizes, "workers": 1, "words_per_document": words_per_doc},
        metrics={"points": points},
        files=[png.name],
    )
    if reused:
        res.notes.append(
            "points for "
            + ", ".join(f"{n:,}" for n in reused)
            + " documents were measured in an earlier run (see measured_at of each point)"
        )
    first, last = points[0], points[-1]
    per_doc_first = first["build_s"] / first["documents_requested"]
    per_doc_last = last["build_s"] / last["documents_requested"]
    res.metrics["seconds_per_1000_documents"] = {
        str(p["documents_requested"]): 1000 * p["build_s"] / p["documents_requested"]
        for p in points
    }
    res.ratios = [
        Ratio(
            "time_per_doc_largest_vs_smallest",
            per_doc_last / per_doc_first,
            None,
            "<=",
            f"build seconds per document at {sizes[-1]:,} over at {sizes[0]:,} (1.0 = linear)",
        ),
    ]
    if "build_cpu_s" in first and "build_cpu_s" in last:
        res.ratios.append(
            Ratio(
                "cpu_per_doc_largest_vs_smallest",
                (last["build_cpu_s"] / last["documents_requested"])
                / (first["build_cpu_s"] / first["documents_requested"]),
                None,
                "<=",
                "the same in CPU seconds (less sensitive to other load on the machine)",
            )
        )
    res.ratios += [
        Ratio(
            "peak_rss_largest_vs_smallest",
            last["peak_rss_mb"] / first["peak_rss_mb"],
            None,
            "<=",
            f"peak RSS at {sizes[-1]:,} documents over at {sizes[0]:,}",
        ),
    ]
    return res
