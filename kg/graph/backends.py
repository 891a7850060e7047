"""The three kinds of store behind :class:`kg.graph.store.KGStore`: an rdflib
in-memory graph, an embedded Oxigraph folder (through oxrdflib), and a SPARQL
1.1 endpoint over HTTP. Each reads, inserts and deletes batches of triples;
the store builds documents, forgetting and replacing on top.
"""

from __future__ import annotations

import contextlib
import io
import threading
import time
import uuid
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.error import HTTPError, URLError
from urllib.parse import urlencode, urlsplit

from rdflib import Graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.plugins.stores.sparqlstore import SPARQLUpdateStore
from rdflib.query import Result
from rdflib.term import BNode, Identifier, Literal, Node, URIRef, Variable

from kg.errors import StoreError
from kg.graph.mapping import Triple
from kg.graph.namespace import XSD, prefixes
from kg.graph.sparql_text import bind_values, sparql_term, triples_block

if TYPE_CHECKING:
    import pyoxigraph as ox

DEFAULT_HTTP_TIMEOUT = 60.0
#: Triples per request when asking an endpoint which triples it already has.
_VALUES_CHUNK = 400


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


# ---------------------------------------------------------------------------
# Backends
# ---------------------------------------------------------------------------


class Backend:
    """What a store kind must do; KGStore builds everything else on top."""

    graph: Graph
    writable: bool = True

    def existing(self, triples: Sequence[Triple]) -> set[Triple]:
        """The triples among ``triples`` already in the store (one read)."""
        return {t for t in triples if t in self.graph}

    def insert(self, triples: Sequence[Triple]) -> None:
        """Add the triples in one transaction (one request on an endpoint)."""
        raise NotImplementedError

    def delete(self, triples: Sequence[Triple]) -> None:
        """Remove the triples in one transaction."""
        raise NotImplementedError

    def query(self, sparql: str, bindings: Mapping[str, Node], timeout: float | None) -> Result:
        """Run a query with ``bindings`` pre-bound (a VALUES block unless said otherwise)."""
        raise NotImplementedError

    def update(self, sparql: str) -> None:
        raise NotImplementedError

    def count(self) -> int:
        raise NotImplementedError

    def clear(self) -> None:
        raise NotImplementedError

    def flush(self) -> None:
        """Persist buffered writes (only the embedded store buffers)."""

    def close(self) -> None:
        pass


def _materialize(result: Result) -> Result:
    """Read a lazy result to the end (so it can cross threads and outlive the store)."""
    if result.type == "SELECT":
        result.bindings = [
            {k: plain_literal(v) for k, v in row.items()}  # type: ignore[misc]
            for row in result.bindings
            if row  # rdflib yields an empty solution for an empty grouped result
        ]
    return result


def _new_graph(store: Any = "default", identifier: Any = None) -> Graph:
    return Graph(store=store, identifier=identifier, bind_namespaces="core")


class MemoryBackend(Backend):
    def __init__(self, base_iri: str) -> None:
        self.graph = _new_graph()
        for prefix, ns in prefixes(base_iri).items():
            self.graph.bind(prefix, ns)

    def insert(self, triples: Sequence[Triple]) -> None:
        g = self.graph
        g.addN((s, p, o, g) for s, p, o in triples)

    def delete(self, triples: Sequence[Triple]) -> None:
        for t in triples:
            self.graph.remove(t)

    def query(self, sparql: str, bindings: Mapping[str, Node], timeout: float | None) -> Result:
        if not bindings:
            return _materialize(self.graph.query(sparql))
        return _materialize(self.graph.query(_bound_query(self.graph, sparql, bindings)))

    def update(self, sparql: str) -> None:
        self.graph.update(sparql)

    def count(self) -> int:
        return len(self.graph)

    def clear(self) -> None:
        self.graph.remove((None, None, None))


