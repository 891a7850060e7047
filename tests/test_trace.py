"""Tracing facts to their articles from the terminal: sources in `kg extract`,
evidence under `kg neighbors`/`kg path`, `kg show`, notes when a filter drops
everything."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import RDF

from kg.cli.main import cli
from kg.graph.store import open_store
from tests.conftest import sample_documents


def run(*args: str, columns: str | None = "80") -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), env={"COLUMNS": columns})
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
    code, out, err = run("extract", str(article), "--format", "table", columns=None)
    assert code == 0, err
    assert out.splitlines()[-1] == "1 fact"
    assert out.splitlines()[2].startswith(str(article))
    assert "1 document read" in err


@pytest.fixture
def store(tmp_path: Path) -> str:
    """An embedded store holding the two sample documents."""
    spec = str(tmp_path / "store")
    with open_store(spec) as st:
        st.add_documents(sample_documents())
    return spec


def facts_json(*args: str) -> list[dict]:
    code, out, err = run(*args, "--format", "json")
    assert code == 0, err
    return json.loads(out)


def by_key(records: list[dict]) -> dict[tuple[str, str, str], dict]:
    return {(r["subject"], r["relation"], r["object"]): r for r in records}


def test_neighbors_shows_the_best_evidence_of_each_fact(store: str) -> None:
    facts = by_key(facts_json("neighbors", "OpenAI", "--store", store))
    fact = facts[("Microsoft", "invests_in", "OpenAI")]
    assert fact["support"] == 2
    [best] = fact["evidence"]
    # The stated sentence wins over the reported one of equal confidence.
    assert best["source"] == "https://news.example.com/a"
    assert (best["date"], best["amount"], best["certainty"]) == (
        "2025-01-21",
        "$10 billion",
        "stated",
    )


def test_neighbors_evidence_all_lists_every_source(store: str) -> None:
    records = facts_json("neighbors", "OpenAI", "--store", store, "--evidence", "all")
    fact = by_key(records)[("Microsoft", "invests_in", "OpenAI")]
    assert [e["source"] for e in fact["evidence"]] == ["https://news.example.com/a", "corpus/b.txt"]


def test_neighbors_evidence_none_prints_bare_facts(store: str) -> None:
    code, out, err = run("neighbors", "Google", "--store", store, "--evidence", "none")
    assert (code, out, err) == (0, "Google -competes_with-> OpenAI\n", "")


def test_neighbors_text_fits_the_terminal_width(store: str) -> None:
    result = CliRunner().invoke(
        cli, ["neighbors", "OpenAI", "--store", store], env={"COLUMNS": "50"}
    )
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    # Fact lines and the command naming more evidence are whole; evidence is cut to fit.
    evidence = [line for line in lines if line.startswith("    ") and "kg show" not in line]
    assert evidence and all(len(line) <= 50 for line in evidence), lines
    assert "    https://news.example.com/a" in lines
    assert any(line.endswith("…") for line in lines)
    assert "    + 1 more sentence: kg show 'Microsoft invests_in OpenAI'" in lines


def test_path_hops_carry_their_evidence(store: str) -> None:
    hops = facts_json("path", "Google", "Microsoft", "--store", store)
    assert [(h["subject"], h["relation"], h["object"]) for h in hops] == [
        ("Google", "competes_with", "OpenAI"),
        ("Microsoft", "invests_in", "OpenAI"),
    ]
    assert hops[0]["evidence"][0]["sentence"] == "Google competes with OpenAI."
    assert hops[0]["evidence"][0]["source"] == "corpus/b.txt"


@pytest.mark.parametrize(
    "name",
    [
        "Microsoft invests_in OpenAI",
        "Microsoft -invests_in-> OpenAI",
        "microsoft corp. invests_in openai",
    ],
)
def test_show_fact_lists_every_sentence_with_its_source(store: str, name: str) -> None:
    [fact] = facts_json("show", name, "--store", store)
    assert {(e["sentence"], e["source"]) for e in fact["evidence"]} == {
        (
            "Microsoft will invest $10 billion in OpenAI, the companies said.",
            "https://news.example.com/a",
        ),
        ("Microsoft reportedly backs OpenAI.", "corpus/b.txt"),
    }


def test_show_symmetric_fact_in_either_order(store: str) -> None:
    [fact] = facts_json("show", "OpenAI competes_with Google", "--store", store)
    assert fact["evidence"][0]["sentence"] == "Google competes with OpenAI."


def test_show_entity_lists_its_facts_with_all_evidence(store: str) -> None:
    facts = by_key(facts_json("show", "Microsoft", "--store", store))
    assert len(facts[("Microsoft", "invests_in", "OpenAI")]["evidence"]) == 2


def test_show_missing_fact_is_a_usage_error_naming_it(store: str) -> None:
    code, _, err = run("show", "Microsoft acquires OpenAI", "--store", store)
    assert code == 2
    assert err == (
        "kg: error: no fact 'Microsoft acquires OpenAI' in the store: "
        "they are linked by invests_in, partners_with\n"
    )


@pytest.fixture
def undated_store(tmp_path: Path) -> str:
    """The sample documents plus one without a date: three facts, one undated."""
    from tests.conftest import make_doc, make_fact

    spec = str(tmp_path / "store")
    plain = make_doc("Oracle uses Nvidia.", source="notes/c.txt")
    with open_store(spec) as st:
        st.add_documents(sample_documents())
        st.add_document(plain, [make_fact(plain, "Oracle", "uses", "Nvidia")])
    return spec


def view_meta(html: Path) -> dict:
    import re

    data = re.search(
        r'<script type="application/json" id="kg-data">(.*?)</script>', html.read_text()
    )
    assert data is not None
    return json.loads(data[1])["meta"]


@pytest.mark.parametrize(
    ("options", "note"),
    [
        (
            ["--since", "2026-01-01"],
            "--since 2026-01-01 kept 0 of 4 facts: 1 fact has no date (their documents "
            "carry none), the latest document is dated 2025-01-21",
        ),
        (
            ["--min-confidence", "0.9"],
            "--min-confidence 0.9 kept 0 of 4 facts: the most confident evidence has "
            "confidence 0.7",
        ),
        (
            ["--since", "2025", "--min-support", "2"],
            "--min-support 2 kept 0 of 2 facts: the best-supported fact has 1 independent source",
        ),
    ],
)
def test_view_filter_that_drops_everything_says_why(
    undated_store: str, tmp_path: Path, options: list[str], note: str
) -> None:
    out = tmp_path / "v.html"
    code, stdout, err = run("view", "--store", undated_store, "-o", str(out), *options)
    assert code == 0
    assert stdout == f"wrote {out}\n"
    assert err == f"kg: {note}\n"
    meta = view_meta(out)
    assert (meta["shown_edges"], meta["notes"]) == (0, [note])


def test_view_filter_that_keeps_something_is_quiet(undated_store: str, tmp_path: Path) -> None:
    out = tmp_path / "v.html"
    code, _, err = run("view", "--store", undated_store, "-o", str(out), "--since", "2025-01")
    assert (code, err) == (0, "")
    meta = view_meta(out)
    assert (meta["shown_edges"], meta["notes"]) == (2, [])
    assert meta["filters"] == ["documents dated 2025-01 or later"]


@pytest.mark.parametrize(
    ("doc_date", "since", "kept"),
    [
        ("2025-09", "2025-09-15", True),
        ("2025-09", "2025-10", False),
        ("2025", "2025-06-01", True),
        ("2024-12-31", "2025", False),
        ("2025-01-21", "2025-01-21", True),
        (None, "2020", False),
    ],
)
def test_dated_since_compares_at_the_coarser_precision(
    doc_date: str | None, since: str, kept: bool
) -> None:
    from kg.render.view import dated_since

    assert dated_since(doc_date, since) is kept


def document_rows(store: str) -> dict[str, dict]:
    """Source path or URL -> the document's title, date literal and comment, read back."""
    from rdflib import Literal

    rows: dict[str, dict] = {}
    with open_store(store, create=False, read_only=True) as st:
        result = st.query(
            """PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX kgo: <https://w3id.org/ai-industry-kg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX schema: <http://schema.org/>
            PREFIX schemas: <https://schema.org/>
            SELECT ?url ?path ?title ?date ?note WHERE {
              ?d a kgo:Document .
              OPTIONAL { ?d schema:url|schemas:url ?url } OPTIONAL { ?d kgo:sourcePath ?path }
              OPTIONAL { ?d dcterms:title ?title } OPTIONAL { ?d dcterms:date ?date }
              OPTIONAL { ?d rdfs:comment ?note } }"""
        )
        for url, path, title, date, note in result:
            assert date is None or isinstance(date, Literal)
            rows[str(url or path)] = {"title": title and str(title), "date": date, "note": note}
    return rows


