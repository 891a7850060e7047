"""Confidence calibration: the table, its error, the fitted map and how kg uses it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli.main import cli
from kg.errors import DataError
from kg.extract.calibration import (
    Calibration,
    calibration_table,
    expected_calibration_error,
    fit,
    load_calibration,
)
from kg.extract.pipeline import Extractor
from kg.records import Document

ROOT = Path(__file__).resolve().parent.parent


def test_calibration_table_bins_facts_by_confidence() -> None:
    scored = [(0.95, True), (0.92, False), (0.65, True), (0.61, False), (0.62, False)]
    bins = {(b.low, b.high): b for b in calibration_table(scored)}
    assert set(bins) == {(0.9, 1.0), (0.6, 0.7)}
    assert bins[(0.9, 1.0)].facts == 2 and bins[(0.9, 1.0)].precision == 0.5
    assert bins[(0.6, 0.7)].precision == pytest.approx(1 / 3)
    assert bins[(0.6, 0.7)].mean_confidence == pytest.approx(0.6267, abs=1e-4)


def test_calibration_error_zero_when_confidence_matches_outcomes() -> None:
    assert expected_calibration_error([(1.0, True)] * 4) == 0.0
    # Half right at 0.9: a gap of 0.4 over every fact.
    assert expected_calibration_error([(0.9, True), (0.9, False)]) == pytest.approx(0.4)


def test_calibration_fit_is_monotone_and_shrunk_toward_overall() -> None:
    scored = [(0.95, False)] * 2 + [(0.55, True)] * 20 + [(0.75, True), (0.75, False)] * 5
    fitted = fit(scored)
    values = [y for _x, y in fitted["points"]]
    assert values == sorted(values)
    # Two wrong facts at 0.95 alone would say 0.0; shrinkage keeps it near the rest.
    assert values[-1] > 0.5
    assert fitted["facts"] == len(scored)


def test_calibration_fit_refuses_no_facts() -> None:
    with pytest.raises(DataError, match="no facts"):
        fit([])


def test_calibration_map_interpolates_between_points() -> None:
    cal = Calibration(((0.5, 0.6), (0.9, 0.8)))
    assert cal(0.3) == 0.6
    assert cal(0.7) == pytest.approx(0.7)
    assert cal(0.99) == 0.8


def test_calibration_shipped_map_is_applied_to_facts() -> None:
    cal = load_calibration()
    raw = Extractor(calibrated=False).extract(
        Document("Amazon will invest $4 billion in Anthropic.")
    )
    cooked = Extractor().extract(Document("Amazon will invest $4 billion in Anthropic."))
    assert [f.confidence for f in cooked] == [pytest.approx(cal(f.confidence)) for f in raw]


def test_raw_confidence_is_lower_in_long_sentences_and_for_unknown_names() -> None:
    ex = Extractor(calibrated=False)

    def conf(text: str, relation: str) -> float:
        return next(f.confidence for f in ex.extract(Document(text)) if f.relation == relation)

    known_short = conf("Amazon will invest $4 billion in Anthropic.", "invests_in")
    unknown_short = conf("Zeta will invest $4 billion in Brightwave.", "invests_in")
    known_long = conf(
        "Amazon will invest $4 billion in Anthropic, the two companies said on Monday after "
        "two years of talks about data centres, chips, research staff and the cost of a "
        "long race.",
        "invests_in",
    )
    assert unknown_short < known_short
    assert known_long < known_short


def test_eval_prints_calibration_and_fits_a_map(tmp_path: Path) -> None:
    gold = ROOT / "tests" / "data" / "dev.jsonl"
    small = tmp_path / "gold.jsonl"
    small.write_text("\n".join(gold.read_text().splitlines()[:8]) + "\n")
    runner = CliRunner()
    result = runner.invoke(cli, ["eval", "--gold", str(small)])
    assert result.exit_code == 0, result.output
    assert "expected calibration error:" in result.output
    out = tmp_path / "cal.json"
    result = runner.invoke(cli, ["eval", "--gold", str(small), "--fit-calibration", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text())
    assert data["facts"] > 0
    assert all(0 <= y <= 1 for _x, y in data["points"])


def test_build_min_confidence_leaves_out_weaker_facts(tmp_path: Path) -> None:
    from kg import api

    corpus = str(ROOT / "examples" / "corpus")
    everything = api.build([corpus], str(tmp_path / "all"), progress=False)
    strong = api.build([corpus], str(tmp_path / "strong"), progress=False, min_confidence=0.9)
    assert 0 < strong.facts < everything.facts


def test_view_min_confidence_drops_weak_evidence(tmp_path: Path) -> None:
    from kg import api
    from kg.graph.store import open_store
    from kg.render.view import ViewOptions, view_data

    store = str(tmp_path / "store")
    api.build([str(ROOT / "examples" / "corpus")], store, progress=False)
    with open_store(store, create=False, read_only=True) as st:
        all_edges = view_data(st.graph, ViewOptions())["edges"]
        strong = view_data(st.graph, ViewOptions(min_confidence=0.9))["edges"]
        none = view_data(st.graph, ViewOptions(min_confidence=1.0))["edges"]
    assert 0 < len(strong) < len(all_edges)
    assert none == []
