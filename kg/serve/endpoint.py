"""The SPARQL side of ``kg serve``: guard a request, evaluate it on the current
snapshot of the store, and serialize the answer in the negotiated format.

Oxigraph evaluates and serializes (every SPARQL results format and RDF
format comes from pyoxigraph); rdflib's parser classifies the text first
(:func:`kg.query.sparql.classify`) so that the endpoint knows what it is about
to run. Nothing a request names is ever fetched: ``LOAD`` and ``FROM``/``USING``
are refused, and ``SERVICE`` unless the server was started with
``--allow-service``.

The row cap is kept while the result streams: the result is written as TSV
(or N-Triples), one line a row, by a writer that stops Oxigraph as soon as the
cap is passed, and then converted to the asked format. The same writer stops a
query whose time is up; a query still computing its first row (a sort, an
aggregate) cannot be interrupted by Oxigraph and finishes in the background,
in one of a fixed number of worker threads.
"""

from __future__ import annotations

import concurrent.futures
import hmac
import io
import queue
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from kg.errors import (
    QueryError,
    QueryLimitError,
    QueryRefusedError,
    QueryTimeoutError,
    UnauthorizedError,
)
from kg.query.sparql import Classified, classify, oxigraph_syntax_message

if TYPE_CHECKING:
    from rdflib.term import Node

    from kg.graph.snapshot import Snapshot, Snapshots

#: Media type -> short name, in order of preference (the first is the default).
RESULT_TYPES = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": "turtle",
    "application/n-triples": "nt",
    "application/ld+json": "jsonld",
    "application/rdf+xml": "rdfxml",
    "text/plain": "nt",
    "application/json": "jsonld",
}
#: ``format=`` parameter values (what SPARQLWrapper and browsers send) per kind.
RESULT_NAMES = {"json": "json", "xml": "xml", "csv": "csv", "tsv": "tsv"}
GRAPH_NAMES = {
    "turtle": "turtle",
    "ttl": "turtle",
    "nt": "nt",
    "ntriples": "nt",
    "n-triples": "nt",
    "jsonld": "jsonld",
    "json-ld": "jsonld",
    "json": "jsonld",
    "xml": "rdfxml",
    "rdfxml": "rdfxml",
    "rdf+xml": "rdfxml",
}
MEDIA_TYPE = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "turtle": "text/turtle",
    "nt": "application/n-triples",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
}


class NotAcceptableError(QueryError):
    """No format the client accepts can carry this kind of result."""

    code = "not-acceptable"


@dataclass(frozen=True)
class Limits:
    """What the endpoint allows: ``timeout`` seconds and ``max_rows`` rows (or triples)
    a query; updates only with ``allow_update`` and the bearer ``token``."""

    timeout: float = 30.0
    max_rows: int = 10_000
    allow_update: bool = False
    token: str | None = None
    allow_service: bool = False


@dataclass(frozen=True)
class Answer:
    """A serialized result: the bytes, their media type and the number of rows."""

    body: bytes
    media_type: str
    rows: int


#: rdflib's SPARQL parser (pyparsing) keeps state between calls: one parse at a time.
_PARSER = threading.Lock()


@lru_cache(maxsize=512)
def classified(text: str) -> Classified:
    """:func:`classify`, one request at a time, remembered: clients send the same few
    queries again and again, and a remembered text needs no parse (and no wait)."""
    with _PARSER:
        return classify(text)


def negotiate(form: str, accept: Any, fmt: str | None) -> str:
    """The short name of the format to answer a ``form`` query in: ``fmt`` (the
    ``format`` parameter) when given, else the best of werkzeug's ``accept``."""
    graph = form in ("CONSTRUCT", "DESCRIBE")
    names, types = (GRAPH_NAMES, GRAPH_TYPES) if graph else (RESULT_NAMES, RESULT_TYPES)
    if fmt:
        if fmt in names:
            return names[fmt]
        if fmt in types:
            return types[fmt]
        raise NotAcceptableError(
            f"unknown format {fmt!r} for a {form} query: expected one of {', '.join(names)}"
        )
    if accept is None or not accept:
        return next(iter(types.values()))
    best = accept.best_match(list(types))
    if best is None:
        raise NotAcceptableError(
            f"cannot answer a {form} query in any type the request accepts: "
            f"expected one of {', '.join(types)}"
        )
    return types[best]


def guard_query(kind: Classified, limits: Limits, prefixes: Mapping[str, str]) -> None:
    """Refuse what this endpoint never runs as a query (see the module docstring)."""
    if kind.form == "UPDATE":
        raise QueryError(
            "an update was sent as a query: send it as 'update' (POST to /update) instead"
        )
    guard_common(kind, limits, prefixes)


