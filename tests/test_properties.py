"""Property-based tests: any text through the build path, any entity name through IRI
minting, the stores and every RDF export.

Article text is written by strangers, so the properties hold for any Unicode: control
characters, bidi marks, emoji, NUL, lone surrogates (as JSON ``\\ud800`` escapes), very
long tokens, punctuation only. spaCy is slow: the extraction property keeps
``max_examples`` modest and shares one Extractor. Run with
``--hypothesis-show-statistics`` to see how many cases each property ran.
"""

from __future__ import annotations

import json
import os
import re
import string
import warnings
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pyoxigraph
import pytest
from hypothesis import HealthCheck, Phase, assume, given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Graph, Literal, URIRef, Variable
from rdflib.compare import isomorphic

from kg.graph.iri import entity_iri, slug
from kg.graph.mapping import clean_text
from kg.graph.store import KGStore, open_store, plain_literal
from kg.graph.validate import validate_graph
from kg.ingest.jsonl import read_jsonl
from kg.ingest.problems import InputProblem, Reporter
from kg.query.analytics import resolve_entity
from kg.query.sparql import run_query
from kg.records import CERTAINTIES, ENTITY_CLASSES, RELATIONS, Document, Fact
from kg.render.export import export_graph

#: Every code point, lone surrogates included (hypothesis leaves them out by default).
ANY_CHAR = st.characters(codec=None, exclude_categories=())

#: Characters that end strings and IRIs, or that IRIs must not hold.
NASTY = (
    "\"'<>\\#}{|^`%_ \n\r\t\x00\x01\x08\x0b\x0c\x1b\x7f\x85"
    "\u2028\u2029\u200b\u200f\u202e\ufeff\ufffe\uffff"
)
NAME_CHAR = st.one_of(
    st.sampled_from(NASTY),
    st.sampled_from("AbÉßΩжאב百度🤖\u0301\ud800\udfff"),
    ANY_CHAR,
    st.characters(min_codepoint=0xE0000, max_codepoint=0xE0FFF),  # outside RFC 3987 ucschar
)

#: Pieces that make the extractor find facts, mixed with hostile glue.
PIECES = st.sampled_from(
    [
        "Microsoft",
        "OpenAI",
        "Nvidia",
        "Anthropic",
        "Amazon",
        "Google",
        "Sam Altman",
        " invested $10 billion in ",
        " acquired ",
        " partnered with ",
        " reportedly plans to buy ",
        " uses ",
        "'s ",
        " CEO ",
        ". ",
        ".",
        "\n\n",
        "\r\n",
        "\u200f",
        "\u202e",
        "\x00",
        "\ufeff",
        "\ud800",
        "🤖",
        '"',
        "<script>",
        "} ; DROP ALL ; #",
        "\\",
        "Ελληνικά ",
        "百度 ",
    ]
)

ARTICLE_TEXT = st.one_of(
    st.lists(st.one_of(PIECES, st.text(ANY_CHAR, max_size=12)), max_size=40).map("".join),
    st.text(ANY_CHAR, min_size=1, max_size=300),
    st.builds(lambda c, n: c * n, ANY_CHAR, st.integers(200, 3000)),
    st.builds(
        lambda a, b: f"Microsoft invested in {a} and {b}.",
        st.text(string.ascii_letters, min_size=250, max_size=1200),
        st.text(string.punctuation, min_size=1, max_size=80),
    ),
    st.text(string.punctuation, min_size=1, max_size=200),
)

#: The explain phase reruns a failing case a hundred times: too slow here.
NO_EXPLAIN = (Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink)


#: ``make fuzz`` multiplies every property's case count by this (1 in the test suite).
FUZZ_SCALE = max(1, int(os.environ.get("KG_FUZZ_SCALE", "1") or 1))


