"""The README's commands and the notebook run, so the docs cannot rot."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"

pytestmark = pytest.mark.xdist_group("spacy")


def readme_kg_commands() -> list[list[str]]:
    """Every `$ kg ...` line of the README's console blocks, comments removed."""
    commands = []
    for line in README.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^\$ (kg .*)$", line.strip())
        if m:
            text = m.group(1).split("  #")[0].strip()
            commands.append(shlex.split(text))
    return commands


def test_readme_lists_the_two_setup_commands() -> None:
    text = README.read_text(encoding="utf-8")
    assert "$ make demo" in text
    assert "$ make test" in text
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci


def test_readme_kg_commands_all_run(tmp_path: Path) -> None:
    """Run the README's usage block in order in a scratch copy of the examples."""
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    shutil.copytree(ROOT / "queries", tmp_path / "queries")
    (tmp_path / "output").mkdir()
    env = {**os.environ, "KG_STORE": str(tmp_path / "output" / "store")}
    commands = readme_kg_commands()
    assert len(commands) >= 10
    for argv in commands:
        result = subprocess.run(
            [sys.executable, "-m", "kg.cli.main", *argv[1:]],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        assert result.returncode == 0, f"{' '.join(argv)} failed: {result.stderr}"
    assert (tmp_path / "output" / "graph.ttl").stat().st_size > 0
    assert (tmp_path / "output" / "graph.html").stat().st_size > 0


def test_make_demo_answers_who_invests_in_openai(tmp_path: Path) -> None:
    """The README's first command, with its output redirected to a scratch folder."""
    result = subprocess.run(
        ["make", "--no-print-directory", "demo", f"OUT={tmp_path}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Microsoft" in result.stdout
    ttl = tmp_path / "graph.ttl"
    import pyoxigraph
    import rdflib

    graph = rdflib.Graph().parse(ttl, format="turtle")
    assert len(graph) > 100
    with ttl.open("rb") as f:
        assert len(list(pyoxigraph.parse(f, format=pyoxigraph.RdfFormat.TURTLE))) == len(graph)
    assert (tmp_path / "graph.html").stat().st_size > 0


def test_notebook_runs_top_to_bottom() -> None:
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(ROOT / "notebooks" / "kg_tour.ipynb", as_version=4)
    client = NotebookClient(
        nb,
        timeout=600,
        kernel_name="python3",
        resources={"metadata": {"path": str(ROOT / "notebooks")}},
    )
    client.execute()
    outputs = "".join(
        out.get("text", "") for cell in nb.cells if cell.cell_type == "code" for out in cell.outputs
    )
    assert "Microsoft" in outputs
    errors = [
        out
        for cell in nb.cells
        if cell.cell_type == "code"
        for out in cell.outputs
        if out.output_type == "error"
    ]
    assert not errors