@pytest.mark.xdist_group("spacy")
def test_build_keeps_month_and_year_precision_dates(tmp_path: Path) -> None:
    from rdflib.namespace import XSD

    news = tmp_path / "news.jsonl"
    lines = [
        {
            "url": f"https://example.com/{i}",
            "date": date,
            "text": f"Amazon invests in Anthropic {i}.",
        }
        for i, date in enumerate(["2025-09", "2025", "2025-09-04"])
    ]
    news.write_text("".join(json.dumps(line) + "\n" for line in lines))
    store = str(tmp_path / "store")
    code, _, err = run("build", str(news), "--store", store)
    assert code == 0, err
    assert "not a date" not in err
    dates = {src: row["date"] for src, row in document_rows(store).items()}
    assert {(str(d), d.datatype) for d in dates.values()} == {
        ("2025-09", XSD.gYearMonth),
        ("2025", XSD.gYear),
        ("2025-09-04", XSD.date),
    }
    code, _, err = run("validate", "--store", store)
    assert code == 0, err


@pytest.mark.xdist_group("spacy")
def test_build_text_titles_and_dateline_dates(tmp_path: Path) -> None:
    import os

    folder = tmp_path / "in"
    folder.mkdir()
    pasted = folder / "oracle-nvidia.txt"
    pasted.write_text(
        "EXCLUSIVE\nBy Jane Doe\nSAN FRANCISCO, Sept. 4, 2025\n"
        "Nvidia Deepens Ties With Oracle\n"
        "Oracle uses Nvidia chips in its cloud, the companies said.\n"
    )
    heading = folder / "aa.md"
    heading.write_text(
        "Kicker\n\n# Amazon and Anthropic\n\nAmazon will invest $4 billion in Anthropic.\n"
    )
    bare = folder / "amazon_anthropic-deal.txt"
    bare.write_text("Amazon will invest $4 billion in Anthropic, the companies said on Monday.\n")
    os.utime(bare, (1_700_000_000, 1_700_000_000))  # an mtime is never a publication date
    store = str(tmp_path / "store")
    code, _, err = run("build", str(folder), "--store", store)
    assert code == 0, err
    rows = document_rows(store)
    assert rows[str(pasted)]["title"] == "Nvidia Deepens Ties With Oracle"
    assert str(rows[str(pasted)]["date"]) == "2025-09-04"
    assert rows[str(pasted)]["note"] is not None  # marked as inferred
    assert rows[str(heading)]["title"] == "Amazon and Anthropic"
    assert (rows[str(heading)]["date"], rows[str(heading)]["note"]) == (None, None)
    assert rows[str(bare)]["title"] == "amazon anthropic deal"
    assert rows[str(bare)]["date"] is None
    [fact] = facts_json("show", "Oracle uses Nvidia", "--store", store)
    assert [(e["date"], e["date_inferred"]) for e in fact["evidence"]] == [("2025-09-04", True)]


