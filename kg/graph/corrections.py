"""Corrections of entity identity applied to triples: at build time and to a stored graph.

One rewrite serves both: :func:`rewrite` turns the triples of an absorbed entity
B into triples of its target A (facts and evidence re-pointed, B's names kept
as ``skos:altLabel``, A's class and label). A build rewrites each document's
triples before writing them; ``kg entity`` rewrites what is stored, in one
update (one transaction; one request on an endpoint). Evidence nodes keep
their IRIs, which were minted from the entities the text named: that is how
``kg entity split`` finds B's evidence again (:func:`split_in_store`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from rdflib.term import Literal, Node, URIRef, Variable

from kg.corrections import Correction, EntityRef
from kg.graph.backends.common import plain_literal
from kg.graph.iri import evidence_iri
from kg.graph.mapping import Triple
from kg.graph.namespace import KGO, PROV, RDF, RDFS, SKOS, kgo
from kg.graph.sparql_text import triples_block


@dataclass(frozen=True)
class Target:
    """The entity an absorbed entity now is: IRI, label and class."""

    iri: URIRef
    label: str
    cls: str


def local_id(iri: Node, base_iri: str) -> str | None:
    """The local part of an entity IRI (``{base}entity/LOCAL``), or None."""
    prefix = base_iri + "entity/"
    text = str(iri)
    return text[len(prefix) :] if isinstance(iri, URIRef) and text.startswith(prefix) else None


def entity_node(local: str, base_iri: str) -> URIRef:
    return URIRef(base_iri + "entity/" + local)


def targets(table: Mapping[str, EntityRef], base_iri: str) -> dict[Node, Target]:
    """:func:`kg.corrections.redirects` as IRIs."""
    return {
        entity_node(source, base_iri): Target(entity_node(t.id, base_iri), t.label, t.cls)
        for source, t in table.items()
    }


def rewrite(triples: Iterable[Triple], table: Mapping[Node, Target]) -> list[Triple]:
    """``triples`` with every absorbed entity replaced by its target, in order, once each.

    The absorbed entity's class and label go (its label becomes an alias of the
    target); the target gets its own class and label.
    """
    if not table:
        return list(triples)
    out: dict[Triple, None] = {}
    for s, p, o in triples:
        ts, to = table.get(s), table.get(o)
        if ts is not None:
            if p == RDF.type:
                out.setdefault((ts.iri, RDF.type, kgo(ts.cls)))
                continue
            if p == RDFS.label or p == SKOS.altLabel:
                out.setdefault((ts.iri, RDFS.label, Literal(ts.label)))
                if str(o) != ts.label:
                    out.setdefault((ts.iri, SKOS.altLabel, o))
                continue
            s = ts.iri
        if to is not None:
            o = to.iri
        if s == o and (ts is not None or to is not None) and _is_relation(p):
            # A fact between two merged entities ("Google subsidiary_of Alphabet")
            # says nothing of the one entity; its evidence stays (for a split).
            continue
        out.setdefault((s, p, o))
    return list(out)


def _is_relation(p: Node) -> bool:
    from kg.vocabulary import vocabulary

    text = str(p)
    return text.startswith(str(KGO)) and text[len(str(KGO)) :] in vocabulary().names


def _rows(store: object, text: str, node: Node, *names: str) -> list[tuple[Node, ...]]:
    result = store.query(text, {"e": node})  # type: ignore[attr-defined]
    return [tuple(plain_literal(row.get(Variable(n))) for n in names) for row in result.bindings]


_OUT = "SELECT ?p ?o WHERE { ?e ?p ?o }"
_IN = "SELECT ?s ?p WHERE { ?s ?p ?e }"


def entity_triples_in_store(store: object, node: Node) -> list[Triple]:
    """Every stored triple with ``node`` as subject or object."""
    out: list[Triple] = [(node, p, o) for p, o in _rows(store, _OUT, node, "p", "o")]
    out += [(s, p, node) for s, p in _rows(store, _IN, node, "s", "p")]
    return out


def replace_in_store(store: object, delete: Sequence[Triple], insert: Sequence[Triple]) -> None:
    """Delete then insert, as one SPARQL update (one transaction, one request)."""
    drop = [t for t in dict.fromkeys(delete) if t not in set(insert)]
    add = list(dict.fromkeys(insert))
    parts = []
    if drop:
        parts.append("DELETE DATA {\n" + triples_block(drop) + "\n}")
    if add:
        parts.append("INSERT DATA {\n" + triples_block(add) + "\n}")
    if parts:
        store.update(" ;\n".join(parts))  # type: ignore[attr-defined]


def merge_in_store(store: object, source: Node, target: Target) -> int:
    """Make the stored entity ``source`` the entity ``target``; return triples rewritten."""
    old = entity_triples_in_store(store, source)
    if not old:
        return 0
    new = rewrite(old, {source: target})
    # The target keeps a class and label it already has (the same ones).
    replace_in_store(store, old, new)
    return len(old)


_EVIDENCE = """
SELECT ?ev ?p ?s ?o ?hash ?start ?end WHERE {
  { ?ev rdf:subject ?e } UNION { ?ev rdf:object ?e }
  ?ev rdf:predicate ?p ; rdf:subject ?s ; rdf:object ?o .
  OPTIONAL {
    ?ev a kgo:Evidence ; kgo:startOffset ?start ; kgo:endOffset ?end ;
        prov:wasDerivedFrom/kgo:contentHash ?hash .
  }
}
"""


def split_in_store(
    store: object, correction: Correction, remaining: Mapping[Node, Target], base_iri: str
) -> int:
    """Give back to ``correction``'s entity the stored facts and evidence it had.

    An evidence node's IRI is minted from the entities its sentence named
    (:func:`kg.graph.iri.evidence_iri`), so of the evidence now on the target,
    the absorbed entity's is the one whose IRI matches when minted with it.
    ``remaining`` are the other corrections (to try the entities absorbed into
    either end). Returns the evidence nodes given back.
    """
    source = entity_node(correction.id, base_iri)
    target = entity_node(correction.into.id, base_iri)
    absorbed: dict[Node, set[Node]] = {}
    for node, t in remaining.items():
        absorbed.setdefault(t.iri, set()).add(node)
    absorbed.setdefault(target, set()).add(source)
    prefix = f"PREFIX rdf: <{RDF!s}>\nPREFIX kgo: <{KGO!s}>\nPREFIX prov: <{PROV!s}>\n"
    rows = _rows(store, prefix + _EVIDENCE, target, "ev", "p", "s", "o", "hash", "start", "end")
    delete: list[Triple] = []
    insert: list[Triple] = []
    moved: dict[Node, tuple[Node, Node, Node]] = {}
    for ev, p, s, o, digest, start, end in rows:
        if ev in moved:
            continue
        found = None
        for s0 in (s, *absorbed.get(s, ())):
            for o0 in (o, *absorbed.get(o, ())):
                if _minted(ev, s0, p, o0, digest, start, end, base_iri):
                    found = (s0, o0)
        if found is None or source not in found:
            continue
        s1 = source if found[0] == source else s
        o1 = source if found[1] == source else o
        moved[ev] = (s1, p, o1)
        delete += [(ev, RDF.subject, s), (ev, RDF.object, o)]
        insert += [(ev, RDF.subject, s1), (ev, RDF.object, o1), (s1, p, o1)]
    if not moved:
        # Nothing stored was the source's (an alias no build has used yet).
        return 0
    # The source entity again, with its own class, label and aliases.
    insert += [
        (source, RDF.type, kgo(correction.cls)),
        (source, RDFS.label, Literal(correction.label)),
    ]
    insert += [(source, SKOS.altLabel, Literal(a)) for a in correction.aliases]
    own = {correction.label, *correction.aliases}
    for name in own:
        delete.append((target, SKOS.altLabel, Literal(name)))
    # A fact of the target stays while other evidence or reference data supports it
    # (the rows hold every node naming the target).
    left = {(s, p, o) for ev, p, s, o, *_rest in rows if ev not in moved}
    for s1, p, o1 in moved.values():
        s0 = target if s1 == source else s1
        o0 = target if o1 == source else o1
        if (s0, p, o0) not in left:
            delete.append((s0, p, o0))
    replace_in_store(store, delete, insert)
    return len(moved)


def _minted(
    node: Node, s: Node, p: Node, o: Node, digest: Node, start: Node, end: Node, base_iri: str
) -> bool:
    """Whether the evidence or reference ``node`` was minted for the fact (s, p, o)."""
    if digest is None:
        # A reference node (kg.graph.mapping.reference_triples): a hash of the fact.
        key = hashlib.sha256(f"{s}\x1f{p}\x1f{o}".encode()).hexdigest()[:32]
        return str(node) == base_iri + "reference/" + key
    relation = str(p).rsplit("#", 1)[-1]
    minted = evidence_iri(
        str(digest), str(s), relation, str(o), int(str(start)), int(str(end)), base_iri
    )
    return minted == node


_FIND = """
SELECT DISTINCT ?e ?label ?cls ?how WHERE {
  { ?e rdfs:label ?name . BIND(1 AS ?how) } UNION { ?e skos:altLabel ?name . BIND(2 AS ?how) }
  ?e rdfs:label ?label ; a ?cls .
}
"""

_DESCRIBE = """
SELECT ?label ?cls ?alias WHERE {
  ?e rdfs:label ?label ; a ?cls .
  OPTIONAL { ?e skos:altLabel ?alias }
}
"""


@dataclass(frozen=True)
class StoredEntity:
    """An entity as the store describes it."""

    iri: URIRef
    label: str
    cls: str
    aliases: tuple[str, ...] = ()


def _class_name(node: Node) -> str:
    return str(node).rsplit("#", 1)[-1]


def _is_entity_class(node: Node) -> bool:
    from kg.vocabulary import vocabulary

    return str(node).startswith(str(KGO)) and _class_name(node) in vocabulary().entity_classes


def find_entities(store: object, name: str) -> list[StoredEntity]:
    """Entities whose label (first) or alias is exactly ``name``; labels win over aliases."""
    prefix = f"PREFIX rdfs: <{RDFS!s}>\nPREFIX skos: <{SKOS!s}>\n"
    result = store.query(  # type: ignore[attr-defined]
        prefix + _FIND, {"name": Literal(name)}
    )
    found: dict[Node, tuple[int, StoredEntity]] = {}
    for row in result.bindings:
        e, label, cls, how = (row[Variable(v)] for v in ("e", "label", "cls", "how"))
        if not isinstance(e, URIRef) or not _is_entity_class(cls):
            continue
        entry = (int(how), StoredEntity(e, str(label), _class_name(cls)))
        if e not in found or entry[0] < found[e][0]:
            found[e] = entry
    if not found:
        return []
    best = min(how for how, _e in found.values())
    return sorted((e for how, e in found.values() if how == best), key=lambda e: str(e.iri))


def describe_entity(store: object, node: URIRef) -> StoredEntity | None:
    """The stored entity ``node`` (label, class, aliases), or None when it is not stored."""
    prefix = f"PREFIX rdfs: <{RDFS!s}>\nPREFIX skos: <{SKOS!s}>\n"
    result = store.query(prefix + _DESCRIBE, {"e": node})  # type: ignore[attr-defined]
    label = cls = None
    aliases: set[str] = set()
    for row in result.bindings:
        c = row[Variable("cls")]
        if not _is_entity_class(c):
            continue
        label, cls = str(row[Variable("label")]), _class_name(c)
        alias = row.get(Variable("alias"))
        if alias is not None:
            aliases.add(str(alias))
    if label is None or cls is None:
        return None
    return StoredEntity(node, label, cls, tuple(sorted(aliases)))
