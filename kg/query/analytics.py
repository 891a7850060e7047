"""Network analytics over the knowledge graph: networkx views, paths, ego networks, stats.

The RDF graph is read with a handful of SPARQL queries (``kg/query/data/analytics_*.rq``)
and turned into a :class:`networkx.MultiDiGraph` whose nodes are entities and whose edges
are asserted relation facts, each carrying the evidence that supports it. Everything else
here (paths, neighbourhoods, counts, PageRank) works on that networkx graph.

Example::

    from kg.query.analytics import shortest_relation_path
    for s, r, o in shortest_relation_path(graph, "Microsoft", "Nvidia"):
        print(s, r, o)
"""

from __future__ import annotations

import difflib
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from kg.config import ONTOLOGY_NS
from kg.errors import QueryError, UsageError
from kg.graph.queries import load_query
from kg.records import DEAL_KINDS
from kg.vocabulary import fact_key, vocabulary

if TYPE_CHECKING:
    import networkx as nx
    from rdflib import Graph

#: Class given to a fact's subject or object that has no entity class in the graph.
UNTYPED = "Entity"


def _select(graph: Graph, name: str, **bindings: Any) -> list[Any]:
    """Run one of the analytics queries with ``bindings`` bound (never spliced in)."""
    try:
        text = load_query(f"analytics_{name}", package="kg.query")
        return list(graph.query(text, initBindings=bindings))
    except Exception as e:  # the store's own errors vary by backend
        raise QueryError(f"the {name} query failed on the graph: {e}") from e


def _select_each(graph: Graph, name: str, var: str, names: tuple[str, ...]) -> list[Any]:
    """Rows of the query ``name`` run once per ``kgo:`` term of ``names`` bound to ``var``.

    The relation and class lists come from the ontology (:mod:`kg.vocabulary`),
    so a relation added there is read without editing any query.
    """
    from rdflib.term import URIRef

    rows: list[Any] = []
    for term in names:
        rows.extend(_select(graph, name, **{var: URIRef(ONTOLOGY_NS + term)}))
    return rows


def _local(iri: str) -> str:
    """The part of an IRI after the last '#' or '/' (fallback label)."""
    return iri.rstrip("/").rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _str(term: Any) -> str | None:
    return None if term is None else str(term)


def _entities(graph: Graph) -> dict[str, dict[str, Any]]:
    """IRI -> {label, class, aliases} for every typed entity."""
    classes = vocabulary().entity_classes
    order = {c: i for i, c in enumerate(classes)}
    out: dict[str, dict[str, Any]] = {}
    for entity, cls, label, alias in _select_each(graph, "entities", "class", classes):
        iri = str(entity)
        name = _local(str(cls))
        rec = out.setdefault(iri, {"label": None, "class": name, "aliases": []})
        # An entity typed twice keeps the class that comes first in the guideline.
        if order.get(name, 99) < order.get(rec["class"], 99):
            rec["class"] = name
        if label is not None and rec["label"] is None:
            rec["label"] = str(label)
        if alias is not None and str(alias) not in rec["aliases"]:
            rec["aliases"].append(str(alias))
    for iri, rec in out.items():
        if rec["label"] is None:
            rec["label"] = _local(iri)
        rec["aliases"] = sorted(a for a in rec["aliases"] if a != rec["label"])
    return out


def _relation_name(predicate: str) -> str | None:
    if not predicate.startswith(ONTOLOGY_NS):
        return None
    name = predicate[len(ONTOLOGY_NS) :]
    return name if name in vocabulary().names else None


#: One key per fact: symmetric relations are stored in either order, shown once.
_edge_key = fact_key


def _documents(graph: Graph) -> dict[str, dict[str, Any]]:
    """Document IRI -> its id, title, date, URL, source path, story (``kgo:story``),
    every URL it was read from (``urls``) and, when its date was read from its
    dateline, ``date_inferred``."""
    from kg.graph.mapping import INFERRED_DATE_NOTE

    out: dict[str, dict[str, Any]] = {}
    for doc, doc_id, title, doc_date, url, path, note, story in _select(graph, "documents"):
        rec = out.setdefault(str(doc), {"urls": []})
        if note is not None and str(note) == INFERRED_DATE_NOTE:
            rec["date_inferred"] = "true"
        if url is not None and str(url) not in rec["urls"]:
            rec["urls"].append(str(url))
        if story is not None:
            rec["story"] = str(story)
        for name, value in (
            ("doc_id", doc_id),
            ("title", title),
            ("doc_date", doc_date),
            ("url", url),
            ("path", path),
        ):
            if rec.get(name) is None:  # several values repeat the row: keep the first
                rec[name] = _str(value)
    return out


