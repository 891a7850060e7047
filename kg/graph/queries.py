"""Loading SPARQL queries kept as ``.rq`` files: one loader for two folders.

- Named queries for users, in ``queries/`` beside the package (shipped in a
  wheel as ``kg/_queries``): ``kg query -f``, :func:`kg.query.sparql.select`.
- Queries a module runs for itself, in its package's ``data/`` folder
  (``kg/graph/data/`` for the store, ``kg/query/data/`` for analytics): not
  part of the user's list, free to change with the code.

Example::

    load_query("investors_of")                    # queries/investors_of.rq
    load_query("describe_node", package="kg.graph")  # kg/graph/data/describe_node.rq

A named query that needs values declares them in its header comment
(``# param: company  label of the company (required)``); :func:`bind_params`
checks the values given against the declarations and turns them into terms.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from rdflib.term import Literal, Node

from kg.errors import ParameterError, QueryError

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


# ---------------------------------------------------------------------------
# Parameters
# ---------------------------------------------------------------------------

#: ``# param: NAME  what it is (required)`` in a query's leading comment block.
_PARAM = re.compile(r"#\s*param:\s*([A-Za-z_][A-Za-z0-9_]*)\s*(.*)")
_MENTIONED = r"[?$]{}(?![A-Za-z0-9_\u00B7\u00C0-\uFFFF])"


@dataclass(frozen=True)
class QueryParam:
    """A parameter a query declares in its header: a variable bound to the given value."""

    name: str
    description: str = ""
    required: bool = False


def query_params(text: str) -> list[QueryParam]:
    """The parameters declared in the leading comment block of ``text``.

    A declaration is a comment line ``# param: NAME  description``; a
    description ending in ``(required)`` makes the parameter required.

    >>> query_params("# Investors.\\n# param: company  its label (required)\\nSELECT ...")
    [QueryParam(name='company', description='its label', required=True)]
    """
    params: list[QueryParam] = []
    for line in text.lstrip("\ufeff").splitlines():
        line = line.strip()
        if not line:
            continue
        if not line.startswith("#"):
            break
        m = _PARAM.fullmatch(line)
        if m:
            description = m.group(2).strip()
            required = description.endswith("(required)")
            if required:
                description = description[: -len("(required)")].rstrip()
            params.append(QueryParam(m.group(1), description, required))
    return params


def bind_params(
    text: str,
    values: Mapping[str, Any],
    name: str = "the query",
    how: str = "--bind {}=VALUE",
) -> dict[str, Node]:
    """The bindings for running ``text`` with parameter ``values``: a string becomes a
    plain literal, an RDF term stays as it is.

    A query that declares parameters (:func:`query_params`) takes only those,
    and all of its required ones; a query that declares none takes any
    variable it mentions. Values become RDF terms here and are bound by the
    store (never pasted into the text). Raises :class:`ParameterError` naming
    the parameter and how to give it (``how``, formatted with its name).

    >>> bind_params("# param: company  its label (required)\\nSELECT ...", {"company": "OpenAI"})
    {'company': rdflib.term.Literal('OpenAI')}
    """
    declared = query_params(text)
    names = [p.name for p in declared]
    for key in values:
        if declared and key not in names:
            raise ParameterError(
                f"unknown parameter {key!r} for {name}: it takes {', '.join(names)}"
            )
        if not declared and not re.search(_MENTIONED.format(re.escape(key)), text):
            raise ParameterError(
                f"unknown parameter {key!r} for {name}: the query has no variable ?{key}"
            )
    for param in declared:
        if param.required and param.name not in values:
            what = f" ({param.description})" if param.description else ""
            raise ParameterError(
                f"{name} needs the parameter {param.name!r}{what}: "
                f"give it with {how.format(param.name)}"
            )
    return {k: v if isinstance(v, Node) else Literal(v) for k, v in values.items()}
