"""Facts whose text says the relation ended: kept, marked ended, with an end date.

"Negated" (denied, never happened) and "ended" (held once, stopped) are two
outcomes: the first gives no fact, the second an ended one, returned only when
asked for, so ``kg eval`` sees what it saw (the store: tests/test_ended_store.py).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli.main import cli
from kg.extract.pipeline import Extractor
from kg.records import Document, Fact


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(keep_ended=True)


def _facts(extractor: Extractor, text: str, date: str | None = "2025-06-10") -> list[Fact]:
    return extractor.extract(Document(text, date=date))


def _one(facts: list[Fact], relation: str) -> Fact:
    found = [f for f in facts if f.relation == relation]
    assert len(found) == 1, facts
    return found[0]


def test_ended_ceo_stepping_down_ends_leads_with_sentence_date(extractor: Extractor) -> None:
    facts = _facts(
        extractor,
        "Priya Raman stepped down as chief executive of Vantor Labs in April 2025.",
    )
    leads = _one(facts, "leads")
    assert (leads.subject, leads.object, leads.ended) == ("Priya Raman", "Vantor Labs", True)
    assert (leads.end_date, leads.end_date_from_document) == ("April 2025", False)
    # The sentence dates the end, not the start.
    assert leads.date is None and not leads.date_from_document


def test_ended_ceo_replaced_one_leads_ends_as_another_begins(extractor: Extractor) -> None:
    facts = _facts(
        extractor,
        "Priya Raman stepped down as chief executive of Vantor Labs in April 2025. "
        "Vantor Labs appointed Tomas Greer as its new CEO.",
    )
    by_person = {f.subject: f for f in facts if f.relation == "leads"}
    assert by_person["Priya Raman"].ended
    assert not by_person["Tomas Greer"].ended


def test_ended_partnership_ended_takes_the_document_date(extractor: Extractor) -> None:
    fact = _one(_facts(extractor, "Google ended its partnership with Salesforce."), "partners_with")
    assert fact.ended
    assert (fact.end_date, fact.end_date_from_document) == ("2025-06-10", True)


def test_ended_stake_sold_ends_the_investment(extractor: Extractor) -> None:
    fact = _one(_facts(extractor, "Microsoft sold its stake in Anthropic."), "invests_in")
    assert fact.ended and fact.end_date == "2025-06-10"


def test_ended_dismissed_suit_is_still_a_suit(extractor: Extractor) -> None:
    # A suit is an event, not a state: that it was dismissed does not undo it.
    fact = _one(_facts(extractor, "Oracle's lawsuit against Google was dismissed in 2023."), "sues")
    assert not fact.ended and fact.end_date is None


def test_ended_denial_still_gives_no_fact(extractor: Extractor) -> None:
    assert _facts(extractor, "Microsoft did not invest in Anthropic.") == []


def test_ended_facts_left_out_by_default() -> None:
    text = "Google ended its partnership with Salesforce."
    assert Extractor().extract(Document(text, date="2025-06-10")) == []


def test_ended_fact_and_current_fact_of_one_triple_both_kept(extractor: Extractor) -> None:
    facts = _facts(
        extractor,
        "Google ended its partnership with Salesforce. "
        "Google and Salesforce announced a partnership.",
    )
    assert sorted(f.ended for f in facts if f.relation == "partners_with") == [False, True]


def test_ended_json_names_the_end(extractor: Extractor) -> None:
    fact = _one(_facts(extractor, "Google ended its partnership with Salesforce."), "partners_with")
    out = fact.as_json()
    assert (out["ended"], out["end_date"], out["end_date_from_document"]) == (
        True,
        "2025-06-10",
        True,
    )
    current = _one(
        _facts(extractor, "Google and Salesforce announced a partnership."), "partners_with"
    )
    assert "ended" not in current.as_json()


def test_extract_cli_ended_flag(tmp_path: Path) -> None:
    news = tmp_path / "news.jsonl"
    row = {"id": "a", "date": "2025-06-10", "text": "Microsoft sold its stake in Anthropic."}
    news.write_text(json.dumps(row) + "\n")
    plain = CliRunner().invoke(cli, ["extract", str(news)])
    assert plain.exit_code == 0, plain.output
    assert plain.stdout.strip() == ""
    result = CliRunner().invoke(cli, ["extract", "--ended", str(news)])
    assert result.exit_code == 0, result.output
    (line,) = result.stdout.strip().splitlines()
    got = json.loads(line)
    assert (got["relation"], got["ended"], got["end_date"]) == (
        "invests_in",
        True,
        "2025-06-10",
    )
    table = CliRunner().invoke(cli, ["extract", "--ended", "--format", "table", str(news)])
    assert table.exit_code == 0, table.output
    # The cell may be cut to the width of the table.
    assert "ended by 20" in table.stdout


def test_ended_state_told_in_past_perfect_since(extractor: Extractor) -> None:
    facts = _facts(
        extractor,
        "Brightwave had licensed Corvane's voice technology since 2023. Zeta has licensed "
        "Corvane's image models since 2024.",
    )
    by_subject = {f.subject: f.ended for f in facts if f.relation == "partners_with"}
    assert by_subject == {"Brightwave": True, "Zeta": False}


def test_ended_officer_hired_away_leaves_the_post(extractor: Extractor) -> None:
    """An officer named in what a company hires is leaving that post."""
    facts = extractor.extract(
        Document(
            "Nvidia will license technology from chip startup Quarkon and hire its CEO, Lena Park.",
            id="t",
            date="2025-01-01",
        )
    )
    (leads,) = [f for f in facts if f.relation == "leads"]
    assert (leads.subject, leads.object, leads.ended) == ("Lena Park", "Quarkon", True)
