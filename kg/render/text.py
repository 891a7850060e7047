"""Terminal text for the CLI: extracted facts and graph statistics as tables
(drawn by the one renderer, :func:`kg.table.render_table`)."""

from __future__ import annotations

import shlex
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from kg.records import Fact
from kg.table import CONTROL_CHARS, plural, render_table

if TYPE_CHECKING:
    from kg.query.timeline import Changes

FACT_COLUMNS = ("source", "subject", "relation", "object", "certainty", "amount", "sentence")


def facts_table(facts: Sequence[tuple[Fact, str | None]], width: int | None = None) -> str:
    """(fact, source) pairs as a table: source, subject, relation, object, certainty,
    amount, sentence; a fact without a source shows its document id. An ended fact
    says so in the certainty column ("ended 2024", "ended by 2024-05-01")."""
    rows = [
        (src or f.doc, f.subject, f.relation, f.object, _status(f), f.amount, f.sentence)
        for f, src in facts
    ]
    return render_table(FACT_COLUMNS, rows, footer=plural(len(facts), "fact"), width=width)


def _status(f: Fact) -> str:
    if not f.ended:
        return f.certainty
    if f.end_date is None:
        return "ended"
    # The document's date only bounds the end: it had ended by then.
    return f"ended {'by ' if f.end_date_from_document else ''}{f.end_date}"


CHANGE_COLUMNS = (
    "change",
    "subject",
    "relation",
    "object",
    "first date",
    "new from",
    "sources before",
    "new sources",
)


def changes_table(changes: Changes, width: int | None = None) -> str:
    """What :func:`kg.api.diff` found, started facts first, with the counts below."""
    rows = [
        (
            c.change,
            c.subject,
            c.relation,
            c.object,
            c.first_date,
            c.new_first_date,
            c.sources_before,
            c.new_sources,
        )
        for c in (*changes.started, *changes.gained, *changes.ended)
    ]
    footer = (
        f"since {changes.since}: {plural(len(changes.started), 'fact')} started, "
        f"{plural(len(changes.gained), 'fact')} gained sources, "
        f"{plural(len(changes.ended), 'fact')} ended"
    )
    return render_table(CHANGE_COLUMNS, rows, footer=footer, width=width)


def stats_table(stats: dict[str, Any], width: int | None = None) -> str:
    """The dictionary returned by :func:`kg.api.stats` as counts and a few small tables."""
    blocks: list[str] = []
    counts: list[str] = []  # consecutive "key: value" lines make one block
    for key, value in stats.items():
        if isinstance(value, dict):
            block = render_table((key, "count"), value.items(), width=width)
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            columns = list(value[0].keys())
            rows = [[row.get(c) for c in columns] for row in value]
            block = render_table(columns, rows, title=f"{key}:", width=width)
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


#: How much evidence :func:`facts_with_evidence` shows under each fact.
EVIDENCE_MODES = ("best", "all", "none")


def _fit(text: str, width: int) -> str:
    """``text`` on one line of at most ``width`` characters, cut with an ellipsis."""
    text = " ".join(text.split()).translate(CONTROL_CHARS)
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def _evidence_lines(e: dict[str, Any], width: int) -> list[str]:
    """The sentence, then date, amount, certainty, confidence and source on one line,
    or the source on a line of its own when both do not fit."""
    date = e["date"] and (e["date"] + (" (from the dateline)" if e.get("date_inferred") else ""))
    details = [
        date or "no date",
        e["amount"],
        e["certainty"],
        None if e["confidence"] is None else f"confidence {e['confidence']:g}",
    ]
    about = " \u00b7 ".join(d for d in details if d)
    source = e["source"] or "unknown source"
    lines = ["    " + _fit(f"\u201c{e['sentence']}\u201d", width - 4)]
    if len(about) + len(source) + 3 <= width - 4:
        return [*lines, f"    {about} \u00b7 {_fit(source, width)}"]
    return [*lines, "    " + _fit(about, width - 4), "    " + _fit(source, width - 4)]


def facts_with_evidence(
    records: Sequence[dict[str, Any]], *, evidence: str = "best", width: int = 80
) -> str:
    """Facts from :func:`kg.query.analytics.fact_record`, one a line, each followed by
    its best (or every) supporting sentence and where it was read, cut to ``width``.

    With ``evidence="none"`` the lines are bare ``subject -relation-> object``.
    """
    lines: list[str] = []
    for r in records:
        head = f"{r['subject']} -{r['relation']}-> {r['object']}".translate(CONTROL_CHARS)
        if evidence == "none":
            lines.append(head)
            continue
        support = plural(r["support"], "source")
        copies = sum(s["documents"] for s in r.get("sources", ()))
        if copies > r["support"]:  # near-duplicate copies of one story count once
            support += f" in {plural(copies, 'document')}"
        lines.append(f"{head}  ({support}, {r['certainty']})")
        shown = r["evidence"] if evidence == "all" else r["evidence"][:1]
        for e in shown:
            lines.extend(_evidence_lines(e, width))
        more = len(r["evidence"]) - len(shown)
        if more:
            name = f"{r['subject']} {r['relation']} {r['object']}"
            hint = f"    + {plural(more, 'more sentence')}: kg show {shlex.quote(name)}"
            lines.append(hint.translate(CONTROL_CHARS))  # whole: a command to copy
        if not r["evidence"]:
            lines.append("    (no evidence recorded)")
    return "\n".join(lines)
