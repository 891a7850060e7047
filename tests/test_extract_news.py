"""Constructions of real news reporting, in sentences of our own, on the real spaCy model.

Each case gives a text, the triples that must be found and the triples that
must not be (symmetric relations in either order).
"""

from __future__ import annotations

import pytest

from kg.extract.layout import is_prose_line
from kg.extract.pipeline import Extractor
from kg.records import SYMMETRIC_RELATIONS, Document, Fact

Triple = tuple[str, str, str]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _key(t: Triple) -> Triple:
    s, r, o = t
    return (o, r, s) if r in SYMMETRIC_RELATIONS and o < s else t


def run(extractor: Extractor, text: str) -> list[Fact]:
    return extractor.extract(Document(text, id="t", date="2025-01-01"))


CASES: list[tuple[str, str, set[Triple], set[Triple]]] = [
    (
        "round_with_participation_list",
        "Brightwave raised $120 million in a Series B round led by Sequoia Capital, with "
        "participation from Accel, Index Ventures and Lightspeed Venture Partners.",
        {
            ("Sequoia Capital", "invests_in", "Brightwave"),
            ("Accel", "invests_in", "Brightwave"),
            ("Index Ventures", "invests_in", "Brightwave"),
            ("Lightspeed Venture Partners", "invests_in", "Brightwave"),
        },
        {
            ("Accel", "invests_in", "Sequoia Capital"),
            ("Accel", "partners_with", "Index Ventures"),
        },
    ),
    (
        "round_led_in_next_sentence",
        "Brightwave raised $120 million. The round was led by Sequoia Capital, with "
        "participation from Accel and Greenoaks.",
        {
            ("Sequoia Capital", "invests_in", "Brightwave"),
            ("Accel", "invests_in", "Brightwave"),
            ("Greenoaks", "invests_in", "Brightwave"),
        },
        set(),
    ),
    (
        "investors_joined_round",
        "Brightwave raised $120 million. Accel, Index Ventures and Greenoaks also joined "
        "the round.",
        {
            ("Accel", "invests_in", "Brightwave"),
            ("Index Ventures", "invests_in", "Brightwave"),
            ("Greenoaks", "invests_in", "Brightwave"),
        },
        set(),
    ),
    (
        "commitment_noun",
        "Google made a $2 billion commitment to Anthropic last year.",
        {("Google", "invests_in", "Anthropic")},
        set(),
    ),
    (
        "investment_of_amount_in",
        "Amazon made an additional investment of up to $4 billion in Anthropic.",
        {("Amazon", "invests_in", "Anthropic")},
        set(),
    ),
    (
        "object_parsed_as_adverb",
        "Nvidia said on Monday it would invest in Mistral AI. The chipmaker also backs Cohere.",
        {("Nvidia", "invests_in", "Mistral AI"), ("Nvidia", "invests_in", "Cohere")},
        set(),
    ),
    (
        "possessive_list_pairs_each_owner",
        "Anthropic trains its models on Google's TPUs, Amazon's Trainium chips and Nvidia's GPUs.",
        {("Anthropic", "uses", "TPU"), ("Amazon", "develops", "Trainium")},
        {("Google", "develops", "Trainium")},
    ),
    (
        "title_case_headline_is_not_a_statement",
        "Why Apple Would Partner With OpenAI\nBy Dana Whitlow\nApple has not said much.",
        set(),
        {("Apple", "partners_with", "OpenAI")},
    ),
]


@pytest.mark.parametrize(
    ("text", "must", "must_not"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_extract_news_construction(
    extractor: Extractor, text: str, must: set[Triple], must_not: set[Triple]
) -> None:
    found = {f.key() for f in run(extractor, text)}
    assert {_key(t) for t in must} <= found
    assert not ({_key(t) for t in must_not} & found)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Cohere raised $150m from SoftBank.", "$150m"),
        ("Figure AI raised $1.3B from Microsoft.", "$1.3B"),
        ("Databricks raised €600 million from Thrive Capital.", "€600 million"),
    ],
)
def test_extract_news_amount_forms(extractor: Extractor, text: str, amount: str) -> None:
    (fact,) = [f for f in run(extractor, text) if f.relation == "invests_in"]
    assert fact.amount == amount


def test_extract_news_proposed_investment_is_reported(extractor: Extractor) -> None:
    (fact,) = run(extractor, "Microsoft announced a proposed $10 billion investment into OpenAI.")
    assert (fact.subject, fact.relation, fact.object) == ("Microsoft", "invests_in", "OpenAI")
    assert fact.certainty == "reported"
    assert fact.amount == "$10 billion"


@pytest.mark.parametrize(
    ("line", "prose"),
    [
        ("Why Apple Would Partner With OpenAI", False),
        ("CEO Wang Heads to Meta", False),
        ("Will Nvidia Buy Arm?", False),
        ("By Dana Whitlow and Omar Haddad", False),
        ("Read more: the week in AI deals", False),
        ("Nvidia to invest $5 billion in rival Intel as the chipmakers team up", True),
        ("By 2030, OpenAI expects to run on its own chips.", True),
        ("OpenAI Uses Azure.", True),
    ],
)
def test_layout_prose_lines(line: str, prose: bool) -> None:
    assert is_prose_line(line) is prose
