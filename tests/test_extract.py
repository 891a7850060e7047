"""Extraction on the real spaCy model: one construction per case, plus robustness.

Each case gives a text, the triples that must be found and the triples that
must not be. One Extractor is shared by the whole session (loading the model
is the slow part).
"""

from __future__ import annotations

from typing import Any

import pytest

from kg.errors import ModelError
from kg.extract import pipeline
from kg.extract.pipeline import Extractor, split_chunks
from kg.records import SYMMETRIC_RELATIONS, Document, Fact

Triple = tuple[str, str, str]


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


def norm(t: Triple) -> Triple:
    """Symmetric relations in one order, as ``Fact.key`` does."""
    s, r, o = t
    return (o, r, s) if r in SYMMETRIC_RELATIONS and o < s else t


def triples(facts: list[Fact]) -> set[Triple]:
    return {f.key() for f in facts}


def run(extractor: Extractor, text: str, date: str | None = "2025-01-01") -> list[Fact]:
    return extractor.extract(Document(text, id="t", date=date))


CASES: list[tuple[str, str, set[Triple], set[Triple]]] = [
    (
        "active_verb_with_apposition",
        "Amazon will invest $4 billion in Anthropic, the maker of the Claude chatbot.",
        {("Amazon", "invests_in", "Anthropic"), ("Anthropic", "develops", "Claude")},
        {("Amazon", "develops", "Claude")},
    ),
    (
        "passive_voice",
        "MosaicML was acquired by Databricks for $1.3 billion in June 2023.",
        {("Databricks", "acquires", "MosaicML")},
        {("MosaicML", "acquires", "Databricks")},
    ),
    (
        "possessive_with_curly_apostrophe",
        "Microsoft’s Azure hosts the models, and OpenAI’s GPT-4 runs on it.",
        {("Microsoft", "develops", "Azure"), ("OpenAI", "develops", "GPT-4")},
        {("Microsoft", "develops", "GPT-4")},
    ),
    (
        "hyphenated_backer",
        "Microsoft-backed OpenAI said on Monday that it had hired new staff.",
        {("Microsoft", "invests_in", "OpenAI")},
        set(),
    ),
    (
        "hyphenated_location",
        "San Francisco-based Anthropic opened an office.",
        {("Anthropic", "based_in", "San Francisco")},
        set(),
    ),
    (
        "nominal_investment",
        "Amazon’s $4 billion investment in Anthropic closed last week.",
        {("Amazon", "invests_in", "Anthropic")},
        set(),
    ),
    (
        "nominal_acquisition_of_by",
        "The acquisition of Nuance Communications by Microsoft closed in March 2022.",
        {("Microsoft", "acquires", "Nuance")},
        {("Nuance", "acquires", "Microsoft")},
    ),
    (
        "partnership_between",
        "Samsung announced a partnership between Samsung and Google on Monday.",
        {("Google", "partners_with", "Samsung")},
        set(),
    ),
    (
        "coordinated_subjects",
        "Amazon and Google invested in Anthropic.",
        {("Amazon", "invests_in", "Anthropic"), ("Google", "invests_in", "Anthropic")},
        set(),
    ),
    (
        "relative_clause",
        "OpenAI, which Microsoft backs, released a new model.",
        {("Microsoft", "invests_in", "OpenAI")},
        set(),
    ),
    (
        "title_before_name",
        "OpenAI CEO Sam Altman spoke at the event.",
        {("Sam Altman", "leads", "OpenAI")},
        set(),
    ),
    (
        "title_after_name",
        "Satya Nadella, Microsoft's chief executive, spoke at the event.",
        {("Satya Nadella", "leads", "Microsoft")},
        set(),
    ),
    (
        "raised_from_is_investment",
        "Perplexity raised $73.6 million from IVP.",
        {("IVP", "invests_in", "Perplexity")},
        {("Perplexity", "invests_in", "IVP")},
    ),
    (
        "inverse_supply_is_uses",
        "Nimbusline provides cloud computing to Lumora AI.",
        {("Lumora AI", "uses", "Nimbusline")},
        {("Nimbusline", "uses", "Lumora AI")},
    ),
    (
        "co_founded_by",
        "Anthropic was co-founded by Dario Amodei.",
        {("Anthropic", "founded_by", "Dario Amodei")},
        set(),
    ),
    (
        "lawsuit_against",
        "Reddit filed a lawsuit against Anthropic in June.",
        {("Reddit", "sues", "Anthropic")},
        set(),
    ),
    (
        "headquartered_in",
        "Velmont Semiconductor is headquartered in Eindhoven.",
        {("Velmont Semiconductor", "based_in", "Eindhoven")},
        set(),
    ),
    (
        "integrated_into_host",
        "Apple integrated ChatGPT into Siri.",
        {("Siri", "integrates", "ChatGPT")},
        {("ChatGPT", "integrates", "Siri")},
    ),
    (
        "owned_by_is_subsidiary",
        "GitHub is owned by Microsoft.",
        {("GitHub", "subsidiary_of", "Microsoft")},
        set(),
    ),
    (
        "names_with_punctuation",
        "Yahoo! partnered with AT&T on a new search service, and xAI sued OpenAI.",
        {("Yahoo!", "partners_with", "AT&T"), ("xAI", "sues", "OpenAI")},
        set(),
    ),
    (
        "invented_names_through_ner_and_syntax",
        "Zephyrine, a London-based voice-cloning start-up, has been acquired by Korvath Systems.",
        {("Korvath Systems", "acquires", "Zephyrine"), ("Zephyrine", "based_in", "London")},
        set(),
    ),
    (
        "coreference_definite_description",
        "Korvath Systems launched its K2 chip. The Austin-based company said it would ship soon.",
        {("Korvath Systems", "develops", "K2"), ("Korvath Systems", "based_in", "Austin")},
        set(),
    ),
    (
        "coreference_pronoun",
        "Lumora AI released Lumen-3 on Tuesday. The startup said it is based in Montreal.",
        {("Lumora AI", "develops", "Lumen-3"), ("Lumora AI", "based_in", "Montreal")},
        set(),
    ),
    (
        "coreference_possessive_title",
        "Anthropic is developing Claude. Its chief executive, Dario Amodei, spoke on Tuesday.",
        {("Dario Amodei", "leads", "Anthropic")},
        set(),
    ),
    (
        "including_list",
        "Cohere has raised $500 million from investors including Nvidia and Salesforce.",
        {("Nvidia", "invests_in", "Cohere"), ("Salesforce", "invests_in", "Cohere")},
        set(),
    ),
    (
        "plural_reference",
        "Amazon will invest in Anthropic. The two companies described it as a collaboration.",
        {("Amazon", "invests_in", "Anthropic"), ("Amazon", "partners_with", "Anthropic")},
        set(),
    ),
    (
        "headline_and_dateline",
        "Nvidia backs Groq\n\nSANTA CLARA — Groq, the chipmaker, is based in Mountain View.",
        {("Nvidia", "invests_in", "Groq"), ("Groq", "based_in", "Mountain View")},
        {("Groq", "based_in", "Santa Clara")},
    ),
    (
        "description_names_its_maker",
        "OpenAI released ChatGPT. Nvidia will invest in OpenAI, and the ChatGPT maker "
        "will deploy Nvidia's GPUs.",
        {("OpenAI", "develops", "ChatGPT"), ("OpenAI", "uses", "Nvidia")},
        {("Nvidia", "uses", "Nvidia")},
    ),
    (
        "no_longer",
        "Microsoft no longer uses Nvidia's chips in its data centres.",
        set(),
        {("Microsoft", "uses", "Nvidia")},
    ),
    (
        "ended_partnership",
        "IBM ended its partnership with Adobe last year.",
        set(),
        {("Adobe", "partners_with", "IBM")},
    ),
    (
        "denied_plan",
        "Apple denied that it plans to acquire Perplexity.",
        set(),
        {("Apple", "acquires", "Perplexity")},
    ),
    (
        "joint_venture_owners",
        "Norrland Tele has set up Nordvik Cloud, a joint venture with Nimbusline.",
        {
            ("Norrland Tele", "invests_in", "Nordvik Cloud"),
            ("Nimbusline", "invests_in", "Nordvik Cloud"),
            ("Nimbusline", "partners_with", "Norrland Tele"),
        },
        {("Norrland Tele", "develops", "Nordvik Cloud")},
    ),
    (
        "coordinated_passive_participles",
        "DeepSeek, a start-up backed by High-Flyer and founded by Liang Wenfeng, grew fast.",
        {("High-Flyer", "invests_in", "DeepSeek"), ("DeepSeek", "founded_by", "Liang Wenfeng")},
        set(),
    ),
    (
        "sold_to_is_acquisition",
        "Adallom, a security firm, was sold to Microsoft in 2015.",
        {("Microsoft", "acquires", "Adallom")},
        set(),
    ),
    (
        "part_of_a_company_is_not_the_company",
        "AMD will sell the manufacturing business of ZT Systems to Sanmina.",
        set(),
        {("Sanmina", "acquires", "ZT Systems")},
    ),
    (
        "no_relation",
        "The weather in Paris was mild and nobody signed anything.",
        set(),
        set(),
    ),
    (
        "negated_statement",
        "Microsoft will not invest in Lumora AI.",
        set(),
        {("Microsoft", "invests_in", "Lumora AI")},
    ),
    (
        "collapsed_deal",
        "The deal for Nimbusline to acquire Korvath Systems fell apart last month.",
        set(),
        {("Nimbusline", "acquires", "Korvath Systems")},
    ),
    (
        "former_title",
        "Jonas Weber, the former chief executive of Tarnwell Capital, joined a board.",
        set(),
        {("Jonas Weber", "leads", "Tarnwell Capital")},
    ),
]


