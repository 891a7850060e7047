"""The graph store: one API over an in-memory graph, an embedded Oxigraph folder
and a remote SPARQL 1.1 endpoint.

Store specs (``--store``):

- ``memory``: an rdflib in-memory graph, gone when the process ends;
- a folder path, or ``oxigraph:PATH``: an embedded persistent Oxigraph store;
- ``http(s)://host/query``: a SPARQL 1.1 endpoint; updates go to the same URL
  with ``/query`` or ``/sparql`` replaced by ``/update``, or give both as
  ``QUERY_URL,UPDATE_URL``.

Writes are batched: one document (its node, entities, facts and evidence) is one
transaction on Oxigraph and one ``INSERT DATA`` request on an endpoint, so a
failure never leaves half a document. Every value is serialized by rdflib's own
term escaping (``Node.n3()``), never by pasting text into SPARQL.

An embedded store is guarded by a lock file beside its folder (``STORE.lock``):
one writer at a time, or any number of readers. Readers open the folder
read-only (``pyoxigraph.Store.read_only``); Oxigraph calls a read-only open
undefined while another process writes, so readers and the writer exclude each
other through the lock rather than risk reading a half-compacted store. A
second writer (or a reader during a write) waits up to ``lock_timeout`` seconds
(default 10, env ``KG_LOCK_TIMEOUT``), then fails with
:class:`~kg.errors.StoreLockedError` naming the folder.

Example::

    with open_store("memory") as store:
        store.add_document(doc, facts)
        print(store.triple_count())
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import fcntl
import io
import os
import re
import shutil
import threading
import time
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any
from urllib.error import HTTPError, URLError
from urllib.parse import urlencode, urlsplit

from rdflib import Graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.plugins.stores.sparqlstore import SPARQLUpdateStore
from rdflib.query import Result
from rdflib.term import BNode, Identifier, Literal, Node, URIRef, Variable

from kg.errors import StoreError, StoreLockedError
from kg.graph.iri import check_base_iri, document_iri
from kg.graph.mapping import Triple, clean_text, document_graph_triples
from kg.graph.namespace import DCTERMS, KGO, RDF, SCHEMA, XSD, prefixes
from kg.graph.queries import load_query
from kg.records import Document, Fact

if TYPE_CHECKING:
    import pyoxigraph as ox

DEFAULT_LOCK_TIMEOUT = 10.0
DEFAULT_HTTP_TIMEOUT = 60.0
_VAR = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_VARNAME = re.compile(r"[A-Za-z0-9_\u00B7\u00C0-\uFFFF]+")
_IRIREF = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')

#: Triples per request when asking an endpoint which triples it already has.
_VALUES_CHUNK = 400


def _lock_timeout(value: float | None) -> float:
    if value is not None:
        return value
    env = os.environ.get("KG_LOCK_TIMEOUT")
    if env:
        try:
            return float(env)
        except ValueError:
            raise StoreError(
                f"invalid KG_LOCK_TIMEOUT {env!r}: give a number of seconds, e.g. 30"
            ) from None
    return DEFAULT_LOCK_TIMEOUT


def plain_literal(node: Node) -> Node:
    """``"x"^^xsd:string`` as the plain literal ``"x"`` (the same RDF 1.1 term)."""
    if isinstance(node, Literal) and node.datatype == XSD.string and node.language is None:
        return Literal(str(node))
    return node


def _sparql_term(node: Node) -> str:
    """A term in SPARQL syntax, escaped by rdflib.

    rdflib escapes a literal's text but writes IRIs (and a literal's datatype)
    as they are, so those are checked against the IRIREF grammar first.
    """
    if isinstance(node, BNode):
        raise StoreError(f"blank node {node.n3()} cannot be sent to a SPARQL endpoint")
    iri = node if isinstance(node, URIRef) else getattr(node, "datatype", None)
    if iri is not None and not _IRIREF.fullmatch(f"<{iri}>"):
        raise StoreError(
            f'invalid IRI {str(iri)!r}: IRIs may not contain spaces or <>"{{}}|^`\\ '
            "(percent-encode them)"
        )
    return node.n3()


def _triples_block(triples: Iterable[Triple]) -> str:
    return "\n".join(
        f"{_sparql_term(s)} {_sparql_term(p)} {_sparql_term(o)} ." for s, p, o in triples
    )


def _values_clause(bindings: Mapping[str, Node]) -> str:
    for name in bindings:
        if not _VAR.fullmatch(name):
            raise StoreError(f"invalid variable name {name!r} in bindings: use letters, digits, _")
    names = " ".join("?" + str(k) for k in bindings)
    values = " ".join(_sparql_term(v) for v in bindings.values())
    return f"VALUES ( {names} ) {{ ( {values} ) }}"


def _skip_string(text: str, i: int) -> int:
    """Index just past the string literal starting at ``text[i]``."""
    quote = text[i]
    if text.startswith(quote * 3, i):
        end = i + 3
        while end < len(text):
            if text[end] == "\\":
                end += 2
                continue
            if text.startswith(quote * 3, end):
                return end + 3
            end += 1
        return end
    end = i + 1
    while end < len(text) and text[end] not in (quote, "\n"):
        end += 2 if text[end] == "\\" else 1
    return end + 1


def _where_brace(text: str) -> int:
    """Offset of the ``{`` opening the query's outer WHERE group, or -1."""
    depth, first, saw_where, i, n = 0, -1, False, 0, len(text)
    while i < n:
        c = text[i]
        if c == "#":
            nl = text.find("\n", i)
            i = n if nl < 0 else nl + 1
            continue
        if c in "\"'":
            i = _skip_string(text, i)
            continue
        if c == "<":
            m = _IRIREF.match(text, i)
            if m:
                i = m.end()
                continue
        if c in "?$":
            m = _VARNAME.match(text, i + 1)
            i = m.end() if m else i + 1
            continue
        if c == "{":
            if depth == 0:
                if saw_where:
                    return i
                if first < 0:
                    first = i
            depth += 1
        elif c == "}":
            depth -= 1
        elif c.isalpha() and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "_:")):
            m = _VARNAME.match(text, i)
            word = m.group(0) if m else c
            if (
                depth == 0
                and word.upper() == "WHERE"
                and text[i + len(word) : i + len(word) + 1] != ":"
            ):
                saw_where = True
            i += len(word)
            continue
        i += 1
    return first


