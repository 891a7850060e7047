"""Problems found while reading inputs, reported instead of raised.

Bad input never stops a build: each reader hands an :class:`InputProblem` to a
callback and carries on with the next line, entry or file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class InputProblem:
    """One unreadable file, line or entry (``error``), or a degraded read (``warning``).

    An error means a document was lost; a warning means a document was read but
    something was guessed or dropped (an encoding, a date, part of a feed).

    >>> str(InputProblem("news.jsonl", 3, "not JSON: Expecting value"))
    'news.jsonl:3: not JSON: Expecting value'
    """

    path: str
    line: int | None
    reason: str
    severity: Severity = "error"

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        kind = "warning: " if self.severity == "warning" else ""
        return f"{where}: {kind}{self.reason}"


OnError = Callable[[InputProblem], None]


class Reporter:
    """Binds a source path to the problem callback so readers stay short."""

    def __init__(self, path: str, on_error: OnError) -> None:
        self.path = path
        self._on_error = on_error

    def error(self, reason: str, line: int | None = None) -> None:
        self._on_error(InputProblem(self.path, line, reason, "error"))

    def warning(self, reason: str, line: int | None = None) -> None:
        self._on_error(InputProblem(self.path, line, reason, "warning"))
