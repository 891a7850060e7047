"""Running SPARQL against a store, safely.

:func:`run_query` parses the text with rdflib's SPARQL parser first, so it
knows what it is about to run: SPARQL Update (INSERT, DELETE, LOAD, CLEAR,
DROP, CREATE, ADD, MOVE, COPY) is refused unless ``allow_update``, federated
``SERVICE`` clauses unless ``allow_service``, and a malformed query fails with
one line naming the position. ``timeout`` stops waiting for a runaway query.

Values are bound with ``bindings``, never pasted into the query text by the
caller: each store binds them its one way (rdflib's ``initBindings`` in memory,
a VALUES block of terms written by rdflib's escaping on Oxigraph and endpoints;
see :class:`kg.graph.backends.Backend`)::

    result = run_query(store, "SELECT ?x WHERE { ?x rdfs:label ?name }",
                       bindings={"name": "OpenAI"})
    print(result.format("table"))

:func:`select` runs one of the named queries of ``queries/*.rq``.
"""

from __future__ import annotations

import csv
import ctypes
import io
import json
import math
import re
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from rdflib import Graph
from rdflib.query import Result
from rdflib.term import BNode, Literal, Node, URIRef, Variable

from kg.errors import KGError, QueryError, QueryTimeoutError, UsageError
from kg.table import render_table

if TYPE_CHECKING:
    from kg.graph.store import KGStore

FORMATS = ("table", "csv", "json")
#: Longest ``--timeout`` accepted, in seconds (one day).
MAX_TIMEOUT = 86_400.0

_UPDATE_OPS = {
    "InsertData": "INSERT DATA",
    "DeleteData": "DELETE DATA",
    "DeleteWhere": "DELETE WHERE",
    "Modify": "DELETE/INSERT",
    "Load": "LOAD",
    "Clear": "CLEAR",
    "Drop": "DROP",
    "Create": "CREATE",
    "Add": "ADD",
    "Move": "MOVE",
    "Copy": "COPY",
}
_QUERY_FORMS = {
    "SelectQuery": "SELECT",
    "ConstructQuery": "CONSTRUCT",
    "AskQuery": "ASK",
    "DescribeQuery": "DESCRIBE",
}


@dataclass(frozen=True)
class Classified:
    """What a SPARQL text is: ``form`` is SELECT/CONSTRUCT/ASK/DESCRIBE or UPDATE."""

    form: str
    operations: tuple[str, ...] = ()
    uses_service: bool = False
    #: Prefixes the text uses in prefixed names but does not declare.
    undeclared: frozenset[str] = frozenset()
    #: The text names its own dataset (FROM, FROM NAMED, USING).
    uses_dataset: bool = False


def _one_line(text: str) -> str:
    return " ".join(text.split())


#: Oxigraph's parse error: "error at LINE:COLUMN: expected ITEM" or "expected one of ITEMS".
_OX_ERROR = re.compile(r"error at (\d+):(\d+): expected (?:one of )?(.*)", re.DOTALL)
#: One item of Oxigraph's list: a quoted token, a character class, or bare words.
_OX_ITEM = re.compile(r'"(?:[^"\\]|\\.)*"|\[[^\]]*\]|[^,]+')


def oxigraph_syntax_message(message: str, text: str) -> str | None:
    """A readable line for Oxigraph's SPARQL parse error ``message`` on ``text``.

    Oxigraph lists what its grammar expected, character classes included
    ("expected [_]"); the line names the place, what was found there, and either
    the reason Oxigraph gave in words or the tokens it could take. None when
    ``message`` is not a parse error.

    >>> oxigraph_syntax_message("error at 1:17: expected one of Duplicated variable name "
    ...     "in SELECT, [_]", "SELECT (1 AS ?x) ?x {}")
    "malformed SPARQL at line 1, column 17: Duplicated variable name in SELECT (found '?x {}')"
    """
    m = _OX_ERROR.search(_one_line(message))
    if m is None:
        return None
    line, column = int(m[1]), int(m[2])
    items = [item.strip() for item in _OX_ITEM.findall(m[3]) if item.strip()]
    # Words with spaces are a rule Oxigraph checks, said in English.
    reasons = [i for i in items if " " in i and i[0] not in "\"['"]
    tokens = [
        i.strip('"') if i.startswith('"') else i
        for i in items
        if i not in reasons and (i.startswith('"') or i.isalpha())
    ]
    if reasons:
        why = "; ".join(reasons)
    elif tokens:
        shown = ", ".join(repr(t) if not t.isalpha() else t for t in tokens[:8])
        why = f"expected {'one of ' if len(tokens) > 1 else ''}{shown}"
        why += ", ..." if len(tokens) > 8 else ""
    else:
        # Oxigraph names no reason when BIND reuses a variable of its group.
        why = (
            "the store refuses the query at this point (often BIND(... AS ?x) "
            "where ?x is already used earlier in the same group)"
        )
    lines = text.split("\n")
    rest = lines[line - 1][column - 1 :] if 0 < line <= len(lines) else ""
    rest = (rest + " " + " ".join(lines[line:])).strip() if rest.strip() else ""
    found = repr(_one_line(rest)[:30]) if rest else "the end of the query"
    return f"malformed SPARQL at line {line}, column {column}: {why} (found {found})"