def test_query_table_fits_the_terminal_width(store: str) -> None:
    query = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"
    result = CliRunner().invoke(cli, ["query", query, "--store", store], env={"COLUMNS": "60"})
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert all(len(line) <= 60 for line in lines), lines
    assert any(line.endswith("…") or "… " in line for line in lines)
    assert lines[-1].endswith("rows)")


def test_query_table_to_a_pipe_keeps_whole_cells(store: str) -> None:
    query = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"
    result = CliRunner().invoke(cli, ["query", query, "--store", store], env={"COLUMNS": None})
    assert result.exit_code == 0, result.stderr
    assert "Microsoft will invest $10 billion in OpenAI, the companies said." in result.stdout


@pytest.mark.parametrize(
    ("widths", "width", "expected"),
    [
        ([10, 30, 40], 60, [10, 23, 23]),
        ([10, 30, 40], 200, [10, 30, 40]),
        ([10, 10], 5, [8, 8]),  # no narrower than the floor
    ],
)
def test_render_table_narrows_the_widest_columns_first(
    widths: list[int], width: int, expected: list[int]
) -> None:
    from kg.table import render_table

    header = [f"c{i}" for i in range(len(widths))]
    row = ["x" * w for w in widths]
    text = render_table(header, [row], width=width)
    assert [len(cell) for cell in text.splitlines()[1].split("  ")] == expected


