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
failure never leaves half a document. Prepared data loads in bulk, chunk by
chunk (:meth:`KGStore.add_triples`, :meth:`KGStore.load_file`). Every value is
serialized by rdflib's own term escaping (``Node.n3()``), never by pasting text
into SPARQL.

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
import os
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, Any

from rdflib import Graph
from rdflib.query import Result
from rdflib.term import Literal, Node, Variable

from kg.errors import InputError, StoreError, StoreLockedError
from kg.graph.backends import (
    DEFAULT_HTTP_TIMEOUT,
    DUMP_FORMATS,
    FILE_FORMATS,
    Backend,
    DocumentTriples,
    OpenOptions,
    open_backend,
)
from kg.graph.backends.common import check_format, insert_chunked, plain_literal, to_term
from kg.graph.corrections import Target, rewrite
from kg.graph.iri import check_base_iri, document_iri
from kg.graph.mapping import Triple, clean_text, document_graph_triples, document_triples
from kg.graph.namespace import DCTERMS, KGO, PROV, RDF, RDFS, SCHEMA, SKOS, XSD
from kg.graph.queries import load_query
from kg.graph.sparql_text import bind_values, check_variable_names
from kg.records import Document, Fact

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
        backend: Backend,
        spec: str,
        base_iri: str,
        *,
        read_only: bool = False,
    ) -> None:
        self._backend = backend
        self.spec = spec
        self.base_iri = base_iri
        self.read_only = read_only
        self._closed = False
        # First class and label written for merge-key entities, so later batches of a
        # build look up only entities they have not met (cleared when anything is removed).
        self._firsts: dict[tuple[Node, Node], Node] = {}
        #: Absorbed entity IRI -> the entity it now is (analyst corrections, see
        #: :mod:`kg.graph.corrections`): documents written are rewritten through it.
        self.rewrites: dict[Node, Target] = {}

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
        return self._backend.kind

    @property
    def requests(self) -> dict[str, int]:
        """HTTP requests sent so far by kind (remote stores; empty otherwise)."""
        return self._backend.requests

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
        """Write several documents in one transaction (one request on an endpoint).

        Returns the number of triples added. Only the content-hash triple of each
        document and its entity and fact triples are looked up: the triples of the
        document node and of its evidence nodes (whose IRIs contain the content
        hash) are new exactly when the content-hash triple is, since a document is
        written and forgotten whole. (A hand-made update removing part of a stored
        document would make the count too high, never the data wrong.)
        """
        self._check_writable()
        todo: dict[str, tuple[Triple, Document, Sequence[Fact]]] = {}
        for doc, facts in items:
            guard: Triple = (
                document_iri(doc.hash, self.base_iri),
                KGO.contentHash,
                Literal(doc.hash),
            )
            todo.setdefault(doc.hash, (guard, doc, facts))
        if len(todo) > 1 or (todo and self._backend.local):
            # Drop the stored documents before mapping (a re-run is cheap); on an
            # endpoint a single document is looked up with its triples instead.
            stored = self._backend.existing([g for g, _d, _f in todo.values()])
            todo = {h: item for h, item in todo.items() if item[0] not in stored}
        if not todo:
            return 0
        docs = [
            _split_document(guard, doc, facts, self.base_iri) for guard, doc, facts in todo.values()
        ]
        if self.rewrites:
            docs = [
                DocumentTriples(
                    d.guard, rewrite(d.owned, self.rewrites), rewrite(d.shared, self.rewrites)
                )
                for d in docs
            ]
        return self._backend.insert_new(self._one_class_and_label(docs))

    def _one_class_and_label(self, docs: list[DocumentTriples]) -> list[DocumentTriples]:
        """``docs`` with no second class or label for an entity the store or an earlier
        document already describes: the first class stays, a new label becomes an alias.

        The builder writes one class per entity (the gazetteer's, else the one most of
        a document's facts give it); this keeps it so across documents. Only entities
        minted from a merge key are looked up (``{base}entity/_...``): a gazetteer
        entity always has the gazetteer's class and name, and a fact made without
        ids names its entity's IRI by its label. So a batch without such entities
        costs no request; within a batch every entity keeps its first class.
        """
        merged = self.base_iri + "entity/_"
        entities = {t[0] for d in docs for t in d.shared if t[1] == RDFS.label}
        known = self._firsts
        stored = {e for e in entities if str(e).startswith(merged) and (e, RDF.type) not in known}
        if stored:
            values = " ".join(e.n3() for e in stored)
            rows = self.query(
                f"SELECT ?e ?p ?o WHERE {{ VALUES ?e {{ {values} }} "
                f"VALUES ?p {{ {RDF.type.n3()} {RDFS.label.n3()} }} ?e ?p ?o }}"
            )
            for row in rows.bindings:
                known.setdefault((row[Variable("e")], row[Variable("p")]), row[Variable("o")])
        # Within the batch too (hand-built facts may type one name twice): the first wins.
        out = []
        for d in docs:
            shared: list[Triple] = []
            for t in d.shared:
                s, p, o = t
                if s in entities and (p == RDF.type or p == RDFS.label):
                    first = known.setdefault((s, p), o)
                    if first != o:
                        if p == RDFS.label:
                            shared.append((s, SKOS.altLabel, o))
                        continue
                shared.append(t)
            out.append(DocumentTriples(d.guard, d.owned, shared))
        return out

    def existing_entities(self, nodes: Iterable[Node]) -> set[Node]:
        """The nodes among ``nodes`` that the store describes as entities (have a label)."""
        nodes = list(nodes)
        if not nodes:
            return set()
        values = " ".join(n.n3() for n in nodes)
        rows = self.query(
            f"SELECT DISTINCT ?e WHERE {{ VALUES ?e {{ {values} }} ?e {RDFS.label.n3()} ?l }}"
        )
        return {row[Variable("e")] for row in rows.bindings}

    def add_metadata(self, docs: Iterable[Document]) -> int:
        """Add what ``docs`` say (id, URL, title, date, source) to stored documents of
        the same text; return the triples added.

        A document is its text: the same text arriving again under another id or
        URL is the same document, its facts and their support unchanged. A
        document keeps its first title and date; ids, URLs and sources add up.
        Documents not in the store are left alone.
        """
        self._check_writable()
        text = load_query("describe_node", package="kg.graph")
        new: dict[Triple, None] = {}
        for doc in docs:
            node = document_iri(doc.hash, self.base_iri)
            have: dict[Node, set[Node]] = {}
            for row in self.query(text, {"node": node}).bindings:
                have.setdefault(row[Variable("p")], set()).add(row[Variable("o")])
            if KGO.contentHash not in have:
                continue
            for t in document_triples(doc, self.base_iri):
                _s, p, o = t
                if o in have.get(p, ()) or (p in _SINGLE_VALUED and p in have):
                    continue
                have.setdefault(p, set()).add(o)
                new.setdefault(t)
        if new:
            insert_chunked(self._backend, list(new))
        return len(new)

    def add_triples(self, triples: Iterable[Triple]) -> None:
        """Insert raw triples in bulk: one transaction (one request on an endpoint) per chunk.

        For loading prepared data; nothing is looked up or counted. A failure
        leaves the chunks written before it.
        """
        self._check_writable()
        insert_chunked(self._backend, triples)

    def delete_triples(self, triples: Iterable[Triple]) -> None:
        """Remove these triples (absent ones are ignored) in one transaction."""
        self._check_writable()
        self._backend.delete(list(triples))

    def load_file(
        self, path: str | os.PathLike[str], fmt: str = "nt", *, transactional: bool = False
    ) -> None:
        """Load an N-Triples (``nt``) or Turtle (``turtle``) file into the default graph.

        An embedded store parses the file natively with Oxigraph's bulk loader
        (the fastest way, memory bounded, but not one transaction: a file that
        fails to parse part-way may leave the triples before the error), or
        with ``transactional=True`` in one transaction holding the whole file
        in memory. The memory store parses it with rdflib first, then adds it
        (nothing is added from a file that does not parse). An endpoint gets
        the parsed triples as ``INSERT DATA`` requests of 5,000 triples (a
        failure leaves the requests sent before it); files with blank nodes
        cannot be split that way and are refused.
        """
        self._check_writable()
        check_format(fmt, FILE_FORMATS, "file")
        file = Path(path)
        if not file.is_file():
            raise InputError(f"cannot load {str(file)!r}: no such file")
        self._backend.load_file(file, fmt, transactional=transactional)

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
        self._firsts.clear()
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
        # Counted once: the description triples added below never have an entity
        # as their object, so these counts stay right through the loop.
        incoming = Counter(t[2] for t in removal)
        outgoing = Counter(t[0] for t in removal)
        for entity in entities:
            if self._only_linked_by(entity, removal, incoming[entity], outgoing[entity]):
                for p, o in self._rows("describe_node", {"node": entity}, "p", "o"):
                    removal.setdefault((entity, p, o))
        self._backend.delete(list(removal))
        # A fact whose ending (or starting) evidence went may hold again (or no longer).
        from kg.graph.ended import settle

        settle(self, list(supporters))
        return len(orphans)

    def _only_linked_by(
        self, entity: Node, removal: Mapping[Triple, None], incoming: int, outgoing: int
    ) -> bool:
        """True when every fact and evidence triple naming ``entity`` is in ``removal``.

        ``incoming``/``outgoing`` count the triples of ``removal`` with ``entity`` as
        object/subject. Reads at most one link more than that, so a hub entity with
        thousands of facts costs no more than a rare one.
        """
        rows = self._rows("entity_incoming", {"entity": entity}, "s", "p", limit=incoming + 1)
        if not all((s, p, entity) in removal for s, p in rows):
            return False
        rows = self._rows("entity_outgoing", {"entity": entity}, "p", "o", limit=outgoing + 1)
        return all((entity, p, o) in removal for p, o in rows)

    def _rows(
        self, name: str, bindings: dict[str, Node], *names: str, limit: int | None = None
    ) -> list[Any]:
        text = load_query(name, package="kg.graph") + (
            f"\nLIMIT {int(limit)}\n" if limit is not None else ""
        )
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
        with self._backend.replacing() as staging:
            fresh = KGStore(staging, self.spec, self.base_iri)
            fresh.rewrites = self.rewrites
            yield fresh

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
        check_variable_names(terms)
        return self._backend.query(sparql, terms, timeout)

    def update(self, sparql: str) -> None:
        """Run a SPARQL Update (callers decide whether updates are allowed)."""
        self._check_writable()
        self._backend.update(sparql)

    def dump(self, fmt: str, output: IO[bytes] | None = None) -> bytes | None:
        """Serialize the store as ``turtle``, ``nt``, ``jsonld`` or ``trig``; the bytes
        when ``output`` is None.

        An embedded store is written by Oxigraph itself (streaming, fast for big
        graphs); the others through rdflib's serializers with kg's prefixes.
        """
        check_format(fmt, DUMP_FORMATS, "dump")
        return self._backend.dump(fmt, output)

    def triple_count(self) -> int:
        """Number of triples in the store."""
        return self._backend.count()

    def flush(self) -> None:
        """Write buffered data to disk (embedded store); a no-op elsewhere."""
        try:
            self._backend.flush()
        except OSError as e:
            raise StoreError(f"cannot flush the store {self.spec!r}: {e}") from e

    def clean(self) -> list[str]:
        """Remove what killed builds of this store left behind; their names.

        Embedded store: the staging and old folders beside its folder. SPARQL
        endpoint: the staging graphs (``urn:x-kg:staging:...``) of builds of this
        machine whose process is gone; those of other machines are kept, since
        whether their build still runs cannot be told.
        """
        self._check_writable()
        return self._backend.clean()

    def clear(self) -> None:
        """Remove every triple."""
        self._check_writable()
        self._firsts.clear()
        self._backend.clear()

    def close(self) -> None:
        """Close the store and release its lock (safe to call twice)."""
        if self._closed:
            return
        self._closed = True
        self._backend.close()


