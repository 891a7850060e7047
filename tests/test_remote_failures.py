"""A remote SPARQL endpoint that is down, slow, answers errors or garbage, or dies
mid-build: a clear error naming the endpoint, retries only for reads, and never half a
document on a real Oxigraph server.

Fake endpoints are tiny HTTP servers in a thread on 127.0.0.1 (bounded sleeps, stopped
in teardown); the real one is ``oxigraph serve`` started per test where it gets killed.
"""

from __future__ import annotations

import json
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from kg import api
from kg.errors import KGError, QueryError, StoreError
from kg.graph.store import open_store
from kg.query.sparql import run_query
from kg.records import Document, Fact
from tests.conftest import free_port, make_doc, make_fact, oxigraph_binary, sample_documents

pytestmark = pytest.mark.server

KG = [sys.executable, "-m", "kg.cli.main"]


# ---------------------------------------------------------------------------
# A tiny scripted endpoint
# ---------------------------------------------------------------------------


@dataclass
class FakeEndpoint:
    """An HTTP server answering every request with ``status``/``ctype``/``body``.

    ``delay`` makes it wait that long (or until teardown) before answering.
    ``requests`` counts what arrived, by path.
    """

    status: int = 200
    ctype: str = "application/sparql-results+json"
    body: bytes = b'{"head": {"vars": []}, "results": {"bindings": []}}'
    delay: float = 0.0
    requests: dict[str, int] = field(default_factory=dict)
    stop: threading.Event = field(default_factory=threading.Event)
    url: str = ""

    @property
    def query_url(self) -> str:
        return self.url + "/query"

    @property
    def update_url(self) -> str:
        return self.url + "/update"


def _handler(ep: FakeEndpoint) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            path = self.path.split("?", 1)[0]
            ep.requests[path] = ep.requests.get(path, 0) + 1
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                self.rfile.read(length)
            if ep.delay:
                ep.stop.wait(ep.delay)
            try:
                self.send_response(ep.status)
                self.send_header("Content-Type", ep.ctype)
                self.send_header("Content-Length", str(len(ep.body)))
                self.end_headers()
                self.wfile.write(ep.body)
            except OSError:  # the client gave up waiting
                pass

        do_GET = _answer
        do_POST = _answer

        def log_message(self, *args: Any) -> None:
            pass

    return Handler


@pytest.fixture
def fake() -> Iterator[FakeEndpoint]:
    ep = FakeEndpoint()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(ep))
    server.daemon_threads = True
    ep.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield ep
    finally:
        ep.stop.set()
        server.shutdown()
        server.server_close()
        thread.join(10)


def _dead_url() -> str:
    return f"http://127.0.0.1:{free_port()}/query"


# ---------------------------------------------------------------------------
# Down
# ---------------------------------------------------------------------------

READS: list[tuple[str, Callable[[str], object]]] = [
    ("stats", lambda s: api.stats(s)),
    ("query", lambda s: api.query("SELECT * WHERE { ?s ?p ?o } LIMIT 1", s)),
    ("export", lambda s: api.export("turtle", None, s)),
    ("validate", lambda s: api.validate(s)),
    ("neighbors", lambda s: api.neighbors("OpenAI", s)),
    ("forget", lambda s: api.forget("dev-a", s)),
]


@pytest.mark.parametrize("call", [c for _, c in READS], ids=[n for n, _ in READS])
def test_remote_down_every_command_names_the_endpoint(call: Callable[[str], object]) -> None:
    url = _dead_url()
    with pytest.raises(KGError) as info:
        call(url)
    message = str(info.value)
    assert url.rsplit("/", 1)[0] in message
    assert "cannot reach" in message
    assert "\n" not in message


def test_remote_down_reads_are_retried_writes_are_not() -> None:
    with open_store(_dead_url(), http_timeout=2) as store:
        with pytest.raises(StoreError):
            store.triple_count()
        assert store.requests == {"query": 3, "update": 0}
        with pytest.raises(StoreError):
            store.clear()
        assert store.requests == {"query": 3, "update": 1}


