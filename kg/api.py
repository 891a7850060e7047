"""One function per user task. The CLI, the notebook and scripts call these.

Each function opens what it needs (store, model), does one job through the
stage modules, and returns a plain result object. Errors are ``KGError``
subclasses from :mod:`kg.errors`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.config import default_store

if TYPE_CHECKING:
    from kg.corrections import Correction
    from kg.extract.evaluate import EvalReport
    from kg.extract.pipeline import Trace
    from kg.ingest.problems import OnError
    from kg.pipeline import BuildSummary
    from kg.query.sparql import QueryResult
    from kg.query.timeline import Changes
    from kg.records import Document, Fact


def _store(store: str | None) -> str:
    """The store spec to open: the default only when none was given.

    An empty string (say, an unset shell variable) is passed on so that
    ``open_store`` refuses it instead of silently using the default store.
    """
    return default_store() if store is None else store


def build(
    inputs: Sequence[str],
    store: str | None = None,
    *,
    append: bool = False,
    model: str | None = None,
    glob: str | None = None,
    workers: int = 1,
    base_iri: str | None = None,
    progress: bool | None = None,
    log: Callable[[str], None] | None = None,
    min_confidence: float = 0.0,
    follow_links: bool = False,
) -> BuildSummary:
    """Read ``inputs``, extract facts and write them to ``store``.

    Example::

        summary = build(["examples/corpus"], "memory")
        print(summary.documents, summary.facts)
    """
    from kg.pipeline import build_graph

    return build_graph(
        inputs,
        _store(store),
        append=append,
        model=model,
        glob=glob,
        workers=workers,
        base_iri=base_iri,
        progress=progress,
        log=log,
        min_confidence=min_confidence,
        follow_links=follow_links,
    )


def extract(
    inputs: Sequence[str], *, model: str | None = None, glob: str | None = None
) -> Iterator[Fact]:
    """Run ingest and extraction only, yielding facts (no store)."""
    for _doc, facts in extract_by_document(inputs, model=model, glob=glob):
        yield from facts


def extract_by_document(
    inputs: Sequence[str],
    *,
    model: str | None = None,
    glob: str | None = None,
    on_error: OnError | None = None,
    follow_links: bool = False,
    ended: bool = False,
) -> Iterator[tuple[Document, list[Fact]]]:
    """Run ingest and extraction only, yielding each document with its facts.

    Input problems go to ``on_error`` (see :func:`kg.ingest.readers.iter_documents`).
    With ``ended``, the facts whose text says they ended come too, marked
    ``Fact.ended`` with their end date.
    """
    from kg.extract.pipeline import Extractor
    from kg.ingest.readers import iter_documents

    extractor = Extractor(model, keep_ended=ended)
    docs = iter_documents(inputs, glob=glob, on_error=on_error, follow_links=follow_links)
    yield from extractor.extract_stream(docs)


def explain(
    inputs: Sequence[str],
    *,
    model: str | None = None,
    glob: str | None = None,
    on_error: OnError | None = None,
    follow_links: bool = False,
) -> Iterator[tuple[Document, list[Fact], Trace]]:
    """Each document with its facts and the trace of how extraction read it."""
    from kg.extract.pipeline import Extractor
    from kg.ingest.readers import iter_documents

    extractor = Extractor(model)
    for doc in iter_documents(inputs, glob=glob, on_error=on_error, follow_links=follow_links):
        facts, trace = extractor.explain(doc)
        yield doc, facts, trace


def extract_documents(docs: Iterable[Document], *, model: str | None = None) -> Iterator[Fact]:
    """Extraction over already-built documents (used by ``kg eval``)."""
    from kg.extract.pipeline import Extractor

    extractor = Extractor(model)
    for _doc, facts in extractor.extract_stream(docs):
        yield from facts


def evaluate(gold: str | Path, *, model: str | None = None, calibrated: bool = True) -> EvalReport:
    """Extract from the gold documents and score against their triples."""
    from kg.extract.evaluate import evaluate_gold

    return evaluate_gold(Path(gold), model=model, calibrated=calibrated)


def fit_calibration(gold: str | Path, out: str | Path, *, model: str | None = None) -> int:
    """Fit the confidence calibration on a gold file's raw scores, write it; facts used."""
    import json

    from kg.extract.calibration import fit
    from kg.render.export import atomic_write

    report = evaluate(gold, model=model, calibrated=False)
    data = (json.dumps(fit(report.scored), indent=1) + "\n").encode("utf-8")
    atomic_write(out, lambda fh: fh.write(data))
    return len(report.scored)


