"""Analytics over hand-built graphs: networkx conversion, resolve, paths, ego, stats."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from kg.errors import KGError, UsageError
from kg.query.analytics import (
    ego_facts,
    graph_stats,
    pagerank,
    resolve_entity,
    shortest_relation_path,
    to_networkx,
)
from tests.kg_graphs import BASE, KGO, GraphBuilder, industry_graph, real_store_facts


@pytest.fixture(scope="module")
def graph():
    return industry_graph()


def iri(name: str) -> str:
    return str(BASE["entity/" + name.replace(" ", "_")])


def test_to_networkx_nodes_carry_label_class_aliases(graph):
    g = to_networkx(graph)
    assert g.number_of_nodes() == 9
    ms = g.nodes[iri("Microsoft")]
    assert ms["label"] == "Microsoft"
    assert ms["class"] == "Organization"
    assert ms["aliases"] == ["MSFT", "Microsoft Corp."]
    assert g.nodes[iri("Azure")]["class"] == "CloudPlatform"


def test_to_networkx_one_edge_per_fact_with_support(graph):
    g = to_networkx(graph)
    assert g.number_of_edges() == 8
    edge = g.edges[iri("Microsoft"), iri("OpenAI"), "invests_in"]
    assert edge["support"] == 2
    assert edge["certainty"] == "stated"
    assert [e["title"] for e in edge["evidence"]] == ["Microsoft deepens OpenAI bet", "Cloud deals"]
    first = edge["evidence"][0]
    assert first["sentence"] == "Microsoft invests $10 billion in OpenAI."
    assert first["amount"] == "$10B"
    assert first["url"] == "https://example.com/a"
    assert first["doc_date"] == "2023-01-23"
    assert first["confidence"] == pytest.approx(0.8)
    assert edge["evidence"][1]["path"] == "corpus/b.txt"


def test_to_networkx_reported_only_fact_is_reported(graph):
    g = to_networkx(graph)
    assert g.edges[iri("Nvidia"), iri("OpenAI"), "invests_in"]["certainty"] == "reported"


def test_to_networkx_symmetric_fact_asserted_both_ways_is_one_edge():
    b = GraphBuilder()
    a, c = b.entity("Alpha"), b.entity("Beta")
    doc = b.document("d")
    b.fact(a, "partners_with", c, doc, "Alpha partners with Beta.")
    b.fact(c, "partners_with", a, doc, "Beta and Alpha team up.")
    g = to_networkx(b.graph)
    assert g.number_of_edges() == 1
    (_, _, data), *_ = g.edges(data=True)
    assert data["support"] == 1
    assert len(data["evidence"]) == 2


def test_to_networkx_untyped_endpoint_becomes_entity_node():
    b = GraphBuilder()
    a = b.entity("Alpha")
    b.graph.add((a, KGO.acquires, BASE["entity/Mystery"]))
    g = to_networkx(b.graph)
    node = g.nodes[str(BASE["entity/Mystery"])]
    assert node["class"] == "Entity"
    assert node["label"] == "Mystery"
    assert g.edges[str(a), str(BASE["entity/Mystery"]), "acquires"]["support"] == 0


def test_to_networkx_empty_graph():
    g = to_networkx(GraphBuilder().graph)
    assert (g.number_of_nodes(), g.number_of_edges()) == (0, 0)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Microsoft", "Microsoft"),
        ("microsoft", "Microsoft"),
        ("  MICROSOFT ", "Microsoft"),
        ("msft", "Microsoft"),
        ("Microsoft Azure", "Azure"),
        ("sam altman", "Sam Altman"),
    ],
)
def test_resolve_entity_by_label_or_alias(graph, name, expected):
    assert resolve_entity(graph, name) == iri(expected)


def test_resolve_entity_label_beats_alias():
    b = GraphBuilder()
    b.entity("Meta", aliases=("Facebook",))
    fb = b.entity("Facebook", "Product")
    assert resolve_entity(b.graph, "facebook") == str(fb)


def test_resolve_entity_unknown_suggests_close_match(graph):
    with pytest.raises(UsageError) as info:
        resolve_entity(graph, "Microsfot")
    assert "'Microsfot'" in str(info.value)
    assert "did you mean 'Microsoft'" in str(info.value)


def test_resolve_entity_unknown_without_close_match(graph):
    with pytest.raises(UsageError, match="unknown entity 'Zzyzx'"):
        resolve_entity(graph, "Zzyzx")


def test_resolve_entity_name_is_bound_not_spliced(graph):
    hostile = '" } UNION { ?entity ?p ?o } #'
    with pytest.raises(UsageError, match="unknown entity"):
        resolve_entity(graph, hostile)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (
            "Sam Altman",
            "Azure",
            [("Sam Altman", "leads", "OpenAI"), ("OpenAI", "uses", "Azure")],
        ),
        (
            "GPT-4",
            "Nvidia",
            [("OpenAI", "develops", "GPT-4"), ("Nvidia", "invests_in", "OpenAI")],
        ),
        ("Mistral AI", "Paris", [("Mistral AI", "based_in", "Paris")]),
        ("OpenAI", "openai", []),
    ],
)
def test_shortest_relation_path_hops_in_true_direction(graph, a, b, expected):
    assert shortest_relation_path(graph, a, b) == expected


def test_shortest_relation_path_no_path_raises(graph):
    with pytest.raises(KGError) as info:
        shortest_relation_path(graph, "Microsoft", "Paris")
    assert "'Microsoft'" in str(info.value)
    assert "'Paris'" in str(info.value)


def test_ego_facts_depth_one(graph):
    facts = ego_facts(graph, "Azure")
    assert facts == [
        ("Microsoft", "develops", "Azure"),
        ("Microsoft", "invests_in", "OpenAI"),
        ("OpenAI", "uses", "Azure"),
    ]


def test_ego_facts_depth_two_reaches_further(graph):
    facts = ego_facts(graph, "Azure", depth=2)
    assert ("Sam Altman", "leads", "OpenAI") in facts
    assert ("Mistral AI", "based_in", "Paris") not in facts
    assert len(facts) == 7


def test_ego_facts_depth_zero_is_empty(graph):
    assert ego_facts(graph, "OpenAI", depth=0) == []


def test_ego_facts_negative_depth_raises(graph):
    with pytest.raises(UsageError, match="depth"):
        ego_facts(graph, "OpenAI", depth=-1)


def test_graph_stats_counts(graph):
    stats = graph_stats(SimpleNamespace(graph=graph))
    assert stats["entities"] == 9
    assert stats["facts"] == 8
    assert stats["documents"] == 3
    assert stats["evidence"] == 9
    assert stats["classes"]["Organization"] == 5
    assert stats["classes"]["Hardware"] == 0
    assert stats["relations"]["invests_in"] == 2
    assert stats["relations"]["sues"] == 0
    assert stats["facts_by_support"] == {"1": 7, "2": 1}
    assert stats["certainty"] == {"stated": 7, "reported": 1}


def test_graph_stats_top_entities(graph):
    stats = graph_stats(SimpleNamespace(graph=graph), top=3)
    assert len(stats["top_degree"]) == 3
    top = stats["top_degree"][0]
    assert (top["label"], top["class"], top["degree"]) == ("OpenAI", "Organization", 6)
    assert stats["top_pagerank"][0]["label"] == "OpenAI"
    ranks = [r["pagerank"] for r in stats["top_pagerank"]]
    assert ranks == sorted(ranks, reverse=True)


def test_graph_stats_empty_graph():
    stats = graph_stats(SimpleNamespace(graph=GraphBuilder().graph))
    assert stats["entities"] == stats["facts"] == stats["documents"] == 0
    assert stats["top_degree"] == []


def test_pagerank_ranks_the_invested_hub_first():
    b = GraphBuilder()
    doc = b.document("d")
    hub = b.entity("Hub")
    mid = b.entity("Mid")
    for i in range(5):
        b.fact(b.entity(f"Backer {i}"), "invests_in", hub, doc, f"Backer {i} invests in Hub.")
    b.fact(b.entity("Lone"), "invests_in", mid, doc, "Lone invests in Mid.")
    pr = pagerank(to_networkx(b.graph))
    order = sorted(pr, key=pr.get, reverse=True)
    assert order[0] == str(hub)
    assert order[1] == str(mid)
    assert sum(pr.values()) == pytest.approx(1.0)


@pytest.mark.server
def test_graph_stats_on_every_store(store_spec):
    from kg.graph.store import open_store

    doc, facts = real_store_facts()
    with open_store(store_spec) as store:
        store.add_document(doc, facts)
        stats = graph_stats(store)
        assert resolve_entity(store.graph, "msft").endswith("/Microsoft")
        path = shortest_relation_path(store.graph, "Microsoft", "Apple")
        g = to_networkx(store.graph)
    evidence = [e for _, _, d in g.edges(data=True) for e in d["evidence"]]
    assert {(e["title"], e["url"], e["doc_date"]) for e in evidence} == {
        ("Deals", "https://example.com/deals", "2024-02-02")
    }
    counts = (stats["entities"], stats["facts"], stats["documents"], stats["evidence"])
    assert counts == (3, 2, 1, 2)
    assert stats["relations"]["partners_with"] == 1
    assert path[0] == ("Microsoft", "invests_in", "OpenAI")
    assert path[1][1] == "partners_with"