def test_cli_remote_down_is_one_line_exit_1() -> None:
    url = _dead_url()
    result = subprocess.run(
        [*KG, "stats", "--store", url], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error:"), result.stderr
    assert url in lines[0] and "Traceback" not in result.stderr


# ---------------------------------------------------------------------------
# Slow
# ---------------------------------------------------------------------------


def test_remote_slow_read_times_out_retried_and_names_endpoint(fake: FakeEndpoint) -> None:
    fake.delay = 5
    with (
        open_store(fake.query_url, http_timeout=0.3) as store,
        pytest.raises(StoreError, match=r"cannot reach SPARQL endpoint .*/query") as info,
    ):
        store.triple_count()
    assert fake.url in str(info.value)
    assert fake.requests.get("/query") == 3


def test_remote_slow_write_is_sent_once(fake: FakeEndpoint) -> None:
    fake.delay = 5
    with (
        open_store(fake.query_url, http_timeout=0.3) as store,
        pytest.raises(StoreError, match=r"/update"),
    ):
        store.update("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    assert fake.requests.get("/update") == 1
    assert "/query" not in fake.requests


def test_run_query_timeout_on_slow_endpoint_is_a_query_error(fake: FakeEndpoint) -> None:
    fake.delay = 5
    with (
        open_store(fake.query_url) as store,
        pytest.raises(KGError, match=r"stopped after|timed out|cannot reach"),
    ):
        run_query(store, "SELECT * WHERE { ?s ?p ?o }", timeout=0.3)


# ---------------------------------------------------------------------------
# Errors and garbage
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(("status", "reads"), [(500, 3), (503, 3), (400, 1), (404, 1)])
def test_remote_http_error_read_retried_only_when_server_side(
    fake: FakeEndpoint, status: int, reads: int
) -> None:
    fake.status, fake.ctype = status, "text/plain"
    fake.body = b"Parser error:\nline 3\n\x1b[31m bad \x1b[0m" + b"x" * 5000
    with open_store(fake.query_url) as store, pytest.raises(StoreError) as info:
        store.triple_count()
    message = str(info.value)
    assert f"{fake.query_url} answered HTTP {status}" in message
    assert "Parser error: line 3" in message
    assert "\n" not in message and len(message) < 1000
    assert fake.requests == {"/query": reads}


@pytest.mark.parametrize("status", [500, 400])
def test_remote_http_error_on_write_is_not_retried(fake: FakeEndpoint, status: int) -> None:
    fake.status, fake.ctype, fake.body = status, "text/plain", b"rejected"
    with (
        open_store(fake.query_url) as store,
        pytest.raises(StoreError, match=rf"{fake.update_url} answered HTTP {status}"),
    ):
        store.update("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    assert fake.requests == {"/update": 1}


GARBAGE = [
    ("application/sparql-results+json", b"not json"),
    ("application/sparql-results+json", b'{"head": {}}'),
    ("application/sparql-results+json", b'{"head": {"vars": ["c"]}, "results": {"bindings": []}}'),
    ("application/n-triples", b"<a> garbage"),
]


@pytest.mark.parametrize(
    ("ctype", "body"), GARBAGE, ids=["not-json", "no-results", "no-rows", "nt"]
)
def test_remote_garbage_answer_is_a_store_error(
    fake: FakeEndpoint, ctype: str, body: bytes
) -> None:
    fake.ctype, fake.body = ctype, body
    with open_store(fake.query_url) as store, pytest.raises(StoreError, match=fake.url):
        store.triple_count()


def test_remote_html_answer_names_endpoint_and_type(fake: FakeEndpoint) -> None:
    fake.ctype, fake.body = "text/html", b"<html>login</html>"
    with (
        open_store(fake.query_url) as store,
        pytest.raises(StoreError, match=r"/query answered with unexpected 'text/html'"),
    ):
        store.triple_count()


# ---------------------------------------------------------------------------
# A real Oxigraph server that dies or rejects a write
# ---------------------------------------------------------------------------


class OwnServer:
    """An ``oxigraph serve`` this test may kill and restart on the same data folder."""

    def __init__(self, location: Path) -> None:
        binary = oxigraph_binary()
        if binary is None:
            pytest.fail("the oxigraph server binary is missing: install it with `make dev`")
        self.binary = binary
        self.location = location
        self.process: subprocess.Popen[bytes] | None = None
        self.url = ""

    def start(self) -> None:
        for _attempt in range(3):
            port = free_port()
            self.url = f"http://127.0.0.1:{port}"
            self.process = subprocess.Popen(
                [
                    self.binary,
                    "serve",
                    "--location",
                    str(self.location),
                    "--bind",
                    f"127.0.0.1:{port}",
                ],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline and self.process.poll() is None:
                try:
                    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
                    with opener.open(f"{self.url}/query?query=ASK%7B%7D", timeout=2) as r:
                        r.read()
                    return
                except OSError:
                    time.sleep(0.1)
            self.stop()
        pytest.fail(f"oxigraph serve did not start in {self.location}")

    @property
    def query_url(self) -> str:
        return self.url + "/query"

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)


@pytest.fixture
def own_server(tmp_path: Path) -> Iterator[OwnServer]:
    server = OwnServer(tmp_path / "server-data")
    server.start()
    try:
        yield server
    finally:
        server.kill()  # its data is thrown away; a runaway query must not delay the stop


def _triples_of(*items: tuple[Document, list[Fact]]) -> int:
    """How many distinct triples these documents map to."""
    from kg.graph.mapping import document_graph_triples

    return len({t for doc, facts in items for t in document_graph_triples(doc, facts)})


def big_document(n: int = 1500) -> tuple[Document, list[Fact]]:
    doc = make_doc(f"A long article with {n} facts.", "big")
    return doc, [
        make_fact(doc, f"Investor {i}", "invests_in", f"Startup {i}", start=i) for i in range(n)
    ]


def test_remote_server_killed_during_replacing_build_keeps_old_graph(own_server: OwnServer) -> None:
    old = sample_documents()
    with open_store(own_server.query_url) as store:
        store.add_documents(old)
        before = store.triple_count()
        with pytest.raises(StoreError, match="cannot reach"), store.replacing() as fresh:
            fresh.add_document(*big_document(50))
            own_server.kill()
            fresh.add_document(*sample_documents()[0])
    own_server.start()
    with open_store(own_server.query_url, read_only=True) as store:
        assert store.triple_count() == before
        assert all(store.has_document(doc.hash) for doc, _ in old)
        assert not store.has_document(big_document(50)[0].hash)


class CuttingProxy:
    """A one-shot HTTP relay to ``server``: it passes on a request's head and the first
    half of its body, waits until the server has read them, then kills the server.

    The kill lands at a known point, inside the INSERT DATA of a document.
    """

    def __init__(self, server: OwnServer) -> None:
        self.server = server
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}/update"
        self.sent = 0
        self.total = 0
        self.thread = threading.Thread(target=self._relay, daemon=True)
        self.thread.start()

    def _relay(self) -> None:
        client, _ = self.listener.accept()
        with client:
            data = b""
            while b"\r\n\r\n" not in data:
                data += client.recv(65536)
            head, _, body = data.partition(b"\r\n\r\n")
            length = int(re.search(rb"(?i)content-length:\s*(\d+)", head).group(1))  # type: ignore[union-attr]
            while len(body) < length // 2:
                body += client.recv(65536)
            part = body[: length // 2]
            host, port = self.server.url.removeprefix("http://").split(":")
            with socket.create_connection((host, int(port)), timeout=10) as upstream:
                upstream.sendall(head + b"\r\n\r\n" + part)
                time.sleep(0.5)  # the server reads the half body and waits for the rest
                self.server.kill()
            self.sent, self.total = len(part), length

    def close(self) -> None:
        self.listener.close()
        self.thread.join(30)


def test_remote_server_killed_mid_write_leaves_nothing(own_server: OwnServer) -> None:
    doc, facts = big_document()
    proxy = CuttingProxy(own_server)
    try:
        with (
            open_store(f"{own_server.query_url},{proxy.url}", http_timeout=30) as store,
            pytest.raises(StoreError, match=r"cannot reach SPARQL endpoint .*/update"),
        ):
            store.add_document(doc, facts)
    finally:
        proxy.close()
    assert 0 < proxy.sent < proxy.total  # the kill came half-way through the document
    own_server.start()
    with open_store(own_server.query_url, read_only=True) as store:
        assert store.triple_count() == 0
        assert not store.has_document(doc.hash)


def test_remote_rejected_write_leaves_nothing_and_earlier_documents_whole(
    own_server: OwnServer,
) -> None:
    """Documents written before a rejected one stay whole; the rejected one is absent."""
    docs = [(doc, list(facts)) for doc, facts in sample_documents()]
    bad_doc, bad_facts = big_document(20)
    with open_store(own_server.query_url) as store:
        for doc, facts in docs:
            store.add_document(doc, facts)
        before = store.triple_count()
        # The real server refuses an update it cannot parse: as if the body were cut.
        with pytest.raises(StoreError, match=r"answered HTTP 400"):
            store.update("INSERT DATA { <urn:a> <urn:b> ")
        assert store.triple_count() == before
        assert before == _triples_of(*docs)
        store.add_document(bad_doc, bad_facts)
        assert store.triple_count() == _triples_of(*docs, (bad_doc, bad_facts))


@pytest.mark.slow
def test_cli_query_timeout_stops_runaway_query_on_remote_store(own_server: OwnServer) -> None:
    # Its own server: the runaway query keeps a core busy there until the server stops.
    with open_store(own_server.query_url) as store:
        store.add_documents(
            (
                make_doc(f"d{i}", f"d{i}"),
                [make_fact(make_doc(f"d{i}", f"d{i}"), f"A{i}", "uses", f"B{i}")],
            )
            for i in range(150)
        )
    runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    result = subprocess.run(
        [*KG, "query", runaway, "--store", own_server.query_url, "--timeout", "1"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error:"), result.stderr
    assert "--timeout" in lines[0] or "timed out" in lines[0]
    with pytest.raises(QueryError), open_store(own_server.query_url) as store:
        run_query(store, runaway, timeout=0.5)


# ---------------------------------------------------------------------------
# Proxy from the environment
# ---------------------------------------------------------------------------


def test_remote_requests_go_through_the_environment_proxy(
    fake: FakeEndpoint, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("no_proxy", "NO_PROXY", "HTTP_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("http_proxy", fake.url)
    count = {
        "head": {"vars": ["c"]},
        "results": {"bindings": [{"c": {"type": "literal", "value": "7"}}]},
    }
    fake.body = json.dumps(count).encode()
    with open_store("http://kg-endpoint.invalid:7878/query") as store:
        assert store.triple_count() == 7
    assert fake.requests == {"http://kg-endpoint.invalid:7878/query": 1}
