"""Shared fixtures: a real ``oxigraph serve`` on a free loopback port, and
``store_spec`` running one test against the memory, embedded and remote stores.

Helpers to build documents and facts by hand live here too
(``from tests.conftest import make_doc, make_fact``).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from kg.extract.pipeline import STRICT_ENV
from kg.records import Document, Fact

# An error a rule raises fails the test (and the CLI runs it starts) instead of being
# logged and skipped as it is for users.
os.environ[STRICT_ENV] = "1"

STORE_KINDS = ("memory", "oxigraph", "remote")


def oxigraph_binary() -> str | None:
    """The ``oxigraph`` server binary of the virtualenv, else the one on PATH."""
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.is_file():
        return str(beside)
    return shutil.which("oxigraph")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _no_proxy_open(request: urllib.request.Request | str, timeout: float) -> Any:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    return opener.open(request, timeout=timeout)


@dataclass
class OxigraphServer:
    """A running ``oxigraph serve``: its base URL and its query/update endpoints."""

    url: str
    process: subprocess.Popen[bytes]

    @property
    def query_url(self) -> str:
        return self.url + "/query"

    @property
    def update_url(self) -> str:
        return self.url + "/update"

    def update(self, sparql: str) -> None:
        req = urllib.request.Request(
            self.update_url,
            data=sparql.encode("utf-8"),
            headers={"Content-Type": "application/sparql-update"},
        )
        with _no_proxy_open(req, 30) as resp:
            resp.read()

    def reset(self) -> None:
        """Empty every graph of the server."""
        self.update("DROP ALL")


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OxigraphServer]:
    """One real Oxigraph SPARQL server per test worker; fails when it cannot start."""
    binary = oxigraph_binary()
    if binary is None:
        pytest.fail("the oxigraph server binary is missing: install it with `make dev`")
    location = tmp_path_factory.mktemp("oxigraph-server")
    log_path = location.parent / (location.name + ".log")
    process: subprocess.Popen[bytes] | None = None
    url = ""
    for _attempt in range(3):
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        log = open(log_path, "wb")  # noqa: SIM115 - the server writes to it while it runs
        process = subprocess.Popen(
            [binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        log.close()
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and process.poll() is None:
            try:
                with _no_proxy_open(f"{url}/query?query=ASK%7B%7D", 2) as resp:
                    resp.read()
                break
            except OSError:
                time.sleep(0.1)
        if process.poll() is None:
            break
    if process is None or process.poll() is not None:
        output = log_path.read_text(errors="replace")[-2000:]
        pytest.fail(f"oxigraph serve did not start at {url}: {output}")
    server = OxigraphServer(url, process)
    try:
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(params=["memory", "oxigraph", pytest.param("remote", marks=pytest.mark.server)])
def store_spec(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty store of each kind: ``memory``, an embedded folder, a remote endpoint."""
    kind = request.param
    if kind == "memory":
        return "memory"
    if kind == "oxigraph":
        return str(tmp_path / "store")
    server: OxigraphServer = request.getfixturevalue("oxigraph_server")
    server.reset()
    return server.query_url


# ---------------------------------------------------------------------------
# Hand-built records
# ---------------------------------------------------------------------------


def make_doc(text: str, doc_id: str = "", **kw: Any) -> Document:
    return Document(text=text, id=doc_id, **kw)


def make_fact(
    doc: Document,
    subject: str,
    relation: str,
    obj: str,
    sentence: str | None = None,
    *,
    subject_class: str = "Organization",
    object_class: str = "Organization",
    start: int = 0,
    **kw: Any,
) -> Fact:
    """A fact found in ``doc``; the sentence defaults to the document text."""
    sentence = doc.text if sentence is None else sentence
    return Fact(
        doc=doc.id,
        subject=subject,
        subject_class=subject_class,
        relation=relation,
        object=obj,
        object_class=object_class,
        sentence=sentence,
        start=start,
        end=start + len(sentence),
        **kw,
    )


def sample_documents() -> list[tuple[Document, list[Fact]]]:
    """Two documents sharing one fact (Microsoft invests_in OpenAI)."""
    d1 = make_doc(
        "Microsoft will invest $10 billion in OpenAI, the companies said.",
        "dev-a",
        date="2025-01-21",
        url="https://news.example.com/a",
        title="Microsoft and OpenAI",
    )
    d2 = make_doc(
        "Microsoft reportedly backs OpenAI. Google competes with OpenAI.",
        "dev-b",
        date="2024-05-01",
        source="corpus/b.txt",
        feed="Example Wire",
    )
    return [
        (
            d1,
            [
                make_fact(d1, "Microsoft", "invests_in", "OpenAI", amount="$10 billion"),
                make_fact(d1, "OpenAI", "partners_with", "Microsoft", confidence=0.7),
            ],
        ),
        (
            d2,
            [
                make_fact(
                    d2,
                    "Microsoft",
                    "invests_in",
                    "OpenAI",
                    "Microsoft reportedly backs OpenAI.",
                    certainty="reported",
                    subject_aliases=("Microsoft Corp.",),
                ),
                make_fact(
                    d2,
                    "Google",
                    "competes_with",
                    "OpenAI",
                    "Google competes with OpenAI.",
                    start=35,
                ),
            ],
        ),
    ]