@pytest.mark.parametrize(
    ("text", "expected", "forbidden"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_extract_construction(
    extractor: Extractor, text: str, expected: set[Triple], forbidden: set[Triple]
) -> None:
    found = triples(run(extractor, text))
    expected = {norm(t) for t in expected}
    forbidden = {norm(t) for t in forbidden}
    assert expected <= found, f"missing {expected - found} in {found}"
    assert not (forbidden & found), f"unwanted {forbidden & found}"


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "Microsoft is reportedly in talks to invest $10 billion in OpenAI.",
            ("Microsoft", "invests_in", "OpenAI"),
        ),
        (
            "Meta plans to acquire Scale AI, according to people familiar with the matter.",
            ("Meta", "acquires", "Scale AI"),
        ),
    ],
)
def test_extract_hedged_is_reported(extractor: Extractor, text: str, triple: Triple) -> None:
    facts = {(f.subject, f.relation, f.object): f for f in run(extractor, text)}
    assert facts[triple].certainty == "reported"


def test_extract_stated_fact_is_stated(extractor: Extractor) -> None:
    facts = run(extractor, "Google has sued Quillfeather over its software.")
    assert [(f.subject, f.object, f.certainty) for f in facts] == [
        ("Google", "Quillfeather", "stated")
    ]


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Amazon will invest up to $4 billion in Anthropic.", "$4 billion"),
        ("Intel is buying Habana Labs for about $2 billion.", "$2 billion"),
        (
            "AMD closed its purchase of Xilinx in a deal valued at roughly $49 billion.",
            "$49 billion",
        ),
    ],
)
def test_extract_amount_drops_hedging_words(extractor: Extractor, text: str, amount: str) -> None:
    assert [f.amount for f in run(extractor, text)] == [amount]