def examples(n: int) -> Any:
    """Hypothesis settings: ``n`` cases (times ``KG_FUZZ_SCALE``), no deadline, no
    example database in the repo."""
    return settings(
        max_examples=n * FUZZ_SCALE,
        deadline=None,
        phases=NO_EXPLAIN,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


XSD_DECIMAL = URIRef("http://www.w3.org/2001/XMLSchema#decimal")

#: What an IRI in an N-Triples/Turtle/SPARQL IRIREF must not contain.
BAD_IRI_CHARS = re.compile(r'[\x00-\x20<>"{}|^`\\\x7f-\x9f]')


@pytest.fixture(scope="session")
def extractor() -> Any:
    """One Extractor (and spaCy pipeline) for every example."""
    from kg.extract.pipeline import Extractor

    return Extractor()


def _documents_from_jsonl(text: str, title: str) -> tuple[list[Document], list[InputProblem]]:
    """``text`` as one JSONL line, escaped as a stranger's JSON would be (``\\ud800``)."""
    line = json.dumps({"id": title, "title": title, "text": text}, ensure_ascii=True)
    problems: list[InputProblem] = []
    docs = list(read_jsonl([line], Reporter("<property>", problems.append)))
    return docs, problems


@pytest.mark.slow
@pytest.mark.xdist_group("spacy")
@examples(40)
@given(text=ARTICLE_TEXT, title=st.text(NAME_CHAR, max_size=20))
def test_build_any_text_never_crashes_and_validates(extractor: Any, text: str, title: str) -> None:
    docs, problems = _documents_from_jsonl(text, title)
    if not docs:  # blank text: reported as a problem, never raised
        assert problems and not text.strip()
        return
    (doc,) = docs
    facts = extractor.extract(doc)
    for fact in facts:
        assert 0 <= fact.start <= fact.end <= len(doc.text)
        assert fact.relation in RELATIONS
    with open_store("memory") as store:
        added = store.add_document(doc, facts)
        assert added == store.triple_count() > 0
        conforms, report = validate_graph(store.graph)
    assert conforms, report


# ---------------------------------------------------------------------------
# Hand-built facts: names with every nasty character
# ---------------------------------------------------------------------------

NAME = st.text(NAME_CHAR, min_size=1, max_size=24).filter(lambda s: s.strip() != "")
OPTIONAL_TEXT = st.none() | st.text(NAME_CHAR, max_size=16)


@st.composite
def documents_with_facts(draw: st.DrawFn) -> tuple[Document, list[Fact]]:
    text = draw(st.text(NAME_CHAR, min_size=1, max_size=60))
    doc = Document(
        text=text,
        id=draw(st.text(NAME_CHAR, max_size=16)),
        title=draw(OPTIONAL_TEXT),
        url=draw(st.none() | st.sampled_from(['https://ex.com/a b"<>{}', "http://x/\u00e9?q=1#f"])),
        source=draw(st.none() | st.text(NAME_CHAR, min_size=1, max_size=16)),
        date=draw(st.none() | st.sampled_from(["2025-01-21", "2025-02-30", "21/01/2025"])),
        feed=draw(OPTIONAL_TEXT),
    )
    facts = []
    for _ in range(draw(st.integers(1, 3))):
        sentence = draw(st.text(NAME_CHAR, max_size=40))
        start = draw(st.integers(0, 50))
        facts.append(
            Fact(
                doc=doc.id,
                subject=draw(NAME),
                subject_class=draw(st.sampled_from(ENTITY_CLASSES)),
                relation=draw(st.sampled_from(RELATIONS)),
                object=draw(NAME),
                object_class=draw(st.sampled_from(ENTITY_CLASSES)),
                sentence=sentence,
                start=start,
                end=start + len(sentence),
                certainty=draw(st.sampled_from(CERTAINTIES)),
                amount=draw(OPTIONAL_TEXT),
                date=draw(OPTIONAL_TEXT),
                confidence=draw(st.floats(0, 1)),
                subject_aliases=tuple(draw(st.lists(NAME, max_size=2))),
                object_aliases=tuple(draw(st.lists(NAME, max_size=2))),
            )
        )
    return doc, facts


def _iris(graph: Graph) -> set[str]:
    out = set()
    for triple in graph:
        for term in triple:
            if isinstance(term, URIRef):
                out.add(str(term))
            dt = getattr(term, "datatype", None)
            if dt is not None:
                out.add(str(dt))
    return out


@examples(150)
@given(name=NAME)
def test_entity_iri_any_name_is_a_valid_iri(name: str) -> None:
    iri = str(entity_iri(clean_text(name)))
    assert not BAD_IRI_CHARS.search(iri), iri
    assert pyoxigraph.NamedNode(iri).value == iri
    segment = slug(clean_text(name))
    assert segment not in ("", ".", "..")
    assert "/" not in segment and "?" not in segment and "#" not in segment


@examples(150)
@given(a=NAME, b=NAME)
def test_entity_iri_different_names_never_share_an_iri(a: str, b: str) -> None:
    import unicodedata

    a, b = clean_text(a), clean_text(b)
    assume(unicodedata.normalize("NFC", a) != unicodedata.normalize("NFC", b))
    assert entity_iri(a) != entity_iri(b)


#: Export format -> (rdflib parser, pyoxigraph format).
EXPORTS = {
    "turtle": ("turtle", pyoxigraph.RdfFormat.TURTLE),
    "nt": ("nt", pyoxigraph.RdfFormat.N_TRIPLES),
    "jsonld": ("json-ld", pyoxigraph.RdfFormat.JSON_LD),
    "trig": ("trig", pyoxigraph.RdfFormat.TRIG),
}


def _plain(graph: Graph) -> Graph:
    """A copy of ``graph`` with ``xsd:string`` literals written as plain literals."""
    out = Graph()
    out += ((s, p, plain_literal(o)) for s, p, o in graph)
    return out


def _canonical_decimals(graph: Graph) -> Graph:
    """``graph`` with xsd:decimal literals in XSD 1.1 canonical form ("1.0" -> "1")."""
    out = Graph()
    for s, p, o in graph:
        if isinstance(o, Literal) and o.datatype == XSD_DECIMAL:
            o = Literal(format(Decimal(str(o)).normalize(), "f"), datatype=XSD_DECIMAL)
        out.add((s, p, o))
    return out


def _parse_back(text: str, fmt: str) -> Graph:
    parser = EXPORTS[fmt][0]
    if fmt == "trig":
        ds = Dataset()
        ds.parse(data=text, format="trig")
        g = Graph()
        for s, p, o, _ in ds.quads((None, None, None, None)):
            g.add((s, p, o))
        return _plain(g)
    g = Graph()
    g.parse(data=text, format=parser)
    return _plain(g)


@examples(60)
@given(items=st.lists(documents_with_facts(), min_size=1, max_size=3))
def test_export_any_names_round_trip_in_every_format(
    items: list[tuple[Document, list[Fact]]],
) -> None:
    with open_store("memory") as store:
        store.add_documents(items)
        # rdflib writes an xsd:decimal "0" as the shorthand 0.0: same value, other lexical form.
        reference = _canonical_decimals(_plain(store.graph))
        for iri in _iris(reference):
            assert not BAD_IRI_CHARS.search(iri), iri
            pyoxigraph.NamedNode(iri)
        for fmt, (_, ox_format) in EXPORTS.items():
            text = export_graph(store, fmt, None)
            assert text is not None
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                back = _canonical_decimals(_parse_back(text, fmt))
            assert isomorphic(back, reference), fmt
            quads = list(pyoxigraph.parse(text.encode("utf-8"), format=ox_format))
            assert len(quads) == len(reference), fmt


@pytest.fixture(scope="module")
def embedded_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KGStore]:
    """One embedded store for a whole property (cleared for each case)."""
    with open_store(str(tmp_path_factory.mktemp("embedded") / "store")) as store:
        yield store


