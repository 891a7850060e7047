"""``kg serve`` beside writers: it answers from a snapshot while ``kg build --append``
holds the store, and serves the new facts once the build has ended."""

from __future__ import annotations

import json
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kg.graph.snapshot import Snapshots
from kg.graph.store import open_store
from kg.serve import is_loopback
from tests.conftest import make_doc, make_fact, sample_documents
from tests.kg_serve import KG, KGServer, kg_serve

pytestmark = [pytest.mark.server, pytest.mark.xdist_group("serve")]

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
ACQUIRES = 'ASK { ?a rdfs:label "Amazon" . ?b rdfs:label "Anthropic" . ?a kgo:acquires ?b }'


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[KGServer, Path]]:
    folder = tmp_path_factory.mktemp("serve-build")
    store = folder / "store"
    with open_store(str(store)) as st:
        for doc, facts in sample_documents():
            st.add_document(doc, facts)
    with kg_serve(store, log=folder / "serve.log") as srv:
        yield srv, store


def count(server: KGServer) -> int:
    reply = server.query(COUNT)
    assert reply.status == 200, reply.text
    return int(json.loads(reply.body)["results"]["bindings"][0]["n"]["value"])


def ask(server: KGServer, text: str) -> bool:
    reply = server.query(text)
    assert reply.status == 200, reply.text
    return bool(json.loads(reply.body)["boolean"])