def _bound_query(graph: Graph, sparql: str, bindings: Mapping[str, Node]) -> Any:
    """``sparql`` parsed by rdflib with a VALUES block holding ``bindings``.

    rdflib's query parser expands tabs and ``\\u`` escapes inside string
    literals, so the values cannot travel as query text: the VALUES block gets
    unique ASCII placeholders, which are swapped for the real terms in the
    parsed algebra. (rdflib's ``initBindings`` would do, but it turns an empty
    grouped result into one row of unbound values.)
    """
    from rdflib.plugins.sparql.algebra import translateQuery
    from rdflib.plugins.sparql.parser import parseQuery
    from rdflib.plugins.sparql.parserutils import CompValue

    tag = uuid.uuid4().hex
    placeholders = {name: Literal(f"kg-binding-{tag}-{i}") for i, name in enumerate(bindings)}
    real = {placeholders[name]: value for name, value in bindings.items()}
    query = translateQuery(
        parseQuery(bind_values(sparql, placeholders)), initNs=dict(graph.namespaces())
    )
    stack: list[Any] = [query.algebra]
    while stack:
        node = stack.pop()
        if isinstance(node, CompValue):
            if node.name == "values":
                node["res"] = [
                    {var: real.get(term, term) for var, term in row.items()} for row in node["res"]
                ]
            stack.extend(node.values())
        elif isinstance(node, list | tuple):
            stack.extend(node)
    return query


def _ox_term(node: Node) -> Any:
    import pyoxigraph as ox

    if isinstance(node, URIRef):
        return ox.NamedNode(str(node))
    if isinstance(node, BNode):
        return ox.BlankNode(str(node))
    if isinstance(node, Literal):
        if node.language:
            return ox.Literal(str(node), language=node.language)
        if node.datatype is not None:
            return ox.Literal(str(node), datatype=ox.NamedNode(str(node.datatype)))
        return ox.Literal(str(node))
    raise StoreError(f"cannot store term {node!r}")


def _ox_quad(t: Triple) -> Any:
    import pyoxigraph as ox

    return ox.Quad(_ox_term(t[0]), _ox_term(t[1]), _ox_term(t[2]), ox.DefaultGraph())


def _oxrdflib_store(ox_store: ox.Store) -> Any:
    """oxrdflib's rdflib store over ``ox_store``, returning plain literals for xsd:string."""
    from oxrdflib import OxigraphStore

    class _PlainLiteralStore(OxigraphStore):
        def triples(self, triple_pattern: Any, context: Any = None) -> Iterator[Any]:
            for (s, p, o), ctx in super().triples(triple_pattern, context):
                yield (s, p, plain_literal(o)), ctx

    return _PlainLiteralStore(store=ox_store)