def _evidence(graph: Graph) -> dict[tuple[str, str, str], list[dict[str, Any]]]:
    """Fact key -> evidence records (one per evidence node)."""
    values: dict[str, dict[str, str]] = {}
    for ev, prop, value in _select(graph, "evidence_values"):
        values.setdefault(str(ev), {}).setdefault(_local(str(prop)), str(value))
    documents = _documents(graph)
    no_doc: dict[str, Any] = {}
    seen: set[str] = set()
    out: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for ev, s, p, o, doc in _select(graph, "evidence"):
        iri = str(ev)
        relation = _relation_name(str(p))
        if iri in seen or relation is None:
            continue
        seen.add(iri)
        v = values.get(iri, {})
        try:
            confidence = float(v["confidence"]) if "confidence" in v else None
        except ValueError:
            confidence = None
        d = documents.get(str(doc), no_doc) if doc is not None else no_doc
        key = _edge_key(str(s), relation, str(o))
        out.setdefault(key, []).append(
            {
                "sentence": v.get("sentence", ""),
                "certainty": v.get("certainty", "stated"),
                "confidence": confidence,
                "amount": v.get("amount"),
                "date": v.get("date"),
                "ended": v.get("ended") in ("true", "1"),
                "denied": v.get("denied") in ("true", "1"),
                "event": v.get("event"),
                "doc": _str(doc),
                "doc_id": d.get("doc_id"),
                "title": d.get("title"),
                "doc_date": d.get("doc_date"),
                "date_inferred": d.get("date_inferred") is not None,
                "url": d.get("url"),
                "urls": sorted(d.get("urls") or ()),
                "path": d.get("path"),
                "story": d.get("story"),
            }
        )
    return out


def _source_key(e: dict[str, Any]) -> str:
    """The independent source of an evidence record: its document's story (copies of
    one story share it), else its document, else its sentence."""
    return str(e.get("story") or e.get("doc") or e.get("doc_id") or e.get("sentence"))


def summarize_evidence(evidence: list[dict[str, Any]]) -> tuple[int, str]:
    """(number of independent sources, "stated" if any evidence is stated else "reported").

    An independent source is a story (:mod:`kg.graph.story`): near-duplicate copies
    of one story (syndicated wire copy) count once; a document without a story
    counts on its own. A denial backs nothing (it shows as a disagreement instead).
    """
    evidence = [e for e in evidence if not e.get("denied")]
    sources = {_source_key(e) for e in evidence}
    stated = not evidence or any(e["certainty"] != "reported" for e in evidence)
    return len(sources), "stated" if stated else "reported"


