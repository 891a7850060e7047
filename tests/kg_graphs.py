"""Small RDF graphs written by hand in the shape of ontology/README.md, for tests.

They let the analytics and view tests run on exact, known graphs without the extractor.
"""

from __future__ import annotations

import hashlib
import random
from urllib.parse import quote

from rdflib import Graph, Literal, Namespace, URIRef

from kg.config import DEFAULT_BASE_IRI
from kg.graph.namespace import DCTERMS, KGO, PROV, RDF, RDFS, SCHEMA, SKOS, XSD

BASE = Namespace(DEFAULT_BASE_IRI)


class GraphBuilder:
    """Adds entities, documents and evidenced facts to an rdflib Graph."""

    def __init__(self) -> None:
        self.graph = Graph()
        self.graph.bind("kgo", KGO)

    def entity(self, name: str, cls: str = "Organization", aliases: tuple[str, ...] = ()) -> URIRef:
        iri = BASE["entity/" + quote(name.replace(" ", "_"), safe="")]
        self.graph.add((iri, RDF.type, KGO[cls]))
        self.graph.add((iri, RDFS.label, Literal(name)))
        for alias in aliases:
            self.graph.add((iri, SKOS.altLabel, Literal(alias)))
        return iri

    def document(
        self,
        doc_id: str,
        *,
        title: str | None = None,
        date: str | None = None,
        url: str | None = None,
        path: str | None = None,
    ) -> URIRef:
        iri = BASE["doc/" + hashlib.sha256(doc_id.encode()).hexdigest()]
        g = self.graph
        g.add((iri, RDF.type, KGO.Document))
        g.add((iri, DCTERMS.identifier, Literal(doc_id)))
        if title is not None:
            g.add((iri, DCTERMS.title, Literal(title)))
        if date is not None:
            g.add((iri, DCTERMS.date, Literal(date, datatype=XSD.date)))
        if url is not None:
            g.add((iri, SCHEMA.url, Literal(url, datatype=XSD.anyURI)))
        if path is not None:
            g.add((iri, KGO.sourcePath, Literal(path)))
        return iri

    def fact(
        self,
        s: URIRef,
        relation: str,
        o: URIRef,
        doc: URIRef,
        sentence: str,
        *,
        certainty: str = "stated",
        amount: str | None = None,
        confidence: float = 0.8,
    ) -> URIRef:
        g = self.graph
        g.add((s, KGO[relation], o))
        digest = hashlib.sha256(f"{doc}|{s}|{relation}|{o}|{sentence}".encode()).hexdigest()
        ev = BASE["evidence/" + digest[:32]]
        g.add((ev, RDF.type, RDF.Statement))
        g.add((ev, RDF.type, KGO.Evidence))
        g.add((ev, RDF.subject, s))
        g.add((ev, RDF.predicate, KGO[relation]))
        g.add((ev, RDF.object, o))
        g.add((ev, PROV.wasDerivedFrom, doc))
        g.add((ev, KGO.sentence, Literal(sentence)))
        g.add((ev, KGO.startOffset, Literal(0)))
        g.add((ev, KGO.endOffset, Literal(len(sentence))))
        g.add((ev, KGO.confidence, Literal(str(confidence), datatype=XSD.decimal)))
        g.add((ev, KGO.certainty, Literal(certainty)))
        if amount is not None:
            g.add((ev, KGO.amount, Literal(amount)))
        return ev