class OxigraphBackend(Backend):
    """An embedded Oxigraph folder, seen by rdflib through oxrdflib.

    The rdflib Graph is bound to Oxigraph's default graph
    (``DATASET_DEFAULT_GRAPH_ID``), a fixed name: a Graph with a fresh
    blank-node identifier would find nothing when the folder is reopened.
    """

    def __init__(self, folder: Path, base_iri: str, *, read_only: bool) -> None:
        import pyoxigraph as ox

        self.folder = folder
        self.writable = not read_only
        try:
            self.ox: ox.Store = (
                ox.Store.read_only(str(folder)) if read_only else ox.Store(str(folder))
            )
        except OSError as e:
            raise StoreError(f"cannot open the store in {folder}: {e}") from e
        except RuntimeError as e:
            raise StoreError(f"the store in {folder} is damaged or unreadable: {e}") from e
        self.prefixes = prefixes(base_iri)
        self.graph = _new_graph(_oxrdflib_store(self.ox), DATASET_DEFAULT_GRAPH_ID)
        for prefix, ns in self.prefixes.items():
            self.graph.bind(prefix, ns)

    def existing(self, triples: Sequence[Triple]) -> set[Triple]:
        return {t for t in triples if _ox_quad(t) in self.ox}

    def insert(self, triples: Sequence[Triple]) -> None:
        if triples:
            self.ox.extend([_ox_quad(t) for t in triples])  # one transaction

    def delete(self, triples: Sequence[Triple]) -> None:
        if triples:
            self.ox.update("DELETE DATA {\n" + triples_block(triples) + "\n}")

    def query(self, sparql: str, bindings: Mapping[str, Node], timeout: float | None) -> Result:
        text = bind_values(sparql, bindings) if bindings else sparql
        return _materialize(self.graph.query(text))

    def update(self, sparql: str) -> None:
        self.ox.update(sparql, prefixes=self.prefixes)

    def count(self) -> int:
        return len(self.ox)

    def clear(self) -> None:
        self.ox.clear()

    def flush(self) -> None:
        # Oxigraph keeps recent writes in memory until flushed; a long build calls
        # this every so many documents so its memory stays flat.
        if self.ox is not None and self.writable:
            self.ox.flush()

    def close(self) -> None:
        if self.ox is None:
            return
        if self.writable:
            with contextlib.suppress(OSError):
                self.ox.flush()
        # Dropping the last reference closes the RocksDB files and releases its LOCK:
        # the rdflib store wrapper holds one, this object the other.
        wrapper = self.graph.store
        self.graph = _new_graph()
        with contextlib.suppress(Exception):
            wrapper.close()
        self.ox = None  # type: ignore[assignment]


class _EndpointStore(SPARQLUpdateStore):
    """rdflib's SPARQL store, sending its requests through :class:`RemoteBackend`."""

    def __init__(self, backend: RemoteBackend) -> None:
        super().__init__(
            query_endpoint=backend.query_url,
            update_endpoint=backend.update_url,
            context_aware=True,
            autocommit=True,
        )
        self._backend = backend

    def _is_contextual(self, graph: Any) -> bool:  # type: ignore[override]
        if graph is None:
            return False
        ident = graph if isinstance(graph, str) else graph.identifier
        return ident not in ("__UNION__", DATASET_DEFAULT_GRAPH_ID)

    def _query(self, query: str, default_graph: Any = None, named_graph: Any = None) -> Result:
        return self._backend.http_query(query, default_graph=default_graph)

    def _update(self, update: str) -> None:
        self._backend.http_update(update)


