"""Hostile names and refs never change a query's structure, and `kg query` is read-only
by default.

Every lookup built from a user or article value (entity lookup, paths, ego facts,
forget, named queries with bindings, ``kg view --focus``, stats) is run with names made
to break out of a string or an IRI, on the memory, embedded and remote stores: the
right rows come back and the graph keeps its triple count. The query guard refuses
updates and SERVICE however they are written.
"""

from __future__ import annotations

import subprocess
import sys
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Literal, URIRef

from kg.cli.main import cli
from kg.errors import KGError, QueryError, StoreError, UsageError
from kg.graph.iri import entity_iri
from kg.graph.store import KGStore, open_store
from kg.query.analytics import ego_facts, graph_stats, resolve_entity, shortest_relation_path
from kg.query.sparql import run_query, select
from kg.records import Document, Fact
from tests.conftest import OxigraphServer, make_doc, make_fact

#: Names made to end a string or an IRI early and run something after it.
EVIL = [
    '" } ; DROP ALL ; #',
    "> } INSERT DATA { <a> <b> <c> } #",
    '\\" )',
    "' ) } #",
    'x"""y',
    "x'''y",
    "x\n} ; CLEAR ALL ; #",
    "x\r\n# ) }",
    "A\\u0022B } #",
    "tab\there\\",
    "<urn:x> } UNION { ?s ?p ?o",
    "?s ?p ?o",
    "Ωmega 百度 \u200f\u202eRTL",
]


SpecFor = Callable[[str], str]

KINDS = ["memory", "oxigraph", pytest.param("remote", marks=pytest.mark.server)]
KINDS_LOOKUP = KINDS


@pytest.fixture
def spec_for(request: pytest.FixtureRequest, tmp_path: Path) -> SpecFor:
    """Maps a store kind to a fresh, empty store spec."""

    def make(kind: str) -> str:
        if kind == "memory":
            return "memory"
        if kind == "oxigraph":
            return str(tmp_path / "store")
        server: OxigraphServer = request.getfixturevalue("oxigraph_server")
        server.reset()
        return server.query_url

    return make


def hub_doc(i: int, name: str) -> tuple[Document, list[Fact]]:
    """A document whose facts are ``name invests_in Hub`` and ``Other{i} acquires name``."""
    doc = make_doc(f"Document {i} about {name}.", f"id {name}")
    return doc, [
        make_fact(doc, name, "invests_in", "Hub"),
        make_fact(doc, f"Other{i}", "acquires", name),
    ]


@pytest.fixture
def evil_store(request: pytest.FixtureRequest, spec_for: SpecFor) -> Iterator[KGStore]:
    """A store holding one document per EVIL name (and nothing else)."""
    with open_store(spec_for(request.param)) as store:
        store.add_documents(hub_doc(i, name) for i, name in enumerate(EVIL))
        yield store


def _ids(name: str) -> str:
    return repr(name)[1:-1][:24]


@pytest.mark.parametrize("evil_store", KINDS_LOOKUP, indirect=True)
def test_resolve_entity_hostile_name_finds_exactly_it(evil_store: KGStore) -> None:
    before = evil_store.triple_count()
    for name in EVIL:
        assert resolve_entity(evil_store.graph, name) == str(entity_iri(name)), name
    assert evil_store.triple_count() == before


@pytest.mark.parametrize("evil_store", KINDS_LOOKUP, indirect=True)
def test_ego_facts_and_path_hostile_names_return_their_facts(evil_store: KGStore) -> None:
    before = evil_store.triple_count()
    for i, name in enumerate(EVIL):
        facts = ego_facts(evil_store.graph, name)
        assert (name, "invests_in", "Hub") in facts
        assert (f"Other{i}", "acquires", name) in facts
        assert shortest_relation_path(evil_store.graph, name, "Hub") == [
            (name, "invests_in", "Hub")
        ]
    assert evil_store.triple_count() == before


