"""Plain terminal tables for the CLI (rich), for facts and graph statistics."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kg.records import Fact


def _console() -> Any:
    from rich.console import Console

    # Article text may contain "[...]": never interpret it as rich markup.
    return Console(markup=False, highlight=False, emoji=False)


def facts_table(facts: Sequence[Fact]) -> None:
    """Print facts as a table: subject, relation, object, certainty, amount, sentence."""
    from rich.table import Table

    table = Table("doc", "subject", "relation", "object", "certainty", "amount", "sentence")
    for f in facts:
        table.add_row(
            f.doc, f.subject, f.relation, f.object, f.certainty, f.amount or "", f.sentence
        )
    console = _console()
    console.print(table)
    console.print(f"{len(facts)} facts")


def stats_table(stats: dict[str, Any]) -> None:
    """Print the dictionary returned by :func:`kg.api.stats` as a few small tables."""
    from rich.table import Table

    console = _console()
    for key, value in stats.items():
        if isinstance(value, dict):
            table = Table(key, "count")
            for name, count in value.items():
                table.add_row(str(name), str(count))
            console.print(table)
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            columns = list(value[0].keys())
            table = Table(*columns, title=key)
            for row in value:
                table.add_row(*(_cell(row.get(c)) for c in columns))
            console.print(table)
        else:
            console.print(f"{key}: {value}")


def _cell(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.4f}"
    return "" if value is None else str(value)
