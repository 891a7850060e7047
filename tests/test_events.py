"""Deal events: funding rounds, acquisitions and strategic investments, extracted and stored.

The sentences are written for these tests; company names are real or made up.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.extract.events import amount_value
from kg.extract.pipeline import Extractor
from kg.graph.mapping import fact_triples
from kg.graph.store import open_store
from kg.graph.validate import validate_graph
from kg.query.sparql import select
from kg.records import Deal, Document, Fact


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def deals(ex: Extractor, text: str, date: str = "2026-05-04") -> dict[str, Fact]:
    """The facts of ``text`` that carry a deal, by subject."""
    return {f.subject: f for f in ex.extract(Document(text, date=date)) if f.deal}


def rows(store: object, name: str, **bind: str) -> list[dict[str, str]]:
    result = select(store, name, **bind)  # type: ignore[arg-type]
    return [{k: "" if v is None else str(v) for k, v in row.items()} for row in result.rows]


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("$120 million", "120000000", "USD"),
        ("$2.1 billion", "2100000000", "USD"),
        ("€45m", "45000000", "EUR"),
        ("£1.5bn", "1500000000", "GBP"),
        ("$7,500,000", "7500000", "USD"),
        ("300 million euros", "300000000", "EUR"),
        ("no money here", None, None),
    ],
)
def test_amount_value_reads_number_and_currency(
    text: str, value: str | None, currency: str | None
) -> None:
    assert amount_value(text) == (value, currency)


def test_events_round_with_lead_participants_and_valuation(ex: Extractor) -> None:
    found = deals(
        ex,
        "Cohere raised $120 million in a Series B round led by Sequoia Capital, with "
        "participation from Google and Oracle, at a $900 million valuation.",
    )
    assert set(found) == {"Sequoia Capital", "Google", "Oracle"}
    lead = found["Sequoia Capital"].deal
    assert lead is not None
    assert (lead.kind, lead.role, lead.round) == ("FundingRound", "leadInvestor", "Series B")
    assert (lead.amount, lead.amount_value, lead.currency) == ("$120 million", "120000000", "USD")
    assert lead.valuation_value == "900000000"
    assert {found[n].deal.role for n in ("Google", "Oracle")} == {"participant"}  # type: ignore[union-attr]


def test_events_the_lead_list_stops_where_the_round_names_its_members(ex: Extractor) -> None:
    # ("Led by A, the financing round comprised B and C": B and C are no lead investors.)
    found = deals(
        ex,
        "Lumora raised $50 million. Led by Zeta Ventures, the financing round comprised "
        "Nimbus Capital, Orion Partners, and Helio Fund.",
    )
    assert set(found) == {"Zeta Ventures", "Nimbus Capital", "Orion Partners", "Helio Fund"}
    assert found["Zeta Ventures"].deal.role == "leadInvestor"  # type: ignore[union-attr]
    for name in ("Nimbus Capital", "Orion Partners", "Helio Fund"):
        assert found[name].deal.role == "participant"  # type: ignore[union-attr]
        assert found[name].amount is None


def test_events_lead_investor_carries_the_rounds_total(ex: Extractor) -> None:
    found = deals(
        ex,
        "Sundown Robotics has raised $90 million so far, including a $70 million Series B "
        "last year led by Harwick Ventures.",
    )
    lead = found["Harwick Ventures"]
    assert lead.amount == "$70 million"
    assert lead.deal is not None and lead.deal.amount_value == "70000000"


def test_events_valuation_is_not_the_amount(ex: Extractor) -> None:
    found = deals(
        ex,
        "Quillon raised $500 million in a round that Nvidia led, which would value the "
        "company at $5.5 billion.",
    )
    deal = found["Nvidia"].deal
    assert deal is not None
    assert (deal.amount_value, deal.valuation_value) == ("500000000", "5500000000")


def test_events_round_amount_is_the_rounds_not_each_participants(ex: Extractor) -> None:
    found = deals(
        ex,
        "Mistral AI raised $120 million in a Series B led by Lightspeed Venture Partners "
        "with participation from Nvidia and Salesforce.",
    )
    nvidia = found["Nvidia"]
    assert nvidia.amount is None
    assert nvidia.deal is not None and nvidia.deal.amount == "$120 million"


def test_events_round_told_over_three_sentences_is_one_event(ex: Extractor) -> None:
    found = deals(
        ex,
        "Mistral AI is in talks to raise new money. The Series C would be led by "
        "Andreessen Horowitz. The round would total $300 million, two people briefed on "
        "the plans said.",
    )
    deal = found["Andreessen Horowitz"].deal
    assert deal is not None
    assert (deal.round, deal.role, deal.amount_value, deal.status) == (
        "Series C",
        "leadInvestor",
        "300000000",
        "rumored",
    )
    assert found["Andreessen Horowitz"].certainty == "reported"


def test_events_no_investment_between_two_investors_of_one_round(ex: Extractor) -> None:
    facts = ex.extract(
        Document(
            "Cohere raised $60 million in a Series B led by Sequoia Capital with "
            "participation from Oracle."
        )
    )
    assert {(f.subject, f.object) for f in facts if f.relation == "invests_in"} == {
        ("Sequoia Capital", "Cohere"),
        ("Oracle", "Cohere"),
    }


def test_events_investor_before_led(ex: Extractor) -> None:
    deal = deals(ex, "Sequoia Capital led a $50 million Series A in Quillmark Inc. on Tuesday.")[
        "Sequoia Capital"
    ].deal
    assert deal is not None
    assert (deal.round, deal.role, deal.amount_value) == ("Series A", "leadInvestor", "50000000")


@pytest.mark.parametrize(
    ("second", "status"),
    [
        ("The deal closed in March.", "completed"),
        ("Talks collapsed on Friday after regulators objected.", "terminated"),
        ("Tessaly Labs denied the report.", "denied"),
        ("", "announced"),
    ],
)
def test_events_acquisition_status(ex: Extractor, second: str, status: str) -> None:
    found = deals(ex, f"Norvane Systems agreed to buy Tessaly Labs for $2.1 billion. {second}")
    deal = found["Norvane Systems"].deal
    assert deal is not None
    assert (deal.kind, deal.role, deal.amount_value, deal.status) == (
        "Acquisition",
        "acquirer",
        "2100000000",
        status,
    )


def test_events_investment_outside_a_round_is_strategic_with_stake(ex: Extractor) -> None:
    deal = deals(ex, "Amazon will invest $4 billion in Anthropic for a 15% stake.")["Amazon"].deal
    assert deal is not None
    assert (deal.kind, deal.amount_value, deal.stake, deal.round) == (
        "StrategicInvestment",
        "4000000000",
        "15",
        None,
    )


def test_events_no_deal_on_other_relations(ex: Extractor) -> None:
    facts = ex.extract(Document("Sam Altman is the chief executive of OpenAI."))
    assert facts and all(f.deal is None for f in facts)


ROUND_RUMOR = (
    "Cohere is in talks to raise a Series D of about $500 million, people familiar "
    "with the matter said. Nvidia would lead the round."
)
ROUND_CONFIRMED = "Cohere raised $500 million in a Series D led by Nvidia."
ROUND_OTHER_AMOUNT = "Cohere has closed a $450 million Series D led by Nvidia."


@pytest.fixture(scope="module")
def deal_store(ex: Extractor, tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = str(tmp_path_factory.mktemp("deals") / "store")
    docs = [
        Document(ROUND_RUMOR, date="2026-01-10", url="https://one.example/rumor"),
        Document(ROUND_CONFIRMED, date="2026-02-03", url="https://two.example/confirmed"),
        Document(ROUND_OTHER_AMOUNT, date="2026-02-04", url="https://three.example/closed"),
        Document(
            "Cohere raised $60 million in a Series B led by Sequoia Capital with "
            "participation from Oracle.",
            date="2025-06-01",
        ),
        Document(
            "Norvane Systems agreed to buy Tessaly Labs for $2.1 billion. Talks collapsed "
            "a month later.",
            date="2026-03-01",
        ),
    ]
    with open_store(folder) as st:
        for doc in docs:
            st.add_document(doc, ex.extract(doc))
    return folder


def test_store_rumor_later_confirmed_is_one_event_with_both_statuses(deal_store: str) -> None:
    with open_store(deal_store, read_only=True) as st:
        found = rows(st, "rounds_of", company="Cohere")
    series_d = [r for r in found if r["round"] == "Series D"]
    assert len(series_d) == 1
    assert set(series_d[0]["statuses"].split(", ")) >= {"rumored", "announced"}
    assert series_d[0]["leads"] == "Nvidia"
    assert series_d[0]["announced"] == "2026-01-10"


def test_store_two_outlets_disagreeing_on_an_amount_is_a_contradiction(deal_store: str) -> None:
    with open_store(deal_store, read_only=True) as st:
        found = rows(st, "deal_contradictions")
    assert [(r["company"], r["field"], r["value"], r["otherValue"]) for r in found] == [
        ("Cohere", "amount", "450000000", "500000000")
    ]


def test_store_deal_later_terminated(deal_store: str) -> None:
    with open_store(deal_store, read_only=True) as st:
        found = rows(st, "acquisitions_by", acquirer="Norvane Systems")
    assert [(r["target"], r["amounts"], r["statuses"]) for r in found] == [
        ("Tessaly Labs", "2100000000", "terminated")
    ]


def test_store_biggest_rounds_and_co_investors(deal_store: str) -> None:
    with open_store(deal_store, read_only=True) as st:
        biggest = rows(st, "biggest_rounds")
        pairs = rows(st, "co_investors")
    assert [(r["year"], r["round"], r["amount"]) for r in biggest] == [
        ("2026", "Series D", "500000000"),
        ("2025", "Series B", "60000000"),
    ]
    assert ("Oracle", "Sequoia Capital", "1") in {
        (r["investor"], r["coInvestor"], r["deals"]) for r in pairs
    }


def test_store_deal_graph_satisfies_the_shapes(deal_store: str) -> None:
    with open_store(deal_store, read_only=True) as st:
        conforms, report = validate_graph(st.graph)
    assert conforms, report


def test_mapping_bad_deal_status_is_refused() -> None:
    doc = Document("Acme invests in Beta.")
    fact = Fact(
        doc.id, "Acme", "Organization", "invests_in", "Beta", "Organization", doc.text, 0, 21
    )
    bad = replace(fact, deal=Deal(kind="FundingRound", role="participant", status="maybe"))
    with pytest.raises(InputError, match="unknown deal status 'maybe': expected one of rumored"):
        fact_triples(doc, bad)


def test_eval_reports_deal_figures_on_our_gold() -> None:
    from pathlib import Path

    from kg.api import evaluate

    report = evaluate(Path(__file__).parent / "data" / "deals_gold.jsonl")
    figures = report.as_json()["deals"]
    assert figures["kind"] == {"checked": 7, "correct": 7, "accuracy": 1.0}
    assert figures["role"]["correct"] == figures["role"]["checked"] == 6
    assert figures["round"]["correct"] == 5
    assert report.amount_accuracy == 1.0
    assert "deal events on matched triples: events found 7/7" in report.table()


def test_eval_gold_deal_with_unknown_key_is_refused(tmp_path: object) -> None:
    from pathlib import Path

    from kg.extract.evaluate import load_gold

    path = Path(str(tmp_path)) / "gold.jsonl"
    path.write_text(
        '{"id": "x", "text": "Acme invests in Beta.", "triples": [{"subject": "Acme", '
        '"relation": "invests_in", "object": "Beta", "deal": {"kind": "FundingRound", '
        '"lead": "Acme"}}]}\n',
        encoding="utf-8",
    )
    with pytest.raises(Exception, match="deal has unknown key 'lead': expected some of kind"):
        load_gold(path)


def test_stats_count_deals_and_show_contradictions(deal_store: str) -> None:
    from kg.api import stats

    result = stats(deal_store)
    assert result["deals"] == {"FundingRound": 2, "Acquisition": 1, "StrategicInvestment": 0}
    assert result["contradictions"] == [
        {
            "company": "Cohere",
            "field": "amount",
            "value": "450000000",
            "otherValue": "500000000",
            # Each side with the documents that state it.
            "sources": "https://three.example/closed",
            "otherSources": "https://one.example/rumor | https://two.example/confirmed",
        }
    ]


@pytest.mark.parametrize(
    ("text", "date", "from_document"),
    [
        (
            "Microsoft will invest $10 billion in OpenAI, the companies said in January 2023.",
            "January 2023",
            False,
        ),
        ("Satya Nadella is the chief executive of Microsoft.", "2026-01-05", True),
    ],
)
def test_fact_start_is_the_sentences_date_else_the_documents_marked(
    ex: Extractor, text: str, date: str, from_document: bool
) -> None:
    doc = Document(text, date="2026-01-05")
    (fact,) = ex.extract(doc)
    assert (fact.date, fact.date_from_document) == (date, from_document)
    marked = [t for t in fact_triples(doc, fact) if str(t[1]).endswith("#dateFromDocument")]
    assert bool(marked) == from_document


def test_events_one_sum_for_several_investors_is_no_ones_amount(ex: Extractor) -> None:
    found = deals(ex, "Zeta raised $100 million from Accel, Index Ventures and Nvidia.")
    assert {name: f.amount for name, f in found.items()} == {
        "Accel": None,
        "Index Ventures": None,
        "Nvidia": None,
    }
    led = deals(
        ex, "Zeta raised $100 million in a round led by Accel, with participation from Nvidia."
    )
    assert led["Accel"].amount == "$100 million"
    assert led["Nvidia"].amount is None
    assert led["Nvidia"].deal is not None and led["Nvidia"].deal.amount == "$100 million"


def test_events_amounts_given_respectively(ex: Extractor) -> None:
    found = deals(
        ex,
        "Zeta has agreed to buy $30 billion of computing capacity, while Microsoft and Nvidia "
        "will invest up to $5 billion and up to $10 billion respectively in Zeta.",
    )
    assert (found["Microsoft"].amount, found["Nvidia"].amount) == ("$5 billion", "$10 billion")


def test_events_acquisition_priced_in_a_later_sentence(ex: Extractor) -> None:
    found = deals(
        ex,
        "Harwick Systems will acquire Sundown Robotics, a Danish startup. The all-cash deal is "
        "worth about $300 million and should close this summer.",
    )
    assert found["Harwick Systems"].amount == "$300 million"


def test_events_money_the_target_raised_is_no_price(ex: Extractor) -> None:
    found = deals(
        ex,
        "Harwick Systems will acquire Sundown Robotics. Sundown Robotics raised $20 million "
        "in a round last year.",
    )
    assert found["Harwick Systems"].amount is None


def test_events_round_of_a_company_named_by_reference(ex: Extractor) -> None:
    found = deals(
        ex,
        "Sundown Robotics makes warehouse robots. The company was valued at $5 billion in a "
        "$1 billion funding round completed in January that was led by venture firm Greylock.",
    )
    lead = found["Greylock"]
    assert (lead.object, lead.amount) == ("Sundown Robotics", "$1 billion")
    assert lead.deal is not None and lead.deal.role == "leadInvestor"


def test_events_a_list_ends_where_a_clause_begins(ex: Extractor) -> None:
    found = deals(
        ex,
        "Sundown Robotics raised €60 million in a round led by Harwick Ventures, and Quarry "
        "runs on Orris-2, a model from Orrisfield.",
    )
    assert "Quarry" not in found
    assert found["Harwick Ventures"].amount == "€60 million"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "Harwick Systems has now invested a total of $6 billion in Sundown Robotics.",
            "$6 billion",
        ),
        (
            "Harwick Systems invested $50 million in Sundown Robotics, bringing its total "
            "funding to $400 million.",
            "$50 million",
        ),
    ],
)
def test_events_an_investors_total_is_its_amount(ex: Extractor, text: str, amount: str) -> None:
    (fact,) = [f for f in ex.extract(Document(text)) if f.relation == "invests_in"]
    assert fact.amount == amount


def test_store_a_fact_told_by_one_source_and_denied_by_another(
    ex: Extractor, tmp_path: Path
) -> None:
    from kg.query.analytics import to_networkx
    from kg.render.view import ViewOptions, view_data

    denying = Extractor(keep_denied=True)
    told = Document(
        "Halvex Systems agreed to buy Tessaly Labs for $900 million.",
        date="2026-04-01",
        title="Halvex to buy Tessaly",
    )
    denial = Document(
        "Tessaly Labs denied that Halvex Systems agreed to buy it.",
        date="2026-04-02",
        title="Tessaly denies sale",
    )
    # Without the flag a denial is no fact, as kg eval sees it.
    assert ex.extract(denial) == []
    (fact,) = denying.extract(denial)
    assert (fact.subject, fact.relation, fact.object, fact.denied) == (
        "Halvex Systems",
        "acquires",
        "Tessaly Labs",
        True,
    )
    with open_store(str(tmp_path / "store")) as st:
        st.add_document(denial, denying.extract(denial))
        # A denial alone asserts nothing and contradicts nothing.
        assert rows(st, "facts") == []
        assert rows(st, "fact_denials") == []
        st.add_document(told, denying.extract(told))
        found = rows(st, "fact_denials")
        conforms, report = validate_graph(st.graph)
        g = to_networkx(st.graph)
        data = view_data(st.graph, ViewOptions())
    assert conforms, report
    assert [
        (r["subject"], r["relation"], r["object"], r["statedBy"], r["deniedBy"]) for r in found
    ] == [
        (
            "Halvex Systems",
            "acquires",
            "Tessaly Labs",
            "Halvex to buy Tessaly",
            "Tessaly denies sale",
        )
    ]
    # The denial is no support of the fact, and the view shows both sides.
    ((_, _, edge),) = [(u, v, d) for u, v, d in g.edges(data=True)]
    assert edge["support"] == 1
    (shown,) = data["edges"]
    assert [
        (d["value"], d["sources"], d["otherValue"], d["otherSources"])
        for d in shown["disagreements"]
    ] == [("stated", "Halvex to buy Tessaly", "denied", "Tessaly denies sale")]
    # The denying evidence is listed and says so.
    assert sorted((e["title"], e["denied"]) for e in shown["evidence"]) == [
        ("Halvex to buy Tessaly", False),
        ("Tessaly denies sale", True),
    ]


def test_view_shows_sources_that_disagree_on_the_fact_s_deal(deal_store: str) -> None:
    from kg.render.view import ViewOptions, view_data

    with open_store(deal_store, read_only=True) as st:
        data = view_data(st.graph, ViewOptions())
    labels = {n["id"]: n["label"] for n in data["nodes"]}
    lead = [
        e for e in data["edges"] if labels[e["from"]] == "Nvidia" and labels[e["to"]] == "Cohere"
    ]
    assert [
        (d["field"], d["value"], d["otherValue"], d["sources"]) for d in lead[0]["disagreements"]
    ] == [("amount", "450000000", "500000000", "https://three.example/closed")]
    others = [e for e in data["edges"] if e is not lead[0]]
    assert all(not e["disagreements"] for e in others if labels[e["to"]] != "Cohere")


def test_events_an_investors_own_sum_told_in_another_sentence(ex: Extractor) -> None:
    text = (
        "Halvex Capital is the only foreign investor in Tessaly Labs. Halvex Capital's "
        "$400 million investment values the startup at about $3 billion."
    )
    (fact,) = [f for f in ex.extract(Document(text)) if f.relation == "invests_in"]
    assert (fact.subject, fact.object, fact.amount) == (
        "Halvex Capital",
        "Tessaly Labs",
        "$400 million",
    )
    # With two companies backed, the sum is nobody's in particular.
    two = text.replace("in Tessaly Labs.", "in Tessaly Labs and in Pellucid AI.")
    amounts = {f.object: f.amount for f in ex.extract(Document(two)) if f.relation == "invests_in"}
    assert amounts == {"Tessaly Labs": None, "Pellucid AI": None}


def test_store_sources_giving_a_deal_different_dates_disagree(
    ex: Extractor, tmp_path: Path
) -> None:
    docs = [
        Document(
            "Halvex Systems agreed in March 2024 to buy Tessaly Labs for $900 million.",
            date="2026-01-05",
            title="One outlet",
        ),
        Document(
            "Halvex Systems agreed in 2023 to buy Tessaly Labs for $900 million.",
            date="2026-01-06",
            title="Another outlet",
        ),
        Document(
            "Halvex Systems agreed in 2024 to buy Tessaly Labs for $900 million.",
            date="2026-01-07",
            title="A third outlet",
        ),
    ]
    with open_store(str(tmp_path / "store")) as st:
        for doc in docs:
            st.add_document(doc, ex.extract(doc))
        from kg.query.analytics import deal_contradictions

        found = [r for r in deal_contradictions(st.graph) if r["field"] == "date"]
    # 2023 disagrees with both; "March 2024" and "2024" agree at the coarser precision.
    assert sorted(
        (r["value"], r["otherValue"], r["sources"], r["otherSources"]) for r in found
    ) == [
        ("2023", "2024", "Another outlet", "A third outlet"),
        ("2023", "2024-03", "Another outlet", "One outlet"),
    ]
