"""Snapshots of an embedded store, for a long-running reader beside ``kg build``.

A reader that kept the store open would hold its lock for hours and stop every
build; one that opened the store per request would stall while a build holds
the lock. :class:`Snapshots` does neither: it takes the shared lock just long
enough for Oxigraph to make a checkpoint of the folder (``Store.backup``: hard
links, instant, whatever the size), lets go, and answers from the checkpoint.
A build therefore runs unhindered, and readers never see half of one.

Checkpoints are kept beside the store, in ``.NAME.snapshots-PID``, so that
they are hard links on the same filesystem.

A watcher thread looks at the store folder every ``poll`` seconds; once it has
changed (a build, ``kg forget`` or a rebuild swapping the folder) and no writer
holds the lock any more, it takes a new checkpoint and swaps it in. Queries
already running finish on the checkpoint they started on; a checkpoint is
removed when the last of them is done.

Example::

    with Snapshots("output/store") as snaps, snaps.pinned() as snap:
        print(len(snap.store))
"""

from __future__ import annotations

import contextlib
import os
import shutil
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import StoreError, StoreLockedError
from kg.graph.lock import FileLock, resolve_lock_timeout

if TYPE_CHECKING:
    import pyoxigraph as ox
    from rdflib import Graph

#: Seconds between two looks at the store folder.
DEFAULT_POLL = 1.0


def folder_state(folder: Path) -> tuple[int, ...]:
    """What changes when a process writes ``folder`` or swaps it for another: its
    inode, and the count, total size and latest change of the files in it."""
    try:
        st = folder.stat()
        entries = [e.stat() for e in os.scandir(folder)]
    except OSError:
        return (-1,)
    return (
        st.st_ino,
        st.st_mtime_ns,
        len(entries),
        sum(e.st_size for e in entries),
        max((e.st_mtime_ns for e in entries), default=0),
    )


@dataclass
class Snapshot:
    """One checkpoint of the store, opened read-only, with the queries using it."""

    folder: Path
    store: ox.Store
    generation: int
    users: int = 0
    retired: bool = False
    _graph: Graph | None = field(default=None, repr=False)

    def graph(self, base_iri: str) -> Graph:
        """The checkpoint as an rdflib Graph with kg's prefixes (for the view and analytics)."""
        if self._graph is None:
            from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

            from kg.graph.backends.common import new_graph
            from kg.graph.backends.oxigraph import _oxrdflib_store

            self._graph = new_graph(_oxrdflib_store(self.store), DATASET_DEFAULT_GRAPH_ID, base_iri)
        return self._graph


