"""The HTML view in a real headless Chromium: no requests, clicks, injection, scale."""

from __future__ import annotations

import io
import json
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from kg.errors import ExportError
from kg.query.analytics import to_networkx
from kg.render.view import CHROMIUM_ARGS, ViewOptions, screenshot, write_view
from tests.kg_graphs import GraphBuilder, industry_graph, synthetic_graph

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

CHROMIUM = Path("/usr/bin/chromium")
READY = "() => window.kgView && window.kgView.ready === true"
INJECT_IMG = "<img src=x onerror=alert(1)>"
INJECT_SCRIPT = "<script>alert(1)</script>"

# Centre of a node in page coordinates.
NODE_POINT = """(label) => {
  const v = window.kgView;
  const node = v.data.nodes.find((n) => n.label === label);
  const dom = v.network.canvasToDOM(v.network.getPositions([node.id])[node.id]);
  const box = document.querySelector("#graph canvas").getBoundingClientRect();
  return {x: box.left + dom.x, y: box.top + dom.y, id: node.id,
          hit: v.network.getNodeAt(dom) === node.id};
}"""

# A point on a (straight) edge that hits this edge and no node, in page coordinates.
EDGE_POINT = """([from, relation, to]) => {
  const v = window.kgView;
  const id = (label) => v.data.nodes.find((n) => n.label === label).id;
  const edge = v.data.edges.find(
    (e) => e.from === id(from) && e.to === id(to) && e.relation === relation);
  const pos = v.network.getPositions([edge.from, edge.to]);
  const a = pos[edge.from], b = pos[edge.to];
  const box = document.querySelector("#graph canvas").getBoundingClientRect();
  for (const t of [0.5, 0.4, 0.6, 0.3, 0.7]) {
    const dom = v.network.canvasToDOM({x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y)});
    if (v.network.getNodeAt(dom) === undefined && v.network.getEdgeAt(dom) === edge.id) {
      return {x: box.left + dom.x, y: box.top + dom.y, id: edge.id};
    }
  }
  return null;
}"""


@dataclass
class Opened:
    page: Any
    url: str
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def details(self) -> str:
        return str(self.page.inner_text("#details"))


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: `make test` installs it (make system-deps)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def open_view(browser):
    contexts = []

    def _open(html: Path, timeout_ms: int = 60_000) -> Opened:
        context = browser.new_context(viewport={"width": 1400, "height": 900})
        contexts.append(context)
        page = context.new_page()
        opened = Opened(page, html.resolve().as_uri())

        def on_dialog(dialog: Any) -> None:
            opened.dialogs.append(dialog.message)
            dialog.dismiss()

        page.on("request", lambda r: opened.requests.append(r.url))
        page.on("dialog", on_dialog)
        page.on("pageerror", lambda e: opened.errors.append(str(e)))
        page.on("console", lambda m: m.type == "error" and opened.errors.append(m.text))
        page.goto(opened.url)
        page.wait_for_function(READY, timeout=timeout_ms)
        return opened

    yield _open
    for context in contexts:
        context.close()


@pytest.fixture(scope="module")
def industry_html(tmp_path_factory):
    dest = tmp_path_factory.mktemp("view") / "industry.html"
    return write_view(industry_graph(), dest, ViewOptions(title="AI industry"))


def click_node(opened: Opened, label: str) -> int:
    # The view may still be moving into place on a busy machine: click once the node's
    # point stays put and hits the node.
    point = opened.page.evaluate(NODE_POINT, label)
    for _ in range(50):
        opened.page.wait_for_timeout(100)
        again = opened.page.evaluate(NODE_POINT, label)
        if again == point and point["hit"]:
            break
        point = again
    opened.page.mouse.click(point["x"], point["y"])
    return int(point["id"])


def click_edge(opened: Opened, s: str, relation: str, o: str) -> int:
    point = opened.page.evaluate(EDGE_POINT, [s, relation, o])
    assert point is not None, f"no clickable point on {s} {relation} {o}"
    opened.page.mouse.click(point["x"], point["y"])
    return int(point["id"])


