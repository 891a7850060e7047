"""``kg_attribute_ruler``: spaCy's ``attribute_ruler`` with a faster ``match``, same output.

The English pipelines map fine-grained tags to coarse POS and morphology with
an ``attribute_ruler`` of about 180 rules, matched by spaCy's general
``Matcher`` on every token. That matching costs about a sixth of the whole
pipeline, although almost every rule looks at one token's tag, lower-case
form, dependency label or whitespace flag. :class:`FastAttributeRuler` is an
``AttributeRuler`` whose ``match`` looks those one-token rules up by tag and
by word (a dictionary lookup per token) and leaves the few other rules
(several tokens, regular expressions) to a ``Matcher`` of their own. It
returns exactly the list spaCy's returns (sorted by rule, so later rules still
win), and spaCy's own ``set_annotations`` writes it.

:func:`use_fast_attribute_ruler` swaps it in for a pipeline's
``attribute_ruler``, with the same patterns, through spaCy's public
``replace_pipe``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from spacy.language import Language
from spacy.pipeline import AttributeRuler

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Token attributes the fast path reads, in the column order of ``Doc.to_array``.
_COLUMNS = ("TAG", "LOWER", "DEP", "IS_SPACE")
_TAG, _LOWER = 0, 1

#: The spaCy factory name of the component.
FACTORY = "kg_attribute_ruler"

#: One condition: (column, test on the column's value).
Condition = tuple[int, Callable[[int], bool]]


def _condition(key: str, value: Any, strings: Any) -> Condition | None:
    """The test for ``{key: value}`` of a one-token pattern, or None if not handled."""
    if key not in _COLUMNS:
        return None
    col = _COLUMNS.index(key)
    if key == "IS_SPACE":
        if not isinstance(value, bool):
            return None
        flag = int(value)
        return col, lambda v: v == flag
    if isinstance(value, str):
        h = strings.add(value)
        return col, lambda v: v == h
    if isinstance(value, dict) and len(value) == 1:
        ((op, items),) = value.items()
        if isinstance(items, list) and all(isinstance(i, str) for i in items):
            hashes = frozenset(strings.add(i) for i in items)
            if op == "IN":
                return col, lambda v: v in hashes
            if op == "NOT_IN":
                return col, lambda v: v not in hashes
    return None


def _index_values(key: str, pattern: dict[str, Any], strings: Any) -> list[int] | None:
    """Hashes of the ``key`` values a token must have to match, when the pattern fixes them."""
    value = pattern.get(key)
    if isinstance(value, str):
        return [strings.add(value)]
    if isinstance(value, dict) and list(value) == ["IN"]:
        return [strings.add(v) for v in value["IN"]]
    return None


class FastAttributeMatch:
    """``match(doc)`` of one ``AttributeRuler``, computed by lookup where possible."""

    def __init__(self, ruler: Any) -> None:
        from spacy.matcher import Matcher

        strings = ruler.vocab.strings
        self.ruler = ruler
        self.rest = Matcher(ruler.vocab, validate=False)
        self.by_tag: dict[int, list[tuple[int, int, list[Condition]]]] = {}
        self.by_lower: dict[int, list[tuple[int, int, list[Condition]]]] = {}
        self.always: list[tuple[int, int, list[Condition]]] = []
        self.rest_rules = 0
        for attr_id, rule in enumerate(ruler.patterns):
            key = str(attr_id)
            patterns = rule["patterns"]
            conds: list[Condition] | None = None
            if len(patterns) == 1 and len(patterns[0]) == 1:
                token = patterns[0][0]
                made = [_condition(k, v, strings) for k, v in token.items()]
                if token and all(c is not None for c in made):
                    conds = [c for c in made if c is not None]
            if conds is None:
                self.rest.add(key, patterns)
                self.rest_rules += 1
                continue
            # Rules are filed under the tag or word they require; that condition is
            # then met by the lookup and is not tested again.
            m_id = strings.add(key)
            tags = _index_values("TAG", patterns[0][0], strings)
            lowers = _index_values("LOWER", patterns[0][0], strings)
            if tags is not None:
                entry = (attr_id, m_id, [c for c in conds if c[0] != _TAG])
                for h in tags:
                    self.by_tag.setdefault(h, []).append(entry)
            elif lowers is not None:
                entry = (attr_id, m_id, [c for c in conds if c[0] != _LOWER])
                for h in lowers:
                    self.by_lower.setdefault(h, []).append(entry)
            else:
                self.always.append((attr_id, m_id, conds))

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        from spacy.attrs import IDS

        strings = self.ruler.vocab.strings
        out: list[tuple[int, int, int, int]] = []
        if self.rest_rules:
            for m_id, start, end in self.rest(doc, allow_missing=True, as_spans=False):
                out.append((int(strings[m_id]), m_id, start, end))
        if len(doc):
            rows = doc.to_array([IDS[c] for c in _COLUMNS]).tolist()
            by_tag, by_lower, always = self.by_tag, self.by_lower, self.always
            for i, row in enumerate(rows):
                for group in (by_tag.get(row[_TAG]), by_lower.get(row[_LOWER]), always):
                    if not group:
                        continue
                    for attr_id, m_id, conds in group:
                        for col, test in conds:
                            if not test(row[col]):
                                break
                        else:
                            out.append((attr_id, m_id, i, i + 1))
        out.sort()
        return out


class FastAttributeRuler(AttributeRuler):
    """An ``AttributeRuler`` whose ``match`` is :class:`FastAttributeMatch`."""

    _fast: FastAttributeMatch | None = None

    def add(self, *args: Any, **kwargs: Any) -> None:
        super().add(*args, **kwargs)
        self._fast = None  # rebuilt with the new rule on the next call

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        if self._fast is None:
            self._fast = FastAttributeMatch(self)
        return self._fast(doc)


@Language.factory(
    FACTORY,
    default_config={"validate": False, "scorer": {"@scorers": "spacy.attribute_ruler_scorer.v1"}},
)
def make_fast_attribute_ruler(
    nlp: Language, name: str, validate: bool, scorer: Any
) -> FastAttributeRuler:
    """spaCy factory of ``kg_attribute_ruler``."""
    return FastAttributeRuler(nlp.vocab, name, validate=validate, scorer=scorer)


def use_fast_attribute_ruler(nlp: Language, name: str = "attribute_ruler") -> Any | None:
    """Replace the pipeline's ``attribute_ruler`` by ``kg_attribute_ruler`` with its patterns.

    Returns the new component, or None when the pipeline has no attribute ruler.
    """
    if name not in nlp.pipe_names:
        return None
    old: Any = nlp.get_pipe(name)
    if not hasattr(old, "patterns") or not callable(getattr(old, "add_patterns", None)):
        return None
    patterns = old.patterns
    new: Any = nlp.replace_pipe(name, FACTORY)
    new.add_patterns(patterns)
    return new