def test_store_lock_file_is_removed_once_free(store: str) -> None:
    lock = Path(store + ".lock")
    assert not lock.exists()  # the fixture's writer let go of it
    code, _, err = run("stats", "--store", store)
    assert (code, lock.exists()) == (0, False), err


def test_store_lock_file_stays_while_another_reader_holds_it(store: str) -> None:
    lock = Path(store + ".lock")
    with open_store(store, create=False, read_only=True):
        code, _, err = run("stats", "--store", store)
        assert code == 0, err
        assert lock.exists()
    assert not lock.exists()


def test_store_lock_left_by_a_killed_process_is_removed_by_the_next(store: str) -> None:
    lock = Path(store + ".lock")
    lock.write_text("")  # what a process killed while holding the lock leaves
    code, _, err = run("neighbors", "OpenAI", "--store", store, "--evidence", "none")
    assert (code, lock.exists()) == (0, False), err


def test_store_lock_waiter_follows_a_removed_lock_file(tmp_path: Path) -> None:
    import os
    import threading

    from kg.graph.lock import FileLock

    folder = tmp_path / "store"
    writer = FileLock(folder, exclusive=True, timeout=5)
    writer.acquire()
    reader = FileLock(folder, exclusive=False, timeout=60)
    waiting = threading.Thread(target=reader.acquire)
    waiting.start()
    writer.release()  # removes the file the reader may have opened
    waiting.join(timeout=60)
    assert reader._fh is not None
    assert os.fstat(reader._fh.fileno()).st_ino == os.stat(reader.path).st_ino
    reader.release()
    assert not reader.path.exists()


def test_store_lock_notices_its_file_was_replaced(tmp_path: Path) -> None:
    from kg.graph.lock import FileLock

    lock = FileLock(tmp_path / "store", exclusive=True, timeout=5)
    lock.acquire()
    assert lock._fh is not None and lock._still_at_path(lock._fh)
    lock.path.unlink()
    lock.path.write_text("")
    assert not lock._still_at_path(lock._fh)
    lock.release()
    assert lock.path.exists()  # not the file it locked: left for its holder


@pytest.mark.xdist_group("spacy")
def test_build_min_confidence_that_drops_every_fact_says_why(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Microsoft invested $10 billion in OpenAI, the companies said.\n")
    store = str(tmp_path / "store")
    code, out, err = run("build", str(article), "--store", store, "--min-confidence", "0.999")
    assert code == 0, err
    assert "0 facts" in out
    assert err.startswith("kg: --min-confidence 0.999 kept 0 of 1 fact: the most confident has")
    with open_store(store, create=False, read_only=True) as st:
        assert st.graph.value(predicate=RDF.subject) is None  # no evidence written


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By Jane Doe\nMarch 4, 2025\nAcme bought Foo.", "2025-03-04"),
        ("SAN FRANCISCO, Sept. 4, 2025 -- Acme said it bought Foo.", "2025-09-04"),
        ("Published on 4 March 2025 10:00 GMT\nAcme bought Foo.", "2025-03-04"),
        ("Updated: 2025-03-04\nAcme bought Foo.", "2025-03-04"),
        ("September 2025\nAcme bought Foo.", "2025-09"),
        # A sentence that mentions a date does not date the article.
        ("OpenAI was founded on December 11, 2015.\nIt grew.", None),
        ("OpenAI was founded on December 11, 2015 - and it grew.", None),
        ("Acme bought Foo.\nNo date here.", None),
    ],
)
def test_dateline_date_reads_only_datelines(text: str, expected: str | None) -> None:
    from kg.ingest.text import dateline_date

    assert dateline_date(text) == expected