def evidence_sources(evidence: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The independent sources behind ``evidence``, each with every copy that reports it.

    One dict per story, in first-seen order: ``{"story", "documents", "copies"}`` where
    ``copies`` lists each document once as ``{"doc_id", "title", "date", "url", "urls",
    "source"}`` (``urls``: every URL its text was read from).
    """
    out: dict[str, dict[str, Any]] = {}
    for e in evidence:
        if e.get("denied"):
            continue  # a denial is no source of the fact
        rec = out.setdefault(_source_key(e), {"story": e.get("story"), "copies": {}})
        doc = str(e.get("doc") or e.get("doc_id") or e.get("sentence"))
        rec["copies"].setdefault(
            doc,
            {
                "doc_id": e.get("doc_id"),
                "title": e.get("title"),
                "date": e.get("doc_date"),
                "url": e.get("url"),
                "urls": list(e.get("urls") or ([e["url"]] if e.get("url") else [])),
                "source": evidence_source(e),
            },
        )
    return [
        {"story": r["story"], "documents": len(r["copies"]), "copies": list(r["copies"].values())}
        for r in out.values()
    ]


def to_networkx(graph: Graph) -> nx.MultiDiGraph:
    """Entities as nodes, asserted relation facts as edges (key = relation name).

    Node attributes: ``label``, ``class``, ``aliases``. Edge attributes: ``relation``,
    ``support`` (independent sources with evidence: distinct stories, the copies of one
    story counting once), ``certainty`` ("stated" when any evidence states the fact,
    else "reported"), ``evidence`` (list of dicts with sentence, title, url, urls,
    path, doc_date, story, certainty, amount, confidence...) and ``sources``
    (:func:`evidence_sources`: each story with every copy's title and URLs).
    Symmetric relations (partners_with, competes_with) give one edge per pair. The
    relations are those of the ontology (:func:`kg.vocabulary.vocabulary`).
    """
    import networkx as nx

    g = nx.MultiDiGraph()
    entities = _entities(graph)
    for iri, rec in entities.items():
        g.add_node(iri, **rec)
    evidence = _evidence(graph)
    for s, p, o in _select_each(graph, "facts", "p", vocabulary().names):
        relation = _relation_name(str(p))
        if relation is None:
            continue
        s_iri, _, o_iri = key = _edge_key(str(s), relation, str(o))
        if g.has_edge(s_iri, o_iri, key=relation):
            continue
        for iri in (s_iri, o_iri):
            if iri not in g:
                g.add_node(iri, label=_local(iri), aliases=[], **{"class": UNTYPED})
        ev = sorted(evidence.get(key, []), key=lambda e: (e["doc_date"] or "", e["sentence"]))
        support, certainty = summarize_evidence(ev)
        g.add_edge(
            s_iri,
            o_iri,
            key=relation,
            relation=relation,
            support=support,
            certainty=certainty,
            evidence=ev,
            sources=evidence_sources(ev),
        )
    return g


def _suggest(name: str, labels: list[str]) -> str:
    by_lower: dict[str, str] = {}
    for label in labels:
        by_lower.setdefault(label.lower(), label)
    close = difflib.get_close_matches(name.lower(), list(by_lower), n=3, cutoff=0.6)
    if not close:
        close = sorted(k for k in by_lower if name.lower() in k)[:3]
    if not close:
        return "check the spelling (`kg stats` lists the best-connected entities)"
    return "did you mean " + ", ".join(repr(by_lower[c]) for c in close) + "?"


def resolve_entity(graph: Graph, name: str) -> str:
    """The IRI of the entity whose label or alias is ``name`` (case-insensitive).

    A label match wins over an alias match. Raises :class:`UsageError` naming the entity
    and suggesting close matches when nothing matches. The name is compared in Python,
    never put into a query, so the lookup means the same on every store.

    Example: ``resolve_entity(g, "msft")`` -> ``".../entity/Microsoft"``.
    """
    needle = name.strip().lower()
    if not needle:
        raise UsageError("empty entity name: give the label or an alias of an entity")
    entities = _entities(graph)
    by_label = sorted(iri for iri, rec in entities.items() if rec["label"].lower() == needle)
    if by_label:
        return by_label[0]
    by_alias = sorted(
        iri for iri, rec in entities.items() if any(a.lower() == needle for a in rec["aliases"])
    )
    if by_alias:
        return by_alias[0]
    labels: list[str] = []
    for rec in entities.values():
        labels.append(rec["label"])
        labels.extend(rec["aliases"])
    raise UsageError(f"unknown entity {name!r}: {_suggest(name, labels)}")


def _label(g: nx.MultiDiGraph, iri: str) -> str:
    return str(g.nodes[iri].get("label") or _local(iri))


def _best_edge(g: nx.MultiDiGraph, u: str, v: str) -> str | None:
    """The relation of the best-supported edge u -> v, if any."""
    data = g.get_edge_data(u, v)
    if not data:
        return None
    return str(max(data.items(), key=lambda kv: (kv[1]["support"], kv[0]))[0])


def _path_hops(g: nx.MultiDiGraph, ia: str, ib: str, a: str) -> list[tuple[str, str, str]]:
    """Fewest-hop chain of edges from IRI ``ia`` to IRI ``ib``, each in its true direction."""
    import networkx as nx

    if ia == ib:
        return []
    try:
        nodes = nx.shortest_path(g.to_undirected(as_view=True), ia, ib)
    except (nx.NetworkXNoPath, nx.NodeNotFound) as e:
        raise UsageError(
            f"no chain of relations links {_label(g, ia)!r} and {_label(g, ib)!r}: "
            f"they are in separate parts of the graph (see `kg neighbors {a}`)"
        ) from e
    hops: list[tuple[str, str, str]] = []
    for u, v in pairwise(nodes):
        forward, backward = _best_edge(g, u, v), _best_edge(g, v, u)
        if forward is not None:
            hops.append((u, forward, v))
        elif backward is not None:
            hops.append((v, backward, u))
    return hops


def shortest_relation_path(graph: Graph, a: str, b: str) -> list[tuple[str, str, str]]:
    """Fewest-hop chain of facts linking ``a`` and ``b`` as (subject, relation, object) labels.

    The search ignores edge direction; each hop is reported in its true direction, so
    ``Microsoft -> OpenAI <- Nvidia`` reads ``(Microsoft, invests_in, OpenAI),
    (Nvidia, invests_in, OpenAI)``. Raises :class:`UsageError` when no chain exists.
    """
    return [(r["subject"], r["relation"], r["object"]) for r in relation_path_records(graph, a, b)]


def relation_path_records(graph: Graph, a: str, b: str) -> list[dict[str, Any]]:
    """:func:`shortest_relation_path` with each hop as a :func:`fact_record`."""
    ia, ib = resolve_entity(graph, a), resolve_entity(graph, b)
    g = to_networkx(graph)
    return [fact_record(g, u, r, v) for u, r, v in _path_hops(g, ia, ib, a)]


def ego_nodes(g: nx.MultiDiGraph, center: str, depth: int) -> dict[str, int]:
    """Node -> hop distance from ``center`` (edge direction ignored), up to ``depth``."""
    import networkx as nx

    if depth < 0:
        raise UsageError(f"depth must be 0 or more, got {depth}")
    return dict(nx.single_source_shortest_path_length(g.to_undirected(as_view=True), center, depth))


def ego_facts(graph: Graph, x: str, depth: int = 1) -> list[tuple[str, str, str]]:
    """Facts among the entities within ``depth`` hops of ``x``, nearest first.

    Example: ``ego_facts(g, "OpenAI")`` -> ``[("Microsoft", "invests_in", "OpenAI"), ...]``.
    """
    return [(r["subject"], r["relation"], r["object"]) for r in ego_fact_records(graph, x, depth)]


def ego_fact_records(graph: Graph, x: str, depth: int = 1) -> list[dict[str, Any]]:
    """:func:`ego_facts` with each fact as a :func:`fact_record` (evidence included)."""
    center = resolve_entity(graph, x)
    g = to_networkx(graph)
    if center not in g:
        return []
    dist = ego_nodes(g, center, depth)
    rows = []
    for u, v, rel in g.subgraph(dist).edges(keys=True):
        rows.append((max(dist[u], dist[v]), _label(g, u), str(rel), _label(g, v), u, v))
    return [fact_record(g, u, r, v) for _, _, r, _, u, v in sorted(rows)]


def fact_records_for(graph: Graph, facts: list[tuple[str, str, str]]) -> list[dict[str, Any]]:
    """:func:`fact_record` of each (subject label, relation, object label) in ``facts``."""
    g = to_networkx(graph)
    nodes: dict[str, list[str]] = {}
    for n in g.nodes:
        nodes.setdefault(_label(g, n), []).append(n)
    out = []
    for s, r, o in facts:
        for u in nodes.get(s, ()):
            for v in nodes.get(o, ()):
                if g.has_edge(u, v, key=r):
                    out.append(fact_record(g, u, r, v))
    return out


def evidence_source(e: dict[str, Any]) -> str | None:
    """Where an evidence sentence was read: the document's URL, else its file path, else id."""
    return e.get("url") or e.get("path") or e.get("doc_id")


def best_evidence(evidence: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The evidence to show first: the most confident, then stated, then the latest."""
    if not evidence:
        return None
    return max(
        evidence,
        key=lambda e: (
            e["confidence"] or 0.0,
            e["certainty"] != "reported",
            e["doc_date"] or "",
            e["sentence"],
        ),
    )


def fact_record(g: nx.MultiDiGraph, u: str, relation: str, v: str) -> dict[str, Any]:
    """The edge ``u -relation-> v`` of :func:`to_networkx` as a JSON-ready record.

    ``{"subject", "relation", "object", "support", "certainty", "sources",
    "evidence"}``, where ``support`` counts independent sources (stories),
    ``sources`` lists them with every copy (:func:`evidence_sources`) and
    ``evidence`` lists every supporting sentence, best first (:func:`best_evidence`),
    each with its ``source`` (URL, file path or document id), ``title``, ``date`` (the
    document's; ``date_inferred`` when read from its dateline), ``amount``,
    ``certainty``, ``confidence`` and ``doc_id``.
    """
    d = g.edges[u, v, relation]
    best = best_evidence(d["evidence"])
    ordered = ([best] if best else []) + [e for e in d["evidence"] if e is not best]
    return {
        "subject": _label(g, u),
        "relation": relation,
        "object": _label(g, v),
        "support": d["support"],
        "certainty": d["certainty"],
        "sources": d.get("sources", []),
        "evidence": [
            {
                "sentence": e["sentence"],
                "source": evidence_source(e),
                "title": e["title"],
                "date": e["doc_date"],
                "date_inferred": e.get("date_inferred", False),
                "amount": e["amount"],
                "certainty": e["certainty"],
                "confidence": e["confidence"],
                "doc_id": e["doc_id"],
            }
            for e in ordered
        ],
    }


def split_fact(text: str) -> tuple[str, str, str] | None:
    """``"SUBJECT RELATION OBJECT"`` (or ``"S -relation-> O"``) as its three parts.

    None when no word between the first and the last is a relation of the ontology.

    >>> split_fact("Microsoft invests_in OpenAI")
    ('Microsoft', 'invests_in', 'OpenAI')
    """
    import re

    words = text.split()
    names = vocabulary().names
    for i in range(1, len(words) - 1):
        m = re.fullmatch(r"-?([A-Za-z_]+)(?:->?)?", words[i])
        if m and m[1] in names:
            return " ".join(words[:i]), m[1], " ".join(words[i + 1 :])
    return None


def show_records(graph: Graph, text: str) -> list[dict[str, Any]]:
    """The fact named by ``text`` ("SUBJECT RELATION OBJECT"), or every fact of the
    entity named by ``text``, as :func:`fact_record` records with all their evidence.

    Raises :class:`UsageError` naming the fact when the store does not hold it.
    """
    parts = split_fact(text)
    if parts is None:
        return ego_fact_records(graph, text, 1)
    subject, relation, obj = parts
    s_iri, o_iri = resolve_entity(graph, subject), resolve_entity(graph, obj)
    g = to_networkx(graph)
    u, _, v = _edge_key(s_iri, relation, o_iri)
    if g.has_edge(u, v, key=relation):
        return [fact_record(g, u, relation, v)]
    linked = sorted(
        {str(k) for k in (g.get_edge_data(s_iri, o_iri) or {})}
        | {str(k) for k in (g.get_edge_data(o_iri, s_iri) or {})}
    )
    s_label = _label(g, s_iri) if s_iri in g else subject
    o_label = _label(g, o_iri) if o_iri in g else obj
    hint = (
        f"they are linked by {', '.join(linked)}"
        if linked
        else f"`kg neighbors {s_label!r}` lists its facts"
    )
    raise UsageError(f"no fact '{s_label} {relation} {o_label}' in the store: {hint}")


def pagerank(g: nx.MultiDiGraph) -> dict[str, float]:
    """PageRank of every node (parallel edges add up); empty dict for an empty graph."""
    import networkx as nx

    if g.number_of_nodes() == 0:
        return {}
    try:
        return dict(nx.pagerank(g))
    except ImportError:  # scipy is optional: the pure-Python variant gives the same ranks
        from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

        return dict(_pagerank_python(g))


def graph_stats(store: Any, top: int = 10) -> dict[str, Any]:
    """Counts and rankings of the graph in ``store`` (a :class:`kg.graph.store.KGStore`).

    Returns a JSON-ready dict::

        {"entities": 12, "facts": 20, "documents": 5, "evidence": 31,
         "ended_facts": 2,                          # ended, kept with evidence, not asserted
         "classes": {"Organization": 7, ...},      # every entity class, 0 included
         "relations": {"invests_in": 4, ...},      # every relation, 0 included
         "stories": 4,                              # independent sources among the documents
         "facts_by_support": {"1": 15, "2": 5},    # independent sources behind a fact -> facts
         "certainty": {"stated": 18, "reported": 2},
         "top_degree": [{"label", "class", "degree", "pagerank", "iri"}, ...],
         "top_pagerank": [...same shape, ordered by PageRank...],
         "deals": {"FundingRound": 2, "Acquisition": 1, "StrategicInvestment": 0},
         "contradictions": [{"company", "field", "value", "otherValue", "sources",
                             "otherSources"}, ...],
         "denials": [{"subject", "relation", "object", "statedBy", "deniedBy"}, ...],
         "copies": [{"story", "documents", "outlets"}, ...]}

    ``stories`` counts the independent sources: documents that are near-duplicate
    copies of one story (:mod:`kg.graph.story`) count once. ``copies`` lists the
    stories told by more than one document (most copies first, at most ``top``):
    the first copy's title, the number of documents and every copy's URLs (else
    ids), comma-separated.

    ``contradictions`` are the rows of ``queries/deal_contradictions.rq``: one deal
    given two different amounts, valuations or stakes by its sources, or told by one
    and denied by another (completed by one, called off by another), each side with
    the documents that state it. ``denials`` are the rows of
    ``queries/fact_denials.rq``: facts one source states and another denies.
    """
    graph = store.graph
    g = to_networkx(graph)
    counts = _select(graph, "counts")
    documents = int(counts[0].documents) if counts else 0
    evidence = int(counts[0].evidence) if counts else 0
    ended = int(counts[0].ended) if counts else 0
    classes = Counter(str(d["class"]) for _, d in g.nodes(data=True))
    relations = Counter(str(k) for _, _, k in g.edges(keys=True))
    support = Counter(d["support"] for _, _, d in g.edges(data=True))
    certainty = Counter(d["certainty"] for _, _, d in g.edges(data=True))
    pr = pagerank(g)
    deal_rows = _select(graph, "deals")
    stories: dict[str, list[dict[str, Any]]] = {}
    for doc, rec in sorted(_documents(graph).items()):
        stories.setdefault(rec.get("story") or doc, []).append(rec)
    shared = sorted(
        (docs for docs in stories.values() if len(docs) > 1),
        key=lambda docs: (-len(docs), min(d.get("doc_id") or "" for d in docs)),
    )

    def row(iri: str) -> dict[str, Any]:
        return {
            "label": _label(g, iri),
            "class": g.nodes[iri]["class"],
            "degree": int(g.degree(iri)),
            "pagerank": round(pr.get(iri, 0.0), 6),
            "iri": iri,
        }

    by_degree = sorted(g.nodes, key=lambda n: (-g.degree(n), -pr.get(n, 0.0), _label(g, n)))
    by_rank = sorted(g.nodes, key=lambda n: (-pr.get(n, 0.0), -g.degree(n), _label(g, n)))
    vocab = vocabulary()
    known = vocab.entity_classes
    class_names = [*known, *sorted(set(classes) - set(known))]
    return {
        "entities": g.number_of_nodes(),
        "facts": g.number_of_edges(),
        "documents": documents,
        "stories": len(stories),
        "evidence": evidence,
        "ended_facts": ended,
        "classes": {c: classes.get(c, 0) for c in class_names},
        "relations": {r: relations.get(r, 0) for r in vocab.names},
        "facts_by_support": {str(k): support[k] for k in sorted(support)},
        "certainty": {c: certainty.get(c, 0) for c in ("stated", "reported")},
        "top_degree": [row(n) for n in by_degree[:top]],
        "top_pagerank": [row(n) for n in by_rank[:top]],
        "deals": {
            kind: sum(int(r.n) for r in deal_rows if str(r.kind) == kind) for kind in DEAL_KINDS
        },
        "contradictions": deal_contradictions(graph),
        "denials": fact_denials(graph),
        "copies": [_copies_row(docs) for docs in shared[:top]],
    }


def _copies_row(docs: list[dict[str, Any]]) -> dict[str, Any]:
    """One story told by several documents, as a row of ``kg stats``."""
    docs = sorted(docs, key=lambda d: (d.get("doc_date") or "", d.get("doc_id") or ""))
    outlets: list[str] = []
    for d in docs:
        for where in d.get("urls") or [d.get("path") or d.get("doc_id") or "?"]:
            if where not in outlets:
                outlets.append(where)
    title = next((d["title"] for d in docs if d.get("title")), None)
    return {
        "story": title or docs[0].get("doc_id"),
        "documents": len(docs),
        "outlets": ", ".join(outlets),
    }


def deal_contradictions(graph: Graph, *, with_deal: bool = False) -> list[dict[str, str]]:
    """Deals whose sources disagree on a figure or a status
    (``queries/deal_contradictions.rq``) or on the date their sentences give (read
    as ISO dates here, field ``date``), each side with the documents that state it
    (``sources`` and ``otherSources``, joined with " | "). ``with_deal``: also the
    deal event's IRI (``deal``)."""
    try:
        rows: list[Any] = list(graph.query(load_query("deal_contradictions")))
    except Exception as e:  # the store's own errors vary by backend
        raise QueryError(f"the deal_contradictions query failed on the graph: {e}") from e
    out = []
    for r in [*rows, *_date_conflicts(graph)]:
        row = {
            "company": str(r.company),
            "field": str(r.field),
            "value": str(r.value),
            "otherValue": str(r.otherValue),
            "sources": _sorted_sources(r.sources),
            "otherSources": _sorted_sources(r.otherSources),
        }
        if with_deal:
            row["deal"] = str(r.deal)
        out.append(row)
    return out


@dataclass(frozen=True)
class _Conflict:
    """A date contradiction, shaped like a row of ``deal_contradictions.rq``."""

    company: str
    field: str
    value: str
    otherValue: str  # named as the query's column
    deal: str
    sources: str
    otherSources: str


def _date_conflicts(graph: Graph) -> list[_Conflict]:
    """Deals whose sources state different dates in their own sentences ("in March
    2024" and "in 2023"; "March 2024" and "2024" agree, at the coarser precision)."""
    from kg.query.timeline import on_or_before, statement_date

    by_deal: dict[str, dict[str, set[str]]] = {}
    company: dict[str, str] = {}
    for r in _select(graph, "deal_dates"):
        day = statement_date(str(r.date), None)
        if day is None:
            continue
        deal = str(r.deal)
        company[deal] = str(r.company)
        by_deal.setdefault(deal, {}).setdefault(day, set()).add(str(r.source))
    out = []
    for deal, days in by_deal.items():
        ordered = sorted(days)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                # Dates of different precision agree when one contains the other.
                if on_or_before(b, a) and on_or_before(a, b):
                    continue
                out.append(
                    _Conflict(
                        company[deal],
                        "date",
                        a,
                        b,
                        deal,
                        " | ".join(sorted(days[a])),
                        " | ".join(sorted(days[b])),
                    )
                )
    return out


def fact_denials(graph: Graph) -> list[dict[str, str]]:
    """Facts one source states and another denies (``queries/fact_denials.rq``)."""
    try:
        rows: list[Any] = list(graph.query(load_query("fact_denials")))
    except Exception as e:  # the store's own errors vary by backend
        raise QueryError(f"the fact_denials query failed on the graph: {e}") from e
    return [
        {
            "subject": str(r.subject),
            "relation": str(r.relation),
            "object": str(r.object),
            "statedBy": _sorted_sources(r.statedBy),
            "deniedBy": _sorted_sources(r.deniedBy),
        }
        for r in rows
    ]


def _sorted_sources(joined: Any) -> str:
    """A " | "-joined list of sources in a stable order."""
    return " | ".join(sorted(p for p in str(joined or "").split(" | ") if p))
