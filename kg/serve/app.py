"""The WSGI application of ``kg serve`` (werkzeug): the SPARQL 1.1 Protocol at
``/query`` (also ``/sparql``) and ``/update``, the named queries at
``/queries/NAME``, the query page at ``/``, the view at ``/view`` and entity pages
at ``/entity/NAME``.

Errors are :class:`~kg.errors.KGError` subclasses turned into one line of text
and a status: 400 malformed, unknown or with FROM, 401 no token, 403 refused
(update, SERVICE, LOAD, USING), 404 unknown name, 406 no acceptable format, 422 over the
row cap, 503 over the time limit or the store locked by a writer.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from importlib import resources
from typing import Any
from urllib.parse import quote, urlsplit

from werkzeug.exceptions import HTTPException, NotFound
from werkzeug.routing import Map, Rule
from werkzeug.wrappers import Request, Response

from kg.errors import (
    KGError,
    NotFoundError,
    ParameterError,
    QueryLimitError,
    QueryRefusedError,
    QueryTimeoutError,
    StoreLockedError,
    UnauthorizedError,
    UsageError,
)
from kg.graph.snapshot import Snapshots
from kg.serve.endpoint import Evaluator, Limits, NotAcceptableError, classified, guard_update

#: Longest request body accepted (a query or an update), in bytes.
MAX_BODY = 1 << 20
#: Parameters of the protocol that would make the endpoint read another dataset.
DATASET_PARAMS = (
    "default-graph-uri",
    "named-graph-uri",
    "using-graph-uri",
    "using-named-graph-uri",
)
# YASGUI sets styles from script, hence 'unsafe-inline' for styles (never for scripts).
PAGE_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "connect-src 'self'; font-src 'self' data:; "
    "img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
ENTITY_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"
ASSETS = {
    "query.js": "text/javascript",
    "query.css": "text/css",
    "yasgui/yasgui.min.js": "text/javascript",
    "yasgui/yasgui.min.css": "text/css",
}

_STATUS: list[tuple[type[KGError], int]] = [
    (UnauthorizedError, 401),
    (QueryRefusedError, 403),
    (NotFoundError, 404),
    (NotAcceptableError, 406),
    (QueryTimeoutError, 503),
    (QueryLimitError, 422),
    (StoreLockedError, 503),
    (ParameterError, 400),
    (UsageError, 400),
]


def status_of(error: KGError) -> int:
    """The HTTP status of a library error (400 for a bad query, see the module docstring)."""
    from kg.errors import QueryError

    for cls, status in _STATUS:
        if isinstance(error, cls):
            return status
    return 400 if isinstance(error, QueryError) else 500


@dataclass
class ServeApp:
    """The endpoint over ``snaps``; ``update`` applies an update to the store itself."""

    snaps: Snapshots
    evaluator: Evaluator
    limits: Limits
    base_iri: str
    update: Callable[[str], None]
    #: Host names a request may name (None: any, when not serving on loopback).
    hosts: set[str] | None = None

    def __post_init__(self) -> None:
        from kg.graph.namespace import prefixes

        self.prefixes = prefixes(self.base_iri)
        self.urls = Map(
            [
                Rule("/", endpoint="page", methods=["GET"]),
                Rule("/query", endpoint="query", methods=["GET", "POST"]),
                Rule("/sparql", endpoint="sparql", methods=["GET", "POST"]),
                Rule("/update", endpoint="update", methods=["POST"]),
                Rule("/queries", endpoint="queries", methods=["GET"]),
                Rule("/queries/<name>", endpoint="named", methods=["GET"]),
                Rule("/view", endpoint="view", methods=["GET"]),
                Rule("/entity/<path:name>", endpoint="entity", methods=["GET"]),
                Rule("/assets/<path:name>", endpoint="asset", methods=["GET"]),
            ]
        )

    def __call__(self, environ: dict[str, Any], start_response: Any) -> Iterable[bytes]:
        request = Request(environ)
        request.max_content_length = MAX_BODY
        request.max_form_memory_size = MAX_BODY
        try:
            self._check_host(request)
            endpoint, args = self.urls.bind_to_environ(environ).match()
            response = getattr(self, f"on_{endpoint}")(request, **args)
        except KGError as e:
            response = _error(e)
        except HTTPException as e:
            response = e.get_response(environ)
        return response(environ, start_response)

    def _check_host(self, request: Request) -> None:
        if self.hosts is None:
            return
        name = urlsplit("//" + request.host).hostname or ""
        if name not in self.hosts:
            raise QueryRefusedError(
                f"unexpected Host {request.host!r}: this server answers requests for "
                f"{', '.join(sorted(self.hosts))} only"
            )

    # -- SPARQL ----------------------------------------------------------------

    def on_query(self, request: Request) -> Response:
        text = _protocol_text(request, "query")
        if text is None:
            raise UsageError("no query: give one as ?query=... or POST application/sparql-query")
        return self._answer(request, text, _declared_bindings(request, text))

    def on_sparql(self, request: Request) -> Response:
        if request.method == "POST" and (
            "update" in request.form or request.mimetype == "application/sparql-update"
        ):
            return self.on_update(request)
        return self.on_query(request)

    def on_update(self, request: Request) -> Response:
        text = _protocol_text(request, "update")
        if text is None:
            raise UsageError("no update: POST it as update=... or application/sparql-update")
        kind = classified(text)
        guard_update(kind, self.limits, request.headers.get("Authorization"), self.prefixes)
        self.update(text)
        return Response(status=204)

    def _answer(self, request: Request, text: str, bindings: Any = None) -> Response:
        answer = self.evaluator.query(
            text,
            accept=request.accept_mimetypes if "Accept" in request.headers else None,
            fmt=request.args.get("format") or request.form.get("format"),
            bindings=bindings,
            timeout=_timeout(request),
        )
        response = Response(answer.body, content_type=_content_type(answer.media_type))
        response.headers["Vary"] = "Accept"
        response.headers["X-Content-Type-Options"] = "nosniff"
        return response

    # -- named queries ---------------------------------------------------------

    def on_queries(self, request: Request) -> Response:
        from kg.graph.queries import load_query, query_names, query_params

        listing = []
        for name in query_names():
            text = load_query(name)
            lines = [ln[1:].strip() for ln in _header(text) if "param:" not in ln]
            listing.append(
                {
                    "name": name,
                    "description": " ".join(lines),
                    "params": [asdict(p) for p in query_params(text)],
                    "text": text,
                }
            )
        return _json(listing)

    def on_named(self, request: Request, name: str) -> Response:
        from kg.errors import QueryError
        from kg.graph.queries import bind_params, load_query

        try:
            text = load_query(name)
        except QueryError as e:
            raise NotFoundError(str(e)) from None
        values = {k: v for k, v in request.args.items() if k not in ("format", "timeout")}
        bindings = bind_params(text, values, f"{name}.rq", how="?{}=VALUE")
        return self._answer(request, text, bindings)

    # -- pages -----------------------------------------------------------------

    def on_page(self, request: Request) -> Response:
        page = _asset("query.html")
        return _page(page, PAGE_CSP)

    def on_asset(self, request: Request, name: str) -> Response:
        if name not in ASSETS:
            raise NotFound()
        response = Response(_asset(name), mimetype=ASSETS[name])
        response.headers["X-Content-Type-Options"] = "nosniff"
        return response

    def on_view(self, request: Request) -> Response:
        from kg.render.view import ViewOptions, render_html, view_data

        options = ViewOptions(
            focus=request.args.get("focus") or None,
            depth=_int(request, "depth", 1) or 0,
            relations=request.args.getlist("relation"),
            since=request.args.get("since") or None,
            as_of=request.args.get("as-of") or None,
            min_support=_int(request, "min-support", 1) or 0,
            min_confidence=_float(request, "min-confidence", 0.0),
            top=_int(request, "top", None),
        )
        with self.snaps.pinned() as snap:
            graph = snap.graph(self.base_iri)
            if options.as_of is None:
                data = view_data(graph, options)
            else:
                from kg.query.timeline import graph_as_of

                with graph_as_of(graph, options.as_of, self.base_iri) as past:
                    data = view_data(past.graph, options)
        response = Response(render_html(data), mimetype="text/html")
        response.headers["X-Content-Type-Options"] = "nosniff"
        return response

    def on_entity(self, request: Request, name: str) -> Response:
        from kg.query.analytics import ego_fact_records

        try:
            with self.snaps.pinned() as snap:
                records = ego_fact_records(snap.graph(self.base_iri), name, 1)
        except UsageError as e:
            raise NotFoundError(str(e)) from None
        return _page(entity_page(name, records), ENTITY_CSP)


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------


def _protocol_text(request: Request, field: str) -> str | None:
    """The query (or update) of a protocol request: ``?query=``, a form field, or the body."""
    for param in DATASET_PARAMS:
        if param in request.args or param in request.form:
            raise QueryRefusedError(
                f"{param} is refused: this endpoint answers from its store's default graph "
                "and never reads another source"
            )
    mime = f"application/sparql-{field}"
    if request.method == "POST" and request.mimetype == mime:
        return request.get_data(as_text=True)
    values = request.form.getlist(field) if request.method == "POST" else []
    if field == "query":
        values += request.args.getlist(field)
    if len(values) > 1:
        raise UsageError(f"{len(values)} '{field}' parameters: send one {field} a request")
    return values[0] if values else None


def _declared_bindings(request: Request, text: str) -> dict[str, Any] | None:
    """A query that declares parameters in its header (one copied from ``queries/``)
    gets them from request parameters of the same names, bound as terms; a
    required one missing is a 400, as for ``/queries/NAME``."""
    from kg.graph.queries import bind_params, query_params

    declared = query_params(text)
    if not declared:
        return None
    values = {p.name: request.values[p.name] for p in declared if p.name in request.values}
    return bind_params(text, values, "the query", how="the request parameter {}=VALUE")


def _header(text: str) -> list[str]:
    lines = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        lines.append(line)
    return lines


def _int(request: Request, name: str, default: int | None) -> int | None:
    value = request.args.get(name)
    if value in (None, ""):
        return default
    try:
        return int(value)
    except ValueError:
        raise UsageError(f"invalid {name} {value!r}: give a whole number") from None


def _timeout(request: Request) -> float | None:
    """A request's own time limit (``timeout=SECONDS``): it may only shorten the server's."""
    value = request.args.get("timeout") or request.form.get("timeout")
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    if not 0 < seconds < float("inf"):
        raise UsageError(f"invalid timeout {value!r}: give a positive number of seconds")
    return seconds


def _float(request: Request, name: str, default: float) -> float:
    value = request.args.get(name)
    if value in (None, ""):
        return default
    try:
        return float(value)
    except ValueError:
        raise UsageError(f"invalid {name} {value!r}: give a number from 0 to 1") from None


def _content_type(media_type: str) -> str:
    """The Content-Type header: text types say their charset (always UTF-8)."""
    return f"{media_type}; charset=utf-8" if media_type.startswith("text/") else media_type


def _asset(name: str) -> str:
    folder = resources.files("kg.serve") / "assets"
    for part in name.split("/"):
        folder = folder / part
    return folder.read_text(encoding="utf-8")


def _page(text: str, csp: str) -> Response:
    response = Response(text, mimetype="text/html")
    response.headers["Content-Security-Policy"] = csp
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response


def _json(data: Any) -> Response:
    return Response(json.dumps(data, ensure_ascii=False), mimetype="application/json")


def _error(e: KGError) -> Response:
    status = status_of(e)
    response = Response(str(e) + "\n", status=status, mimetype="text/plain")
    if status == 401:
        response.headers["WWW-Authenticate"] = 'Bearer realm="kg"'
    return response


def entity_page(name: str, records: list[dict[str, Any]]) -> str:
    """Plain HTML listing an entity's facts with every supporting sentence, all text escaped."""
    esc = html.escape

    def entity_link(label: str) -> str:
        return f'<a href="/entity/{quote(label, safe="")}">{esc(label)}</a>'

    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{esc(name)} - kg</title>",
        "<style>body{font-family:sans-serif;max-width:60em;margin:1em auto;padding:0 1em}"
        "li{margin:.3em 0}.meta{color:#555;font-size:.9em}</style></head><body>",
        f'<p><a href="/">query</a> · <a href="/view?focus={quote(name, safe="")}">view</a></p>',
        f"<h1>{esc(name)}</h1>",
    ]
    if not records:
        parts.append("<p>No facts in the store.</p>")
    for r in records:
        support = r["support"]  # independent sources: copies of one story count once
        docs = f"{support} source{'s' if support != 1 else ''}"
        copies = sum(src["documents"] for src in r.get("sources", ()))
        if copies > support:
            docs += f" in {copies} documents"
        parts.append(
            f'<h2 class="fact">{entity_link(r["subject"])} {esc(r["relation"])} '
            f"{entity_link(r['object'])} "
            f'<span class="meta">({docs}, {esc(str(r["certainty"]))})</span></h2><ul>'
        )
        for e in r["evidence"]:
            meta = [str(x) for x in (e.get("date"), e.get("amount"), e.get("certainty")) if x]
            if e.get("confidence") is not None:
                meta.append(f"confidence {e['confidence']}")
            source = e.get("source") or ""
            shown = (
                f'<a href="{esc(source, quote=True)}" rel="noreferrer">{esc(source)}</a>'
                if source.startswith(("http://", "https://"))
                else esc(source)
            )
            title = f"{esc(e['title'])} · " if e.get("title") else ""
            parts.append(
                f'<li class="evidence">“{esc(e["sentence"])}”<br>'
                f'<span class="meta">{title}{esc(" · ".join(meta))} · {shown}</span></li>'
            )
        parts.append("</ul>")
    parts.append("</body></html>")
    return "\n".join(parts)
