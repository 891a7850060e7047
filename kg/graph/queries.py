"""Loading SPARQL queries kept as ``.rq`` files: one loader for two folders.

- Named queries for users, in ``queries/`` beside the package (shipped in a
  wheel as ``kg/_queries``): ``kg query -f``, :func:`kg.query.sparql.select`.
- Queries a module runs for itself, in its package's ``data/`` folder
  (``kg/graph/data/`` for the store, ``kg/query/data/`` for analytics): not
  part of the user's list, free to change with the code.

Example::

    load_query("investors_of")                    # queries/investors_of.rq
    load_query("describe_node", package="kg.graph")  # kg/graph/data/describe_node.rq
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from kg.errors import QueryError

_NAME = re.compile(r"[A-Za-z0-9_-]+")


def queries_dir() -> Path:
    """The folder holding the user-facing named ``.rq`` files."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here.parent / "queries", here / "_queries"):
        if candidate.is_dir():
            return candidate
    return here.parent / "queries"


def query_names() -> list[str]:
    """Names of the user-facing queries (file names without ``.rq``)."""
    return sorted(p.stem for p in queries_dir().glob("*.rq"))


@lru_cache(maxsize=64)
def load_query(name: str, package: str | None = None) -> str:
    """Text of ``NAME.rq``: a named query of ``queries/``, or with ``package`` one of
    that package's ``data/`` folder. Raises QueryError listing the names when unknown."""
    folder: Traversable = queries_dir() if package is None else resources.files(package) / "data"
    file = folder / f"{name}.rq"
    if not _NAME.fullmatch(name) or not file.is_file():
        names = sorted(p.name[: -len(".rq")] for p in folder.iterdir() if p.name.endswith(".rq"))
        where = "named query" if package is None else f"{package} query"
        raise QueryError(f"unknown {where} {name!r}: expected one of {', '.join(names)}")
    return file.read_text(encoding="utf-8")