def test_view_page_requests_nothing_but_itself(open_view, industry_html):
    opened = open_view(industry_html)
    assert opened.requests == [opened.url]
    assert opened.errors == []


def test_view_draws_every_node_and_edge(open_view, industry_html):
    opened = open_view(industry_html)
    counts = opened.page.evaluate(
        """() => ({nodes: kgView.nodes.length, edges: kgView.edges.length,
                  drawnNodes: kgView.network.body.nodeIndices.length,
                  drawnEdges: kgView.network.body.edgeIndices.length,
                  physics: kgView.network.physics.physicsEnabled})"""
    )
    assert counts == {"nodes": 9, "edges": 8, "drawnNodes": 9, "drawnEdges": 8, "physics": False}


def test_view_click_node_shows_entity(open_view, industry_html):
    opened = open_view(industry_html)
    node_id = click_node(opened, "Microsoft")
    text = opened.details()
    assert "Microsoft" in text
    assert "Organization" in text
    assert "MSFT, Microsoft Corp." in text
    assert opened.page.evaluate("() => kgView.network.getSelectedNodes()") == [node_id]


def test_view_click_edge_shows_evidence(open_view, industry_html):
    opened = open_view(industry_html)
    click_edge(opened, "Microsoft", "invests_in", "OpenAI")
    text = opened.details()
    for expected in (
        "invests_in",
        "Microsoft invests $10 billion in OpenAI.",
        "Microsoft, which backs OpenAI, said on Friday.",
        "Microsoft deepens OpenAI bet",
        "Cloud deals",
        "corpus/b.txt",
        "2023-01-23",
        "$10B",
        "stated",
    ):
        assert expected in text
    assert "Independent sources" in text
    # The document with a URL links to it twice: in the list of sources and under its sentence.
    for where in ("#details .sources a", "#details .evidence a"):
        hrefs = opened.page.eval_on_selector_all(where, "els => els.map(a => a.href)")
        assert hrefs == ["https://example.com/a"], where


def test_view_reported_fact_is_dashed(open_view, industry_html):
    opened = open_view(industry_html)
    dashed = opened.page.evaluate(
        """() => kgView.edges.get().filter((e) => e.dashes).map((e) => e.label)"""
    )
    assert dashed == ["invests_in"]
    click_edge(opened, "Nvidia", "invests_in", "OpenAI")
    assert "reported" in opened.details()


def test_view_hover_node_shows_details(open_view, industry_html):
    from playwright.sync_api import TimeoutError as WaitTimeout

    opened = open_view(industry_html)
    shown = "() => document.getElementById('details').textContent.includes('Sam Altman')"
    for _ in range(5):
        # The node's place is read again on each try: on a loaded machine the layout
        # may still settle between reading it and moving the mouse there.
        point = opened.page.evaluate(NODE_POINT, "Sam Altman")
        opened.page.mouse.move(0, 0)
        opened.page.mouse.move(point["x"], point["y"])
        try:
            opened.page.wait_for_function(shown, timeout=3_000)
            break
        except WaitTimeout:
            continue
    assert "Sam Altman" in opened.details()
    assert "Person" in opened.details()


def test_view_search_focuses_entity(open_view, industry_html):
    opened = open_view(industry_html)
    opened.page.fill("#search-input", "msft")
    opened.page.press("#search-input", "Enter")
    selected = opened.page.evaluate("() => kgView.network.getSelectedNodes()")
    label = opened.page.evaluate("(id) => kgView.nodes.get(id).label", selected[0])
    assert label == "Microsoft"
    assert "Microsoft" in opened.details()


def test_view_search_unknown_says_so(open_view, industry_html):
    opened = open_view(industry_html)
    opened.page.fill("#search-input", "Zzyzx")
    opened.page.press("#search-input", "Enter")
    assert "No entity matches" in opened.page.inner_text("#search-result")


def test_view_relation_checkbox_hides_facts(open_view, industry_html):
    opened = open_view(industry_html)
    opened.page.uncheck("#relations input[value=invests_in]")
    visible = opened.page.evaluate(
        "() => kgView.edges.get({filter: (e) => !e.hidden}).map((e) => e.label)"
    )
    assert len(visible) == 6
    assert "invests_in" not in visible
    opened.page.check("#relations input[value=invests_in]")
    assert opened.page.evaluate("() => kgView.edges.get({filter: (e) => e.hidden}).length") == 0


