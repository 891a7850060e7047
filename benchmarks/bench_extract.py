"""Extraction throughput: the whole ``kg build`` path against bare ``nlp.pipe``.

Both sides read the same synthetic JSONL corpus and count words the same
way (:func:`benchmarks.corpus.count_words`). The kg side runs
:func:`kg.pipeline.build_graph` into a fresh embedded Oxigraph store (ingest,
extraction, batched writes); the baseline runs ``nlp.pipe`` of the same spaCy
model with the same components kg's pipeline runs them with (the
``kg_attribute_ruler`` in place of spaCy's ``attribute_ruler``), and nothing
else: kg's own components (the gazetteer ruler, line-break sentences) count
as kg's work.

Every measured run is a fresh child process, so model loading is paid once
per run on both sides and is timed apart from the steady-state work.
Targets: kg >= 0.85 of bare spaCy with one worker; with N workers >= 1.6x
the one-worker kg rate.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from benchmarks.bench_util import BenchResult, Ratio, best_of, run_child
from benchmarks.corpus import count_words, write_jsonl

if TYPE_CHECKING:
    from benchmarks.run import Config


def _cpu() -> float:
    """CPU seconds of this process and its finished children (spaCy workers)."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def spacy_model_name(model: str | None) -> str:
    """The spaCy package kg loads for ``model`` (None: its default choice)."""
    import spacy.util

    from kg.extract.nlp import DEFAULT_MODELS

    if model:
        return model
    for name in DEFAULT_MODELS:
        if spacy.util.is_package(name):
            return name
    return DEFAULT_MODELS[-1]


def _read_texts(corpus: Path) -> list[str]:
    with corpus.open(encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f if line.strip()]


def child_bare(
    corpus: Path, workers: int, model: str | None, components: list[str]
) -> dict[str, Any]:
    """Bare spaCy: load the model with ``components`` enabled, pipe the corpus texts.

    The attribute ruler is the one kg's pipeline uses, so both sides run the
    same spaCy components.
    """
    import spacy

    from kg.extract.attribute_match import use_fast_attribute_ruler
    from kg.extract.nlp import UNUSED_COMPONENTS

    t0 = time.perf_counter()
    nlp = spacy.load(spacy_model_name(model), exclude=list(UNUSED_COMPONENTS))
    use_fast_attribute_ruler(nlp)
    disabled = [c for c in nlp.pipe_names if c not in components]
    for name in disabled:
        nlp.disable_pipe(name)
    load_s = time.perf_counter() - t0
    c0, t1 = _cpu(), time.perf_counter()
    texts = _read_texts(corpus)
    words = sum(count_words(t) for t in texts)
    tokens = 0
    for doc in nlp.pipe(texts, batch_size=32, n_process=workers):
        tokens += len(doc)
    work_s = time.perf_counter() - t1
    return {
        "load_s": load_s,
        "work_s": work_s,
        "cpu_s": _cpu() - c0,
        "words": words,
        "tokens": tokens,
        "components": nlp.pipe_names,
    }


def child_kg(corpus: Path, store: Path, workers: int, model: str | None) -> dict[str, Any]:
    """The ``kg build`` path: start up once (timed apart), then build the store.

    Start-up is what ``kg build`` does once per run whatever the input size,
    as loading the model is for bare spaCy: the pipeline (cached, reused by
    build_graph's Extractor), the rule and cue tables, the store libraries and the
    MinHash library of story signatures.
    """
    t0 = time.perf_counter()
    import oxrdflib  # noqa: F401
    import pyoxigraph  # noqa: F401

    from kg.extract.entities import load_cues
    from kg.extract.nlp import load_pipeline
    from kg.extract.rules import load_rules
    from kg.extract.types import load_types
    from kg.graph import store as _store  # noqa: F401
    from kg.graph.story import signature
    from kg.pipeline import build_graph

    nlp = load_pipeline(model)
    load_rules(), load_cues(), load_types()
    signature("")  # imports the MinHash library once, as the model load is once
    load_s = time.perf_counter() - t0
    c0, t1 = _cpu(), time.perf_counter()
    summary = build_graph([str(corpus)], str(store), model=model, workers=workers, progress=False)
    work_s = time.perf_counter() - t1
    words = sum(count_words(t) for t in _read_texts(corpus))
    return {
        "load_s": load_s,
        "work_s": work_s,
        "cpu_s": _cpu() - c0,
        "words": words,
        "documents": summary.documents,
        "facts": summary.facts,
        "triples": summary.triples,
        "components": nlp.pipe_names,
    }


