"""The store's write path on all three backends: exact counts when documents
share entities and facts, and few requests per batch on an endpoint."""

from __future__ import annotations

import pytest

from kg.graph.backends import plain_literal
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


def _corpus(n: int) -> list[Pair]:
    """``n`` documents with two facts each over five shared entities."""
    names = ["Microsoft", "OpenAI", "Google", "Anthropic", "Nvidia"]
    pairs = []
    for i in range(n):
        doc = make_doc(f"Document {i}: a deal and a partnership.", f"doc-{i}", title=f"Title {i}")
        a, b, c = names[i % 5], names[(i + 1) % 5], names[(i + 2) % 5]
        facts = [
            make_fact(doc, a, "invests_in", b, f"{a} invests in {b}.", amount="$1 billion"),
            make_fact(
                doc,
                b,
                "partners_with",
                c,
                f"{b} partners with {c}.",
                start=30,
                object_aliases=(c + " Inc.",),
            ),
        ]
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
def test_add_documents_remote_requests_do_not_grow_with_triples(
    oxigraph_server: OxigraphServer,
) -> None:
    oxigraph_server.reset()
    pairs = _corpus(10)
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
