"""SPARQL text built from RDF terms: triple blocks, VALUES blocks, and the
placement of a VALUES block at the top of a query's outer WHERE group.

Every term is written by rdflib's own escaping (``Node.n3()``); IRIs, which
rdflib writes as they are, are checked against the SPARQL IRIREF grammar.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from rdflib.term import BNode, Node, URIRef

from kg.errors import StoreError
from kg.graph.mapping import Triple

_VAR = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_VARNAME = re.compile(r"[A-Za-z0-9_\u00B7\u00C0-\uFFFF]+")
_IRIREF = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')


#: IRI -> its checked SPARQL text. IRIs (predicates, classes, entities) repeat
#: constantly in a batch of triples; bounded by emptying it when full.
_IRI_TEXT: dict[URIRef, str] = {}
_IRI_TEXT_MAX = 100_000


def sparql_term(node: Node) -> str:
    """A term in SPARQL syntax, escaped by rdflib.

    rdflib escapes a literal's text but writes IRIs (and a literal's datatype)
    as they are, so those are checked against the IRIREF grammar first.
    """
    if type(node) is URIRef:
        text = _IRI_TEXT.get(node)
        if text is None:
            text = _checked_term(node)
            if len(_IRI_TEXT) >= _IRI_TEXT_MAX:
                _IRI_TEXT.clear()
            _IRI_TEXT[node] = text
        return text
    return _checked_term(node)


def _checked_term(node: Node) -> str:
    if isinstance(node, BNode):
        raise StoreError(f"blank node {node.n3()} cannot be sent to a SPARQL endpoint")
    iri = node if isinstance(node, URIRef) else getattr(node, "datatype", None)
    if iri is not None and not _IRIREF.fullmatch(f"<{iri}>"):
        raise StoreError(
            f'invalid IRI {str(iri)!r}: IRIs may not contain spaces or <>"{{}}|^`\\ '
            "(percent-encode them)"
        )
    return node.n3()


def triple_text(triple: Triple) -> str:
    """``S P O`` of one triple in SPARQL syntax (no final dot)."""
    s, p, o = triple
    return f"{sparql_term(s)} {sparql_term(p)} {sparql_term(o)}"


def triples_block(triples: Iterable[Triple]) -> str:
    return "\n".join(f"{triple_text(t)} ." for t in triples)


def check_variable_names(bindings: Mapping[str, Node]) -> None:
    """Refuse a bound variable name that is not plain letters, digits and ``_``."""
    for name in bindings:
        if not _VAR.fullmatch(name):
            raise StoreError(f"invalid variable name {name!r} in bindings: use letters, digits, _")


def _values_clause(bindings: Mapping[str, Node]) -> str:
    check_variable_names(bindings)
    names = " ".join("?" + str(k) for k in bindings)
    values = " ".join(sparql_term(v) for v in bindings.values())
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


def _where_braces(text: str) -> list[int]:
    """Offsets of the ``{`` opening the outer WHERE group and the WHERE group of
    every sub-SELECT (a variable bound for the query is bound inside them too)."""
    depth, i, n = 0, 0, len(text)
    saw_where, outer, first_top = False, -1, -1
    found: set[int] = set()
    select_depth: int | None = None
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
                if first_top < 0:
                    first_top = i
                if saw_where and outer < 0:
                    outer = i
            if select_depth == depth:
                found.add(i)  # the WHERE group of a sub-SELECT
                select_depth = None
            depth += 1
        elif c == "}":
            depth -= 1
        elif c.isalpha() and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "_:")):
            m = _VARNAME.match(text, i)
            word = m.group(0) if m else c
            keyword = word.upper() if text[i + len(word) : i + len(word) + 1] != ":" else ""
            if depth == 0 and keyword == "WHERE":
                saw_where = True
            elif depth > 0 and keyword == "SELECT":
                select_depth = depth
            i += len(word)
            continue
        i += 1
    # Without the WHERE keyword (SELECT * { ... }, ASK { ... }) the first group is it.
    top = outer if outer >= 0 else first_top
    if top >= 0:
        found.add(top)
    return sorted(found)


def bind_values(sparql: str, bindings: Mapping[str, Node]) -> str:
    """``sparql`` with the variables pre-bound by a VALUES block at the top of its WHERE
    group and of every sub-SELECT's WHERE group (where an outer VALUES cannot reach).

    The values are written with rdflib's term escaping, so any text is safe.
    Unlike a trailing VALUES clause this also restricts grouped (aggregate)
    queries. Works the same on every kind of store.
    """
    block = _values_clause(bindings)
    positions = _where_braces(sparql)
    if not positions:
        return sparql + "\n" + block + "\n"
    for pos in reversed(positions):
        sparql = sparql[: pos + 1] + "\n  " + block + "\n" + sparql[pos + 1 :]
    return sparql
