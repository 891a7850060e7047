"""Loading the named SPARQL queries of ``queries/*.rq``.

Queries are data files: the library and users share them. In a source checkout
they live in ``queries/`` beside the package; an installed wheel ships them as
``kg/_queries``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from kg.errors import QueryError

_NAME = re.compile(r"[A-Za-z0-9_-]+")


def queries_dir() -> Path:
    """The folder holding the named ``.rq`` files."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here.parent / "queries", here / "_queries"):
        if candidate.is_dir():
            return candidate
    return here.parent / "queries"


def query_names() -> list[str]:
    """Names of the available queries (file names without ``.rq``)."""
    return sorted(p.stem for p in queries_dir().glob("*.rq"))


@lru_cache(maxsize=64)
def load_query(name: str) -> str:
    """Text of ``queries/NAME.rq``; raises QueryError listing the names when unknown."""
    path = queries_dir() / f"{name}.rq"
    if not _NAME.fullmatch(name) or not path.is_file():
        raise QueryError(
            f"unknown named query {name!r}: expected one of {', '.join(query_names())}"
        )
    return path.read_text(encoding="utf-8")
