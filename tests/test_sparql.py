"""The guarded SPARQL runner, result formats and the named queries."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from kg.errors import QueryError, UsageError
from kg.graph.queries import query_names
from kg.graph.store import open_store
from kg.query.sparql import classify, run_query, select
from tests.conftest import sample_documents


@pytest.fixture
def store():
    with open_store("memory") as st:
        for doc, facts in sample_documents():
            st.add_document(doc, facts)
        yield st


UPDATES = [
    "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    "DELETE WHERE { ?s ?p ?o }",
    "LOAD <http://example.com/data.ttl>",
    "CLEAR ALL",
    "DROP GRAPH <urn:g>",
    "CREATE GRAPH <urn:g>",
    "insert data { <urn:a> <urn:b> <urn:c> }",
    "# a comment\nPREFIX ex: <http://example.com/>\n  clear default",
    "PREFIX ex: <http://example.com/>\nDELETE { ?s ?p ?o } INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }",
    "SELECT * WHERE { ?s ?p ?o } ; DROP ALL",  # not a query, not an update: malformed
]


@pytest.mark.parametrize("text", UPDATES[:-1])
def test_sparql_update_is_refused_by_default(store, text: str) -> None:
    before = store.triple_count()
    with pytest.raises(QueryError, match=r"SPARQL Update is refused.*--allow-update"):
        run_query(store, text)
    assert store.triple_count() == before


def test_sparql_query_followed_by_update_is_malformed(store) -> None:
    with pytest.raises(QueryError, match="malformed SPARQL"):
        run_query(store, UPDATES[-1])


@pytest.mark.parametrize(
    "text",
    [
        "SELECT * WHERE { SERVICE <http://example.com/sparql> { ?s ?p ?o } }",
        "# federated\nprefix ex: <http://example.com/>\nselect * { ?s ?p ?o . "
        "OPTIONAL { service silent ex:sparql { ?s ?q ?r } } }",
        "ASK { { SELECT ?s WHERE { SERVICE <http://x.example/> { ?s ?p ?o } } } }",
    ],
)
def test_sparql_service_is_refused_by_default(store, text: str) -> None:
    with pytest.raises(QueryError, match=r"SERVICE is refused.*--allow-service"):
        run_query(store, text)


def test_sparql_update_allowed_with_flag(store) -> None:
    before = store.triple_count()
    result = run_query(store, "INSERT DATA { <urn:a> <urn:b> 'c' }", allow_update=True)
    assert result.form == "UPDATE"
    assert store.triple_count() == before + 1


def test_sparql_service_allowed_with_flag_is_classified() -> None:
    assert classify("SELECT * { SERVICE <http://x.example/> { ?s ?p ?o } }").uses_service


@pytest.mark.parametrize(
    "text", ["SELECT ?s WHERE { ?s ?p ", "SELEC * WHERE { }", "SELECT * WHERE { ?s ?p ?o } }}"]
)
def test_sparql_malformed_query_is_one_line(store, text: str) -> None:
    with pytest.raises(QueryError, match=r"malformed SPARQL at line \d+, column \d+") as e:
        run_query(store, text)
    assert "\n" not in str(e.value)


OXIGRAPH_REFUSALS = [
    (
        "SELECT * WHERE { ?s ?p ?o } GROUP BY ?s",
        "malformed SPARQL at line 1, column 40: SELECT * is not authorized with GROUP BY "
        "(found the end of the query)",
    ),
    (
        "SELECT (1 AS ?x) ?x WHERE {\n}",
        "malformed SPARQL at line 2, column 2: Duplicated variable name in SELECT "
        "(found the end of the query)",
    ),
    (
        "SELECT ?x WHERE {\n  ?x ?p ?o BIND(1 AS ?x) }",
        "malformed SPARQL at line 2, column 27: the store refuses the query at this point "
        "(often BIND(... AS ?x) where ?x is already used earlier in the same group) "
        "(found the end of the query)",
    ),
    (
        "SELECT ?x WHERE { VALUES (?x ?y) { (1) } }",
        "malformed SPARQL at line 1, column 43: expected UNDEF (found the end of the query)",
    ),
]


@pytest.mark.parametrize(("text", "message"), OXIGRAPH_REFUSALS)
def test_sparql_oxigraph_parse_error_is_readable(tmp_path: Path, text: str, message: str) -> None:
    # Queries rdflib's parser accepts and Oxigraph's refuses ("expected [_]").
    with open_store(str(tmp_path / "store")) as st, pytest.raises(QueryError) as e:
        run_query(st, text)
    assert str(e.value) == message


def test_sparql_empty_query_is_refused(store) -> None:
    with pytest.raises(QueryError, match="empty SPARQL"):
        run_query(store, "  # nothing here\n")


def _crowded(spec: str):
    st = open_store(spec)
    triples = [(URIRef(f"urn:e:{i}"), URIRef("urn:p"), Literal(f"value {i}")) for i in range(3000)]
    st._backend.insert(triples)
    return st


CROSS_JOIN = (
    "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?x . ?b ?q ?y . ?c ?r ?z . "
    "FILTER (STR(?x) < STR(?y) && STR(?y) < STR(?z)) }"
)


def test_sparql_timeout_stops_runaway_query_on_memory() -> None:
    with _crowded("memory") as st, pytest.raises(QueryError, match=r"stopped after 0.5 s"):
        run_query(st, CROSS_JOIN, timeout=0.5)


_TIMEOUT_CHILD = """
import os, sys
from tests.test_sparql import CROSS_JOIN, _crowded
from kg.errors import QueryError
from kg.query.sparql import run_query
with _crowded(sys.argv[1]) as st:
    try:
        run_query(st, CROSS_JOIN, timeout=0.5)
    except QueryError as e:
        print(e, flush=True)
