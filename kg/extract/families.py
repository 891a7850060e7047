"""Corporate families and renames: curated reference data about gazetteer entities.

``families.jsonl`` has one parent/subsidiary link a line (``subsidiary``,
``parent``, ``since`` year, ``source`` note); the graph holds each link as a
``subsidiary_of`` fact marked as reference data (:class:`kgo:Reference`), not
news evidence. ``renames.jsonl`` records renames and successors (``old``,
``new``, ``date``, ``source``); the gazetteer lists every old name as an alias
of the new entry, so a text's "Twitter" is X Corp unless its context says the
app (:mod:`kg.extract.senses`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from kg.config import extract_data_dir, missing_data_hint
from kg.errors import DataError
from kg.extract.nlp import GazetteerEntry, load_gazetteer


@dataclass(frozen=True)
class FamilyLink:
    """``subsidiary`` is owned by ``parent`` since the year ``since``, as ``source`` says."""

    subsidiary: GazetteerEntry
    parent: GazetteerEntry
    since: str
    source: str


@dataclass(frozen=True)
class Rename:
    """``old`` became ``new`` (a gazetteer name) on ``date``, as ``source`` says."""

    old: str
    new: str
    date: str
    source: str


def _rows(name: str) -> list[dict[str, str]]:
    """The lines of a reference file; none when a data folder (``KG_DATA_DIR``) has no copy."""
    path = extract_data_dir() / name
    if not path.exists():
        return []
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise DataError(f"cannot read {path}: {e.strerror}{missing_data_hint()}") from e
    rows = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError as e:
            raise DataError(f"{path}:{number} is not valid JSON: {e}") from e
        if not isinstance(row, dict) or not all(isinstance(v, str) for v in row.values()):
            raise DataError(f"{path}:{number}: expected an object of strings")
        rows.append(row)
    return rows


@lru_cache(maxsize=1)
def load_families() -> tuple[FamilyLink, ...]:
    """The parent/subsidiary links of ``families.jsonl``, names resolved in the gazetteer.

    Example: ``[(f.subsidiary.name, f.parent.name) for f in load_families()][0]``
    -> ``("Google", "Alphabet")``.
    """
    rows = _rows("families.jsonl")
    gaz = load_gazetteer() if rows else {}
    links = []
    for row in rows:
        try:
            sub, parent = gaz[row["subsidiary"]], gaz[row["parent"]]
            since, source = row["since"], row["source"]
        except KeyError as e:
            raise DataError(
                f"families.jsonl: {e.args[0]!r} is not a gazetteer name or a missing field "
                f"in {row}: every link names two gazetteer entries and has since and source"
            ) from e
        links.append(FamilyLink(sub, parent, since, source))
    return tuple(links)


@lru_cache(maxsize=1)
def load_renames() -> tuple[Rename, ...]:
    """The renames of ``renames.jsonl``."""
    out = []
    for row in _rows("renames.jsonl"):
        try:
            out.append(Rename(row["old"], row["new"], row["date"], row["source"]))
        except KeyError as e:
            raise DataError(f"renames.jsonl: missing field {e.args[0]!r} in {row}") from e
    return tuple(out)