@pytest.mark.parametrize("evil_store", KINDS, indirect=True)
def test_graph_stats_hostile_labels_counted_and_unchanged(evil_store: KGStore) -> None:
    before = evil_store.triple_count()
    stats = graph_stats(evil_store, top=100)
    assert stats["entities"] == 2 * len(EVIL) + 1
    assert stats["relations"]["invests_in"] == len(EVIL)
    assert stats["documents"] == len(EVIL)
    assert set(EVIL) <= {row["label"] for row in stats["top_degree"]}
    assert evil_store.triple_count() == before


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("name", EVIL, ids=_ids)
def test_store_forget_hostile_ref_removes_only_that_document(
    kind: str, name: str, spec_for: SpecFor
) -> None:
    benign = hub_doc(99, "Plain")
    with open_store(spec_for(kind)) as store:
        store.add_document(*benign)
        alone = store.triple_count()
        store.add_document(*hub_doc(1, name))
        assert store.forget("id " + name) == 2
        assert store.triple_count() == alone
        assert store.has_document(benign[0].hash)


@pytest.mark.parametrize("kind", KINDS)
def test_store_forget_hostile_unknown_ref_changes_nothing(kind: str, spec_for: SpecFor) -> None:
    with open_store(spec_for(kind)) as store:
        store.add_document(*hub_doc(1, "Plain"))
        before = store.triple_count()
        for name in EVIL:
            with pytest.raises(StoreError, match="no document matches"):
                store.forget(name)
        assert store.triple_count() == before


@pytest.mark.parametrize("evil_store", KINDS, indirect=True)
def test_select_named_query_binds_hostile_target(evil_store: KGStore) -> None:
    before = evil_store.triple_count()
    for name in EVIL:
        rows = select(evil_store, "investors_of", company="Hub").rows
        assert {r["investor"] for r in rows} == set(EVIL)
        # The hostile name as the bound target: nobody invests in it.
        assert select(evil_store, "investors_of", company=name).rows == []
        rows = run_query(
            evil_store,
            "SELECT ?e WHERE { ?e rdfs:label ?name }",
            bindings={"name": name},
        ).rows
        assert rows == [{"e": str(entity_iri(name))}]
    assert evil_store.triple_count() == before


@pytest.mark.parametrize("evil_store", KINDS, indirect=True)
def test_run_query_hostile_binding_returns_itself(evil_store: KGStore) -> None:
    """A value bound to a variable comes back unchanged, whatever its characters."""
    before = evil_store.triple_count()
    for name in EVIL:
        result = run_query(evil_store, "SELECT ?x WHERE { }", bindings={"x": name})
        assert result.rows == [{"x": name}]
    assert evil_store.triple_count() == before


@pytest.mark.parametrize("kind", KINDS)
def test_run_query_literal_with_hostile_datatype_cannot_widen_query(
    kind: str, spec_for: SpecFor
) -> None:
    hostile = Literal("v", datatype=URIRef("urn:a> ) } { ?s ?p ?o FILTER(?s != <urn:z"))
    with open_store(spec_for(kind)) as store:
        store.add_document(*hub_doc(1, "Plain"))
        before = store.triple_count()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                # ?x projected by name: rdflib's initBindings (memory) do not add a bound
                # variable to SELECT *, the VALUES block of the other stores does.
                result = run_query(store, "SELECT ?x WHERE { }", bindings={"x": hostile})
            except KGError:
                pass  # refusing the value is fine
            else:
                assert len(result) == 1 and result.vars == ["x"]
        assert store.triple_count() == before


@pytest.mark.parametrize("kind", KINDS)
def test_run_query_hostile_iri_binding_is_refused_or_bound(kind: str, spec_for: SpecFor) -> None:
    with open_store(spec_for(kind)) as store:
        store.add_document(*hub_doc(1, "Plain"))
        before = store.triple_count()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for value in ("urn:a> } ; DROP ALL ; #", "urn:a> ) } { ?s ?p ?o } #"):
                try:
                    result = run_query(store, "SELECT ?x WHERE { }", bindings={"x": URIRef(value)})
                except KGError:
                    continue
                assert result.rows == [{"x": value}]
        assert store.triple_count() == before


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("var", ["x ) } ; DROP ALL ; #", "x y", "1x) { }"])
def test_run_query_hostile_variable_name_is_refused(kind: str, var: str, spec_for: SpecFor) -> None:
    with open_store(spec_for(kind)) as store:
        store.add_document(*hub_doc(1, "Plain"))
        before = store.triple_count()
        try:
            result = run_query(store, "SELECT ?x WHERE { }", bindings={var: "v"})
        except KGError:
            pass
        else:  # rdflib's initBindings take any name without parsing it: no injection
            assert len(result) == 1
        assert store.triple_count() == before


