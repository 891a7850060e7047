"""The lock file of an embedded store, and the atomic swap of two folders.

``STORE.lock`` beside the store folder is locked with ``fcntl.flock``:
exclusively by a writer, shared by readers. A process that cannot get it
waits up to a timeout, then fails with :class:`~kg.errors.StoreLockedError`.

The file exists only while the store is in use: the last process to let go
removes it. It lives beside the folder, not in it, because a rebuild swaps
the whole folder for a new one. A process killed while it holds the lock
leaves the file behind; that is harmless (an unlocked file is free) and the
next process to use the store removes it.

Removing a lock file races with a process that has just opened it; so after
locking, a process checks that the file it locked is still the one at the
path, and starts again if not.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import fcntl
import os
import time
from pathlib import Path
from typing import IO

from kg.errors import StoreError, StoreLockedError

DEFAULT_LOCK_TIMEOUT = 10.0


def resolve_lock_timeout(value: float | None) -> float:
    if value is not None:
        return value
    env = os.environ.get("KG_LOCK_TIMEOUT")
    if env:
        try:
            return float(env)
        except ValueError:
            raise StoreError(
                f"invalid KG_LOCK_TIMEOUT {env!r}: give a number of seconds, e.g. 30"
            ) from None
    return DEFAULT_LOCK_TIMEOUT


# ---------------------------------------------------------------------------
# Lock file
# ---------------------------------------------------------------------------


class FileLock:
    """An fcntl lock on ``STORE.lock``: exclusive for a writer, shared for readers."""

    def __init__(self, folder: Path, *, exclusive: bool, timeout: float) -> None:
        self.folder = folder
        self.path = folder.with_name(folder.name + ".lock")
        self.exclusive = exclusive
        self.timeout = timeout
        self._fh: IO[str] | None = None

    def acquire(self) -> None:
        deadline = time.monotonic() + self.timeout
        while not self._try_file(deadline):
            pass  # the file was removed by the holder before us: lock the new one

    def _try_file(self, deadline: float) -> bool:
        """Lock the file now at the path, waiting up to ``deadline``; False when that
        file was removed (by the last holder, once free) while this process waited."""
        try:
            fh = open(self.path, "a+")  # noqa: SIM115 - kept open while the lock is held
        except OSError as e:
            raise StoreError(f"cannot create lock file {self.path}: {e.strerror}") from e
        mode = (fcntl.LOCK_EX if self.exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB
        delay = 0.02
        while True:
            try:
                fcntl.flock(fh.fileno(), mode)
            except OSError as e:
                if e.errno not in (errno.EAGAIN, errno.EACCES):
                    fh.close()
                    raise StoreError(f"cannot lock {self.path}: {e.strerror}") from e
                if time.monotonic() >= deadline:
                    fh.close()
                    what = "written" if not self.exclusive else "used"
                    raise StoreLockedError(
                        f"store {self.folder} is being {what} by another process "
                        f"(lock file {self.path}); waited {self.timeout:g} s. Try again when "
                        "the other kg command has finished, or wait longer with "
                        "KG_LOCK_TIMEOUT=SECONDS"
                    ) from None
                time.sleep(delay)
                delay = min(delay * 2, 0.25)
                continue
            if not self._still_at_path(fh):
                fh.close()
                return False
            self._fh = fh
            return True

    def _still_at_path(self, fh: IO[str]) -> bool:
        try:
            held, current = os.fstat(fh.fileno()), os.stat(self.path)
        except OSError:
            return False
        return (held.st_dev, held.st_ino) == (current.st_dev, current.st_ino)

    def release(self) -> None:
        """Let go of the lock; the last process to let go removes the file."""
        if self._fh is None:
            return
        fh, self._fh = self._fh, None
        try:
            # Exclusive at once only when no one else holds or waits on a shared lock.
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            pass
        else:
            if self._still_at_path(fh):
                with contextlib.suppress(OSError):
                    os.unlink(self.path)
        with contextlib.suppress(OSError):
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
        fh.close()


def exchange_dirs(a: Path, b: Path) -> bool:
    """Atomically swap two folders (Linux renameat2 RENAME_EXCHANGE); False if unsupported."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    rc = renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange)
    return bool(rc == 0)