def test_view_injection_stays_text(open_view, tmp_path):
    b = GraphBuilder()
    evil = b.entity(INJECT_IMG, "Person", aliases=(INJECT_SCRIPT,))
    acme = b.entity("Acme " + INJECT_SCRIPT)
    doc = b.document("evil", title="Title " + INJECT_IMG + INJECT_SCRIPT, url="javascript:alert(1)")
    b.fact(evil, "leads", acme, doc, "Sentence " + INJECT_IMG + " " + INJECT_SCRIPT)
    html = write_view(b.graph, tmp_path / "evil.html", ViewOptions(title=INJECT_IMG))
    opened = open_view(html)
    page = opened.page
    scripts_before = page.evaluate("() => document.scripts.length")

    click_node(opened, INJECT_IMG)
    assert INJECT_IMG in opened.details()
    assert INJECT_SCRIPT in opened.details()  # the alias
    click_edge(opened, INJECT_IMG, "leads", "Acme " + INJECT_SCRIPT)
    text = opened.details()
    assert "Sentence " + INJECT_IMG + " " + INJECT_SCRIPT in text
    assert "Title " + INJECT_IMG + INJECT_SCRIPT in text
    assert "javascript:alert(1)" in text
    point = page.evaluate(NODE_POINT, INJECT_IMG)
    page.mouse.move(point["x"] + 1, point["y"] + 1)
    page.wait_for_selector("div.vis-tooltip", state="visible")
    assert page.inner_text("div.vis-tooltip") == INJECT_IMG + " (Person)"

    assert opened.dialogs == []
    assert page.evaluate("() => document.querySelectorAll('img').length") == 0
    assert page.evaluate("() => document.scripts.length") == scripts_before == 3
    assert page.eval_on_selector_all("#details a", "els => els.length") == 0
    assert page.title() == INJECT_IMG
    assert opened.requests == [opened.url]


def test_view_screenshot_is_not_blank(open_view, industry_html):
    from PIL import Image

    opened = open_view(industry_html)
    png = opened.page.locator("#graph").screenshot()
    image = Image.open(io.BytesIO(png)).convert("RGB")
    counts = image.getcolors(maxcolors=image.width * image.height) or []
    white = sum(n for n, colour in counts if colour == (255, 255, 255))
    assert len(counts) > 50
    assert 1 - white / (image.width * image.height) > 0.01


def test_view_empty_graph_says_so(open_view, tmp_path):
    html = write_view(GraphBuilder().graph, tmp_path / "empty.html", ViewOptions())
    opened = open_view(html)
    assert opened.page.is_visible("#empty")
    assert "graph is empty" in opened.page.inner_text("#empty")
    assert opened.errors == []


def test_view_filters_that_leave_nothing_say_why(open_view, tmp_path):
    html = write_view(industry_graph(), tmp_path / "none.html", ViewOptions(since="2999"))
    opened = open_view(html)
    assert opened.page.is_visible("#empty")
    notice = opened.page.inner_text("#empty")
    assert notice.startswith("No fact matches the filters: --since 2999 kept 0 of ")
    assert "documents dated 2999 or later" in opened.page.inner_text("#filters")
    assert opened.errors == []


def test_view_top_says_how_many_were_left_out(open_view, tmp_path):
    html = write_view(industry_graph(), tmp_path / "top.html", ViewOptions(top=3))
    opened = open_view(html)
    assert opened.page.evaluate("() => kgView.nodes.length") == 3
    notice = opened.page.inner_text("#omitted")
    assert "6 entities and 5 facts left out" in notice


