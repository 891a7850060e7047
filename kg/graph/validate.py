"""SHACL validation of a kg graph against ``ontology/shapes.ttl``.

The ontology is validated together with the data, so ``sh:class kgo:Entity``
accepts instances of every entity subclass. The relation lists of the shapes
(which predicates the relation shapes target, which an evidence node may name)
are not written in ``shapes.ttl``: :func:`shapes_graph` fills them in from the
relation table of ``ontology.ttl`` (:mod:`kg.vocabulary`).
"""

from __future__ import annotations

from rdflib import Graph
from rdflib.namespace import SH, Namespace
from rdflib.term import Node

from kg.config import ontology_dir
from kg.errors import ValidationError
from kg.graph.namespace import PREFIXES

#: At most this many problems are listed in the report.
MAX_LISTED = 50

_KGS = Namespace("https://w3id.org/ai-industry-kg/shapes#")


def _load(name: str) -> Graph:
    path = ontology_dir() / name
    try:
        return Graph().parse(path, format="turtle")
    except (OSError, SyntaxError) as e:
        raise ValidationError(f"cannot read {path}: {e}") from e


def shapes_graph() -> Graph:
    """``shapes.ttl`` with the relation lists of the ontology in use filled in.

    ``kgs:RelationSubjectShape`` and ``kgs:RelationObjectShape`` target the
    subjects and objects of every object property; ``kgs:EvidencePredicateShape``
    gets ``sh:in`` the relations kg asserts.

    Example::

        pyshacl.validate(data, shacl_graph=shapes_graph())
    """
    from rdflib.collection import Collection
    from rdflib.term import BNode

    from kg.graph.namespace import kgo
    from kg.vocabulary import vocabulary

    shapes = _load("shapes.ttl")
    vocab = vocabulary()
    for prop in vocab.properties:
        shapes.add((_KGS.RelationSubjectShape, SH.targetSubjectsOf, kgo(prop)))
        shapes.add((_KGS.RelationObjectShape, SH.targetObjectsOf, kgo(prop)))
    names = BNode()
    Collection(shapes, names, [kgo(name) for name in vocab.names])
    shapes.add((_KGS.EvidencePredicateShape, SH["in"], names))
    return shapes


def _short(graph: Graph, node: Node | None) -> str:
    if node is None:
        return "-"
    try:
        return node.n3(graph.namespace_manager)
    except Exception:
        return node.n3()


def validate_graph(graph: Graph) -> tuple[bool, str]:
    """Validate ``graph``; return (conforms, a readable report).

    Example::

        ok, report = validate_graph(store.graph)
    """
    import pyshacl

    from kg.graph.store import plain_literal

    data = Graph(bind_namespaces="core")
    for prefix, ns in PREFIXES.items():
        data.bind(prefix, ns)
    data += ((s, p, plain_literal(o)) for s, p, o in graph)
    conforms, results, _text = pyshacl.validate(
        data,
        shacl_graph=shapes_graph(),
        ont_graph=_load("ontology.ttl"),
        inference="none",
        allow_warnings=True,
    )
    problems: list[str] = []
    for result in results.subjects(predicate=SH.resultSeverity):
        severity = results.value(result, SH.resultSeverity)
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        value = results.value(result, SH.value)
        message = results.value(result, SH.resultMessage)
        level = "warning" if severity == SH.Warning else "violation"
        line = f"- {level}: {_short(data, focus)}"
        if path is not None:
            line += f" {_short(data, path)}"
        if value is not None:
            line += f" = {_short(data, value)}"
        line += f": {message}"
        problems.append(line)
    problems.sort()
    triples = len(data)
    if conforms:
        head = f"conforms: {triples} triples satisfy the SHACL shapes"
        if problems:
            head += f" ({len(problems)} warnings)"
    else:
        head = f"does not conform: {len(problems)} problems in {triples} triples"
    listed = problems[:MAX_LISTED]
    if len(problems) > MAX_LISTED:
        listed.append(f"... and {len(problems) - MAX_LISTED} more")
    return bool(conforms), "\n".join([head, *listed])