def industry_graph() -> Graph:
    """A small graph: two components, a fact with two documents, a reported-only fact.

    Component 1: Microsoft -invests_in-> OpenAI (2 docs), OpenAI -develops-> GPT-4,
    OpenAI -uses-> Azure, Microsoft -develops-> Azure, Sam Altman -leads-> OpenAI,
    Nvidia -invests_in-> OpenAI (reported only), Google -competes_with- OpenAI.
    Component 2: Mistral AI -based_in-> Paris.
    """
    b = GraphBuilder()
    ms = b.entity("Microsoft", aliases=("MSFT", "Microsoft Corp."))
    oa = b.entity("OpenAI")
    gpt = b.entity("GPT-4", "AIModel")
    azure = b.entity("Azure", "CloudPlatform", aliases=("Microsoft Azure",))
    sam = b.entity("Sam Altman", "Person")
    nv = b.entity("Nvidia")
    goog = b.entity("Google")
    mistral = b.entity("Mistral AI")
    paris = b.entity("Paris", "Location")
    d1 = b.document(
        "d1", title="Microsoft deepens OpenAI bet", date="2023-01-23", url="https://example.com/a"
    )
    d2 = b.document("d2", title="Cloud deals", date="2024-03-01", path="corpus/b.txt")
    d3 = b.document("d3", title="Chip makers", date="2022-05-05", url="https://example.com/c")
    b.fact(ms, "invests_in", oa, d1, "Microsoft invests $10 billion in OpenAI.", amount="$10B")
    b.fact(ms, "invests_in", oa, d2, "Microsoft, which backs OpenAI, said on Friday.")
    b.fact(oa, "develops", gpt, d1, "OpenAI released GPT-4.")
    b.fact(oa, "uses", azure, d2, "OpenAI runs on Azure.")
    b.fact(ms, "develops", azure, d2, "Microsoft's Azure cloud grew.")
    b.fact(sam, "leads", oa, d1, "OpenAI CEO Sam Altman spoke.")
    b.fact(nv, "invests_in", oa, d3, "Nvidia reportedly invests in OpenAI.", certainty="reported")
    b.fact(goog, "competes_with", oa, d3, "Google competes with OpenAI.")
    b.fact(mistral, "based_in", paris, d2, "Paris-based Mistral AI raised money.")
    return b.graph


def synthetic_graph(n_nodes: int, n_edges: int, seed: int = 7) -> Graph:
    """A random graph of ``n_nodes`` entities and about ``n_edges`` evidenced facts."""
    rng = random.Random(seed)
    b = GraphBuilder()
    classes = ["Organization", "Person", "Product", "AIModel", "CloudPlatform", "Hardware"]
    nodes = [b.entity(f"Entity {i}", classes[i % len(classes)]) for i in range(n_nodes)]
    docs = [
        b.document(f"doc{i}", title=f"Article {i}", date=f"2024-{1 + i % 12:02d}-01")
        for i in range(50)
    ]
    relations = ["invests_in", "uses", "develops", "integrates", "acquires"]
    # A preferential-attachment flavour: low indices become hubs, as in real news.
    for i in range(1, n_nodes):
        j = int(rng.random() ** 2 * i)
        b.fact(nodes[i], rng.choice(relations), nodes[j], rng.choice(docs), f"Sentence {i}.")
    for k in range(max(0, n_edges - (n_nodes - 1))):
        i, j = rng.randrange(n_nodes), rng.randrange(n_nodes)
        if i != j:
            b.fact(nodes[i], rng.choice(relations), nodes[j], rng.choice(docs), f"Extra {k}.")
    return b.graph


def real_store_facts():
    """One document with two facts, for tests that write through a real store."""
    from kg.records import Document, Fact

    doc = Document(
        "Microsoft invests in OpenAI. OpenAI partners with Apple.",
        id="real-1",
        title="Deals",
        date="2024-02-02",
        url="https://example.com/deals",
    )
    facts = [
        Fact(
            doc.id,
            "Microsoft",
            "Organization",
            "invests_in",
            "OpenAI",
            "Organization",
            "Microsoft invests in OpenAI.",
            0,
            28,
            subject_aliases=("MSFT",),
        ),
        Fact(
            doc.id,
            "OpenAI",
            "Organization",
            "partners_with",
            "Apple",
            "Organization",
            "OpenAI partners with Apple.",
            29,
            56,
        ),
    ]
    return doc, facts