@pytest.mark.slow
def test_view_scales_to_2000_entities(open_view, tmp_path):
    from rdflib import Graph

    # In an Oxigraph-backed graph, as in the default store.
    graph = Graph(store="Oxigraph")
    graph += synthetic_graph(2000, 3000)
    expected = to_networkx(graph)
    started = time.perf_counter()
    html = write_view(graph, tmp_path / "big.html", ViewOptions())
    write_seconds = time.perf_counter() - started
    opened = open_view(html, timeout_ms=120_000)
    counts = opened.page.evaluate("() => [kgView.nodes.length, kgView.edges.length]")
    timing = opened.page.evaluate("() => kgView.timing")
    top_html = write_view(graph, tmp_path / "top.html", ViewOptions(top=200))
    top = open_view(top_html, timeout_ms=120_000)
    notice = top.page.inner_text("#omitted")

    report = {
        "nodes": counts[0],
        "edges": counts[1],
        "html_bytes": html.stat().st_size,
        "write_view_s": round(write_seconds, 2),
        "interactive_ms": round(timing["interactive"]),
        "first_draw_ms": round(timing.get("firstDraw", -1)),
        "stabilized_ms": round(timing["stabilized"]),
        "top200_stabilized_ms": round(top.page.evaluate("() => kgView.timing.stabilized")),
    }
    print("view scale:", json.dumps(report))
    (Path(tempfile.gettempdir()) / "kg-view-scale.json").write_text(
        json.dumps(report, indent=2), encoding="utf-8"
    )
    assert counts == [expected.number_of_nodes(), expected.number_of_edges()]
    assert opened.requests == [opened.url]
    assert top.page.evaluate("() => kgView.nodes.length") == 200
    assert "1,800 entities" in notice


def test_screenshot_selects_a_fact(browser, industry_html, tmp_path):
    from PIL import Image

    fact = ("Microsoft", "invests_in", "OpenAI")
    png = screenshot(industry_html, tmp_path / "shot.png", fact=fact, browser=browser)
    with Image.open(png) as image:
        assert image.size == (1400, 900)
        # The details panel on the right is filled with text, not left blank.
        panel = image.crop((1100, 60, 1400, 400)).convert("L")
        dark = sum(1 for v in panel.get_flattened_data() if v < 128)
    assert dark > 500


def test_screenshot_unknown_fact_raises(browser, industry_html, tmp_path):
    fact = ("Microsoft", "sues", "Paris")
    with pytest.raises(ExportError, match="not in the view"):
        screenshot(industry_html, tmp_path / "x.png", fact=fact, browser=browser)


def test_view_marks_bidi_controls_in_names(open_view, tmp_path):
    b = GraphBuilder()
    evil = b.entity("Evil\u202eproC", "Organization")
    acme = b.entity("Acme")
    doc = b.document("bidi")
    b.fact(evil, "partners_with", acme, doc, "Evil partners with Acme.")
    html = write_view(b.graph, tmp_path / "bidi.html", ViewOptions())
    opened = open_view(html)
    click_node(opened, "Evil\u202eproC")
    text = opened.details()
    assert "Evil[U+202E]proC" in text
    assert "\u202e" not in text
    labels = opened.page.evaluate("() => kgView.nodes.get().map((n) => n.label)")
    assert "Evil[U+202E]proC" in labels


def test_view_shows_a_denied_fact_with_both_sides(open_view, tmp_path):
    from kg.extract.pipeline import Extractor
    from kg.graph.store import open_store
    from kg.records import Document

    ex = Extractor(keep_denied=True)
    docs = [
        Document(
            "Halvex Systems agreed to buy Tessaly Labs for $900 million.",
            date="2026-04-01",
            title="Halvex to buy Tessaly",
        ),
        Document(
            "Tessaly Labs denied that Halvex Systems agreed to buy it.",
            date="2026-04-02",
            title="Tessaly denies sale " + INJECT_IMG,
        ),
    ]
    with open_store("memory") as st:
        for doc in docs:
            st.add_document(doc, ex.extract(doc))
        html = write_view(st.graph, tmp_path / "denied.html", ViewOptions(title="Denied"))
    opened = open_view(html)
    click_edge(opened, "Halvex Systems", "acquires", "Tessaly Labs")
    text = opened.details()
    assert "Sources disagree (1)" in text
    assert "Halvex to buy Tessaly" in text
    assert "Tessaly denies sale " + INJECT_IMG in text
    assert "denies the fact" in text
    assert opened.page.evaluate("() => document.querySelectorAll('img').length") == 0
    assert opened.errors == []
