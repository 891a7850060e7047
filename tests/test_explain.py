"""`kg extract --explain` and the count of documents that gave no facts."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from kg.cli.main import cli
from kg.extract.pipeline import Extractor
from kg.records import Document


def test_explain_trace_names_rules_and_drop_reasons() -> None:
    text = (
        "Why Apple Would Partner With OpenAI\n"
        "Amazon will invest $4 billion in Anthropic. Microsoft no longer uses Oracle."
    )
    facts, trace = Extractor().explain(Document(text))
    assert {(f.subject, f.relation, f.object) for f in facts} == {
        ("Amazon", "invests_in", "Anthropic")
    }
    assert ("Anthropic", "Anthropic", "Organization") in trace.mentions
    headline, invest, ended = trace.sentences
    assert headline[1] is False and headline[2] == []
    assert ("invest_verb", "Amazon", "invests_in", "Anthropic", "kept") in invest[2]
    assert [step[4] for step in ended[2]] == ["ended"]


def test_reference_marks_and_legal_forms_are_no_entities() -> None:
    # ("the AI landscape.[5][6]": reference marks; "Facebook Italy S.r.l." cut apart: a
    # legal form alone; "On April 24, 2026": a date; "Similar to ...": an adjective;
    # "Level 4", "Large Language Models", a leftover "Services": common words.)
    _facts, trace = Extractor().explain(
        Document(
            "Quillmark has quickly emerged as a key player in the chip market.[5][6] "
            "Inspectors visited Meta's Italian subsidiary, Facebook Italy S.r.l., on Monday. "
            "On April 24, 2026, Nimbus said it would merge with Quillmark. "
            "Similar to competitors like CoreWeave, Nimbus started off as a bitcoin miner. "
            "Nimbus will deploy fully driverless Level 4 robotaxis built on Large Language "
            "Models and Intel Foundry Services."
        )
    )
    names = {text for text, _name, _cls in trace.mentions}
    assert {"Quillmark", "Meta", "Nimbus"} <= names
    assert not any(
        "[" in n or n.startswith(("S.r.l", "April", "Similar", "Level", "Large", "Services"))
        for n in names
    ), names


def test_extract_explain_cli_prints_one_block_per_document(tmp_path: Path) -> None:
    news = tmp_path / "news.jsonl"
    rows = [
        {"id": "a", "text": "Amazon will invest $4 billion in Anthropic."},
        {"id": "b", "text": "The weather was mild\x1b[2J today."},
    ]
    news.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    result = CliRunner().invoke(cli, ["extract", "--explain", str(news)])
    assert result.exit_code == 0, result.output
    out = result.output
    assert out.count("document ") == 2
    assert "invest_verb: Amazon invests_in Anthropic -> kept" in out
    assert "no rule fired" in out
    assert "\x1b" not in out  # article text never reaches the terminal raw


def test_extract_counts_documents_without_facts(tmp_path: Path) -> None:
    news = tmp_path / "news.jsonl"
    rows = [
        {"id": "a", "text": "Amazon will invest $4 billion in Anthropic."},
        {"id": "b", "text": "Nothing happened today."},
        {"id": "c", "text": "Nor did anything happen yesterday."},
    ]
    news.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    result = CliRunner().invoke(cli, ["extract", str(news)])
    assert result.exit_code == 0, result.output
    facts = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(facts) == 1
    assert "3 documents read, 2 gave no facts" in result.stderr


def test_build_summary_counts_documents_without_facts(tmp_path: Path) -> None:
    from kg import api

    news = tmp_path / "news.jsonl"
    rows = [
        {"id": "a", "text": "Amazon will invest $4 billion in Anthropic."},
        {"id": "b", "text": "Nothing happened today."},
    ]
    news.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    summary = api.build([str(news)], str(tmp_path / "store"), progress=False)
    assert summary.without_facts == 1
    assert "1 gave no facts" in summary.describe()
