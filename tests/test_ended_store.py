"""Ended facts in the store: kept with their end and evidence, asserted only while they hold.

A CEO who steps down stays in the graph as evidence of a ``leads`` that ended;
``kg query`` sees the successor, ``--as-of`` an earlier day sees the old CEO,
``kg diff`` lists the end, and the result never depends on the order documents
were built in.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Literal

from kg import api
from kg.cli.main import cli
from kg.graph.ended import holds, settle
from kg.graph.namespace import KGO
from kg.graph.store import open_store
from kg.pipeline import build_graph
from kg.records import Document
from tests.conftest import OxigraphServer, make_doc, make_fact

QUERIES = Path(__file__).resolve().parent.parent / "queries"

HIRED = Document(
    "Brightwell Robotics named Nadia Koval as its chief executive.", id="hired", date="2024-02-01"
)
REPLACED = Document(
    "Nadia Koval stepped down as chief executive of Brightwell Robotics in May 2025. "
    "Brightwell Robotics appointed Oren Falk as its new CEO.",
    id="replaced",
    date="2025-05-20",
)
BACK = Document(
    "Nadia Koval, the chief executive of Brightwell Robotics, spoke on Monday.",
    id="back",
    date="2026-01-10",
)
SPLIT = Document("Samsung ended its partnership with Mistral AI.", id="split", date="2025-03-03")

LEADERS = """
PREFIX kgo: <https://w3id.org/ai-industry-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?person WHERE {
  ?p kgo:leads ?c . ?p rdfs:label ?person . ?c rdfs:label "Brightwell Robotics"
}
"""


def leaders(spec: str, as_of: str | None = None) -> set[str]:
    return {r["person"] for r in api.query(LEADERS, spec, as_of=as_of).rows}


def build(spec: str, docs: list[Document]) -> None:
    summary = build_graph(docs, spec)
    assert summary.failed == 0


def test_ended_fact_is_stored_with_its_end_and_evidence_but_not_asserted(tmp_path: Path) -> None:
    spec = str(tmp_path / "store")
    summary = build_graph([SPLIT], spec)
    assert summary.ended == 1
    with open_store(spec, read_only=True) as store:
        rows = store.query(
            "PREFIX kgo: <https://w3id.org/ai-industry-kg/ontology#> "
            "SELECT ?ev ?end ?fromDoc ?sentence WHERE { ?ev kgo:ended true ; "
            "kgo:endDate ?end ; kgo:endDateFromDocument ?fromDoc ; kgo:sentence ?sentence }"
        )
        ((_ev, end, from_doc, sentence),) = list(rows)
        assert str(end) == "2025-03-03"
        assert from_doc == Literal(True)
        assert str(sentence) == SPLIT.text
        asserted = store.query(
            "PREFIX kgo: <https://w3id.org/ai-industry-kg/ontology#> "
            "ASK { ?a kgo:partners_with ?b }"
        ).askAnswer
    assert not asserted
    facts = api.query((QUERIES / "facts.rq").read_text(encoding="utf-8"), spec)
    assert facts.rows == []
    conforms, report = api.validate(spec)
    assert conforms, report
    stats = api.stats(spec)
    assert (stats["facts"], stats["ended_facts"]) == (0, 1)


def test_ceo_replaced_one_leads_ends_as_another_begins(tmp_path: Path) -> None:
    spec = str(tmp_path / "store")
    build(spec, [HIRED, REPLACED])
    assert leaders(spec) == {"Oren Falk"}
    assert leaders(spec, as_of="2025-01") == {"Nadia Koval"}
    # May 2025 is compared at month precision: she may have left on any day of it.
    assert leaders(spec, as_of="2025-05-31") == {"Oren Falk"}
    assert leaders(spec, as_of="2023") == set()
    conforms, report = api.validate(spec)
    assert conforms, report


def test_a_later_document_naming_the_ceo_again_makes_the_fact_hold_again(tmp_path: Path) -> None:
    spec = str(tmp_path / "store")
    build(spec, [BACK, REPLACED, HIRED])
    assert leaders(spec) == {"Nadia Koval", "Oren Falk"}
    assert leaders(spec, as_of="2025-08") == {"Oren Falk"}


def test_build_order_does_not_change_the_graph(tmp_path: Path) -> None:
    graphs = []
    for i, docs in enumerate(([HIRED, REPLACED, SPLIT], [SPLIT, REPLACED, HIRED])):
        spec = str(tmp_path / f"store{i}")
        build(spec, docs)
        with open_store(spec, read_only=True) as store:
            graphs.append(set(store.graph))
    assert graphs[0] == graphs[1]


def test_appending_the_ending_document_later_ends_the_fact(tmp_path: Path) -> None:
    spec = str(tmp_path / "store")
    build(spec, [HIRED])
    assert leaders(spec) == {"Nadia Koval"}
    build_graph([REPLACED], spec, append=True)
    assert leaders(spec) == {"Oren Falk"}


def test_diff_since_lists_the_ended_fact(tmp_path: Path) -> None:
    spec = str(tmp_path / "store")
    build(spec, [HIRED, REPLACED])
    result = CliRunner().invoke(
        cli, ["diff", "--since", "2025-01", "--store", spec, "--format", "json"]
    )
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["counts"] == {"started": 1, "gained_sources": 0, "ended": 1}
    (ended,) = data["ended"]
    assert (ended["subject"], ended["relation"], ended["object"]) == (
        "Nadia Koval",
        "leads",
        "Brightwell Robotics",
    )
    assert (ended["first_date"], ended["new_first_date"]) == ("2024-02-01", "2025-05")
    assert data["started"][0]["subject"] == "Oren Falk"
    table = CliRunner().invoke(cli, ["diff", "--since", "2025-01", "--store", spec])
    assert "1 fact ended" in table.stdout
    # Nothing ended since the day after.
    later = CliRunner().invoke(
        cli, ["diff", "--since", "2025-06", "--store", spec, "--format", "json"]
    )
    assert json.loads(later.stdout)["counts"]["ended"] == 0


def _fill(store) -> None:
    """Two partners, then their partnership ended in a later document."""
    old = make_doc("Vexa partners with Qorin.", "old", date="2024-04-02")
    end = make_doc("Vexa ended its partnership with Qorin.", "end", date="2025-09-09")
    store.add_document(old, [make_fact(old, "Vexa", "partners_with", "Qorin")])
    store.add_document(
        end,
        [
            make_fact(
                end,
                "Vexa",
                "partners_with",
                "Qorin",
                ended=True,
                end_date="2025-09-09",
                end_date_from_document=True,
            )
        ],
    )


ASK_PARTNERS = (
    "PREFIX kgo: <https://w3id.org/ai-industry-kg/ontology#> ASK { ?a kgo:partners_with ?b }"
)


def test_settle_and_forget_on_every_store_kind(store_spec: str) -> None:
    with open_store(store_spec) as store:
        _fill(store)
        # Written in this order, the fact was asserted by the first document.
        assert store.query(ASK_PARTNERS).askAnswer
        assert settle(store) == (1, 0)
        assert not store.query(ASK_PARTNERS).askAnswer
        assert settle(store) == (0, 0)
        ends = list(store.graph.objects(None, KGO.endDate))
        assert [str(e) for e in ends] == ["2025-09-09"]
        with _as_of(store, "2025-01") as past:
            assert past.query(ASK_PARTNERS).askAnswer
        # Forgetting the document that ended it makes the fact hold again.
        store.forget("end")
        assert store.query(ASK_PARTNERS).askAnswer
        assert not list(store.graph.objects(None, KGO.ended))


def _as_of(store, day: str):
    from kg.query.timeline import as_of_copy

    return as_of_copy(store, day)


@pytest.mark.server
def test_build_on_a_remote_store_in_either_order(oxigraph_server: OxigraphServer) -> None:
    found = []
    for docs in ([HIRED, REPLACED], [REPLACED, HIRED]):
        oxigraph_server.reset()
        build(oxigraph_server.query_url, docs)
        found.append(
            (leaders(oxigraph_server.query_url), leaders(oxigraph_server.query_url, "2025-01"))
        )
    assert found == [({"Oren Falk"}, {"Nadia Koval"})] * 2


@pytest.mark.parametrize(
    ("marks", "as_of", "held"),
    [
        ([(False, "2024-02-01"), (True, "2025-05")], None, False),
        ([(False, "2024-02-01"), (True, "2025-05")], "2025-04-30", True),
        ([(True, "2025-05"), (False, "2026-01-10")], None, True),
        ([(True, "2025-05")], "2025-01", True),  # held before it ended
        ([(True, "2025-05"), (False, "2024-02")], "2023", False),  # not before its start
        ([(True, "2025-05")], None, False),
        ([(False, "2024"), (True, None)], "2024", False),  # an undated end ends it
        ([(False, None), (True, "2025")], None, False),
        ([(False, "2025-06-01"), (True, "2025")], None, False),  # same year: ended wins
    ],
)
def test_holds(marks: list[tuple[bool, str | None]], as_of: str | None, held: bool) -> None:
    assert holds(marks, as_of) is held


def test_end_date_literal_is_a_string() -> None:
    with open_store("memory") as store:
        _fill(store)
        (end,) = store.graph.objects(None, KGO.endDate)
    assert end.datatype is None or str(end.datatype).endswith("#string")


def _edges(graph, as_of: str) -> set[tuple[str, str, str]]:
    from kg.render.view import ViewOptions, view_data

    data = view_data(graph, ViewOptions(as_of=as_of))
    label = {n["id"]: n["label"] for n in data["nodes"]}
    return {(label[e["from"]], e["relation"], label[e["to"]]) for e in data["edges"]}


def test_view_as_of_shows_the_facts_that_held_that_day(tmp_path: Path) -> None:
    from kg.query.timeline import as_of_copy, graph_as_of

    spec = str(tmp_path / "store")
    build(spec, [HIRED, REPLACED, SPLIT])
    nadia = ("Nadia Koval", "leads", "Brightwell Robotics")
    oren = ("Oren Falk", "leads", "Brightwell Robotics")
    split = ("Mistral AI", "partners_with", "Samsung")  # symmetric: one canonical direction
    with open_store(spec, read_only=True) as store:
        with as_of_copy(store, "2025-01") as past:
            # The partnership is known only from its end in March 2025: it held before.
            assert _edges(past.graph, "2025-01") == {nadia, split}
        with graph_as_of(store.graph, "2025-06", store.base_iri) as past:
            assert _edges(past.graph, "2025-06") == {oren}
    page = api.view(tmp_path / "then.html", spec, as_of="2025-01").read_text(encoding="utf-8")
    assert "Nadia Koval" in page and "Oren Falk" not in page


def test_serve_view_as_of_shows_the_ceo_of_that_day(tmp_path: Path) -> None:
    import urllib.request

    from tests.kg_serve import kg_serve

    build(str(tmp_path / "store"), [HIRED, REPLACED])
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    pages = {}
    with kg_serve(tmp_path / "store", log=tmp_path / "serve.log") as server:
        for day in ("2025-01", "2025-06"):
            with opener.open(f"{server.url}/view?as-of={day}", timeout=30) as resp:
                pages[day] = resp.read().decode("utf-8")
    assert "Nadia Koval" in pages["2025-01"] and "Oren Falk" not in pages["2025-01"]
    assert "Oren Falk" in pages["2025-06"] and "Nadia Koval" not in pages["2025-06"]


def test_merge_and_split_settle_the_facts_they_move(tmp_path: Path) -> None:
    """The end is told of another name of the same company: merged, the fact ends;
    split again, it holds again."""
    spec = str(tmp_path / "store")
    with open_store(spec, create=True) as store:
        old = make_doc("Vexa partners with Qorin.", "old", date="2024-04-02")
        end = make_doc("Vexa Systems ended its partnership with Qorin.", "end", date="2025-09-09")
        store.add_document(old, [make_fact(old, "Vexa", "partners_with", "Qorin")])
        store.add_document(
            end,
            [
                make_fact(
                    end,
                    "Vexa Systems",
                    "partners_with",
                    "Qorin",
                    ended=True,
                    end_date="2025-09-09",
                    end_date_from_document=True,
                )
            ],
        )
        settle(store)
        assert store.query(ASK_PARTNERS).askAnswer
    run = CliRunner().invoke
    assert run(cli, ["entity", "merge", "Vexa", "Vexa Systems", "--store", spec]).exit_code == 0
    with open_store(spec, read_only=True) as store:
        assert not store.query(ASK_PARTNERS).askAnswer
    assert run(cli, ["entity", "split", "Vexa Systems", "--store", spec]).exit_code == 0
    with open_store(spec, read_only=True) as store:
        assert store.query(ASK_PARTNERS).askAnswer
