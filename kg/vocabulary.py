"""The relation table: the relations and entity classes kg knows, read from ``ontology.ttl``.

The ontology is the one place a relation is declared. Each relation is an
``owl:ObjectProperty`` of the ``kgo:`` namespace with

- ``rdfs:domain`` and ``rdfs:range``: one entity class, or an ``owl:unionOf``
  list of them (the classes extraction allows for the subject and the object);
- ``kgo:ongoing true`` for a state that is marked ended when the text says
  it ended (``leads``), ``false`` for an event that stays true (``acquires``);
- ``a owl:SymmetricProperty`` when it holds in both directions.

An object property with ``owl:inverseOf`` (``kgo:supplies``) is only another
reading of a relation: kg never asserts it; one whose ``rdfs:domain`` is
``kgo:Deal`` or ``kgo:Evidence`` links a deal event, not two entities, and is
no relation either. Entity classes are the
``rdfs:subClassOf kgo:Entity`` classes. Relations and classes keep the order
of the file.

Everything else is derived from this table when first needed: the names in
:mod:`kg.records`, the extraction type checks, the SHACL lists of ``kg
validate``, the analytics queries and the view's legend. Importing kg reads
nothing; :func:`vocabulary` parses the ontology once per data folder.

Example::

    from kg.vocabulary import fact_key, vocabulary
    vocabulary().names[:2]                              # ('invests_in', 'acquires')
    fact_key("OpenAI", "partners_with", "Apple")        # ('Apple', 'partners_with', 'OpenAI')
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kg.config import ONTOLOGY_NS, missing_data_hint, ontology_dir
from kg.errors import DataError

if TYPE_CHECKING:
    from rdflib import Graph
    from rdflib.term import Node

#: A relation or class name: it becomes a JSON key, a CLI value and a ``kgo:`` local name.
_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]*")


@dataclass(frozen=True)
class Relation:
    """One row of the relation table."""

    name: str
    subject: tuple[str, ...]
    object: tuple[str, ...]
    symmetric: bool
    ongoing: bool


@dataclass(frozen=True)
class Vocabulary:
    """The relations and entity classes of one ontology file.

    ``names`` are the relation names in the file's order; ``properties`` adds the
    inverse readings (``supplies``) that kg never asserts but a graph may hold.
    """

    relations: tuple[Relation, ...]
    entity_classes: tuple[str, ...]
    properties: tuple[str, ...]
    names: tuple[str, ...]
    symmetric: frozenset[str]
    ongoing: frozenset[str]

    def relation(self, name: str) -> Relation:
        """The row of ``name``; raises :class:`KeyError` naming the known relations."""
        for rel in self.relations:
            if rel.name == name:
                return rel
        raise KeyError(f"unknown relation {name!r}: expected one of {', '.join(self.names)}")


_LOADED: dict[str | None, Vocabulary] = {}


def vocabulary() -> Vocabulary:
    """The relation table of the ontology in use (``KG_DATA_DIR`` or the shipped one).

    Parsed on first use and cached per data folder; raises :class:`DataError`
    naming the file and the term when the ontology cannot serve as the table.
    """
    key = os.environ.get("KG_DATA_DIR")
    vocab = _LOADED.get(key)
    if vocab is None:
        vocab = _LOADED[key] = load_vocabulary(ontology_dir() / "ontology.ttl")
    return vocab


def fact_key(subject: str, relation: str, object_: str) -> tuple[str, str, str]:
    """(subject, relation, object) with a symmetric relation's two names in sorted order.

    The one identity of a fact: extraction de-duplicates, the graph asserts,
    evaluation matches and analytics draws one edge by it.
    """
    if object_ < subject and relation in vocabulary().symmetric:
        return (object_, relation, subject)
    return (subject, relation, object_)


def load_vocabulary(path: Path) -> Vocabulary:
    """Read the relation table from the ontology file at ``path``."""
    from rdflib import Graph

    if not path.is_file():
        raise DataError(f"cannot read the ontology {path}: no such file{missing_data_hint()}")
    try:
        graph = Graph().parse(path, format="turtle")
    except (OSError, SyntaxError) as e:
        raise DataError(f"cannot read the ontology {path}: {e}") from e
    except Exception as e:  # rdflib raises its own parser errors
        raise DataError(f"cannot parse the ontology {path}: {e}") from e
    return _from_graph(graph, path)


def _from_graph(graph: Graph, path: Path) -> Vocabulary:
    from rdflib.namespace import OWL, RDF, RDFS, XSD
    from rdflib.term import Literal, URIRef

    entity = URIRef(ONTOLOGY_NS + "Entity")
    ongoing_prop = URIRef(ONTOLOGY_NS + "ongoing")
    # Links of deal events and evidence nodes are structure, not relations between entities.
    # So are the links of documents (kgo:story).
    structural = {URIRef(ONTOLOGY_NS + n) for n in ("Deal", "Evidence", "Document")}
    classes = tuple(_local(c, path) for c in graph.subjects(RDFS.subClassOf, entity, unique=True))
    relations: list[Relation] = []
    properties: list[str] = []
    for prop in graph.subjects(RDF.type, OWL.ObjectProperty, unique=True):
        if not isinstance(prop, URIRef) or not str(prop).startswith(ONTOLOGY_NS):
            continue
        if graph.value(prop, RDFS.domain) in structural:
            continue
        name = _local(prop, path)
        properties.append(name)
        if graph.value(prop, OWL.inverseOf) is not None:
            continue  # another reading of a relation, never asserted
        ends = graph.value(prop, ongoing_prop)
        if not (isinstance(ends, Literal) and ends.datatype == XSD.boolean):
            raise DataError(
                f"relation {name!r} in {path} needs 'kgo:ongoing true' (a state dropped when "
                "the text says it ended) or 'kgo:ongoing false' (an event that stays true)"
            )
        relations.append(
            Relation(
                name=name,
                subject=_classes(graph, prop, RDFS.domain, classes, path),
                object=_classes(graph, prop, RDFS.range, classes, path),
                symmetric=(prop, RDF.type, OWL.SymmetricProperty) in graph,
                ongoing=bool(ends.toPython()),
            )
        )
    if not relations:
        raise DataError(f"{path} declares no relation (owl:ObjectProperty in the kgo: namespace)")
    return Vocabulary(
        relations=tuple(relations),
        entity_classes=classes,
        properties=tuple(properties),
        names=tuple(r.name for r in relations),
        symmetric=frozenset(r.name for r in relations if r.symmetric),
        ongoing=frozenset(r.name for r in relations if r.ongoing),
    )


def _local(term: Node, path: Path) -> str:
    text = str(term)
    name = text[len(ONTOLOGY_NS) :] if text.startswith(ONTOLOGY_NS) else ""
    if not _NAME.fullmatch(name):
        raise DataError(
            f"{path}: {text!r} is not a kgo: term with a plain name (letters, digits, _)"
        )
    return name


def _classes(
    graph: Graph, prop: Node, which: Node, known: tuple[str, ...], path: Path
) -> tuple[str, ...]:
    """The entity classes of a domain or range: one class or an owl:unionOf list."""
    from rdflib.namespace import OWL, RDFS

    role = "rdfs:domain" if which == RDFS.domain else "rdfs:range"
    where = f"{role} of {_local(prop, path)!r} in {path}"
    value = graph.value(prop, which)
    if value is None:
        raise DataError(f"missing {where}: give an entity class or an owl:unionOf of them")
    union = graph.value(value, OWL.unionOf)
    members = list(graph.items(union)) if union is not None else [value]
    names = tuple(_local(m, path) for m in members)
    unknown = [n for n in names if n not in known]
    if unknown or not names:
        raise DataError(
            f"{where} names {', '.join(unknown) or 'no class'}: "
            f"expected entity classes among {', '.join(known)}"
        )
    return names