os._exit(0)  # Oxigraph cannot cancel the query: it ends with the process
"""


def test_sparql_timeout_stops_runaway_query_on_embedded_store(tmp_path: Path) -> None:
    # In a child process: the abandoned query would keep a core of this worker busy.
    child = subprocess.Popen(
        [sys.executable, "-c", _TIMEOUT_CHILD, str(tmp_path / "store")],
        cwd=Path(__file__).resolve().parent.parent,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        out, err = child.communicate(timeout=120)
    finally:
        child.kill()
        child.wait()
    assert "stopped after 0.5 s" in out, err


def test_sparql_timeout_lets_quick_query_finish(store) -> None:
    result = run_query(store, "SELECT ?s WHERE { ?s a kgo:Organization }", timeout=30)
    assert len(result.rows) == 3


INJECTIONS = [
    'OpenAI" } ; DROP ALL ; SELECT * { "',
    "OpenAI> . ?s ?p ?o",
    "Open\\AI\u0000\t\n",
    "OpenAI' } #",
]


@pytest.mark.parametrize("value", INJECTIONS)
def test_sparql_bindings_are_values_not_code(store_spec: str, value: str) -> None:
    (d1, f1), _ = sample_documents()
    with open_store(store_spec) as st:
        st.add_document(d1, f1)
        before = st.triple_count()
        none = run_query(st, "SELECT ?e WHERE { ?e rdfs:label ?name }", bindings={"name": value})
        assert none.rows == []
        hit = run_query(st, "SELECT ?e WHERE { ?e rdfs:label ?name }", bindings={"name": "OpenAI"})
        assert [r["e"] for r in hit.rows] == ["https://w3id.org/ai-industry-kg/id/entity/OpenAI"]
        assert st.triple_count() == before


def test_sparql_table_format_shortens_iris(store) -> None:
    text = run_query(
        store,
        "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o . ?s a kgo:Evidence } GROUP BY ?p ORDER BY ?p",
    ).format("table")
    lines = text.splitlines()
    assert lines[0].split() == ["p", "n"]
    assert any(line.startswith("kgo:certainty") for line in lines)
    assert lines[-1].endswith("rows)")


def test_sparql_csv_and_json_formats(store) -> None:
    result = run_query(store, "SELECT ?name WHERE { ?e a kgo:Organization ; rdfs:label ?name }")
    rows = list(csv.reader(io.StringIO(result.format("csv"))))
    assert rows[0] == ["name"] and sorted(r[0] for r in rows[1:]) == [
        "Google",
        "Microsoft",
        "OpenAI",
    ]
    doc = json.loads(result.format("json"))
    assert doc["head"]["vars"] == ["name"]
    assert {b["name"]["value"] for b in doc["results"]["bindings"]} == {
        "Google",
        "Microsoft",
        "OpenAI",
    }


def test_sparql_ask_and_construct(store) -> None:
    ask = run_query(store, "ASK { ?s kgo:invests_in ?o }")
    assert ask.boolean is True and ask.format("table") == "true"
    assert json.loads(ask.format("json"))["boolean"] is True
    built = run_query(store, "CONSTRUCT { ?s kgo:supplies ?o } WHERE { ?o kgo:uses ?s }")
    assert built.form == "CONSTRUCT" and built.rows == []
    built = run_query(store, "CONSTRUCT WHERE { ?s kgo:invests_in ?o }")
    assert len(built.rows) == 1 and built.graph is not None and len(built.graph) == 1


def test_sparql_rows_are_python_values(store) -> None:
    rows = run_query(
        store,
        "SELECT ?c ?start WHERE { ?e kgo:confidence ?c ; kgo:startOffset ?start } "
        "ORDER BY DESC(?c) LIMIT 1",
    ).rows
    assert isinstance(rows[0]["start"], int)
    assert str(rows[0]["c"]) == "0.7"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("SELECT ?x WHERE { ?x ?p ?o }", "SELECT ?x WHERE {\n  VALUES"),
        ("ASK { ?x ?p ?o }", "ASK {\n  VALUES"),
        ("# WHERE {\nSELECT * { ?x ?p '{' }", "SELECT * {\n  VALUES"),
        (
            "PREFIX w: <http://e/where/>\nCONSTRUCT { ?x w:p ?o } WHERE { ?x ?p ?o }",
            "} WHERE {\n  VALUES",
        ),
        ("SELECT ?where { ?where ?p ?x }", "SELECT ?where {\n  VALUES"),
        ("CONSTRUCT { ?x ?p ?o } WHERE { ?x ?p ?o }", "} WHERE {\n  VALUES"),
        ('SELECT * WHERE { ?x ?p """a } b""" }', "SELECT * WHERE {\n  VALUES"),
        ("DESCRIBE <http://e/x>", "DESCRIBE <http://e/x>\nVALUES"),
    ],
)
def test_sparql_bind_values_goes_to_the_outer_where(query: str, expected: str) -> None:
    from kg.graph.store import bind_values

    text = bind_values(query, {"x": Literal('v"} ; DROP ALL')})
    assert expected in text
    assert text.count("VALUES") == 1
    assert classify(text).form in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")


def test_sparql_named_queries_exist() -> None:
    assert {"support", "facts_since", "outlets_for_fact", "investors_of", "facts"} <= set(
        query_names()
    )


def test_sparql_select_unknown_name_lists_the_names(store) -> None:
    with pytest.raises(QueryError, match=r"unknown named query 'nope'.*support"):
        select(store, "nope")


def test_sparql_select_support_counts_documents(store_spec: str) -> None:
    with open_store(store_spec) as st:
        for doc, facts in sample_documents():
            st.add_document(doc, facts)
        rows = {
            (r["subjectLabel"], r["relationName"], r["objectLabel"]): (
                r["documents"],
                r["sources"],
                r["stories"],
            )
            for r in select(st, "support").rows
        }
    assert rows == {
        ("Microsoft", "invests_in", "OpenAI"): (2, 2, 2),
        ("Microsoft", "partners_with", "OpenAI"): (1, 1, 1),
        ("Google", "competes_with", "OpenAI"): (1, 1, 1),
    }


def test_sparql_select_investors_of_binds_company(store_spec: str) -> None:
    with open_store(store_spec) as st:
        for doc, facts in sample_documents():
            st.add_document(doc, facts)
        rows = select(st, "investors_of", company="OpenAI").rows
        assert select(st, "investors_of", company="Microsoft").rows == []
    assert rows == [
        {
            "investor": "Microsoft",
            "documents": 2,
            "amounts": "$10 billion",
            "factCertainty": "stated",
        }
    ]


def test_sparql_select_facts_since(store) -> None:
    rows = select(store, "facts_since", since="2025-01-01").rows
    assert {(r["subjectLabel"], r["relationName"]) for r in rows} == {
        ("Microsoft", "invests_in"),
        ("Microsoft", "partners_with"),
    }


def test_sparql_select_outlets_for_fact(store) -> None:
    rows = select(
        store,
        "outlets_for_fact",
        subjectLabel="Microsoft",
        relationName="invests_in",
        objectLabel="OpenAI",
    ).rows
    assert [(r["outlet"], r["certainty"]) for r in rows] == [
        ("Example Wire", "reported"),
        ("news.example.com", "stated"),
    ]


@pytest.mark.parametrize(
    ("text", "prefix"),
    [("SELECT * WHERE { ?s foo:bar ?o }", "'foo:'"), ("ASK { ?s :p ?o }", "':'")],
)
def test_sparql_unknown_prefix_is_named(store, text: str, prefix: str) -> None:
    with pytest.raises(QueryError, match=f"unknown prefix {prefix}.*PREFIX"):
        run_query(store, text)


def test_sparql_store_prefixes_need_no_declaration(store) -> None:
    assert run_query(store, "ASK { ?s kgo:invests_in ?o ; rdfs:label ?l }").boolean is True


def test_sparql_update_with_timeout_is_refused(store) -> None:
    before = store.triple_count()
    with pytest.raises(UsageError, match="--timeout cannot stop an update"):
        run_query(store, "DELETE WHERE { ?s ?p ?o }", allow_update=True, timeout=5)
    assert store.triple_count() == before


@pytest.mark.parametrize("timeout", [0, -1.5, float("inf"), float("nan"), 1e300])
def test_sparql_invalid_timeout_is_a_usage_error(store, timeout: float) -> None:
    with pytest.raises(
        UsageError, match=re.escape(f"invalid timeout {timeout!r}: give a positive")
    ):
        run_query(store, "SELECT * WHERE { ?s ?p ?o }", timeout=timeout)


def test_sparql_binding_reaches_sub_selects(store_spec: str) -> None:
    with open_store(store_spec) as st:
        for doc, facts in sample_documents():
            st.add_document(doc, facts)
        rows = run_query(
            st,
            "SELECT ?e WHERE { { SELECT ?e WHERE { ?e rdfs:label ?name } } }",
            bindings={"name": "Google"},
        ).rows
    assert [r["e"] for r in rows] == ["https://w3id.org/ai-industry-kg/id/entity/Google"]


def test_sparql_deep_nesting_is_a_clear_error() -> None:
    text = "SELECT * WHERE " + "{" * 3000 + " ?s ?p ?o " + "}" * 3000
    with pytest.raises(QueryError, match="nested too deeply"):
        classify(text)


@pytest.mark.parametrize(
    "text",
    [
        "SELECT * FROM <urn:g> WHERE { ?s ?p ?o }",
        "SELECT * FROM NAMED <urn:g> WHERE { GRAPH ?g { ?s ?p ?o } }",
        "CONSTRUCT { ?s ?p ?o } FROM <urn:g> WHERE { ?s ?p ?o }",
    ],
)
def test_sparql_from_clause_is_refused(text: str) -> None:
    with pytest.raises(QueryError, match="FROM and FROM NAMED are not supported"):
        classify(text)
