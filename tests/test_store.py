"""The graph store on all three backends (memory, embedded Oxigraph, a real
Oxigraph server), the RDF mapping, and the lock of the embedded store."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from kg.errors import InputError, StoreError, StoreLockedError
from kg.graph import namespace as ns
from kg.graph.iri import entity_iri
from kg.graph.mapping import document_triples, fact_triples
from kg.graph.store import open_store
from tests.conftest import OxigraphServer, make_doc, make_fact, sample_documents

FACTS_QUERY = """
SELECT ?s ?p ?o WHERE {
  ?subject ?p ?object .
  ?subject rdfs:label ?s .
  ?object rdfs:label ?o .
  ?ev rdf:subject ?subject ; rdf:predicate ?p ; rdf:object ?object .
}
"""


def _facts(store) -> set[tuple[str, str, str]]:
    return {
        (str(row[0]), str(row[1]).rsplit("#", 1)[-1], str(row[2]))
        for row in store.query(FACTS_QUERY)
    }


def _fill(store) -> None:
    for doc, facts in sample_documents():
        store.add_document(doc, facts)


# ---------------------------------------------------------------------------
# Mapping
# ---------------------------------------------------------------------------


def test_mapping_document_literals_are_typed() -> None:
    doc = make_doc("Text.", "d", date="2025-02-30", url="https://example.com/x", title='A "t"')
    triples = set(document_triples(doc))
    values = {p: o for _s, p, o in triples}
    # 2025-02-30 is not a real date: kept as written, untyped.
    assert values[ns.DCTERMS.date] == Literal("2025-02-30")
    assert values[ns.SCHEMA.url] == Literal("https://example.com/x", datatype=ns.XSD.anyURI)
    assert values[ns.DCTERMS.title] == Literal('A "t"')
    assert values[ns.DCTERMS.source] == Literal("example.com")


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        ("2025-01-21", Literal("2025-01-21", datatype=ns.XSD.date)),
        ("January 2025", Literal("January 2025")),
    ],
)
def test_mapping_document_date_is_xsd_date_only_when_iso(date: str, expected: Literal) -> None:
    doc = make_doc("Text.", "d", date=date)
    assert (next(o for _s, p, o in document_triples(doc) if p == ns.DCTERMS.date)) == expected


def test_mapping_url_is_any_uri_only_for_http() -> None:
    doc = make_doc("Text.", "d", url="ftp://example.com/x")
    url = next(o for _s, p, o in document_triples(doc) if p == ns.SCHEMA.url)
    assert url == Literal("ftp://example.com/x") and url.datatype is None


def test_mapping_fact_has_assertion_and_evidence() -> None:
    doc, facts = sample_documents()[0]
    triples = fact_triples(doc, facts[0], extractor_version="9.9")
    ms, oa = entity_iri("Microsoft"), entity_iri("OpenAI")
    assert (ms, ns.KGO.invests_in, oa) in triples
    ev = next(s for s, p, o in triples if p == ns.RDF.type and o == ns.KGO.Evidence)
    props = {p: o for s, p, o in triples if s == ev and p != ns.RDF.type}
    assert props[ns.KGO.confidence].datatype == ns.XSD.decimal
    assert props[ns.KGO.extractorVersion] == Literal("9.9")
    assert props[ns.KGO.amount] == Literal("$10 billion")
    assert props[ns.PROV.wasDerivedFrom] == URIRef(
        "https://w3id.org/ai-industry-kg/id/doc/" + doc.hash
    )


def test_mapping_evidence_iri_is_deterministic() -> None:
    doc, facts = sample_documents()[0]
    assert fact_triples(doc, facts[0]) == fact_triples(doc, facts[0])


def test_mapping_symmetric_relation_has_one_direction() -> None:
    doc = make_doc("OpenAI partners with Microsoft.")
    a = fact_triples(doc, make_fact(doc, "OpenAI", "partners_with", "Microsoft"))
    b = fact_triples(doc, make_fact(doc, "Microsoft", "partners_with", "OpenAI"))
    assert set(a) == set(b)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("relation", "invest", "unknown relation 'invest'"),
        ("subject_class", "Company", "unknown subject class 'Company'"),
        ("certainty", "maybe", "unknown certainty 'maybe'"),
        ("confidence", 2.0, "confidence 2.0 is outside 0..1"),
    ],
)
def test_mapping_bad_fact_raises_input_error(field: str, value: object, message: str) -> None:
    doc = make_doc("X invests in Y.")
    fact = make_fact(doc, "X", "invests_in", "Y")
    bad = fact.__class__(**{**fact.__dict__, field: value})
    with pytest.raises(InputError, match=message):
        fact_triples(doc, bad)


# ---------------------------------------------------------------------------
# Store, on every backend
# ---------------------------------------------------------------------------


def test_store_add_document_reads_back_facts(store_spec: str) -> None:
    with open_store(store_spec) as store:
        _fill(store)
        assert _facts(store) == {
            ("Microsoft", "invests_in", "OpenAI"),
            ("Microsoft", "partners_with", "OpenAI"),
            ("Google", "competes_with", "OpenAI"),
        }


def test_store_evidence_node_has_every_property(store_spec: str) -> None:
    doc, facts = sample_documents()[0]
    with open_store(store_spec) as store:
        store.add_document(doc, facts[:1])
        rows = store.query(
            "SELECT ?p ?o WHERE { ?ev a kgo:Evidence ; ?p ?o }",
        )
        props: dict[str, set[str]] = {}
        for p, o in rows:
            props.setdefault(str(p), set()).add(str(o))
    expected = {
        ns.RDF.type: {str(ns.RDF.Statement), str(ns.KGO.Evidence)},
        ns.RDF.subject: {str(entity_iri("Microsoft"))},
        ns.RDF.predicate: {str(ns.KGO.invests_in)},
        ns.RDF.object: {str(entity_iri("OpenAI"))},
        ns.PROV.wasDerivedFrom: {"https://w3id.org/ai-industry-kg/id/doc/" + doc.hash},
        ns.KGO.sentence: {doc.text},
        ns.KGO.startOffset: {"0"},
        ns.KGO.endOffset: {str(len(doc.text))},
        ns.KGO.extractor: {"kg-rules"},
        ns.KGO.extractorVersion: {"0.1.0"},
        ns.KGO.confidence: {"0.5"},
        ns.KGO.certainty: {"stated"},
        ns.KGO.amount: {"$10 billion"},
    }
    assert props == {str(k): v for k, v in expected.items()}


def test_store_add_document_twice_adds_nothing(store_spec: str) -> None:
    doc, facts = sample_documents()[0]
    with open_store(store_spec) as store:
        first = store.add_document(doc, facts)
        count = store.triple_count()
        assert first == count > 0
        assert store.add_document(doc, facts) == 0
        assert store.triple_count() == count
        assert store.has_document(doc.hash)
        assert not store.has_document("0" * 64)


def test_store_forget_keeps_facts_supported_elsewhere(store_spec: str) -> None:
    (d1, f1), (d2, f2) = sample_documents()
    with open_store(store_spec) as store:
        store.add_document(d1, f1)
        only_first = store.triple_count()
        store.add_document(d2, f2)
        removed = store.forget("dev-b")
        assert removed == 1  # Google competes_with OpenAI
        assert _facts(store) == {
            ("Microsoft", "invests_in", "OpenAI"),
            ("Microsoft", "partners_with", "OpenAI"),
        }
        # Google had no other fact: it is gone; the alias of Microsoft from d2 stays.
        assert not store.query("ASK { ?g rdfs:label 'Google' }").askAnswer
        assert store.triple_count() == only_first + 1
        assert not store.has_document(d2.hash)


@pytest.mark.parametrize("ref", ["dev-a", "https://news.example.com/a", "hash"])
def test_store_forget_accepts_id_url_and_hash(ref: str) -> None:
    (d1, f1), _ = sample_documents()
    with open_store("memory") as store:
        store.add_document(d1, f1)
        assert store.forget(d1.hash if ref == "hash" else ref) == 2
        assert store.triple_count() == 0


def test_store_forget_unknown_ref_names_it(store_spec: str) -> None:
    with open_store(store_spec) as store:
        _fill(store)
        with pytest.raises(StoreError, match=r"no document matches 'nope\.txt'"):
            store.forget("nope.txt")


def test_store_replacing_swaps_content(store_spec: str) -> None:
    (d1, f1), (d2, f2) = sample_documents()
    with open_store(store_spec) as store:
        store.add_document(d1, f1)
        with store.replacing() as fresh:
            assert fresh.triple_count() == 0
            fresh.add_document(d2, f2)
            assert store.has_document(d1.hash)  # the old graph is live until the end
        assert store.has_document(d2.hash)
        assert not store.has_document(d1.hash)
    if store_spec != "memory":
        with open_store(store_spec, create=False, read_only=True) as again:
            assert again.has_document(d2.hash) and not again.has_document(d1.hash)


def test_store_replacing_failure_keeps_original(store_spec: str) -> None:
    (d1, f1), (d2, f2) = sample_documents()
    with open_store(store_spec) as store:
        store.add_document(d1, f1)
        before = store.triple_count()
        with pytest.raises(RuntimeError, match="extraction failed"), store.replacing() as fresh:
            fresh.add_document(d2, f2)
            raise RuntimeError("extraction failed")
        assert store.triple_count() == before
        assert store.has_document(d1.hash) and not store.has_document(d2.hash)
        if store_spec.startswith("http"):
            graphs = store.query("SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
            assert len(graphs) == 0
        else:
            leftovers = (
                list(Path(store_spec).parent.glob(".store.*")) if store_spec != "memory" else []
            )
            assert leftovers == []


HOSTILE = [
    "Quote \" and 'single'",
    'Brace "} ; DROP ALL',
    "> ; DROP ALL",
    "Line\nbreak\r\nand tab\t",
    "Back\\slash \\u0041 \\n",
    "<script>alert(1)</script>",
    "Emoji 🤖 and RTL \u200f\u202eמיקרוסופט",
    "百度 and Ελληνικά",
    "Control \x01\x7f chars",
    'Ends with quote"',
    '"""triple"""',
]


@pytest.mark.parametrize("text", HOSTILE, ids=[f"hostile{i}" for i in range(len(HOSTILE))])
def test_store_hostile_text_round_trips(store_spec: str, text: str) -> None:
    doc = make_doc("Article: " + text, "id " + text, title=text)
    fact = make_fact(doc, text, "invests_in", "Target " + text, "Sentence: " + text)
    with open_store(store_spec) as store:
        store.add_document(doc, [fact])
        labels = {str(o) for o in store.graph.objects(entity_iri(text), URIRef(str(RDFS_LABEL)))}
        assert labels == {text}
        sentences = [str(row[0]) for row in store.query("SELECT ?s WHERE { ?e kgo:sentence ?s }")]
        assert sentences == ["Sentence: " + text]
        found = store.query("SELECT ?e WHERE { ?e rdfs:label ?name }", {"name": "Target " + text})
        assert [str(r[0]) for r in found] == [str(entity_iri("Target " + text))]
        assert store.forget("id " + text) == 1
        assert store.triple_count() == 0


RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"


def test_store_read_only_refuses_writes(tmp_path: Path) -> None:
    doc, facts = sample_documents()[0]
    spec = str(tmp_path / "store")
    with open_store(spec) as store:
        store.add_document(doc, facts)
    with open_store(spec, create=False, read_only=True) as store:
        with pytest.raises(StoreError, match="read-only"):
            store.clear()
        assert store.has_document(doc.hash)


def test_store_embedded_reopen_finds_data(tmp_path: Path) -> None:
    doc, facts = sample_documents()[0]
    spec = "oxigraph:" + str(tmp_path / "store")
    with open_store(spec) as store:
        added = store.add_document(doc, facts)
    with open_store(spec, create=False) as store:
        assert store.triple_count() == added
        assert len(store.graph) == added
        assert ("Microsoft", "invests_in", "OpenAI") in _facts(store)


def test_store_two_readers_at_once(tmp_path: Path) -> None:
    doc, facts = sample_documents()[0]
    spec = str(tmp_path / "store")
    with open_store(spec) as store:
        store.add_document(doc, facts)
    with (
        open_store(spec, create=False, read_only=True) as a,
        open_store(spec, create=False, read_only=True) as b,
    ):
        assert a.triple_count() == b.triple_count() > 0


@pytest.mark.parametrize("spec_prefix", ["", "oxigraph:"])
def test_store_missing_without_create_says_how_to_build(tmp_path: Path, spec_prefix: str) -> None:
    spec = spec_prefix + str(tmp_path / "absent")
    with pytest.raises(StoreError, match=r"no store at .*kg build"):
        open_store(spec, create=False)
    assert not (tmp_path / "absent").exists()


def test_store_refuses_a_folder_that_is_not_a_store(tmp_path: Path) -> None:
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "a.txt").write_text("hello")
    with pytest.raises(StoreError, match="not a kg store"):
        open_store(str(tmp_path / "notes"))


# ---------------------------------------------------------------------------
# Remote specifics
# ---------------------------------------------------------------------------


@pytest.mark.server
def test_store_remote_writes_one_request_per_document(oxigraph_server: OxigraphServer) -> None:
    oxigraph_server.reset()
    doc, facts = sample_documents()[1]
    with open_store(oxigraph_server.query_url) as store:
        before = dict(store.requests)
        added = store.add_document(doc, facts)
        assert added > 20
        assert store.requests["update"] - before["update"] == 1


def _staging_graphs(store_spec: str) -> set[str]:
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

    with open_store(store_spec, read_only=True) as store:
        found = store._backend.http_query(  # type: ignore[attr-defined]
            "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }",
            default_graph=DATASET_DEFAULT_GRAPH_ID,
        )
        return {str(row[0]) for row in found}


@pytest.mark.server
def test_store_remote_replacing_drops_stale_staging_graphs(
    oxigraph_server: OxigraphServer,
) -> None:
    import os
    import socket
    from urllib.parse import quote

    oxigraph_server.reset()
    done = subprocess.Popen(["true"])
    done.wait()
    running = subprocess.Popen(["sleep", "60"])
    host = quote(socket.gethostname(), safe="")
    legacy = "urn:x-kg:staging:" + "0" * 32
    dead = f"urn:x-kg:staging:{host}:{done.pid}:abc"
    alive = f"urn:x-kg:staging:{host}:{running.pid}:def"
    elsewhere = "urn:x-kg:staging:elsewhere.example:1:ghi"
    mine = f"urn:x-kg:staging:{host}:{os.getpid()}:jkl"
    for name in (legacy, dead, alive, elsewhere, mine):
        oxigraph_server.update(f"INSERT DATA {{ GRAPH <{name}> {{ <urn:s> <urn:p> <urn:o> }} }}")
    try:
        with open_store(oxigraph_server.query_url) as store, store.replacing() as fresh:
            fresh.add_document(*sample_documents()[0])
        assert _staging_graphs(oxigraph_server.query_url) == {alive, elsewhere, mine}
    finally:
        running.kill()
        running.wait()


@pytest.mark.server
def test_store_remote_explicit_endpoints(oxigraph_server: OxigraphServer) -> None:
    oxigraph_server.reset()
    doc, facts = sample_documents()[0]
    spec = f"{oxigraph_server.query_url},{oxigraph_server.update_url}"
    with open_store(spec) as store:
        store.add_document(doc, facts)
        assert store.has_document(doc.hash)


def test_store_remote_unreachable_names_endpoint() -> None:
    from tests.conftest import free_port

    url = f"http://127.0.0.1:{free_port()}/query"
    with open_store(url) as store, pytest.raises(StoreError, match="cannot reach SPARQL endpoint"):
        store.triple_count()


@pytest.mark.server
def test_store_remote_http_error_names_endpoint(oxigraph_server: OxigraphServer) -> None:
    url = oxigraph_server.url + "/no-such-endpoint"
    with (
        open_store(url) as store,
        pytest.raises(StoreError, match=r"no-such-endpoint answered HTTP 4"),
    ):
        store.triple_count()


# ---------------------------------------------------------------------------
# Lock of the embedded store, with real processes
# ---------------------------------------------------------------------------

HOLDER = textwrap.dedent(
    """
    import sys, time
    from kg.graph.store import open_store
    from tests.conftest import sample_documents
    doc, facts = sample_documents()[0]
    with open_store(sys.argv[1]) as store:
        store.add_document(doc, facts)
        print("holding", flush=True)
        sys.stdin.readline()
    """
)

WRITER = textwrap.dedent(
    """
    import sys
    from kg.errors import StoreLockedError
    from kg.graph.store import open_store
    from tests.conftest import sample_documents
    doc, facts = sample_documents()[1]
    try:
        with open_store(sys.argv[1], lock_timeout=float(sys.argv[2])) as store:
            store.add_document(doc, facts)
    except StoreLockedError as e:
        print("LOCKED:", e)
        sys.exit(3)
    print("WROTE")
    """
)


def _run(code: str, *args: str, **kw) -> subprocess.Popen[str]:
    root = Path(__file__).resolve().parent.parent
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        cwd=root,
        text=True,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        **kw,
    )


def test_store_lock_second_writer_gets_locked_error(tmp_path: Path) -> None:
    spec = str(tmp_path / "store")
    holder = _run(HOLDER, spec)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        writer = _run(WRITER, spec, "0.3")
        out, err = writer.communicate(timeout=60)
        assert writer.returncode == 3, err
        assert "LOCKED:" in out and str(tmp_path / "store") in out and "KG_LOCK_TIMEOUT" in out
    finally:
        holder.communicate("\n", timeout=60)
    assert holder.returncode == 0
    doc, _ = sample_documents()[0]
    with open_store(spec, create=False, read_only=True) as store:
        assert store.has_document(doc.hash)
        assert ("Microsoft", "invests_in", "OpenAI") in _facts(store)


def test_store_lock_second_writer_waits_for_the_first(tmp_path: Path) -> None:
    spec = str(tmp_path / "store")
    holder = _run(HOLDER, spec)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
    writer = _run(WRITER, spec, "60")
    holder.communicate("\n", timeout=60)
    out, err = writer.communicate(timeout=90)
    assert writer.returncode == 0, err
    assert out.strip() == "WROTE"
    with open_store(spec, create=False, read_only=True) as store:
        assert all(store.has_document(doc.hash) for doc, _ in sample_documents())


def test_store_lock_reader_waits_for_writer_in_same_process(tmp_path: Path) -> None:
    spec = str(tmp_path / "store")
    with open_store(spec) as store:
        store.add_document(*sample_documents()[0])
        with pytest.raises(StoreLockedError, match="being written by another process"):
            open_store(spec, create=False, read_only=True, lock_timeout=0.1)


def test_store_add_documents_in_one_batch(store_spec: str) -> None:
    with open_store(store_spec) as store:
        before = dict(store.requests)
        added = store.add_documents(sample_documents())
        assert added == store.triple_count()
        if store.requests:
            assert store.requests["update"] - before["update"] == 1
        assert store.add_documents(sample_documents()) == 0
        assert store.triple_count() == added


def test_store_forget_lone_surrogate_is_no_match(store_spec: str) -> None:
    with open_store(store_spec) as store:
        _fill(store)
        with pytest.raises(StoreError, match="no document matches"):
            store.forget("bad \udcff byte")


def test_store_hostile_iri_in_bindings_never_becomes_code(store_spec: str) -> None:
    hostile = Literal("x", datatype=URIRef("urn:x> } ; DROP ALL ; SELECT * { <urn:y"))
    with open_store(store_spec) as store:
        _fill(store)
        before = store.triple_count()
        if store.kind == "memory":  # in-memory bindings are terms, never query text
            assert list(store.query("SELECT ?s WHERE { ?s ?p ?o }", {"o": hostile})) == []
        else:
            with pytest.raises(StoreError, match="invalid IRI"):
                store.query("SELECT ?s WHERE { ?s ?p ?o }", {"o": hostile})
        assert store.triple_count() == before


def test_store_replacing_removes_stale_staging_folders(tmp_path: Path) -> None:
    spec = str(tmp_path / "store")
    stale = tmp_path / ".store.new-deadbeef"
    stale.mkdir()
    (stale / "junk").write_text("left by a killed build")
    with open_store(spec) as store, store.replacing() as fresh:
        fresh.add_document(*sample_documents()[0])
    assert not stale.exists()


@pytest.mark.parametrize(
    "spec", ["http://127.0.0.1:99999/query", "http:///query", "http://h/query,ftp://h/update"]
)
def test_store_invalid_endpoint_is_named(spec: str) -> None:
    with pytest.raises(StoreError, match="invalid SPARQL endpoint"):
        open_store(spec)


@pytest.mark.parametrize(("confidence", "lexical"), [(1.0, "1"), (0.0, "0"), (0.25, "0.25")])
def test_store_confidence_is_a_canonical_decimal(
    store_spec: str, confidence: float, lexical: str
) -> None:
    doc = make_doc("A invests in B.", "d")
    fact = make_fact(doc, "A", "invests_in", "B", confidence=confidence)
    with open_store(store_spec) as store:
        store.add_document(doc, [fact])
        (value,) = next(iter(store.query("SELECT ?c WHERE { ?e kgo:confidence ?c }")))
        assert (str(value), value.datatype) == (lexical, ns.XSD.decimal)


@pytest.mark.parametrize(
    ("spec", "scheme"),
    [
        ("memory", "memory"),
        ("output/store", "oxigraph"),
        ("/data/kg store", "oxigraph"),
        ("oxigraph:/data/store", "oxigraph"),
        ("C:\\data\\store", "oxigraph"),
        ("http://host:7878/query", "http"),
        ("HTTPS://host/sparql", "https"),
        ("memory:extra", "memory"),
    ],
)
def test_scheme_of_names_the_backend_module(spec: str, scheme: str) -> None:
    from kg.graph.backends import scheme_of

    assert scheme_of(spec) == scheme


def test_open_store_uses_a_registered_backend_module(monkeypatch: pytest.MonkeyPatch) -> None:
    """A new kind of store is one module with open_backend and one SCHEMES entry."""
    from kg.graph import backends

    monkeypatch.setitem(backends.SCHEMES, "scratch", "kg.graph.backends.memory")
    with open_store("scratch:anything") as store:
        assert store.kind == "memory"
        assert store.triple_count() == 0