def run(cfg: Config, workdir: Path, results: Path) -> BenchResult:
    corpus = workdir / "corpus.jsonl"
    n_docs, words = write_jsonl(corpus, cfg.extract_docs, seed=cfg.seed)
    model = cfg.model or ""
    res = BenchResult(
        "extract",
        "kg build throughput vs bare spaCy nlp.pipe",
        {
            "documents": n_docs,
            "words": words,
            "workers": cfg.workers,
            "repeats": cfg.extract_repeats,
            "model": spacy_model_name(cfg.model),
        },
    )
    runs: dict[str, list[dict[str, Any]]] = {"bare_1": [], "kg_1": [], "kg_n": [], "bare_n": []}
    w = str(cfg.workers)
    kg_pipes: list[str] = []
    for r in range(cfg.extract_repeats):
        # Interleaved so slow phases of a shared machine hit both sides alike.
        for key in ("kg_1", "bare_1", "bare_n", "kg_n"):
            workers = "1" if key.endswith("_1") else w
            if key.startswith("kg"):
                store = str(workdir / f"store-{key}-{r}")
                args = ["kg", str(corpus), store, workers, model]
            else:
                # The same spaCy components as kg's pipeline (kg's own ruler is not spaCy's).
                args = ["bare", str(corpus), workers, model, ",".join(kg_pipes)]
            child = run_child(["benchmarks.bench_extract", *args])
            out = dict(child.output, wall_s=child.wall_seconds, peak_rss_mb=child.peak_rss_tree_mb)
            runs[key].append(out)
            if key == "kg_1":
                kg_pipes = out["components"]
            print(
                f"   {key} run {r + 1}: {out['work_s']:.2f} s work, {out['load_s']:.2f} s load",
                flush=True,
            )

    def rate(key: str, field: str = "work_s") -> float:
        return words / best_of([x[field] for x in runs[key]])

    def rate_with_load(key: str) -> float:
        return words / best_of([x["work_s"] + x["load_s"] for x in runs[key]])

    bare_components = runs["bare_1"][0]["components"]
    res.params["bare_components"] = bare_components
    res.params["kg_components"] = kg_pipes
    res.metrics = {
        "bare_1_words_per_s": rate("bare_1"),
        "kg_1_words_per_s": rate("kg_1"),
        "kg_n_words_per_s": rate("kg_n"),
        "bare_n_words_per_s": rate("bare_n"),
        "bare_1_words_per_cpu_s": rate("bare_1", "cpu_s"),
        "kg_1_words_per_cpu_s": rate("kg_1", "cpu_s"),
        "bare_load_s": best_of([x["load_s"] for x in runs["bare_1"]]),
        "kg_load_s": best_of([x["load_s"] for x in runs["kg_1"]]),
        "kg_1_with_load_words_per_s": rate_with_load("kg_1"),
        "bare_1_with_load_words_per_s": rate_with_load("bare_1"),
        "kg_facts": runs["kg_1"][0]["facts"],
        "kg_triples": runs["kg_1"][0]["triples"],
        "kg_n_triples": runs["kg_n"][0]["triples"],
        "kg_1_peak_rss_mb": max(x["peak_rss_mb"] for x in runs["kg_1"]),
        "kg_n_peak_rss_mb": max(x["peak_rss_mb"] for x in runs["kg_n"]),
        "runs": runs,
    }
    m = res.metrics
    res.ratios = [
        Ratio(
            "kg_vs_bare_1_worker",
            m["kg_1_words_per_s"] / m["bare_1_words_per_s"],
            0.85,
            ">=",
            "kg build words/s over bare nlp.pipe words/s, one worker, model load excluded",
        ),
        Ratio(
            f"kg_{cfg.workers}_workers_vs_1",
            m["kg_n_words_per_s"] / m["kg_1_words_per_s"],
            1.6,
            ">=",
            f"kg build words/s with --workers {cfg.workers} over one worker",
        ),
        Ratio(
            "kg_vs_bare_1_worker_cpu",
            m["kg_1_words_per_cpu_s"] / m["bare_1_words_per_cpu_s"],
            0.85,
            ">=",
            "the same, per CPU second (less sensitive to other load on the machine)",
        ),
        Ratio(
            "kg_vs_bare_1_worker_with_load",
            m["kg_1_with_load_words_per_s"] / m["bare_1_with_load_words_per_s"],
            None,
            ">=",
            "one worker, model loading included on both sides",
        ),
        Ratio(
            f"bare_{cfg.workers}_workers_vs_1",
            m["bare_n_words_per_s"] / m["bare_1_words_per_s"],
            None,
            ">=",
            "what spaCy's own n_process reaches on this machine (reference)",
        ),
    ]
    if m["kg_triples"] != m["kg_n_triples"]:
        res.notes.append(
            f"one worker wrote {m['kg_triples']} triples, {cfg.workers} workers "
            f"{m['kg_n_triples']}: the outputs differ"
        )
    return res


def main(argv: list[str]) -> None:
    """Child entry points; each prints one JSON line."""
    mode, *rest = argv
    out: dict[str, Any]
    if mode == "bare":
        corpus, workers, model, comps = rest
        out = child_bare(Path(corpus), int(workers), model or None, comps.split(","))
    elif mode == "kg":
        corpus, store, workers, model = rest
        out = child_kg(Path(corpus), Path(store), int(workers), model or None)
    else:
        raise SystemExit(f"unknown mode {mode!r}")
    print(json.dumps(out))


if __name__ == "__main__":
    main(sys.argv[1:])
