"""The embedded store: an Oxigraph folder (``PATH`` or ``oxigraph:PATH``), seen by
rdflib through oxrdflib and guarded by a lock file beside it (see :mod:`kg.graph.lock`).
"""

from __future__ import annotations

import contextlib
import gc
import math
import os
import shutil
import uuid
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.query import Result
from rdflib.term import BNode, Literal, Node, URIRef

from kg.errors import InputError, StoreError, StoreLockedError, UsageError
from kg.graph.backends import Backend, DocumentTriples, OpenOptions
from kg.graph.backends.common import materialize, new_graph, plain_literal
from kg.graph.lock import FileLock, exchange_dirs, resolve_lock_timeout
from kg.graph.mapping import Triple
from kg.graph.namespace import prefixes
from kg.graph.sparql_text import bind_values, triples_block

if TYPE_CHECKING:
    import pyoxigraph as ox

#: rdflib IRI -> pyoxigraph NamedNode. Predicates, classes and entities repeat
#: constantly; bounded by emptying it when full.
_OX_NAMED: dict[URIRef, Any] = {}
_OX_NAMED_MAX = 100_000
#: Longest wait for the store lock accepted, in seconds (one day).
MAX_LOCK_TIMEOUT = 86_400.0


def _ox_named(node: URIRef) -> Any:
    import pyoxigraph as ox

    named = ox.NamedNode(str(node))
    if type(node) is URIRef:
        if len(_OX_NAMED) >= _OX_NAMED_MAX:
            _OX_NAMED.clear()
        _OX_NAMED[node] = named
    return named


def _ox_term(node: Node) -> Any:
    """``node`` as a pyoxigraph term (IRIs from the cache)."""
    if type(node) is URIRef:
        return _OX_NAMED.get(node) or _ox_named(node)
    import pyoxigraph as ox

    if isinstance(node, Literal):
        if node.language:
            return ox.Literal(str(node), language=node.language)
        datatype = node.datatype
        if datatype is not None:
            return ox.Literal(str(node), datatype=_OX_NAMED.get(datatype) or _ox_named(datatype))
        return ox.Literal(str(node))
    if isinstance(node, URIRef):
        return _ox_named(node)
    if isinstance(node, BNode):
        return ox.BlankNode(str(node))
    raise StoreError(f"cannot store term {node!r}")


def _ox_quad(t: Triple) -> Any:
    """The triple as a quad of Oxigraph's default graph."""
    import pyoxigraph as ox

    s, p, o = t
    # No explicit DefaultGraph(): the same quad, several times faster to make.
    return ox.Quad(_ox_term(s), _ox_term(p), _ox_term(o))


def _oxrdflib_store(ox_store: ox.Store) -> Any:
    """oxrdflib's rdflib store over ``ox_store``, returning plain literals for xsd:string."""
    from oxrdflib import OxigraphStore

    class _PlainLiteralStore(OxigraphStore):
        def triples(self, triple_pattern: Any, context: Any = None) -> Iterator[Any]:
            for (s, p, o), ctx in super().triples(triple_pattern, context):
                yield (s, p, plain_literal(o)), ctx

    return _PlainLiteralStore(store=ox_store)


