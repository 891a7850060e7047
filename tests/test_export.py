"""Exports: RDF formats round-trip, GraphML loads in networkx, CSV has one row per fact,
and files are replaced atomically."""

from __future__ import annotations

import csv
import io
import warnings
from pathlib import Path

import networkx as nx
import pyoxigraph
import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg.errors import ExportError, UsageError
from kg.graph.store import open_store, plain_literal
from kg.render.export import CSV_COLUMNS, atomic_write, export_graph
from tests.conftest import make_doc, make_fact, sample_documents

# rdflib's own parsers call its deprecated ConjunctiveGraph API.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib")

RDF_FORMATS = {
    "turtle": ("turtle", pyoxigraph.RdfFormat.TURTLE),
    "nt": ("nt", pyoxigraph.RdfFormat.N_TRIPLES),
    "jsonld": ("json-ld", pyoxigraph.RdfFormat.JSON_LD),
    "trig": ("trig", pyoxigraph.RdfFormat.TRIG),
}


def _fill(store) -> None:
    for doc, facts in sample_documents():
        store.add_document(doc, facts)
    hostile = make_doc('Quote " and }> ; DROP ALL\nline 🤖 \\ back', "hostile")
    store.add_document(
        hostile,
        [
            make_fact(hostile, 'Name "}> x', "uses", "百度 <b>", object_class="Product"),
            make_fact(hostile, "Ends with a dot.", "acquires", "a.b.", object_class="Product"),
        ],
    )


def _plain(graph: Graph) -> Graph:
    out = Graph()
    out += ((s, p, plain_literal(o)) for s, p, o in graph)
    return out


@pytest.mark.parametrize("fmt", list(RDF_FORMATS))
def test_export_rdf_round_trips(store_spec: str, fmt: str) -> None:
    rdflib_format, ox_format = RDF_FORMATS[fmt]
    with open_store(store_spec) as store:
        _fill(store)
        text = export_graph(store, fmt, None)
        original = _plain(store.graph)
    assert text is not None
    if fmt == "trig":
        ds = Dataset()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            ds.parse(data=text, format="trig")
        parsed = Graph()
        parsed += ds.triples((None, None, None))
    else:
        parsed = Graph().parse(data=text, format=rdflib_format)
    assert len(parsed) == len(original) > 40
    assert isomorphic(parsed, original)
    quads = list(pyoxigraph.parse(text.encode("utf-8"), format=ox_format))
    assert len(quads) == len(original)


@pytest.mark.parametrize("kind", ["memory", "oxigraph"])
def test_export_turtle_uses_readable_prefixes(tmp_path: Path, kind: str) -> None:
    spec = "memory" if kind == "memory" else str(tmp_path / "store")
    with open_store(spec) as store:
        _fill(store)
        text = export_graph(store, "turtle", None)
    assert text is not None
    for prefix in ("kgo:", "prov:", "dcterms:", "schema:", "rdfs:"):
        assert f"@prefix {prefix}" in text
    assert "kgo:invests_in" in text


def test_export_graphml_loads_in_networkx(tmp_path: Path) -> None:
    dest = tmp_path / "graph.graphml"
    with open_store("memory") as store:
        _fill(store)
        assert export_graph(store, "graphml", dest) is None
    g = nx.read_graphml(dest)
    labels = {data["label"] for _n, data in g.nodes(data=True)}
    assert {"Microsoft", "OpenAI", "Google", 'Name "}> x', "百度 <b>", "a.b."} <= labels
    relations = sorted(data["relation"] for _a, _b, data in g.edges(data=True))
    assert relations == ["acquires", "competes_with", "invests_in", "partners_with", "uses"]
    types = {data["label"]: data["type"] for _n, data in g.nodes(data=True)}
    assert types["OpenAI"] == "Organization" and types["百度 <b>"] == "Product"
    supports = {data["relation"]: data["support"] for _a, _b, data in g.edges(data=True)}
    assert supports["invests_in"] == 2


def test_export_csv_has_one_row_per_fact(store_spec: str) -> None:
    with open_store(store_spec) as store:
        _fill(store)
        text = export_graph(store, "csv", None)
    assert text is not None
    rows = list(csv.DictReader(io.StringIO(text)))
    assert tuple(rows[0].keys()) == CSV_COLUMNS
    by_fact = {(r["subject"], r["relation"], r["object"]): r for r in rows}
    assert len(rows) == len(by_fact) == 5
    invest = by_fact[("Microsoft", "invests_in", "OpenAI")]
    assert (invest["certainty"], invest["support"]) == ("stated", "2")
    assert by_fact[('Name "}> x', "uses", "百度 <b>")]["support"] == "1"


