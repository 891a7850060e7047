"""The trigger table ``data/relations.json``: its rows, checked against a schema.

Each rule names trigger lemmas (with parts of speech), the relation, and an
ordered list of argument *roles* for its subject and object (see
:mod:`kg.extract.roles`). The file is data that people edit, so it is checked
when it is loaded: an unknown key, a misspelt role, relation or class, or a
value of the wrong type raises :class:`~kg.errors.RuleFileError` naming the
file, the rule and the field, instead of silently disabling a rule.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from kg.errors import RuleFileError
from kg.extract.nlp import load_json
from kg.extract.roles import is_known_role

RULE_FILE = "relations.json"
#: spaCy coarse parts of speech a trigger may have.
POS_TAGS = frozenset(
    [
        "ADJ",
        "ADP",
        "ADV",
        "AUX",
        "CCONJ",
        "DET",
        "INTJ",
        "NOUN",
        "NUM",
        "PART",
        "PRON",
        "PROPN",
        "PUNCT",
        "SCONJ",
        "SYM",
        "VERB",
        "X",
    ]
)


@dataclass(frozen=True)
class Rule:
    """One row of the trigger table."""

    id: str
    lemmas: frozenset[str]
    pos: frozenset[str]
    relation: str
    subject: tuple[str, ...]
    object: tuple[str, ...]
    confidence: float
    pairwise: bool = False
    amount: bool = False
    require_child: frozenset[str] = frozenset()
    #: Words one of which must be the object of a preposition on the trigger.
    require_pobj: frozenset[str] = frozenset()
    #: Words none of which may be the object of a preposition on the trigger.
    forbid_pobj: frozenset[str] = frozenset()
    forbid_child: frozenset[str] = frozenset()
    dep: frozenset[str] = frozenset()
    not_dep: frozenset[str] = frozenset()
    head_lemma: frozenset[str] = frozenset()
    not_head_lemma: frozenset[str] = frozenset()
    head_pos: frozenset[str] = frozenset()
    object_direct: bool = False
    object_classes: frozenset[str] = frozenset()
    #: Classes the subject must have, of those the relation takes.
    subject_classes: frozenset[str] = frozenset()
    reported: bool = False
    object_forbid_appos: frozenset[str] = frozenset()
    #: Nouns a name may not merely modify to be the object ("a new X production line").
    object_forbid_head: frozenset[str] = frozenset()
    object_named: bool = False
    object_sells: bool = False
    #: Only a known seller of compute (``compute_sellers`` in cues.json) is the object.
    object_must_sell: bool = False
    #: "only": the object must be a company whose business is selling compute
    #: (``dedicated_compute_sellers``); "never": it must not be one.
    dedicated_seller: str = ""
    #: One side must be a known seller of compute (and is then the object).
    seller_needed: bool = False
    #: The objects are also each other's partners ("a joint venture with A and B").
    objects_pairwise: bool = False
    #: Subjects with no object are paired only when the noun is a new one ("A and B signed
    #: a deal"), not one told before ("The two companies announced the deal": which deal,
    #: the text said earlier).
    pairwise_indefinite: bool = False
    #: Keep the rule's facts only where another rule of the document gives the same
    #: relation with the same object ("A alleges that B ..." in a story of a suit
    #: against B).
    needs_company: bool = False
    #: The trigger is a plain word for a kind of company ("the Paris startup"): an owner
    #: 's on it still tells what the owner owns ("Alphabet's startup Isomorphic Labs").
    descriptive: bool = False
    #: Not when the trigger, the object of a preposition, is in a phrase that frames the
    #: sentence: opening it or set off by commas or dashes ("As part of Project X, Nvidia
    #: agreed ...": no unit of X; "Nuance operates as part of Microsoft" is one).
    not_opening: bool = False
    #: The subject is a made thing whose maker, where known, is the one that uses the
    #: object ("Vela, designed by Zeta and made by Korvo": Zeta uses Korvo).
    maker_uses: bool = False


@dataclass(frozen=True)
class RuleSet:
    """The trigger table indexed by lemma, plus the structural tables."""

    by_lemma: dict[str, tuple[Rule, ...]]
    possessive: tuple[dict[str, Any], ...]
    ref_nouns: dict[str, tuple[str, ...]]
    maker_nouns: frozenset[str]
    plural_refs: frozenset[str]


# -- schema ------------------------------------------------------------------
# A field's check returns None when the value is fine, else what is wrong with it.
Check = Callable[[Any], str | None]


def _words(value: Any) -> str | None:
    if not isinstance(value, list) or not all(isinstance(x, str) and x for x in value):
        return "expected a list of non-empty strings"
    return None


def _among(known: frozenset[str] | tuple[str, ...], what: str) -> Check:
    def check(value: Any) -> str | None:
        if _words(value):
            return _words(value)
        bad = [x for x in value if x not in known]
        return (
            f"unknown {what} {bad[0]!r} (expected one of {', '.join(sorted(known))})"
            if bad
            else None
        )

    return check


def _one_of(known: tuple[str, ...], what: str) -> Check:
    def check(value: Any) -> str | None:
        if value not in known:
            return f"unknown {what} {value!r} (expected one of {', '.join(known)})"
        return None

    return check


def _roles(value: Any) -> str | None:
    if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
        return "expected a list of role names"
    bad = [r for r in value if not is_known_role(r)]
    if bad:
        return f"unknown role {bad[0]!r} (see kg/extract/roles.py for the known roles)"
    return None


def _flag(value: Any) -> str | None:
    return None if isinstance(value, bool) else "expected true or false"


def _probability(value: Any) -> str | None:
    ok = isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value <= 1
    return None if ok else "expected a number from 0 to 1"


def _count(value: Any) -> str | None:
    ok = isinstance(value, int) and not isinstance(value, bool) and value >= 0
    return None if ok else "expected a whole number >= 0"


def _text(value: Any) -> str | None:
    return None if isinstance(value, str) and value else "expected a non-empty string"


def _classes(value: Any) -> str | None:
    from kg.records import ENTITY_CLASSES

    # Read at check time: the relation table may come from KG_DATA_DIR.
    return _among(ENTITY_CLASSES, "class")(value)


def _relation(value: Any) -> str | None:
    from kg.records import RELATIONS

    return _one_of(RELATIONS, "relation")(value)


_CLASSES = _classes
_POS = _among(POS_TAGS, "part of speech")
_RELATION = _relation

#: Fields of a rule row: name -> (required, check).
RULE_FIELDS: dict[str, tuple[bool, Check]] = {
    "id": (True, _text),
    "lemmas": (True, _words),
    "relation": (True, _RELATION),
    "subject": (True, _roles),
    "object": (True, _roles),
    "pos": (False, _POS),
    "confidence": (False, _probability),
    "dev_support": (False, _count),
    "pairwise": (False, _flag),
    "amount": (False, _flag),
    "reported": (False, _flag),
    "object_direct": (False, _flag),
    "object_named": (False, _flag),
    "object_sells": (False, _flag),
    "object_must_sell": (False, _flag),
    "dedicated_seller": (
        False,
        lambda v: None if v in {"only", "never"} else 'expected "only" or "never"',
    ),
    "seller_needed": (False, _flag),
    "objects_pairwise": (False, _flag),
    "pairwise_indefinite": (False, _flag),
    "needs_company": (False, _flag),
    "not_opening": (False, _flag),
    "descriptive": (False, _flag),
    "maker_uses": (False, _flag),
    "require_child": (False, _words),
    "require_pobj": (False, _words),
    "forbid_pobj": (False, _words),
    "forbid_child": (False, _words),
    "dep": (False, _words),
    "not_dep": (False, _words),
    "head_lemma": (False, _words),
    "not_head_lemma": (False, _words),
    "head_pos": (False, _POS),
    "object_classes": (False, _CLASSES),
    "subject_classes": (False, _CLASSES),
    "object_forbid_appos": (False, _words),
    "object_forbid_head": (False, _words),
    "why": (False, _text),
}

#: Fields of a possessive row ("OpenAI's GPT-4").
POSSESSIVE_FIELDS: dict[str, tuple[bool, Check]] = {
    "id": (True, _text),
    "owner": (True, _CLASSES),
    "owned": (True, _CLASSES),
    "relation": (True, _RELATION),
    "direction": (True, _one_of(("owner_first", "owned_first"), "direction")),
    "confidence": (True, _probability),
    "owned_certain": (False, _flag),
    "owner_certain": (False, _flag),
    "dev_support": (False, _count),
    "why": (False, _text),
}


def _reference_nouns(value: Any) -> str | None:
    if not isinstance(value, dict):
        return "expected an object of noun -> list of classes"
    for noun, classes in value.items():
        problem = _CLASSES(classes)
        if problem:
            return f"noun {noun!r}: {problem}"
    return None


#: Top-level sections of the file.
FILE_FIELDS: dict[str, tuple[bool, Check]] = {
    "_doc": (False, _text),
    "rules": (True, lambda v: None if isinstance(v, list) else "expected a list of rules"),
    "possessive": (False, lambda v: None if isinstance(v, list) else "expected a list"),
    "reference_nouns": (False, _reference_nouns),
    "maker_nouns": (False, _words),
    "plural_reference_nouns": (False, _words),
}


def check_fields(
    row: Any, fields: Mapping[str, tuple[bool, Check]], where: str, file: str = RULE_FILE
) -> None:
    """Raise :class:`RuleFileError` for the first unknown, missing or bad field of ``row``."""
    if not isinstance(row, dict):
        raise RuleFileError(f"{file}: {where}: expected an object", code="rule-not-object")
    for key in row:
        if key not in fields:
            raise RuleFileError(
                f"{file}: {where}: unknown field {key!r} (expected one of {', '.join(fields)})",
                code="rule-unknown-field",
            )
    for key, (required, check) in fields.items():
        if key not in row:
            if required:
                raise RuleFileError(
                    f"{file}: {where}: missing field {key!r}", code="rule-missing-field"
                )
            continue
        problem = check(row[key])
        if problem:
            raise RuleFileError(f"{file}: {where}: field {key!r}: {problem}", code="rule-bad-value")


def validate_rule_file(data: Any, file: str = RULE_FILE) -> None:
    """Check the whole trigger table; raises :class:`RuleFileError` on the first problem."""
    check_fields(data, FILE_FIELDS, "top level", file)
    seen: set[str] = set()
    for n, row in enumerate(data["rules"], 1):
        where = f"rule {row.get('id', f'#{n}')!r}" if isinstance(row, dict) else f"rule #{n}"
        check_fields(row, RULE_FIELDS, where, file)
        if row["id"] in seen:
            raise RuleFileError(f"{file}: {where}: the id is used twice", code="rule-duplicate-id")
        seen.add(row["id"])
    for n, row in enumerate(data.get("possessive", ()), 1):
        where = f"possessive row {row.get('id', f'#{n}')!r}" if isinstance(row, dict) else ""
        check_fields(row, POSSESSIVE_FIELDS, where or f"possessive row #{n}", file)


def _rule(row: dict[str, Any]) -> Rule:
    def lower(key: str) -> frozenset[str]:
        return frozenset(x.lower() for x in row.get(key, ()))

    return Rule(
        id=row["id"],
        lemmas=lower("lemmas"),
        pos=frozenset(row.get("pos", ["VERB"])),
        relation=row["relation"],
        subject=tuple(row["subject"]),
        object=tuple(row["object"]),
        confidence=float(row.get("confidence", 0.7)),
        pairwise=row.get("pairwise", False),
        amount=row.get("amount", False),
        require_child=lower("require_child"),
        require_pobj=lower("require_pobj"),
        forbid_pobj=lower("forbid_pobj"),
        forbid_child=lower("forbid_child"),
        dep=frozenset(row.get("dep", ())),
        not_dep=frozenset(row.get("not_dep", ())),
        head_lemma=lower("head_lemma"),
        not_head_lemma=lower("not_head_lemma"),
        head_pos=frozenset(row.get("head_pos", ())),
        object_direct=row.get("object_direct", False),
        object_classes=frozenset(row.get("object_classes", ())),
        subject_classes=frozenset(row.get("subject_classes", ())),
        reported=row.get("reported", False),
        object_forbid_appos=frozenset(row.get("object_forbid_appos", ())),
        object_forbid_head=lower("object_forbid_head"),
        object_named=row.get("object_named", False),
        object_sells=row.get("object_sells", False),
        object_must_sell=row.get("object_must_sell", False),
        dedicated_seller=row.get("dedicated_seller", ""),
        seller_needed=row.get("seller_needed", False),
        objects_pairwise=row.get("objects_pairwise", False),
        pairwise_indefinite=row.get("pairwise_indefinite", False),
        descriptive=row.get("descriptive", False),
        maker_uses=row.get("maker_uses", False),
        needs_company=row.get("needs_company", False),
        not_opening=row.get("not_opening", False),
    )


def build_rules(data: dict[str, Any]) -> RuleSet:
    """Index a checked trigger table by lemma."""
    index: dict[str, list[Rule]] = {}
    for row in data["rules"]:
        rule = _rule(row)
        for lemma in rule.lemmas:
            index.setdefault(lemma, []).append(rule)
    return RuleSet(
        by_lemma={k: tuple(v) for k, v in index.items()},
        possessive=tuple(data.get("possessive", ())),
        ref_nouns={k: tuple(v) for k, v in data.get("reference_nouns", {}).items()},
        maker_nouns=frozenset(data.get("maker_nouns", ())),
        plural_refs=frozenset(data.get("plural_reference_nouns", ())),
    )


@lru_cache(maxsize=1)
def load_rules() -> RuleSet:
    """Read and check ``relations.json`` once per process."""
    data = load_json(RULE_FILE)
    validate_rule_file(data)
    return build_rules(data)


@lru_cache(maxsize=32)
def possessive_rule(relation: str, rid: str, confidence: float) -> Rule:
    """The :class:`Rule` a row of the possessive table stands for."""
    return Rule(
        id=rid,
        lemmas=frozenset(),
        pos=frozenset(),
        relation=relation,
        subject=(),
        object=(),
        confidence=confidence,
    )