def test_extract_valuation_is_not_an_amount(extractor: Extractor) -> None:
    text = "Microsoft invested in OpenAI in a deal that values the startup at $29 billion."
    facts = run(extractor, text)
    assert [(f.relation, f.amount) for f in facts] == [("invests_in", None)]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "The acquisition of Nuance Communications by Microsoft closed in March 2022.",
            "March 2022",
        ),
        ("Microsoft acquired Nuance on Monday.", "2025-01-01"),
    ],
)
def test_extract_date_explicit_else_document_date(
    extractor: Extractor, text: str, date: str
) -> None:
    assert [f.date for f in run(extractor, text)] == [date]


def test_extract_offsets_point_at_the_sentence(extractor: Extractor) -> None:
    text = "Nothing here. Amazon will invest $4 billion in Anthropic."
    (fact,) = run(extractor, text)
    assert text[fact.start : fact.end] == fact.sentence
    assert fact.sentence.startswith("Amazon")


def test_extract_duplicates_merge_and_stated_wins(extractor: Extractor) -> None:
    text = (
        "Meta is reportedly in talks to invest in Scale AI. "
        "Meta invested in Scale AI on Friday. Meta has invested in Scale AI."
    )
    facts = [f for f in run(extractor, text) if f.relation == "invests_in"]
    assert len(facts) == 1
    assert facts[0].certainty == "stated"


def test_extract_unknown_model_raises_model_error() -> None:
    with pytest.raises(ModelError, match="no_such_model"):
        Extractor("no_such_model")


