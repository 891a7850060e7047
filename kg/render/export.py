"""Exporting the graph: Turtle, N-Triples, JSON-LD, TriG, GraphML and CSV.

RDF formats are written by the store itself (:meth:`KGStore.dump`): Oxigraph
streams an embedded store, rdflib's serializers write the others, with readable
prefixes (``kgo:``, ``prov:``, ``dcterms:``, ``skos:``, ``schema:``). GraphML
holds the networkx projection of :mod:`kg.query.analytics` (entities as nodes,
relation facts as labelled edges; for Gephi, yEd or networkx). CSV has one row
per fact.

Files are written atomically: into a temporary file in the destination folder,
flushed to disk, then renamed over the destination, so an interrupted export
leaves the previous file intact. The temporary file is named
``.NAME.kg-PID.XXXX.tmp``; one left by a process that no longer runs (a killed
export) is removed by the next write to the same destination. Only a regular
file or a new path is written: a symbolic link, a folder, a FIFO or a device is
refused rather than replaced.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import re
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, cast

from kg.errors import ExportError, UsageError
from kg.graph.backends import DUMP_FORMATS
from kg.graph.backends.common import process_alive

if TYPE_CHECKING:
    from kg.graph.store import KGStore

#: The RDF formats, serialized by the store itself.
RDF_FORMATS = tuple(DUMP_FORMATS)
#: Every export format, RDF first.
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


_TEMP_TAG = "kg-"

#: What a destination that is not a regular file is, by ``stat`` test.
_NOT_REGULAR = (
    (stat.S_ISLNK, "a symbolic link"),
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def _check_destination(path: Path) -> None:
    """Refuse to replace anything but a regular file (a link is not followed either)."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    except OSError as e:
        raise ExportError(f"cannot write {path}: {e.strerror or e}") from e
    for test, kind in _NOT_REGULAR:
        if test(mode):
            raise ExportError(
                f"will not write {path}: it is {kind}, not a regular file; "
                "give the path of a regular file or a new one (without -o the "
                "output goes to standard output)"
            )


#: The name of a temporary file of :func:`atomic_write`: ``.NAME.kg-PID.XXXX.tmp``.
_TEMP_NAME = re.compile(rf"^\.(?P<name>.+)\.{_TEMP_TAG}(?P<pid>\d+)\.[^.]+\.tmp$")


def remove_stale_temp_files(folder: str | Path, name: str | None = None) -> list[str]:
    """Remove the temporary files of killed writes in ``folder``; their paths.

    A temporary file is stale when the process named in it no longer runs.
    With ``name``, only those of writes to that file name are looked at.
    """
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    removed = []
    for entry in sorted(entries, key=lambda e: e.name):
        m = _TEMP_NAME.match(entry.name)
        if m is None or (name is not None and m["name"] != name):
            continue
        if process_alive(int(m["pid"])) or not entry.is_file(follow_symlinks=False):
            continue
        with contextlib.suppress(OSError):
            os.unlink(entry.path)
            removed.append(entry.path)
    return removed


def atomic_write(dest: str | Path, write: Callable[[IO[bytes]], object]) -> Path:
    """Call ``write`` on a temporary file beside ``dest``, then rename it over ``dest``.

    If ``write`` raises, ``dest`` keeps its previous content and the temporary
    file is removed.
    """
    path = Path(dest)
    folder = path.parent if str(path.parent) else Path(".")
    _check_destination(path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        remove_stale_temp_files(folder, path.name)
        fd, tmp = tempfile.mkstemp(
            prefix=f".{path.name}.{_TEMP_TAG}{os.getpid()}.", suffix=".tmp", dir=folder
        )
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


def _graphml_bytes(store: KGStore) -> bytes:
    """The networkx projection of :func:`kg.query.analytics.to_networkx`, with its
    attributes flattened to what GraphML holds: nodes carry ``label`` and ``type``
    (the entity class), edges ``relation``, ``label``, ``certainty`` and ``support``."""
    import networkx as nx

    from kg.query.analytics import to_networkx

    projected = to_networkx(store.graph)
    out = nx.MultiDiGraph()
    for node, data in projected.nodes(data=True):
        out.add_node(node, label=data["label"], type=data["class"])
    for s, o, relation, data in projected.edges(keys=True, data=True):
        out.add_edge(
            s,
            o,
            key=relation,
            relation=relation,
            label=relation.replace("_", " "),
            certainty=data["certainty"],
            support=data["support"],
        )
    buf = io.BytesIO()
    nx.write_graphml(out, buf, encoding="utf-8")
    return buf.getvalue()


def _csv_bytes(store: KGStore) -> bytes:
    from kg.query.sparql import select

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for row in select(store, "facts").rows:
        writer.writerow(
            [
                row.get("subjectLabel") or "",
                row.get("relationName") or "",
                row.get("objectLabel") or "",
                row.get("factCertainty") or "",
                int(row.get("support") or 0),
            ]
        )
    return out.getvalue().encode("utf-8")


def export_bytes(store: KGStore, fmt: str) -> bytes:
    """The whole graph serialized in ``fmt``."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown export format {fmt!r}: expected one of {', '.join(FORMATS)}")
    if fmt == "csv":
        return _csv_bytes(store)
    if fmt == "graphml":
        return _graphml_bytes(store)
    return store.dump(fmt) or b""


_EVIDENCE_CONFIDENCE = """
PREFIX kgo: <https://w3id.org/ai-industry-kg/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT ?ev ?s ?p ?o ?c WHERE {
  ?ev rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kgo:confidence ?c .
}
"""


def confident_copy(store: KGStore, min_confidence: float) -> KGStore:
    """An in-memory copy of the graph without evidence below ``min_confidence``.

    A fact all of whose evidence is below the threshold goes too; facts with no
    evidence at all (reference data such as corporate families) stay.
    """
    from kg.graph.store import open_store

    if not 0 <= min_confidence <= 1:
        raise UsageError(f"--min-confidence must be from 0 to 1, got {min_confidence}")
    weak_ev: set[Any] = set()
    best: dict[tuple[Any, ...], float] = {}
    for row in store.query(_EVIDENCE_CONFIDENCE):
        ev, s, p, o, c = cast("tuple[Any, ...]", row)
        if float(c) < min_confidence:
            weak_ev.add(ev)
        best[(s, p, o)] = max(best.get((s, p, o), 0.0), float(c))
    weak_facts = {fact for fact, top in best.items() if top < min_confidence}
    copy = open_store("memory")
    copy.add_triples(
        t for t in store.graph if t[0] not in weak_ev and (t[0], t[1], t[2]) not in weak_facts
    )
    return copy


def export_graph(
    store: KGStore, fmt: str, dest: str | Path | None, *, min_confidence: float = 0.0
) -> str | None:
    """Write the graph in ``fmt`` to ``dest`` atomically, or return it as text when dest is None.

    With ``min_confidence``, only evidence of at least that confidence is written,
    and only the facts that keep some.

    Example::

        export_graph(store, "turtle", "output/graph.ttl")
    """
    if min_confidence > 0:
        with confident_copy(store, min_confidence) as copy:
            return export_graph(copy, fmt, dest)
    if fmt in RDF_FORMATS:
        # The store serializes itself (an embedded one streaming, in Oxigraph).
        if dest is None:
            return (store.dump(fmt) or b"").decode("utf-8")
        atomic_write(dest, lambda fh: store.dump(fmt, fh))
        return None
    data = export_bytes(store, fmt)
    if dest is None:
        return data.decode("utf-8")
    atomic_write(dest, lambda fh: fh.write(data))
    return None
