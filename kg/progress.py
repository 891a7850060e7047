"""Progress of a long run: a live rich bar on a terminal, periodic log lines elsewhere.

The build pipeline calls :meth:`BuildProgress.update` after every document;
this module decides how often anything is shown, so the pipeline stays free
of display code.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from types import TracebackType
from typing import Any

#: Plain mode logs a line after this many documents...
LOG_EVERY_DOCUMENTS = 1000
#: ...or after this many seconds, whichever comes first.
LOG_EVERY_SECONDS = 15.0


class BuildProgress:
    """Shows documents done, documents per second and facts found.

    ``enabled`` True: a rich progress display on stderr; None: the same when
    stderr is a terminal; False (or None off a terminal): a plain line through
    ``log`` every ``every_documents`` documents or ``every_seconds`` seconds,
    never one per document. Use it as a context manager.
    """

    def __init__(
        self,
        enabled: bool | None,
        log: Callable[[str], None] | None,
        *,
        every_documents: int = LOG_EVERY_DOCUMENTS,
        every_seconds: float = LOG_EVERY_SECONDS,
    ) -> None:
        self.live = sys.stderr.isatty() if enabled is None else enabled
        self._log = log
        self._every_documents = every_documents
        self._every_seconds = every_seconds
        self._started = time.perf_counter()
        self._last_time = self._started
        self._last_documents = 0
        self._last_section = ""
        self._bar: Any = None
        self._task: Any = None

    def __enter__(self) -> BuildProgress:
        self._started = self._last_time = time.perf_counter()
        if self.live:
            from rich.console import Console
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self._bar = Progress(
                SpinnerColumn(),
                TextColumn("[bold]{task.completed:,}[/] documents"),
                TextColumn("{task.fields[rate]:,.1f} docs/s"),
                TextColumn("[bold]{task.fields[facts]:,}[/] facts"),
                # A long document's share done; names are shown as text, never as markup.
                TextColumn("{task.description}", markup=False),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self._task = self._bar.add_task("", total=None, rate=0.0, facts=0)
            self._bar.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None

    def log(self, line: str) -> None:
        """Pass one message line to ``log``, clear of the live display."""
        if self._log is None:
            return
        if self._bar is None:
            self._log(line)
            return
        # The caller's log may write to the terminal behind rich's back; take
        # the bar down for the moment so the line is not drawn over.
        self._bar.stop()
        try:
            self._log(line)
        finally:
            self._bar.start()

    def section(self, name: str, done: int, total: int) -> None:
        """How far a long document is: on the live bar, or a log line at most every
        ``every_seconds`` seconds (and at its end)."""
        line = f"{name}: {done / max(total, 1):.0%} of {total:,} characters"
        if self._bar is not None:
            self._bar.update(self._task, description=line)
            return
        now = time.perf_counter()
        due = now - self._last_time >= self._every_seconds or done >= total
        if self._log is not None and due and line != self._last_section:
            self._last_time, self._last_section = now, line
            self._log(f"progress: {line}")

    def update(self, documents: int, facts: int) -> None:
        """Record the running totals; show them if it is time to."""
        now = time.perf_counter()
        rate = documents / max(now - self._started, 1e-9)
        if self._bar is not None:
            self._bar.update(self._task, completed=documents, rate=rate, facts=facts)
            return
        if self._log is None:
            return
        if (
            documents - self._last_documents >= self._every_documents
            or now - self._last_time >= self._every_seconds
        ):
            self._last_documents, self._last_time = documents, now
            self._log(
                f"progress: {documents:,} document{'' if documents == 1 else 's'} "
                f"({rate:,.1f}/s), {facts:,} fact{'' if facts == 1 else 's'}"
            )