_DERIVED_FROM = PROV.wasDerivedFrom
#: Document properties that keep their first value when the same text arrives again.
_SINGLE_VALUED = frozenset({RDF.type, KGO.contentHash, DCTERMS.title, DCTERMS.date})


def _split_document(
    guard: Triple, doc: Document, facts: Sequence[Fact], base_iri: str
) -> DocumentTriples:
    """``doc``'s triples split into the ones it owns and the ones it may share.

    Owned: the triples about the document node and about its evidence nodes
    (``prov:wasDerivedFrom`` the document; their IRIs are minted from its
    content hash, see :func:`kg.graph.iri.evidence_iri`). Everything else
    (entity types and labels, asserted facts) is shared.
    """
    triples = document_graph_triples(doc, list(facts), base_iri)
    node = guard[0]
    mine = {node}
    mine.update(s for s, p, o in triples if p == _DERIVED_FROM and o == node)
    owned: list[Triple] = []
    shared: list[Triple] = []
    for t in triples:
        (owned if t[0] in mine else shared).append(t)
    return DocumentTriples(guard, owned, shared)


# ---------------------------------------------------------------------------
# Opening
# ---------------------------------------------------------------------------


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
    options = OpenOptions(
        base,
        create=create,
        read_only=read_only,
        lock_timeout=lock_timeout,
        http_timeout=http_timeout,
    )
    return KGStore(open_backend(spec, options), spec, base, read_only=read_only)


__all__ = [
    "KGStore",
    "StoreError",
    "StoreLockedError",
    "bind_values",
    "open_store",
    "plain_literal",
    "to_term",
]
