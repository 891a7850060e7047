"""A real ``kg serve`` for the tests: started on a free loopback port, stopped after."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

KG = [sys.executable, "-m", "kg.cli.main"]
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


@dataclass
class Reply:
    status: int
    content_type: str
    body: bytes
    headers: dict[str, str]

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")


@dataclass
class KGServer:
    url: str
    process: subprocess.Popen[bytes]
    log: Path

    @property
    def query_url(self) -> str:
        return self.url + "/query"

    def request(
        self,
        path: str,
        *,
        data: bytes | None = None,
        headers: dict[str, str] | None = None,
        params: dict[str, str] | None = None,
    ) -> Reply:
        url = self.url + path + ("?" + urllib.parse.urlencode(params) if params else "")
        req = urllib.request.Request(url, data=data, headers=headers or {})
        try:
            with _OPENER.open(req, timeout=60) as resp:
                return Reply(
                    resp.status,
                    resp.headers.get("Content-Type", ""),
                    resp.read(),
                    dict(resp.headers),
                )
        except urllib.error.HTTPError as e:
            return Reply(e.code, e.headers.get("Content-Type", ""), e.read(), dict(e.headers))

    def query(
        self, text: str, accept: str = "application/sparql-results+json", **params: str
    ) -> Reply:
        body = urllib.parse.urlencode({"query": text, **params}).encode()
        return self.request(
            "/query",
            data=body,
            headers={"Accept": accept, "Content-Type": "application/x-www-form-urlencoded"},
        )

    def update(self, text: str, token: str | None = None) -> Reply:
        headers = {"Content-Type": "application/sparql-update"}
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        return self.request("/update", data=text.encode(), headers=headers)


@contextmanager
def kg_serve(
    store: str | Path, *args: str, log: Path, env: dict[str, str] | None = None
) -> Iterator[KGServer]:
    """``kg serve --store STORE --port 0 ARGS...``, its URL read from its first line;
    ``env`` is added to the environment."""
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [*KG, "serve", "--store", str(store), "--port", "0", *args],
            stdout=out,
            stderr=subprocess.STDOUT,
            env={**os.environ, **(env or {})},
        )
    url = ""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        m = re.search(r"at (http://127\.0\.0\.1:\d+)/", log.read_text(errors="replace"))
        if m:
            url = m.group(1)
            break
        time.sleep(0.05)
    if not url:
        process.kill()
        process.wait()
        pytest.fail(f"kg serve did not start: {log.read_text(errors='replace')[-2000:]}")
    try:
        yield KGServer(url, process, log)
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