def guard_common(kind: Classified, limits: Limits, prefixes: Mapping[str, str]) -> None:
    if kind.uses_service and not limits.allow_service:
        raise QueryRefusedError(
            "SERVICE is refused: this endpoint does not call other endpoints "
            "(start kg serve with --allow-service to permit it)"
        )
    if kind.uses_dataset:
        raise QueryRefusedError(
            "FROM, FROM NAMED and USING are refused: this endpoint answers from its store's "
            "default graph and never reads another source; remove the clause"
        )
    unknown = sorted(kind.undeclared - set(prefixes))
    if unknown:
        raise QueryError(
            f"unknown prefix {unknown[0] + ':'!r} in the query: declare it with "
            f"PREFIX {unknown[0]}: <IRI> (usable without a declaration: "
            f"{', '.join(sorted(prefixes))})"
        )


def guard_update(
    kind: Classified, limits: Limits, authorization: str | None, prefixes: Mapping[str, str]
) -> None:
    """Refuse an update unless the endpoint allows updates and the request carries
    its bearer token; ``LOAD`` is refused always (it would read a file or the network)."""
    if not limits.allow_update or not limits.token:
        raise QueryRefusedError(
            "updates are refused: this endpoint is read-only "
            "(start kg serve with --allow-update --token TOKEN to permit them)"
        )
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not given:
        raise UnauthorizedError(
            "an update needs the endpoint's token: send the header 'Authorization: Bearer TOKEN'"
        )
    if not hmac.compare_digest(given.strip().encode(), limits.token.encode()):
        raise QueryRefusedError("wrong token: the update was not applied")
    if kind.form != "UPDATE":
        raise QueryError("a query was sent as an update: send it as 'query' instead")
    if "LOAD" in kind.operations:
        raise QueryRefusedError(
            "LOAD is refused: this endpoint never reads files or the network; "
            "load data with kg build instead"
        )
    guard_common(kind, limits, prefixes)


class _Capped(io.RawIOBase):
    """A byte sink that counts lines and stops the writer past ``lines`` or when cancelled."""

    def __init__(self, lines: int, cancel: threading.Event) -> None:
        self.limit = lines
        self.cancel = cancel
        self.lines = 0
        self.data = bytearray()
        self.over = False

    def writable(self) -> bool:
        return True

    def write(self, b: Any) -> int:
        if self.cancel.is_set():
            raise OSError("cancelled")
        chunk = bytes(b)
        self.lines += chunk.count(b"\n")
        if self.lines > self.limit:
            self.over = True
            raise OSError("row cap")
        self.data += chunk
        return len(chunk)


class _Workers:
    """A fixed number of daemon threads running submitted calls.

    Not ``ThreadPoolExecutor``: its threads are joined when the interpreter
    exits, so a query Oxigraph cannot interrupt would keep ``kg serve`` from
    stopping on Ctrl-C until it ended.
    """

    def __init__(self, count: int) -> None:
        self._tasks: queue.SimpleQueue[Any] = queue.SimpleQueue()
        for i in range(count):
            threading.Thread(target=self._work, name=f"kg-serve-query-{i}", daemon=True).start()

    def submit(self, fn: Any, *args: Any) -> concurrent.futures.Future[Any]:
        future: concurrent.futures.Future[Any] = concurrent.futures.Future()
        self._tasks.put((future, fn, args))
        return future

    def _work(self) -> None:
        while (task := self._tasks.get()) is not None:
            future, fn, args = task
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(fn(*args))
            except BaseException as e:  # handed to the waiting request
                future.set_exception(e)

    def close(self, count: int) -> None:
        for _ in range(count):
            self._tasks.put(None)


