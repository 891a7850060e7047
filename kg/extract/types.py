"""The type rules of extraction: which classes each relation allows, and ``types.json``.

The allowed subject and object classes and the ongoing flag of each relation
come from the ontology's relation table (:mod:`kg.vocabulary`); ``types.json``
adds extraction's own rules. Read once per process, by one loader.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from kg.errors import DataError
from kg.extract.nlp import load_json
from kg.vocabulary import vocabulary


@dataclass(frozen=True)
class TypeTable:
    """Allowed classes per relation, which relations are ongoing states, and the
    type rules of ``types.json``.

    ``maker_for_hardware``: relation -> the roles ("subject", "object") where a
    chip is replaced by its maker. ``maker_relation``: the relation whose facts
    say who makes what.
    """

    subject: dict[str, frozenset[str]]
    object: dict[str, frozenset[str]]
    ongoing: frozenset[str]
    coercible: dict[str, tuple[str, ...]]
    maker_for_hardware: dict[str, frozenset[str]]
    maker_relation: str | None


@lru_cache(maxsize=1)
def load_types() -> TypeTable:
    """The relation table of the ontology (:mod:`kg.vocabulary`) and the rules of types.json."""
    data: dict[str, Any] = load_json("types.json")
    vocab = vocabulary()
    by_maker = {k: frozenset(v) for k, v in data.get("maker_for_hardware", {}).items()}
    maker_relation = data.get("maker_relation")
    for name in [*by_maker, *([maker_relation] if maker_relation else [])]:
        if name not in vocab.names:
            raise DataError(
                f"types.json names unknown relation {name!r}: "
                f"expected one of {', '.join(vocab.names)}"
            )
    return TypeTable(
        subject={r.name: frozenset(r.subject) for r in vocab.relations},
        object={r.name: frozenset(r.object) for r in vocab.relations},
        ongoing=vocab.ongoing,
        coercible={k: tuple(v) for k, v in data.get("coercible", {}).items()},
        maker_for_hardware=by_maker,
        maker_relation=maker_relation,
    )