def bind_values(sparql: str, bindings: Mapping[str, Node]) -> str:
    """``sparql`` with the variables pre-bound by a VALUES block at the top of its WHERE group.

    The values are written with rdflib's term escaping, so any text is safe.
    Unlike a trailing VALUES clause this also restricts grouped (aggregate)
    queries. Works the same on every kind of store.
    """
    block = _values_clause(bindings)
    pos = _where_brace(sparql)
    if pos < 0:
        return sparql + "\n" + block + "\n"
    return sparql[: pos + 1] + "\n  " + block + "\n" + sparql[pos + 1 :]


def to_term(value: Any) -> Identifier:
    """A Python value as an RDF term: terms pass through, anything else becomes a Literal."""
    if isinstance(value, Identifier):
        return value
    return Literal(value)


# ---------------------------------------------------------------------------
# Lock file
# ---------------------------------------------------------------------------


class _FileLock:
    """An fcntl lock on ``STORE.lock``: exclusive for a writer, shared for readers."""

    def __init__(self, folder: Path, *, exclusive: bool, timeout: float) -> None:
        self.folder = folder
        self.path = folder.with_name(folder.name + ".lock")
        self.exclusive = exclusive
        self.timeout = timeout
        self._fh: IO[str] | None = None

    def acquire(self) -> None:
        try:
            fh = open(self.path, "a+")  # noqa: SIM115 - kept open while the lock is held
        except OSError as e:
            raise StoreError(f"cannot create lock file {self.path}: {e.strerror}") from e
        mode = (fcntl.LOCK_EX if self.exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB
        deadline = time.monotonic() + self.timeout
        delay = 0.02
        while True:
            try:
                fcntl.flock(fh.fileno(), mode)
            except OSError as e:
                if e.errno not in (errno.EAGAIN, errno.EACCES):
                    fh.close()
                    raise StoreError(f"cannot lock {self.path}: {e.strerror}") from e
                if time.monotonic() >= deadline:
                    fh.close()
                    what = "written" if not self.exclusive else "used"
                    raise StoreLockedError(
                        f"store {self.folder} is being {what} by another process "
                        f"(lock file {self.path}); waited {self.timeout:g} s. Try again when "
                        "the other kg command has finished, or wait longer with "
                        "KG_LOCK_TIMEOUT=SECONDS"
                    ) from None
                time.sleep(delay)
                delay = min(delay * 2, 0.25)
                continue
            self._fh = fh
            return

    def release(self) -> None:
        if self._fh is not None:
            with contextlib.suppress(OSError):
                fcntl.flock(self._fh.fileno(), fcntl.LOCK_UN)
            self._fh.close()
            self._fh = None


def _exchange_dirs(a: Path, b: Path) -> bool:
    """Atomically swap two folders (Linux renameat2 RENAME_EXCHANGE); False if unsupported."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    rc = renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange)
    return bool(rc == 0)


# ---------------------------------------------------------------------------
# Backends
# ---------------------------------------------------------------------------


class _Backend:
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


class _MemoryBackend(_Backend):
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


class _OxigraphBackend(_Backend):
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
            self.ox.update("DELETE DATA {\n" + _triples_block(triples) + "\n}")

    def query(self, sparql: str, bindings: Mapping[str, Node], timeout: float | None) -> Result:
        text = bind_values(sparql, bindings) if bindings else sparql
        return _materialize(self.graph.query(text))

    def update(self, sparql: str) -> None:
        self.ox.update(sparql, prefixes=self.prefixes)

    def count(self) -> int:
        return len(self.ox)

    def clear(self) -> None:
        self.ox.clear()

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
    """rdflib's SPARQL store, sending its requests through :class:`_RemoteBackend`."""

    def __init__(self, backend: _RemoteBackend) -> None:
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


class _RemoteBackend(_Backend):
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

    def staging(self, graph_name: URIRef) -> _RemoteBackend:
        other = _RemoteBackend(
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
                f"({_sparql_term(s)} {_sparql_term(p)} {_sparql_term(o)})" for s, p, o in chunk
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
            self.http_update("INSERT DATA {\n" + self._wrap(_triples_block(triples)) + "\n}")

    def delete(self, triples: Sequence[Triple]) -> None:
        if triples:
            self.http_update("DELETE DATA {\n" + self._wrap(_triples_block(triples)) + "\n}")

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


# ---------------------------------------------------------------------------
# The store
# ---------------------------------------------------------------------------


class KGStore:
    """A graph store holding documents, entities, facts and their evidence.

    Use :func:`open_store` to get one. ``graph`` is an rdflib Graph over the
    store's content for SPARQL, networkx or serialization.
    """

    def __init__(
        self,
        backend: _Backend,
        spec: str,
        base_iri: str,
        *,
        lock: _FileLock | None = None,
        read_only: bool = False,
    ) -> None:
        self._backend = backend
        self.spec = spec
        self.base_iri = base_iri
        self.read_only = read_only
        self._lock = lock
        self._closed = False

    # -- context manager ---------------------------------------------------

    def __enter__(self) -> KGStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"KGStore({self.spec!r})"

    @property
    def graph(self) -> Graph:
        """The store's content as an rdflib Graph (read access)."""
        return self._backend.graph

    @property
    def kind(self) -> str:
        """``memory``, ``oxigraph`` or ``sparql``."""
        if isinstance(self._backend, _OxigraphBackend):
            return "oxigraph"
        if isinstance(self._backend, _RemoteBackend):
            return "sparql"
        return "memory"

    @property
    def requests(self) -> dict[str, int]:
        """HTTP requests sent so far by kind (remote stores; empty otherwise)."""
        return self._backend.requests if isinstance(self._backend, _RemoteBackend) else {}

    def _check_writable(self) -> None:
        if self._closed:
            raise StoreError(f"the store {self.spec} is closed")
        if self.read_only or not self._backend.writable:
            raise StoreError(
                f"the store {self.spec} was opened read-only; open it with read_only=False to write"
            )

    # -- writing -----------------------------------------------------------

    def add_document(self, doc: Document, facts: Sequence[Fact]) -> int:
        """Write ``doc``, its entities, facts and evidence atomically; return triples added.

        A document already in the store (same content hash) is skipped: adding
        it again changes nothing and returns 0.
        """
        return self.add_documents([(doc, facts)])

    def add_documents(self, items: Iterable[tuple[Document, Sequence[Fact]]]) -> int:
        """Write several documents in one transaction (one request on an endpoint)."""
        self._check_writable()
        todo: dict[str, tuple[Triple, Document, Sequence[Fact]]] = {}
        for doc, facts in items:
            guard: Triple = (
                document_iri(doc.hash, self.base_iri),
                KGO.contentHash,
                Literal(doc.hash),
            )
            todo.setdefault(doc.hash, (guard, doc, facts))
        if len(todo) > 1:
            # Many documents: drop the stored ones before mapping (a re-run is cheap).
            stored = self._backend.existing([g for g, _d, _f in todo.values()])
            todo = {h: item for h, item in todo.items() if item[0] not in stored}
        if not todo:
            return 0
        per_doc = [
            (guard, document_graph_triples(doc, list(facts), self.base_iri))
            for guard, doc, facts in todo.values()
        ]
        # One read tells which documents are stored already and which triples are new.
        present = self._backend.existing(list(dict.fromkeys(t for _g, ts in per_doc for t in ts)))
        batch: dict[Triple, None] = {}
        for guard, triples in per_doc:
            if guard in present:
                continue  # same content hash: the document is stored, add nothing
            batch.update((t, None) for t in triples if t not in present)
        if batch:
            self._backend.insert(list(batch))
        return len(batch)

    def has_document(self, content_hash: str) -> bool:
        """True when a document with this content hash is in the store."""
        pattern = (None, KGO.contentHash, Literal(content_hash))
        return next(iter(self.graph.triples(pattern)), None) is not None

    def forget(self, ref: str) -> int:
        """Remove the document(s) ``ref`` names and the facts only they supported.

        ``ref`` is a document id, URL, source path or content hash. Facts that
        other documents also support stay; entities left with no fact and no
        evidence go. Returns the number of facts removed.
        """
        self._check_writable()
        ref = clean_text(ref)  # stored text was cleaned the same way
        candidates = [ref]
        with contextlib.suppress(OSError, ValueError):
            resolved = str(Path(ref).resolve())
            if resolved != ref and Path(ref).exists():
                candidates.append(resolved)
        docs: set[Node] = set()
        for cand in candidates:
            for prop, value in (
                (DCTERMS.identifier, Literal(cand)),
                (KGO.contentHash, Literal(cand)),
                (KGO.sourcePath, Literal(cand)),
                (SCHEMA.url, Literal(cand, datatype=XSD.anyURI)),
                (SCHEMA.url, Literal(cand)),
            ):
                for doc in self.graph.subjects(prop, value):
                    if (doc, RDF.type, KGO.Document) in self.graph:
                        docs.add(doc)
        if not docs:
            raise StoreError(
                f"no document matches {ref!r} in {self.spec}: give a document id, URL, "
                "source path or content hash as stored (see `kg query` over kgo:Document)"
            )
        removal: dict[Triple, None] = {}
        supporters: dict[Triple, set[Node]] = {}
        for doc in docs:
            for p, o in self._rows("describe_node", {"node": doc}, "p", "o"):
                removal.setdefault((doc, p, o))
            for ev, p, o in self._rows("document_evidence", {"doc": doc}, "ev", "p", "o"):
                removal.setdefault((ev, p, o))
            for s, p, o, sup in self._rows(
                "fact_documents", {"doc": doc}, "s", "p", "o", "support"
            ):
                supporters.setdefault((s, p, o), set()).add(sup)
        orphans = [fact for fact, sups in supporters.items() if sups <= docs]
        for fact in orphans:
            removal.setdefault(fact)
        entities = {n for fact in orphans for n in (fact[0], fact[2])}
        for entity in entities:
            if self._only_linked_by(entity, removal):
                for p, o in self._rows("describe_node", {"node": entity}, "p", "o"):
                    removal.setdefault((entity, p, o))
        self._backend.delete(list(removal))
        return len(orphans)

    def _only_linked_by(self, entity: Node, removal: Mapping[Triple, None]) -> bool:
        """True when every fact and evidence triple naming ``entity`` is in ``removal``.

        Reads at most one link more than ``removal`` could hold, so a hub entity
        with thousands of facts costs no more than a rare one.
        """
        incoming = sum(1 for t in removal if t[2] == entity)
        outgoing = sum(1 for t in removal if t[0] == entity)
        rows = self._rows("entity_incoming", {"entity": entity}, "s", "p", limit=incoming + 1)
        if not all((s, p, entity) in removal for s, p in rows):
            return False
        rows = self._rows("entity_outgoing", {"entity": entity}, "p", "o", limit=outgoing + 1)
        return all((entity, p, o) in removal for p, o in rows)

    def _rows(
        self, name: str, bindings: dict[str, Node], *names: str, limit: int | None = None
    ) -> list[Any]:
        text = load_query(name) + (f"\nLIMIT {int(limit)}\n" if limit is not None else "")
        res = self.query(text, bindings)
        out = []
        for row in res.bindings:
            values = tuple(plain_literal(row.get(Variable(n))) for n in names)  # type: ignore[arg-type]
            out.append(values)
        return out

    @contextlib.contextmanager
    def replacing(self) -> Iterator[KGStore]:
        """Yield an empty writable store whose content replaces this one on success.

        On an exception inside the block this store is left untouched.
        """
        self._check_writable()
        backend = self._backend
        if isinstance(backend, _MemoryBackend):
            fresh = KGStore(_MemoryBackend(self.base_iri), self.spec, self.base_iri)
            yield fresh
            self._backend = fresh._backend
        elif isinstance(backend, _OxigraphBackend):
            yield from self._replacing_folder(backend)
        elif isinstance(backend, _RemoteBackend):
            yield from self._replacing_remote(backend)
        else:  # pragma: no cover - every backend is listed above
            raise StoreError(f"{self.spec} cannot be replaced")

    def _replacing_folder(self, backend: _OxigraphBackend) -> Iterator[KGStore]:
        folder = backend.folder
        # Leftovers of a build that was killed: safe to remove, we hold the exclusive lock.
        for pattern in (f".{folder.name}.new-*", f".{folder.name}.old-*"):
            for stale in folder.parent.glob(pattern):
                shutil.rmtree(stale, ignore_errors=True)
        tag = uuid.uuid4().hex[:12]
        staging = folder.with_name(f".{folder.name}.new-{tag}")
        fresh = KGStore(
            _OxigraphBackend(staging, self.base_iri, read_only=False), str(staging), self.base_iri
        )
        try:
            yield fresh
        except BaseException:
            fresh.close()
            shutil.rmtree(staging, ignore_errors=True)
            raise
        fresh.close()
        backend.close()
        try:
            if _exchange_dirs(staging, folder):
                shutil.rmtree(staging, ignore_errors=True)
            else:
                old = folder.with_name(f".{folder.name}.old-{tag}")
                os.rename(folder, old)
                os.rename(staging, folder)
                shutil.rmtree(old, ignore_errors=True)
        finally:
            self._backend = _OxigraphBackend(folder, self.base_iri, read_only=False)

    def _replacing_remote(self, backend: _RemoteBackend) -> Iterator[KGStore]:
        name = URIRef(f"urn:x-kg:staging:{uuid.uuid4().hex}")
        target = backend.graph_name
        staging = backend.staging(name)
        fresh = KGStore(staging, self.spec, self.base_iri)
        try:
            yield fresh
        except BaseException:
            with contextlib.suppress(StoreError):
                backend.http_update(f"DROP SILENT GRAPH {name.n3()}")
            raise
        dest = "DEFAULT" if target is None else f"GRAPH {target.n3()}"
        clear = "CLEAR DEFAULT" if target is None else f"CLEAR SILENT GRAPH {target.n3()}"
        # One request: the endpoint applies it as one transaction.
        backend.http_update(
            f"{clear} ;\nADD SILENT GRAPH {name.n3()} TO {dest} ;\nDROP SILENT GRAPH {name.n3()}"
        )

    # -- reading and raw access ---------------------------------------------

    def query(
        self,
        sparql: str,
        bindings: Mapping[str, Any] | None = None,
        *,
        timeout: float | None = None,
    ) -> Result:
        """Run a SPARQL query with optional pre-bound variables; results are fully read."""
        if self._closed:
            raise StoreError(f"the store {self.spec} is closed")
        terms = {k.lstrip("?$"): to_term(v) for k, v in (bindings or {}).items()}
        return self._backend.query(sparql, terms, timeout)

    def update(self, sparql: str) -> None:
        """Run a SPARQL Update (callers decide whether updates are allowed)."""
        self._check_writable()
        self._backend.update(sparql)

    def dump(self, fmt: str, output: IO[bytes] | None = None) -> bytes | None:
        """Serialize an embedded store natively (streaming, in Oxigraph): ``turtle``, ``nt``,
        ``jsonld`` or ``trig``. Returns the bytes when ``output`` is None.

        Only for ``kind == "oxigraph"``; other stores are serialized through rdflib
        (:mod:`kg.render.export`).
        """
        import pyoxigraph as ox

        backend = self._backend
        if not isinstance(backend, _OxigraphBackend):
            raise StoreError(f"native dump needs an embedded store, not {self.spec}")
        formats = {
            "turtle": ox.RdfFormat.TURTLE,
            "nt": ox.RdfFormat.N_TRIPLES,
            "jsonld": ox.RdfFormat.JSON_LD,
            "trig": ox.RdfFormat.TRIG,
        }
        if fmt not in formats:
            raise StoreError(f"unknown dump format {fmt!r}: expected one of {', '.join(formats)}")
        kwargs: dict[str, Any] = {"from_graph": ox.DefaultGraph()}
        if fmt != "nt":
            kwargs["prefixes"] = dict(backend.prefixes)
        return backend.ox.dump(output, formats[fmt], **kwargs)

    def triple_count(self) -> int:
        """Number of triples in the store."""
        return self._backend.count()

    def clear(self) -> None:
        """Remove every triple."""
        self._check_writable()
        self._backend.clear()

    def close(self) -> None:
        """Close the store and release its lock (safe to call twice)."""
        if self._closed:
            return
        self._closed = True
        try:
            self._backend.close()
        finally:
            if self._lock is not None:
                self._lock.release()


# ---------------------------------------------------------------------------
# Opening
# ---------------------------------------------------------------------------


def _endpoints(spec: str) -> tuple[str, str]:
    if "," in spec:
        query_url, update_url = (part.strip() for part in spec.split(",", 1))
        return query_url, update_url
    for tail in ("/query", "/sparql"):
        if spec.rstrip("/").endswith(tail):
            return spec, spec.rstrip("/")[: -len(tail)] + "/update"
    return spec, spec


def _looks_like_store(folder: Path) -> bool:
    return (folder / "CURRENT").is_file()


def open_store(
    spec: str,
    *,
    base_iri: str | None = None,
    create: bool = True,
    read_only: bool = False,
    lock_timeout: float | None = None,
    http_timeout: float = DEFAULT_HTTP_TIMEOUT,
) -> KGStore:
    """Open the store ``spec`` (see the module docstring); use it as a context manager.

    Example::

        with open_store("output/store", create=False, read_only=True) as st:
            print(st.triple_count())
    """
    base = check_base_iri(base_iri)
    spec = spec.strip()
    if not spec:
        raise StoreError("empty store spec: give a folder, 'memory' or a SPARQL endpoint URL")
    if spec == "memory":
        return KGStore(_MemoryBackend(base), spec, base, read_only=read_only)
    if spec.startswith(("http://", "https://")):
        query_url, update_url = _endpoints(spec)
        for url in (query_url, update_url):
            if not url.startswith(("http://", "https://")):
                raise StoreError(f"invalid SPARQL endpoint {url!r}: expected an http(s) URL")
            try:
                parts = urlsplit(url)
                _ = parts.port
            except ValueError as e:
                raise StoreError(f"invalid SPARQL endpoint {url!r}: {e}") from e
            if not parts.hostname:
                raise StoreError(f"invalid SPARQL endpoint {url!r}: no host name")
        remote = _RemoteBackend(
            query_url, update_url, base, http_timeout=http_timeout, read_only=read_only
        )
        return KGStore(remote, spec, base, read_only=read_only)
    path = spec[len("oxigraph:") :] if spec.startswith("oxigraph:") else spec
    folder = Path(path).expanduser().absolute()
    if not folder.exists() or (folder.is_dir() and not any(folder.iterdir())):
        if not create or read_only:
            raise StoreError(
                f"no store at {path!r}: create it with `kg build INPUT... --store {path}`"
            )
    elif not folder.is_dir():
        raise StoreError(f"store path {path!r} is a file, not a store folder")
    elif not _looks_like_store(folder):
        raise StoreError(
            f"{path!r} is not a kg store (no Oxigraph data in it): give an empty or new folder"
        )
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise StoreError(f"cannot create {folder.parent}: {e.strerror}") from e
    lock = _FileLock(folder, exclusive=not read_only, timeout=_lock_timeout(lock_timeout))
    lock.acquire()
    try:
        backend = _OxigraphBackend(folder, base, read_only=read_only)
    except BaseException:
        lock.release()
        raise
    return KGStore(backend, spec, base, lock=lock, read_only=read_only)


__all__ = ["KGStore", "StoreError", "StoreLockedError", "open_store", "plain_literal", "to_term"]
