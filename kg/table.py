"""The one plain-text table renderer: query results, extracted facts, graph statistics.

Columns are separated by two spaces and aligned, under a header and a rule of
dashes; a cell is one line (control characters shown escaped) of at most
:data:`MAX_CELL` characters. Plain text, so output piped to a file or another
program reads the same as on a terminal.

Example::

    >>> print(render_table(["name", "n"], [["OpenAI", 3], ["Google", None]]))
    name    n
    ------  -
    OpenAI  3
    Google
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

#: Longest value shown in one table cell.
MAX_CELL = 80
#: Narrowest a column is cut to when a table must fit the terminal.
MIN_CELL = 8
#: Other control characters (a label could hold a terminal escape sequence) are shown as U+FFFD.
CONTROL_CHARS = dict.fromkeys([*range(0x00, 0x20), *range(0x7F, 0xA0)], "\N{REPLACEMENT CHARACTER}")
#: What steers a terminal or reorders a line: C0 and C1 controls, DEL, bidi controls.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def terminal_text(text: str) -> str:
    r"""``text`` safe to print as one terminal line: every control or bidi character is
    shown as an escape, so article data, file names and store answers can neither
    send terminal escape sequences, nor reorder the line, nor forge another line.

    >>> terminal_text("Evil\x1b[2J Corp\nkg: error: forged \u202e")
    'Evil\\x1b[2J Corp\\nkg: error: forged \\u202e'
    """
    return _UNSAFE.sub(_visible, text)


def _visible(match: re.Match[str]) -> str:
    char = match.group(0)
    code = ord(char)
    return _NAMED.get(char) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def plural(n: int, word: str, words: str | None = None) -> str:
    """``n`` and the noun in the right number: "1 fact", "2 facts", "1,204 entities".

    >>> plural(1, "fact"), plural(3, "entity", "entities")
    ('1 fact', '3 entities')
    """
    return f"{n:,} {word if n == 1 else (words or word + 's')}"


def cell_text(value: Any) -> str:
    """``value`` as one table cell: None is empty, floats get 4 decimals, long text is cut,
    and control characters cannot reach the terminal (see :func:`terminal_text`)."""
    if value is None:
        text = ""
    elif isinstance(value, float):
        text = f"{value:.4f}"
    else:
        text = str(value)
    text = terminal_text(text.replace("\t", " "))
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def render_table(
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    title: str | None = None,
    footer: str | None = None,
    width: int | None = None,
) -> str:
    """``rows`` under ``header`` as aligned text, with an optional title and footer line.

    With ``width`` (the terminal's), the widest columns are narrowed until a line
    fits, each to no less than its header or :data:`MIN_CELL` characters, and the
    cells cut there end in "…".
    """
    cells = [[cell_text(v) for v in row] for row in rows]
    widths = [max([len(h), *(len(r[i]) for r in cells)]) for i, h in enumerate(header)]
    if width is not None:
        widths = _fit_widths(widths, [max(len(h), MIN_CELL) for h in header], width)
        cells = [[_cut(c, w) for c, w in zip(r, widths, strict=True)] for r in cells]
    lines = [title] if title else []
    lines += [
        "  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip(),
        "  ".join("-" * w for w in widths),
    ]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    if footer:
        lines.append(footer)
    return "\n".join(lines)


def _fit_widths(widths: list[int], floors: list[int], width: int) -> list[int]:
    """Column widths narrowed, widest first, until the line fits ``width``."""
    widths = list(widths)
    excess = sum(widths) + 2 * (len(widths) - 1) - width
    while excess > 0:
        room = [w - max(f, 1) for w, f in zip(widths, floors, strict=True)]
        i = max(range(len(widths)), key=lambda j: (room[j], widths[j]))
        if room[i] <= 0:
            break  # every column at its narrowest: the line stays longer
        widths[i] -= 1
        excess -= 1
    return widths


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
