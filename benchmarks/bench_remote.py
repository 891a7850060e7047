"""Remote store: batched writes to a real ``oxigraph serve`` against naive SPARQL Updates.

The corpus is extracted once; then the same (document, facts) pairs are
written to an Oxigraph server on loopback in several ways, the server
emptied in between:

- kg's store API as ``kg build`` uses it (``KGStore.add_documents`` with
  ``kg.pipeline.WRITE_BATCH`` documents a call: one lookup and one write);
- a reference: ``KGStore.add_document``, one call per document;
- the naive baseline: one ``INSERT DATA`` request per fact (plus one per
  document for its own node), each a fresh HTTP request, as a script using
  ``urllib`` would send them;
- a reference: rdflib's ``SPARQLUpdateStore`` adding one triple per request
  (run on the first documents only, to bound the request count).

The first three must leave the same number of triples. Target: kg's batched writes
>= 10x faster than one update per fact. Only loopback is used and the server
is stopped at the end.
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from benchmarks.bench_util import ROOT, BenchResult, Ratio, free_port, timed
from benchmarks.corpus import count_words, generate_documents

if TYPE_CHECKING:
    from benchmarks.run import Config

#: Upper bound on requests of the one-triple-per-request reference.
MAX_TRIPLE_REQUESTS = 3000


def oxigraph_binary() -> str:
    """``oxigraph`` beside this Python (the virtualenv), else on PATH."""
    here = Path(sys.executable).parent / "oxigraph"
    if here.is_file():
        return str(here)
    found = shutil.which("oxigraph")
    if found is None:
        raise RuntimeError(
            "the oxigraph server binary is missing: install it with "
            "'pip install -c requirements/constraints.txt oxigraph'"
        )
    return found


@contextlib.contextmanager
def oxigraph_server(location: Path) -> Iterator[str]:
    """Run ``oxigraph serve`` on a free loopback port; yield its base URL; stop it."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen(
        [oxigraph_binary(), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            if proc.poll() is not None:
                err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
                raise RuntimeError(f"oxigraph serve exited with {proc.returncode}: {err[-500:]}")
            try:
                count_triples(base)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"oxigraph serve did not answer on {base} in 30 s") from None
                time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _no_proxy() -> urllib.request.OpenerDirector:
    return urllib.request.build_opener(urllib.request.ProxyHandler({}))


def post_update(base: str, update: str) -> None:
    """One SPARQL Update as one fresh HTTP request."""
    req = urllib.request.Request(
        base + "/update",
        data=update.encode("utf-8"),
        headers={"Content-Type": "application/sparql-update; charset=UTF-8"},
    )
    with _no_proxy().open(req, timeout=60) as resp:
        resp.read()


def count_triples(base: str) -> int:
    import json

    req = urllib.request.Request(
        base + "/query",
        data=b"SELECT (COUNT(*) AS ?c) WHERE { ?s ?p ?o }",
        headers={
            "Content-Type": "application/sparql-query",
            "Accept": "application/sparql-results+json",
        },
    )
    with _no_proxy().open(req, timeout=60) as resp:
        data = json.loads(resp.read())
    return int(data["results"]["bindings"][0]["c"]["value"])


def _insert(triples: list[Any]) -> str:
    body = "\n".join(f"{s.n3()} {p.n3()} {o.n3()} ." for s, p, o in triples)
    return "INSERT DATA {\n" + body + "\n}"