def _walk(node: Any) -> Iterator[Any]:
    """Every CompValue and value in an rdflib parse tree."""
    stack = [node]
    while stack:
        item = stack.pop()
        yield item
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list | tuple) or type(item).__name__ == "ParseResults":
            stack.extend(list(item))


def _has_service(tree: Any) -> bool:
    return any(getattr(n, "name", None) == "ServiceGraphPattern" for n in _walk(tree))


def _has_dataset(tree: Any) -> bool:
    return any(getattr(n, "name", None) in ("DatasetClause", "UsingClause") for n in _walk(tree))


def _undeclared(tree: Any) -> frozenset[str]:
    used: set[str] = set()
    declared: set[str] = set()
    for node in _walk(tree):
        name = getattr(node, "name", None)
        # CompValue.get answers the key itself when missing; plain dict.get does not.
        if name == "pname":
            used.add(str(dict.get(node, "prefix", "")))
        elif name == "PrefixDecl":
            declared.add(str(dict.get(node, "prefix", "")))
    return frozenset(used - declared)


def classify(text: str) -> Classified:
    """Parse ``text`` as a query or an update; raise a one-line QueryError if it is neither."""
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    errors: list[tuple[int, str]] = []
    try:
        tree = parseQuery(text)
    except RecursionError as e:
        raise QueryError(
            "SPARQL nested too deeply to parse: flatten the nested groups or subqueries"
        ) from e
    except ParseException as e:
        errors.append((e.loc, f"line {e.lineno}, column {e.col}: {e.msg}"))
    except Exception as e:  # rdflib raises plain exceptions for some bad escapes
        errors.append((0, _one_line(str(e))))
    else:
        form = _QUERY_FORMS.get(getattr(tree[1], "name", ""), "SELECT")
        if dict.get(tree[1], "datasetClause"):
            # The embedded store would ignore it and a SPARQL server would honour it.
            raise QueryError(
                "FROM and FROM NAMED are not supported: kg keeps the graph in the default "
                "graph of its store; remove the FROM clause"
            )
        return Classified(
            form,
            uses_service=_has_service(tree),
            undeclared=_undeclared(tree),
            uses_dataset=_has_dataset(tree),
        )
    try:
        update = parseUpdate(text)
    except ParseException as e:
        errors.append((e.loc, f"line {e.lineno}, column {e.col}: {e.msg}"))
    except Exception as e:
        errors.append((0, _one_line(str(e))))
    else:
        ops = tuple(
            _UPDATE_OPS.get(getattr(op, "name", ""), str(getattr(op, "name", "UPDATE")))
            # CompValue.get answers the key itself when missing; plain dict.get does not.
            for op in dict.get(update, "request", [])
        )
        if not ops:
            raise QueryError("empty SPARQL: the text holds no query or update operation")
        return Classified(
            "UPDATE", ops, _has_service(update), _undeclared(update), _has_dataset(update)
        )
    if not text.strip():
        raise QueryError("empty SPARQL: give a query such as SELECT * WHERE { ?s ?p ?o } LIMIT 10")
    loc, where = max(errors, key=lambda item: item[0])
    near = _one_line(text[loc : loc + 30])
    raise QueryError(f"malformed SPARQL at {where}" + (f" (near {near!r})" if near else ""))


