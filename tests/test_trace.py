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