@examples(40)
@given(items=st.lists(documents_with_facts(), min_size=1, max_size=3))
def test_export_embedded_store_matches_memory_in_every_format(
    embedded_store: KGStore, items: list[tuple[Document, list[Fact]]]
) -> None:
    """The embedded store's own serializer writes the same graph as the memory store."""
    with open_store("memory") as memory:
        memory.add_documents(items)
        # Compared by value: rdflib may write a canonical decimal "0" back as 0.0.
        reference = _canonical_decimals(_plain(memory.graph))
    embedded_store.clear()
    embedded_store.add_documents(items)
    for fmt, (_, ox_format) in EXPORTS.items():
        text = export_graph(embedded_store, fmt, None)
        assert text is not None
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            back = _canonical_decimals(_parse_back(text, fmt))
        assert isomorphic(back, reference), fmt
        quads = list(pyoxigraph.parse(text.encode("utf-8"), format=ox_format))
        assert len(quads) == len(reference), fmt


@pytest.mark.parametrize("confidence", [0.0, 1.0])
def test_confidence_decimal_is_canonical(confidence: float, tmp_path: Path) -> None:
    doc = Document(text="t", id="d")
    fact = Fact(
        doc="d",
        subject="A",
        subject_class="Organization",
        relation="invests_in",
        object="B",
        object_class="Organization",
        sentence="t",
        start=0,
        end=1,
        confidence=confidence,
    )
    found = {}
    for spec in ("memory", str(tmp_path / "store")):
        with open_store(spec) as store:
            store.add_document(doc, [fact])
            res = store.query("SELECT ?c WHERE { ?ev kgo:confidence ?c }")
            found[spec] = [str(row[Variable("c")]) for row in res.bindings]
    assert len(set(map(tuple, found.values()))) == 1, found


@examples(60)
@given(items=st.lists(documents_with_facts(), min_size=1, max_size=2))
def test_store_any_hand_built_facts_validate(items: list[tuple[Document, list[Fact]]]) -> None:
    with open_store("memory") as store:
        store.add_documents(items)
        conforms, report = validate_graph(store.graph)
    assert conforms, report


@examples(80)
@given(name=NAME.filter(lambda s: s == s.strip() and s.lower() != "zeta target"))
def test_resolve_entity_finds_any_stored_name(name: str) -> None:
    doc = Document(text="t", id="d")
    fact = Fact(
        doc="d",
        subject=name,
        subject_class="Organization",
        relation="invests_in",
        object="Zeta Target",
        object_class="Organization",
        sentence="t",
        start=0,
        end=1,
    )
    with open_store("memory") as store:
        store.add_document(doc, [fact])
        found = resolve_entity(store.graph, clean_text(name))
    assert found == str(entity_iri(clean_text(name)))