class RemoteBackend(Backend):
    """A SPARQL 1.1 endpoint (query + update), optionally writing into one named graph."""

    def __init__(
        self,
        query_url: str,
        update_url: str,
        base_iri: str,
        *,
        graph_name: URIRef | None = None,
        http_timeout: float = DEFAULT_HTTP_TIMEOUT,
        read_only: bool = False,
    ) -> None:
        self.query_url = query_url
        self.update_url = update_url
        self.graph_name = graph_name
        self.http_timeout = http_timeout
        self.writable = not read_only
        self.prefixes = prefixes(base_iri)
        #: Requests sent, by kind (``query``/``update``): batching is checked against these.
        self.requests: dict[str, int] = {"query": 0, "update": 0}
        self._local = threading.local()
        self._sparql_store = _EndpointStore(self)
        ident = graph_name if graph_name is not None else DATASET_DEFAULT_GRAPH_ID
        self.graph = _new_graph(self._sparql_store, ident)
        for prefix, ns in self.prefixes.items():
            self.graph.bind(prefix, ns)

    def staging(self, graph_name: URIRef) -> RemoteBackend:
        other = RemoteBackend(
            self.query_url,
            self.update_url,
            "",
            graph_name=graph_name,
            http_timeout=self.http_timeout,
        )
        other.prefixes = self.prefixes
        other.requests = self.requests
        return other

    # -- HTTP --------------------------------------------------------------

    def _post(
        self, url: str, data: bytes, headers: dict[str, str], timeout: float, *, fresh: bool
    ) -> tuple[int, str, bytes, str]:
        """POST and read the answer: (status, reason, body, content type).

        Connections are kept alive per thread (a request costs a fraction of a
        millisecond on loopback instead of a new TCP connection); a connection
        the server closed meanwhile is reopened once. Requests that must go
        through an HTTP proxy from the environment use urllib.
        """
        import http.client
        import urllib.request

        parts = urlsplit(url)
        host = parts.hostname or ""
        proxies = urllib.request.getproxies()
        if proxies.get(parts.scheme) and not urllib.request.proxy_bypass(host):
            request = urllib.request.Request(url, data=data, headers=headers)
            try:
                with urllib.request.urlopen(request, timeout=timeout) as resp:
                    return resp.status, resp.reason, resp.read(), resp.headers.get_content_type()
            except HTTPError as e:
                return e.code, str(e.reason), e.read(), ""
        key = (parts.scheme, host, parts.port)
        conns: dict[Any, Any] = self._local.__dict__.setdefault("conns", {})
        path = (parts.path or "/") + ("?" + parts.query if parts.query else "")
        for attempt in range(2):
            conn = None if fresh else conns.pop(key, None)
            reused = conn is not None
            if conn is None:
                cls = (
                    http.client.HTTPSConnection
                    if parts.scheme == "https"
                    else (http.client.HTTPConnection)
                )
                conn = cls(host, parts.port, timeout=timeout)
            elif conn.sock is not None:
                conn.sock.settimeout(timeout)
            try:
                conn.request("POST", path, body=data, headers=headers)
                resp = conn.getresponse()
                body = resp.read()
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                conn.close()
                if reused and attempt == 0:
                    continue  # the server closed an idle connection: open a new one
                raise
            except (http.client.HTTPException, OSError):
                conn.close()
                raise
            if resp.will_close or fresh:
                conn.close()
            else:
                conns[key] = conn
            return resp.status, resp.reason, body, resp.headers.get_content_type()
        raise AssertionError("unreachable")

    def _send(
        self,
        url: str,
        body: str,
        content_type: str,
        accept: str,
        params: dict[str, str],
        *,
        kind: str,
        retries: int,
        timeout: float | None,
        fresh: bool = False,
    ) -> tuple[bytes, str]:
        import http.client

        full = url + ("?" + urlencode(params) if params else "")
        data = body.encode("utf-8", "replace")  # a lone surrogate must not crash a request
        headers = {"Content-Type": content_type, "Accept": accept}
        wait = timeout if timeout is not None else self.http_timeout
        for attempt in range(retries + 1):
            self.requests[kind] += 1
            try:
                status, reason, answer, ctype = self._post(full, data, headers, wait, fresh=fresh)
            except (URLError, TimeoutError, OSError, http.client.HTTPException) as e:
                if attempt < retries:
                    time.sleep(0.2 * 2**attempt)
                    continue
                why = getattr(e, "reason", None) or str(e) or type(e).__name__
                raise StoreError(
                    f"cannot reach SPARQL endpoint {url}: {why}. Check that the server "
                    "is running and the URL is right"
                ) from e
            if status < 400:
                return answer, ctype
            if status >= 500 and attempt < retries:
                time.sleep(0.2 * 2**attempt)
                continue
            detail = " ".join(answer[:500].decode("utf-8", "replace").split())
            raise StoreError(f"SPARQL endpoint {url} answered HTTP {status} {reason}: {detail}")
        raise AssertionError("unreachable")

    def http_query(
        self, sparql: str, *, default_graph: Any = None, timeout: float | None = None
    ) -> Result:
        params: dict[str, str] = {}
        if default_graph is not None and not isinstance(default_graph, BNode):
            if str(default_graph) not in (str(DATASET_DEFAULT_GRAPH_ID), "__UNION__"):
                params["default-graph-uri"] = str(default_graph)
        elif self.graph_name is not None:
            params["default-graph-uri"] = str(self.graph_name)
        data, ctype = self._send(
            self.query_url,
            sparql,
            "application/sparql-query; charset=UTF-8",
            "application/sparql-results+json, application/n-triples;q=0.9",
            params,
            kind="query",
            retries=2,
            timeout=timeout,
        )
        try:
            if ctype in ("application/sparql-results+json", "application/json"):
                return _materialize(Result.parse(io.BytesIO(data), format="json"))
            if ctype in ("application/n-triples", "text/plain", "text/turtle"):
                out = Result("CONSTRUCT")
                g = _new_graph()
                text = data.decode("utf-8")
                g.parse(data=text, format="nt" if ctype != "text/turtle" else "turtle")
                out.graph = g
                return out
        except Exception as e:
            detail = " ".join(str(e).split())[:300] or type(e).__name__
            raise StoreError(
                f"SPARQL endpoint {self.query_url} sent an answer kg cannot read ({ctype}): "
                f"{detail}; check that the URL is a SPARQL query endpoint"
            ) from e
        raise StoreError(f"SPARQL endpoint {self.query_url} answered with unexpected {ctype!r}")

    def http_update(self, sparql: str, *, fresh: bool = False) -> None:
        if not self.writable:
            raise StoreError(f"the store {self.update_url} was opened read-only")
        self._send(
            self.update_url,
            sparql,
            "application/sparql-update; charset=UTF-8",
            "*/*",
            {},
            kind="update",
            retries=0,
            timeout=None,
            fresh=fresh,
        )

    # -- backend API -------------------------------------------------------

    def _wrap(self, block: str) -> str:
        if self.graph_name is None:
            return block
        return f"GRAPH {self.graph_name.n3()} {{\n{block}\n}}"

    def existing(self, triples: Sequence[Triple]) -> set[Triple]:
        found: set[Triple] = set()
        for i in range(0, len(triples), _VALUES_CHUNK):
            chunk = triples[i : i + _VALUES_CHUNK]
            rows = " ".join(
                f"({sparql_term(s)} {sparql_term(p)} {sparql_term(o)})" for s, p, o in chunk
            )
            res = self.http_query(
                f"SELECT ?s ?p ?o WHERE {{ VALUES (?s ?p ?o) {{ {rows} }} ?s ?p ?o }}"
            )
            for row in res.bindings:
                found.add(
                    (row[Variable("s")], row[Variable("p")], plain_literal(row[Variable("o")]))
                )
        return found

    def insert(self, triples: Sequence[Triple]) -> None:
        if triples:
            self.http_update("INSERT DATA {\n" + self._wrap(triples_block(triples)) + "\n}")

    def delete(self, triples: Sequence[Triple]) -> None:
        if triples:
            self.http_update("DELETE DATA {\n" + self._wrap(triples_block(triples)) + "\n}")

    def query(self, sparql: str, bindings: Mapping[str, Node], timeout: float | None) -> Result:
        head = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in self.prefixes.items())
        text = bind_values(sparql, bindings) if bindings else sparql
        return self.http_query(head + text, timeout=timeout)

    def update(self, sparql: str) -> None:
        if self.graph_name is not None:
            self.graph.update(sparql)  # rdflib rewrites it into the named graph
            return
        head = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in self.prefixes.items())
        # A caller's update may not be safe to send twice: no reused connection.
        self.http_update(head + sparql, fresh=True)

    def count(self) -> int:
        res = self.http_query("SELECT (COUNT(*) AS ?c) WHERE { ?s ?p ?o }")
        try:
            return int(str(res.bindings[0][Variable("c")]))
        except (IndexError, KeyError, ValueError) as e:
            raise StoreError(
                f"SPARQL endpoint {self.query_url} answered a triple count kg cannot read; "
                "check that the URL is a SPARQL query endpoint"
            ) from e

    def clear(self) -> None:
        if self.graph_name is None:
            self.http_update("CLEAR DEFAULT")
        else:
            self.http_update(f"CLEAR SILENT GRAPH {self.graph_name.n3()}")
