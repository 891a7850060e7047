"""The three kinds of store behind :class:`kg.graph.store.KGStore`: an rdflib
in-memory graph, an embedded Oxigraph folder (through oxrdflib), and a SPARQL
1.1 endpoint over HTTP. Each reads, inserts and deletes batches of triples;
the store builds documents, forgetting and replacing on top.
"""

from __future__ import annotations

import contextlib
import io
import json
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode, urlsplit

from rdflib import Graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.plugins.stores.sparqlstore import SPARQLUpdateStore
from rdflib.query import Result
from rdflib.term import BNode, Identifier, Literal, Node, URIRef, Variable
from urllib3.util.retry import Retry

from kg.errors import StoreError
from kg.graph.mapping import Triple
from kg.graph.namespace import XSD, prefixes
from kg.graph.sparql_text import bind_values, triple_text, triples_block

if TYPE_CHECKING:
    import pyoxigraph as ox

DEFAULT_HTTP_TIMEOUT = 60.0
#: Triples per request when asking an endpoint which triples it already has.
_VALUES_CHUNK = 400
#: Triples per INSERT DATA request of a bulk load into an endpoint.
REMOTE_INSERT_CHUNK = 5_000


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


# ---------------------------------------------------------------------------
# Backends
# ---------------------------------------------------------------------------


class Backend:
    """What a store kind must do; KGStore builds everything else on top."""

    graph: Graph
    writable: bool = True
    #: True when looking triples up costs no round trip (worth a separate read).
    local: bool = True
    #: Triples per transaction (per request) when bulk-inserting raw triples.
    insert_chunk: int = 100_000

    def existing(self, triples: Sequence[Triple]) -> set[Triple]:
        """The triples among ``triples`` already in the store (one read)."""
        return {t for t in triples if t in self.graph}

    def insert(self, triples: Sequence[Triple]) -> None:
        """Add the triples in one transaction (one request on an endpoint)."""
        raise NotImplementedError

    def insert_new(self, docs: Sequence[DocumentTriples]) -> int:
        """Write the documents whose guard is not stored; return the triples added.

        A stored document adds nothing; a new one adds its owned triples and
        those of its shared triples not stored yet. One transaction.
        """
        lookup = [d.guard for d in docs] + [t for d in docs for t in d.shared]
        present = self.existing(list(dict.fromkeys(lookup)))
        batch: dict[Triple, None] = {}
        for d in docs:
            if d.guard in present:
                continue
            batch.update(dict.fromkeys(d.owned))
            batch.update((t, None) for t in d.shared if t not in present)
        if batch:
            self.insert(list(batch))
        return len(batch)

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


#: rdflib IRI -> pyoxigraph NamedNode. Predicates, classes and entities repeat
#: constantly; bounded by emptying it when full.
_OX_NAMED: dict[URIRef, Any] = {}
_OX_NAMED_MAX = 100_000


def _ox_named(node: URIRef) -> Any:
    import pyoxigraph as ox

    named = ox.NamedNode(str(node))
    if type(node) is URIRef:
        if len(_OX_NAMED) >= _OX_NAMED_MAX:
            _OX_NAMED.clear()
        _OX_NAMED[node] = named
    return named


def _ox_term(node: Node) -> Any:
    """``node`` as a pyoxigraph term (IRIs from the cache)."""
    if type(node) is URIRef:
        return _OX_NAMED.get(node) or _ox_named(node)
    import pyoxigraph as ox

    if isinstance(node, Literal):
        if node.language:
            return ox.Literal(str(node), language=node.language)
        datatype = node.datatype
        if datatype is not None:
            return ox.Literal(str(node), datatype=_OX_NAMED.get(datatype) or _ox_named(datatype))
        return ox.Literal(str(node))
    if isinstance(node, URIRef):
        return _ox_named(node)
    if isinstance(node, BNode):
        return ox.BlankNode(str(node))
    raise StoreError(f"cannot store term {node!r}")


