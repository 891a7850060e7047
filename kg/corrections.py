"""Analyst corrections of entity identity: the records and their JSONL file.

An analyst who knows better than the extractor records an identity decision
with ``kg entity``; each decision is one line of a small JSONL file kept with
the store, reviewable in git, applied to what is stored when it is made and by
every later ``kg build``:

- ``alias``: a name the gazetteer does not know (any spelling with the same
  merge key, :func:`kg.names.merge_key`) is another entity:
  ``kg entity alias "Big Blue" IBM``;
- ``merge``: entity B becomes entity A (one node; B's names kept as aliases):
  ``kg entity merge Alphabet Google``.

``kg entity split NAME`` takes back the alias or merge that made NAME part of
another entity (its line leaves the file). A line names both entities by the
local part of their IRI (``{base}entity/LOCAL``), so the file does not depend
on the base IRI, and says the target's label and class, so a build can write
the target even when no document of the build names it::

    {"op": "merge", "name": "Google", "id": "Google", "label": "Google",
     "class": "Organization", "aliases": [], "into": {"id": "Alphabet", "label": "Alphabet",
     "class": "Organization"}, "date": "2026-12-04"}

Where the file lives: beside an embedded store folder, ``STORE.corrections.jsonl``
(``output/store.corrections.jsonl``; not inside the folder, which a rebuild
replaces whole), or the file ``KG_CORRECTIONS`` names (required to record
corrections for a SPARQL endpoint or the memory store).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import DataError, UsageError

#: The kinds of correction a line records.
OPERATIONS = ("alias", "merge")


@dataclass(frozen=True)
class EntityRef:
    """An entity as a correction names it: IRI local part, label and class."""

    id: str
    label: str
    cls: str

    def as_json(self) -> dict[str, str]:
        return {"id": self.id, "label": self.label, "class": self.cls}


@dataclass(frozen=True)
class Correction:
    """One identity decision: the entity ``id`` (called ``name``) is ``into``.

    ``label``, ``cls`` and ``aliases`` describe the absorbed entity as it was when
    the decision was made, so ``kg entity split`` can give it back its names.
    """

    op: str
    name: str
    id: str
    label: str
    cls: str
    into: EntityRef
    aliases: tuple[str, ...] = ()
    date: str = ""
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def as_json(self) -> dict[str, Any]:
        return {
            "op": self.op,
            "name": self.name,
            "id": self.id,
            "label": self.label,
            "class": self.cls,
            "aliases": list(self.aliases),
            "into": self.into.as_json(),
            "date": self.date,
            **self.extra,
        }

    @classmethod
    def from_json(cls, row: dict[str, Any]) -> Correction:
        into = row["into"]
        known = {"op", "name", "id", "label", "class", "aliases", "into", "date"}
        op = str(row["op"])
        if op not in OPERATIONS:
            raise ValueError(f"unknown op {op!r}: expected one of {', '.join(OPERATIONS)}")
        return cls(
            op=op,
            name=str(row["name"]),
            id=str(row["id"]),
            label=str(row.get("label") or row["name"]),
            cls=str(row.get("class") or into["class"]),
            into=EntityRef(str(into["id"]), str(into["label"]), str(into["class"])),
            aliases=tuple(str(a) for a in row.get("aliases") or ()),
            date=str(row.get("date") or ""),
            extra={k: v for k, v in row.items() if k not in known},
        )


def corrections_path(store_spec: str) -> Path | None:
    """The corrections file of a store: ``KG_CORRECTIONS``, else ``FOLDER.corrections.jsonl``
    beside an embedded store folder, else None (an endpoint or the memory store).

    >>> str(corrections_path("output/store"))  # doctest: +SKIP
    'output/store.corrections.jsonl'
    """
    env = os.environ.get("KG_CORRECTIONS", "").strip()
    if env:
        return Path(env).expanduser()
    from kg.graph.backends import scheme_of

    spec = store_spec.strip()
    if scheme_of(spec) != "oxigraph":
        return None
    path = Path(spec[len("oxigraph:") :] if spec.startswith("oxigraph:") else spec).expanduser()
    return path.with_name(path.name + ".corrections.jsonl")


def require_path(store_spec: str) -> Path:
    """:func:`corrections_path`, or a UsageError saying how to name a file."""
    path = corrections_path(store_spec)
    if path is None:
        raise UsageError(
            f"the store {store_spec} has no folder to keep corrections beside: "
            "name a file with KG_CORRECTIONS=FILE (e.g. corrections.jsonl)"
        )
    return path


def read_corrections(path: Path | None) -> list[Correction]:
    """The corrections recorded in ``path`` (none when it is None or missing)."""
    if path is None or not path.exists():
        return []
    out: list[Correction] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise DataError(f"cannot read the corrections file {path}: {e}") from e
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            out.append(Correction.from_json(json.loads(line)))
        except (ValueError, KeyError, TypeError) as e:
            raise DataError(
                f"{path}:{number}: not a correction ({e}); fix or remove the line "
                "(each line is one JSON object written by kg entity)"
            ) from e
    return out


def corrections_text(corrections: list[Correction]) -> bytes:
    """The file's content: one JSON object a line, keys in a fixed order."""
    lines = [json.dumps(c.as_json(), ensure_ascii=False) for c in corrections]
    return ("\n".join(lines) + "\n" if lines else "").encode("utf-8")


def redirects(corrections: list[Correction]) -> dict[str, EntityRef]:
    """Entity local id -> the entity it now is, chains followed (B->A, A->C: B->C)."""
    direct = {c.id: c.into for c in corrections}
    out: dict[str, EntityRef] = {}
    for source, target in direct.items():
        seen = {source}
        while target.id in direct:
            if target.id in seen:
                raise DataError(
                    f"the corrections make a cycle through {source!r} -> {target.label!r}: "
                    "remove one of its lines from the corrections file"
                )
            seen.add(target.id)
            target = direct[target.id]
        out[source] = target
    return out
