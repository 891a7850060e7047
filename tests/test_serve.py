"""``kg serve`` with real clients: SPARQLWrapper, rdflib's SPARQLStore, kg's own remote
store, raw HTTP for every format and refusal, and the query page in headless Chromium."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pyoxigraph as ox
import pytest
from rdflib import Graph, URIRef

from kg.graph.store import open_store
from kg.query.sparql import select
from tests.kg_graphs import GraphBuilder, industry_graph
from tests.kg_serve import KGServer, kg_serve

pytestmark = [
    pytest.mark.server,
    pytest.mark.xdist_group("serve"),
    # SPARQLWrapper and rdflib's JSON-LD parser still build the deprecated ConjunctiveGraph.
    pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning"),
]

TOKEN = "s3cret-token"
MAX_ROWS = 60
HOSTILE = "<script>alert(1)</script> & Co"
KGO = "https://w3id.org/ai-industry-kg/ontology#"
FACTS = "SELECT ?s ?o WHERE { ?s kgo:invests_in ?o }"
INVESTORS = """SELECT ?name WHERE {
  ?i kgo:invests_in ?t . ?t rdfs:label "OpenAI" . ?i rdfs:label ?name } ORDER BY ?name"""
# 3 unbound patterns over a few hundred triples: millions of rows to count.
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def store_graph() -> Graph:
    g = industry_graph()
    b = GraphBuilder()
    evil = b.entity(HOSTILE)
    doc = b.document("d-evil", title="<b>Evil</b>", date="2024-06-01", url="javascript:alert(1)")
    b.fact(evil, "invests_in", b.entity("OpenAI"), doc, "<img src=x onerror=alert(1)> invests.")
    return g + b.graph


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KGServer]:
    folder = tmp_path_factory.mktemp("serve")
    with open_store(str(folder / "store")) as st:
        st.add_triples(store_graph())
    args = ["--max-rows", str(MAX_ROWS), "--allow-update", "--token", TOKEN]
    with kg_serve(folder / "store", *args, log=folder / "serve.log") as srv:
        yield srv


def investors(reply_json: dict[str, Any], var: str = "name") -> list[str]:
    return [b[var]["value"] for b in reply_json["results"]["bindings"]]


# ---------------------------------------------------------------------------
# Real clients
# ---------------------------------------------------------------------------


def test_serve_sparqlwrapper_select_json(server: KGServer) -> None:
    from SPARQLWrapper import JSON, SPARQLWrapper

    client = SPARQLWrapper(server.query_url)
    client.setQuery(INVESTORS)
    client.setReturnFormat(JSON)
    result = client.queryAndConvert()
    assert isinstance(result, dict)
    assert investors(result) == [HOSTILE, "Microsoft", "Nvidia"]


def test_serve_sparqlwrapper_construct_and_ask(server: KGServer) -> None:
    from SPARQLWrapper import JSON, SPARQLWrapper

    client = SPARQLWrapper(server.query_url)
    client.setQuery("CONSTRUCT WHERE { ?s kgo:develops ?o }")
    graph = client.queryAndConvert()  # RDF/XML by default, parsed by rdflib
    assert isinstance(graph, Graph)
    assert len(graph) == 2
    client.setQuery('ASK { ?s rdfs:label "Mistral AI" }')
    client.setReturnFormat(JSON)
    assert client.queryAndConvert()["boolean"] is True  # type: ignore[index]


def test_serve_rdflib_sparqlstore_reads_triples_and_queries(server: KGServer) -> None:
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    graph = Graph(store=SPARQLStore(server.query_url, returnFormat="json"))
    labels = {
        str(o) for o in graph.objects(None, URIRef("http://www.w3.org/2000/01/rdf-schema#label"))
    }
    assert {"OpenAI", "Microsoft", HOSTILE} <= labels
    rows = graph.query(
        "SELECT ?name WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?name }"
        " ORDER BY ?name LIMIT 2"
    )
    assert [str(r[0]) for r in rows] == [HOSTILE, "Azure"]


def test_serve_kg_remote_store_reads_from_it(server: KGServer) -> None:
    with open_store(server.query_url, read_only=True) as st:
        rows = select(st, "investors_of", company="OpenAI").rows
        assert {r["investor"] for r in rows} == {"Microsoft", "Nvidia", HOSTILE}
        from kg.query.analytics import ego_fact_records

        records = ego_fact_records(st.graph, "Mistral AI")
    assert [(r["subject"], r["relation"], r["object"]) for r in records] == [
        ("Mistral AI", "based_in", "Paris")
    ]


# ---------------------------------------------------------------------------
# Raw HTTP: methods, formats, prefixes
# ---------------------------------------------------------------------------


def test_serve_get_post_form_and_post_body_agree(server: KGServer) -> None:
    accept = {"Accept": "application/sparql-results+json"}
    got = server.request("/query", params={"query": INVESTORS}, headers=accept)
    form = server.query(INVESTORS)
    body = server.request(
        "/sparql",
        data=INVESTORS.encode(),
        headers={**accept, "Content-Type": "application/sparql-query"},
    )
    assert got.status == form.status == body.status == 200
    assert json.loads(got.body) == json.loads(form.body) == json.loads(body.body)
    assert investors(json.loads(got.body)) == [HOSTILE, "Microsoft", "Nvidia"]


def _parse_results(fmt: Any, body: bytes) -> list[str]:
    return [str(s["name"].value) for s in ox.parse_query_results(body, format=fmt)]


@pytest.mark.parametrize(
    ("accept", "media_type", "fmt"),
    [
        ("application/sparql-results+json", "application/sparql-results+json", "json"),
        ("application/sparql-results+xml", "application/sparql-results+xml", "xml"),
        ("text/csv", "text/csv", "csv"),
        ("text/tab-separated-values", "text/tab-separated-values", "tsv"),
        ("*/*", "application/sparql-results+json", "json"),
        ("text/html, application/xml;q=0.9", "application/sparql-results+xml", "xml"),
    ],
)
def test_serve_select_in_every_results_format(
    server: KGServer, accept: str, media_type: str, fmt: str
) -> None:
    reply = server.query(INVESTORS, accept=accept)
    assert reply.status == 200
    assert reply.content_type.split(";")[0] == media_type
    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(reply.text)))
        assert rows == [["name"], [HOSTILE], ["Microsoft"], ["Nvidia"]]
        return
    format_ = ox.QueryResultsFormat.from_extension(fmt)
    assert _parse_results(format_, reply.body) == [HOSTILE, "Microsoft", "Nvidia"]


@pytest.mark.parametrize(
    ("accept", "media_type", "rdflib_format"),
    [
        ("text/turtle", "text/turtle", "turtle"),
        ("application/n-triples", "application/n-triples", "nt"),
        ("application/ld+json", "application/ld+json", "json-ld"),
        ("application/rdf+xml", "application/rdf+xml", "xml"),
        ("*/*", "text/turtle", "turtle"),
        ("application/json", "application/ld+json", "json-ld"),
    ],
)
def test_serve_construct_in_every_graph_format(
    server: KGServer, accept: str, media_type: str, rdflib_format: str
) -> None:
    reply = server.query("CONSTRUCT WHERE { ?s kgo:invests_in ?o }", accept=accept)
    assert reply.status == 200
    assert reply.content_type.split(";")[0] == media_type
    got = Graph().parse(data=reply.body, format=rdflib_format)
    expected = {
        (s, o) for s, _p, o in store_graph().triples((None, URIRef(KGO + "invests_in"), None))
    }
    assert {(s, o) for s, _p, o in got} == expected
    assert len(got) == 3


def test_serve_ask_and_format_parameter(server: KGServer) -> None:
    reply = server.query("ASK { ?s kgo:invests_in ?o }", accept="text/html", format="json")
    assert reply.status == 200
    assert json.loads(reply.body) == {"head": {}, "boolean": True}
    xml = server.query("ASK { ?s kgo:acquires ?o }", accept="application/sparql-results+xml")
    root = ET.fromstring(xml.body)
    assert root.find("{http://www.w3.org/2005/sparql-results#}boolean").text == "false"  # type: ignore[union-attr]


def test_serve_unacceptable_type_is_406(server: KGServer) -> None:
    reply = server.query(FACTS, accept="image/png")
    assert reply.status == 406
    assert "application/sparql-results+json" in reply.text


def test_serve_kg_prefixes_are_predefined_and_unknown_ones_named(server: KGServer) -> None:
    assert server.query("SELECT ?d WHERE { ?d a kgo:Document ; dcterms:title ?t }").status == 200
    reply = server.query("SELECT ?x WHERE { ?x foaf:name ?n }")
    assert reply.status == 400
    assert "unknown prefix 'foaf:'" in reply.text


def test_serve_malformed_query_is_400(server: KGServer) -> None:
    reply = server.query("SELECT WHERE {")
    assert reply.status == 400
    assert reply.text.startswith("malformed SPARQL")
    assert server.request("/query").status == 400


def test_serve_concurrent_new_queries_all_answer(server: KGServer) -> None:
    """Many clients at once, each text new to the server (parsed, not remembered)."""
    from concurrent.futures import ThreadPoolExecutor

    texts = [f"SELECT * WHERE {{ ?s ?p ?o }} LIMIT {i}" for i in range(1, 41)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        replies = list(pool.map(server.query, texts))
    assert [r.status for r in replies] == [200] * len(texts), {r.text for r in replies}
    counts = [len(json.loads(r.body)["results"]["bindings"]) for r in replies]
    assert counts == list(range(1, 41))


# ---------------------------------------------------------------------------
# Refusals and limits
# ---------------------------------------------------------------------------


def test_serve_update_without_token_is_401(server: KGServer) -> None:
    reply = server.update("INSERT DATA { <urn:x:a> <urn:x:p> <urn:x:b> }")
    assert reply.status == 401
    assert reply.headers.get("WWW-Authenticate", "").startswith("Bearer")
    assert server.query("ASK { <urn:x:a> ?p ?o }").body.count(b"true") == 0


def test_serve_update_with_wrong_token_is_403(server: KGServer) -> None:
    reply = server.update("INSERT DATA { <urn:x:a> <urn:x:p> <urn:x:b> }", token="guess")
    assert reply.status == 403
    assert json.loads(server.query("ASK { <urn:x:a> ?p ?o }").body)["boolean"] is False


def test_serve_update_with_token_is_applied_and_visible(server: KGServer) -> None:
    reply = server.update('INSERT DATA { <urn:x:t> rdfs:label "Added" }', token=TOKEN)
    assert reply.status == 204
    assert json.loads(server.query('ASK { <urn:x:t> rdfs:label "Added" }').body)["boolean"]
    assert server.update("DELETE WHERE { <urn:x:t> ?p ?o }", token=TOKEN).status == 204
    assert not json.loads(server.query("ASK { <urn:x:t> ?p ?o }").body)["boolean"]


@pytest.mark.parametrize(
    "update",
    [
        "LOAD <file:///etc/passwd>",
        "LOAD <http://127.0.0.1:9/data.ttl> INTO GRAPH <urn:g>",
        "INSERT { ?s ?p ?o } USING <file:///etc/passwd> WHERE { ?s ?p ?o }",
        "INSERT { ?s ?p ?o } WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    ],
)
def test_serve_update_reading_elsewhere_is_refused_even_with_token(
    server: KGServer, update: str
) -> None:
    reply = server.update(update, token=TOKEN)
    assert reply.status == 403, reply.text


def test_serve_service_is_403(server: KGServer) -> None:
    reply = server.query("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")
    assert reply.status == 403, reply.text
    assert reply.text.startswith("SERVICE is refused")


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }",
        "SELECT * FROM NAMED <http://127.0.0.1:9/g> WHERE { GRAPH ?g { ?s ?p ?o } }",
    ],
)
def test_serve_from_is_400_as_in_kg_query(server: KGServer, query: str) -> None:
    reply = server.query(query)
    assert reply.status == 400, reply.text
    assert reply.text.startswith("FROM and FROM NAMED are not supported")


def test_serve_dataset_parameters_are_403(server: KGServer) -> None:
    reply = server.query(FACTS, **{"default-graph-uri": "file:///etc/passwd"})
    assert reply.status == 403
    assert "default-graph-uri is refused" in reply.text


def test_serve_refuses_requests_naming_another_host(server: KGServer) -> None:
    """A page whose name was re-pointed at 127.0.0.1 (DNS rebinding) reads nothing."""
    reply = server.request("/query", params={"query": FACTS}, headers={"Host": "evil.example:7878"})
    assert reply.status == 403
    assert "unexpected Host 'evil.example:7878'" in reply.text
    port = server.url.rsplit(":", 1)[1]
    ok = server.request("/query", params={"query": FACTS}, headers={"Host": f"localhost:{port}"})
    assert ok.status == 200


def test_serve_logs_one_plain_line_a_request(server: KGServer) -> None:
    server.request("/queries/nope")
    lines = server.log.read_text().splitlines()
    assert any(line.endswith('"GET /queries/nope HTTP/1.1" 404') for line in lines), lines[-3:]
    assert "\x1b" not in server.log.read_text()


def test_serve_update_sent_as_query_is_400(server: KGServer) -> None:
    reply = server.query("INSERT DATA { <urn:x:a> <urn:x:p> <urn:x:b> }")
    assert reply.status == 400
    assert "sent as a query" in reply.text


def test_serve_row_cap(server: KGServer) -> None:
    over = server.query("SELECT * WHERE { ?s ?p ?o }")
    assert over.status == 422
    assert f"more than {MAX_ROWS} rows" in over.text
    at_cap = server.query(f"SELECT * WHERE {{ ?s ?p ?o }} LIMIT {MAX_ROWS}")
    assert at_cap.status == 200
    assert len(json.loads(at_cap.body)["results"]["bindings"]) == MAX_ROWS
    graph = server.query("CONSTRUCT WHERE { ?s ?p ?o }", accept="text/turtle")
    assert graph.status == 422
    assert "triples" in graph.text


def test_serve_time_limit_is_503(server: KGServer) -> None:
    reply = server.query(SLOW, timeout="0.001")
    assert reply.status == 503
    assert "stopped after 0.001 s" in reply.text
    # The server still answers at once.
    assert server.query("ASK { ?s ?p ?o }").status == 200


def test_serve_request_timeout_must_be_positive(server: KGServer) -> None:
    assert server.query(FACTS, timeout="-1").status == 400


# ---------------------------------------------------------------------------
# Named queries, pages
# ---------------------------------------------------------------------------


def test_serve_named_query_binds_parameters(server: KGServer) -> None:
    reply = server.request(
        "/queries/investors_of",
        params={"company": "OpenAI"},
        headers={"Accept": "application/sparql-results+json"},
    )
    assert reply.status == 200
    assert investors(json.loads(reply.body), "investor") == ["Microsoft", HOSTILE, "Nvidia"]
    hostile = server.request("/queries/investors_of", params={"company": '"} ; DROP ALL #'})
    assert hostile.status == 200
    assert json.loads(hostile.body)["results"]["bindings"] == []


def test_serve_named_query_missing_parameter_is_400(server: KGServer) -> None:
    reply = server.request("/queries/investors_of")
    assert reply.status == 400
    assert reply.text.strip() == (
        "investors_of.rq needs the parameter 'company' (label of the company invested in, "
        "e.g. OpenAI): give it with ?company=VALUE"
    )
    assert server.request("/queries/investors_of", params={"target": "x"}).status == 400


def test_serve_query_text_declaring_parameters_takes_them_from_the_request(
    server: KGServer,
) -> None:
    text = (Path(__file__).resolve().parent.parent / "queries" / "investors_of.rq").read_text()
    missing = server.query(text)
    assert missing.status == 400
    assert "needs the parameter 'company'" in missing.text
    reply = server.query(text, company="OpenAI")
    assert reply.status == 200
    assert investors(json.loads(reply.body), "investor") == ["Microsoft", HOSTILE, "Nvidia"]


def test_serve_unknown_named_query_is_404(server: KGServer) -> None:
    reply = server.request("/queries/nope")
    assert reply.status == 404
    assert "investors_of" in reply.text


def test_serve_lists_named_queries_with_parameters(server: KGServer) -> None:
    listing = {q["name"]: q for q in json.loads(server.request("/queries").body)}
    assert listing["investors_of"]["params"] == [
        {
            "name": "company",
            "description": "label of the company invested in, e.g. OpenAI",
            "required": True,
        }
    ]
    assert listing["facts"]["text"].startswith("# Every asserted fact")


def test_serve_entity_page_lists_facts_with_escaped_evidence(server: KGServer) -> None:
    reply = server.request("/entity/" + quote(HOSTILE, safe=""))
    assert reply.status == 200
    page = reply.text
    assert "<script>" not in page
    assert "<img" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co" in page
    assert "&lt;img src=x onerror=alert(1)&gt; invests." in page
    assert 'href="javascript:' not in page
    assert "script-src" not in reply.headers["Content-Security-Policy"]
    openai = server.request("/entity/OpenAI").text
    assert "Microsoft invests $10 billion in OpenAI." in openai
    assert server.request("/entity/Nobody%20Here").status == 404


def test_serve_view_takes_kg_view_options(server: KGServer) -> None:
    reply = server.request("/view", params={"focus": "Mistral AI", "depth": "1"})
    assert reply.status == 200
    assert "Paris" in reply.text
    assert "Nvidia" not in reply.text
    assert server.request("/view", params={"depth": "two"}).status == 400
    assert server.request("/view", params={"relation": "invest"}).status == 400


# ---------------------------------------------------------------------------
# The query page in a real browser
# ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def page(server: KGServer) -> Iterator[tuple[Any, list[str]]]:
    chromium = Path("/usr/bin/chromium")
    if not chromium.exists():
        pytest.fail(f"{chromium} is missing: `make test` installs it (make system-deps)")
    from playwright.sync_api import sync_playwright

    from kg.render.view import CHROMIUM_ARGS

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS)
        pg = browser.new_page()
        requests: list[str] = []
        pg.on("request", lambda r: requests.append(r.url))
        pg.goto(server.url + "/")
        pg.wait_for_function("() => window.kgQuery && window.kgQuery.ready === true")
        yield pg, requests
        browser.close()


def _run(pg: Any) -> list[list[str]]:
    """Click YASGUI's run button; the result table's cells, row by row (no row number)."""
    pg.evaluate("() => { window.kgQuery.responses = 0; }")
    pg.evaluate(
        "() => { window.kgQuery.yasgui.once('queryResponse', "
        "() => { window.kgQuery.responses++; }); }"
    )
    pg.click(".yasqe_queryButton")
    pg.wait_for_function("() => window.kgQuery.responses === 1")
    return pg.eval_on_selector_all(
        ".yasr table.dataTable tbody tr",
        "(trs) => trs.map((tr) => "
        "[...tr.querySelectorAll('td')].slice(1).map((c) => c.textContent))",
    )


def _editor_text(pg: Any) -> str:
    return str(pg.evaluate("() => window.kgQuery.yasgui.getTab().getYasqe().getValue()"))


@pytest.mark.browser
def test_serve_page_runs_a_named_query_with_a_parameter(page: tuple[Any, list[str]]) -> None:
    pg, _requests = page
    pg.click("button[data-query='investors_of']")
    assert "?company" in _editor_text(pg)
    pg.fill("input[data-param='company']", "OpenAI")
    rows = _run(pg)
    assert [r[0] for r in rows] == ["Microsoft", HOSTILE, "Nvidia"]
    assert pg.eval_on_selector_all(".yasr script, .yasr img", "(els) => els.length") == 0


@pytest.mark.browser
def test_serve_page_named_query_without_parameter_shows_the_error(
    page: tuple[Any, list[str]],
) -> None:
    pg, _requests = page
    pg.click("button[data-query='outlets_for_fact']")
    _run(pg)
    text = pg.inner_text(".yasr")
    assert "needs the parameter 'subjectLabel'" in text


@pytest.mark.browser
def test_serve_page_runs_typed_query_and_shows_refusals(page: tuple[Any, list[str]]) -> None:
    pg, requests = page
    pg.evaluate(
        "(q) => { window.kgQuery.yasgui.getTab().setQuery(q); }",
        'SELECT ?l WHERE { ?e rdfs:label ?l FILTER(?l = "Paris") }',
    )
    assert _run(pg) == [["Paris"]]
    pg.evaluate(
        "(q) => { window.kgQuery.yasgui.getTab().setQuery(q); }",
        "SELECT * WHERE { SERVICE <http://127.0.0.1:9/x> { ?s ?p ?o } }",
    )
    _run(pg)
    assert "SERVICE is refused" in pg.inner_text(".yasr")
    assert requests
    assert all(url.startswith("http://127.0.0.1:") for url in requests), requests


@pytest.mark.browser
def test_serve_view_draws_the_live_store_in_the_browser(
    server: KGServer, page: tuple[Any, list[str]]
) -> None:
    pg, _requests = page
    requests: list[str] = []
    dialogs: list[str] = []
    pg.on("request", lambda r: requests.append(r.url))
    pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    pg.goto(server.url + "/view?focus=OpenAI&depth=1&relation=invests_in")
    pg.wait_for_function("() => window.kgView && window.kgView.ready === true")
    labels = pg.evaluate("() => window.kgView.data.nodes.map((n) => n.label).sort()")
    assert labels == sorted(["OpenAI", "Microsoft", "Nvidia", HOSTILE])
    assert dialogs == []
    assert all(url.startswith(server.url) for url in requests), requests
    pg.goto(server.url + "/")
    pg.wait_for_function("() => window.kgQuery && window.kgQuery.ready === true")
