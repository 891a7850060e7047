"""A SPARQL 1.1 endpoint (``http(s)://host/query``) over HTTP through urllib3.

Updates go to the same URL with ``/query`` or ``/sparql`` replaced by
``/update``, or the spec gives both as ``QUERY_URL,UPDATE_URL``. Reads are
retried, writes are sent once; one document is one ``INSERT DATA`` request.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import socket
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, Any
from urllib.parse import quote, urlencode, urlsplit

from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.plugins.stores.sparqlstore import SPARQLUpdateStore
from rdflib.query import Result
from rdflib.term import BNode, Node, URIRef, Variable
from urllib3.util.retry import Retry

from kg.errors import StoreError
from kg.graph.backends import DEFAULT_HTTP_TIMEOUT, Backend, DocumentTriples, OpenOptions
from kg.graph.backends.common import (
    insert_chunked,
    materialize,
    new_graph,
    parse_file,
    process_alive,
    serialize_graph,
    write_dump,
)
from kg.graph.mapping import Triple
from kg.graph.namespace import prefixes
from kg.graph.sparql_text import bind_values, triple_text, triples_block

#: Triples per request when asking an endpoint which triples it already has.
_VALUES_CHUNK = 400
#: Triples per INSERT DATA request of a bulk load into an endpoint.
REMOTE_INSERT_CHUNK = 5_000
#: Start of the name of the staging graph of a replacing build.
STAGING_PREFIX = "urn:x-kg:staging:"


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


class RemoteBackend:
    """A SPARQL 1.1 endpoint (query + update), optionally writing into one named graph.

    Query values are bound by a VALUES block of terms written by rdflib's escaping
    (:func:`kg.graph.sparql_text.bind_values`): SPARQL over HTTP has no way to send
    them apart from the text.
    """

    kind = "sparql"
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
        self.base_iri = base_iri
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
        self.graph = new_graph(self._sparql_store, ident, base_iri)

    def staging(self, graph_name: URIRef) -> RemoteBackend:
        other = RemoteBackend(
            self.query_url,
            self.update_url,
            self.base_iri,
            graph_name=graph_name,
            http_timeout=self.http_timeout,
        )
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
                return materialize(Result.parse(io.BytesIO(data), format="json"))
            if ctype in ("application/n-triples", "text/plain", "text/turtle"):
                out = Result("CONSTRUCT")
                g = new_graph()
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

    @contextlib.contextmanager
    def replacing(self) -> Iterator[RemoteBackend]:
        """Build into a named staging graph, then swap it in with one update request.

        The staging graph is named after this machine and process
        (``urn:x-kg:staging:HOST:PID:UUID``); staging graphs left by killed
        builds of this machine (and unnamed ones of older versions) are dropped
        first.
        """
        self.drop_stale_staging()
        host = quote(socket.gethostname(), safe="")
        name = URIRef(f"{STAGING_PREFIX}{host}:{os.getpid()}:{uuid.uuid4().hex}")
        target = self.graph_name
        try:
            yield self.staging(name)
        except BaseException:
            with contextlib.suppress(StoreError):
                self.http_update(f"DROP SILENT GRAPH {name.n3()}")
            raise
        dest = "DEFAULT" if target is None else f"GRAPH {target.n3()}"
        clear = "CLEAR DEFAULT" if target is None else f"CLEAR SILENT GRAPH {target.n3()}"
        # One request: the endpoint applies it as one transaction.
        self.http_update(
            f"{clear} ;\nADD SILENT GRAPH {name.n3()} TO {dest} ;\nDROP SILENT GRAPH {name.n3()}"
        )

    def drop_stale_staging(self) -> list[str]:
        """Drop the staging graphs of dead builds on this machine; their names."""
        found = self.http_query(
            "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } "
            f'FILTER(STRSTARTS(STR(?g), "{STAGING_PREFIX}")) }}',
            default_graph=DATASET_DEFAULT_GRAPH_ID,  # the whole dataset, named graphs included
        )
        names = [str(row[Variable("g")]) for row in found.bindings]
        stale = [g for g in names if _stale_staging(g)]
        if stale:
            self.http_update(" ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in stale))
        return stale

    def load_file(self, file: Path, fmt: str, *, transactional: bool) -> None:
        """Parsed by rdflib, then sent as INSERT DATA requests of 5,000 triples."""
        parsed = parse_file(file, fmt)
        if any(isinstance(term, BNode) for t in parsed for term in t):
            raise StoreError(
                f"cannot load {str(file)!r} into the SPARQL endpoint {self.query_url}: it has "
                "blank nodes, which cannot be sent in separate requests; name them with IRIs"
            )
        insert_chunked(self, parsed)

    def dump(self, fmt: str, output: IO[bytes] | None) -> bytes | None:
        return write_dump(serialize_graph(self.graph, fmt, self.base_iri), output)

    def flush(self) -> None:
        pass

    def clean(self) -> list[str]:
        return self.drop_stale_staging()

    def close(self) -> None:
        pass


def _stale_staging(name: str) -> bool:
    """Whether a staging graph was left by a build that no longer runs.

    Graphs of other machines are kept: whether their build still runs cannot be told.
    """
    parts = name[len(STAGING_PREFIX) :].split(":")
    if len(parts) == 1:  # UUID only: named by an older version, which never resumes it
        return True
    if len(parts) != 3 or not parts[1].isdigit():
        return False
    return parts[0] == quote(socket.gethostname(), safe="") and not process_alive(int(parts[1]))


def _endpoints(spec: str) -> tuple[str, str]:
    if "," in spec:
        query_url, update_url = (part.strip() for part in spec.split(",", 1))
        return query_url, update_url
    for tail in ("/query", "/sparql"):
        if spec.rstrip("/").endswith(tail):
            return spec, spec.rstrip("/")[: -len(tail)] + "/update"
    return spec, spec


def open_backend(spec: str, options: OpenOptions) -> Backend:
    """An ``http(s)://`` spec: the query and update URLs checked, no request sent yet."""
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
    return RemoteBackend(
        query_url,
        update_url,
        options.base_iri,
        http_timeout=options.http_timeout,
        read_only=options.read_only,
    )
