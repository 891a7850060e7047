"""Exporting the graph: Turtle, N-Triples, JSON-LD, TriG, GraphML and CSV.

RDF formats are written by rdflib's serializers with readable prefixes
(``kgo:``, ``kgr:``, ``prov:``, ``dcterms:``, ``skos:``, ``schema:``). GraphML
holds the entities as nodes and the relation facts as labelled edges (for
Gephi, yEd or networkx). CSV has one row per fact.

Files are written atomically: into a temporary file in the destination folder,
flushed to disk, then renamed over the destination, so an interrupted export
leaves the previous file intact.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import stat
import tempfile
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from rdflib import Dataset, Graph
from rdflib.term import Literal

from kg.errors import ExportError
from kg.graph.namespace import prefixes

if TYPE_CHECKING:
    from kg.graph.store import KGStore

#: Export format -> rdflib serializer name.
RDF_FORMATS = {"turtle": "turtle", "nt": "nt", "jsonld": "json-ld", "trig": "trig"}
FORMATS = (*RDF_FORMATS, "graphml", "csv")
CSV_COLUMNS = ("subject", "relation", "object", "certainty", "support")


def _file_mode(path: Path) -> int:
    """The mode a replaced file keeps, or what a new file gets under the umask."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def atomic_write(dest: str | Path, write: Callable[[IO[bytes]], object]) -> Path:
    """Call ``write`` on a temporary file beside ``dest``, then rename it over ``dest``.

    If ``write`` raises, ``dest`` keeps its previous content and the temporary
    file is removed.
    """
    path = Path(dest)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as e:
        raise ExportError(f"cannot write {path}: {e.strerror}") from e
    try:
        os.fchmod(fd, _file_mode(path))
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException as e:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(e, OSError):
            raise ExportError(f"cannot write {path}: {e.strerror or e}") from e
        raise
    return path


def _snapshot(store: KGStore) -> Graph:
    """The store's triples in an in-memory graph with kg's prefixes bound."""
    from kg.graph.store import plain_literal

    g = Graph(bind_namespaces="core")
    for prefix, ns in prefixes(store.base_iri).items():
        g.bind(prefix, ns)
    g += ((s, p, plain_literal(o)) for s, p, o in store.graph)
    return g


def _rdf_bytes(graph: Graph, fmt: str, base_iri: str) -> bytes:
    if fmt == "trig":
        ds = Dataset()
        for prefix, ns in graph.namespaces():
            ds.bind(prefix, ns)
        ds.default_graph += graph
        with warnings.catch_warnings():
            # rdflib's TriG serializer still calls its own deprecated Dataset API.
            warnings.simplefilter("ignore", DeprecationWarning)
            return ds.serialize(format="trig", encoding="utf-8")
    if fmt == "jsonld":
        context = {p: str(ns) for p, ns in prefixes(base_iri).items() if p not in ("xml",)}
        return graph.serialize(format="json-ld", context=context, encoding="utf-8")
    return graph.serialize(format=RDF_FORMATS[fmt], encoding="utf-8")


def to_networkx(store: KGStore) -> Any:
    """Entities as nodes (label, class) and facts as edges (relation, label, support, certainty).

    Built from two SPARQL queries (``entities.rq`` and ``facts.rq``), so it works
    the same on every store without copying the graph.
    """
    import networkx as nx

    from kg.query.sparql import select

    out = nx.MultiDiGraph()
    classes: dict[str, list[str]] = {}
    labels: dict[str, str] = {}
    for row in select(store, "entities").terms:
        node = str(row["entity"])
        labels[node] = str(row["label"])
        classes.setdefault(node, []).append(str(row["className"]))
    for node, label in labels.items():
        out.add_node(node, label=label, type=",".join(sorted(set(classes[node]))))
    for row in select(store, "facts").terms:
        s, o, name = str(row["subject"]), str(row["object"]), str(row["relationName"])
        for end, end_label in ((s, row["subjectLabel"]), (o, row["objectLabel"])):
            if end not in out:
                out.add_node(end, label=str(end_label), type="")
        out.add_edge(
            s,
            o,
            key=name,
            relation=name,
            label=name.replace("_", " "),
            certainty=str(row["factCertainty"]),
            support=int(str(row["support"])),
        )
    return out


def _graphml_bytes(store: KGStore) -> bytes:
    import networkx as nx

    buf = io.BytesIO()
    nx.write_graphml(to_networkx(store), buf, encoding="utf-8")
    return buf.getvalue()


def _csv_bytes(store: KGStore) -> bytes:
    from kg.query.sparql import select

    result = select(store, "facts")
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for row in result.terms:
        writer.writerow(
            [
                str(row.get("subjectLabel") or ""),
                str(row.get("relationName") or ""),
                str(row.get("objectLabel") or ""),
                str(row.get("factCertainty") or ""),
                int(Literal(row.get("support") or 0).toPython()),
            ]
        )
    return out.getvalue().encode("utf-8")


def export_bytes(store: KGStore, fmt: str) -> bytes:
    """The whole graph serialized in ``fmt``."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}: expected one of {', '.join(FORMATS)}")
    if fmt == "csv":
        return _csv_bytes(store)
    if fmt == "graphml":
        return _graphml_bytes(store)
    return _rdf_bytes(_snapshot(store), fmt, store.base_iri)


def export_graph(store: KGStore, fmt: str, dest: str | Path | None) -> str | None:
    """Write the graph in ``fmt`` to ``dest`` atomically, or return it as text when dest is None.

    Example::

        export_graph(store, "turtle", "output/graph.ttl")
    """
    if fmt in RDF_FORMATS and store.kind == "oxigraph":
        # Oxigraph serializes the embedded store itself, streaming: fast for big graphs.
        if dest is None:
            return (store.dump(fmt) or b"").decode("utf-8")
        atomic_write(dest, lambda fh: store.dump(fmt, fh))
        return None
    data = export_bytes(store, fmt)
    if dest is None:
        return data.decode("utf-8")
    atomic_write(dest, lambda fh: fh.write(data))
    return None