def run(cfg: Config, workdir: Path, results: Path) -> BenchResult:
    from rdflib import Graph
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
    from rdflib.plugins.stores.sparqlstore import SPARQLUpdateStore

    from kg.extract.pipeline import Extractor
    from kg.graph.mapping import document_graph_triples, document_triples, fact_triples
    from kg.graph.store import open_store
    from kg.pipeline import WRITE_BATCH

    docs = list(generate_documents(cfg.remote_docs, seed=cfg.seed + 2))
    pairs = list(Extractor(cfg.model).extract_stream(docs))
    n_facts = sum(len(f) for _, f in pairs)
    res = BenchResult(
        "remote",
        "Batched writes to oxigraph serve vs one SPARQL Update per fact",
        {
            "documents": len(pairs),
            "facts": n_facts,
            "words": sum(count_words(d.text) for d in docs),
        },
    )
    # The naive requests, built before timing: one per document node, one per fact.
    naive: list[str] = []
    for doc, facts in pairs:
        naive.append(_insert(document_triples(doc)))
        naive.extend(_insert(fact_triples(doc, fact)) for fact in facts)
    m: dict[str, Any] = {"naive_requests": len(naive)}

    with oxigraph_server(workdir / "server") as base:
        spec = base + "/query"
        with open_store(spec) as st:
            # kg's batched writes as `kg build` makes them: WRITE_BATCH documents a call.
            def batched() -> None:
                for i in range(0, len(pairs), WRITE_BATCH):
                    st.add_documents(pairs[i : i + WRITE_BATCH])

            m["write_batch"] = WRITE_BATCH
            m["batched_s"], _ = timed(batched)
            m["batched_requests"] = dict(st.requests)
            m["batched_triples"] = count_triples(base)
            st.clear()

            # Reference: one call (one check and one write) per document.
            def per_document() -> None:
                for doc, facts in pairs:
                    st.add_document(doc, facts)

            before = dict(st.requests)
            m["per_document_s"], _ = timed(per_document)
            m["per_document_requests"] = {k: v - before[k] for k, v in st.requests.items()}
            m["per_document_triples"] = count_triples(base)
            st.clear()

        def per_fact() -> None:
            for update in naive:
                post_update(base, update)

        m["per_fact_s"], _ = timed(per_fact)
        m["per_fact_triples"] = count_triples(base)
        post_update(base, "CLEAR DEFAULT")

        # Reference: rdflib's SPARQLUpdateStore, one request per triple, first documents only.
        subset: list[Any] = []
        n_sub = 0
        for doc, facts in pairs:
            ts = document_graph_triples(doc, facts)
            if subset and len(subset) + len(ts) > MAX_TRIPLE_REQUESTS:
                break
            subset.extend(ts)
            n_sub += 1
        store = SPARQLUpdateStore(base + "/query", base + "/update", autocommit=True)
        g = Graph(store=store, identifier=DATASET_DEFAULT_GRAPH_ID)
        m["per_triple_s"], _ = timed(lambda: [g.add(t) for t in subset])
        m["per_triple_documents"] = n_sub
        m["per_triple_requests"] = len(subset)
        store.close()
        post_update(base, "CLEAR DEFAULT")

        # For information: the whole kg build path into the server.
        from kg.pipeline import build_graph

        m["build_s"], summary = timed(lambda: build_graph(docs, spec, model=cfg.model))
        m["build_triples"] = summary.triples

    n_docs = len(pairs)
    m["batched_docs_per_s"] = n_docs / m["batched_s"]
    m["per_fact_docs_per_s"] = n_docs / m["per_fact_s"]
    m["per_triple_docs_per_s"] = n_sub / m["per_triple_s"] if n_sub else 0.0
    res.metrics = m
    if not m["batched_triples"] == m["per_fact_triples"] == m["per_document_triples"]:
        res.notes.append(
            f"triple counts differ: batched {m['batched_triples']}, per fact "
            f"{m['per_fact_triples']}, one document a call {m['per_document_triples']}"
        )
    res.ratios = [
        Ratio(
            "batched_vs_per_fact",
            m["per_fact_s"] / m["batched_s"],
            10.0,
            ">=",
            f"one INSERT DATA per fact time / KGStore.add_documents time, {WRITE_BATCH} "
            "documents a call as kg build writes them",
        ),
        Ratio(
            "per_document_vs_per_fact",
            m["per_fact_s"] / m["per_document_s"],
            None,
            ">=",
            "reference: KGStore.add_document, one call per document",
        ),
        Ratio(
            "batched_vs_per_triple",
            m["batched_docs_per_s"] / m["per_triple_docs_per_s"] if n_sub else 0.0,
            None,
            ">=",
            "reference: rdflib SPARQLUpdateStore, one request per triple (documents/s ratio)",
        ),
    ]
    return res
