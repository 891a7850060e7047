"""The kinds of store behind :class:`kg.graph.store.KGStore`, as plugins.

A backend is any object with the :class:`Backend` methods: it reads, inserts
and deletes batches of triples, runs queries with bound values, replaces its
whole content (staging, then swap), loads files in bulk and dumps itself.
:class:`~kg.graph.store.KGStore` builds documents, forgetting and counting on
top and never asks which kind it holds.

Backends are registered by store-spec scheme in :data:`SCHEMES`; a new kind of
store is one new module with an ``open_backend(spec, options)`` function and
one line there. Modules are imported only when a spec names them, so a memory
store never loads pyoxigraph or urllib3; this module imports nothing heavy (the
CLI reads its format lists). Helpers the backends share are in
:mod:`kg.graph.backends.common`.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from rdflib import Graph
    from rdflib.query import Result
    from rdflib.term import Node

    from kg.graph.mapping import Triple

DEFAULT_HTTP_TIMEOUT = 60.0

#: Store-spec scheme -> module holding its ``open_backend``. A spec is
#: ``SCHEME`` alone (``memory``), ``SCHEME:REST`` (``oxigraph:PATH``,
#: ``http://...``), or a plain path (the embedded store).
SCHEMES: dict[str, str] = {
    "memory": "kg.graph.backends.memory",
    "oxigraph": "kg.graph.backends.oxigraph",
    "http": "kg.graph.backends.remote",
    "https": "kg.graph.backends.remote",
}
#: The scheme of a spec that names none (a folder path).
DEFAULT_SCHEME = "oxigraph"

#: Formats of :meth:`Backend.dump` -> rdflib serializer name.
DUMP_FORMATS = {"turtle": "turtle", "nt": "nt", "jsonld": "json-ld", "trig": "trig"}
#: Formats of :meth:`Backend.load_file` -> rdflib parser name.
FILE_FORMATS = {"nt": "nt", "turtle": "turtle"}

_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]+):")


@dataclass(frozen=True)
class OpenOptions:
    """How :func:`open_backend` opens a store (see :func:`kg.graph.store.open_store`)."""

    base_iri: str
    create: bool = True
    read_only: bool = False
    lock_timeout: float | None = None
    http_timeout: float = DEFAULT_HTTP_TIMEOUT


@dataclass(frozen=True)
class DocumentTriples:
    """One document's triples, split for a write that counts what it adds.

    ``guard`` is the document's content-hash triple. ``owned`` (the guard
    included) are the triples whose subject only this document mints (its own
    node and its evidence nodes, whose IRIs contain its content hash): they are
    all new exactly when the guard is new. ``shared`` (entities, asserted facts)
    may be stored already by other documents and are looked up one by one.
    """

    guard: Triple
    owned: Sequence[Triple]
    shared: Sequence[Triple]


class Backend(Protocol):
    """What a kind of store does; :class:`~kg.graph.store.KGStore` builds the rest on top."""

    #: ``memory``, ``oxigraph`` or ``sparql``: for messages and reports, never for branching.
    kind: str
    #: The store's content as an rdflib Graph (read access).
    graph: Graph
    writable: bool
    #: True when looking triples up costs no round trip (worth a separate read).
    local: bool
    #: Triples per transaction (per request) when bulk-inserting raw triples.
    insert_chunk: int
    #: Requests sent so far by kind (``query``/``update``); empty for local stores.
    requests: dict[str, int]

    def existing(self, triples: Sequence[Triple]) -> set[Triple]:
        """The triples among ``triples`` already in the store (one read)."""
        ...

    def insert(self, triples: Sequence[Triple]) -> None:
        """Add the triples in one transaction (one request on an endpoint)."""
        ...

    def insert_new(self, docs: Sequence[DocumentTriples]) -> int:
        """Write the documents whose guard is not stored, in one transaction;
        return the triples added (see :func:`insert_new_by_lookup`)."""
        ...

    def delete(self, triples: Sequence[Triple]) -> None:
        """Remove the triples in one transaction."""
        ...

    def query(self, sparql: str, bindings: Mapping[str, Node], timeout: float | None) -> Result:
        """Run a query with ``bindings`` bound, the result read to the end.

        Values are bound, never pasted as text by the caller: rdflib's
        ``initBindings`` in memory, a VALUES block written by rdflib's term
        escaping (:func:`kg.graph.sparql_text.bind_values`) elsewhere.
        """
        ...

    def update(self, sparql: str) -> None: ...

    def count(self) -> int: ...

    def clear(self) -> None: ...

    def replacing(self) -> AbstractContextManager[Backend]:
        """Yield an empty writable backend whose content replaces this one's on success.

        On an exception inside the block this backend is left untouched.
        """
        ...

    def load_file(self, file: Path, fmt: str, *, transactional: bool) -> None:
        """Load an existing ``nt`` or ``turtle`` file (see :meth:`KGStore.load_file`)."""
        ...

    def dump(self, fmt: str, output: IO[bytes] | None) -> bytes | None:
        """Serialize the store in one of :data:`DUMP_FORMATS`; the bytes when ``output`` is None."""
        ...

    def flush(self) -> None:
        """Persist buffered writes (only the embedded store buffers)."""
        ...

    def clean(self) -> list[str]:
        """Remove what killed builds left behind (staging folders or graphs); their names."""
        ...

    def close(self) -> None: ...


def scheme_of(spec: str) -> str:
    """The registered scheme a store spec names (:data:`DEFAULT_SCHEME` for a path)."""
    if spec in SCHEMES:
        return spec
    m = _SCHEME.match(spec)  # two letters at least: C:\\ is a path
    if m and m.group(1).lower() in SCHEMES:
        return m.group(1).lower()
    return DEFAULT_SCHEME


def open_backend(spec: str, options: OpenOptions) -> Backend:
    """Open the backend registered for ``spec``'s scheme."""
    module = importlib.import_module(SCHEMES[scheme_of(spec)])
    opener: Callable[[str, OpenOptions], Backend] = module.open_backend
    return opener(spec, options)


__all__ = [
    "DEFAULT_HTTP_TIMEOUT",
    "DUMP_FORMATS",
    "FILE_FORMATS",
    "SCHEMES",
    "Backend",
    "DocumentTriples",
    "OpenOptions",
    "open_backend",
    "scheme_of",
]
