"""The faster attribute-ruler matching gives exactly the annotations of spaCy's own."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.attribute_match import (
    FACTORY,
    FastAttributeMatch,
    FastAttributeRuler,
    use_fast_attribute_ruler,
)
from kg.extract.nlp import DEFAULT_MODELS, load_pipeline

pytestmark = pytest.mark.xdist_group("spacy")

ROOT = Path(__file__).resolve().parent.parent
TRICKY = (
    "I ain't gonna let's see. You gotta go! Y'all c'mon, it's nothin'.",
    "There are two. There's one. He gets it; she got it. Whom did I see? i saw you.",
    "  \t \n\nSpaces\u00a0and\ttabs   everywhere \n ",
    "",
    "But but BUT. It is. We are. They were.",
)


def _model() -> str:
    for name in DEFAULT_MODELS:
        try:
            spacy.load(name, exclude=["ner"])
            return name
        except OSError:
            continue
    raise AssertionError("no English model installed")


@pytest.fixture(scope="module")
def pair() -> tuple[Any, Any]:
    """The model as shipped, and the same model with the fast matching."""
    name = _model()
    return spacy.load(name), speed_up_copy(name)


def speed_up_copy(name: str) -> Any:
    nlp = spacy.load(name)
    assert use_fast_attribute_ruler(nlp) is not None
    return nlp


def corpus_texts() -> list[str]:
    texts = [
        json.loads(line)["text"]
        for line in (ROOT / "examples" / "corpus" / "news.jsonl").read_text().splitlines()
        if line.strip()
    ]
    dev = ROOT / "tests" / "data" / "dev.jsonl"
    texts += [json.loads(line)["text"] for line in dev.read_text().splitlines() if line.strip()]
    return texts + list(TRICKY)


def annotations(nlp: Any, texts: list[str]) -> list[list[tuple[str, ...]]]:
    return [
        [(t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in doc] for doc in nlp.pipe(texts)
    ]


def test_same_pos_morph_and_lemmas_on_real_text(pair: tuple[Any, Any]) -> None:
    texts = corpus_texts()
    assert len(texts) > 20
    original, fast = pair
    want = annotations(original, texts)
    assert annotations(fast, texts) == want
    # The ruler really wrote something: coarse tags are set on every token.
    assert all(pos for doc in want for pos, *_ in doc)


WORDS = (
    *("I", "you", "it", "they", "we", "gonna", "gotta", "ai", "n't", "let", "'s", "there"),
    *("is", "are", "was", "c'm", "on", "y'", "all", "nothin'", "but", "and", "The", "in"),
    *("OpenAI", "invested", ".", ",", "!", "?", "\n", "", "-", "$", "5", "billion"),
    *("Microsoft", "got", "gets", "Whom"),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30))
def test_same_annotations_on_generated_text(pair: tuple[Any, Any], words: list[str]) -> None:
    original, fast = pair
    text = " ".join(words)
    assert annotations(fast, [text]) == annotations(original, [text])


def test_same_match_list_for_rules_of_every_kind() -> None:
    """A custom ruler with one-token, multi-token, regex, NOT_IN and negative-index rules."""
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "apple"}]], {"TAG": "NNP"})
    ruler.add([[{"LOWER": {"IN": ["buys", "bought"]}}]], {"TAG": "VBD"})
    ruler.add([[{"LOWER": {"NOT_IN": ["apple", "buys"]}, "IS_SPACE": False}]], {"NORM": "x"})
    ruler.add([[{"LOWER": {"REGEX": "^sha"}}]], {"TAG": "NN"})
    ruler.add([[{"LOWER": "apple"}, {"LOWER": "buys"}]], {"LEMMA": "purchase"}, index=-1)
    ruler.add([[{"IS_SPACE": True}], [{"LOWER": "!"}]], {"TAG": "_SP"})
    ruler.add([[{"LOWER": "apple"}]], {"TAG": "NN"})  # a later rule wins
    texts = ["Apple buys Shazam!", "apple  buys apple", "", "Shazam bought   Apple"]
    docs = [nlp.make_doc(t) for t in texts]
    fast = FastAttributeMatch(ruler)
    assert fast.rest_rules == 3  # the regex, two-token and two-pattern rules
    for doc in docs:
        assert fast(doc) == ruler.match(doc)
    expect = [[(t.tag_, t.norm_, t.lemma_) for t in ruler(nlp.make_doc(t))] for t in texts]
    use_fast_attribute_ruler(nlp)
    assert nlp.get_pipe_meta("attribute_ruler").factory == FACTORY
    got = [[(t.tag_, t.norm_, t.lemma_) for t in nlp(t)] for t in texts]
    assert got == expect
    assert got[0][0][0] == "NN" and got[0][1][2] == "purchase"


def test_the_extraction_pipeline_uses_the_fast_matching() -> None:
    nlp = load_pipeline()
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, FastAttributeRuler)
    assert nlp.get_pipe_meta("attribute_ruler").factory == FACTORY
    nlp("OpenAI uses Azure.")
    assert ruler._fast is not None
    assert ruler._fast.rest_rules < len(ruler.patterns) // 4


def test_fast_ruler_rebuilds_after_a_new_rule() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe(FACTORY, name="attribute_ruler")
    ruler = nlp.get_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "apple"}]], {"TAG": "NNP"})
    assert nlp("apple pie")[0].tag_ == "NNP"
    ruler.add([[{"LOWER": "pie"}]], {"TAG": "NN"})
    assert [t.tag_ for t in nlp("apple pie")] == ["NNP", "NN"]