class OxigraphBackend:
    """An embedded Oxigraph folder, seen by rdflib through oxrdflib.

    The rdflib Graph is bound to Oxigraph's default graph
    (``DATASET_DEFAULT_GRAPH_ID``), a fixed name: a Graph with a fresh
    blank-node identifier would find nothing when the folder is reopened.

    Query values are bound by a VALUES block written with rdflib's term
    escaping. (pyoxigraph 0.5's ``substitutions`` refuse a variable missing
    from the SELECT projection, which is how the store's own queries use them.)
    """

    kind = "oxigraph"
    local = True
    insert_chunk = 100_000

    def __init__(
        self,
        folder: Path,
        base_iri: str,
        *,
        read_only: bool,
        lock: FileLock | _ReadOnlyFileLock | None = None,
    ) -> None:
        self.folder = folder
        self.base_iri = base_iri
        self.writable = not read_only
        self.requests: dict[str, int] = {}
        self.prefixes = prefixes(base_iri)
        self._lock = lock
        self._open()

    def _open(self) -> None:
        import pyoxigraph as ox

        folder = self.folder

        def store() -> ox.Store:
            return ox.Store(str(folder)) if self.writable else ox.Store.read_only(str(folder))

        try:
            try:
                self.ox: ox.Store = store()
            except OSError as e:
                if "current process" not in str(e):
                    raise
                # A store of this folder closed by this process is still held by a
                # reference cycle (rdflib graphs, cached results): collect it, open again.
                gc.collect()
                self.ox = store()
        except OSError as e:
            raise StoreError(f"cannot open the store in {folder}: {e}") from e
        except RuntimeError as e:
            raise StoreError(f"the store in {folder} is damaged or unreadable: {e}") from e
        self.graph = new_graph(_oxrdflib_store(self.ox), DATASET_DEFAULT_GRAPH_ID, self.base_iri)

    def existing(self, triples: Sequence[Triple]) -> set[Triple]:
        return {t for t in triples if _ox_quad(t) in self.ox}

    def insert(self, triples: Sequence[Triple]) -> None:
        if triples:
            self.ox.extend([_ox_quad(t) for t in triples])  # one transaction

    def insert_new(self, docs: Sequence[DocumentTriples]) -> int:
        # Each triple becomes a quad once, used for the lookup and the write;
        # counted as quads, so two rdflib spellings of one term count once.
        store = self.ox
        batch: dict[Any, None] = {}
        for d in docs:
            if _ox_quad(d.guard) in store:
                continue
            batch.update(dict.fromkeys(map(_ox_quad, d.owned)))
            for q in map(_ox_quad, d.shared):
                if q not in batch and q not in store:
                    batch[q] = None
        if batch:
            store.extend(batch)  # one transaction
        return len(batch)

    def delete(self, triples: Sequence[Triple]) -> None:
        if triples:
            self.ox.update("DELETE DATA {\n" + triples_block(triples) + "\n}")

    def query(self, sparql: str, bindings: Mapping[str, Node], timeout: float | None) -> Result:
        text = bind_values(sparql, bindings) if bindings else sparql
        return materialize(self.graph.query(text))

    def update(self, sparql: str) -> None:
        self.ox.update(sparql, prefixes=self.prefixes)

    def count(self) -> int:
        return len(self.ox)

    def clear(self) -> None:
        self.ox.clear()

    @contextlib.contextmanager
    def replacing(self) -> Iterator[OxigraphBackend]:
        """Build into a staging folder beside this one, then swap the two folders."""
        folder = self.folder
        self.clean()
        tag = uuid.uuid4().hex[:12]
        staging = folder.with_name(f".{folder.name}.new-{tag}")
        fresh = OxigraphBackend(staging, self.base_iri, read_only=False)
        try:
            yield fresh
        except BaseException:
            fresh.close()
            shutil.rmtree(staging, ignore_errors=True)
            raise
        fresh.close()
        self._close_files()
        try:
            if exchange_dirs(staging, folder):
                shutil.rmtree(staging, ignore_errors=True)
            else:
                old = folder.with_name(f".{folder.name}.old-{tag}")
                os.rename(folder, old)
                os.rename(staging, folder)
                shutil.rmtree(old, ignore_errors=True)
        finally:
            self._open()

    def load_file(self, file: Path, fmt: str, *, transactional: bool) -> None:
        """Oxigraph's native parser: the bulk loader (fast, memory bounded, not one
        transaction), or with ``transactional`` one transaction holding the file."""
        import pyoxigraph as ox

        rdf_format = {"nt": ox.RdfFormat.N_TRIPLES, "turtle": ox.RdfFormat.TURTLE}[fmt]
        loader = self.ox.load if transactional else self.ox.bulk_load
        try:
            loader(
                path=str(file),
                format=rdf_format,
                base_iri=file.absolute().as_uri(),
                to_graph=ox.DefaultGraph(),
            )
        except SyntaxError as e:
            detail = " ".join(str(e).split())[:300]
            raise InputError(f"cannot parse {str(file)!r} as {fmt}: {detail}") from e
        except OSError as e:
            raise StoreError(f"cannot load {str(file)!r} into {self.folder}: {e}") from e

    def dump(self, fmt: str, output: IO[bytes] | None) -> bytes | None:
        """Oxigraph serializes the folder itself, streaming: fast for big graphs."""
        import pyoxigraph as ox

        formats = {
            "turtle": ox.RdfFormat.TURTLE,
            "nt": ox.RdfFormat.N_TRIPLES,
            "jsonld": ox.RdfFormat.JSON_LD,
            "trig": ox.RdfFormat.TRIG,
        }
        kwargs: dict[str, Any] = {"from_graph": ox.DefaultGraph()}
        if fmt != "nt":
            # No kgr: prefix: minted local names would need escapes (kgr:entity\/A\.)
            # that Oxigraph writes correctly but rdflib's Turtle parser rejects.
            kwargs["prefixes"] = {p: ns for p, ns in self.prefixes.items() if p != "kgr"}
        return self.ox.dump(output, formats[fmt], **kwargs)

    def clean(self) -> list[str]:
        """Remove the staging and old folders of builds that were killed; their paths.

        Safe: a writable backend holds the store's exclusive lock, so no build of
        this store runs.
        """
        folder = self.folder
        removed = []
        for pattern in (f".{folder.name}.new-*", f".{folder.name}.old-*"):
            for stale in sorted(folder.parent.glob(pattern)):
                shutil.rmtree(stale, ignore_errors=True)
                removed.append(str(stale))
        return removed

    def flush(self) -> None:
        # Oxigraph keeps recent writes in memory until flushed; a long build calls
        # this every so many documents so its memory stays flat.
        if self.ox is not None and self.writable:
            self.ox.flush()

    def _close_files(self) -> None:
        if self.ox is None:
            return
        if self.writable:
            with contextlib.suppress(OSError):
                self.ox.flush()
        # Dropping the last reference closes the RocksDB files and releases its LOCK:
        # the rdflib store wrapper holds one, this object the other.
        wrapper = self.graph.store
        self.graph = new_graph()
        with contextlib.suppress(Exception):
            wrapper.close()
        self.ox = None  # type: ignore[assignment]

    def close(self) -> None:
        try:
            self._close_files()
        finally:
            if self._lock is not None:
                self._lock.release()
                self._lock = None


