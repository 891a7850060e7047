"""The ``memory`` store: an rdflib in-memory graph, gone when the process ends."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO

from rdflib.query import Result
from rdflib.term import Node

from kg.graph.backends import Backend, DocumentTriples, OpenOptions
from kg.graph.backends.common import (
    insert_chunked,
    insert_new_by_lookup,
    materialize,
    new_graph,
    parse_file,
    serialize_graph,
    write_dump,
)
from kg.graph.mapping import Triple


class MemoryBackend:
    """An rdflib ``Memory`` graph; queries bind values with rdflib's ``initBindings``."""

    kind = "memory"
    writable = True
    local = True
    insert_chunk = 100_000

    def __init__(self, base_iri: str) -> None:
        self.base_iri = base_iri
        self.graph = new_graph(base_iri=base_iri)
        self.requests: dict[str, int] = {}

    def existing(self, triples: Sequence[Triple]) -> set[Triple]:
        return {t for t in triples if t in self.graph}

    def insert(self, triples: Sequence[Triple]) -> None:
        g = self.graph
        g.addN((s, p, o, g) for s, p, o in triples)

    def insert_new(self, docs: Sequence[DocumentTriples]) -> int:
        return insert_new_by_lookup(self, docs)

    def delete(self, triples: Sequence[Triple]) -> None:
        for t in triples:
            self.graph.remove(t)

    def query(self, sparql: str, bindings: Mapping[str, Node], timeout: float | None) -> Result:
        # initBindings hold terms, not text: they reach sub-SELECTs and restrict
        # grouped queries, like the VALUES block of the other stores.
        return materialize(self.graph.query(sparql, initBindings=bindings))  # type: ignore[arg-type]

    def update(self, sparql: str) -> None:
        self.graph.update(sparql)

    def count(self) -> int:
        return len(self.graph)

    def clear(self) -> None:
        self.graph.remove((None, None, None))

    @contextlib.contextmanager
    def replacing(self) -> Iterator[MemoryBackend]:
        fresh = MemoryBackend(self.base_iri)
        yield fresh
        self.graph = fresh.graph

    def load_file(self, file: Path, fmt: str, *, transactional: bool) -> None:
        # Parsed whole first: nothing is added from a file that does not parse.
        insert_chunked(self, parse_file(file, fmt))

    def dump(self, fmt: str, output: IO[bytes] | None) -> bytes | None:
        return write_dump(serialize_graph(self.graph, fmt, self.base_iri), output)

    def flush(self) -> None:
        pass

    def clean(self) -> list[str]:
        return []  # nothing outlives the process

    def close(self) -> None:
        pass


def open_backend(spec: str, options: OpenOptions) -> Backend:
    """The ``memory`` spec: a new, empty graph."""
    return MemoryBackend(options.base_iri)
