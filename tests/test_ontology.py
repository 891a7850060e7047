"""The ontology file, its Python constants, and IRI minting."""

from __future__ import annotations

import pyoxigraph
import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg.config import ONTOLOGY_NS, ontology_dir
from kg.errors import UsageError
from kg.graph import namespace as ns
from kg.graph.iri import check_base_iri, document_iri, entity_iri, evidence_iri, slug
from kg.records import ENTITY_CLASSES, RELATIONS

DECLARED_TYPES = (
    OWL.Class,
    OWL.ObjectProperty,
    OWL.DatatypeProperty,
    OWL.SymmetricProperty,
    OWL.AnnotationProperty,
)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ontology_dir() / "ontology.ttl", format="turtle")


def _declared(graph: Graph) -> set[str]:
    names = set()
    for t in DECLARED_TYPES:
        for s in graph.subjects(RDF.type, t):
            if isinstance(s, URIRef) and str(s).startswith(ONTOLOGY_NS):
                names.add(str(s)[len(ONTOLOGY_NS) :])
    return names


def test_ontology_terms_in_ttl_are_python_constants(ontology: Graph) -> None:
    missing = _declared(ontology) - ns.kgo_terms()
    assert not missing, (
        f"declared in ontology.ttl but not in KGO: {sorted(missing)}: "
        "add them to KGO in kg/graph/namespace.py"
    )


def test_ontology_python_constants_are_in_ttl(ontology: Graph) -> None:
    missing = ns.kgo_terms() - _declared(ontology)
    assert not missing, f"in KGO but not declared in ontology.ttl: {sorted(missing)}"


def test_ontology_every_kgo_iri_used_is_declared(ontology: Graph) -> None:
    used = {
        str(n)[len(ONTOLOGY_NS) :]
        for triple in ontology
        for n in triple
        if isinstance(n, URIRef) and str(n).startswith(ONTOLOGY_NS)
    }
    assert used <= _declared(ontology)


def test_ontology_unknown_term_raises() -> None:
    with pytest.raises(AttributeError, match="invest_in"):
        ns.KGO.invest_in  # noqa: B018


def test_ontology_every_term_has_label_and_comment(ontology: Graph) -> None:
    for name in sorted(_declared(ontology)):
        term = URIRef(ONTOLOGY_NS + name)
        assert ontology.value(term, RDFS.label) is not None, name
        assert ontology.value(term, RDFS.comment) is not None, name


