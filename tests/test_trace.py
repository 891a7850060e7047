"""Tracing facts to their articles from the terminal: sources in `kg extract`,
evidence under `kg neighbors`/`kg path`, `kg show`, notes when a filter drops
everything."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli.main import cli
from kg.graph.store import open_store
from tests.conftest import sample_documents


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), env={"COLUMNS": "80"})
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.xdist_group("spacy")
def test_extract_facts_name_their_source(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Microsoft invested $10 billion in OpenAI, the companies said.\n")
    news = tmp_path / "news.jsonl"
    text = "Amazon will invest $4 billion in Anthropic."
    news.write_text(
        json.dumps({"id": "n1", "url": "https://example.com/n1", "text": text})
        + "\n"
        + json.dumps({"id": "n2", "text": text + " "})
        + "\n"
    )
    code, out, err = run("extract", str(article), str(news))
    assert code == 0, err
    facts = [json.loads(line) for line in out.splitlines()]
    sources = {(f["doc"], f["source"]) for f in facts if f["relation"] == "invests_in"}
    assert sources == {
        (facts[0]["doc"], str(article)),
        ("n1", "https://example.com/n1"),
        ("n2", str(news)),
    }
    assert facts[0]["doc"].startswith("doc-")
    assert "3 documents read" in err


@pytest.mark.xdist_group("spacy")
def test_extract_table_counts_one_fact_in_the_singular(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Microsoft invested $10 billion in OpenAI, the companies said.\n")
    code, out, err = run("extract", str(article), "--format", "table")
    assert code == 0, err
    assert out.splitlines()[-1] == "1 fact"
    assert out.splitlines()[2].startswith(str(article))
    assert "1 document read" in err


@pytest.fixture
def store(tmp_path: Path) -> str:
    """An embedded store holding the two sample documents."""
    spec = str(tmp_path / "store")
    with open_store(spec) as st:
        st.add_documents(sample_documents())
    return spec


def facts_json(*args: str) -> list[dict]:
    code, out, err = run(*args, "--format", "json")
    assert code == 0, err
    return json.loads(out)


def by_key(records: list[dict]) -> dict[tuple[str, str, str], dict]:
    return {(r["subject"], r["relation"], r["object"]): r for r in records}


def test_neighbors_shows_the_best_evidence_of_each_fact(store: str) -> None:
    facts = by_key(facts_json("neighbors", "OpenAI", "--store", store))
    fact = facts[("Microsoft", "invests_in", "OpenAI")]
    assert fact["support"] == 2
    [best] = fact["evidence"]
    # The stated sentence wins over the reported one of equal confidence.
    assert best["source"] == "https://news.example.com/a"
    assert (best["date"], best["amount"], best["certainty"]) == (
        "2025-01-21",
        "$10 billion",
        "stated",
    )


def test_neighbors_evidence_all_lists_every_source(store: str) -> None:
    records = facts_json("neighbors", "OpenAI", "--store", store, "--evidence", "all")
    fact = by_key(records)[("Microsoft", "invests_in", "OpenAI")]
    assert [e["source"] for e in fact["evidence"]] == ["https://news.example.com/a", "corpus/b.txt"]


def test_neighbors_evidence_none_prints_bare_facts(store: str) -> None:
    code, out, err = run("neighbors", "Google", "--store", store, "--evidence", "none")
    assert (code, out, err) == (0, "Google -competes_with-> OpenAI\n", "")


def test_neighbors_text_fits_the_terminal_width(store: str) -> None:
    result = CliRunner().invoke(
        cli, ["neighbors", "OpenAI", "--store", store], env={"COLUMNS": "50"}
    )
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    # Fact lines and the command naming more evidence are whole; evidence is cut to fit.
    evidence = [line for line in lines if line.startswith("    ") and "kg show" not in line]
    assert evidence and all(len(line) <= 50 for line in evidence), lines
    assert "    https://news.example.com/a" in lines
    assert any(line.endswith("…") for line in lines)
    assert "    + 1 more sentence: kg show 'Microsoft invests_in OpenAI'" in lines


def test_path_hops_carry_their_evidence(store: str) -> None:
    hops = facts_json("path", "Google", "Microsoft", "--store", store)
    assert [(h["subject"], h["relation"], h["object"]) for h in hops] == [
        ("Google", "competes_with", "OpenAI"),
        ("Microsoft", "invests_in", "OpenAI"),
    ]
    assert hops[0]["evidence"][0]["sentence"] == "Google competes with OpenAI."
    assert hops[0]["evidence"][0]["source"] == "corpus/b.txt"


@pytest.mark.parametrize(
    "name",
    [
        "Microsoft invests_in OpenAI",
        "Microsoft -invests_in-> OpenAI",
        "microsoft corp. invests_in openai",
    ],
)
def test_show_fact_lists_every_sentence_with_its_source(store: str, name: str) -> None:
    [fact] = facts_json("show", name, "--store", store)
    assert {(e["sentence"], e["source"]) for e in fact["evidence"]} == {
        (
            "Microsoft will invest $10 billion in OpenAI, the companies said.",
            "https://news.example.com/a",
        ),
        ("Microsoft reportedly backs OpenAI.", "corpus/b.txt"),
    }


def test_show_symmetric_fact_in_either_order(store: str) -> None:
    [fact] = facts_json("show", "OpenAI competes_with Google", "--store", store)
    assert fact["evidence"][0]["sentence"] == "Google competes with OpenAI."


def test_show_entity_lists_its_facts_with_all_evidence(store: str) -> None:
    facts = by_key(facts_json("show", "Microsoft", "--store", store))
    assert len(facts[("Microsoft", "invests_in", "OpenAI")]["evidence"]) == 2


def test_show_missing_fact_is_a_usage_error_naming_it(store: str) -> None:
    code, _, err = run("show", "Microsoft acquires OpenAI", "--store", store)
    assert code == 2
    assert err == (
        "kg: error: no fact 'Microsoft acquires OpenAI' in the store: "
        "they are linked by invests_in, partners_with\n"
    )
