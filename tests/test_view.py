"""The HTML view without a browser: self-containment, escaping, options, atomic writes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kg.errors import ExportError, UsageError
from kg.render.view import ViewOptions, json_for_script, view_data, write_view
from tests.kg_graphs import KGO, GraphBuilder, industry_graph, real_store_facts

HOSTILE = "<img src=x onerror=alert(1)> </script><!-- <script>alert(1)</script> & \u2028"

DATA_BLOCK = re.compile(r'<script type="application/json" id="kg-data">(.*?)</script>', re.DOTALL)


@pytest.fixture(scope="module")
def graph():
    return industry_graph()


def data_block(html: str) -> str:
    blocks = DATA_BLOCK.findall(html)
    assert len(blocks) == 1
    return blocks[0]


def labels(data) -> set[str]:
    return {n["label"] for n in data["nodes"]}


def facts(data) -> set[tuple[str, str, str]]:
    by_id = {n["id"]: n["label"] for n in data["nodes"]}
    return {(by_id[e["from"]], e["relation"], by_id[e["to"]]) for e in data["edges"]}


def hostile_graph():
    b = GraphBuilder()
    evil = b.entity(HOSTILE, "Person", aliases=("<b>alias</b>",))
    acme = b.entity("Acme")
    doc = b.document("evil", title=HOSTILE, url="javascript:alert(1)", date="2024-01-01")
    b.fact(evil, "leads", acme, doc, "He said " + HOSTILE)
    return b.graph


def test_write_view_requests_no_external_resource(graph, tmp_path):
    html = write_view(graph, tmp_path / "g.html", ViewOptions()).read_text(encoding="utf-8")
    assert not re.search(r"""\b(src|href|action)\s*=\s*["']?\s*(https?:)?//""", html, re.I)
    assert not re.search(r"<link\b", html, re.I)
    assert not re.search(r"""@import|url\(\s*["']?(https?:)?//""", html, re.I)
    assert "vis.Network" in html  # the library itself is inlined


def test_write_view_content_security_policy_blocks_fetches(graph, tmp_path):
    html = write_view(graph, tmp_path / "g.html", ViewOptions()).read_text(encoding="utf-8")
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html)
    assert csp is not None
    assert "default-src 'none'" in csp.group(1)
    assert "unsafe-inline" not in csp.group(1).split("script-src", 1)[1].split(";", 1)[0]


def test_write_view_data_block_escapes_markup(tmp_path):
    html = write_view(hostile_graph(), tmp_path / "g.html", ViewOptions()).read_text("utf-8")
    block = data_block(html)
    for raw in ("<", ">", "&", "\u2028"):
        assert raw not in block
    data = json.loads(block)
    assert HOSTILE in labels(data)
    evidence = data["edges"][0]["evidence"][0]
    assert evidence["title"] == HOSTILE
    assert evidence["sentence"].endswith(HOSTILE)


def test_write_view_javascript_url_is_not_a_link(tmp_path):
    data = view_data(hostile_graph(), ViewOptions())
    evidence = data["edges"][0]["evidence"][0]
    assert evidence["url"] == "javascript:alert(1)"
    assert evidence["link"] is None


def test_write_view_http_url_is_a_link(graph):
    data = view_data(graph, ViewOptions(relations=["develops"], focus="GPT-4"))
    assert data["edges"][0]["evidence"][0]["link"] == "https://example.com/a"


def test_write_view_title_is_escaped(graph, tmp_path):
    options = ViewOptions(title="</title><script>alert(1)</script>")
    html = write_view(graph, tmp_path / "g.html", options).read_text("utf-8")
    assert "&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(1)</script>" not in html


@pytest.mark.parametrize(
    "text",
    ["</script>", "<!--", "\u2028\u2029", "\ud800 lone surrogate", "a & b > c"],
)
def test_json_for_script_round_trips(text):
    encoded = json_for_script({"t": text})
    assert not re.search(r"[<>&\u2028\u2029]", encoded)
    assert json.loads(encoded) == {"t": text}


@pytest.mark.parametrize(
    ("options", "nodes", "edges"),
    [
        (ViewOptions(), 9, 8),
        (ViewOptions(relations=["invests_in"]), 3, 2),
        (ViewOptions(relations=["invests_in", "leads"]), 4, 3),
        (ViewOptions(since="2023-06-01"), 5, 4),
        (ViewOptions(since="2030-01-01"), 0, 0),
        (ViewOptions(min_support=2), 2, 1),
        (ViewOptions(focus="Azure"), 3, 3),
        (ViewOptions(focus="azure", depth=0), 1, 0),
        (ViewOptions(focus="Azure", depth=2), 7, 7),
        (ViewOptions(focus="OpenAI", relations=["invests_in"]), 3, 2),
        (ViewOptions(top=3), 3, 3),
        (ViewOptions(top=100), 9, 8),
    ],
)
def test_view_data_options_filter(graph, options, nodes, edges):
    data = view_data(graph, options)
    assert (len(data["nodes"]), len(data["edges"])) == (nodes, edges)
    assert (data["meta"]["shown_nodes"], data["meta"]["shown_edges"]) == (nodes, edges)
    assert (data["meta"]["total_nodes"], data["meta"]["total_edges"]) == (9, 8)


