"""SHACL validation of a kg graph against ``ontology/shapes.ttl``.

The ontology is validated together with the data, so ``sh:class kgo:Entity``
accepts instances of every entity subclass.
"""

from __future__ import annotations

from rdflib import Graph
from rdflib.namespace import SH
from rdflib.term import Node

from kg.config import ontology_dir
from kg.errors import ValidationError
from kg.graph.namespace import PREFIXES

#: At most this many problems are listed in the report.
MAX_LISTED = 50


def _load(name: str) -> Graph:
    path = ontology_dir() / name
    try:
        return Graph().parse(path, format="turtle")
    except (OSError, SyntaxError) as e:
        raise ValidationError(f"cannot read {path}: {e}") from e


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
        shacl_graph=_load("shapes.ttl"),
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
