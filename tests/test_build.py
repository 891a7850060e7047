"""The build pipeline with the real extractor and real stores: replace and append,
idempotence, forget, large and bad inputs, interrupted builds, metadata in the graph."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from kg.graph.store import open_store
from kg.pipeline import BuildSummary, build_graph
from kg.progress import BuildProgress
from kg.records import Document, content_hash

pytestmark = pytest.mark.xdist_group("spacy")

PREFIXES = """
PREFIX kgo: <https://w3id.org/ai-industry-kg/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX schema: <https://schema.org/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""

INVEST = "Microsoft invested $10 billion in OpenAI."
ACQUIRE = "Apple acquired Shazam in 2018."
PARTNER = "Nvidia partnered with Microsoft on chips."


@pytest.fixture(scope="session", autouse=True)
def spacy_pipeline() -> Any:
    """Load the spaCy pipeline once per worker; the extractor reuses the cached one."""
    from kg.extract.nlp import load_pipeline

    return load_pipeline()


def build(inputs: Iterable[Any], store: Path, **kwargs: Any) -> tuple[BuildSummary, list[str]]:
    """Build through the library; returns the summary and the problem lines logged."""
    lines: list[str] = []
    summary = build_graph(inputs, str(store), log=lines.append, progress=False, **kwargs)
    return summary, [line for line in lines if not line.startswith("progress: ")]


def write(path: Path, text: str) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return str(path)


def facts_in(store: Path) -> set[tuple[str, str, str]]:
    """(subject label, relation, object label) of every fact in the store."""
    query = (
        PREFIXES
        + """
    SELECT ?s ?p ?o WHERE {
      ?ev a kgo:Evidence ; rdf:subject ?si ; rdf:predicate ?pi ; rdf:object ?oi .
      ?si ?pi ?oi .
      ?si rdfs:label ?s . ?oi rdfs:label ?o .
      BIND (STRAFTER(STR(?pi), "#") AS ?p)
    }"""
    )
    with open_store(str(store), create=False, read_only=True) as st:
        return {(s, p, o) for s, p, o in rows(st, query)}


def rows(st: Any, query: str) -> list[tuple[str, ...]]:
    """SELECT results as tuples of strings, in the order of the query's variables."""
    result = st.query(query)
    return [tuple(str(b[v]) for v in result.vars) for b in result.bindings]


def triple_count(store: Path) -> int:
    with open_store(str(store), create=False, read_only=True) as st:
        return st.triple_count()


def has_document(store: Path, text: str) -> bool:
    with open_store(str(store), create=False, read_only=True) as st:
        return st.has_document(content_hash(text))