def _acquire(lock: FileLock, *, read_only: bool) -> FileLock | _ReadOnlyFileLock | None:
    """Take ``lock``; a reader on a read-only filesystem shares it without creating it."""
    try:
        lock.acquire()
        return lock
    except StoreError:
        if not (read_only and _read_only_filesystem(lock.path.parent)):
            raise
    if not lock.path.exists():
        # No lock file and none can be made: nothing writes the store through this mount.
        return None
    held = _ReadOnlyFileLock(lock.path, lock.folder, lock.timeout)
    held.acquire()
    return held


def _read_only_filesystem(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except OSError:
        return False


class _ReadOnlyFileLock:
    """A shared lock on an existing lock file opened for reading only (``flock`` allows it)."""

    def __init__(self, path: Path, folder: Path, timeout: float) -> None:
        self.path, self.folder, self.timeout = path, folder, timeout
        self._fh: IO[str] | None = None

    def acquire(self) -> None:
        import fcntl
        import time

        try:
            fh = open(self.path)  # noqa: SIM115 - kept open while the lock is held
        except OSError as e:
            raise StoreError(f"cannot open lock file {self.path}: {e.strerror}") from e
        deadline = time.monotonic() + self.timeout
        while True:
            try:
                fcntl.flock(fh.fileno(), fcntl.LOCK_SH | fcntl.LOCK_NB)
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    fh.close()
                    raise StoreLockedError(
                        f"store {self.folder} is being written by another process "
                        f"(lock file {self.path}); waited {self.timeout:g} s. Try again when "
                        "the other kg command has finished, or wait longer with "
                        "KG_LOCK_TIMEOUT=SECONDS"
                    ) from None
                time.sleep(0.05)
                continue
            self._fh = fh
            return

    def release(self) -> None:
        if self._fh is not None:
            self._fh.close()  # closing the file drops the lock
            self._fh = None


def _checked_lock_timeout(seconds: float) -> float:
    """A lock timeout usable as a deadline: finite and not negative."""
    if not (math.isfinite(seconds) and 0 <= seconds <= MAX_LOCK_TIMEOUT):
        raise UsageError(
            f"invalid lock timeout {seconds!r} (KG_LOCK_TIMEOUT): give a number of seconds "
            f"from 0 to {MAX_LOCK_TIMEOUT:g}, e.g. 30"
        )
    return seconds


def _looks_like_store(folder: Path) -> bool:
    return (folder / "CURRENT").is_file()


def open_backend(spec: str, options: OpenOptions) -> Backend:
    """A folder path or ``oxigraph:PATH``: the folder locked, then opened."""
    path = spec[len("oxigraph:") :] if spec.startswith("oxigraph:") else spec
    folder = Path(path).expanduser().absolute()
    if not folder.exists() or (folder.is_dir() and not any(folder.iterdir())):
        if not options.create or options.read_only:
            raise StoreError(
                f"no store at {path!r}: create it with `kg build INPUT... --store {path}`"
            )
    elif not folder.is_dir():
        raise StoreError(f"store path {path!r} is a file, not a store folder")
    elif not _looks_like_store(folder):
        raise StoreError(
            f"{path!r} is not a kg store (no Oxigraph data in it): give an empty or new folder"
        )
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise StoreError(f"cannot create {folder.parent}: {e.strerror}") from e
    lock = FileLock(
        folder,
        exclusive=not options.read_only,
        timeout=_checked_lock_timeout(resolve_lock_timeout(options.lock_timeout)),
    )
    held = _acquire(lock, read_only=options.read_only)
    try:
        return OxigraphBackend(folder, options.base_iri, read_only=options.read_only, lock=held)
    except BaseException:
        if held is not None:
            held.release()
        raise