def wait_for(server: KGServer, text: str, seconds: float = 60) -> bool:
    """Poll until ``text`` (an ASK) is true; bounded, not a timing assertion."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if ask(server, text):
            return True
        time.sleep(0.2)
    return False


def stored_count(store: Path) -> int:
    with open_store(str(store), read_only=True) as st:
        return st.triple_count()


def test_serve_answers_while_a_writer_holds_the_store(served: tuple[KGServer, Path]) -> None:
    server, store = served
    before = count(server)
    doc = make_doc("Oracle acquires Cohere.", "writer-1")
    with open_store(str(store)) as st:  # the exclusive lock, as kg build takes it
        st.add_document(doc, [make_fact(doc, "Oracle", "acquires", "Cohere")])
        st.flush()
        # The writer still holds the lock: the server answers from its snapshot.
        assert count(server) == before
        assert not ask(server, 'ASK { ?o rdfs:label "Cohere" }')
    assert wait_for(server, 'ASK { ?o rdfs:label "Cohere" }')
    assert count(server) == stored_count(store)


def test_serve_keeps_answering_during_kg_build_append(
    served: tuple[KGServer, Path], tmp_path: Path
) -> None:
    server, store = served
    news = tmp_path / "news.txt"
    news.write_text("Amazon acquired Anthropic in a deal announced on Tuesday.\n")
    before = count(server)
    build = subprocess.Popen(
        [*KG, "build", str(news), "--append", "--store", str(store), "--no-progress"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    answers = []
    while build.poll() is None:
        answers.append(count(server))  # never fails, never sees half a build
    _out, err = build.communicate()
    assert build.returncode == 0, err
    assert answers, "the build ended before the first answer"
    assert set(answers) <= {before, stored_count(store)}
    assert wait_for(server, ACQUIRES)
    assert count(server) == stored_count(store) > before


def test_serve_read_only_refuses_updates_even_with_a_token(
    served: tuple[KGServer, Path],
) -> None:
    server, _store = served
    reply = server.update("INSERT DATA { <urn:x:a> <urn:x:p> <urn:x:b> }", token="anything")
    assert reply.status == 403
    assert "read-only" in reply.text
    assert "read-only" in server.log.read_text()


def test_serve_survives_a_rebuild_swapping_the_folder(
    served: tuple[KGServer, Path], tmp_path: Path
) -> None:
    server, store = served
    news = tmp_path / "only.txt"
    news.write_text("Google partners with Anthropic.\n")
    result = subprocess.run(
        [*KG, "build", str(news), "--store", str(store), "--no-progress"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    # Wait for what only the new graph has, then check that the old one is gone
    # (whatever the other tests of the module added before).
    assert wait_for(
        server, 'ASK { ?g rdfs:label "Google" . ?g kgo:partners_with|^kgo:partners_with ?a }'
    )
    assert not ask(server, 'ASK { ?o rdfs:label "OpenAI" }')
    assert count(server) == stored_count(store)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--store", "memory"], "kg serve serves an embedded store folder, not 'memory'"),
        (["--store", "{tmp}/none"], "no store at"),
        (["--store", "{tmp}/store", "--allow-update"], "--allow-update needs --token"),
    ],
)
def test_serve_start_errors_are_one_line(
    served: tuple[KGServer, Path], args: list[str], message: str
) -> None:
    _server, store = served
    args = [a.replace("{tmp}/store", str(store)).replace("{tmp}", str(store.parent)) for a in args]
    result = subprocess.run(
        [*KG, "serve", "--port", "0", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={"PATH": "/usr/bin:/bin", "KG_LOCK_TIMEOUT": "5"},
    )
    assert result.returncode == 2 if "memory" in message or "token" in message else 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert message in lines[0]


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.3.2.1", True),
        ("localhost", True),
        ("::1", True),
        ("0.0.0.0", False),
        ("192.168.1.10", False),
        ("example.org", False),
    ],
)
def test_serve_is_loopback(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def _two_documents(store: Path) -> tuple[Any, Any]:
    first = make_doc("Oracle acquires Cohere.", "snap-1")
    second = make_doc("Intel partners with Arm.", "snap-2")
    with open_store(str(store)) as st:
        st.add_document(first, [make_fact(first, "Oracle", "acquires", "Cohere")])
    return first, second


def test_snapshots_pinned_snapshot_outlives_a_refresh(tmp_path: Path) -> None:
    store = tmp_path / "store"
    _first, second = _two_documents(store)
    with Snapshots(store, poll=3600) as snaps:
        with snaps.pinned() as old:
            before = len(old.store)
            with open_store(str(store)) as st:
                st.add_document(second, [make_fact(second, "Intel", "partners_with", "Arm")])
            assert snaps.refresh() is True
            assert snaps.generation == 2
            assert len(old.store) == before  # still readable, unchanged
            with snaps.pinned() as new:
                assert len(new.store) > before
        assert not old.folder.exists()  # removed once its last query was done
        assert snaps.refresh() is False  # nothing changed since
        assert old.folder.parent.parent == store.parent  # beside the store: hard links
    assert not list(store.parent.glob(".store.snapshots-*"))


def test_snapshots_remove_those_of_a_killed_server(tmp_path: Path) -> None:
    store = tmp_path / "store"
    _two_documents(store)
    stale = tmp_path / ".store.snapshots-999999999"
    (stale / "snapshot-1").mkdir(parents=True)
    with Snapshots(store, poll=3600):
        assert not stale.exists()


def test_snapshots_refresh_waits_for_the_writer(tmp_path: Path) -> None:
    store = tmp_path / "store"
    _first, second = _two_documents(store)
    with Snapshots(store, poll=3600) as snaps:
        with open_store(str(store)) as st:
            st.add_document(second, [make_fact(second, "Intel", "partners_with", "Arm")])
            st.flush()
            assert snaps.refresh() is False  # the writer holds the lock
            assert snaps.generation == 1
        assert snaps.refresh() is True
        assert snaps.generation == 2


def test_serve_stops_at_once_with_a_query_still_running(
    served: tuple[KGServer, Path], tmp_path: Path
) -> None:
    """SIGTERM stops the server even while Oxigraph runs a query it cannot interrupt."""
    _server, store = served
    endless = (
        "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
    )
    with kg_serve(store, "--timeout", "0.05", log=tmp_path / "serve.log") as srv:
        assert srv.query(endless).status == 503
        srv.process.terminate()
        # A bound on a hang, not a timing assertion: the query alone would run for minutes.
        assert srv.process.wait(timeout=30) == 0
    assert "Traceback" not in (tmp_path / "serve.log").read_text()


def test_serve_allow_service_federates_to_another_endpoint(
    served: tuple[KGServer, Path], tmp_path: Path
) -> None:
    """With --allow-service a SERVICE clause reaches another endpoint (here the
    module's server, on loopback); without it, it is refused (see test_serve)."""
    other, store = served
    text = (
        f"SELECT ?name WHERE {{ SERVICE <{other.query_url}> "
        '{ ?e rdfs:label ?name FILTER(?name = "Google") } }'
    )
    with kg_serve(store, "--allow-service", log=tmp_path / "serve.log") as srv:
        reply = srv.query(text)
    assert reply.status == 200, reply.text
    # Google is in the store before and after the rebuild test.
    assert [b["name"]["value"] for b in json.loads(reply.body)["results"]["bindings"]] == ["Google"]


def test_snapshots_concurrent_refreshes_take_one_checkpoint(tmp_path: Path) -> None:
    """The watcher and an update may refresh at the same moment: one checkpoint is taken."""
    from concurrent.futures import ThreadPoolExecutor

    store = tmp_path / "store"
    _first, second = _two_documents(store)
    with Snapshots(store, poll=3600) as snaps:
        with open_store(str(store)) as st:
            st.add_document(second, [make_fact(second, "Intel", "partners_with", "Arm")])
        with ThreadPoolExecutor(max_workers=4) as pool:
            taken = list(pool.map(lambda _i: snaps.refresh(lock_timeout=10), range(4)))
        assert sorted(taken) == [False, False, False, True]
        assert snaps.generation == 2
        with snaps.pinned() as snap:
            ask = snap.store.query('ASK { ?e ?p "Intel" }')
            assert bool(ask)


def test_serve_update_while_a_writer_holds_the_store_is_503(
    served: tuple[KGServer, Path], tmp_path: Path
) -> None:
    """An update waits for the store's lock like any writer, then gives up: 503."""
    _server, store = served
    args = ["--allow-update", "--token", "t0ken"]
    with kg_serve(store, *args, log=tmp_path / "serve.log", env={"KG_LOCK_TIMEOUT": "0.2"}) as srv:
        with open_store(str(store)):  # the exclusive lock, as kg build takes it
            reply = srv.update("INSERT DATA { <urn:x:locked> <urn:x:p> 1 }", token="t0ken")
        assert reply.status == 503, reply.text
        assert "being used by another process" in reply.text
        assert not ask(srv, "ASK { <urn:x:locked> ?p ?o }")