def test_extract_stream_keeps_order(extractor: Extractor) -> None:
    docs = [
        Document("GitHub is owned by Microsoft.", id="a"),
        Document("", id="empty"),
        Document("Reddit sued Anthropic.", id="b"),
    ]
    out = list(extractor.extract_stream(docs, batch_size=2))
    assert [d.id for d, _ in out] == ["a", "empty", "b"]
    assert [len(facts) for _, facts in out] == [1, 0, 1]


def test_extract_stream_with_two_workers_keeps_order(extractor: Extractor) -> None:
    docs = [Document(f"Reddit sued Anthropic. Note {i}.", id=str(i)) for i in range(12)]
    out = list(extractor.extract_stream(docs, workers=2, batch_size=4))
    assert [d.id for d, _ in out] == [str(i) for i in range(12)]
    assert all([f.key() for f in facts] == [("Reddit", "sues", "Anthropic")] for _, facts in out)


def test_extract_two_megabyte_document_offsets_in_last_chunk(extractor: Extractor) -> None:
    filler = ("\n" + " " * 9_999) * 200
    text = "Reddit sued Anthropic in June." + filler + "GitHub is owned by Microsoft."
    assert len(text) > 2_000_000
    facts = {f.key(): f for f in run(extractor, text)}
    assert set(facts) == {
        ("Reddit", "sues", "Anthropic"),
        ("GitHub", "subsidiary_of", "Microsoft"),
    }
    for f in facts.values():
        assert text[f.start : f.end] == f.sentence


def test_extract_long_document_parsed_in_bounded_sections(
    extractor: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 300)
    monkeypatch.setattr(pipeline, "SECTION_CHARS", 600)
    para = "Reddit sued Anthropic in June. GitHub is owned by Microsoft. Markets were quiet.\n\n"
    text = para * 40
    seen: list[int] = []
    facts_of = Extractor._facts

    def spy(self: Extractor, document: Document, chunks: list[Any], trace: Any = None) -> Any:
        seen.append(sum(len(sdoc.text) for sdoc, _offset in chunks))
        return facts_of(self, document, chunks, trace)

    monkeypatch.setattr(Extractor, "_facts", spy)
    [(_doc, facts)] = extractor.extract_stream([Document(text, id="long")])
    assert len(seen) >= len(text) // 600
    assert max(seen) <= 600
    assert sorted(f.key() for f in facts) == [
        ("GitHub", "subsidiary_of", "Microsoft"),
        ("Reddit", "sues", "Anthropic"),
    ]
    for f in facts:
        assert text[f.start : f.end] == f.sentence


class _CountingNlp:
    """The real pipeline, recording how many characters each call hands to spaCy."""

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp
        self.calls: list[int] = []

    def __call__(self, text: str) -> Any:
        self.calls.append(len(text))
        return self.nlp(text)

    def pipe(self, texts: Any, *, batch_size: int = 1, as_tuples: bool = False) -> Any:
        batch: list[Any] = []
        for item in texts:
            batch.append(item)
            if len(batch) == batch_size:
                yield from self._batch(batch, as_tuples)
                batch = []
        if batch:
            yield from self._batch(batch, as_tuples)

    def _batch(self, batch: list[Any], as_tuples: bool) -> Any:
        self.calls.append(sum(len(t[0] if as_tuples else t) for t in batch))
        yield from self.nlp.pipe(batch, batch_size=len(batch), as_tuples=as_tuples)


