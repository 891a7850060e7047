"""Corporate families: facts rolled up over ``kgo:subsidiary_of*``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rdflib import URIRef

from kg.graph.namespace import RDFS

if TYPE_CHECKING:
    from kg.graph.store import KGStore


def family_facts(store: KGStore, x: str) -> list[tuple[str, str, str]]:
    """Facts naming ``x`` or any entity below it through subsidiary_of links.

    ``x`` is a label or alias, as for ``kg neighbors``; the facts come from the
    named query ``queries/family_facts.rq``, sorted.

    Example: ``family_facts(store, "Alphabet")`` -> ``[("Google", "subsidiary_of",
    "Alphabet"), ("Google DeepMind", "develops", "Gemini"), ...]``.
    """
    from kg.query.analytics import resolve_entity
    from kg.query.sparql import select

    center = URIRef(resolve_entity(store.graph, x))
    rows: dict[tuple[str, str, str], None] = {}
    for label in sorted(str(o) for o in store.graph.objects(center, RDFS.label)):
        for row in select(store, "family_facts", family=label).rows:
            rows.setdefault((str(row["subject"]), str(row["relation"]), str(row["object"])))
    return sorted(rows)
