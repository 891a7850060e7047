"""The scorer: name normalization, matching rules, arithmetic, gold loading."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.extract.evaluate import (
    EvalReport,
    GoldDoc,
    GoldTriple,
    load_gold,
    load_predictions,
    name_forms,
    normalize_name,
    score,
    score_predictions_file,
)
from kg.records import Fact

DEV = Path(__file__).parent / "data" / "dev.jsonl"


def fact(
    s: str, r: str, o: str, doc: str = "d1", certainty: str = "stated", amount: str | None = None
) -> Fact:
    return Fact(
        doc=doc,
        subject=s,
        subject_class="Organization",
        relation=r,
        object=o,
        object_class="Organization",
        sentence=f"{s} {r} {o}.",
        start=0,
        end=10,
        certainty=certainty,
        amount=amount,
    )


def gold_doc(*triples: GoldTriple, doc_id: str = "d1", not_triples: tuple = ()) -> GoldDoc:
    return GoldDoc(id=doc_id, text="text", date=None, triples=triples, not_triples=not_triples)


def one(gold: GoldTriple, *preds: Fact) -> EvalReport:
    return score([gold_doc(gold)], preds)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Microsoft", "microsoft"),
        ("MICROSOFT", "microsoft"),
        ("OpenAI's", "openai"),
        ("OpenAI’s", "openai"),
        ("The New York Times", "new york times"),
        ("  Amazon   Web  Services ", "amazon web services"),
        ("DeepSeek-R1", "deepseek r1"),
        ("News Corp", "news corp"),
        ("Microsoft Corp.", "microsoft corp"),
    ],
)
def test_normalize_name_full_form(name: str, expected: str) -> None:
    assert normalize_name(name) == expected


@pytest.mark.parametrize(
    ("name", "forms"),
    [
        ("Microsoft Corp.", ("microsoft corp", "microsoft")),
        ("Nvidia Corporation", ("nvidia corporation", "nvidia")),
        ("Apple Inc.", ("apple inc", "apple")),
        ("Acme, Inc.", ("acme inc", "acme")),
        ("Stability AI Ltd", ("stability ai ltd", "stability ai")),
        ("Scale LLC", ("scale llc", "scale")),
        ("OpenAI Group PBC", ("openai group pbc", "openai group")),
        ("Samsung Electronics Co., Ltd.", ("samsung electronics co ltd", "samsung electronics")),
        ("OpenAI", ("openai",)),
        ("Corp", ("corp",)),
    ],
)
def test_name_forms_full_then_suffix_free(name: str, forms: tuple[str, ...]) -> None:
    assert name_forms(name) == forms


def test_name_forms_news_corp_keeps_full_name_first() -> None:
    assert name_forms("News Corp")[0] == "news corp"
    assert (
        one(
            GoldTriple("News Corp", "partners_with", "OpenAI"),
            fact("News Corp.", "partners_with", "OpenAI"),
        ).micro.tp
        == 1
    )


def test_score_exact_match() -> None:
    report = one(
        GoldTriple("Microsoft", "invests_in", "OpenAI"), fact("Microsoft", "invests_in", "OpenAI")
    )
    assert (report.micro.tp, report.micro.fp, report.micro.fn) == (1, 0, 0)
    assert report.micro.f1 == 1.0


def test_score_alias_match() -> None:
    gold = GoldTriple("Anthropic", "uses", "Amazon Web Services", object_aliases=("AWS",))
    assert one(gold, fact("Anthropic", "uses", "AWS")).micro.tp == 1


@pytest.mark.parametrize(
    ("pred_subject", "pred_object"),
    [
        ("Microsoft Corp.", "OpenAI"),
        ("Microsoft, Inc.", "OpenAI"),
        ("microsoft", "OPENAI"),
        ("Microsoft's", "OpenAI’s"),
        ("the Microsoft", "OpenAI LLC"),
        ("Microsoft  Corporation", "OpenAI, PBC"),
    ],
)
def test_score_normalized_names_match(pred_subject: str, pred_object: str) -> None:
    gold = GoldTriple("Microsoft", "invests_in", "OpenAI")
    assert one(gold, fact(pred_subject, "invests_in", pred_object)).micro.tp == 1


def test_score_gold_suffix_matches_bare_prediction() -> None:
    gold = GoldTriple("Microsoft Corp.", "invests_in", "OpenAI Group PBC")
    assert one(gold, fact("Microsoft", "invests_in", "OpenAI Group")).micro.tp == 1


def test_score_different_name_does_not_match() -> None:
    report = one(
        GoldTriple("Microsoft", "invests_in", "OpenAI"),
        fact("Microsoft", "invests_in", "OpenAI Foundation"),
    )
    assert (report.micro.tp, report.micro.fp, report.micro.fn) == (0, 1, 1)


@pytest.mark.parametrize("relation", ["partners_with", "competes_with"])
def test_score_symmetric_relation_matches_reversed(relation: str) -> None:
    report = one(GoldTriple("Microsoft", relation, "OpenAI"), fact("OpenAI", relation, "Microsoft"))
    assert (report.micro.tp, report.micro.fp) == (1, 0)


def test_score_symmetric_both_directions_count_once() -> None:
    report = one(
        GoldTriple("Microsoft", "partners_with", "OpenAI"),
        fact("OpenAI", "partners_with", "Microsoft"),
        fact("Microsoft", "partners_with", "OpenAI"),
    )
    assert (report.micro.pred, report.micro.tp, report.micro.fp) == (1, 1, 0)


def test_score_reversed_non_symmetric_does_not_match() -> None:
    report = one(
        GoldTriple("Microsoft", "invests_in", "OpenAI"), fact("OpenAI", "invests_in", "Microsoft")
    )
    assert (report.micro.tp, report.micro.fp, report.micro.fn) == (0, 1, 1)


def test_score_wrong_relation_does_not_match() -> None:
    report = one(
        GoldTriple("Microsoft", "invests_in", "OpenAI"), fact("Microsoft", "acquires", "OpenAI")
    )
    assert report.per_relation["acquires"].fp == 1
    assert report.per_relation["invests_in"].fn == 1


def test_score_duplicate_predictions_count_once() -> None:
    report = one(
        GoldTriple("Microsoft", "invests_in", "OpenAI"),
        fact("Microsoft", "invests_in", "OpenAI"),
        fact("Microsoft", "invests_in", "OpenAI"),
        fact("microsoft corp.", "invests_in", "OpenAI's"),
    )
    assert (report.micro.pred, report.micro.tp, report.micro.fp) == (1, 1, 0)


def test_score_duplicate_false_positives_count_once() -> None:
    report = one(
        GoldTriple("Microsoft", "invests_in", "OpenAI"),
        fact("Google", "acquires", "OpenAI"),
        fact("Google", "acquires", "OpenAI"),
    )
    assert report.micro.fp == 1
    assert len(report.false_positives) == 1


def test_score_alias_variants_of_one_gold_triple_count_once() -> None:
    gold = GoldTriple("Anthropic", "uses", "Amazon Web Services", object_aliases=("AWS",))
    report = one(
        gold, fact("Anthropic", "uses", "AWS"), fact("Anthropic", "uses", "Amazon Web Services")
    )
    assert (report.micro.pred, report.micro.tp, report.micro.fp) == (1, 1, 0)
    assert report.alias_duplicates == 1


def test_score_gold_triple_matched_at_most_once() -> None:
    doc = gold_doc(
        GoldTriple("OpenAI", "develops", "GPT-4", object_aliases=("GPT 4",)),
        GoldTriple("OpenAI", "develops", "GPT-4", object_aliases=()),
    )
    report = score([doc], [fact("OpenAI", "develops", "GPT-4")])
    # The two gold lines are one distinct triple.
    assert (report.micro.gold, report.micro.tp) == (1, 1)


def test_score_matching_is_maximal() -> None:
    # "OpenAI" could match either gold triple; "OpenAI Group PBC" only the
    # first. A greedy match could leave one of them unmatched.
    doc = gold_doc(
        GoldTriple("Microsoft", "invests_in", "OpenAI Group PBC", object_aliases=("OpenAI",)),
        GoldTriple("Microsoft", "invests_in", "OpenAI"),
    )
    report = score(
        [doc],
        [
            fact("Microsoft", "invests_in", "OpenAI"),
            fact("Microsoft", "invests_in", "OpenAI Group PBC"),
        ],
    )
    assert (report.micro.tp, report.micro.fp, report.micro.fn) == (2, 0, 0)


def test_score_arithmetic_by_hand() -> None:
    d1 = gold_doc(
        GoldTriple("Microsoft", "invests_in", "OpenAI"),
        GoldTriple("Amazon", "invests_in", "Anthropic"),
        GoldTriple("OpenAI", "develops", "ChatGPT"),
        doc_id="d1",
    )
    d2 = gold_doc(
        GoldTriple("Google", "invests_in", "Anthropic"),
        GoldTriple("Anthropic", "develops", "Claude"),
        GoldTriple("Dario Amodei", "leads", "Anthropic"),
        doc_id="d2",
    )
    preds = [
        fact("Microsoft", "invests_in", "OpenAI", doc="d1"),  # TP invests_in
        fact("OpenAI", "invests_in", "Microsoft", doc="d1"),  # FP invests_in
        fact("OpenAI", "develops", "ChatGPT", doc="d1"),  # TP develops
        fact("Google", "invests_in", "Anthropic", doc="d2"),  # TP invests_in
        fact("Anthropic", "develops", "Claude", doc="d2"),  # TP develops
        fact("Anthropic", "develops", "Gemini", doc="d2"),  # FP develops
        fact("Google", "competes_with", "Anthropic", doc="d2"),  # FP competes_with
    ]
    report = score([d1, d2], preds)
    inv = report.per_relation["invests_in"]
    assert (inv.gold, inv.pred, inv.tp, inv.fp, inv.fn) == (3, 3, 2, 1, 1)
    assert inv.precision == pytest.approx(2 / 3)
    assert inv.recall == pytest.approx(2 / 3)
    assert inv.f1 == pytest.approx(2 / 3)
    dev = report.per_relation["develops"]
    assert (dev.gold, dev.pred, dev.tp) == (2, 3, 2)
    assert (dev.precision, dev.recall) == (pytest.approx(2 / 3), 1.0)
    assert dev.f1 == pytest.approx(0.8)
    leads = report.per_relation["leads"]
    assert (leads.gold, leads.pred, leads.tp, leads.f1) == (1, 0, 0, 0.0)
    comp = report.per_relation["competes_with"]
    assert (comp.gold, comp.pred, comp.tp, comp.f1) == (0, 1, 0, 0.0)
    micro = report.micro
    assert (micro.gold, micro.pred, micro.tp) == (6, 7, 4)
    assert micro.precision == pytest.approx(4 / 7)
    assert micro.recall == pytest.approx(4 / 6)
    assert micro.f1 == pytest.approx(2 * (4 / 7) * (4 / 6) / (4 / 7 + 4 / 6))
    # Macro over relations with gold or predictions: invests_in, develops, leads, competes_with.
    assert report.macro_f1 == pytest.approx((2 / 3 + 0.8 + 0 + 0) / 4)
    assert {(e.doc, e.subject, e.object) for e in report.false_negatives} == {
        ("d1", "Amazon", "Anthropic"),
        ("d2", "Dario Amodei", "Anthropic"),
    }
    assert len(report.false_positives) == 3
    fp = next(e for e in report.false_positives if e.object == "Gemini")
    assert (fp.doc, fp.sentence) == ("d2", "Anthropic develops Gemini.")


def test_score_not_triples_hits_reported() -> None:
    doc = gold_doc(
        GoldTriple("Microsoft", "invests_in", "OpenAI"),
        not_triples=(
            GoldTriple("Nvidia", "acquires", "Arm"),
            GoldTriple("Microsoft", "partners_with", "Google"),
        ),
    )
    preds = [
        fact("Nvidia Corp.", "acquires", "Arm"),
        fact("Google", "partners_with", "Microsoft"),
        fact("Nvidia", "invests_in", "Arm"),
    ]
    report = score([doc], preds)
    hits = {(e.subject, e.relation, e.object) for e in report.not_triple_hits}
    assert hits == {("Nvidia Corp.", "acquires", "Arm"), ("Google", "partners_with", "Microsoft")}
    assert report.as_json()["not_triples"]["hits"] == 2
    assert "not_triples hits: 2" in report.table()


def test_score_qualifier_accuracy() -> None:
    doc = gold_doc(
        GoldTriple("Amazon", "invests_in", "Anthropic", amount="$4 billion"),
        GoldTriple("Google", "invests_in", "Anthropic", amount="$2 billion", certainty="reported"),
        GoldTriple("Anthropic", "uses", "AWS"),
    )
    preds = [
        fact("Amazon", "invests_in", "Anthropic", amount="$4  Billion"),
        fact("Google", "invests_in", "Anthropic", certainty="stated", amount="$1 billion"),
        fact("Anthropic", "uses", "AWS"),
    ]
    report = score([doc], preds)
    assert report.certainty_accuracy == pytest.approx(2 / 3)
    assert report.amount_accuracy == pytest.approx(1 / 2)
    assert report.spurious_amounts == []
    assert report.micro.f1 == 1.0


def test_score_amount_where_gold_has_none_is_spurious() -> None:
    report = one(
        GoldTriple("Microsoft", "invests_in", "OpenAI"),
        fact("Microsoft", "invests_in", "OpenAI", amount="multibillion-dollar"),
    )
    assert report.amount_accuracy is None
    assert [c.predicted for c in report.spurious_amounts] == ["multibillion-dollar"]
    assert report.as_json()["qualifiers"]["amount"]["spurious"] == 1
    assert "1 amounts where the gold has none" in report.table()


def test_score_predictions_for_unknown_documents_are_counted_apart() -> None:
    report = score(
        [gold_doc(GoldTriple("A", "acquires", "B"))], [fact("A", "acquires", "B", doc="other")]
    )
    assert report.unknown_doc_predictions == 1
    assert report.micro.pred == 0


def test_report_table_ends_with_micro_summary() -> None:
    report = one(
        GoldTriple("Microsoft", "invests_in", "OpenAI"),
        fact("Microsoft", "invests_in", "OpenAI"),
        fact("A", "sues", "B"),
    )
    for errors in (False, True):
        last = report.table(errors=errors).splitlines()[-4:]
        assert last[0].startswith("summary (micro")
        assert last[1:] == ["precision 0.500", "recall 1.000", "F1 0.667"]
    table = report.table(errors=True)
    assert "false positives (1):" in table
    assert "d1: A -sues-> B" in table


def test_report_as_json_is_serializable() -> None:
    report = one(
        GoldTriple("Microsoft", "invests_in", "OpenAI"), fact("Microsoft", "invests_in", "OpenAI")
    )
    data = json.loads(json.dumps(report.as_json()))
    assert data["micro"]["f1"] == 1.0
    assert data["per_relation"]["invests_in"]["tp"] == 1
    assert set(data["per_relation"]) >= {"invests_in", "sues"}


def test_load_gold_reads_dev_set() -> None:
    docs = load_gold(DEV)
    assert len(docs) == 99
    assert all(d.id != "seed-article" for d in docs)
    first = docs[0]
    assert first.id == "dev-001" and first.date == "2023-01-23"
    assert first.triples[0] == GoldTriple(
        "Microsoft", "invests_in", "OpenAI", subject_aliases=("Microsoft Corp.",)
    )
    assert sum(len(d.not_triples) for d in docs) > 0


def test_load_gold_perfect_predictions_score_one() -> None:
    docs = load_gold(DEV)
    preds = [
        fact(t.subject, t.relation, t.object, doc=d.id, certainty=t.certainty, amount=t.amount)
        for d in docs
        for t in d.triples
    ]
    report = score(docs, preds)
    assert report.micro.f1 == 1.0
    assert report.certainty_accuracy == 1.0
    assert report.amount_accuracy == 1.0
    assert report.not_triple_hits == []


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "invalid JSON"),
        ('["a list"]', "expected a JSON object"),
        ('{"text": "t", "triples": []}', "'id' must be a non-empty string"),
        ('{"id": "x", "text": "t"}', "'triples' must be a list"),
        (
            '{"id": "x", "text": "t", "triples": [{"subject": "A", "relation": "invest", '
            '"object": "B"}]}',
            "unknown relation 'invest'",
        ),
        (
            '{"id": "x", "text": "t", "triples": [{"subject": "A", "relation": "sues"}]}',
            "non-empty string 'object'",
        ),
    ],
)
def test_load_gold_malformed_line_names_file_and_line(
    tmp_path: Path, line: str, message: str
) -> None:
    path = tmp_path / "gold.jsonl"
    good = json.dumps({"id": "ok", "text": "t", "date": None, "triples": []})
    path.write_text(f"{good}\n\n{line}\n", encoding="utf-8")
    with pytest.raises(InputError, match=message) as info:
        load_gold(path)
    assert f"{path}:3:" in str(info.value)


def test_load_gold_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read gold file"):
        load_gold(tmp_path / "missing.jsonl")


def test_score_predictions_file_reads_extract_output(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        json.dumps(
            {
                "id": "g1",
                "text": "t",
                "date": None,
                "triples": [{"subject": "Microsoft", "relation": "invests_in", "object": "OpenAI"}],
            }
        )
        + "\n"
    )
    preds = tmp_path / "pred.jsonl"
    preds.write_text(
        "\n".join(
            json.dumps(f.as_json())
            for f in [
                fact("Microsoft", "invests_in", "OpenAI", doc="g1"),
                fact("OpenAI", "uses", "Azure", doc="g1"),
            ]
        )
        + "\n"
    )
    assert load_predictions(preds)[1].object == "Azure"
    report = score_predictions_file(gold, preds)
    assert (report.micro.tp, report.micro.fp, report.micro.fn) == (1, 1, 0)


def test_load_predictions_bad_line_names_file_and_line(tmp_path: Path) -> None:
    preds = tmp_path / "pred.jsonl"
    preds.write_text('{"doc": "g1", "subject": "A"}\n')
    with pytest.raises(InputError, match=rf"{preds}:1: needs a string 'relation'"):
        load_predictions(preds)


@pytest.mark.slow
def test_run_baseline_scores_three_documents(tmp_path: Path) -> None:
    from benchmarks.baseline_svo import run_baseline

    lines = DEV.read_text(encoding="utf-8").splitlines()[:3]
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = run_baseline(gold)
    assert report.documents == 3
    micro = report.micro
    assert micro.gold == sum(len(json.loads(line)["triples"]) for line in lines)
    assert all(0.0 <= v <= 1.0 for v in (micro.precision, micro.recall, micro.f1))
    assert all(0.0 <= r.f1 <= 1.0 for r in report.per_relation.values())


def test_score_near_misses_point_at_name_and_direction_errors() -> None:
    doc = gold_doc(
        GoldTriple("Microsoft", "invests_in", "OpenAI"),
        GoldTriple("Anthropic", "develops", "Claude"),
        GoldTriple("Dario Amodei", "leads", "Anthropic"),
    )
    preds = [
        fact("Microsoft", "invests_in", "OpenAI Global"),
        fact("Claude", "develops", "Anthropic"),
        fact("Google", "acquires", "Anthropic"),
    ]
    report = score([doc], preds)
    kinds = {(m.gold, m.kind) for m in report.near_misses}
    assert kinds == {
        ("Microsoft -invests_in-> OpenAI", "object differs"),
        ("Anthropic -develops-> Claude", "reversed"),
    }
    assert report.as_json()["near_misses"][0]["doc"] == "d1"


@pytest.mark.slow
def test_evaluate_gold_scores_the_extractor_by_gold_id(tmp_path: Path) -> None:
    from kg.extract.evaluate import evaluate_gold

    lines = DEV.read_text(encoding="utf-8").splitlines()[:3]
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = evaluate_gold(gold)
    assert report.documents == 3
    assert report.unknown_doc_predictions == 0
    assert report.micro.gold == sum(len(json.loads(line)["triples"]) for line in lines)
    # dev-001..003 name their parties plainly: the extractor finds some of them.
    assert report.micro.tp > 0


def test_score_by_tag_counts_each_tagged_document() -> None:
    long_doc = GoldDoc("a", "t", None, (GoldTriple("A", "sues", "B"),), tags=("long", "fictional"))
    short_triples = (GoldTriple("C", "sues", "D"), GoldTriple("C", "leads", "D"))
    short_doc = GoldDoc("b", "t", None, short_triples)
    preds = [
        fact("A", "sues", "B", doc="a"),
        fact("C", "sues", "D", doc="b"),
        fact("X", "sues", "Y", doc="b"),
    ]
    report = score([long_doc, short_doc], preds)
    tags = report.as_json()["by_tag"]
    assert tags["long"] == tags["fictional"]
    assert (tags["long"]["documents"], tags["long"]["gold"], tags["long"]["tp"]) == (1, 1, 1)
    untagged = tags["(untagged)"]
    assert (untagged["gold"], untagged["pred"], untagged["tp"]) == (2, 2, 1)
    assert "by tag" in report.table()


def test_cli_eval_malformed_gold_is_one_line_naming_file_and_line(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from kg.cli.main import cli

    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "a", "text": "t", "triples": [{"subject": "A"}]}\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", "--gold", str(gold)])
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        f"kg: error: {gold}:1: document 'a' triple 1 needs a non-empty string 'relation', "
        "got None; fix the line to follow the gold format"
    )


@pytest.mark.slow
def test_cli_eval_json_matches_library_report(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from kg.cli.main import cli
    from kg.extract.evaluate import evaluate_gold

    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(DEV.read_text(encoding="utf-8").splitlines()[:2]) + "\n")
    result = CliRunner().invoke(cli, ["eval", "--gold", str(gold), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["micro"] == evaluate_gold(gold).as_json()["micro"]


def test_score_fragmentation_counts_nodes_per_gold_entity() -> None:
    from dataclasses import replace

    gold = [
        gold_doc(GoldTriple("AWS", "develops", "Trainium"), doc_id="d1"),
        gold_doc(GoldTriple("AWS", "develops", "Inferentia"), doc_id="d2"),
    ]
    one_node = replace(fact("AWS", "develops", "Trainium"), subject_id="Amazon_Web_Services")
    other_node = replace(fact("AWS", "develops", "Inferentia", doc="d2"), subject_id="_aws")
    report = score(gold, [one_node, other_node])
    assert report.entity_ids["aws"] == {"Amazon_Web_Services", "_aws"}
    assert report.fragmented == [("aws", ["Amazon_Web_Services", "_aws"])]
    assert report.fragmentation == pytest.approx(4 / 3)
    assert "1.333 nodes per gold entity, 1 split" in report.table().splitlines()[-4]
    assert report.as_json()["entities"]["fragmented"] == {"aws": ["Amazon_Web_Services", "_aws"]}


def test_score_fragmentation_is_one_when_every_entity_is_one_node() -> None:
    report = one(
        GoldTriple("Microsoft", "invests_in", "OpenAI"),
        fact("Microsoft Corp.", "invests_in", "OpenAI"),
    )
    assert report.fragmentation == 1.0
    assert report.fragmented == []