def query(
    text: str,
    store: str | None = None,
    *,
    allow_update: bool = False,
    allow_service: bool = False,
    timeout: float | None = None,
    bindings: dict[str, Any] | None = None,
    params: Mapping[str, str] | None = None,
    name: str = "the query",
    as_of: str | None = None,
) -> QueryResult:
    """Run a SPARQL query; read-only unless ``allow_update``.

    ``params`` are the values of the parameters the query declares in its header
    (``# param: company ... (required)``), checked before the store is opened;
    ``name`` names the query in the error when one is missing or unknown::

        query(Path("queries/investors_of.rq").read_text(), params={"company": "OpenAI"})

    With ``as_of`` (YYYY-MM-DD, YYYY-MM or YYYY) the query runs on the graph as of
    that day: facts with no evidence dated then or earlier are left out, and so
    are those that had ended by then (see :func:`kg.query.timeline.as_of_copy`;
    undated facts stay).
    """
    from contextlib import nullcontext

    from kg.errors import UsageError
    from kg.graph.queries import bind_params
    from kg.graph.store import open_store
    from kg.query.sparql import run_query
    from kg.query.timeline import as_of_copy, check_date

    if as_of is not None:
        check_date(as_of, "--as-of")
        if allow_update:
            raise UsageError(
                "--as-of cannot be used with --allow-update: an update would change a "
                "copy of the graph, not the store; run the update without --as-of"
            )
    bindings = {**bind_params(text, params or {}, name), **(bindings or {})}
    with open_store(_store(store), create=False, read_only=not allow_update) as opened:
        past = as_of_copy(opened, as_of) if as_of is not None else nullcontext(opened)
        with past as st:
            return run_query(
                st,
                text,
                allow_update=allow_update,
                allow_service=allow_service,
                timeout=timeout,
                bindings=bindings or None,
            )


def serve(
    store: str | None = None,
    *,
    host: str = "127.0.0.1",
    port: int = 7878,
    timeout: float = 30.0,
    max_rows: int = 10_000,
    allow_update: bool = False,
    token: str | None = None,
    allow_service: bool = False,
    log: Callable[[str], None] | None = None,
) -> None:
    """Serve the embedded store as a SPARQL 1.1 endpoint with a query page, the view and
    entity pages, until interrupted (see :mod:`kg.serve`)."""
    from kg.serve import Limits
    from kg.serve import serve as run_server

    limits = Limits(
        timeout=timeout,
        max_rows=max_rows,
        allow_update=allow_update,
        token=token or None,
        allow_service=allow_service,
    )
    run_server(_store(store), host=host, port=port, limits=limits, log=log)


def export(
    fmt: str, dest: str | Path | None, store: str | None = None, min_confidence: float = 0.0
) -> str | None:
    """Write the graph in ``fmt`` to ``dest`` (atomically), or return it when dest is None;
    with ``min_confidence``, only evidence of at least that confidence and its facts."""
    from kg.graph.store import open_store
    from kg.render.export import export_graph

    with open_store(_store(store), create=False, read_only=True) as st:
        return export_graph(st, fmt, dest, min_confidence=min_confidence)


def view(
    dest: str | Path,
    store: str | None = None,
    *,
    log: Callable[[str], None] | None = None,
    **options: Any,
) -> Path:
    """Write the interactive HTML view of the graph to ``dest``; ``log`` hears why, when
    the filters leave no fact to show."""
    from kg.graph.store import open_store
    from kg.render.view import ViewOptions, check_options, write_view

    chosen = ViewOptions(**options)
    check_options(chosen)
    with open_store(_store(store), create=False, read_only=True) as st:
        if chosen.as_of is None:
            return write_view(st.graph, Path(dest), chosen, log=log)
        from kg.query.timeline import as_of_copy

        # The facts that held then: one that has ended since shows, one ended by then not.
        with as_of_copy(st, chosen.as_of) as past:
            return write_view(past.graph, Path(dest), chosen, log=log)


def diff(since: str, store: str | None = None) -> Changes:
    """The facts that started on or after ``since`` (YYYY-MM-DD, YYYY-MM or YYYY) and those
    that gained sources since then (see :func:`kg.query.timeline.changes_since`).

    Example::

        changes = diff("2025-01", "output/store")
        print(len(changes.started), len(changes.gained))
    """
    from kg.graph.store import open_store
    from kg.query.timeline import changes_since, check_date

    check_date(since, "--since")
    with open_store(_store(store), create=False, read_only=True) as st:
        return changes_since(st, since)


def validate(store: str | None = None) -> tuple[bool, str]:
    """SHACL-validate the graph; returns (conforms, report text)."""
    from kg.graph.store import open_store
    from kg.graph.validate import validate_graph

    with open_store(_store(store), create=False, read_only=True) as st:
        return validate_graph(st.graph)


def stats(store: str | None = None, top: int = 10) -> dict[str, Any]:
    """Counts per class and relation, fact support, and the top entities by degree."""
    from kg.graph.store import open_store
    from kg.query.analytics import graph_stats

    with open_store(_store(store), create=False, read_only=True) as st:
        return graph_stats(st, top=top)


