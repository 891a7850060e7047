"""Store benchmark: embedded Oxigraph (through kg's store API) against rdflib's Memory store.

Both sides get the same triples of the project's RDF shape (documents,
entities, asserted facts and their evidence nodes, see ``ontology/README.md``),
then run the same GROUP BY query and write the same Turtle export. Targets:
load >= 5x, query >= 20x, export >= 10x faster than rdflib's Memory store.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from benchmarks.bench_util import BenchResult, Ratio, timed
from kg.records import Document, Fact

if TYPE_CHECKING:
    from benchmarks.run import Config
    from kg.graph.mapping import Triple

GROUP_BY_QUERY = """
PREFIX kgo: <https://w3id.org/ai-industry-kg/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?relation (COUNT(?e) AS ?evidence) (COUNT(DISTINCT ?doc) AS ?documents)
WHERE {
  ?e a kgo:Evidence ;
     rdf:predicate ?relation ;
     prov:wasDerivedFrom ?doc .
}
GROUP BY ?relation
ORDER BY DESC(?evidence) ?relation
"""


def synthetic_facts(n_docs: int, *, seed: int = 0) -> Iterator[tuple[Document, list[Fact]]]:
    """``n_docs`` synthetic documents with 2-6 facts each over a shared entity pool."""
    from kg.records import ENTITY_CLASSES, RELATIONS

    rng = random.Random(seed)
    n_entities = max(40, n_docs * 2)
    pool = [
        (f"Entity {i}", rng.choice(ENTITY_CLASSES), (f"Entity No. {i}",) if i % 4 == 0 else ())
        for i in range(n_entities)
    ]
    for d in range(n_docs):
        doc = Document(
            text=f"Synthetic document {seed} {d}.",
            id=f"synth-{d}",
            title=f"Synthetic headline number {d}",
            date=f"20{rng.randint(19, 25)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
            url=f"https://news.example.org/{d}",
        )
        facts = []
        offset = 0
        for f in range(rng.randint(2, 6)):
            (s, s_cls, s_al), (o, o_cls, o_al) = rng.sample(pool, 2)
            sentence = f"Sentence {f} of document {d} says {s} relates to {o}."
            facts.append(
                Fact(
                    doc=doc.id,
                    subject=s,
                    subject_class=s_cls,
                    relation=rng.choice(RELATIONS),
                    object=o,
                    object_class=o_cls,
                    sentence=sentence,
                    start=offset,
                    end=offset + len(sentence),
                    certainty=rng.choice(("stated", "stated", "reported")),
                    amount=f"${rng.randint(1, 900)} million" if rng.random() < 0.3 else None,
                    date=str(rng.randint(2015, 2025)) if rng.random() < 0.3 else None,
                    confidence=rng.randint(40, 95) / 100,
                    subject_aliases=s_al,
                    object_aliases=o_al,
                )
            )
            offset += len(sentence) + 1
        yield doc, facts


def project_shape_triples(n_triples: int, *, seed: int = 0) -> list[Triple]:
    """At least ``n_triples`` distinct triples of the graph ``kg build`` writes.

    Made by the project's own mapping (:func:`kg.graph.mapping.document_graph_triples`)
    from synthetic documents and facts: document nodes, typed and labelled
    entities shared across documents, asserted facts and evidence nodes.
    """
    from kg.graph.mapping import document_graph_triples

    out: dict[Triple, None] = {}
    # About 70 distinct triples per synthetic document; generate in rounds until enough.
    for doc, facts in synthetic_facts(n_triples // 50 + 1, seed=seed):
        for t in document_graph_triples(doc, facts):
            out.setdefault(t)
        if len(out) >= n_triples:
            break
    return list(out)


def _rows(result: Any) -> list[tuple[str, ...]]:
    """Materialize an rdflib SELECT result as sorted tuples of strings."""
    return sorted(tuple(str(v) for v in row) for row in result)


def _bulk_add(store: Any, triples: list[Triple]) -> str:
    """Load through the store API's bulk method when it has one, else the graph's addN."""
    for name in ("add_triples", "bulk_add", "add_many"):
        method = getattr(store, name, None)
        if callable(method):
            method(iter(triples))
            return f"KGStore.{name}"
    g = store.graph
    g.addN((s, p, o, g) for s, p, o in triples)
    return "KGStore.graph.addN"


def _load_file(store: Any, path: Path) -> str:
    """Load an N-Triples file through the store API, or its graph's Oxigraph parser."""
    for name in ("load_file", "load", "import_file"):
        method = getattr(store, name, None)
        if callable(method):
            method(path)
            return f"KGStore.{name}"
    # oxrdflib's parser hands the file to Oxigraph's bulk loader (no rdflib terms made).
    store.graph.parse(str(path), format="ox-nt", transactional=False)
    return "KGStore.graph.parse(format='ox-nt', transactional=False)"


def _export(store: Any, dest: Path) -> str:
    try:
        from kg.render.export import export_graph
    except ImportError:
        store.graph.serialize(destination=str(dest), format="ox-turtle")
        return "KGStore.graph.serialize(format='ox-turtle')"
    export_graph(store, "turtle", dest)
    return "kg.render.export.export_graph(store, 'turtle', dest)"


def _nt_lines(triples: list[Triple]) -> Iterator[str]:
    return (f"{s.n3()} {p.n3()} {o.n3()} .\n" for s, p, o in triples)


