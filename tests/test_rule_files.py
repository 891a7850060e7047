"""The rule file is checked when it is loaded: mistakes name the file, the rule and the field."""

from __future__ import annotations

import copy
import inspect
from typing import Any

import pytest

from kg.errors import KGError, RuleFileError
from kg.extract.nlp import load_json
from kg.extract.roles import ROLES, is_known_role
from kg.extract.rules import build_rules, load_rules, validate_rule_file


@pytest.fixture
def table() -> dict[str, Any]:
    return copy.deepcopy(load_json("relations.json"))


def _first_rule(table: dict[str, Any]) -> dict[str, Any]:
    row: dict[str, Any] = table["rules"][0]
    return row


def test_rule_file_shipped_is_valid() -> None:
    rules = load_rules()
    assert rules.by_lemma["invest"]
    assert all(rule.relation for rs in rules.by_lemma.values() for rule in rs)


@pytest.mark.parametrize(
    ("field", "value", "code", "words"),
    [
        ("subject", ["subjj"], "rule-bad-value", "unknown role 'subjj'"),
        ("object", ["prep:"], "rule-bad-value", "unknown role 'prep:'"),
        ("relation", "invest", "rule-bad-value", "unknown relation 'invest'"),
        ("object_classes", ["Company"], "rule-bad-value", "unknown class 'Company'"),
        ("pos", ["VRB"], "rule-bad-value", "unknown part of speech 'VRB'"),
        ("confidence", 1.5, "rule-bad-value", "expected a number from 0 to 1"),
        ("pairwise", "yes", "rule-bad-value", "expected true or false"),
        ("lemmas", "invest", "rule-bad-value", "expected a list of non-empty strings"),
        ("subjekt", ["subj"], "rule-unknown-field", "unknown field 'subjekt'"),
    ],
)
def test_rule_file_mistake_is_named(
    table: dict[str, Any], field: str, value: Any, code: str, words: str
) -> None:
    row = _first_rule(table)
    row[field] = value
    with pytest.raises(RuleFileError) as err:
        validate_rule_file(table)
    message = str(err.value)
    assert message.startswith(f"relations.json: rule {row['id']!r}: ")
    assert words in message
    assert err.value.code == code
    assert isinstance(err.value, KGError)


def test_rule_file_missing_field_is_named(table: dict[str, Any]) -> None:
    del _first_rule(table)["relation"]
    with pytest.raises(RuleFileError, match="missing field 'relation'") as err:
        validate_rule_file(table)
    assert err.value.code == "rule-missing-field"


def test_rule_file_duplicate_id_is_refused(table: dict[str, Any]) -> None:
    table["rules"].append(copy.deepcopy(_first_rule(table)))
    with pytest.raises(RuleFileError, match="used twice"):
        validate_rule_file(table)


def test_rule_file_unknown_section_is_refused(table: dict[str, Any]) -> None:
    table["light_verbz"] = ["sign"]
    with pytest.raises(RuleFileError, match="top level: unknown field 'light_verbz'"):
        validate_rule_file(table)


def test_rule_file_possessive_row_checked(table: dict[str, Any]) -> None:
    table["possessive"][0]["direction"] = "sideways"
    with pytest.raises(RuleFileError, match=r"possessive row .*unknown direction 'sideways'"):
        validate_rule_file(table)


def test_rule_file_new_rule_indexed_by_lemma(table: dict[str, Any]) -> None:
    table["rules"].append(
        {
            "id": "trial_underwrite",
            "lemmas": ["Underwrite"],
            "relation": "partners_with",
            "subject": ["subj"],
            "object": ["obj", "prep:from|to"],
        }
    )
    validate_rule_file(table)
    rules = build_rules(table)
    (rule,) = rules.by_lemma["underwrite"]
    assert rule.pos == frozenset({"VERB"})
    assert rule.object == ("obj", "prep:from|to")


@pytest.mark.parametrize(
    ("spec", "known"),
    [
        ("subj", True),
        ("prep:in|into", True),
        ("head_prep:in", True),
        ("head_subj+prep:with", True),
        ("implicit_org", True),
        ("subj+", False),
        ("prep:in|", False),
        ("owner", False),
        ("", False),
    ],
)
def test_roles_known(spec: str, known: bool) -> None:
    assert is_known_role(spec) is known


def test_roles_each_has_a_definition() -> None:
    for name, func in ROLES.items():
        assert inspect.getdoc(func), f"role {name!r} has no docstring"
