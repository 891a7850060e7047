"""Whether a fact holds now, decided over all its stored evidence.

A fact's evidence either says it holds (a start: dated by ``kgo:date``, else by
its document's date) or that it ended (``kgo:ended true``: dated by
``kgo:endDate``, else by its document's date). The fact ``S kgo:rel O`` is
asserted (it holds now) when it has evidence saying it holds and no ending
evidence dated on or after the latest dated start; ending evidence without a
date ends it. So "Alice, the former CEO of Acme" in a 2025 article ends the
``leads`` fact of a 2024 article, and a 2026 article naming Alice CEO again
makes it hold again.

:func:`settle` applies this to the stored graph after a build (or ``kg
forget``, ``kg entity``): it looks only at the facts with ending evidence, plus
any it is given, and deletes or inserts their direct triples in one update. It
depends on the stored evidence alone, never on the order documents were
written in.
:func:`holds` is the same rule at any date (``kg query --as-of``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from rdflib.term import Node, Variable

from kg.graph.backends.common import plain_literal
from kg.graph.mapping import Triple

if TYPE_CHECKING:
    from kg.graph.store import KGStore

#: (ended, ISO date or None) of one statement behind a fact.
Mark = tuple[bool, str | None]

_SUPPORT = """
PREFIX kgo:     <https://w3id.org/ai-industry-kg/ontology#>
PREFIX rdf:     <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX prov:    <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>

SELECT ?s ?p ?o ?st ?ended ?date ?endDate ?docDate ?asserted WHERE {
  { SELECT DISTINCT ?s ?p ?o WHERE { %s } }
  # A fact between two merged entities is never asserted (kg.graph.corrections).
  FILTER (?s != ?o)
  ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
  # A denial neither starts nor ends a fact (it contradicts it: queries/fact_denials.rq).
  FILTER NOT EXISTS { ?st kgo:denied true }
  OPTIONAL { ?st kgo:ended ?ended }
  OPTIONAL { ?st kgo:date ?date }
  OPTIONAL { ?st kgo:endDate ?endDate }
  OPTIONAL { ?st prov:wasDerivedFrom/dcterms:date ?docDate }
  OPTIONAL { ?s ?p ?o BIND (true AS ?asserted) }
}
"""

_ENDED_KEYS = "?e kgo:ended true ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ."


def holds(marks: Iterable[Mark], as_of: str | None = None) -> bool:
    """Whether a fact with these statements holds at ``as_of`` (now when None).

    Only statements dated on or before ``as_of`` count, and undated ones; an
    undated end ends the fact at any date. A fact known only from evidence of
    its end held before that end.

    >>> holds([(False, "2024-01"), (True, "2025-03")])
    False
    >>> holds([(False, "2024-01"), (True, "2025-03")], "2024-12")
    True
    >>> holds([(True, "2025-03"), (False, "2026-02")])
    True
    """
    from kg.query.timeline import on_or_after, on_or_before

    starts: list[str | None] = []
    ends: list[str | None] = []
    later_end = later_start = False
    for ended, day in marks:
        if as_of is None or day is None or on_or_before(day, as_of):
            (ends if ended else starts).append(day)
        elif ended:
            later_end = True
        else:
            later_start = True
    if not starts:
        return later_end and not ends and not later_start
    dated = [d for d in starts if d is not None]
    latest = max(dated) if dated else None
    return not any(e is None or latest is None or on_or_after(e, latest) for e in ends)


def mark(ended: bool, date: Any, end_date: Any, doc_date: Any) -> Mark:
    """The :data:`Mark` of one statement from its stored values."""
    from kg.query.timeline import statement_date

    own = end_date if ended else date
    return ended, statement_date(_text(own), _text(doc_date))


def _value(row: Mapping[Variable, Node], name: str) -> Node | None:
    value = row.get(Variable(name))
    return None if value is None else plain_literal(value)


def _text(term: Any) -> str | None:
    return None if term is None else str(term)


def settle(
    store: KGStore, also: Sequence[Triple] = (), entities: Sequence[Node] = ()
) -> tuple[int, int]:
    """Assert exactly the facts that hold, among those with ending evidence, ``also``
    and the facts with evidence naming one of ``entities``.

    Returns (facts no longer asserted, facts asserted again). One SPARQL update
    (one transaction; one request on an endpoint) when anything changes.
    """
    from kg.graph.corrections import replace_in_store

    pattern = f"{{ {_ENDED_KEYS} }}"
    if also:
        values = " ".join(f"({s.n3()} {p.n3()} {o.n3()})" for s, p, o in dict.fromkeys(also))
        pattern += f" UNION {{ VALUES (?s ?p ?o) {{ {values} }} }}"
    if entities:
        nodes = " ".join(e.n3() for e in dict.fromkeys(entities))
        pattern += (
            f" UNION {{ VALUES ?x {{ {nodes} }} "
            "?e rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o . "
            "FILTER (?s = ?x || ?o = ?x) }"
        )
    marks: dict[Triple, dict[Node, Mark]] = {}
    asserted: set[Triple] = set()
    optional = ("ended", "date", "endDate", "docDate", "asserted")
    for row in store.query(_SUPPORT % pattern).bindings:
        s, p, o, st = (row[Variable(n)] for n in ("s", "p", "o", "st"))
        ended, day, end_day, doc_day, is_asserted = (_value(row, n) for n in optional)
        key: Triple = (s, p, o)
        if is_asserted is not None:
            asserted.add(key)
        new = mark(str(ended) in ("true", "1"), day, end_day, doc_day)
        old = marks.setdefault(key, {}).get(st)
        # Several dates on one node: the earliest counts.
        if old is None or (new[1] is not None and (old[1] is None or new[1] < old[1])):
            marks[key][st] = new
    drop = [k for k, m in marks.items() if k in asserted and not holds(m.values())]
    add = [k for k, m in marks.items() if k not in asserted and holds(m.values())]
    if drop or add:
        replace_in_store(store, drop, add)
    return len(drop), len(add)