# ---------------------------------------------------------------------------
# CLI lookups: kg view --focus, kg neighbors, kg path, kg forget
# ---------------------------------------------------------------------------


def _cli(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output


@pytest.fixture
def persistent_evil(request: pytest.FixtureRequest, spec_for: SpecFor) -> str:
    spec = spec_for(request.param)
    with open_store(spec) as store:
        store.add_documents(hub_doc(i, name) for i, name in enumerate(EVIL))
    return spec


def _count(spec: str) -> int:
    with open_store(spec, create=False, read_only=True) as store:
        return store.triple_count()


PERSISTENT_LOOKUP = ["oxigraph", pytest.param("remote", marks=pytest.mark.server)]


@pytest.mark.parametrize("persistent_evil", PERSISTENT_LOOKUP, indirect=True)
def test_cli_view_focus_hostile_name(persistent_evil: str, tmp_path: Path) -> None:
    before = _count(persistent_evil)
    for i, name in enumerate(EVIL):
        out = tmp_path / f"v{i}.html"
        code, output = _cli("view", "--store", persistent_evil, "-o", str(out), "--focus", name)
        assert code == 0, output
        assert out.is_file()
    assert _count(persistent_evil) == before


@pytest.mark.parametrize("persistent_evil", PERSISTENT_LOOKUP, indirect=True)
def test_cli_neighbors_and_path_hostile_name(persistent_evil: str) -> None:
    before = _count(persistent_evil)
    for name in EVIL:
        code, output = _cli("neighbors", name, "--store", persistent_evil)
        assert code == 0, output
        from kg.cli.main import _plain

        shown = _plain(name)  # printed with control characters replaced
        assert f"{shown} -invests_in-> Hub" in output
        code, output = _cli("path", name, "Hub", "--store", persistent_evil, "--evidence", "none")
        assert code == 0, output
        assert output == f"{shown} -invests_in-> Hub\n"
    assert _count(persistent_evil) == before


@pytest.mark.parametrize(
    "persistent_evil", ["oxigraph", pytest.param("remote", marks=pytest.mark.server)], indirect=True
)
def test_cli_forget_hostile_ref(persistent_evil: str) -> None:
    before = _count(persistent_evil)
    code, output = _cli("forget", "id " + EVIL[0], "--store", persistent_evil)
    assert code == 0, output
    assert output.startswith("forgot ")
    assert 0 < _count(persistent_evil) < before
    code, _ = _cli("forget", EVIL[1], "--store", persistent_evil)
    assert code == 1


@pytest.mark.parametrize("kind", KINDS)
def test_store_lookup_lone_surrogate_is_not_a_crash(kind: str, spec_for: SpecFor) -> None:
    with open_store(spec_for(kind)) as store:
        store.add_document(*hub_doc(1, "Plain"))
        with pytest.raises(StoreError, match="no document matches"):
            store.forget("\udcff")
        with pytest.raises(KGError, match="unknown entity"):
            resolve_entity(store.graph, "\udcff")


# ---------------------------------------------------------------------------
# The query guard: read-only by default
# ---------------------------------------------------------------------------

#: Port 9 (discard): nothing answers there; the guard refuses before any request anyway.
DEAD = "http://127.0.0.1:9/sparql"

UPDATES = [
    "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    "insert data { <urn:a> <urn:b> <urn:c> }",
    "# a comment first\nPREFIX ex: <urn:ex:>\nDELETE WHERE { ?s ?p ?o }",
    "PREFIX ex: <urn:ex:> BASE <urn:b/> delete { ?s ?p ?o } where { ?s ?p ?o }",
    "WITH <urn:g> DELETE { ?s ?p ?o } INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }",
    f"LOAD <{DEAD}>",
    f"load silent <{DEAD}> into graph <urn:g>",
    "CLEAR ALL",
    "clear default",
    "DROP ALL",
    "  \n\t drop silent graph <urn:g>",
    "CREATE GRAPH <urn:g>",
    "ADD DEFAULT TO <urn:g>",
    "MOVE DEFAULT TO <urn:g>",
    "COPY DEFAULT TO <urn:g>",
    "INS\\u0045RT DATA { <urn:a> <urn:b> <urn:c> }",
    "CREATE SILENT GRAPH <urn:g> ; DROP ALL",
]

#: Not valid as one query: refused as malformed (never half-run).
SMUGGLED = [
    "SELECT * WHERE { ?s ?p ?o } ; DROP ALL",
    "ASK { } ; INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    "SELECT * WHERE { ?s ?p ?o } LIMIT 1 ;\n# trailing\nCLEAR ALL",
    "SELECT * WHERE { ?s ?p ?o }\nDROP ALL",
]

SERVICES = [
    f"SELECT * WHERE {{ SERVICE <{DEAD}> {{ ?s ?p ?o }} }}",
    f"select * where {{ service silent <{DEAD}> {{ ?s ?p ?o }} }}",
    f"PREFIX e: <{DEAD}#>\n"
    f"SELECT * WHERE {{ ?s ?p ?o OPTIONAL {{ SERVICE <{DEAD}> {{ ?s ?q ?r }} }} }}",
    f"SELECT * WHERE {{ ?s ?p ?o FILTER EXISTS {{ SERVICE <{DEAD}> {{ ?s ?q ?r }} }} }}",
    f"SELECT * WHERE {{ ?s ?p ?o MINUS {{ SERVICE <{DEAD}> {{ ?s ?q ?r }} }} }}",
    f"SELECT * WHERE {{ {{ SELECT * WHERE {{ SERVICE <{DEAD}> {{ ?s ?p ?o }} }} }} }}",
    f"SELECT * WHERE {{ {{ ?s ?p ?o }} UNION {{ SERVICE <{DEAD}> {{ ?s ?p ?o }} }} }}",
    "SELECT * WHERE { BIND(<urn:e> AS ?e) SERVICE ?e { ?s ?p ?o } }",
    f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE <{DEAD}> {{ ?s ?p ?o }} }}",
    f"ASK {{ SERVICE <{DEAD}> {{ }} }}",
    f"DESCRIBE ?s WHERE {{ SERVICE <{DEAD}> {{ ?s ?p ?o }} }}",
    f"SELECT * WHERE {{ SERV\\u0049CE <{DEAD}> {{ ?s ?p ?o }} }}",
    # A \u0022 inside a string, then SERVICE: refused whether the quote ends the string or not.
    f'SELECT ?x WHERE {{ BIND("a\\u0022 AS ?x) . SERVICE <{DEAD}> {{ ?s ?p ?o }} # " AS ?x) }}',
    f"SELECT * WHERE {{ ?s ?p ?o # comment ended by CR only\r SERVICE <{DEAD}> {{ ?a ?b ?c }} }}",
]