@dataclass
class QueryResult:
    """The result of one query: rows of terms, a boolean (ASK) or a graph (CONSTRUCT)."""

    form: str
    vars: list[str] = field(default_factory=list)
    terms: list[dict[str, Node | None]] = field(default_factory=list)
    boolean: bool | None = None
    graph: Graph | None = None
    namespaces: dict[str, str] = field(default_factory=dict)

    @property
    def rows(self) -> list[dict[str, Any]]:
        """Rows as plain Python values (str, int, Decimal, date...; None when unbound)."""
        return [{v: _py(row.get(v)) for v in self.vars} for row in self.terms]

    def __len__(self) -> int:
        return len(self.terms)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return iter(self.rows)

    def format(self, fmt: str, width: int | None = None) -> str:
        """The result as ``table`` (aligned text, cut to ``width`` when given), ``csv``
        or ``json`` (SPARQL 1.1 JSON)."""
        if fmt == "table":
            return self._table(width)
        if fmt == "csv":
            return self._csv()
        if fmt == "json":
            return self._json()
        raise QueryError(f"unknown result format {fmt!r}: expected one of {', '.join(FORMATS)}")

    # -- formats -------------------------------------------------------------

    def _short(self, node: Node | None) -> str:
        if node is None:
            return ""
        if isinstance(node, URIRef):
            text = str(node)
            best = ""
            for prefix, ns in self.namespaces.items():
                if text.startswith(ns) and len(ns) > len(self.namespaces.get(best, "")):
                    local = text[len(ns) :]
                    if local and all(c not in local for c in "/#?"):
                        best = prefix
            if best:
                return f"{best}:{text[len(self.namespaces[best]) :]}"
            return f"<{text}>"
        if isinstance(node, BNode):
            return f"_:{node}"
        return str(node)

    def _table(self, width: int | None = None) -> str:
        if self.form == "ASK":
            return "true" if self.boolean else "false"
        if self.form == "UPDATE":
            return "update applied"
        rows = [[self._short(row.get(v)) for v in self.vars] for row in self.terms]
        n = len(self.terms)
        return render_table(
            self.vars, rows, footer=f"({n} row{'s' if n != 1 else ''})", width=width
        )

    def _sparql_result(self) -> Result:
        """The result as an rdflib Result (CONSTRUCT rows as a SELECT of s, p, o)."""
        if self.form == "ASK":
            res = Result("ASK")
            res.askAnswer = bool(self.boolean)
            return res
        res = Result("SELECT")
        res.vars = [Variable(v) for v in self.vars]
        res.bindings = [
            {Variable(v): t for v, t in row.items() if t is not None}  # type: ignore[misc]
            for row in self.terms
        ]
        return res

    def _serialized(self, fmt: str) -> str:
        buf = io.BytesIO()
        self._sparql_result().serialize(buf, encoding="utf-8", format=fmt)
        return buf.getvalue().decode("utf-8")

    def _csv(self) -> str:
        """SPARQL 1.1 CSV by rdflib's serializer; ASK and UPDATE as one-column tables."""
        if self.form in ("ASK", "UPDATE"):
            out = io.StringIO()
            header, value = (
                ("ask", "true" if self.boolean else "false")
                if self.form == "ASK"
                else ("update", "applied")
            )
            csv.writer(out).writerows([[header], [value]])
            return out.getvalue()
        return self._serialized("csv")

    def _json(self) -> str:
        """SPARQL 1.1 JSON by rdflib's serializer, indented; an update as ``"update"``."""
        if self.form == "UPDATE":
            doc: dict[str, Any] = {"head": {}, "update": "applied"}
        else:
            doc = json.loads(self._serialized("json"))
            doc = {"head": doc.pop("head", {}), **doc}  # "head" first, as the spec shows it
        return json.dumps(doc, indent=2, ensure_ascii=False)


def _py(node: Node | None) -> Any:
    if node is None:
        return None
    if isinstance(node, Literal):
        return node.toPython()
    return str(node)


def _from_result(res: Any, form: str, namespaces: dict[str, str]) -> QueryResult:
    from kg.graph.store import plain_literal

    if form == "ASK" or res.type == "ASK":
        return QueryResult("ASK", boolean=bool(res.askAnswer), namespaces=namespaces)
    if res.type in ("CONSTRUCT", "DESCRIBE") or form in ("CONSTRUCT", "DESCRIBE"):
        g = res.graph if res.graph is not None else Graph()
        terms: list[dict[str, Node | None]] = [
            {"subject": s, "predicate": p, "object": plain_literal(o)}
            for s, p, o in sorted(g, key=lambda t: (str(t[0]), str(t[1]), str(t[2])))
        ]
        return QueryResult(
            form, ["subject", "predicate", "object"], terms, graph=g, namespaces=namespaces
        )
    names = [str(v) for v in (res.vars or [])]
    rows = [
        {n: plain_literal(b[Variable(n)]) if Variable(n) in b else None for n in names}
        for b in res.bindings
    ]
    return QueryResult("SELECT", names, rows, namespaces=namespaces)


