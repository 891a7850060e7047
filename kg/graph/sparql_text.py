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


def sparql_term(node: Node) -> str:
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


def triples_block(triples: Iterable[Triple]) -> str:
    return "\n".join(f"{sparql_term(s)} {sparql_term(p)} {sparql_term(o)} ." for s, p, o in triples)


def _values_clause(bindings: Mapping[str, Node]) -> str:
    for name in bindings:
        if not _VAR.fullmatch(name):
            raise StoreError(f"invalid variable name {name!r} in bindings: use letters, digits, _")
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