#: Harmless queries that merely mention the words: allowed.
HARMLESS = [
    'SELECT ?x WHERE { BIND("SERVICE <urn:x> { } ; DROP ALL" AS ?x) }',
    'SELECT ?s WHERE { ?s rdfs:label ?l FILTER(CONTAINS(?l, "INSERT DATA")) }',
    "# DROP ALL\nASK { ?s ?p ?o }",
    "SELECT ?s WHERE { ?s <urn:x#DROP> ?o }",
]


@pytest.fixture
def guarded_store(request: pytest.FixtureRequest, spec_for: SpecFor) -> Iterator[KGStore]:
    with open_store(spec_for(request.param)) as store:
        store.add_document(*hub_doc(1, "Plain"))
        yield store


@pytest.mark.parametrize("guarded_store", KINDS, indirect=True)
@pytest.mark.parametrize("text", UPDATES, ids=_ids)
def test_run_query_refuses_update_by_default(guarded_store: KGStore, text: str) -> None:
    before = guarded_store.triple_count()
    with pytest.raises(QueryError, match=r"SPARQL Update is refused.*--allow-update"):
        run_query(guarded_store, text)
    assert guarded_store.triple_count() == before


@pytest.mark.parametrize("guarded_store", KINDS, indirect=True)
@pytest.mark.parametrize("text", SMUGGLED, ids=_ids)
def test_run_query_refuses_update_hidden_after_query(guarded_store: KGStore, text: str) -> None:
    before = guarded_store.triple_count()
    with pytest.raises(QueryError, match=r"refused|malformed"):
        run_query(guarded_store, text)
    assert guarded_store.triple_count() == before


