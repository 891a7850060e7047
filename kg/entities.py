"""Analyst corrections of entity identity: ``kg entity alias``, ``merge``, ``split``.

Each function checks the decision against the store and the gazetteer, applies
it to what is stored in one update, and records it in the store's corrections
file (:mod:`kg.corrections`), which every later ``kg build`` applies. The store
is opened for writing, so its lock is held from the first check to the last
write; the file is replaced only once the store has taken the change, and a
failed update leaves both as they were.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kg.corrections import (
    Correction,
    EntityRef,
    corrections_text,
    read_corrections,
    redirects,
    require_path,
)
from kg.errors import CorrectionError

if TYPE_CHECKING:
    from kg.graph.corrections import StoredEntity
    from kg.graph.store import KGStore


@dataclass(frozen=True)
class Resolved:
    """An entity named on the command line: its IRI local part, label, class, aliases,
    and whether the store holds it."""

    id: str
    label: str
    cls: str
    aliases: tuple[str, ...]
    stored: bool

    def ref(self) -> EntityRef:
        return EntityRef(self.id, self.label, self.cls)


def _today() -> str:
    return _dt.datetime.now(_dt.UTC).date().isoformat()


def _gazetteer_entry(name: str) -> tuple[str, str, str] | None:
    """(id, name, class) of the gazetteer entry ``name`` names (its name or an alias)."""
    from kg.extract.nlp import load_gazetteer
    from kg.extract.resolve import gazetteer_index
    from kg.names import normalize

    canonical = gazetteer_index().get(normalize(name))
    if canonical is None:
        return None
    entry = load_gazetteer()[canonical]
    return entry.id, entry.name, entry.cls


def _merge_key_id(name: str) -> str | None:
    from kg.graph.iri import slug
    from kg.names import merge_key

    key = merge_key(name)
    return "_" + slug(key) if key else None


def resolve(store: KGStore, name: str) -> Resolved:
    """The entity ``name`` names: a stored label or alias, else a gazetteer entry, else
    the stored entity of its merge key; a CorrectionError when none is."""
    from kg.graph.corrections import describe_entity, entity_node, find_entities, local_id

    found = find_entities(store, name)
    if len(found) > 1:
        names = ", ".join(
            f"{e.label!r} ({e.cls}, {local_id(e.iri, store.base_iri)})" for e in found
        )
        raise CorrectionError(
            f"{name!r} names {len(found)} entities: {names}; give the label of one of them",
            code="ambiguous-entity",
        )
    stored: StoredEntity | None = None
    if found:
        stored = describe_entity(store, found[0].iri)
    if stored is None:
        gaz = _gazetteer_entry(name)
        if gaz is not None:
            ident, label, cls = gaz
            stored = describe_entity(store, entity_node(ident, store.base_iri))
            if stored is None:
                return Resolved(ident, label, cls, (), False)
    if stored is None:
        local = _merge_key_id(name)
        if local is not None:
            stored = describe_entity(store, entity_node(local, store.base_iri))
    if stored is not None:
        local = local_id(stored.iri, store.base_iri)
        if local is not None:
            return Resolved(local, stored.label, stored.cls, stored.aliases, True)
    raise CorrectionError(
        f"unknown entity {name!r}: no entity in {store.spec} has that label or alias and "
        "the gazetteer does not know it; check the spelling (kg stats lists entities, "
        "kg neighbors NAME shows one)",
        code="unknown-entity",
    )


def _check_chain(corrections: list[Correction], source: Resolved, target: Resolved) -> None:
    table = redirects(corrections)
    went = table.get(target.id)
    if went is not None:
        if went.id == source.id:
            raise CorrectionError(
                f"cannot merge {source.label!r} into {target.label!r}: {target.label!r} was "
                f"merged into {source.label!r}, and a merge cycle would follow; undo that "
                f"first with kg entity split {target.label!r}",
                code="merge-cycle",
            )
        raise CorrectionError(
            f"{target.label!r} was merged into {went.label!r}: merge into {went.label!r} "
            f"instead, or undo that first with kg entity split {target.label!r}",
            code="merge-cycle",
        )
    if source.id in table:
        raise CorrectionError(
            f"{source.label!r} is already merged into {table[source.id].label!r}: undo that "
            f"first with kg entity split {source.label!r}",
            code="merge-cycle",
        )


def _check_classes(source: Resolved, target: Resolved, verb: str) -> None:
    if source.cls != target.cls:
        raise CorrectionError(
            f"cannot {verb} {source.label!r} ({source.cls}) into {target.label!r} "
            f"({target.cls}): an entity has one class; {verb} entities of the same class",
            code="class-conflict",
        )


def _record(
    store: KGStore,
    path: Path,
    corrections: list[Correction],
    correction: Correction,
) -> Correction:
    """Apply ``correction`` to the store and add it to the file, or change neither."""
    from kg.graph.corrections import entity_node, merge_in_store, targets
    from kg.graph.ended import settle
    from kg.render.export import atomic_write

    updated = [*corrections, correction]
    data = corrections_text(updated)
    source = entity_node(correction.id, store.base_iri)
    target = targets(redirects(updated), store.base_iri)[source]

    def write(fh: object) -> None:
        # The store changes while the new file waits beside the old one: a failed
        # update leaves the old file in place.
        merge_in_store(store, source, target)
        settle(store, entities=[target.iri])
        store.flush()
        fh.write(data)  # type: ignore[attr-defined]

    atomic_write(path, write)
    return correction


def alias(surface: str, canonical: str, store: KGStore) -> Correction:
    """Record that the name ``surface`` (a name the gazetteer does not know, in any
    spelling with the same merge key) is the entity ``canonical``, and apply it."""
    path = require_path(store.spec)
    corrections = read_corrections(path)
    gaz = _gazetteer_entry(surface)
    if gaz is not None:
        raise CorrectionError(
            f"{surface!r} is a name of the gazetteer's {gaz[1]!r}, not a free name: to make "
            f"one entity of the two use kg entity merge {canonical!r} {gaz[1]!r}",
            code="known-name",
        )
    target = resolve(store, canonical)
    local = _merge_key_id(surface)
    if local is None:
        raise CorrectionError(
            f"{surface!r} has no letters or digits to name an entity by: give a name",
            code="unknown-entity",
        )
    if local == target.id:
        raise CorrectionError(
            f"{surface!r} already names {target.label!r}: an alias of an entity to itself "
            "changes nothing",
            code="same-entity",
        )
    from kg.graph.corrections import describe_entity, entity_node

    stored = describe_entity(store, entity_node(local, store.base_iri))
    source = Resolved(
        local,
        stored.label if stored else surface,
        stored.cls if stored else target.cls,
        stored.aliases if stored else (),
        stored is not None,
    )
    _check_chain(corrections, source, target)
    _check_classes(source, target, "alias")
    return _record(
        store,
        path,
        corrections,
        Correction(
            "alias",
            surface,
            local,
            source.label,
            source.cls,
            target.ref(),
            source.aliases,
            _today(),
        ),
    )


def merge(a: str, b: str, store: KGStore) -> Correction:
    """Make entity ``b`` entity ``a`` (one node; b's names kept as aliases), record it."""
    path = require_path(store.spec)
    corrections = read_corrections(path)
    target = resolve(store, a)
    source = resolve(store, b)
    if source.id == target.id:
        raise CorrectionError(
            f"{a!r} and {b!r} are already one entity ({target.label!r}): nothing to merge",
            code="same-entity",
        )
    _check_chain(corrections, source, target)
    _check_classes(source, target, "merge")
    return _record(
        store,
        path,
        corrections,
        Correction(
            "merge", b, source.id, source.label, source.cls, target.ref(), source.aliases, _today()
        ),
    )


def split(name: str, store: KGStore) -> Correction:
    """Take back the alias or merge that made ``name`` part of another entity.

    Its line leaves the corrections file, and the stored facts and evidence it
    had come back to it (found by their evidence IRIs; see
    :func:`kg.graph.corrections.split_in_store`).
    """
    from kg.graph.corrections import entity_node, split_in_store, targets
    from kg.graph.ended import settle
    from kg.render.export import atomic_write

    path = require_path(store.spec)
    corrections = read_corrections(path)
    matches = [c for c in corrections if name in (c.name, c.label) or c.id == _merge_key_id(name)]
    if not matches:
        recorded = ", ".join(repr(c.name) for c in corrections) or "none"
        raise CorrectionError(
            f"no alias or merge of {name!r} is recorded in {path} (recorded: {recorded}); "
            "kg entity corrections lists them",
            code="no-correction",
        )
    correction = matches[0]
    rest = [c for c in corrections if c is not correction]
    remaining = targets(redirects(rest), store.base_iri)
    data = corrections_text(rest)

    def write(fh: object) -> None:
        split_in_store(store, correction, remaining, store.base_iri)
        # Facts whose evidence moved may hold, or no longer hold (kg.graph.ended).
        split = (correction.id, correction.into.id)
        settle(store, entities=[entity_node(i, store.base_iri) for i in split])
        store.flush()
        fh.write(data)  # type: ignore[attr-defined]

    atomic_write(path, write)
    return correction


def listed(store_spec: str) -> tuple[Path, list[Correction]]:
    """The corrections file of ``store_spec`` and what it records."""
    path = require_path(store_spec)
    return path, read_corrections(path)
