"""Helpers shared by the backends: terms, results, graphs, bulk writes, files."""

from __future__ import annotations

import itertools
import warnings
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import IO, Any

from rdflib import Dataset, Graph
from rdflib.query import Result
from rdflib.term import Identifier, Literal, Node

from kg.errors import InputError, UsageError
from kg.graph.backends import DUMP_FORMATS, FILE_FORMATS, Backend, DocumentTriples
from kg.graph.mapping import Triple
from kg.graph.namespace import XSD, prefixes


def plain_literal(node: Node) -> Node:
    """``"x"^^xsd:string`` as the plain literal ``"x"`` (the same RDF 1.1 term)."""
    if isinstance(node, Literal) and node.datatype == XSD.string and node.language is None:
        return Literal(str(node))
    return node


def to_term(value: Any) -> Identifier:
    """A Python value as an RDF term: terms pass through, anything else becomes a Literal."""
    if isinstance(value, Identifier):
        return value
    return Literal(value)


def materialize(result: Result) -> Result:
    """Read a lazy result to the end (so it can cross threads and outlive the store)."""
    if result.type == "SELECT":
        result.bindings = [
            {k: plain_literal(v) for k, v in row.items()}  # type: ignore[misc]
            for row in result.bindings
            if row  # rdflib yields an empty solution for an empty grouped result
        ]
    return result


def new_graph(store: Any = "default", identifier: Any = None, base_iri: str | None = None) -> Graph:
    """An rdflib Graph over ``store``, with kg's prefixes bound when ``base_iri`` is given."""
    graph = Graph(store=store, identifier=identifier, bind_namespaces="core")
    if base_iri is not None:
        for prefix, ns in prefixes(base_iri).items():
            graph.bind(prefix, ns)
    return graph


def insert_new_by_lookup(backend: Backend, docs: Sequence[DocumentTriples]) -> int:
    """:meth:`Backend.insert_new` from ``existing`` and ``insert``: one read, one write.

    A stored document adds nothing; a new one adds its owned triples and those
    of its shared triples not stored yet.
    """
    lookup = [d.guard for d in docs] + [t for d in docs for t in d.shared]
    present = backend.existing(list(dict.fromkeys(lookup)))
    batch: dict[Triple, None] = {}
    for d in docs:
        if d.guard in present:
            continue
        batch.update(dict.fromkeys(d.owned))
        batch.update((t, None) for t in d.shared if t not in present)
    if batch:
        backend.insert(list(batch))
    return len(batch)


def insert_chunked(backend: Backend, triples: Iterable[Triple]) -> None:
    """Insert ``triples`` in transactions (requests) of ``backend.insert_chunk`` triples."""
    it = iter(triples)
    while chunk := list(itertools.islice(it, backend.insert_chunk)):
        backend.insert(chunk)


def check_format(fmt: str, formats: Mapping[str, str], what: str) -> None:
    """Raise a UsageError naming ``fmt`` and the choices when it is not in ``formats``."""
    if fmt not in formats:
        raise UsageError(f"unknown {what} format {fmt!r}: expected one of {', '.join(formats)}")


def parse_file(file: Path, fmt: str) -> Graph:
    """``file`` parsed by rdflib into an in-memory graph (nothing kept if it does not parse)."""
    parsed = Graph()
    try:
        parsed.parse(str(file), format=FILE_FORMATS[fmt])
    except OSError as e:
        raise InputError(f"cannot read {str(file)!r}: {e}") from e
    except Exception as e:  # rdflib raises several parser-specific errors
        detail = " ".join(str(e).split())[:300] or type(e).__name__
        raise InputError(f"cannot parse {str(file)!r} as {fmt}: {detail}") from e
    return parsed


def serialize_graph(graph: Graph, fmt: str, base_iri: str) -> bytes:
    """``graph``'s triples serialized by rdflib in ``fmt``, with kg's prefixes.

    Literals typed ``xsd:string`` are written plain (the same RDF 1.1 term).
    """
    snapshot = new_graph(base_iri=base_iri)
    snapshot += ((s, p, plain_literal(o)) for s, p, o in graph)
    if fmt == "trig":
        ds = Dataset()
        for prefix, ns in snapshot.namespaces():
            ds.bind(prefix, ns)
        ds.default_graph += snapshot
        with warnings.catch_warnings():
            # rdflib's TriG serializer still calls its own deprecated Dataset API.
            warnings.simplefilter("ignore", DeprecationWarning)
            return ds.serialize(format="trig", encoding="utf-8")
    if fmt == "jsonld":
        context = {p: str(ns) for p, ns in prefixes(base_iri).items() if p not in ("xml",)}
        return snapshot.serialize(format="json-ld", context=context, encoding="utf-8")
    return snapshot.serialize(format=DUMP_FORMATS[fmt], encoding="utf-8")


def write_dump(data: bytes, output: IO[bytes] | None) -> bytes | None:
    """``data`` written to ``output``, or returned when there is none."""
    if output is None:
        return data
    output.write(data)
    return None


def process_alive(pid: int) -> bool:
    """Whether a process ``pid`` runs on this machine (this process counts as alive)."""
    import os

    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # alive, but another user's
        return True
    return True
