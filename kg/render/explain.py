"""``kg extract --explain``: how extraction read one document, as plain text for people."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.table import CONTROL_CHARS

if TYPE_CHECKING:
    from kg.extract.pipeline import Trace
    from kg.records import Document, Fact


def _clean(text: str) -> str:
    """One line, no terminal control characters (article text is untrusted)."""
    return " ".join(text.split()).translate(CONTROL_CHARS)


def explanation(doc: Document, facts: list[Fact], trace: Trace) -> str:
    """Entities found, then each sentence with the candidates its rules made and their fate."""
    where = doc.source or doc.url
    lines = [_clean(f"document {doc.id}" + (f" ({where})" if where else ""))]
    seen: dict[str, str] = {}
    for _text, name, cls in trace.mentions:
        seen.setdefault(name, cls)
    names = ", ".join(f"{n} ({c})" for n, c in seen.items())
    lines.append("  entities: " + _clean(names or "none found"))
    for n, (text, prose, steps) in enumerate(trace.sentences, 1):
        if not prose:
            lines.append(f"  [{n}] not read (headline, byline or caption): {_clean(text)}")
            continue
        lines.append(f"  [{n}] {_clean(text)}")
        if not steps:
            lines.append("      no rule fired")
        for rule, subject, relation, object_, outcome in steps:
            lines.append("      " + _clean(f"{rule}: {subject} {relation} {object_} -> {outcome}"))
    kept = len(facts)
    lines.append(f"  {kept} fact{'s' * (kept != 1)} kept after merging duplicates")
    return "\n".join(lines)
