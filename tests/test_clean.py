"""kg clean: what killed builds and exports leave behind is removed, nothing else."""

from __future__ import annotations

import os
import socket
import subprocess
from pathlib import Path
from urllib.parse import quote

import pytest
from click.testing import CliRunner
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg.cli.main import cli
from kg.graph.store import open_store
from tests.conftest import OxigraphServer, sample_documents


@pytest.fixture
def dead_pid() -> int:
    done = subprocess.Popen(["true"])
    done.wait()
    return done.pid


def test_clean_embedded_removes_staging_folders_and_dead_temp_files(
    tmp_path: Path, dead_pid: int
) -> None:
    spec = str(tmp_path / "store")
    with open_store(spec) as store:
        store.add_document(*sample_documents()[0])
    new = tmp_path / ".store.new-deadbeef"
    old = tmp_path / ".store.old-deadbeef"
    for folder in (new, old):
        folder.mkdir()
        (folder / "junk").write_text("left by a killed build")
    dead = tmp_path / f".graph.ttl.kg-{dead_pid}.x1y2.tmp"
    alive = tmp_path / f".graph.ttl.kg-{os.getpid()}.x3y4.tmp"
    mine = tmp_path / "graph.ttl"
    for file in (dead, alive, mine):
        file.write_text("@prefix : <urn:> .")

    result = CliRunner().invoke(cli, ["clean", "--store", spec])

    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        f"removed {new}",
        f"removed {old}",
        f"removed {dead}",
        "3 left-overs removed",
    ]
    assert not new.exists() and not old.exists() and not dead.exists()
    assert alive.exists() and mine.exists()
    with open_store(spec, read_only=True) as store:
        assert store.triple_count() > 0


def test_clean_looks_in_the_folders_given(tmp_path: Path, dead_pid: int) -> None:
    exports = tmp_path / "exports"
    exports.mkdir()
    dead = exports / f".facts.csv.kg-{dead_pid}.abcd.tmp"
    dead.write_text("subject,relation,object")
    result = CliRunner().invoke(cli, ["clean", "--store", "memory", str(exports)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [f"removed {dead}", "1 left-over removed"]
    assert not dead.exists()


def test_clean_with_nothing_left_over(tmp_path: Path) -> None:
    spec = str(tmp_path / "store")
    with open_store(spec):
        pass
    result = CliRunner().invoke(cli, ["clean", "--store", spec])
    assert result.exit_code == 0, result.output
    assert result.output == "0 left-overs removed\n"


def _graphs(server: OxigraphServer) -> set[str]:
    with open_store(server.query_url, read_only=True) as store:
        found = store._backend.http_query(  # type: ignore[attr-defined]
            "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }",
            default_graph=DATASET_DEFAULT_GRAPH_ID,
        )
        return {str(row[0]) for row in found}


@pytest.mark.server
def test_clean_remote_drops_staging_graphs_of_dead_builds(
    oxigraph_server: OxigraphServer, dead_pid: int
) -> None:
    oxigraph_server.reset()
    with open_store(oxigraph_server.query_url) as store:
        store.add_document(*sample_documents()[0])
        triples = store.triple_count()
    running = subprocess.Popen(["sleep", "60"])
    host = quote(socket.gethostname(), safe="")
    legacy = "urn:x-kg:staging:" + "0" * 32
    dead = f"urn:x-kg:staging:{host}:{dead_pid}:abc"
    alive = f"urn:x-kg:staging:{host}:{running.pid}:def"
    elsewhere = "urn:x-kg:staging:elsewhere.example:1:ghi"
    for name in (legacy, dead, alive, elsewhere):
        oxigraph_server.update(f"INSERT DATA {{ GRAPH <{name}> {{ <urn:s> <urn:p> <urn:o> }} }}")
    try:
        result = CliRunner().invoke(cli, ["clean", "--store", oxigraph_server.query_url])
        assert result.exit_code == 0, result.output
        lines = result.output.splitlines()
        assert sorted(lines[:-1]) == sorted([f"removed {legacy}", f"removed {dead}"])
        assert lines[-1] == "2 left-overs removed"
        assert _graphs(oxigraph_server) == {alive, elsewhere}
        with open_store(oxigraph_server.query_url, read_only=True) as store:
            assert store.triple_count() == triples
    finally:
        running.kill()
        running.wait()


def test_clean_refuses_a_missing_folder(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["clean", "--store", "memory", str(tmp_path / "absent")])
    assert result.exit_code == 2
    assert "does not exist" in result.output