class Evaluator:
    """Runs guarded queries on the snapshots in a fixed number of worker threads."""

    workers = 4

    def __init__(self, snaps: Snapshots, prefixes: Mapping[str, str], limits: Limits) -> None:
        self.snaps = snaps
        self.prefixes = dict(prefixes)
        self.limits = limits
        self._pool = _Workers(self.workers)

    def query(
        self,
        text: str,
        *,
        accept: Any = None,
        fmt: str | None = None,
        bindings: Mapping[str, Node] | None = None,
        timeout: float | None = None,
    ) -> Answer:
        """Guard, run and serialize ``text``; raises a :class:`QueryError` subclass.

        ``timeout`` (a request's own) may shorten the endpoint's limit, never lengthen it.
        """
        kind = classified(text)
        guard_query(kind, self.limits, self.prefixes)
        target = negotiate(kind.form, accept, fmt)
        if bindings:
            from kg.graph.sparql_text import bind_values

            text = bind_values(text, bindings)
        limit = self.limits.timeout if timeout is None else min(timeout, self.limits.timeout)
        cancel = threading.Event()
        future = self._pool.submit(self._evaluate, text, target, cancel)
        try:
            body, rows = future.result(timeout=limit)
        except concurrent.futures.TimeoutError:
            cancel.set()
            raise QueryTimeoutError(
                f"query stopped after {limit:g} s (the time limit): "
                "make it more selective (fewer unbound patterns, a LIMIT)"
            ) from None
        return Answer(body, MEDIA_TYPE[target], rows)

    def _evaluate(self, text: str, target: str, cancel: threading.Event) -> tuple[bytes, int]:
        if cancel.is_set():  # waited in the queue past its time: the client has its 503
            raise QueryTimeoutError("query stopped before it started: its time is up")
        with self.snaps.pinned() as snap:
            return evaluate(snap, text, target, self.limits.max_rows, self.prefixes, cancel)

    def close(self) -> None:
        self._pool.close(self.workers)


def evaluate(
    snap: Snapshot,
    text: str,
    target: str,
    max_rows: int,
    prefixes: Mapping[str, str],
    cancel: threading.Event | None = None,
) -> tuple[bytes, int]:
    """Run ``text`` on ``snap`` and serialize it as ``target``: (bytes, rows)."""
    import pyoxigraph as ox

    cancel = cancel or threading.Event()
    try:
        result = snap.store.query(text, prefixes=dict(prefixes))
    except SyntaxError as e:
        readable = oxigraph_syntax_message(str(e), text)
        raise QueryError(readable or f"malformed SPARQL: {' '.join(str(e).split())}") from e
    except (OSError, RuntimeError, ValueError) as e:
        raise QueryError(f"query failed: {' '.join(str(e).split())}") from e
    if isinstance(result, ox.QueryBoolean):
        return result.serialize(format=_results_format(target)) or b"", 1
    graph = isinstance(result, ox.QueryTriples)
    # One line a row: the header, then a row (a triple) a line.
    sink = _Capped(max_rows + (0 if graph else 1), cancel)
    out: Any = sink
    try:
        if isinstance(result, ox.QueryTriples):
            result.serialize(out, format=ox.RdfFormat.N_TRIPLES)
        else:
            result.serialize(out, format=ox.QueryResultsFormat.TSV)
    except OSError as e:
        if sink.over:
            what = "triples" if graph else "rows"
            raise QueryLimitError(
                f"the result has more than {max_rows:,} {what} (the endpoint's --max-rows): "
                "add a LIMIT or make the query more selective"
            ) from None
        if cancel.is_set():
            raise QueryTimeoutError("query stopped: its time is up") from None
        raise QueryError(f"query failed: {' '.join(str(e).split())}") from e
    data = bytes(sink.data)
    rows = sink.lines - (0 if graph else 1)
    if graph:
        if target == "nt":
            return data, rows
        triples = ox.parse(data, format=ox.RdfFormat.N_TRIPLES)
        out = ox.serialize(triples, format=_rdf_format(target), prefixes=_usable(prefixes, target))
        return out or b"", rows
    if target == "tsv":
        return data, rows
    parsed = ox.parse_query_results(data, format=ox.QueryResultsFormat.TSV)
    return parsed.serialize(format=_results_format(target)) or b"", rows


def _usable(prefixes: Mapping[str, str], target: str) -> dict[str, str] | None:
    if target not in ("turtle", "rdfxml"):
        return None
    # No kgr: prefix: minted local names would need escapes (see the embedded dump).
    return {p: ns for p, ns in prefixes.items() if p != "kgr"}


def _results_format(name: str) -> Any:
    import pyoxigraph as ox

    return {
        "json": ox.QueryResultsFormat.JSON,
        "xml": ox.QueryResultsFormat.XML,
        "csv": ox.QueryResultsFormat.CSV,
        "tsv": ox.QueryResultsFormat.TSV,
    }[name]


def _rdf_format(name: str) -> Any:
    import pyoxigraph as ox

    return {
        "turtle": ox.RdfFormat.TURTLE,
        "nt": ox.RdfFormat.N_TRIPLES,
        "jsonld": ox.RdfFormat.JSON_LD,
        "rdfxml": ox.RdfFormat.RDF_XML,
    }[name]
