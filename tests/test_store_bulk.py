"""The store's write path on all three backends: exact counts when documents
share entities and facts, few requests per batch on an endpoint, and the bulk
methods ``add_triples`` and ``load_file``."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, URIRef

from kg.errors import InputError, StoreError, UsageError
from kg.graph import namespace as ns
from kg.graph.backends.common import plain_literal
from kg.graph.mapping import Triple, document_graph_triples
from kg.graph.store import KGStore, open_store
from kg.records import Document, Fact
from tests.conftest import OxigraphServer, make_doc, make_fact, sample_documents

Pair = tuple[Document, list[Fact]]


def _mapped(pairs: list[Pair]) -> set[Triple]:
    """Every triple the documents map to (the store must hold exactly these)."""
    return {t for doc, facts in pairs for t in document_graph_triples(doc, facts)}


def _content(store: KGStore) -> set[Triple]:
    return {(s, p, plain_literal(o)) for s, p, o in store.graph}


def _corpus(n: int, facts_per_doc: int = 2) -> list[Pair]:
    """``n`` documents with ``facts_per_doc`` facts each over seven shared entities."""
    names = ["Microsoft", "OpenAI", "Google", "Anthropic", "Nvidia", "Meta", "Amazon"]
    relations = ["invests_in", "partners_with", "competes_with"]
    pairs = []
    for i in range(n):
        doc = make_doc(f"Document {i}: deals and partnerships.", f"doc-{i}", title=f"Title {i}")
        facts = []
        for k in range(facts_per_doc):
            a, b = names[(i + k) % 7], names[(i + 2 * k + 1) % 7]
            facts.append(
                make_fact(
                    doc,
                    a,
                    relations[k % 3],
                    b,
                    f"Sentence {k}: {a} and {b}.",
                    start=40 * k,
                    amount="$1 billion" if k % 2 == 0 else None,
                    object_aliases=(b + " Inc.",) if k % 2 else (),
                )
            )
        pairs.append((doc, facts))
    return pairs


# ---------------------------------------------------------------------------
# add_documents: exact counts
# ---------------------------------------------------------------------------


def test_add_documents_counts_shared_triples_once(store_spec: str) -> None:
    (d1, f1), (d2, f2) = sample_documents()
    alone = len(_mapped([(d2, f2)]))
    with open_store(store_spec) as store:
        n1 = store.add_document(d1, f1)
        assert n1 == store.triple_count() == len(_mapped([(d1, f1)]))
        n2 = store.add_document(d2, f2)
        # d2 shares entities and the Microsoft invests_in OpenAI fact with d1.
        assert n2 < alone
        assert n1 + n2 == store.triple_count() == len(_mapped([(d1, f1), (d2, f2)]))
        assert store.add_document(d2, f2) == 0
        assert store.add_documents([(d1, f1), (d2, f2)]) == 0
        assert store.triple_count() == n1 + n2
        assert _content(store) == _mapped([(d1, f1), (d2, f2)])


def test_add_documents_batch_counts_each_triple_once(store_spec: str) -> None:
    pairs = _corpus(10)
    expected = _mapped(pairs)
    with open_store(store_spec) as store:
        # The first document twice in one batch: written once.
        assert store.add_documents([*pairs[:5], pairs[0]]) == len(_mapped(pairs[:5]))
        # A batch mixing stored and new documents counts only what the new ones add.
        added = store.add_documents(pairs)
        assert added == len(expected) - len(_mapped(pairs[:5]))
        assert store.triple_count() == len(expected)
        assert _content(store) == expected
        assert store.add_documents(pairs) == 0


def test_add_documents_after_forget_counts_the_document_again(store_spec: str) -> None:
    (d1, f1), (d2, f2) = sample_documents()
    with open_store(store_spec) as store:
        store.add_documents([(d1, f1), (d2, f2)])
        full = store.triple_count()
        store.forget(d1.hash)
        left = store.triple_count()
        # The document node and its evidence nodes went with it: all of them count again.
        assert store.add_document(d1, f1) == full - left
        assert store.triple_count() == full
        assert _content(store) == _mapped([(d1, f1), (d2, f2)])


def test_add_documents_same_text_other_metadata_is_skipped(store_spec: str) -> None:
    doc, facts = sample_documents()[0]
    twin = make_doc(doc.text, "other-id", title="Another title")
    with open_store(store_spec) as store:
        added = store.add_document(doc, facts)
        assert store.add_document(twin, facts) == 0
        assert store.triple_count() == added


@pytest.mark.server
@pytest.mark.parametrize("facts_per_doc", [1, 2, 6])
def test_add_documents_remote_requests_do_not_grow_with_triples(
    oxigraph_server: OxigraphServer, facts_per_doc: int
) -> None:
    oxigraph_server.reset()
    pairs = _corpus(10, facts_per_doc)
    with open_store(oxigraph_server.query_url) as store:
        before = dict(store.requests)
        added = store.add_documents(pairs)
        sent = {k: v - before[k] for k, v in store.requests.items()}
        assert added == store.triple_count() == len(_mapped(pairs))
        # One lookup of the content hashes, one of the shared triples, one write.
        assert sent == {"query": 2, "update": 1}
        # Stored documents: one lookup of their content hashes, nothing written.
        before = dict(store.requests)
        assert store.add_documents(pairs) == 0
        assert {k: v - before[k] for k, v in store.requests.items()} == {"query": 1, "update": 0}


@pytest.mark.server
def test_add_documents_remote_single_document_is_one_read_one_write(
    oxigraph_server: OxigraphServer,
) -> None:
    oxigraph_server.reset()
    doc, facts = sample_documents()[0]
    with open_store(oxigraph_server.query_url) as store:
        before = dict(store.requests)
        assert store.add_document(doc, facts) > 0
        assert {k: v - before[k] for k, v in store.requests.items()} == {"query": 1, "update": 1}
        before = dict(store.requests)
        assert store.add_document(doc, facts) == 0
        assert {k: v - before[k] for k, v in store.requests.items()} == {"query": 1, "update": 0}


# ---------------------------------------------------------------------------
# add_triples
# ---------------------------------------------------------------------------

EX = "https://example.org/"
CUSTOM = URIRef(EX + "type/custom")


def _raw_triples() -> list[Triple]:
    """Project-shaped triples plus literals that differ only in language or datatype.

    The datatype IRI is also used as a subject and an object, so the IRI cache
    sees it in every position.
    """
    s, p = URIRef(EX + "s"), URIRef(EX + "p")
    extra: list[Triple] = [
        (s, p, Literal("chat")),
        (s, p, Literal("chat", lang="fr")),
        (s, p, Literal("chat", lang="en")),
        (s, p, Literal("chat", datatype=CUSTOM)),
        (s, p, Literal("5", datatype=ns.XSD.integer)),
        (s, p, Literal("5", datatype=CUSTOM)),
        (CUSTOM, p, CUSTOM),
        (s, p, Literal('quote " and \\ and\nnewline', lang="en-gb")),
    ]
    return sorted(_mapped(sample_documents())) + extra


def test_add_triples_round_trips(store_spec: str) -> None:
    triples = _raw_triples()
    with open_store(store_spec) as store:
        store.add_triples(iter(triples))
        assert store.triple_count() == len(set(triples))
        assert _content(store) == set(triples)
        # Adding them again changes nothing.
        store.add_triples(triples)
        assert store.triple_count() == len(set(triples))


def test_add_triples_language_and_datatype_literals_stay_distinct(store_spec: str) -> None:
    s, p = URIRef(EX + "s"), URIRef(EX + "p")
    with open_store(store_spec) as store:
        store.add_triples(_raw_triples())
        rows = store.query("SELECT ?o WHERE { ?s ?p ?o }", {"s": s, "p": p})
        values = {(str(o), o.language, o.datatype) for (o,) in rows}
        assert ("chat", "fr", None) in values
        assert ("chat", "en", None) in values
        assert ("chat", None, None) in values or ("chat", None, ns.XSD.string) in values
        assert ("chat", None, CUSTOM) in values
        assert ("5", None, ns.XSD.integer) in values
        assert ("5", None, CUSTOM) in values
        assert len(values) == 7


def test_add_triples_chunks(store_spec: str) -> None:
    triples = _raw_triples()
    with open_store(store_spec) as store:
        store._backend.insert_chunk = 7
        before = dict(store.requests)
        store.add_triples(triples)
        assert store.triple_count() == len(set(triples))
        if store.requests:
            assert store.requests["update"] - before["update"] == -(-len(triples) // 7)


def test_add_triples_blank_nodes(store_spec: str) -> None:
    triples: list[Triple] = [(BNode(), URIRef(EX + "p"), Literal("x"))]
    with open_store(store_spec) as store:
        if store.kind == "sparql":
            with pytest.raises(StoreError, match="blank node"):
                store.add_triples(triples)
            assert store.triple_count() == 0
        else:
            store.add_triples(triples)
            assert store.triple_count() == 1


# ---------------------------------------------------------------------------
# load_file
# ---------------------------------------------------------------------------


def _write(tmp_path: Path, fmt: str) -> Path:
    g = Graph()
    g.bind("ex", EX)
    for t in _raw_triples():
        g.add(t)
    path = tmp_path / ("data.nt" if fmt == "nt" else "data.ttl")
    g.serialize(destination=str(path), format=fmt, encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", ["nt", "turtle"])
def test_load_file_matches_rdflib_parse(store_spec: str, tmp_path: Path, fmt: str) -> None:
    path = _write(tmp_path, fmt)
    expected = {(s, p, plain_literal(o)) for s, p, o in Graph().parse(str(path), format=fmt)}
    assert expected == set(_raw_triples())
    with open_store(store_spec) as store:
        store.load_file(path, fmt=fmt)
        assert store.triple_count() == len(expected)
        assert _content(store) == expected


def test_load_file_bad_syntax_names_the_file(store_spec: str, tmp_path: Path) -> None:
    path = tmp_path / "bad.nt"
    good = "<https://example.org/a> <https://example.org/p> <https://example.org/b> .\n"
    path.write_text(good * 3 + "<https://example.org/a> broken .\n", encoding="utf-8")
    with open_store(store_spec) as store:
        with pytest.raises(InputError, match=r"cannot parse '.*bad\.nt' as nt") as info:
            store.load_file(path)
        assert "\n" not in str(info.value)
        if store.kind != "oxigraph":
            assert store.triple_count() == 0  # parsed whole before anything is written
        with pytest.raises(InputError, match=r"bad\.nt"):
            store.load_file(path, transactional=True)


def test_load_file_transactional_bad_syntax_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "bad.ttl"
    good = "<https://example.org/a> <https://example.org/p> <https://example.org/b> .\n"
    path.write_text(good * 50 + "<https://example.org/a> broken .\n", encoding="utf-8")
    with open_store(str(tmp_path / "store")) as store:
        with pytest.raises(InputError, match=r"bad\.ttl"):
            store.load_file(path, fmt="turtle", transactional=True)
        assert store.triple_count() == 0
        store.load_file(_write(tmp_path, "turtle"), fmt="turtle", transactional=True)
        assert store.triple_count() == len(set(_raw_triples()))


def test_load_file_refuses_unknown_format_and_missing_file(store_spec: str, tmp_path: Path) -> None:
    with open_store(store_spec) as store:
        with pytest.raises(UsageError, match="unknown file format 'rdfxml'"):
            store.load_file(_write(tmp_path, "nt"), fmt="rdfxml")
        with pytest.raises(InputError, match="no such file"):
            store.load_file(tmp_path / "missing.nt")


def test_load_file_blank_nodes(store_spec: str, tmp_path: Path) -> None:
    path = tmp_path / "blank.nt"
    path.write_text(
        '_:a <https://example.org/p> "x" .\n_:a <https://example.org/q> _:b .\n', encoding="utf-8"
    )
    with open_store(store_spec) as store:
        if store.kind == "sparql":
            with pytest.raises(StoreError, match="blank nodes"):
                store.load_file(path)
            assert store.triple_count() == 0
        else:
            store.load_file(path)
            assert store.triple_count() == 2
            rows = store.query("SELECT ?x WHERE { ?x <https://example.org/q> ?y . ?x ?p 'x' }")
            assert len(rows) == 1  # _:a is one node in both triples


# ---------------------------------------------------------------------------
# Read-only stores
# ---------------------------------------------------------------------------


def _read_only(store_spec: str) -> KGStore:
    if store_spec != "memory" and not store_spec.startswith("http"):
        with open_store(store_spec) as store:
            store.add_documents(sample_documents())
    return open_store(store_spec, create=False, read_only=True)


def test_bulk_writes_refused_on_read_only_store(store_spec: str, tmp_path: Path) -> None:
    path = _write(tmp_path, "nt")
    with _read_only(store_spec) as store:
        before = store.triple_count()
        with pytest.raises(StoreError, match="read-only"):
            store.add_triples(_raw_triples())
        with pytest.raises(StoreError, match="read-only"):
            store.load_file(path)
        with pytest.raises(StoreError, match="read-only"):
            store.add_documents(sample_documents())
        assert store.triple_count() == before
        assert store.requests.get("update", 0) == 0


# ---------------------------------------------------------------------------
# An endpoint answering lookups with garbage
# ---------------------------------------------------------------------------


@pytest.fixture
def garbage_endpoint() -> Iterator[tuple[str, list[str], list[bytes]]]:
    """A loopback HTTP server answering every request with the next body of ``bodies``
    (JSON content type); yields its query URL, the paths requested, and ``bodies``."""
    paths: list[str] = []
    bodies: list[bytes] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            paths.append(self.path.split("?", 1)[0])
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            body = bodies.pop(0) if bodies else b"{}"
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/query", paths, bodies
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)


@pytest.mark.parametrize(
    "body",
    [
        b"not json",
        b'{"head": {}}',
        b'{"results": {"bindings": [{"i": {"type": "literal", "value": "x"}}]}}',
        b'{"results": {"bindings": [{"j": {"type": "literal", "value": "1"}}]}}',
    ],
    ids=["not-json", "no-results", "not-a-number", "other-variable"],
)
def test_add_documents_unreadable_lookup_is_a_store_error(
    garbage_endpoint: tuple[str, list[str], list[bytes]], body: bytes
) -> None:
    url, paths, bodies = garbage_endpoint
    bodies.append(body)
    doc, facts = sample_documents()[0]
    with (
        open_store(url) as store,
        pytest.raises(StoreError, match=r"/query answered a lookup kg cannot read"),
    ):
        store.add_document(doc, facts)
    assert paths == ["/query"]  # nothing written after an unreadable lookup
