"""Terminal text for the CLI: extracted facts and graph statistics as tables
(drawn by the one renderer, :func:`kg.table.render_table`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kg.records import Fact
from kg.table import plural, render_table

FACT_COLUMNS = ("source", "subject", "relation", "object", "certainty", "amount", "sentence")


def facts_table(facts: Sequence[tuple[Fact, str | None]]) -> str:
    """(fact, source) pairs as a table: source, subject, relation, object, certainty,
    amount, sentence; a fact without a source shows its document id."""
    rows = [
        (src or f.doc, f.subject, f.relation, f.object, f.certainty, f.amount, f.sentence)
        for f, src in facts
    ]
    return render_table(FACT_COLUMNS, rows, footer=plural(len(facts), "fact"))


def stats_table(stats: dict[str, Any]) -> str:
    """The dictionary returned by :func:`kg.api.stats` as counts and a few small tables."""
    blocks: list[str] = []
    counts: list[str] = []  # consecutive "key: value" lines make one block
    for key, value in stats.items():
        if isinstance(value, dict):
            block = render_table((key, "count"), value.items())
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            columns = list(value[0].keys())
            rows = [[row.get(c) for c in columns] for row in value]
            block = render_table(columns, rows, title=f"{key}:")
        else:
            counts.append(f"{key}: {value}")
            continue
        if counts:
            blocks.append("\n".join(counts))
            counts = []
        blocks.append(block)
    if counts:
        blocks.append("\n".join(counts))
    return "\n\n".join(blocks)
