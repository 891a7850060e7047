"""Parameters of named queries: declared in the header, given with --bind, bound as terms."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Literal

from kg.errors import ParameterError
from kg.graph.queries import QueryParam, bind_params, load_query, query_names, query_params
from kg.graph.store import open_store
from kg.query.sparql import select
from tests.conftest import make_doc, make_fact, sample_documents

ROOT = Path(__file__).resolve().parent.parent
KG = [sys.executable, "-m", "kg.cli.main"]
HOSTILE = 'Open"AI } ; DROP ALL ; #'


def run_kg(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*KG, *args], capture_output=True, text=True, timeout=300, check=False)


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = str(tmp_path_factory.mktemp("params") / "store")
    with open_store(folder) as st:
        for doc, facts in sample_documents():
            st.add_document(doc, facts)
        doc = make_doc(f"Acme invests in {HOSTILE}.", "hostile")
        st.add_document(doc, [make_fact(doc, "Acme", "invests_in", HOSTILE)])
    return folder


def test_query_params_reads_the_header() -> None:
    text = (
        "# Investors.\n"
        "# param: company  label of the company (required)\n"
        "#param:since first day\n"
        "SELECT * WHERE { ?s ?p ?o }\n"
        "# param: late  not in the header\n"
    )
    assert query_params(text) == [
        QueryParam("company", "label of the company", True),
        QueryParam("since", "first day", False),
    ]


@pytest.mark.parametrize(
    ("name", "params"),
    [
        ("investors_of", ["company"]),
        ("outlets_for_fact", ["subjectLabel", "relationName", "objectLabel"]),
        ("facts_since", ["since"]),
        ("family_facts", ["family"]),
        ("facts", ["minConfidence"]),
    ],
)
def test_named_queries_declare_their_parameters(name: str, params: list[str]) -> None:
    declared = query_params(load_query(name))
    assert [p.name for p in declared] == params
    assert all(p.description for p in declared)
    assert all(p.required for p in declared if name != "facts")


def test_facts_query_min_confidence_leaves_out_weaker_evidence() -> None:
    doc = make_doc("Cohere uses Azure. Cohere partners with Oracle.", "conf")
    facts = [
        make_fact(doc, "Cohere", "uses", "Azure", "Cohere uses Azure.", confidence=0.9),
        make_fact(
            doc, "Cohere", "partners_with", "Oracle", "Cohere partners with Oracle.", confidence=0.4
        ),
    ]
    with open_store("memory") as st:
        st.add_document(doc, facts)
        every = {r["relationName"] for r in select(st, "facts")}
        confident = {r["relationName"] for r in select(st, "facts", minConfidence="0.5")}
    assert every == {"uses", "partners_with"}
    assert confident == {"uses"}


@pytest.mark.parametrize("name", query_names())
def test_named_query_parameters_are_variables_of_the_query(name: str) -> None:
    text = load_query(name)
    for param in query_params(text):
        assert f"?{param.name}" in text.split("PREFIX", 1)[1]


def test_bind_params_missing_required_names_it_and_the_fix() -> None:
    with pytest.raises(ParameterError) as e:
        bind_params(load_query("investors_of"), {}, "investors_of.rq")
    assert str(e.value) == (
        "investors_of.rq needs the parameter 'company' (label of the company invested in, "
        "e.g. OpenAI): give it with --bind company=VALUE"
    )
    assert e.value.exit_code == 2


def test_bind_params_unknown_name_lists_the_declared_ones() -> None:
    with pytest.raises(ParameterError, match=r"unknown parameter 'target' .*takes company$"):
        bind_params(load_query("investors_of"), {"target": "OpenAI"}, "investors_of.rq")


def test_bind_params_undeclared_query_takes_its_own_variables_only() -> None:
    text = "SELECT ?e WHERE { ?e rdfs:label ?name }"
    assert bind_params(text, {"name": "OpenAI"}) == {"name": Literal("OpenAI")}
    with pytest.raises(ParameterError, match=r"no variable \?nam$"):
        bind_params(text, {"nam": "OpenAI"})


def test_select_without_required_parameter_refuses_instead_of_totalling(store_dir: str) -> None:
    with open_store(store_dir, read_only=True) as st, pytest.raises(ParameterError):
        select(st, "investors_of")


def test_cli_query_bind_runs_named_query(store_dir: str) -> None:
    result = run_kg(
        "query",
        "--store",
        store_dir,
        "-f",
        str(ROOT / "queries" / "investors_of.rq"),
        "--bind",
        "company=OpenAI",
        "--format",
        "json",
    )
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)["results"]["bindings"]
    assert [r["investor"]["value"] for r in rows] == ["Microsoft"]


def test_cli_query_bind_several_parameters(store_dir: str) -> None:
    args = ["subjectLabel=Microsoft", "relationName=invests_in", "objectLabel=OpenAI"]
    result = run_kg(
        "query",
        "--store",
        store_dir,
        "-f",
        str(ROOT / "queries" / "outlets_for_fact.rq"),
        "--format",
        "json",
        *[x for a in args for x in ("--bind", a)],
    )
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)["results"]["bindings"]) == 2


def test_cli_query_missing_parameter_is_one_line_exit_2(store_dir: str) -> None:
    result = run_kg("query", "--store", store_dir, "-f", str(ROOT / "queries" / "investors_of.rq"))
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "kg: error: investors_of.rq needs the parameter 'company' (label of the company "
        "invested in, e.g. OpenAI): give it with --bind company=VALUE"
    ]


@pytest.mark.parametrize(
    ("bind", "message"),
    [
        ("company", "'company' is not NAME=VALUE"),
        ("=OpenAI", "'=OpenAI' is not NAME=VALUE"),
    ],
)
def test_cli_query_bad_bind_is_a_usage_error(store_dir: str, bind: str, message: str) -> None:
    result = run_kg(
        "query",
        "--store",
        store_dir,
        "-f",
        str(ROOT / "queries" / "investors_of.rq"),
        "--bind",
        bind,
    )
    assert result.returncode == 2
    assert message in result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_cli_query_bind_twice_is_refused(store_dir: str) -> None:
    result = run_kg(
        "query", "--store", store_dir, "SELECT ?e WHERE { ?e rdfs:label ?n }",
        "--bind", "n=a", "--bind", "n=b",
    )  # fmt: skip
    assert result.returncode == 2
    assert "'n' is given twice" in result.stderr


def test_cli_query_bind_value_is_a_term_not_text(store_dir: str) -> None:
    """A value full of SPARQL syntax is one literal: it finds its own entity, and
    a value with '=' in it keeps everything after the first '='."""
    result = run_kg(
        "query",
        "--store",
        store_dir,
        "-f",
        str(ROOT / "queries" / "investors_of.rq"),
        "--bind",
        f"company={HOSTILE}",
        "--format",
        "json",
    )
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)["results"]["bindings"]
    assert [r["investor"]["value"] for r in rows] == ["Acme"]
    result = run_kg(
        "query", "--store", store_dir, "SELECT ?n WHERE { BIND(?v AS ?n) }",
        "--bind", "v=a=b", "--format", "json",
    )  # fmt: skip
    assert json.loads(result.stdout)["results"]["bindings"] == [
        {"n": {"type": "literal", "value": "a=b"}}
    ]