def _stop_thread(thread: threading.Thread) -> None:
    """Ask a worker running Python code to stop (raises in it at its next bytecode)."""
    if thread.ident is None:
        return
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread.ident), ctypes.py_object(_Cancelled)
    )


class _Cancelled(Exception):
    pass


def _run_with_timeout(fn: Any, timeout: float | None, what: str) -> Any:
    """Run ``fn`` in a worker thread and give up after ``timeout`` seconds.

    What happens to the abandoned work depends on the store: rdflib's
    in-memory evaluation is Python code and is interrupted at once; a remote
    request stops at the same HTTP timeout; pyoxigraph (0.5) has no query
    cancellation, so on an embedded store the query finishes in the background
    (it runs outside the GIL and its result is dropped).
    """
    if timeout is None:
        return fn()
    box: dict[str, Any] = {}

    def work() -> None:
        try:
            box["value"] = fn()
        except _Cancelled:
            pass
        except BaseException as e:  # handed back to the caller below
            box["error"] = e

    thread = threading.Thread(target=work, name="kg-query", daemon=True)
    thread.start()
    thread.join(timeout)
    if thread.is_alive():
        _stop_thread(thread)
        raise QueryTimeoutError(
            f"{what} stopped after {timeout:g} s (--timeout): make it more selective "
            "(fewer unbound patterns, a LIMIT) or allow more time"
        )
    if "error" in box:
        raise box["error"]
    return box["value"]


def run_query(
    store: KGStore,
    text: str,
    *,
    allow_update: bool = False,
    allow_service: bool = False,
    timeout: float | None = None,
    bindings: Mapping[str, Any] | None = None,
) -> QueryResult:
    """Classify, guard and run ``text`` on ``store``; see the module docstring."""
    kind = classify(text)
    if kind.form == "UPDATE" and not allow_update:
        raise QueryError(
            f"SPARQL Update is refused: the text holds {', '.join(kind.operations)}; "
            "pass --allow-update (allow_update=True) to change the store"
        )
    if kind.uses_service and not allow_service:
        raise QueryError(
            "SERVICE is refused: the query calls a remote endpoint; pass --allow-service "
            "(allow_service=True) to permit federated queries"
        )
    if kind.form == "UPDATE" and timeout is not None:
        raise UsageError(
            "--timeout cannot stop an update safely (it would be left half-applied): "
            "run the update without --timeout"
        )
    if timeout is not None and not (math.isfinite(timeout) and 0 < timeout <= MAX_TIMEOUT):
        # Past about a day, deadlines overflow the stores' clocks (a panic in Oxigraph).
        raise UsageError(
            f"invalid timeout {timeout!r}: give a positive number of seconds up to {MAX_TIMEOUT:g}"
        )
    namespaces = {p: str(ns) for p, ns in store.graph.namespaces()}
    unknown = sorted(kind.undeclared - set(namespaces))
    if unknown:
        known = ", ".join(sorted(p for p in namespaces if p))
        raise QueryError(
            f"unknown prefix {unknown[0] + ':'!r} in the query: declare it with "
            f"PREFIX {unknown[0]}: <IRI> (usable without a declaration: {known})"
        )
    try:
        if kind.form == "UPDATE":
            if bindings:
                raise QueryError("bindings are only supported for queries, not updates")
            store.update(text)
            return QueryResult("UPDATE", namespaces=namespaces)
        res = _run_with_timeout(
            lambda: store.query(text, bindings, timeout=timeout), timeout, "query"
        )
    except KGError:
        raise
    except SyntaxError as e:
        # What the store's parser refuses that rdflib's accepted (SELECT * with GROUP BY).
        readable = oxigraph_syntax_message(str(e), text)
        raise QueryError(readable or f"malformed SPARQL: {_one_line(str(e))}") from e
    except Exception as e:
        raise QueryError(f"query failed: {_one_line(str(e)) or type(e).__name__}") from e
    return _from_result(res, kind.form, namespaces)


def select(store: KGStore, rq_name: str, **bindings: Any) -> QueryResult:
    """Run the named query ``queries/RQ_NAME.rq`` with ``bindings`` pre-bound.

    Example::

        select(store, "investors_of", company="OpenAI").rows

    The query's declared parameters are checked first (see
    :func:`kg.graph.queries.bind_params`): a required one missing, or a name it
    does not declare, raises :class:`~kg.errors.ParameterError`.
    """
    from kg.graph.queries import bind_params, load_query

    text = load_query(rq_name)
    bound = bind_params(text, bindings, f"{rq_name}.rq", how="the keyword {}=VALUE")
    return run_query(store, text, bindings=bound or None)