def test_export_to_file_matches_text(tmp_path: Path) -> None:
    dest = tmp_path / "out" / "graph.ttl"
    with open_store("memory") as store:
        _fill(store)
        export_graph(store, "turtle", dest)
        text = export_graph(store, "turtle", None)
    assert dest.read_text(encoding="utf-8") == text
    assert [p.name for p in dest.parent.iterdir()] == ["graph.ttl"]


def test_export_failed_write_keeps_previous_file(tmp_path: Path) -> None:
    dest = tmp_path / "graph.ttl"
    dest.write_text("previous content\n")

    def half_then_fail(fh) -> None:
        fh.write(b"@prefix partial")
        raise RuntimeError("disk went away")

    with pytest.raises(RuntimeError, match="disk went away"):
        atomic_write(dest, half_then_fail)
    assert dest.read_text() == "previous content\n"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_export_unknown_format_names_it() -> None:
    store = open_store("memory")
    with pytest.raises(UsageError, match="unknown export format 'rdfxml'"):
        export_graph(store, "rdfxml", None)


def test_export_atomic_write_keeps_the_file_mode(tmp_path: Path) -> None:
    import os

    dest = tmp_path / "graph.ttl"
    dest.write_text("old")
    os.chmod(dest, 0o644)
    atomic_write(dest, lambda fh: fh.write(b"new"))
    assert dest.read_text() == "new"
    assert oct(os.stat(dest).st_mode & 0o777) == oct(0o644)


def _special(tmp_path: Path, kind: str) -> Path:
    import os

    dest = tmp_path / "graph.ttl"
    if kind == "fifo":
        os.mkfifo(dest)
    elif kind == "folder":
        dest.mkdir()
    elif kind == "symlink":
        (tmp_path / "target.ttl").write_text("target\n")
        dest.symlink_to(tmp_path / "target.ttl")
    else:  # a link to nothing yet: writing would create a file elsewhere
        dest.symlink_to(tmp_path / "elsewhere.ttl")
    return dest


@pytest.mark.parametrize(
    ("kind", "what"),
    [
        ("fifo", "a FIFO"),
        ("folder", "a folder"),
        ("symlink", "a symbolic link"),
        ("dangling", "a symbolic link"),
    ],
)
def test_export_atomic_write_refuses_what_is_not_a_regular_file(
    tmp_path: Path, kind: str, what: str
) -> None:
    dest = _special(tmp_path, kind)
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(ExportError, match=f"will not write {dest}: it is {what}, not a regular"):
        atomic_write(dest, lambda fh: fh.write(b"new"))
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    if kind == "symlink":
        assert dest.is_symlink() and (tmp_path / "target.ttl").read_text() == "target\n"


def test_export_atomic_write_removes_temp_files_of_dead_processes(tmp_path: Path) -> None:
    import subprocess

    done = subprocess.Popen(["true"])
    done.wait()
    running = subprocess.Popen(["sleep", "60"])
    try:
        dead = tmp_path / f".graph.ttl.kg-{done.pid}.x1y2.tmp"
        alive = tmp_path / f".graph.ttl.kg-{running.pid}.x3y4.tmp"
        other = tmp_path / f".notes.txt.kg-{done.pid}.x5y6.tmp"
        for path in (dead, alive, other):
            path.write_bytes(b"partial")
        atomic_write(tmp_path / "graph.ttl", lambda fh: fh.write(b"new"))
    finally:
        running.kill()
        running.wait()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["graph.ttl", alive.name, other.name]
    )


def test_export_min_confidence_keeps_only_confident_evidence(store_spec: str) -> None:
    doc = make_doc("Cohere uses Azure. Cohere partners with Oracle.", "conf")
    strong = make_fact(doc, "Cohere", "uses", "Azure", "Cohere uses Azure.", confidence=0.9)
    weak = make_fact(
        doc, "Cohere", "partners_with", "Oracle", "Cohere partners with Oracle.", confidence=0.4
    )
    with open_store(store_spec) as store:
        store.add_document(doc, [strong, weak])
        rows = list(csv.DictReader(io.StringIO(export_graph(store, "csv", None) or "")))
        kept = list(
            csv.DictReader(io.StringIO(export_graph(store, "csv", None, min_confidence=0.5) or ""))
        )
        turtle = export_graph(store, "turtle", None, min_confidence=0.5) or ""
    assert {r["relation"] for r in rows} == {"uses", "partners_with"}
    assert [(r["subject"], r["relation"], r["object"]) for r in kept] == [
        ("Cohere", "uses", "Azure")
    ]
    g = Graph().parse(data=turtle, format="turtle")
    confidences = sorted(float(o) for _s, p, o in g if str(p).endswith("#confidence"))
    assert confidences == [0.9]
    assert not any(str(p).endswith("#partners_with") for _s, p, _o in g)


def test_export_min_confidence_out_of_range_is_refused() -> None:
    with open_store("memory") as store, pytest.raises(UsageError, match="from 0 to 1"):
        export_graph(store, "turtle", None, min_confidence=1.5)