@pytest.mark.parametrize("name", ["\u845b\U000e0100\u57ce", "Model X\U000e01ef"])
def test_entity_iri_plane14_mark_is_escaped(name: str, tmp_path: Path) -> None:
    iri = str(entity_iri(name))
    assert pyoxigraph.NamedNode(iri).value == iri
    doc = Document(text="t", id="d")
    fact = Fact(
        doc="d",
        subject=name,
        subject_class="Organization",
        relation="invests_in",
        object="OpenAI",
        object_class="Organization",
        sentence="t",
        start=0,
        end=1,
    )
    with open_store(str(tmp_path / "store")) as store:
        assert store.add_document(doc, [fact]) > 0


#: JSON Lines a stranger could send: lone surrogates as escapes, NUL, bidi marks, a huge
#: token, punctuation only, and lines that are not documents at all.
HOSTILE_JSONL = [
    '{"id": "s1", "text": "Microsoft invested $10 billion in OpenAI \\ud800 today."}',
    '{"id": "s2", "text": "\\udfff\\ud800 Nvidia acquired Mellanox.\\u0000"}',
    '{"id": "s3", "text": "\\u202eAnthropic partnered with Amazon.\\u200f\\ufeff"}',
    '{"id": "s4", "text": "' + "A" * 5000 + ' Google acquired DeepMind."}',
    '{"id": "s5", "text": "!!! ??? ... ;;; }}} \\"\\"\\" <<< >>>"}',
    '{"id": "\\" } ; DROP ALL ; #", "title": "<script>", "text": "Meta uses Llama."}',
    '{"id": "s7", "text": "   "}',
    '{"id": "s8"}',
    "[1, 2, 3]",
    "not json at all \\ud800",
    '{"id": "s11", "text": "Microsoft invested in OpenAI.", "date": "2025-02-30"}',
]


@pytest.mark.slow
@pytest.mark.xdist_group("spacy")
def test_build_graph_hostile_jsonl_lands_good_lines_and_validates(tmp_path: Path) -> None:
    from kg.pipeline import build_graph

    path = tmp_path / "hostile.jsonl"
    path.write_text("\n".join(HOSTILE_JSONL) + "\n", encoding="utf-8")
    store = str(tmp_path / "store")
    lines: list[str] = []
    summary = build_graph([str(path)], store, log=lines.append, progress=False)
    assert summary.documents == 7
    assert summary.failed == 4, lines
    assert all(line.startswith(str(path)) for line in lines), lines
    with open_store(store, create=False, read_only=True) as st:
        conforms, report = validate_graph(st.graph)
        assert conforms, report
        assert summary.triples == st.triple_count() > 0
        for doc_id in ("s1", "s2", "s3", "s4", "s5", '" } ; DROP ALL ; #', "s11"):
            res = st.query("ASK { ?d a kgo:Document ; dcterms:identifier ?id }", {"id": doc_id})
            assert res.askAnswer, doc_id


# ---------------------------------------------------------------------------
# Bound values and stored labels on every store
# ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def every_store(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[list[KGStore]]:
    """A memory, an embedded and a remote store, open for the whole module."""
    server = request.getfixturevalue("oxigraph_server")
    server.reset()
    folder = tmp_path_factory.mktemp("every") / "store"
    stores = [open_store("memory"), open_store(str(folder)), open_store(server.query_url)]
    try:
        yield stores
    finally:
        for store in stores:
            store.close()


@pytest.mark.server
@examples(100)
@given(text=st.text(ANY_CHAR, max_size=40))
def test_bound_value_comes_back_unchanged_on_every_store(
    every_store: list[KGStore], text: str
) -> None:
    value = clean_text(text)
    for store in every_store:
        result = run_query(store, "SELECT ?x WHERE { }", bindings={"x": value})
        assert result.rows == [{"x": value}], store.kind


@pytest.mark.server
@examples(40)
@given(name=NAME)
def test_stored_name_reads_back_by_label_on_every_store(
    every_store: list[KGStore], name: str
) -> None:
    doc = Document(text="text about " + name, id="d " + name)
    fact = Fact(
        doc=doc.id,
        subject=name,
        subject_class="Organization",
        relation="invests_in",
        object="Zeta Target",
        object_class="Organization",
        sentence=name,
        start=0,
        end=len(name),
    )
    label = clean_text(name)
    for store in every_store:
        store.clear()
        store.add_document(doc, [fact])
        rows = run_query(
            store,
            "SELECT ?e ?s WHERE { ?e rdfs:label ?name . ?ev kgo:sentence ?s }",
            bindings={"name": label},
        ).rows
        assert rows == [{"e": str(entity_iri(label)), "s": label}], store.kind