def test_extract_long_document_hands_spacy_bounded_pieces(
    extractor: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 2_000)
    monkeypatch.setattr(pipeline, "SECTION_CHARS", 6_000)
    spy = _CountingNlp(extractor.nlp)
    monkeypatch.setattr(extractor, "nlp", spy)
    line = "Reddit sued Anthropic in June.\nGitHub is owned by Microsoft.\n"
    text = line * (3 * pipeline.SECTION_CHARS // len(line))
    [(_doc, facts)] = extractor.extract_stream([Document(text, id="long")])
    assert max(spy.calls) <= pipeline.CHUNK_CHARS
    assert sum(spy.calls) == len(text)
    assert sorted(f.key() for f in facts) == [
        ("GitHub", "subsidiary_of", "Microsoft"),
        ("Reddit", "sues", "Anthropic"),
    ]


def test_extract_stream_batches_of_short_documents_are_bounded(
    extractor: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "BATCH_CHARS", 1_000)
    spy = _CountingNlp(extractor.nlp)
    monkeypatch.setattr(extractor, "nlp", spy)
    text = "Reddit sued Anthropic in June. " * 10
    docs = [Document(text, id=f"d{i}") for i in range(20)]
    out = list(extractor.extract_stream(docs, batch_size=32))
    assert [d.id for d, _facts in out] == [d.id for d in docs]
    assert max(spy.calls) <= 1_000
    assert all(facts for _d, facts in out)


def test_extract_long_document_sections_give_the_facts_of_its_parts(
    extractor: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Paragraphs that stand alone give the same facts read whole or in pieces.
    paras = [
        "Amazon will invest $4 billion in Anthropic, the maker of the Claude chatbot.",
        "MosaicML was acquired by Databricks for $1.3 billion in June 2023.",
        "Reddit sued Anthropic in June.",
    ]
    text = "\n\n".join(paras * 30)
    whole = sorted(f.key() for f in extractor.extract(Document(text, id="whole")))
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 400)
    monkeypatch.setattr(pipeline, "SECTION_CHARS", 1_200)
    pieces = sorted(f.key() for f in extractor.extract(Document(text, id="pieces")))
    assert pieces == whole


@pytest.mark.slow
def test_extract_long_prose_document_spans_chunks(extractor: Extractor) -> None:
    para = "Reddit sued Anthropic in June. " + "Markets were quiet. " * 40 + "\n\n"
    text = para * (250_000 // len(para) + 1)
    facts = run(extractor, text)
    assert [f.key() for f in facts] == [("Reddit", "sues", "Anthropic")]
    assert text[facts[0].start : facts[0].end] == facts[0].sentence


@pytest.mark.parametrize(
    "text",
    [
        "\x00\x01\x02 Reddit\x00 sued\u202e Anthropic\u200f.",
        "!!!???...;;;" * 500,
        "🤖🚀" * 500 + " OpenAI 🤖",
        "x" * 300_000,
        "\ud800 lone surrogate",
        "   \n\n\t  ",
        "Anthropic",
    ],
    ids=[
        "control_and_bidi",
        "only_punctuation",
        "emoji",
        "huge_token",
        "surrogate",
        "blank",
        "one_word",
    ],
)
def test_extract_hostile_unicode_never_crashes(extractor: Extractor, text: str) -> None:
    facts = run(extractor, text)
    for f in facts:
        assert 0 <= f.start <= f.end <= len(text)


PARAGRAPH = (
    "Microsoft-backed OpenAI said the startup would use Azure. It rivals Anthropic, "
    "which Amazon backs; the company, its chief executive and the ChatGPT maker said so."
)


@pytest.mark.parametrize("seed", range(6))
def test_extract_scrambled_text_keeps_offsets(extractor: Extractor, seed: int) -> None:
    import random

    words = PARAGRAPH.split(" ")
    random.Random(seed).shuffle(words)
    text = " ".join(words).replace(" ", ["\u200f ", "\x00 ", " \n", "’s "][seed % 4], seed)
    for f in run(extractor, text):
        assert text[f.start : f.end] == f.sentence


def test_split_chunks_cover_text_on_boundaries() -> None:
    text = ("a" * 50 + ". ") * 10 + "\n\n" + "b" * 300
    chunks = split_chunks(text, limit=120)
    assert "".join(c for _, c in chunks) == text
    assert all(len(c) <= 120 for _, c in chunks)
    assert all(text[o : o + len(c)] == c for o, c in chunks)


def test_children_index_matches_spacy_and_follows_each_text() -> None:
    """The per-text children index gives what ``Token.children`` gives, and a new text
    never reads an earlier text's index, even when it takes over that text's ``id``."""
    from kg.extract.nlp import load_pipeline
    from kg.extract.syntax import children, kids

    nlp = load_pipeline(None)
    texts = [
        "Zentrix, which builds chips, signed a deal with Lumora and Vexo on Monday.",
        "Backed by Orbis, the startup said it would train its models on Halcyon Cloud.",
    ]
    for _ in range(3):
        for text in texts:
            doc = nlp(text)
            for tok in doc:
                assert [c.i for c in kids(tok)] == [c.i for c in tok.children]
                assert [c.i for c in children(tok, {"nsubj", "dobj"})] == [
                    c.i for c in tok.children if c.dep_ in {"nsubj", "dobj"}
                ]
            del doc