@pytest.mark.parametrize("guarded_store", KINDS, indirect=True)
@pytest.mark.parametrize("text", SERVICES, ids=_ids)
def test_run_query_refuses_service_by_default(guarded_store: KGStore, text: str) -> None:
    before = guarded_store.triple_count()
    with pytest.raises(QueryError, match=r"refused|malformed"):
        run_query(guarded_store, text)
    assert guarded_store.triple_count() == before


@pytest.mark.parametrize("guarded_store", ["memory", "oxigraph"], indirect=True)
@pytest.mark.parametrize("text", HARMLESS, ids=_ids)
def test_run_query_allows_queries_that_only_mention_keywords(
    guarded_store: KGStore, text: str
) -> None:
    before = guarded_store.triple_count()
    run_query(guarded_store, text)
    assert guarded_store.triple_count() == before


@pytest.mark.parametrize("text", ["DROP ALL", "select * where {} ; clear all", SERVICES[0]])
def test_cli_query_refuses_update_and_service_with_one_line(text: str, tmp_path: Path) -> None:
    spec = str(tmp_path / "store")
    with open_store(spec) as store:
        store.add_document(*hub_doc(1, "Plain"))
    before = _count(spec)
    code, output = _cli("query", text, "--store", spec)
    assert code == 1
    assert len(output.strip().splitlines()) == 1
    assert output.startswith("kg: error:")
    assert _count(spec) == before


# ---------------------------------------------------------------------------
# --timeout stops a runaway query
# ---------------------------------------------------------------------------

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def _fill_many(spec: str, n: int = 150) -> None:
    with open_store(spec) as store:
        store.add_documents(hub_doc(i, f"Org{i}") for i in range(n))


def test_run_query_timeout_stops_runaway_query_on_memory() -> None:
    with open_store("memory") as store:
        store.add_documents(hub_doc(i, f"Org{i}") for i in range(60))
        with pytest.raises(QueryError, match=r"stopped after .*--timeout"):
            run_query(store, RUNAWAY, timeout=0.5)


@pytest.mark.slow
def test_cli_query_timeout_stops_runaway_query_on_embedded_store(tmp_path: Path) -> None:
    # A subprocess: a query running inside Oxigraph cannot be interrupted in-process, and
    # must not keep burning a core of the test worker after the test.
    spec = str(tmp_path / "store")
    _fill_many(spec)
    result = subprocess.run(
        [sys.executable, "-m", "kg.cli.main", "query", RUNAWAY, "--store", spec, "--timeout", "1"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "stopped after 1 s (--timeout)" in lines[0]


@pytest.mark.parametrize("kind", KINDS)
def test_run_query_update_with_timeout_is_refused_before_running(
    kind: str, spec_for: SpecFor
) -> None:
    """An update cannot be stopped half-way, so a timeout with one is refused up front."""
    with open_store(spec_for(kind)) as store:
        store.add_documents(hub_doc(i, f"Org{i}") for i in range(3))
        before = store.triple_count()
        with pytest.raises(UsageError, match="--timeout cannot stop an update"):
            run_query(store, "DELETE WHERE { ?s ?p ?o }", allow_update=True, timeout=60)
        assert store.triple_count() == before


@pytest.mark.parametrize("kind", KINDS)
def test_run_query_binding_inside_subquery_means_the_same_on_every_store(
    kind: str, spec_for: SpecFor
) -> None:
    with open_store(spec_for(kind)) as store:
        store.add_documents(hub_doc(i, name) for i, name in enumerate(["A", "B", "C"]))
        rows = run_query(
            store,
            "SELECT ?e WHERE { { SELECT ?e WHERE { ?e rdfs:label ?name } } }",
            bindings={"name": "B"},
        ).rows
    assert [r["e"] for r in rows] == [str(entity_iri("B"))]
