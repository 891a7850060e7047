"""Corroboration: near-duplicate copies of one story count as one independent source.

The articles below are written for these tests: a wire story, a lightly edited
copy of it (other headline, a few words changed), a different article about the
same deal, and an unrelated one.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from kg.graph.story import THRESHOLD, group, shingles, signature
from kg.query.analytics import fact_record, graph_stats, to_networkx
from kg.query.sparql import select
from kg.records import Document, Fact

WIRE = (
    "Nvidia said on Tuesday that it will invest $2 billion in Mistral AI, the French "
    "start-up that builds open language models. The investment was confirmed by both "
    "companies in a joint statement issued in Paris. Mistral AI plans to spend the money "
    "on computing clusters and on hiring engineers in Europe and North America over the "
    "coming eighteen months. People close to the deal said the round values the young "
    "company at about twelve billion dollars, more than double its price a year ago. The "
    "chip maker already supplies most of the processors that Mistral AI uses to train its "
    "systems, and executives at both firms described the agreement as a long term bet on "
    "sovereign computing in Europe. Several analysts said rival laboratories are also "
    "looking for fresh capital as the cost of training new models keeps rising. Shares of "
    "Nvidia were little changed in early trading in New York after the news."
)

#: The same wire story as a second outlet ran it: three words edited.
EDITED = (
    WIRE.replace("on Tuesday", "on Wednesday")
    .replace("hiring engineers", "recruiting engineers")
    .replace("Several analysts", "Many analysts")
)

#: Another outlet's own article about the same investment.
OWN_WORDS = (
    "Mistral AI has landed a two billion dollar cheque from Nvidia. Nvidia will invest "
    "$2 billion in Mistral AI, according to a filing seen by our reporters this week. "
    "The Paris company, founded by former researchers of large American laboratories, "
    "has grown quickly since it released its first model and now employs several hundred "
    "people. Its founders told us that the new money keeps the company independent and "
    "lets it compete for talent with far larger groups in California."
)

UNRELATED = (
    "The city council voted on Monday to extend the tram line to the northern suburbs, "
    "ending two years of debate about the cost of the project. Work is due to start next "
    "spring and the first trams should run before the end of the decade, officials said. "
    "Residents along the route have asked for more crossings and quieter rails at night."
)


def doc(text: str, ident: str, url: str, title: str) -> Document:
    return Document(text=text, id=ident, url=url, title=title, date="2026-03-03")


def wire() -> Document:
    return doc(WIRE, "wire-1", "https://wire.example.com/nvidia-mistral", "Nvidia backs Mistral")


def edited() -> Document:
    return doc(
        EDITED,
        "daily-7",
        "https://daily.example.org/tech/chip-giant-bets-on-paris",
        "Chip giant bets $2bn on Paris start-up",
    )


def own_words() -> Document:
    return doc(
        OWN_WORDS, "gazette-3", "https://gazette.example.net/mistral-cheque", "Mistral's cheque"
    )


def unrelated() -> Document:
    return doc(UNRELATED, "local-1", "https://local.example.com/trams", "Tram line extended")


def invests(d: Document) -> list[Fact]:
    """The fact the Mistral articles state (none for the unrelated one)."""
    if "Mistral" not in d.text:
        return []
    sentence = "Nvidia will invest $2 billion in Mistral AI"
    start = d.text.find("it will invest") if "it will invest" in d.text else d.text.find(sentence)
    return [
        Fact(
            d.id,
            "Nvidia",
            "Organization",
            "invests_in",
            "Mistral AI",
            "Organization",
            sentence,
            max(start, 0),
            max(start, 0) + len(sentence),
        )
    ]


def fact_of(graph: Any) -> dict[str, Any]:
    g = to_networkx(graph)
    edges = [(u, v) for u, v, k in g.edges(keys=True) if k == "invests_in"]
    assert len(edges) == 1, edges
    [(u, v)] = edges
    return fact_record(g, u, "invests_in", v)


# -- the similarity itself -----------------------------------------------------


def test_copies_are_similar_and_other_articles_are_not() -> None:
    from kg.graph.story import _decode

    def estimate(a: str, b: str) -> float:
        return float(_decode(signature(a)).jaccard(_decode(signature(b))))

    def exact(a: str, b: str) -> float:
        sa, sb = shingles(a), shingles(b)
        return len(sa & sb) / len(sa | sb)

    assert exact(WIRE, EDITED) >= THRESHOLD
    assert estimate(WIRE, EDITED) >= THRESHOLD
    assert estimate(WIRE, OWN_WORDS) < 0.2
    assert estimate(WIRE, UNRELATED) < 0.2
    assert signature("") is None
    assert signature(WIRE.upper()) == signature(WIRE)  # case and punctuation do not count


def test_group_names_each_story_after_its_smallest_hash_in_any_order() -> None:
    docs = [wire(), edited(), own_words(), unrelated()]
    sigs = {d.hash: signature(d.text) for d in docs}
    stories = group(sigs)
    assert stories[wire().hash] == stories[edited().hash] == min(wire().hash, edited().hash)
    assert stories[own_words().hash] == own_words().hash
    assert stories[unrelated().hash] == unrelated().hash
    items = list(sigs.items())
    for seed in range(5):
        random.Random(seed).shuffle(items)
        assert group(dict(items)) == stories


def test_a_chain_of_copies_is_one_story() -> None:
    """A copy of a copy joins the story even when it is further from the first."""
    second = EDITED.replace("little changed", "slightly higher").replace("Paris", "the capital")
    sigs = {h: signature(t) for h, t in (("a" * 64, WIRE), ("b" * 64, EDITED), ("c" * 64, second))}
    assert set(group(sigs).values()) == {"a" * 64}


# -- through the stores --------------------------------------------------------


def write_and_group(store: Any, docs: list[Document]) -> None:
    from kg.graph.story import assign_stories

    store.add_documents([(d, invests(d)) for d in docs])
    assign_stories(store)


def story_links(store: Any) -> set[tuple[str, str]]:
    rows = store.query(
        "SELECT ?d ?s WHERE { ?d <https://w3id.org/ai-industry-kg/ontology#story> ?s }"
    )
    return {(str(r[0]), str(r[1])) for r in rows}


@pytest.mark.server
def test_copies_of_one_story_count_once_with_every_url(store_spec: str) -> None:
    from kg.graph.store import open_store

    with open_store(store_spec, create=True) as store:
        write_and_group(store, [wire(), edited(), unrelated()])
        record = fact_of(store.graph)
        stats = graph_stats(store)
        [support] = select(store, "support").rows
        [listed] = select(store, "facts").rows
    assert (support["documents"], support["stories"], listed["support"]) == (2, 1, 1)
    assert record["support"] == 1
    assert len(record["evidence"]) == 2  # both copies' sentences are kept
    [source] = record["sources"]
    assert source["documents"] == 2
    assert {u for c in source["copies"] for u in c["urls"]} == {
        "https://wire.example.com/nvidia-mistral",
        "https://daily.example.org/tech/chip-giant-bets-on-paris",
    }
    assert {c["title"] for c in source["copies"]} == {
        "Nvidia backs Mistral",
        "Chip giant bets $2bn on Paris start-up",
    }
    assert (stats["documents"], stats["stories"]) == (3, 2)
    assert stats["facts_by_support"] == {"1": 1}
    [row] = stats["copies"]
    assert row["documents"] == 2
    assert "https://wire.example.com/nvidia-mistral" in row["outlets"]
    assert "https://daily.example.org/tech/chip-giant-bets-on-paris" in row["outlets"]


@pytest.mark.server
def test_different_articles_on_one_fact_count_twice(store_spec: str) -> None:
    from kg.graph.store import open_store

    with open_store(store_spec, create=True) as store:
        write_and_group(store, [wire(), own_words(), edited()])
        record = fact_of(store.graph)
    assert record["support"] == 2
    assert sorted(s["documents"] for s in record["sources"]) == [1, 2]


@pytest.mark.server
def test_stories_do_not_depend_on_the_order_documents_arrive(store_spec: str) -> None:
    """Stored one at a time (as --append runs do), in both orders: the same stories;
    a later copy with a smaller hash re-points the story of the stored one."""
    from kg.graph.store import open_store

    docs = [wire(), edited(), unrelated()]
    with open_store(store_spec, create=True) as store:
        for d in docs:
            write_and_group(store, [d])
        forward = story_links(store)
        store.clear()
        for d in docs[::-1]:
            write_and_group(store, [d])
        backward = story_links(store)
    assert forward == backward
    assert len(forward) == 3  # one story per document
    first = min(wire().hash, edited().hash)
    by_doc = {d.rsplit("/", 1)[1]: s.rsplit("/", 1)[1] for d, s in forward}
    assert by_doc == {wire().hash: first, edited().hash: first, unrelated().hash: unrelated().hash}
    assert all("/story/" in s for _, s in forward)


def test_a_store_without_stories_counts_documents() -> None:
    """Documents written without a build (no kgo:story) are each their own source."""
    from kg.graph.store import open_store

    with open_store("memory") as store:
        store.add_documents([(d, invests(d)) for d in (wire(), edited())])
        record = fact_of(store.graph)
    assert record["support"] == 2


def test_stories_and_signatures_validate(tmp_path: Path) -> None:
    from kg.graph.store import open_store
    from kg.graph.validate import validate_graph

    with open_store(str(tmp_path / "store"), create=True) as store:
        write_and_group(store, [wire(), edited(), own_words()])
        conforms, text = validate_graph(store.graph)
    assert conforms, text


# -- through kg build ------------------------------------------------------------


def built(store: Path) -> tuple[dict[str, Any], dict[str, Any], set[tuple[str, str]]]:
    from kg.graph.store import open_store

    with open_store(str(store)) as st:
        return fact_of(st.graph), graph_stats(st), story_links(st)


def test_build_counts_the_wire_copies_once_in_any_order(tmp_path: Path) -> None:
    from kg.pipeline import build_graph

    docs = [wire(), edited(), own_words(), unrelated()]
    one, two = tmp_path / "one", tmp_path / "two"
    build_graph(docs, str(one), progress=False)
    # The other order, across two builds: the first copy arrives with --append.
    build_graph(docs[:0:-1], str(two), progress=False)
    build_graph(docs[:1], str(two), append=True, progress=False)
    record, stats, stories = built(one)
    record2, stats2, stories2 = built(two)
    assert stories == stories2
    assert record["support"] == record2["support"] == 2
    assert (stats["documents"], stats["stories"]) == (4, 3)
    assert (stats2["documents"], stats2["stories"]) == (4, 3)
    urls = sorted(u for s in record["sources"] for c in s["copies"] for u in c["urls"])
    assert urls == sorted(
        [
            "https://wire.example.com/nvidia-mistral",
            "https://daily.example.org/tech/chip-giant-bets-on-paris",
            "https://gazette.example.net/mistral-cheque",
        ]
    )


def test_a_later_copy_is_no_new_source_in_kg_diff() -> None:
    """A wire copy run a week later adds no source; another outlet's own article does."""
    from dataclasses import replace

    from kg.graph.store import open_store
    from kg.query.timeline import changes_since

    late_copy = replace(edited(), date="2026-03-10")
    late_own = replace(own_words(), date="2026-03-10")
    with open_store("memory") as store:
        write_and_group(store, [wire(), late_copy])
        assert changes_since(store, "2026-03-05").gained == []
        write_and_group(store, [late_own])
        [gained] = changes_since(store, "2026-03-05").gained
    assert (gained.sources_before, gained.new_sources) == (1, 1)


def test_the_fact_line_counts_sources_and_their_documents() -> None:
    from kg.graph.store import open_store
    from kg.render.text import facts_with_evidence

    with open_store("memory") as store:
        write_and_group(store, [wire(), edited(), own_words()])
        record = fact_of(store.graph)
    line = facts_with_evidence([record], evidence="best").splitlines()[0]
    assert line.endswith("(2 sources in 3 documents, stated)")
