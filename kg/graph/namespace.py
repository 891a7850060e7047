"""Python constants for the terms of ``ontology/ontology.ttl`` and the vocabularies kg uses.

``KGO`` is a closed :class:`rdflib.namespace.DefinedNamespace`: a typo such as
``KGO.invest_in`` raises at once. ``tests/test_ontology.py`` keeps this list and
the ``.ttl`` file in step, in both directions. Code that handles any relation
or class by name uses :func:`kgo`, which also knows the relations and classes
of an ontology given with ``KG_DATA_DIR`` (read by :mod:`kg.vocabulary`).
"""

from __future__ import annotations

import os
from functools import lru_cache

from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace, Namespace
from rdflib.term import URIRef

from kg.config import ONTOLOGY_NS

#: schema.org, in its current https form.
SCHEMA = Namespace("https://schema.org/")

#: The IRI of the ontology document itself (the ``owl:Ontology`` node).
ONTOLOGY_IRI = URIRef(ONTOLOGY_NS.rstrip("#"))


class KGO(DefinedNamespace):
    """The kg ontology (``kgo:``)."""

    _NS = Namespace(ONTOLOGY_NS)
    _fail = True

    # Classes
    Entity: URIRef
    Organization: URIRef
    Person: URIRef
    Product: URIRef
    AIModel: URIRef
    CloudPlatform: URIRef
    Hardware: URIRef
    Project: URIRef
    Location: URIRef
    Document: URIRef
    Evidence: URIRef
    Reference: URIRef
    Deal: URIRef
    FundingRound: URIRef
    Acquisition: URIRef
    StrategicInvestment: URIRef

    # Relations (object properties), in the guideline's order, and the inverse of uses
    invests_in: URIRef
    acquires: URIRef
    partners_with: URIRef
    competes_with: URIRef
    uses: URIRef
    develops: URIRef
    integrates: URIRef
    subsidiary_of: URIRef
    founded_by: URIRef
    leads: URIRef
    based_in: URIRef
    sues: URIRef
    supplies: URIRef

    # Annotation of the relations
    ongoing: URIRef

    # Evidence and document properties (datatype properties)
    sentence: URIRef
    startOffset: URIRef
    endOffset: URIRef
    extractor: URIRef
    extractorVersion: URIRef
    confidence: URIRef
    certainty: URIRef
    amount: URIRef
    date: URIRef
    dateFromDocument: URIRef
    ended: URIRef
    endDate: URIRef
    endDateFromDocument: URIRef
    denied: URIRef
    contentHash: URIRef
    sourcePath: URIRef
    textSignature: URIRef
    story: URIRef
    Story: URIRef

    # Deal events: links (object properties) and values (datatype properties)
    event: URIRef
    target: URIRef
    leadInvestor: URIRef
    participant: URIRef
    acquirer: URIRef
    status: URIRef
    roundLabel: URIRef
    amountValue: URIRef
    currency: URIRef
    amountText: URIRef
    valuation: URIRef
    stakePercent: URIRef
    announced: URIRef
    # What one evidence node's source states of its deal
    dealAmount: URIRef
    dealValuation: URIRef
    dealStake: URIRef
    dealStatus: URIRef


#: Prefixes bound in every graph kg opens and every export it writes.
PREFIXES: dict[str, str] = {
    "kgo": ONTOLOGY_NS,
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "skos": str(SKOS),
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
    "schema": str(SCHEMA),
}


def prefixes(base_iri: str) -> dict[str, str]:
    """All prefixes including ``kgr:`` for the minted resources under ``base_iri``."""
    return {**PREFIXES, "kgr": base_iri}


__all__ = [
    "DCTERMS",
    "KGO",
    "ONTOLOGY_IRI",
    "OWL",
    "PREFIXES",
    "PROV",
    "RDF",
    "RDFS",
    "SCHEMA",
    "SKOS",
    "XSD",
    "kgo",
    "kgo_terms",
    "prefixes",
]


def kgo(name: str) -> URIRef:
    """The ``kgo:`` term called ``name``; raises AttributeError for a name the ontology lacks.

    ``name`` is a term of :class:`KGO` or a relation or entity class of the
    ontology in use (see :func:`kg.vocabulary.vocabulary`).
    """
    return _kgo(name, os.environ.get("KG_DATA_DIR"))


@lru_cache(maxsize=256)
def _kgo(name: str, _data_dir: str | None) -> URIRef:
    if name not in KGO.__annotations__:
        from kg.vocabulary import vocabulary

        vocab = vocabulary()
        if name not in vocab.properties and name not in vocab.entity_classes:
            raise AttributeError(f"term {name!r} not defined in the kg ontology")
    return URIRef(ONTOLOGY_NS + name)


def kgo_terms() -> frozenset[str]:
    """Local names of every term declared in :class:`KGO` (for checks against the .ttl)."""
    return frozenset(name for name in KGO.__annotations__ if not name.startswith("_"))
