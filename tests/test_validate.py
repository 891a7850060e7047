"""SHACL validation of graphs built by kg."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from rdflib import Graph, Literal

from kg.graph import namespace as ns
from kg.graph.iri import entity_iri
from kg.graph.store import open_store
from kg.graph.validate import validate_graph
from tests.conftest import sample_documents


def _built(spec: str = "memory") -> Graph:
    g = Graph()
    with open_store(spec) as store:
        for doc, facts in sample_documents():
            store.add_document(doc, facts)
        g += store.graph
    return g


def test_validate_built_graph_conforms() -> None:
    ok, report = validate_graph(_built())
    assert ok, report
    assert report.startswith("conforms")


def test_validate_embedded_store_graph_conforms(tmp_path) -> None:
    with open_store(str(tmp_path / "store")) as store:
        for doc, facts in sample_documents():
            store.add_document(doc, facts)
        ok, report = validate_graph(store.graph)
    assert ok, report


def _evidence(g: Graph):
    return next(iter(g.subjects(ns.KGO.certainty, None)))


def _drop_label(g: Graph) -> None:
    g.remove((entity_iri("Microsoft"), ns.RDFS.label, None))


def _bad_confidence(g: Graph) -> None:
    g.set((_evidence(g), ns.KGO.confidence, Literal("2.0", datatype=ns.XSD.decimal)))


def _bad_certainty(g: Graph) -> None:
    g.set((_evidence(g), ns.KGO.certainty, Literal("maybe")))


def _untyped_subject(g: Graph) -> None:
    g.remove((entity_iri("Google"), ns.RDF.type, None))


def _two_classes(g: Graph) -> None:
    g.add((entity_iri("Microsoft"), ns.RDF.type, ns.KGO.CloudPlatform))


def _no_hash(g: Graph) -> None:
    g.remove((None, ns.KGO.contentHash, None))


@pytest.mark.parametrize(
    ("break_it", "expected"),
    [
        (_drop_label, "rdfs:label"),
        (_bad_confidence, "kgo:confidence"),
        (_bad_certainty, '"maybe"'),
        (_untyped_subject, "entity classes"),
        (_no_hash, "kgo:contentHash"),
        (_two_classes, "two entity classes"),
    ],
)
def test_validate_broken_graph_names_the_problem(
    break_it: Callable[[Graph], None], expected: str
) -> None:
    g = _built()
    break_it(g)
    ok, report = validate_graph(g)
    assert not ok
    assert report.startswith("does not conform")
    assert expected in report


def test_validate_one_span_given_twice_keeps_one_confidence(store_spec: str) -> None:
    from tests.conftest import make_doc, make_fact

    doc = make_doc("Cohere invests in Mistral.", "twice")
    weak = make_fact(doc, "Cohere", "invests_in", "Mistral", confidence=0.2, certainty="reported")
    strong = make_fact(doc, "Cohere", "invests_in", "Mistral", confidence=0.9)
    with open_store(store_spec) as st:
        st.add_document(doc, [weak, strong])
        conforms, report = validate_graph(st.graph)
        values = sorted(float(o) for _s, p, o in st.graph if p == ns.KGO.confidence)
        certainty = {str(o) for _s, p, o in st.graph if p == ns.KGO.certainty}
    assert conforms, report
    assert values == [0.9]
    assert certainty == {"stated"}