def _ox_quad(t: Triple) -> Any:
    """The triple as a quad of Oxigraph's default graph."""
    import pyoxigraph as ox

    s, p, o = t
    # No explicit DefaultGraph(): the same quad, several times faster to make.
    return ox.Quad(_ox_term(s), _ox_term(p), _ox_term(o))


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

    def insert_new(self, docs: Sequence[DocumentTriples]) -> int:
        # Each triple becomes a quad once, used for the lookup and the write;
        # counted as quads, so two rdflib spellings of one term count once.
        store = self.ox
        batch: dict[Any, None] = {}
        for d in docs:
            if _ox_quad(d.guard) in store:
                continue
            batch.update(dict.fromkeys(map(_ox_quad, d.owned)))
            for q in map(_ox_quad, d.shared):
                if q not in batch and q not in store:
                    batch[q] = None
        if batch:
            store.extend(batch)  # one transaction
        return len(batch)

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


class _CountingRetry(Retry):
    """urllib3's retry policy, calling ``on_resend`` before each resend (requests are counted)."""

    on_resend: Callable[[], None] | None = None

    def new(self, **kw: Any) -> _CountingRetry:
        retry = super().new(**kw)
        retry.on_resend = self.on_resend
        return retry

    def increment(self, *args: Any, **kwargs: Any) -> _CountingRetry:
        retry = super().increment(*args, **kwargs)  # raises when no try is left
        if self.on_resend is not None:
            self.on_resend()
        return retry


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

    local = False
    insert_chunk = REMOTE_INSERT_CHUNK

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
        #: Proxy URL (None: direct) -> urllib3 pool manager; host -> its proxy.
        self._pools: dict[str | None, Any] = {}
        self._proxy_for: dict[tuple[str, str, int | None], str | None] = {}
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
        other._pools = self._pools
        other._proxy_for = self._proxy_for
        return other

    # -- HTTP --------------------------------------------------------------

    def _manager(self, url: str) -> Any:
        """The urllib3 pool for ``url``: direct, or through the environment's HTTP proxy.

        The environment (``http_proxy``, ``no_proxy``...) is read once per host; pools
        are shared by the threads and by the staging store of a replacing build.
        """
        import urllib.request

        import urllib3

        parts = urlsplit(url)
        host = parts.hostname or ""
        key = (parts.scheme, host, parts.port)
        proxy = self._proxy_for.get(key, "")
        if proxy == "":
            found = urllib.request.getproxies().get(parts.scheme)
            proxy = found if found and not urllib.request.proxy_bypass(host) else None
            self._proxy_for[key] = proxy
        manager = self._pools.get(proxy)
        if manager is None:
            manager = (
                urllib3.ProxyManager(proxy, maxsize=8)
                if proxy
                else urllib3.PoolManager(num_pools=4, maxsize=8)
            )
            self._pools[proxy] = manager
        return manager

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
    ) -> tuple[bytes, str]:
        """POST ``body`` and return (answer, content type); a StoreError names ``url``.

        Reads pass ``retries=2``: urllib3 resends them after a connection failure, a
        timeout or a 5xx answer (waiting 0.4 s before the third try). Writes pass 0
        and are sent once, so an update is never applied twice.
        """
        import urllib3

        full = url + ("?" + urlencode(params) if params else "")
        data = body.encode("utf-8", "replace")  # a lone surrogate must not crash a request
        headers = {"Content-Type": content_type, "Accept": accept}
        wait = timeout if timeout is not None else self.http_timeout
        retry = _CountingRetry(
            total=retries,
            redirect=False,
            allowed_methods=None,  # reads are POSTed too
            status_forcelist=range(500, 600),
            backoff_factor=0.2,
            raise_on_status=False,
        )
        counter = self.requests
        retry.on_resend = lambda: counter.__setitem__(kind, counter[kind] + 1)
        counter[kind] += 1
        try:
            resp = self._manager(url).urlopen(
                "POST",
                full,
                body=data,
                headers=headers,
                retries=retry,
                redirect=False,
                timeout=urllib3.Timeout(connect=wait, read=wait),
            )
        except urllib3.exceptions.HTTPError as e:
            reason = getattr(e, "reason", None) or e
            why = " ".join(str(reason).split()) or type(reason).__name__
            raise StoreError(
                f"cannot reach SPARQL endpoint {url}: {why}. Check that the server "
                "is running and the URL is right"
            ) from e
        answer = resp.data
        ctype = (resp.headers.get("Content-Type") or "").split(";", 1)[0].strip().lower()
        if resp.status < 400:
            return answer, ctype
        detail = " ".join(answer[:500].decode("utf-8", "replace").split())
        raise StoreError(
            f"SPARQL endpoint {url} answered HTTP {resp.status} {resp.reason}: {detail}"
        )

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

    def http_update(self, sparql: str) -> None:
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
        )

    # -- backend API -------------------------------------------------------

    def _wrap(self, block: str) -> str:
        if self.graph_name is None:
            return block
        return f"GRAPH {self.graph_name.n3()} {{\n{block}\n}}"

    def _stored_rows(self, rows: Sequence[str]) -> set[int]:
        """Positions in ``rows`` (``S P O`` texts) of the triples the endpoint holds.

        One query per 400 rows; the answer names row numbers, not terms, so
        nothing depends on how the endpoint writes literals back, and it is
        read as plain JSON (no rdflib result parser for a list of numbers).
        """
        params = {"default-graph-uri": str(self.graph_name)} if self.graph_name is not None else {}
        found: set[int] = set()
        for start in range(0, len(rows), _VALUES_CHUNK):
            chunk = rows[start : start + _VALUES_CHUNK]
            values = " ".join(f"({start + k} {row})" for k, row in enumerate(chunk))
            data, _ctype = self._send(
                self.query_url,
                f"SELECT ?i WHERE {{ VALUES (?i ?s ?p ?o) {{ {values} }} ?s ?p ?o }}",
                "application/sparql-query; charset=UTF-8",
                "application/sparql-results+json",
                params,
                kind="query",
                retries=2,
                timeout=None,
            )
            try:
                bindings = json.loads(data)["results"]["bindings"]
                found.update(int(row["i"]["value"]) for row in bindings)
            except (KeyError, TypeError, ValueError) as e:
                raise StoreError(
                    f"SPARQL endpoint {self.query_url} answered a lookup kg cannot read; "
                    "check that the URL is a SPARQL query endpoint"
                ) from e
        return found

    def existing(self, triples: Sequence[Triple]) -> set[Triple]:
        stored = self._stored_rows([triple_text(t) for t in triples])
        return {triples[i] for i in stored if 0 <= i < len(triples)}

    def insert(self, triples: Sequence[Triple]) -> None:
        if triples:
            self.http_update("INSERT DATA {\n" + self._wrap(triples_block(triples)) + "\n}")

    def insert_new(self, docs: Sequence[DocumentTriples]) -> int:
        # One lookup for the guards and the shared triples together (one query per
        # 400 rows), then one INSERT DATA; every triple is written as text once.
        shared: dict[Triple, str] = {}
        for d in docs:
            for t in d.shared:
                if t not in shared:
                    shared[t] = triple_text(t)
        rows = [triple_text(d.guard) for d in docs] + list(shared.values())
        stored = self._stored_rows(rows)
        shared_keys = list(shared)
        stored_shared = {shared_keys[i - len(docs)] for i in stored if len(docs) <= i < len(rows)}
        batch: dict[Triple, str] = {}
        for k, d in enumerate(docs):
            if k in stored:
                continue  # the document is stored: add nothing
            for t in d.owned:
                if t not in batch:
                    batch[t] = triple_text(t)
            for t in d.shared:
                if t not in stored_shared and t not in batch:
                    batch[t] = shared[t]
        if batch:
            block = "\n".join(f"{text} ." for text in batch.values())
            self.http_update("INSERT DATA {\n" + self._wrap(block) + "\n}")
        return len(batch)

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
        self.http_update(head + sparql)

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