def test_ontology_has_versioned_header(ontology: Graph) -> None:
    assert (ns.ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(ns.ONTOLOGY_IRI, OWL.versionInfo) is not None


def test_ontology_relations_match_the_guideline(ontology: Graph) -> None:
    props = {
        str(s)[len(ONTOLOGY_NS) :]
        for s in ontology.subjects(RDF.type, OWL.ObjectProperty)
        if str(s).startswith(ONTOLOGY_NS)
    }
    # The links of deal events and documents are object properties too, but no relations.
    assert props == {*RELATIONS, "supplies", *DEAL_LINKS, "story"}
    for name in props:
        term = ns.kgo(name)
        assert ontology.value(term, RDFS.domain) is not None, name
        assert ontology.value(term, RDFS.range) is not None, name


DEAL_LINKS = {"event", "target", "leadInvestor", "participant", "acquirer"}


def test_ontology_deal_classes_and_roles_match_the_records(ontology: Graph) -> None:
    from kg.records import DEAL_KINDS, DEAL_ROLES

    for kind in DEAL_KINDS:
        assert (ns.kgo(kind), RDFS.subClassOf, ns.KGO.Deal) in ontology, kind
    for role in DEAL_ROLES:
        assert ontology.value(ns.kgo(role), RDFS.domain) == ns.KGO.Deal, role


def test_ontology_entity_classes_are_entities(ontology: Graph) -> None:
    for name in ENTITY_CLASSES:
        assert (ns.kgo(name), RDFS.subClassOf, ns.KGO.Entity) in ontology
    assert (ns.KGO.Evidence, RDFS.subClassOf, RDF.Statement) in ontology


def test_ontology_symmetric_properties(ontology: Graph) -> None:
    symmetric = set(ontology.subjects(RDF.type, OWL.SymmetricProperty))
    assert symmetric == {ns.KGO.partners_with, ns.KGO.competes_with}


def test_ontology_supplies_is_inverse_of_uses(ontology: Graph) -> None:
    assert (ns.KGO.supplies, OWL.inverseOf, ns.KGO.uses) in ontology


def test_ontology_union_domains_list_every_class(ontology: Graph) -> None:
    domain = ontology.value(ns.KGO.invests_in, RDFS.domain)
    members = set(ontology.items(ontology.value(domain, OWL.unionOf)))
    assert members == {ns.KGO.Organization, ns.KGO.Person}


@pytest.mark.parametrize("name", ["ontology.ttl", "shapes.ttl"])
def test_ontology_files_parse_in_pyoxigraph(name: str) -> None:
    path = ontology_dir() / name
    quads = list(pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(quads) == len(Graph().parse(path, format="turtle"))


# ---------------------------------------------------------------------------
# IRIs
# ---------------------------------------------------------------------------

NAMES = [
    "OpenAI",
    "Amazon Web Services",
    'Quote " and <angle> and {brace} and }',
    "back\\slash and # hash and ? query and % percent",
    "line\nbreak\ttab\x00nul\x1fcontrol\x7fdel",
    "rtl \u200f\u202e mark",
    "emoji 🤖🚀",
    "百度 文心一言",
    "Ελληνικά and русский and العربية",
    "e\u0301 combining",
    "..",
    ".",
    "under_score",
    "\udcff lone surrogate",
    "葛\U000e0100城 variation selector",
]


@pytest.mark.parametrize("name", NAMES, ids=[f"name{i}" for i in range(len(NAMES))])
def test_iri_entity_is_a_valid_iri(name: str) -> None:
    iri = entity_iri(name)
    pyoxigraph.NamedNode(str(iri))  # Oxigraph rejects invalid IRIs
    assert not any(c in str(iri) for c in ' <>"{}|\\^`\n\t')
    assert entity_iri(name) == iri


def test_iri_distinct_names_get_distinct_iris() -> None:
    iris = {entity_iri(n) for n in NAMES}
    assert len(iris) == len(NAMES)
    assert entity_iri("Open AI") != entity_iri("Open_AI")


def test_iri_names_are_nfc_normalized() -> None:
    assert entity_iri("e\u0301") == entity_iri("\u00e9")


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Amazon Web Services", "Amazon_Web_Services"), ("GPT-4o", "GPT-4o"), ("百度", "百度")],
)
def test_iri_slug_keeps_readable_names(name: str, expected: str) -> None:
    assert slug(name) == expected


def test_iri_uses_the_base() -> None:
    base = "https://example.org/kg/"
    assert entity_iri("OpenAI", base) == URIRef(base + "entity/OpenAI")
    assert document_iri("a" * 64, base) == URIRef(base + "doc/" + "a" * 64)
    assert str(evidence_iri("a" * 64, "s", "uses", "o", 0, 5, base)).startswith(base + "evidence/")


def test_iri_evidence_depends_on_offsets() -> None:
    a = evidence_iri("a" * 64, "s", "uses", "o", 0, 5)
    assert a == evidence_iri("a" * 64, "s", "uses", "o", 0, 5)
    assert a != evidence_iri("a" * 64, "s", "uses", "o", 6, 9)


@pytest.mark.parametrize("base", ["not an iri", "https://example.org/kg", "http://x/ y/", "<x>/"])
def test_iri_bad_base_raises_usage_error(base: str) -> None:
    with pytest.raises(UsageError, match="invalid base IRI"):
        check_base_iri(base)