def test_view_data_relations_keep_only_those_facts(graph):
    data = view_data(graph, ViewOptions(relations=["invests_in"]))
    assert facts(data) == {
        ("Microsoft", "invests_in", "OpenAI"),
        ("Nvidia", "invests_in", "OpenAI"),
    }


def test_view_data_since_keeps_only_recent_evidence(graph):
    data = view_data(graph, ViewOptions(since="2023-06-01"))
    assert labels(data) == {"Microsoft", "OpenAI", "Azure", "Mistral AI", "Paris"}
    invest = next(e for e in data["edges"] if e["relation"] == "invests_in")
    assert invest["support"] == 1
    assert [ev["title"] for ev in invest["evidence"]] == ["Cloud deals"]


def test_view_data_top_says_what_was_left_out(graph):
    data = view_data(graph, ViewOptions(top=3))
    assert labels(data) == {"OpenAI", "Microsoft", "Azure"}
    assert (data["meta"]["omitted_nodes"], data["meta"]["omitted_edges"]) == (6, 5)


def test_view_data_top_keeps_the_focus(graph):
    data = view_data(graph, ViewOptions(focus="Sam Altman", depth=2, top=2))
    assert "Sam Altman" in labels(data)


def test_view_data_edge_style_fields(graph):
    data = view_data(graph, ViewOptions())
    edges = {(e["relation"], e["support"], e["certainty"]) for e in data["edges"]}
    assert ("invests_in", 2, "stated") in edges
    assert ("invests_in", 1, "reported") in edges
    widths = {e["support"]: e["width"] for e in data["edges"]}
    assert widths[2] > widths[1]


@pytest.mark.parametrize("size_by", ["degree", "pagerank"])
def test_view_data_size_by_makes_the_hub_biggest(graph, size_by):
    data = view_data(graph, ViewOptions(size_by=size_by))
    biggest = max(data["nodes"], key=lambda n: n["value"])
    assert biggest["label"] == "OpenAI"


def test_view_data_legend_lists_present_classes(graph):
    data = view_data(graph, ViewOptions())
    classes = {c["name"]: c["count"] for c in data["classes"]}
    assert classes == {
        "Organization": 5,
        "Person": 1,
        "AIModel": 1,
        "CloudPlatform": 1,
        "Location": 1,
    }
    assert len({(c["color"], c["shape"]) for c in data["classes"]}) == len(classes)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (ViewOptions(relations=["invest"]), "unknown relation 'invest'"),
        (ViewOptions(since="2024/01/01"), "'2024/01/01' is not a date"),
        (ViewOptions(min_support=0), "--min-support"),
        (ViewOptions(top=0), "--top"),
        (ViewOptions(depth=-1), "--depth"),
        (ViewOptions(size_by="size"), "unknown size_by 'size'"),
        (ViewOptions(focus="Microsfot"), "did you mean 'Microsoft'"),
    ],
)
def test_write_view_bad_options_raise(graph, tmp_path, options, message):
    with pytest.raises(UsageError, match=re.escape(message)):
        write_view(graph, tmp_path / "g.html", options)
    assert not (tmp_path / "g.html").exists()


def test_write_view_empty_graph_is_a_valid_page(tmp_path):
    html = write_view(GraphBuilder().graph, tmp_path / "e.html", ViewOptions()).read_text("utf-8")
    data = json.loads(data_block(html))
    assert data["nodes"] == data["edges"] == []
    assert data["meta"]["total_nodes"] == 0
    assert html.rstrip().endswith("</html>")


def test_write_view_creates_folders_and_replaces_atomically(graph, tmp_path):
    dest = tmp_path / "out" / "deep" / "g.html"
    dest.parent.mkdir(parents=True)
    dest.write_text("old", encoding="utf-8")
    assert write_view(graph, dest, ViewOptions()) == dest
    assert dest.read_text("utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in dest.parent.iterdir()] == ["g.html"]


def test_write_view_unwritable_destination_raises(graph, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(ExportError, match=r"cannot write .*g\.html"):
        write_view(graph, blocker / "g.html", ViewOptions())


def test_write_view_accepts_a_string_path(graph, tmp_path):
    dest = write_view(graph, str(tmp_path / "s.html"), ViewOptions())  # type: ignore[arg-type]
    assert Path(dest).is_file()


@pytest.mark.server
def test_write_view_on_every_store(store_spec, tmp_path):
    from kg.graph.store import open_store

    doc, facts_ = real_store_facts()
    with open_store(store_spec) as store:
        store.add_document(doc, facts_)
        html = write_view(store.graph, tmp_path / "g.html", ViewOptions(focus="msft", depth=1))
    data = json.loads(data_block(html.read_text("utf-8")))
    assert facts(data) == {("Microsoft", "invests_in", "OpenAI")}
    assert data["edges"][0]["evidence"][0]["link"] == "https://example.com/deals"


def test_view_data_fact_without_evidence_is_shown():
    b = GraphBuilder()
    alpha, beta = b.entity("Alpha"), b.entity("Beta")
    b.graph.add((alpha, KGO.acquires, beta))
    data = view_data(b.graph, ViewOptions())
    assert facts(data) == {("Alpha", "acquires", "Beta")}
    assert data["edges"][0]["support"] == 0
    assert view_data(b.graph, ViewOptions(min_support=2))["edges"] == []
