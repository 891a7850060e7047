"""``kg extract --explain``: how extraction read one document, for people."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.render.text import _console

if TYPE_CHECKING:
    from kg.extract.pipeline import Trace
    from kg.records import Document, Fact


def print_explanation(doc: Document, facts: list[Fact], trace: Trace) -> None:
    """Entities found, then each sentence with the candidates its rules made and their fate."""
    console = _console()
    console.soft_wrap = True
    console.print(
        f"document {doc.id}" + (f" ({doc.source or doc.url})" if doc.source or doc.url else "")
    )
    seen: dict[str, str] = {}
    for _text, name, cls in trace.mentions:
        seen.setdefault(name, cls)
    names = ", ".join(f"{n} ({c})" for n, c in seen.items())
    console.print(f"  entities: {names or 'none found'}")
    for n, (text, prose, steps) in enumerate(trace.sentences, 1):
        shown = " ".join(text.split())
        if not prose:
            console.print(f"  [{n}] not read (headline, byline or caption): {shown}")
            continue
        console.print(f"  [{n}] {shown}")
        if not steps:
            console.print("      no rule fired")
        for rule, subject, relation, object_, outcome in steps:
            console.print(f"      {rule}: {subject} {relation} {object_} -> {outcome}")
    kept = len(facts)
    console.print(f"  {kept} fact{'s' * (kept != 1)} kept after merging duplicates")
