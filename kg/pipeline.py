"""The build: ingest -> extraction -> store, streamed.

Documents are never all held in memory: :func:`build_graph` pulls them from
:func:`kg.ingest.readers.iter_documents`, feeds them through the extractor's
stream (in this process, or in a pool of ``workers`` processes) and writes
them with their facts ``WRITE_BATCH`` documents per transaction
(``add_documents``; a document is never half-written). Without ``append``
the new graph is built into ``store.replacing()``, so the old graph is
replaced only when the new one is complete; any exception (or Ctrl-C) on the
way leaves it untouched.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any

from kg.errors import InputError
from kg.ingest.problems import InputProblem
from kg.progress import BuildProgress
from kg.records import Document, Fact
from kg.table import terminal_text
from kg.vocabulary import fact_key

if TYPE_CHECKING:
    from kg.graph.store import KGStore

#: An input is a path, a folder, "-" for standard input, or a ready Document.
Input = str | Document


@dataclass
class BuildSummary:
    """What a build did. ``failed`` > 0 means some input could not be read.

    ``documents`` counts every document read, including the ``skipped`` ones
    (already in the store, or repeated within the run); ``without_facts``
    counts the documents processed in which extraction found nothing. ``facts`` and
    ``entities`` count what extraction found in the documents processed;
    ``triples`` is the size of the store afterwards.
    """

    store: str
    documents: int = 0
    skipped: int = 0
    failed: int = 0
    warnings: int = 0
    facts: int = 0
    without_facts: int = 0
    entities: int = 0
    triples: int = 0
    elapsed: float = 0.0
    replaced: bool = False
    problems: list[str] = field(default_factory=list, repr=False)
    #: Facts extraction found but ``--min-confidence`` left out, and the highest
    #: confidence among them.
    below_confidence: int = 0
    best_below: float = 0.0
    #: Facts found ended in the documents processed ("former CEO", "sold its stake"):
    #: stored with their end date and evidence, not counted in ``facts``.
    ended: int = 0

    def describe(self) -> str:
        """One line for people.

        Example: "12 documents read, 0 skipped, 1 failed; 87 facts (61 entities),
        1,204 triples in output/store".
        """
        warned = f", {_count(self.warnings, 'warning')}" if self.warnings else ""
        empty = f", {self.without_facts:,} gave no facts" if self.without_facts else ""
        return (
            f"{_count(self.documents, 'document')} read, {self.skipped:,} skipped, "
            f"{self.failed:,} failed{warned}{empty}; {_count(self.facts, 'fact')} "
            f"({_count(self.entities, 'entity', 'entities')}), "
            f"{_count(self.triples, 'triple')} in {self.store}"
        )

    def filter_note(self, min_confidence: float) -> str | None:
        """Why no fact was written when ``--min-confidence`` left out every one found.

        Example: "--min-confidence 0.99 kept 0 of 12 facts: the most confident has
        confidence 0.957".
        """
        if self.facts or not self.below_confidence:
            return None
        return (
            f"--min-confidence {min_confidence:g} kept 0 of "
            f"{_count(self.below_confidence, 'fact')}: the most confident has confidence "
            f"{self.best_below:g}"
        )

    @property
    def documents_per_second(self) -> float:
        return self.documents / self.elapsed if self.elapsed > 0 else 0.0


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n:,} {one if n == 1 else (many or one + 's')}"


#: How many problem lines a summary keeps (all are logged as they happen).
MAX_KEPT_PROBLEMS = 100


#: Write buffers are flushed every this many documents, so memory stays flat.
FLUSH_EVERY = 1000

#: Documents written to the store in one transaction (one request on an endpoint).
#: Each document is still all-or-nothing; an interrupted build loses at most the
#: documents of the batch in hand, which a re-run with --append extracts again.
WRITE_BATCH = 64


def _flush(target: KGStore) -> None:
    """Ask the store to write its buffers out, when it can.

    An embedded Oxigraph store keeps new data in memory until flushed: without
    this its memory grows with every document of a long build.
    """
    target.flush()


class _NothingRead(Exception):
    """Raised inside ``replacing()`` to keep the old graph when no input was readable."""


def build_graph(
    inputs: Iterable[Input],
    store_spec: str,
    *,
    append: bool = False,
    model: str | None = None,
    glob: str | None = None,
    follow_links: bool = False,
    workers: int = 1,
    base_iri: str | None = None,
    progress: bool | None = None,
    log: Callable[[str], None] | None = None,
    min_confidence: float = 0.0,
) -> BuildSummary:
    """Read ``inputs``, extract facts and write them to the store ``store_spec``.

    Facts whose confidence is below ``min_confidence`` are not written.

    ``inputs`` are paths, folders or ``-`` (see :func:`kg.ingest.readers.iter_documents`),
    or :class:`~kg.records.Document` objects (any iterable, read lazily). Input
    problems go to ``log`` one line each as they happen and the build goes on;
    they are counted in ``failed`` (errors) and ``warnings``. When nothing at all
    could be read and there were errors, a replacing build keeps the old graph.

    Example::

        summary = build_graph(["news/"], "output/store", log=print)
        print(summary.describe())
    """
    from kg.extract.pipeline import Extractor
    from kg.graph.store import open_store

    started = time.perf_counter()
    summary = BuildSummary(store=store_spec)
    shown = BuildProgress(progress, log)
    emit = shown.log

    def on_problem(problem: InputProblem) -> None:
        if problem.severity == "error":
            summary.failed += 1
        else:
            summary.warnings += 1
        line = str(problem)
        if len(summary.problems) < MAX_KEPT_PROBLEMS:
            summary.problems.append(line)
        emit(line)

    # Ended facts too ("former CEO", "sold its stake"): stored with their end, so the
    # graph tells what held once from what holds now (kg.graph.ended); and denied ones,
    # stored as evidence of a denial, never asserted (a contradiction when another
    # source tells the fact).
    extractor = Extractor(model, keep_ended=True, keep_denied=True)
    # A long document shows how far it is (with one worker; workers report per document).
    extractor.on_section = lambda doc, done, total: shown.section(
        terminal_text(doc.source or doc.id), done, total
    )
    docs = _documents(
        [inputs] if isinstance(inputs, str) else inputs, glob, on_problem, follow_links
    )
    with (
        # Worker processes start before the store opens its files and threads.
        extractor.workers(workers),
        open_store(store_spec, base_iri=base_iri, create=True) as store,
        shown,
    ):
        # The analyst's identity corrections recorded for this store (kg entity).
        store.rewrites = load_rewrites(store_spec, store.base_iri)
        fill = partial(
            _fill,
            docs=docs,
            extractor=extractor,
            summary=summary,
            shown=shown,
            on_problem=on_problem,
            workers=workers,
            min_confidence=min_confidence,
        )
        if append:
            fill(store, skip_stored=True)
        else:
            try:
                with store.replacing() as fresh:
                    fill(fresh)
                    if summary.documents == 0 and summary.failed:
                        raise _NothingRead
                summary.replaced = True
            except _NothingRead:
                emit(f"no document could be read: {store_spec} was left unchanged")
        summary.triples = store.triple_count()
    summary.elapsed = time.perf_counter() - started
    return summary


def _documents(
    inputs: Iterable[Input],
    glob: str | None,
    on_problem: Callable[[InputProblem], None],
    follow_links: bool = False,
) -> Iterator[Document]:
    from kg.ingest.readers import iter_documents

    for item in inputs:
        if isinstance(item, Document):
            yield item
        else:
            yield from iter_documents(
                [item], glob=glob, on_error=on_problem, follow_links=follow_links
            )


def _fill(
    target: KGStore,
    *,
    docs: Iterator[Document],
    extractor: Any,
    summary: BuildSummary,
    shown: BuildProgress,
    on_problem: Callable[[InputProblem], None],
    workers: int,
    skip_stored: bool = False,
    min_confidence: float = 0.0,
) -> None:
    """Extract and write each new document; count what happens."""
    seen: set[str] = set()
    entities: set[str] = set()
    fact_keys: set[tuple[str, str, str]] = set()
    ended_keys: set[tuple[str, str, str]] = set()
    again: list[Document] = []
    written = 0

    def new_documents() -> Iterator[Document]:
        for doc in docs:
            summary.documents += 1
            # Same text twice in one run, or already stored when appending:
            # skipped before extraction, the most expensive step.
            if doc.hash in seen or (skip_stored and target.has_document(doc.hash)):
                # Its id, URL or date are added to the stored document once it is written.
                again.append(doc)
                summary.skipped += 1
                shown.update(written + summary.skipped, summary.facts)
                continue
            seen.add(doc.hash)
            yield doc

    batch: list[tuple[Document, list[Fact]]] = []

    def write() -> None:
        nonlocal written
        try:
            target.add_documents(batch)
            stored = batch
        except InputError:
            # Facts the graph cannot hold: write one by one, losing only that document.
            stored = []
            for doc, facts in batch:
                try:
                    target.add_document(doc, facts)
                except InputError as e:
                    where = doc.source or doc.id
                    on_problem(InputProblem(where, None, f"cannot store {doc.id}: {e}"))
                    continue
                stored.append((doc, facts))
        for _doc, facts in stored:
            summary.without_facts += not facts
            for fact in facts:
                # Counted as the graph holds them (what `kg stats` counts): one node per
                # entity IRI, one fact per (subject, relation, object) over all documents.
                s, o = (
                    _node(target, fact.subject_id, fact.subject),
                    _node(target, fact.object_id, fact.object),
                )
                entities.update((s, o))
                if s == o and target.rewrites:
                    continue  # a fact between two merged entities is not written
                if fact.denied:
                    continue  # a denial is stored as evidence only, never counted a fact
                (ended_keys if fact.ended else fact_keys).add(fact_key(s, fact.relation, o))
        summary.facts = len(fact_keys)
        summary.ended = len(ended_keys)
        before = written
        written += len(stored)
        batch.clear()
        if written // FLUSH_EVERY > before // FLUSH_EVERY:
            _flush(target)
        # Extraction reads ahead by a batch: show documents written, not read.
        shown.update(written + summary.skipped, summary.facts)

    for doc, facts in extractor.extract_stream(new_documents(), workers=workers):
        kept = [f for f in facts if f.confidence >= min_confidence]
        if len(kept) < len(facts):
            summary.below_confidence += len(facts) - len(kept)
            low = max(f.confidence for f in facts if f.confidence < min_confidence)
            summary.best_below = max(summary.best_below, round(low, 3))
        batch.append((doc, kept))
        if len(batch) >= WRITE_BATCH:
            write()
    if batch:
        write()
    if again:
        target.add_metadata(again)
    # Near-duplicate documents (wire copy run by several outlets) become one story.
    from kg.graph.story import assign_stories

    assign_stories(target)
    for sub, parent in _add_families(target):
        if sub == parent:
            continue  # a link between two merged entities (kg entity merge)
        # Reference links are facts of the graph too (kg stats counts them).
        entities.update((sub, parent))
        fact_keys.add(fact_key(sub, "subsidiary_of", parent))
    # Whether each fact with ending evidence holds now, over all its stored evidence.
    _settle(target)
    summary.facts = len(fact_keys)
    summary.entities = len(entities)


def _settle(target: KGStore) -> None:
    """Assert exactly the stored facts that hold now (see :mod:`kg.graph.ended`)."""
    from kg.graph.ended import settle

    settle(target)


def _add_families(target: KGStore) -> list[tuple[str, str]]:
    """Write the reference parent/subsidiary links that join entities of the graph.

    A link is written when its subsidiary is in the graph and a chain of links
    leads from it to another entity of the graph (every link of that chain is
    written): a graph naming Google DeepMind and Alphabet gets DeepMind ->
    Google -> Alphabet; a graph naming Microsoft alone gets nothing. Returns
    the (subsidiary id, parent id) of every link written.
    """
    from kg.extract.families import FamilyLink, load_families
    from kg.graph.corrections import rewrite
    from kg.graph.iri import entity_id_iri
    from kg.graph.mapping import reference_triples

    links = load_families()

    def iri(name: str, ident: str) -> Any:
        return entity_id_iri(ident, name, target.base_iri)

    nodes = {iri(e.name, e.id) for link in links for e in (link.subsidiary, link.parent)}
    present = target.existing_entities(nodes)
    up = {link.subsidiary.name: link for link in links}
    chosen: dict[FamilyLink, None] = {}
    for link in links:
        if iri(link.subsidiary.name, link.subsidiary.id) not in present:
            continue
        chain: list[FamilyLink] = []
        step: FamilyLink | None = link
        while step is not None and step not in chain:
            chain.append(step)
            if iri(step.parent.name, step.parent.id) in present:
                chosen.update(dict.fromkeys(chain))
                break
            step = up.get(step.parent.name)
    triples = [
        t
        for link in chosen
        for t in reference_triples(
            (link.subsidiary.id, link.subsidiary.name, link.subsidiary.cls),
            (link.parent.id, link.parent.name, link.parent.cls),
            link.since,
            link.source,
            target.base_iri,
        )
    ]
    if triples:
        target.add_triples(rewrite(triples, target.rewrites))
    return [
        (
            _node(target, link.subsidiary.id, link.subsidiary.name),
            _node(target, link.parent.id, link.parent.name),
        )
        for link in chosen
    ]


def load_rewrites(store_spec: str, base_iri: str) -> dict[Any, Any]:
    """The identity corrections recorded for ``store_spec`` (``kg entity``), as IRIs."""
    from kg.corrections import corrections_path, read_corrections, redirects
    from kg.graph.corrections import targets

    return targets(redirects(read_corrections(corrections_path(store_spec))), base_iri)


def _node(target: KGStore, ident: str, name: str) -> str:
    """The IRI the graph gives the entity ``ident`` (``name`` when it has no id),
    after the analyst's corrections."""
    if not target.rewrites:
        return ident or name  # one id, one IRI: no need to mint it
    from kg.graph.iri import entity_id_iri

    node = entity_id_iri(ident, name, target.base_iri)
    found = target.rewrites.get(node)
    return str(found.iri if found is not None else node)