def path(a: str, b: str, store: str | None = None) -> list[tuple[str, str, str]]:
    """Shortest relation path between two entities, as (subject, relation, object) hops."""
    from kg.graph.store import open_store
    from kg.query.analytics import shortest_relation_path

    with open_store(_store(store), create=False, read_only=True) as st:
        return shortest_relation_path(st.graph, a, b)


def neighbors(
    x: str, store: str | None = None, depth: int = 1, *, family: bool = False
) -> list[tuple[str, str, str]]:
    """Facts in the ego network of ``x`` up to ``depth`` hops; with ``family``, the
    facts of ``x`` and of every subsidiary below it (``queries/family_facts.rq``)."""
    from kg.graph.store import open_store
    from kg.query.analytics import ego_facts

    with open_store(_store(store), create=False, read_only=True) as st:
        if family:
            from kg.query.family import family_facts

            return family_facts(st, x)
        return ego_facts(st.graph, x, depth=depth)


def path_facts(a: str, b: str, store: str | None = None) -> list[dict[str, Any]]:
    """:func:`path` with each hop's support and evidence (see
    :func:`kg.query.analytics.fact_record` for the record's keys)."""
    from kg.graph.store import open_store
    from kg.query.analytics import relation_path_records

    with open_store(_store(store), create=False, read_only=True) as st:
        return relation_path_records(st.graph, a, b)


def neighbor_facts(
    x: str, store: str | None = None, depth: int = 1, *, family: bool = False
) -> list[dict[str, Any]]:
    """:func:`neighbors` with each fact's support and evidence (``family`` as there).

    Example::

        for fact in neighbor_facts("OpenAI", "output/store"):
            print(fact["subject"], fact["relation"], fact["object"],
                  fact["evidence"][0]["source"])
    """
    from kg.graph.store import open_store
    from kg.query.analytics import ego_fact_records, fact_records_for

    with open_store(_store(store), create=False, read_only=True) as st:
        if family:
            from kg.query.family import family_facts

            return fact_records_for(st.graph, family_facts(st, x))
        return ego_fact_records(st.graph, x, depth=depth)


def show(fact_or_entity: str, store: str | None = None) -> list[dict[str, Any]]:
    """The fact ``"SUBJECT RELATION OBJECT"``, or every fact of an entity, with every
    supporting sentence and its source."""
    from kg.graph.store import open_store
    from kg.query.analytics import show_records

    with open_store(_store(store), create=False, read_only=True) as st:
        return show_records(st.graph, fact_or_entity)


def forget(ref: str, store: str | None = None) -> int:
    """Remove a document (by id, URL, path or hash) and the facts only it supported."""
    from kg.graph.store import open_store

    with open_store(_store(store), create=False) as st:
        return st.forget(ref)


def clean(store: str | None = None, folders: Sequence[str | Path] = ()) -> list[str]:
    """Remove what killed builds and exports left behind; the names removed.

    That is the store's stale staging folders or graphs (see
    :meth:`kg.graph.store.KGStore.clean`) and the temporary files of killed
    exports in ``folders`` (by default the folder holding an embedded store).

    Example::

        for name in clean("output/store"):
            print("removed", name)
    """
    from kg.graph.store import open_store
    from kg.render.export import remove_stale_temp_files

    spec = _store(store)
    with open_store(spec, create=False) as st:
        removed = st.clean()
        if not folders and st.kind == "oxigraph":
            folders = [Path(spec).parent]
    for folder in folders:
        removed += remove_stale_temp_files(folder)
    return removed


def entity_alias(surface: str, canonical: str, store: str | None = None) -> Correction:
    """Record that the free name ``surface`` is the entity ``canonical``; apply it to the
    store now and to every later build (see :mod:`kg.corrections`).

    Example::

        entity_alias("Big Blue", "IBM", "output/store")
    """
    from kg.entities import alias
    from kg.graph.store import open_store

    with open_store(_store(store), create=False) as st:
        return alias(surface, canonical, st)


def entity_merge(a: str, b: str, store: str | None = None) -> Correction:
    """Make entity ``b`` entity ``a``: one node, ``b``'s names kept as aliases, its facts
    and evidence re-pointed; recorded for every later build."""
    from kg.entities import merge
    from kg.graph.store import open_store

    with open_store(_store(store), create=False) as st:
        return merge(a, b, st)


def entity_split(name: str, store: str | None = None) -> Correction:
    """Take back the alias or merge that made ``name`` part of another entity: the
    correction leaves the file and ``name`` gets its stored facts back."""
    from kg.entities import split
    from kg.graph.store import open_store

    with open_store(_store(store), create=False) as st:
        return split(name, st)


def entity_corrections(store: str | None = None) -> tuple[Path, list[Correction]]:
    """The corrections file of the store and the corrections it records."""
    from kg.entities import listed

    return listed(_store(store))
