"""Score extracted facts against gold triples written to the annotation guideline.

The gold of a document is the *set* of its distinct triples. A predicted fact
matches a gold triple when the relations are equal and both names match after
normalization (case, possessive 's, leading "the", punctuation, and a trailing
corporate suffix such as Inc./Corp./Ltd./LLC/PBC/Co.), against the gold name or
one of its aliases. Symmetric relations (``partners_with``, ``competes_with``:
``owl:SymmetricProperty`` in the ontology) match in either direction. Each gold
triple is matched at most once.

Predictions are de-duplicated per document by their normalized triple before
counting; a prediction that only repeats an already matched gold triple under
another of its names is counted in ``alias_duplicates``, not as a false
positive. Certainty, amount and date are scored separately on matched triples
and never change precision or recall.

Example::

    gold = load_gold("tests/data/dev.jsonl")
    report = score(gold, facts)
    print(report.table(errors=True))
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.extract.calibration import calibration_table, expected_calibration_error
from kg.records import CERTAINTIES, Document, Fact
from kg.vocabulary import fact_key, vocabulary

#: Trailing tokens dropped for the second, suffix-free form of a name.
CORPORATE_SUFFIXES: frozenset[str] = frozenset(
    {"inc", "incorporated", "corp", "corporation", "ltd", "limited", "llc", "pbc", "co", "plc"}
)

_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b")
_NON_WORD = re.compile(r"[\W_]+")
_LEADING_THE = re.compile(r"^the\s+")


def normalize_name(name: str) -> str:
    """The full normalized form of an entity name.

    Case-folded, possessive 's removed, leading "the" removed, punctuation turned
    into single spaces. A corporate suffix is kept here: see :func:`name_forms`.

    >>> normalize_name("The OpenAI's")
    'openai'
    >>> normalize_name("News Corp.")
    'news corp'
    """
    text = unicodedata.normalize("NFKC", name).casefold()
    text = _POSSESSIVE.sub("", text)
    text = _NON_WORD.sub(" ", text).strip()
    return _LEADING_THE.sub("", text)


def name_forms(name: str) -> tuple[str, ...]:
    """The forms a name is compared by: the full form, then the suffix-free form.

    ``name_forms("Microsoft Corp.") == ("microsoft corp", "microsoft")``. The full
    form is compared too, so "News Corp" still matches "News Corp" exactly.
    """
    full = normalize_name(name)
    tokens = full.split()
    while len(tokens) > 1 and tokens[-1] in CORPORATE_SUFFIXES:
        tokens.pop()
    stripped = " ".join(tokens)
    return (full,) if stripped == full else (full, stripped)


def _forms_of(names: Iterable[str]) -> frozenset[str]:
    return frozenset(form for name in names for form in name_forms(name) if form)


def normalize_amount(amount: str) -> str:
    """Amounts compare case-folded, without spaces and thousands commas ("$10 billion")."""
    text = unicodedata.normalize("NFKC", amount).casefold()
    return re.sub(r"[\s,]+", "", text)


@dataclass(frozen=True)
class GoldTriple:
    """One gold triple with the aliases its names may also match."""

    subject: str
    relation: str
    object: str
    subject_aliases: tuple[str, ...] = ()
    object_aliases: tuple[str, ...] = ()
    certainty: str = "stated"
    amount: str | None = None
    date: str | None = None
    #: The deal event the triple belongs to: kind, role, round, amount_value (optional keys).
    deal: tuple[tuple[str, str], ...] = ()

    def subject_forms(self) -> frozenset[str]:
        return _forms_of((self.subject, *self.subject_aliases))

    def object_forms(self) -> frozenset[str]:
        return _forms_of((self.object, *self.object_aliases))

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "subject": self.subject,
            "relation": self.relation,
            "object": self.object,
            "certainty": self.certainty,
        }
        if self.amount is not None:
            out["amount"] = self.amount
        if self.date is not None:
            out["date"] = self.date
        if self.deal:
            out["deal"] = dict(self.deal)
        return out

    def __str__(self) -> str:
        return f"{self.subject} -{self.relation}-> {self.object}"


@dataclass(frozen=True)
class GoldDoc:
    """One gold document: its text, date, triples and forbidden triples."""

    id: str
    text: str
    date: str | None
    triples: tuple[GoldTriple, ...]
    not_triples: tuple[GoldTriple, ...] = ()
    tags: tuple[str, ...] = ()

    def document(self) -> Document:
        """The document the extractor reads, with the gold id and date."""
        return Document(text=self.text, id=self.id, date=self.date)


def _str_tuple(value: Any, what: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{what} must be a list of strings, got {value!r}")
    return tuple(value)


def _opt_str(value: Any, what: str) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise ValueError(f"{what} must be a string or null, got {value!r}")


def _parse_triple(raw: Any, what: str, *, check_relation: bool = True) -> GoldTriple:
    if not isinstance(raw, dict):
        raise ValueError(f"{what} must be an object, got {raw!r}")
    for key in ("subject", "relation", "object"):
        value = raw.get(key)
        if not isinstance(value, str) or not value.strip():
            raise ValueError(f"{what} needs a non-empty string {key!r}, got {value!r}")
    relation = raw["relation"]
    names = vocabulary().names
    if check_relation and relation not in names:
        raise ValueError(
            f"{what} has unknown relation {relation!r}: expected one of {', '.join(names)}"
        )
    certainty = raw.get("certainty") or "stated"
    if certainty not in CERTAINTIES:
        raise ValueError(
            f"{what} has certainty {certainty!r}: expected one of {', '.join(CERTAINTIES)}"
        )
    return GoldTriple(
        subject=raw["subject"],
        relation=relation,
        object=raw["object"],
        subject_aliases=_str_tuple(raw.get("subject_aliases"), f"{what} subject_aliases"),
        object_aliases=_str_tuple(raw.get("object_aliases"), f"{what} object_aliases"),
        certainty=certainty,
        amount=_opt_str(raw.get("amount"), f"{what} amount"),
        date=_opt_str(raw.get("date"), f"{what} date"),
        deal=_parse_deal(raw.get("deal"), what),
    )


#: What a gold triple's "deal" may give, each compared on the matched prediction's deal.
DEAL_FIELDS: tuple[str, ...] = ("kind", "role", "round", "amount_value")


def _parse_deal(raw: Any, what: str) -> tuple[tuple[str, str], ...]:
    if raw is None:
        return ()
    if not isinstance(raw, dict) or not raw.get("kind"):
        raise ValueError(f"{what} deal must be an object with a 'kind', got {raw!r}")
    unknown = set(raw) - set(DEAL_FIELDS)
    if unknown:
        raise ValueError(
            f"{what} deal has unknown key {sorted(unknown)[0]!r}: "
            f"expected some of {', '.join(DEAL_FIELDS)}"
        )
    return tuple((k, str(raw[k])) for k in DEAL_FIELDS if raw.get(k) is not None)


def _parse_doc(raw: Any) -> GoldDoc:
    if not isinstance(raw, dict):
        raise ValueError(f"expected a JSON object, got {type(raw).__name__}")
    doc_id, text = raw.get("id"), raw.get("text")
    if not isinstance(doc_id, str) or not doc_id:
        raise ValueError(f"'id' must be a non-empty string, got {doc_id!r}")
    if not isinstance(text, str):
        raise ValueError(f"document {doc_id!r}: 'text' must be a string, got {text!r}")
    triples = raw.get("triples")
    if not isinstance(triples, list):
        raise ValueError(f"document {doc_id!r}: 'triples' must be a list, got {triples!r}")
    not_triples = raw.get("not_triples") or []
    if not isinstance(not_triples, list):
        raise ValueError(f"document {doc_id!r}: 'not_triples' must be a list")
    return GoldDoc(
        id=doc_id,
        text=text,
        date=_opt_str(raw.get("date"), f"document {doc_id!r} date"),
        triples=tuple(
            _parse_triple(t, f"document {doc_id!r} triple {i + 1}") for i, t in enumerate(triples)
        ),
        not_triples=tuple(
            _parse_triple(t, f"document {doc_id!r} not_triple {i + 1}")
            for i, t in enumerate(not_triples)
        ),
        tags=_str_tuple(raw.get("tags"), f"document {doc_id!r} tags"),
    )


def load_gold(path: str | Path) -> list[GoldDoc]:
    """Read a gold JSON Lines file (one document per line, see the guideline).

    Blank lines are skipped. A line that is not valid JSON or not a valid gold
    document raises :class:`InputError` naming ``file:line``.
    """
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"cannot read gold file {str(path)!r}: {e}") from e
    docs: list[GoldDoc] = []
    seen: set[str] = set()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            doc = _parse_doc(json.loads(line))
        except json.JSONDecodeError as e:
            raise InputError(f"{where}: invalid JSON ({e.msg} at column {e.colno})") from e
        except ValueError as e:
            raise InputError(f"{where}: {e}; fix the line to follow the gold format") from e
        if doc.id in seen:
            raise InputError(f"{where}: duplicate document id {doc.id!r}; ids must be unique")
        seen.add(doc.id)
        docs.append(doc)
    if not docs:
        raise InputError(f"gold file {str(path)!r} holds no documents")
    return docs


# ---------------------------------------------------------------- scoring


@dataclass
class RelationScore:
    """Counts and scores of one relation (or of all relations, for micro)."""

    relation: str
    gold: int = 0
    pred: int = 0
    tp: int = 0

    @property
    def fp(self) -> int:
        return self.pred - self.tp

    @property
    def fn(self) -> int:
        return self.gold - self.tp

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_json(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "pred": self.pred,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


#: The tag under which documents without tags are counted.
UNTAGGED = "(untagged)"


@dataclass
class TagScore(RelationScore):
    """Micro counts over the documents that carry one tag (``long``, ``fictional``...)."""

    documents: int = 0

    def as_json(self) -> dict[str, Any]:
        return {"documents": self.documents, **super().as_json()}


@dataclass(frozen=True)
class Error:
    """A false positive (a fact) or a false negative (a gold triple) of one document."""

    doc: str
    subject: str
    relation: str
    object: str
    sentence: str = ""

    def as_json(self) -> dict[str, Any]:
        out = {"doc": self.doc, "subject": self.subject, "relation": self.relation}
        out["object"] = self.object
        if self.sentence:
            out["sentence"] = self.sentence
        return out

    def __str__(self) -> str:
        line = f"{self.doc}: {self.subject} -{self.relation}-> {self.object}"
        return f"{line}  | {_one_line(self.sentence)}" if self.sentence else line


@dataclass(frozen=True)
class QualifierCheck:
    """A qualifier compared on one matched triple."""

    doc: str
    triple: str
    gold: str
    predicted: str | None
    correct: bool


@dataclass(frozen=True)
class NearMiss:
    """A false negative next to a false positive that differs in one argument or direction.

    Most are name mismatches (a missing alias, a longer span) rather than
    missed relations, so they show where to look first.
    """

    doc: str
    gold: str
    predicted: str
    kind: str  # "subject differs", "object differs" or "reversed"

    def as_json(self) -> dict[str, str]:
        return {"doc": self.doc, "gold": self.gold, "predicted": self.predicted, "kind": self.kind}

    def __str__(self) -> str:
        return f"{self.doc}: gold {self.gold}; predicted {self.predicted} ({self.kind})"


@dataclass
class EvalReport:
    """Per-relation and micro-averaged scores with the errors behind them."""

    documents: int
    per_relation: dict[str, RelationScore]
    false_positives: list[Error] = field(default_factory=list)
    false_negatives: list[Error] = field(default_factory=list)
    not_triple_hits: list[Error] = field(default_factory=list)
    certainty_checks: list[QualifierCheck] = field(default_factory=list)
    amount_checks: list[QualifierCheck] = field(default_factory=list)
    spurious_amounts: list[QualifierCheck] = field(default_factory=list)
    date_checks: list[QualifierCheck] = field(default_factory=list)
    #: Deal fields (kind, role, round, amount_value) compared on matched triples.
    deal_checks: dict[str, list[QualifierCheck]] = field(default_factory=dict)
    near_misses: list[NearMiss] = field(default_factory=list)
    by_tag: dict[str, TagScore] = field(default_factory=dict)
    unknown_doc_predictions: int = 0
    #: Predictions that only repeat a matched gold triple under another of its names.
    alias_duplicates: int = 0
    #: (confidence, right?) of every scored prediction, for the calibration table.
    scored: list[tuple[float, bool]] = field(default_factory=list)
    #: Gold entity (normalized gold name) -> the entity ids predictions gave it.
    entity_ids: dict[str, set[str]] = field(default_factory=dict)

    @property
    def fragmentation(self) -> float | None:
        """Mean number of distinct entity ids (graph nodes) per gold entity predicted.

        1.0 means every real-world entity the gold names is one node; above 1
        the graph splits some entity into several nodes.
        """
        sizes = [len(ids) for ids in self.entity_ids.values() if ids]
        return sum(sizes) / len(sizes) if sizes else None

    @property
    def fragmented(self) -> list[tuple[str, list[str]]]:
        """Gold entities given more than one id, with those ids."""
        return sorted((k, sorted(v)) for k, v in self.entity_ids.items() if len(v) > 1)

    @property
    def micro(self) -> RelationScore:
        total = RelationScore("micro")
        for row in self.per_relation.values():
            total.gold += row.gold
            total.pred += row.pred
            total.tp += row.tp
        return total

    @property
    def macro_f1(self) -> float:
        """Mean F1 over relations with gold triples or predictions."""
        rows = [r for r in self.per_relation.values() if r.gold or r.pred]
        return sum(r.f1 for r in rows) / len(rows) if rows else 0.0

    @staticmethod
    def _accuracy(checks: Sequence[QualifierCheck]) -> float | None:
        return sum(c.correct for c in checks) / len(checks) if checks else None

    @property
    def certainty_accuracy(self) -> float | None:
        """Share of matched triples whose certainty (stated/reported) is right."""
        return self._accuracy(self.certainty_checks)

    @property
    def amount_accuracy(self) -> float | None:
        """Share of matched triples with a gold amount whose amount is right."""
        return self._accuracy(self.amount_checks)

    @property
    def date_accuracy(self) -> float | None:
        """Share of matched triples with a gold date whose date is right."""
        return self._accuracy(self.date_checks)

    def as_json(self) -> dict[str, Any]:
        micro = self.micro

        def acc(value: float | None, checks: Sequence[QualifierCheck]) -> dict[str, Any]:
            return {
                "checked": len(checks),
                "correct": sum(c.correct for c in checks),
                "accuracy": None if value is None else round(value, 4),
            }

        return {
            "documents": self.documents,
            "micro": micro.as_json(),
            "macro_f1": round(self.macro_f1, 4),
            "per_relation": {name: row.as_json() for name, row in self.per_relation.items()},
            "not_triples": {
                "hits": len(self.not_triple_hits),
                "items": [e.as_json() for e in self.not_triple_hits],
            },
            "qualifiers": {
                "certainty": acc(self.certainty_accuracy, self.certainty_checks),
                "amount": {
                    **acc(self.amount_accuracy, self.amount_checks),
                    "spurious": len(self.spurious_amounts),
                },
                "date": acc(self.date_accuracy, self.date_checks),
            },
            "deals": {
                name: acc(self._accuracy(checks), checks)
                for name, checks in self.deal_checks.items()
            },
            "by_tag": {tag: row.as_json() for tag, row in sorted(self.by_tag.items())},
            "calibration": {
                "bins": [b.as_json() for b in calibration_table(self.scored)],
                "expected_calibration_error": round(expected_calibration_error(self.scored), 4),
            },
            "unknown_doc_predictions": self.unknown_doc_predictions,
            "alias_duplicates": self.alias_duplicates,
            "entities": {
                "gold_predicted": sum(1 for v in self.entity_ids.values() if v),
                "ids_per_entity": None
                if self.fragmentation is None
                else round(self.fragmentation, 4),
                "fragmented": {k: v for k, v in self.fragmented},
            },
            "false_positives": [e.as_json() for e in self.false_positives],
            "false_negatives": [e.as_json() for e in self.false_negatives],
            "near_misses": [m.as_json() for m in self.near_misses],
        }

    def table(self, errors: bool = False) -> str:
        """Aligned plain-text table; the last four lines are always the micro summary."""
        header = f"{'relation':<15}{'gold':>6}{'pred':>6}{'TP':>6}{'P':>8}{'R':>8}{'F1':>8}"

        def row(name: str, r: RelationScore) -> str:
            return (
                f"{name:<15}{r.gold:>6}{r.pred:>6}{r.tp:>6}"
                f"{r.precision:>8.3f}{r.recall:>8.3f}{r.f1:>8.3f}"
            )

        rule = "-" * len(header)
        lines = [header, rule]
        lines += [row(name, r) for name, r in self.per_relation.items()]
        micro = self.micro
        lines += [rule, row("micro", micro), f"{'macro F1':<51}{self.macro_f1:>8.3f}"]
        lines.append(f"not_triples hits: {len(self.not_triple_hits)}")
        for label, value, checks in (
            ("certainty", self.certainty_accuracy, self.certainty_checks),
            ("amount", self.amount_accuracy, self.amount_checks),
            ("date", self.date_accuracy, self.date_checks),
        ):
            shown = "n/a" if value is None else f"{value:.3f}"
            correct = sum(c.correct for c in checks)
            line = f"{label} accuracy on matched triples: {shown} ({correct}/{len(checks)})"
            if label == "amount":
                line += f"; {len(self.spurious_amounts)} amounts where the gold has none"
            lines.append(line)
        if self.deal_checks:
            # "kind" right means the event was found; "role" right means the lead is.
            names = {"kind": "events found", "role": "role (lead) right"}
            parts = [
                f"{names.get(name, name + ' right')} {sum(c.correct for c in checks)}/{len(checks)}"
                for name, checks in self.deal_checks.items()
            ]
            lines.append("deal events on matched triples: " + ", ".join(parts))
        if self.scored:
            lines += ["", f"{'confidence':<15}{'facts':>6}{'mean':>8}{'right':>8}"]
            lines += [
                f"{f'{b.low:.1f}-{b.high:.1f}':<15}{b.facts:>6}"
                f"{b.mean_confidence:>8.3f}{b.precision:>8.3f}"
                for b in calibration_table(self.scored)
            ]
            ece = expected_calibration_error(self.scored)
            lines.append(f"expected calibration error: {ece:.3f}")
        if len(self.by_tag) > 1:
            lines += ["", f"{'by tag':<15}{'docs':>6}{'gold':>6}{'pred':>6}{'TP':>6}{'F1':>8}"]
            lines += [
                f"{tag:<15}{t.documents:>6}{t.gold:>6}{t.pred:>6}{t.tp:>6}{t.f1:>8.3f}"
                for tag, t in sorted(self.by_tag.items())
            ]
        if errors:
            for title, items in (
                ("false positives", self.false_positives),
                ("false negatives", self.false_negatives),
                ("not_triples hits", self.not_triple_hits),
                ("near misses (gold, then the false positive beside it)", self.near_misses),
            ):
                lines += ["", f"{title} ({len(items)}):"]
                lines += [f"  {item}" for item in items]
            wrong = [c for c in self.certainty_checks if not c.correct]
            wrong += [c for c in self.amount_checks if not c.correct]
            wrong += self.spurious_amounts
            if wrong:
                lines += ["", f"wrong qualifiers ({len(wrong)}):"]
                lines += [
                    f"  {c.doc}: {c.triple}: gold {c.gold!r}, predicted {c.predicted!r}"
                    for c in wrong
                ]
            split = self.fragmented
            lines += ["", f"gold entities split over several nodes ({len(split)}):"]
            lines += [f"  {name}: {', '.join(ids)}" for name, ids in split]
        frag = self.fragmentation
        nodes = (
            ""
            if frag is None
            else f"; {frag:.3f} nodes per gold entity, {len(self.fragmented)} split"
        )
        lines += [
            "",
            f"summary (micro, {self.documents} documents, {micro.gold} gold, "
            f"{micro.pred} predicted, {micro.tp} matched{nodes}):",
            f"precision {micro.precision:.3f}",
            f"recall {micro.recall:.3f}",
            f"F1 {micro.f1:.3f}",
        ]
        return "\n".join(lines)


def _one_line(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True)
class _Pred:
    fact: Fact
    subject_forms: frozenset[str]
    object_forms: frozenset[str]


def _key(subject: str, relation: str, obj: str) -> tuple[str, str, str]:
    """Identity of a triple: suffix-free normalized names, symmetric ones ordered."""
    return fact_key(name_forms(subject)[-1], relation, name_forms(obj)[-1])


def _dedupe_gold(triples: Iterable[GoldTriple]) -> list[GoldTriple]:
    """Distinct gold triples; symmetric ones are the same in either direction."""
    out: dict[tuple[str, str, str], GoldTriple] = {}
    for t in triples:
        out.setdefault(_key(t.subject, t.relation, t.object), t)
    return list(out.values())


def _dedupe_predictions(facts: Iterable[Fact]) -> list[_Pred]:
    """One prediction per (normalized subject, relation, normalized object)."""
    out: dict[tuple[str, str, str], _Pred] = {}
    for f in facts:
        key = _key(f.subject, f.relation, f.object)
        if key not in out:
            # An entity is matched by any name the document used for it: "Meta Platforms"
            # in the text is the gazetteer's Meta.
            out[key] = _Pred(
                f,
                _forms_of([f.subject, *f.subject_aliases]),
                _forms_of([f.object, *f.object_aliases]),
            )
    return list(out.values())


def _matches(pred: _Pred, relation: str, s_forms: frozenset[str], o_forms: frozenset[str]) -> bool:
    if pred.fact.relation != relation:
        return False
    if pred.subject_forms & s_forms and pred.object_forms & o_forms:
        return True
    return (
        relation in vocabulary().symmetric
        and bool(pred.subject_forms & o_forms)
        and bool(pred.object_forms & s_forms)
    )


def _max_matching(edges: list[list[int]]) -> dict[int, int]:
    """Maximum bipartite matching prediction -> gold (augmenting paths)."""
    gold_of: dict[int, int] = {}
    pred_of: dict[int, int] = {}

    def augment(p: int, seen: set[int]) -> bool:
        for g in edges[p]:
            if g in seen:
                continue
            seen.add(g)
            if g not in pred_of or augment(pred_of[g], seen):
                pred_of[g] = p
                gold_of[p] = g
                return True
        return False

    for p in range(len(edges)):
        if edges[p]:
            augment(p, set())
    return gold_of


def _same(gold: str, predicted: str | None, normalize: Callable[[str], str]) -> bool:
    return predicted is not None and normalize(predicted) == normalize(gold)


def _check_qualifiers(doc_id: str, g: GoldTriple, fact: Fact, report: EvalReport) -> None:
    """Compare certainty always, amount and date where the gold gives them."""
    triple = str(g)
    report.certainty_checks.append(
        QualifierCheck(doc_id, triple, g.certainty, fact.certainty, g.certainty == fact.certainty)
    )
    if g.amount is not None:
        ok = _same(g.amount, fact.amount, normalize_amount)
        report.amount_checks.append(QualifierCheck(doc_id, triple, g.amount, fact.amount, ok))
    elif fact.amount:
        # The gold gives no amount, so any predicted amount is wrong ("multibillion-dollar").
        report.spurious_amounts.append(QualifierCheck(doc_id, triple, "", fact.amount, False))
    if g.date is not None:
        ok = _same(g.date, fact.date, lambda d: d.strip().casefold())
        report.date_checks.append(QualifierCheck(doc_id, triple, g.date, fact.date, ok))
    for name, gold_value in g.deal:
        predicted = None if fact.deal is None else getattr(fact.deal, name)
        report.deal_checks.setdefault(name, []).append(
            QualifierCheck(doc_id, triple, gold_value, predicted, predicted == gold_value)
        )


def _score_doc(doc: GoldDoc, facts: list[Fact], report: EvalReport) -> None:
    gold = _dedupe_gold(doc.triples)
    preds = _dedupe_predictions(facts)
    gold_forms = [(g.relation, g.subject_forms(), g.object_forms()) for g in gold]
    edges = [[i for i, gf in enumerate(gold_forms) if _matches(p, *gf)] for p in preds]
    gold_of = _max_matching(edges)
    matched_gold = set(gold_of.values())
    false_positives: list[_Pred] = []

    for g in gold:
        report.per_relation.setdefault(g.relation, RelationScore(g.relation)).gold += 1
    _entity_ids(gold, preds, report.entity_ids)
    for i, p in enumerate(preds):
        fact = p.fact
        if i not in gold_of and edges[i]:
            # Another name variant of a gold triple already matched: the same
            # triple once more, so neither a second hit nor a false positive.
            report.alias_duplicates += 1
            continue
        row = report.per_relation.setdefault(fact.relation, RelationScore(fact.relation))
        row.pred += 1
        error = Error(doc.id, fact.subject, fact.relation, fact.object, fact.sentence)
        report.scored.append((fact.confidence, i in gold_of))
        if i in gold_of:
            row.tp += 1
            _check_qualifiers(doc.id, gold[gold_of[i]], fact, report)
        else:
            report.false_positives.append(error)
            false_positives.append(p)
        for n in doc.not_triples:
            if _matches(p, n.relation, n.subject_forms(), n.object_forms()):
                report.not_triple_hits.append(error)
                break
    for j, g in enumerate(gold):
        if j not in matched_gold:
            report.false_negatives.append(Error(doc.id, g.subject, g.relation, g.object))
            report.near_misses.extend(_near_misses(doc.id, g, false_positives))


def _entity_ids(gold: list[GoldTriple], preds: list[_Pred], out: dict[str, set[str]]) -> None:
    """Record which entity ids the predictions give each gold entity of one document.

    A prediction's argument is the gold entity when one of its names matches
    one of the gold entity's; its id is the fact's entity id (the node it gets
    in the graph), or its normalized name for a fact without ids.
    """
    entities: dict[str, frozenset[str]] = {}
    for g in gold:
        entities[normalize_name(g.subject)] = g.subject_forms()
        entities[normalize_name(g.object)] = g.object_forms()
    for key in entities:
        out.setdefault(key, set())
    for p in preds:
        f = p.fact
        for forms, ident, name in (
            (p.subject_forms, f.subject_id, f.subject),
            (p.object_forms, f.object_id, f.object),
        ):
            for key, gold_forms in entities.items():
                if forms & gold_forms:
                    out[key].add(ident or normalize_name(name))


def _near_misses(doc_id: str, g: GoldTriple, false_positives: list[_Pred]) -> Iterator[NearMiss]:
    """False positives of the same relation that get one argument or the direction wrong."""
    s_forms, o_forms = g.subject_forms(), g.object_forms()
    for p in false_positives:
        if p.fact.relation != g.relation:
            continue
        subject_ok, object_ok = bool(p.subject_forms & s_forms), bool(p.object_forms & o_forms)
        if p.subject_forms & o_forms and p.object_forms & s_forms:
            kind = "reversed"
        elif subject_ok:
            kind = "object differs"
        elif object_ok:
            kind = "subject differs"
        else:
            continue
        predicted = f"{p.fact.subject} -{p.fact.relation}-> {p.fact.object}"
        yield NearMiss(doc_id, str(g), predicted, kind)


def score(gold_docs: Sequence[GoldDoc], predictions: Iterable[Fact]) -> EvalReport:
    """Score predicted facts (``Fact.doc`` = gold document id) against the gold.

    Predictions for documents not in the gold are counted in
    ``unknown_doc_predictions`` and otherwise ignored.
    """
    by_doc: dict[str, list[Fact]] = {d.id: [] for d in gold_docs}
    unknown = 0
    for fact in predictions:
        if fact.doc in by_doc:
            by_doc[fact.doc].append(fact)
        else:
            unknown += 1
    report = EvalReport(
        documents=len(gold_docs),
        per_relation={r: RelationScore(r) for r in vocabulary().names},
        unknown_doc_predictions=unknown,
    )
    for doc in gold_docs:
        before = report.micro
        _score_doc(doc, by_doc[doc.id], report)
        after = report.micro
        for tag in doc.tags or (UNTAGGED,):
            row = report.by_tag.setdefault(tag, TagScore(tag))
            row.documents += 1
            row.gold += after.gold - before.gold
            row.pred += after.pred - before.pred
            row.tp += after.tp - before.tp
    return report


def _facts_with_gold_ids(stream: Iterable[tuple[Document, list[Fact]]]) -> Iterator[Fact]:
    for doc, facts in stream:
        for fact in facts:
            yield fact if fact.doc == doc.id else replace(fact, doc=doc.id)


def evaluate_gold(
    path: str | Path, model: str | None = None, *, calibrated: bool = True
) -> EvalReport:
    """Run the project's extractor over the gold documents and score its facts.

    With ``calibrated=False`` facts keep their raw rule confidence (what a
    calibration is fitted on).
    """
    from kg.extract.pipeline import Extractor

    gold = load_gold(path)
    extractor = Extractor(model, calibrated=calibrated)
    stream = extractor.extract_stream(d.document() for d in gold)
    return score(gold, list(_facts_with_gold_ids(stream)))


def _fact_from_json(raw: Any) -> Fact:
    if not isinstance(raw, dict):
        raise ValueError(f"expected a JSON object, got {type(raw).__name__}")
    for key in ("doc", "subject", "relation", "object"):
        if not isinstance(raw.get(key), str):
            raise ValueError(f"needs a string {key!r}, got {raw.get(key)!r}")
    return Fact(
        doc=raw["doc"],
        subject=raw["subject"],
        subject_class=str(raw.get("subject_class") or ""),
        relation=raw["relation"],
        object=raw["object"],
        object_class=str(raw.get("object_class") or ""),
        sentence=str(raw.get("sentence") or ""),
        start=int(raw.get("start") or 0),
        end=int(raw.get("end") or 0),
        certainty=str(raw.get("certainty") or "stated"),
        amount=_opt_str(raw.get("amount"), "amount"),
        date=_opt_str(raw.get("date"), "date"),
        confidence=float(raw.get("confidence") or 0.5),
    )


def load_predictions(path: str | Path) -> list[Fact]:
    """Read facts from JSON Lines in the shape ``kg extract`` prints (``Fact.as_json``)."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"cannot read predictions file {str(path)!r}: {e}") from e
    facts = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            facts.append(_fact_from_json(json.loads(line)))
        except json.JSONDecodeError as e:
            raise InputError(f"{path}:{number}: invalid JSON ({e.msg} at column {e.colno})") from e
        except (ValueError, TypeError) as e:
            raise InputError(f"{path}:{number}: {e}; expected one fact per line") from e
    return facts


def score_predictions_file(gold_path: str | Path, pred_path: str | Path) -> EvalReport:
    """Score a JSONL file of predicted facts (``doc`` = gold id), e.g. another tool's output."""
    return score(load_gold(gold_path), load_predictions(pred_path))