def _measure_memory(triples: list[Triple], nt_file: Path, workdir: Path) -> dict[str, Any]:
    """rdflib's Memory store: load, query, export; then a fresh one parses the file."""
    from rdflib import Graph

    mem = Graph()
    out: dict[str, Any] = {}
    out["load_s"], _ = timed(lambda: mem.addN((s, p, o, mem) for s, p, o in triples))
    out["query_s"], out["rows"] = timed(lambda: _rows(mem.query(GROUP_BY_QUERY)))
    ttl = workdir / "memory.ttl"
    out["export_s"], _ = timed(lambda: mem.serialize(destination=str(ttl), format="turtle"))
    out["turtle_bytes"] = ttl.stat().st_size
    out["triples"] = len(mem)
    mem.remove((None, None, None))
    fresh = Graph()
    out["load_file_s"], _ = timed(lambda: fresh.parse(str(nt_file), format="nt"))
    return out


def _measure_oxigraph(triples: list[Triple], nt_file: Path, workdir: Path) -> dict[str, Any]:
    """The project's store API on an embedded Oxigraph folder: the same steps."""
    from kg.graph.store import open_store

    out: dict[str, Any] = {"methods": {}}
    with open_store(str(workdir / "oxigraph"), create=True) as st:

        def load() -> None:
            out["methods"]["load"] = _bulk_add(st, triples)

        def export() -> None:
            out["methods"]["export"] = _export(st, ttl)

        out["load_s"], _ = timed(load)
        out["query_s"], out["rows"] = timed(lambda: _rows(st.query(GROUP_BY_QUERY)))
        ttl = workdir / "oxigraph.ttl"
        out["export_s"], _ = timed(export)
        out["turtle_bytes"] = ttl.stat().st_size
        # Reference: Oxigraph's own Turtle writer through the store's rdflib graph.
        ref_ttl = workdir / "oxigraph-dump.ttl"
        out["export_dump_s"], _ = timed(
            lambda: st.graph.serialize(destination=str(ref_ttl), format="ox-turtle")
        )
        out["triples"] = st.triple_count()
    with open_store(str(workdir / "oxigraph-file"), create=True) as st2:

        def load_file() -> None:
            out["methods"]["load_file"] = _load_file(st2, nt_file)

        out["load_file_s"], _ = timed(load_file)
        out["file_triples"] = st2.triple_count()
    with open_store(str(workdir / "oxigraph-nt"), create=True) as st3:
        # Reference: the same triples written as N-Triples text for Oxigraph's bulk loader.
        out["load_nt_bulk_s"], _ = timed(
            lambda: st3.graph.parse(
                data="".join(_nt_lines(triples)).encode("utf-8"),
                format="ox-nt",
                transactional=False,
            )
        )
        out["nt_bulk_triples"] = st3.triple_count()
    return out


def run(cfg: Config, workdir: Path, results: Path) -> BenchResult:
    n = cfg.store_triples
    res = BenchResult("store", "Embedded Oxigraph store vs rdflib Memory store", {"triples": n})
    triples = project_shape_triples(n, seed=cfg.seed)
    res.params["triples_generated"] = len(triples)
    nt_file = workdir / "triples.nt"
    with nt_file.open("w", encoding="utf-8") as f:
        f.writelines(_nt_lines(triples))

    mem = _measure_memory(triples, nt_file, workdir)
    ox = _measure_oxigraph(triples, nt_file, workdir)
    methods = ox.pop("methods")
    res.params["methods"] = methods
    if methods["load"].endswith("graph.addN"):
        res.notes.append(
            "KGStore has no bulk-load method: triples went through KGStore.graph.addN "
            "(oxrdflib: one rdflib-to-Oxigraph term conversion per triple, then Store.extend)."
        )
    same_rows = mem.pop("rows") == ox.pop("rows")
    if not same_rows:
        res.notes.append("the GROUP BY query gave different rows on the two stores")
    res.metrics = {"query_rows_equal": same_rows}
    res.metrics.update({f"memory_{k}": v for k, v in mem.items()})
    res.metrics.update({f"oxigraph_{k}": v for k, v in ox.items()})
    res.ratios = [
        Ratio(
            "load_speedup",
            mem["load_s"] / ox["load_s"],
            5.0,
            ">=",
            "same rdflib triples: Graph().addN time / KGStore load time",
        ),
        Ratio(
            "load_file_speedup",
            mem["load_file_s"] / ox["load_file_s"],
            5.0,
            ">=",
            "same N-Triples file: rdflib Graph().parse time / KGStore file load time",
        ),
        Ratio("query_speedup", mem["query_s"] / ox["query_s"], 20.0, ">=", "same GROUP BY query"),
        Ratio(
            "export_speedup",
            mem["export_s"] / ox["export_s"],
            10.0,
            ">=",
            "same Turtle export: rdflib serialize / kg export_graph",
        ),
        Ratio(
            "load_speedup_nt_bulk",
            mem["load_s"] / ox["load_nt_bulk_s"],
            None,
            ">=",
            "reference: the same triples as N-Triples text into Oxigraph's bulk loader",
        ),
        Ratio(
            "export_speedup_ox_dump",
            mem["export_s"] / ox["export_dump_s"],
            None,
            ">=",
            "reference: Oxigraph's own Turtle writer (graph.serialize format='ox-turtle')",
        ),
    ]
    return res