def test_build_graph_finds_facts_and_counts_them(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write(corpus / "a.txt", INVEST)
    write(corpus / "b.txt", ACQUIRE)
    summary, lines = build([str(corpus)], tmp_path / "store")
    assert lines == []
    assert (summary.documents, summary.skipped, summary.failed) == (2, 0, 0)
    found = facts_in(tmp_path / "store")
    assert ("Microsoft", "invests_in", "OpenAI") in found
    assert ("Apple", "acquires", "Shazam") in found
    assert summary.facts >= 2
    assert summary.entities >= 4
    assert summary.triples == triple_count(tmp_path / "store")
    assert summary.describe().startswith("2 documents read, 0 skipped, 0 failed; ")
    assert summary.describe().endswith(f"triples in {tmp_path / 'store'}")


def test_build_graph_twice_gives_same_graph_without_duplicate_evidence(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write(corpus / "a.txt", f"{INVEST} {ACQUIRE}")
    write(corpus / "b.md", f"# Deals\n\n{INVEST}\n\n{PARTNER}")
    store = tmp_path / "store"
    first, _ = build([str(corpus)], store)
    facts = facts_in(store)
    second, _ = build([str(corpus)], store)
    assert second.triples == first.triples == triple_count(store)
    assert facts_in(store) == facts
    query = (
        PREFIXES
        + """
    SELECT ?doc ?s ?p ?o (COUNT(?ev) AS ?n) WHERE {
      ?ev prov:wasDerivedFrom ?doc ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
    } GROUP BY ?doc ?s ?p ?o HAVING (COUNT(?ev) > 1)"""
    )
    with open_store(str(store), create=False, read_only=True) as st:
        assert list(st.query(query)) == []


def test_build_graph_append_adds_and_skips_stored_documents(tmp_path: Path) -> None:
    a = write(tmp_path / "a.txt", INVEST)
    b = write(tmp_path / "b.txt", ACQUIRE)
    store = tmp_path / "store"
    build([a], store)
    summary, _ = build([b, a], store, append=True)
    assert (summary.documents, summary.skipped) == (2, 1)
    found = facts_in(store)
    assert ("Microsoft", "invests_in", "OpenAI") in found
    assert ("Apple", "acquires", "Shazam") in found
    replaced, _ = build([b], store)
    assert ("Microsoft", "invests_in", "OpenAI") not in facts_in(store)
    assert replaced.replaced


def test_build_graph_append_creates_missing_store(tmp_path: Path) -> None:
    summary, _ = build([write(tmp_path / "a.txt", INVEST)], tmp_path / "new" / "store", append=True)
    assert summary.triples > 0
    assert has_document(tmp_path / "new" / "store", INVEST)


def test_build_graph_duplicate_documents_in_one_run_processed_once(tmp_path: Path) -> None:
    a = write(tmp_path / "a.txt", INVEST)
    copy = write(tmp_path / "copy.txt", INVEST + "\n")
    summary, _ = build([a, copy, a], tmp_path / "store")
    assert (summary.documents, summary.skipped) == (3, 2)


def test_forget_keeps_facts_another_document_supports(tmp_path: Path) -> None:
    from kg import api

    one = write(tmp_path / "one.txt", INVEST)
    two = write(tmp_path / "two.txt", f"{INVEST} {ACQUIRE}")
    store = tmp_path / "store"
    build([one, two], store)
    assert ("Apple", "acquires", "Shazam") in facts_in(store)
    removed = api.forget(two, str(store))
    assert removed >= 1
    found = facts_in(store)
    assert ("Microsoft", "invests_in", "OpenAI") in found
    assert ("Apple", "acquires", "Shazam") not in found
    assert not has_document(store, f"{INVEST} {ACQUIRE}")
    assert has_document(store, INVEST)


def test_build_graph_two_megabyte_document(tmp_path: Path) -> None:
    # A page with a 2 MB encoded blob between two facts (cheap to parse, but
    # several extraction chunks): both facts land, the last one past 2 MB.
    blob_line = "iVBORw0KGgoAAAANSUhEUgAAA" * 7 + "\n"
    text = f"{INVEST}\n\n" + blob_line * (2_000_000 // len(blob_line) + 1) + f"\n{ACQUIRE}"
    assert len(text.encode("utf-8")) > 2_000_000
    big = write(tmp_path / "big.txt", text)
    summary, lines = build([big], tmp_path / "store")
    assert lines == []
    assert (summary.documents, summary.failed) == (1, 0)
    found = facts_in(tmp_path / "store")
    assert ("Microsoft", "invests_in", "OpenAI") in found
    assert ("Apple", "acquires", "Shazam") in found


def test_cli_build_folder_with_bad_files_lands_good_ones_and_exits_1(tmp_path: Path) -> None:
    from kg.cli.main import cli

    corpus = tmp_path / "corpus"
    write(corpus / "good.txt", INVEST)
    write(corpus / "news.jsonl", json.dumps({"text": ACQUIRE}) + "\nnot json\n")
    write(corpus / "empty.md", "")
    (corpus / "blob.txt").write_bytes(b"\x00\x01binary\x00")
    write(corpus / "feed.xml", "<rss><channel><title>x")
    store = tmp_path / "store"
    result = CliRunner().invoke(cli, ["build", str(corpus), "--store", str(store)])
    assert result.exit_code == 1, result.output
    problems = result.stderr.splitlines()
    assert f"{corpus / 'news.jsonl'}:2: not JSON: Expecting value (column 1)" in problems
    for name in ("empty.md", "blob.txt", "feed.xml"):
        assert any(line.startswith(f"{corpus / name}:") for line in problems), name
    assert "5 failed" not in result.stdout
    assert result.stdout.startswith("2 documents read, 0 skipped, 4 failed; ")
    assert has_document(store, INVEST)
    assert has_document(store, ACQUIRE)


def test_cli_build_only_missing_input_keeps_previous_graph(tmp_path: Path) -> None:
    from kg.cli.main import cli

    store = tmp_path / "store"
    build([write(tmp_path / "a.txt", INVEST)], store)
    before = triple_count(store)
    result = CliRunner().invoke(cli, ["build", str(tmp_path / "absent.txt"), "--store", str(store)])
    assert result.exit_code == 1
    assert f"{tmp_path / 'absent.txt'}: no such file or directory" in result.stderr
    assert triple_count(store) == before


def test_cli_build_reads_jsonl_from_stdin(tmp_path: Path) -> None:
    from kg.cli.main import cli

    store = tmp_path / "store"
    lines = [json.dumps({"id": "s1", "text": INVEST}), json.dumps({"id": "s2", "text": ACQUIRE})]
    result = CliRunner().invoke(
        cli, ["build", "-", "--store", str(store)], input="\n".join(lines) + "\n"
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("2 documents read, 0 skipped, 0 failed; ")
    assert has_document(store, INVEST)
    assert has_document(store, ACQUIRE)


class Boom(Exception):
    pass


def failing_source(docs: list[Document], error: BaseException) -> Iterator[Document]:
    yield from docs
    raise error


@pytest.mark.parametrize("error", [Boom("disk on fire"), KeyboardInterrupt()])
def test_build_graph_failing_midway_leaves_previous_store_intact(
    tmp_path: Path, error: BaseException
) -> None:
    store = tmp_path / "store"
    build([write(tmp_path / "a.txt", INVEST)], store)
    before = (triple_count(store), facts_in(store))
    docs = [Document(ACQUIRE, source="gen-1"), Document(PARTNER, source="gen-2")]
    with pytest.raises(type(error)):
        build(failing_source(docs, error), store)
    assert (triple_count(store), facts_in(store)) == before
    assert not has_document(store, ACQUIRE)
    # The store is still usable for the next build.
    summary, _ = build([*docs], store, append=True)
    assert summary.skipped == 0
    assert has_document(store, ACQUIRE)


def test_build_graph_accepts_document_generator(tmp_path: Path) -> None:
    docs = (Document(t, id=f"g{i}") for i, t in enumerate([INVEST, ACQUIRE]))
    summary, _ = build([*docs], tmp_path / "store")
    assert summary.documents == 2
    assert ("Apple", "acquires", "Shazam") in facts_in(tmp_path / "store")


def test_build_graph_document_metadata_reaches_the_graph(tmp_path: Path) -> None:
    records = [
        {
            "id": "old",
            "text": INVEST,
            "date": "2024-06-01",
            "url": "https://wire.example/old",
            "feed": "Wire",
        },
        {
            "id": "new",
            "text": ACQUIRE,
            "date": "2025-02-01",
            "url": "https://paper.example/new",
            "title": "Apple buys Shazam",
        },
        {"id": "newer", "text": PARTNER, "date": "2025-05-20"},
    ]
    news = write(tmp_path / "news.jsonl", "\n".join(json.dumps(r) for r in records) + "\n")
    store = tmp_path / "store"
    build([news], store)
    since = (
        PREFIXES
        + """
    SELECT DISTINCT ?s ?p ?o WHERE {
      ?ev prov:wasDerivedFrom ?doc ; rdf:subject ?si ; rdf:predicate ?pi ; rdf:object ?oi .
      ?doc dcterms:date ?date .
      FILTER (?date >= "2025-01-01"^^xsd:date)
      ?si rdfs:label ?s . ?oi rdfs:label ?o .
      BIND (STRAFTER(STR(?pi), "#") AS ?p)
    }"""
    )
    outlet = (
        PREFIXES
        + """
    SELECT ?outlet ?url ?title ?path WHERE {
      ?ev prov:wasDerivedFrom ?doc ; rdf:predicate kgo:acquires .
      ?doc dcterms:source ?outlet ; schema:url ?url ; dcterms:title ?title ;
           kgo:sourcePath ?path ; dcterms:identifier "new" .
    }"""
    )
    with open_store(str(store), create=False, read_only=True) as st:
        recent = {(s, p, o) for s, p, o in rows(st, since)}
        [(source, url, title, path)] = rows(st, outlet)
        wire = list(
            st.query(PREFIXES + 'ASK { ?d dcterms:identifier "old" ; dcterms:source "Wire" }')
        )
    assert ("Apple", "acquires", "Shazam") in recent
    assert not any(s == "Microsoft" and p == "invests_in" for s, p, _ in recent)
    assert any(p == "partners_with" for _, p, _ in recent)
    assert (source, url, title, path) == (
        "paper.example",
        "https://paper.example/new",
        "Apple buys Shazam",
        news,
    )
    assert wire == [True]


def test_build_graph_progress_bar_still_logs_problem_lines(tmp_path: Path) -> None:
    lines: list[str] = []
    absent = tmp_path / "absent.txt"
    summary = build_graph(
        [write(tmp_path / "a.txt", INVEST), str(absent)],
        str(tmp_path / "store"),
        progress=True,
        log=lines.append,
    )
    assert (summary.documents, summary.failed) == (1, 1)
    assert lines == [f"{absent}: no such file or directory"]


def test_build_progress_logs_every_n_documents_not_each() -> None:
    lines: list[str] = []
    with BuildProgress(False, lines.append, every_documents=10, every_seconds=3600) as shown:
        for n in range(1, 36):
            shown.update(n, facts=2 * n)
    assert len(lines) == 3
    assert lines[0].startswith("progress: 10 documents (")
    assert lines[0].endswith("/s), 20 facts")


@pytest.mark.parametrize(
    ("summary", "expected"),
    [
        (
            BuildSummary(
                "output/store", documents=12, failed=1, facts=87, entities=61, triples=1204
            ),
            "12 documents read, 0 skipped, 1 failed; 87 facts (61 entities), "
            "1,204 triples in output/store",
        ),
        (
            BuildSummary(
                "memory", documents=1, skipped=1, warnings=2, facts=1, entities=1, triples=1
            ),
            "1 document read, 1 skipped, 0 failed, 2 warnings; "
            "1 fact (1 entity), 1 triple in memory",
        ),
    ],
)
def test_build_summary_describe_is_one_line(summary: BuildSummary, expected: str) -> None:
    assert summary.describe() == expected


def test_build_progress_shows_how_far_a_long_document_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kg.extract.pipeline as extraction

    # Small sections, so a short text is a long document in several sections.
    monkeypatch.setattr(extraction, "CHUNK_CHARS", 1_000)
    monkeypatch.setattr(extraction, "SECTION_CHARS", 2_000)
    text = ("Microsoft invested in OpenAI. " * 300).strip()
    path = tmp_path / "long.txt"
    path.write_text(text)
    lines: list[str] = []
    summary = build_graph([str(path)], "memory", progress=False, log=lines.append)
    assert summary.facts == 1
    shares = [line for line in lines if line.startswith(f"progress: {path}: ")]
    assert shares, lines
    assert shares[-1] == f"progress: {path}: 100% of {len(text):,} characters"


def test_build_progress_section_lines_are_rate_limited() -> None:
    lines: list[str] = []
    with BuildProgress(False, lines.append, every_seconds=3600) as shown:
        for done in range(0, 1000, 100):
            shown.section("doc", done, 1000)
        shown.section("doc", 1000, 1000)
        shown.section("doc", 1000, 1000)
    assert lines == ["progress: doc: 100% of 1,000 characters"]