class Snapshots:
    """The current checkpoint of the embedded store in ``folder``, kept fresh."""

    def __init__(
        self,
        folder: str | os.PathLike[str],
        *,
        poll: float = DEFAULT_POLL,
        lock_timeout: float | None = None,
        log: Callable[[str], None] | None = None,
    ) -> None:
        self.folder = Path(folder).expanduser().absolute()
        if not (self.folder / "CURRENT").is_file():
            raise StoreError(
                f"no store at {str(folder)!r}: create it with `kg build INPUT... --store {folder}`"
            )
        self.poll = poll
        self.log = log or (lambda line: None)
        self._work = _work_folder(self.folder)
        self._mutex = threading.Lock()
        #: Held while a checkpoint is taken: one at a time.
        self._taking = threading.Lock()
        self._current: Snapshot | None = None
        self._state: tuple[int, ...] = ()
        self._generation = 0
        self._stop = threading.Event()
        self._watcher: threading.Thread | None = None
        try:
            self._take(resolve_lock_timeout(lock_timeout))
        except BaseException:
            shutil.rmtree(self._work, ignore_errors=True)
            raise

    # -- use -----------------------------------------------------------------

    @contextlib.contextmanager
    def pinned(self) -> Iterator[Snapshot]:
        """The current checkpoint, kept while the block runs even if a newer one comes."""
        with self._mutex:
            snap = self._current
            if snap is None:
                raise StoreError(f"the snapshots of {self.folder} are closed")
            snap.users += 1
        try:
            yield snap
        finally:
            self._release(snap)

    @property
    def generation(self) -> int:
        """How many checkpoints were taken (1 after start); grows with each refresh."""
        return self._generation

    # -- refreshing ----------------------------------------------------------

    def refresh(self, lock_timeout: float = 0.0) -> bool:
        """Take a new checkpoint if the folder changed since the last one and the lock
        is free within ``lock_timeout`` seconds; True when one was taken."""
        with self._taking:  # the watcher and an update may both ask
            if folder_state(self.folder) == self._state:
                return False
            try:
                self._take(lock_timeout)
            except StoreLockedError:
                return False  # a writer is at work: the next look tries again
            return True

    def start(self) -> None:
        """Watch the folder in a background thread (stopped by :meth:`close`)."""
        if self._watcher is None:
            self._watcher = threading.Thread(target=self._watch, name="kg-snapshots", daemon=True)
            self._watcher.start()

    def _watch(self) -> None:
        said = ""  # the last problem, said once rather than at every look
        while not self._stop.wait(self.poll):
            try:
                if self.refresh():
                    self.log(f"serving the store as of now (snapshot {self._generation})")
                said = ""
            except StoreError as e:
                if str(e) != said:
                    said = str(e)
                    self.log(f"still serving the last snapshot: {e}")

    def _take(self, lock_timeout: float) -> None:
        import pyoxigraph as ox

        lock = FileLock(self.folder, exclusive=False, timeout=lock_timeout)
        lock.acquire()
        target = self._work / f"snapshot-{self._generation + 1}"
        try:
            try:
                source = ox.Store.read_only(str(self.folder))
                source.backup(str(target))
                del source
            except (OSError, RuntimeError) as e:
                shutil.rmtree(target, ignore_errors=True)
                raise StoreError(f"cannot read the store in {self.folder}: {e}") from e
            # Measured under the lock: no writer can have changed it since the backup.
            state = folder_state(self.folder)
        finally:
            lock.release()
        try:
            store = ox.Store.read_only(str(target))
        except (OSError, RuntimeError) as e:
            shutil.rmtree(target, ignore_errors=True)
            raise StoreError(f"cannot open the snapshot of {self.folder}: {e}") from e
        with self._mutex:
            self._generation += 1
            old, self._current = self._current, Snapshot(target, store, self._generation)
            self._state = state
        if old is not None:
            old.retired = True
            self._release(old, pinned=False)

    def _release(self, snap: Snapshot, *, pinned: bool = True) -> None:
        with self._mutex:
            if pinned:
                snap.users -= 1
            if not snap.retired or snap.users > 0:
                return
        _drop(snap)

    # -- closing -------------------------------------------------------------

    def close(self) -> None:
        """Stop watching and remove every checkpoint not in use (one still in use is
        removed when its query ends, or by the next server on this store)."""
        self._stop.set()
        if self._watcher is not None:
            self._watcher.join(timeout=5)
        with self._mutex:
            snap, self._current = self._current, None
        if snap is not None:
            snap.retired = True
            self._release(snap, pinned=False)
        with contextlib.suppress(OSError):
            if not any(self._work.iterdir()):
                self._work.rmdir()

    def __enter__(self) -> Snapshots:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def _work_folder(folder: Path) -> Path:
    """A folder for this process's checkpoints beside the store (``.NAME.snapshots-PID``):
    on the store's filesystem, so a checkpoint is hard links, not a copy. Those of
    processes that are gone (killed before they could clean up) are removed."""
    from kg.graph.backends.common import process_alive

    prefix = f".{folder.name}.snapshots-"
    for stale in folder.parent.glob(prefix + "*"):
        pid = stale.name[len(prefix) :]
        if pid.isdigit() and not process_alive(int(pid)):
            shutil.rmtree(stale, ignore_errors=True)
    work = folder.with_name(f"{prefix}{os.getpid()}")
    try:
        work.mkdir(exist_ok=True)
    except OSError as e:
        raise StoreError(f"cannot create {work} for the snapshots: {e.strerror}") from e
    return work


def _drop(snap: Snapshot) -> None:
    """Close a checkpoint nobody uses and remove its folder."""
    snap._graph = None
    snap.store = None  # type: ignore[assignment]
    shutil.rmtree(snap.folder, ignore_errors=True)
