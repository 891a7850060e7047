"""Facts in time: queries as of a day, and what changed since a day, on real stores."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import api
from kg.cli.main import cli
from kg.graph.store import open_store
from kg.query.timeline import as_of_copy, changes_since, is_date, statement_date
from tests.conftest import make_doc, make_fact

QUERIES = Path(__file__).resolve().parent.parent / "queries"
HOSTILE = "Evil\x1b[2J Corp\nkg: forged"

FACTS_QUERY = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX kgo: <https://w3id.org/ai-industry-kg/ontology#>
SELECT ?s ?r ?o WHERE {
  VALUES ?p { kgo:invests_in kgo:partners_with kgo:uses kgo:competes_with }
  ?a ?p ?b . ?a rdfs:label ?s . ?b rdfs:label ?o .
  BIND (STRAFTER(STR(?p), "#") AS ?r)
}
"""


def fill(store) -> None:
    """An old document, a new one (one fact new, one fact backed again, one fact whose
    sentence dates it long before its document), and an undated one."""
    old = make_doc(
        "Microsoft invests in OpenAI. Google competes with OpenAI.", "old", date="2023-05-10"
    )
    new = make_doc(
        "Amazon invests in Anthropic. Microsoft invests in OpenAI. "
        "In March 2021 Nvidia partnered with Oracle. Evil uses Azure.",
        "new",
        date="2025-02-01",
    )
    undated = make_doc("Cohere uses Azure.", "undated")
    store.add_document(
        old,
        [
            make_fact(old, "Microsoft", "invests_in", "OpenAI", "Microsoft invests in OpenAI."),
            make_fact(
                old, "Google", "competes_with", "OpenAI", "Google competes with OpenAI.", start=29
            ),
        ],
    )
    store.add_document(
        new,
        [
            make_fact(new, "Amazon", "invests_in", "Anthropic", "Amazon invests in Anthropic."),
            make_fact(
                new,
                "Microsoft",
                "invests_in",
                "OpenAI",
                "Microsoft invests in OpenAI.",
                start=29,
                date="2025-02-01",
                date_from_document=True,
            ),
            make_fact(
                new,
                "Nvidia",
                "partners_with",
                "Oracle",
                "In March 2021 Nvidia partnered with Oracle.",
                start=58,
                date="March 2021",
            ),
            make_fact(new, HOSTILE, "uses", "Azure", "Evil uses Azure.", start=102),
        ],
    )
    store.add_document(undated, [make_fact(undated, "Cohere", "uses", "Azure")])


def facts(store) -> set[tuple[str, str, str]]:
    rows = store.query(FACTS_QUERY)
    return {(str(s), str(r), str(o)) for s, r, o in rows}


def test_as_of_copy_hides_later_facts_and_keeps_earlier_and_undated(store_spec: str) -> None:
    with open_store(store_spec) as store:
        fill(store)
        with as_of_copy(store, "2024-06") as past:
            seen = facts(past)
        everything = facts(store)
    assert seen == {
        ("Microsoft", "invests_in", "OpenAI"),
        ("Google", "competes_with", "OpenAI"),
        ("Nvidia", "partners_with", "Oracle"),  # its sentence dates it March 2021
        ("Cohere", "uses", "Azure"),  # undated: kept
    }
    assert ("Amazon", "invests_in", "Anthropic") in everything


def test_as_of_copy_drops_later_evidence_of_a_kept_fact() -> None:
    with open_store("memory") as store:
        fill(store)
        with as_of_copy(store, "2024") as past:
            rows = past.query(
                "PREFIX kgo: <https://w3id.org/ai-industry-kg/ontology#> "
                "SELECT ?d WHERE { ?ev kgo:date ?d }"
            )
            dates = sorted(str(d) for (d,) in rows)
    assert dates == ["March 2021"]  # the 2025 evidence of Microsoft -> OpenAI is gone


@pytest.mark.parametrize(
    ("as_of", "kept"),
    [("2021-02", False), ("2021-03", True), ("2021-03-01", True), ("2021", True), ("2020", False)],
)
def test_as_of_copy_compares_at_the_coarser_precision(as_of: str, kept: bool) -> None:
    with open_store("memory") as store:
        fill(store)
        with as_of_copy(store, as_of) as past:
            assert (("Nvidia", "partners_with", "Oracle") in facts(past)) is kept


def test_view_as_of_shows_only_evidence_dated_then_or_earlier() -> None:
    from kg.render.view import ViewOptions, view_data

    with open_store("memory") as store:
        fill(store)
        data = view_data(store.graph, ViewOptions(as_of="2024-06"))
    by_id = {n["id"]: n["label"] for n in data["nodes"]}
    shown = {(by_id[e["from"]], e["relation"], by_id[e["to"]]): e for e in data["edges"]}
    assert set(shown) == {
        ("Microsoft", "invests_in", "OpenAI"),
        ("Google", "competes_with", "OpenAI"),
        ("Nvidia", "partners_with", "Oracle"),
        ("Cohere", "uses", "Azure"),
    }
    assert shown[("Microsoft", "invests_in", "OpenAI")]["support"] == 1


def test_query_as_of_binds_named_query_parameters(tmp_path: Path) -> None:
    spec = str(tmp_path / "store")
    with open_store(spec) as store:
        fill(store)
    text = (QUERIES / "investors_of.rq").read_text(encoding="utf-8")
    now = api.query(text, spec, params={"company": "Anthropic"})
    then = api.query(text, spec, params={"company": "Anthropic"}, as_of="2024-12-31")
    assert [r["investor"] for r in now.rows] == ["Amazon"]
    assert then.rows == []


def test_query_as_of_binds_a_hostile_value_as_a_literal(tmp_path: Path) -> None:
    spec = str(tmp_path / "store")
    with open_store(spec) as store:
        fill(store)
    text = (QUERIES / "investors_of.rq").read_text(encoding="utf-8")
    hostile = 'Anthropic" } ; DROP ALL ; SELECT * { "'
    assert api.query(text, spec, params={"company": hostile}, as_of="2026").rows == []
    assert [r["investor"] for r in api.query(text, spec, params={"company": "Anthropic"}).rows] == [
        "Amazon"
    ]


def test_changes_since_lists_started_and_gained_source_facts(store_spec: str) -> None:
    with open_store(store_spec) as store:
        fill(store)
        changes = changes_since(store, "2025-01")
    started = {(c.subject, c.relation, c.object) for c in changes.started}
    gained = {(c.subject, c.relation, c.object): c for c in changes.gained}
    assert started == {("Amazon", "invests_in", "Anthropic"), (HOSTILE, "uses", "Azure")}
    assert set(gained) == {("Microsoft", "invests_in", "OpenAI")}
    ms = gained[("Microsoft", "invests_in", "OpenAI")]
    assert (ms.first_date, ms.new_first_date, ms.sources_before, ms.new_sources) == (
        "2023-05-10",
        "2025-02-01",
        1,
        1,
    )


def run(*args: str) -> tuple[int, str, str]:
    # No COLUMNS: output to a pipe gets whole cells, whatever terminal the tests run in.
    result = CliRunner().invoke(cli, list(args), env={"COLUMNS": None})
    return result.exit_code, result.stdout, result.stderr


def test_diff_cli_json_counts_and_table_escapes_labels(tmp_path: Path) -> None:
    spec = str(tmp_path / "store")
    with open_store(spec) as store:
        fill(store)
    code, out, err = run("diff", "--since", "2025-01", "--store", spec, "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert data["counts"] == {"started": 2, "gained_sources": 1, "ended": 0}
    code, out, err = run("diff", "--since", "2025-01", "--store", spec)
    assert code == 0, err
    assert "\x1b" not in out
    assert "Evil\\x1b[2J Corp\\nkg: forged" in out
    assert not any(line.startswith("kg: forged") for line in out.splitlines())


@pytest.mark.parametrize(
    "args",
    [
        ("query", "SELECT * {}", "--as-of", "2024-13"),
        ("query", "SELECT * {}", "--as-of", "Jan 2024"),
        ("view", "--as-of", "2024-02-30"),
        ("diff", "--since", "yesterday"),
    ],
    ids=lambda a: a[0],
)
def test_bad_date_is_a_one_line_error_with_exit_2(args: tuple[str, ...], tmp_path: Path) -> None:
    code, _out, err = run(*args, "--store", str(tmp_path / "none"))
    value = args[-1]
    option = args[-2]
    assert code == 2, err
    assert err == (
        f"kg: error: {option} {value!r} is not a date: write it as YYYY-MM-DD, YYYY-MM or YYYY\n"
    )


def test_query_as_of_with_allow_update_is_refused(tmp_path: Path) -> None:
    code, _out, err = run(
        "query", "INSERT DATA {}", "--as-of", "2024", "--allow-update", "--store", "memory"
    )
    assert code == 2
    assert err.startswith("kg: error: --as-of cannot be used with --allow-update")


@pytest.mark.parametrize(
    ("value", "ok"),
    [("2024", True), ("2024-02", True), ("2024-02-29", True), ("2023-02-29", False)],
)
def test_is_date_accepts_three_precisions(value: str, ok: bool) -> None:
    assert is_date(value) is ok


@pytest.mark.parametrize(
    ("own", "doc_date", "expected"),
    [
        ("2024-03-05", "2025-01-01", "2024-03-05"),
        ("March 2024", None, "2024-03"),
        ("Q3 2023", None, "2023"),
        ("recently", "2025-01-02", "2025-01-02"),
        (None, None, None),
    ],
)
def test_statement_date_reads_the_sentence_date_else_the_document_date(
    own: str | None, doc_date: str | None, expected: str | None
) -> None:
    assert statement_date(own, doc_date) == expected


def test_changes_since_counts_undated_evidence_as_known_before() -> None:
    undated = make_doc("Cohere uses Azure.", "undated")
    new = make_doc("Cohere uses Azure again.", "new", date="2025-03")
    with open_store("memory") as store:
        store.add_document(undated, [make_fact(undated, "Cohere", "uses", "Azure")])
        store.add_document(new, [make_fact(new, "Cohere", "uses", "Azure")])
        changes = changes_since(store, "2025-03-15")
    assert changes.started == []
    [gained] = changes.gained
    assert (gained.first_date, gained.sources_before, gained.new_sources) == ("2025-03", 1, 1)


def test_serve_view_takes_as_of(tmp_path: Path) -> None:
    import urllib.error
    import urllib.request

    from tests.kg_serve import kg_serve

    with open_store(str(tmp_path / "store")) as store:
        fill(store)
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with kg_serve(tmp_path / "store", log=tmp_path / "serve.log") as server:
        with opener.open(server.url + "/view?as-of=2024-06", timeout=30) as resp:
            page = resp.read().decode("utf-8")
        with pytest.raises(urllib.error.HTTPError) as bad:
            opener.open(server.url + "/view?as-of=2024-13", timeout=30)
    assert "Google" in page
    assert "Anthropic" not in page
    assert bad.value.code == 400
