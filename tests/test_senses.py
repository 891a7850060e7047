"""Names with two senses: the words around a mention, then the relation's slot, decide.

"Facebook" is Meta (the company, renamed) or the Facebook app, "X" and
"Twitter" X Corp or the X app, "Gemini" the model or the Gemini app. Without
a cue a name keeps its default sense.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli.main import cli
from kg.errors import DataError
from kg.extract import senses
from kg.extract.nlp import GazetteerEntry, load_gazetteer
from kg.extract.pipeline import Extractor
from kg.extract.resolve import gazetteer_index
from kg.graph import namespace as ns
from kg.graph.store import open_store
from kg.names import normalize
from kg.pipeline import build_graph
from kg.records import Document, Fact

pytestmark = pytest.mark.xdist_group("spacy")


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _meaning(extractor: Extractor, text: str, surface: str) -> tuple[str, str]:
    """(entity, class) the first mention written ``surface`` stands for."""
    _facts, trace = extractor.explain(Document(text, id="t"))
    for written, entity, cls in trace.mentions:
        if written == surface:
            return entity, cls
    raise AssertionError(f"no mention {surface!r} in {trace.mentions}")


def _facts(extractor: Extractor, text: str) -> list[Fact]:
    return extractor.extract(Document(text, id="t", date="2025-06-01"))


@pytest.mark.parametrize(
    ("text", "surface", "entity"),
    [
        # The app: the word after it, a preposition, a list of apps, its owner.
        ("Advertisers bought fewer slots in the Facebook app this spring.", "Facebook app",
         "Facebook"),
        ("Her video was shared widely on Facebook before it was removed.", "Facebook",
         "Facebook"),
        ("Facebook users in Brazil got the feature first.", "Facebook", "Facebook"),
        ("The agency buys ads on Facebook and Instagram for its clients.", "Facebook",
         "Facebook"),
        ("Meta's Facebook now shows longer videos.", "Facebook", "Facebook"),
        # The company: a corporate suffix, a reporting or corporate verb.
        ("Facebook Inc. bought a small camera maker in 2013.", "Facebook Inc.", "Meta"),
        ("Facebook said on Tuesday that it would hire 500 engineers.", "Facebook", "Meta"),
        ("Facebook acquired a tiny Israeli start-up.", "Facebook", "Meta"),
        # No cue: the default, as before.
        ("Facebook is a name everyone knows.", "Facebook", "Meta"),
    ],
)  # fmt: skip
def test_senses_facebook_by_context(
    extractor: Extractor, text: str, surface: str, entity: str
) -> None:
    assert _meaning(extractor, text, surface)[0] == entity


@pytest.mark.parametrize(
    ("text", "surface", "entity"),
    [
        ("Orlan Labs bought X, the social network, in May.", "X", "X"),
        ("The photo was posted on X late on Friday.", "X", "X"),
        ("X users can now pay to edit their posts.", "X", "X"),
        ("Twitter, the social network, changed its bird logo.", "Twitter", "X"),
        ("The billionaire's social-media company X filed a complaint.", "X", "X Corp"),
        ("Twitter said its advertising revenue fell.", "Twitter", "X Corp"),
        ("Twitter is a name everyone knows.", "Twitter", "X Corp"),
    ],
)
def test_senses_x_and_twitter_by_context(
    extractor: Extractor, text: str, surface: str, entity: str
) -> None:
    assert _meaning(extractor, text, surface)[0] == entity


@pytest.mark.parametrize(
    ("text", "entity", "cls"),
    [
        ("Google gave the Gemini assistant a new voice mode.", "Gemini app", "Product"),
        ("Phone makers now ship the Gemini chatbot preinstalled.", "Gemini app", "Product"),
        ("Google said the Gemini model answers faster now.", "Gemini", "AIModel"),
        ("The coding tool runs on Gemini.", "Gemini", "AIModel"),
        ("Gemini is a name everyone knows.", "Gemini", "AIModel"),
    ],
)
def test_senses_gemini_by_context(extractor: Extractor, text: str, entity: str, cls: str) -> None:
    assert _meaning(extractor, text, "Gemini") == (entity, cls)


def test_senses_unmarked_mention_follows_the_last_marked_one(extractor: Extractor) -> None:
    text = (
        "Orlan Labs bought Twitter, the social network, last year. "
        "Its engineers rebuilt Twitter in Rust."
    )
    _facts, trace = extractor.explain(Document(text, id="t"))
    assert [e for w, e, _c in trace.mentions if w == "Twitter"] == ["X", "X"]


def test_senses_company_behind_the_app_develops_it(extractor: Extractor) -> None:
    facts = _facts(extractor, "Meta, the company behind Facebook and WhatsApp, cut its costs.")
    found = {(f.subject, f.relation, f.object, f.object_class, f.object_id) for f in facts}
    assert ("Meta", "develops", "Facebook", "Product", "Facebook") in found
    assert all(f.object != "Meta" for f in facts)


def test_senses_object_of_develops_is_the_app(extractor: Extractor) -> None:
    # No cue beside the name: the relation's object wants a product.
    facts = _facts(extractor, "Facebook was built by Meta in a dorm room.")
    assert {(f.subject, f.relation, f.object, f.object_class) for f in facts} == {
        ("Meta", "develops", "Facebook", "Product")
    }


def test_senses_subject_of_invests_in_is_the_company(extractor: Extractor) -> None:
    # The first mention makes the second the app; investing wants the company.
    text = "Facebook users grew again. Facebook led a $5 million round in Quillon Data."
    facts = _facts(extractor, text)
    assert ("Meta", "invests_in", "Quillon Data") in {f.key() for f in facts}


def test_senses_company_sense_keeps_the_renamed_canonical(extractor: Extractor) -> None:
    facts = _facts(extractor, "Facebook Inc. acquired Quillon Data in 2012.")
    fact = next(f for f in facts if f.relation == "acquires")
    assert (fact.subject, fact.subject_id, fact.subject_class) == ("Meta", "Meta", "Organization")
    assert "Facebook Inc." in fact.subject_aliases


def test_senses_both_senses_make_two_nodes_and_the_graph_validates(tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    text = (
        "Meta, the company behind Facebook and WhatsApp, cut its costs. "
        "Facebook Inc. acquired Quillon Data in 2012."
    )
    build_graph([Document(text, id="both")], store, progress=False)
    with open_store(store, create=False, read_only=True) as st:
        by_label = {
            str(label): {o for o in st.graph.objects(node, ns.RDF.type)}
            for node, label in st.graph.subject_objects(ns.RDFS.label)
            if str(label) in {"Meta", "Facebook"}
        }
    assert by_label["Meta"] & {ns.KGO.Organization}
    assert by_label["Facebook"] & {ns.KGO.Product}
    assert ns.KGO.Product not in by_label["Meta"]
    result = CliRunner().invoke(cli, ["validate", "--store", store])
    assert result.exit_code == 0, result.output


def test_senses_shared_names_default_to_the_listing_entry() -> None:
    index = gazetteer_index()
    assert {n: index[normalize(n)] for n in ("Facebook", "Twitter", "X", "Gemini")} == {
        "Facebook": "Meta",
        "Twitter": "X Corp",
        "X": "X Corp",
        "Gemini": "Gemini",
    }
    groups = senses.sense_groups()
    assert groups["facebook"].entries == ("Meta", "Facebook")
    assert groups["twitter"] is groups["x"]
    assert load_gazetteer()["Facebook"].cls == "Product"


def test_senses_unknown_sense_names_the_entry(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = {"Acme": GazetteerEntry("Acme", "Organization", ("Acme app",), "Acme", "", ("Acmee",))}
    monkeypatch.setattr(senses, "load_gazetteer", lambda: fake)
    senses.sense_groups.cache_clear()
    try:
        with pytest.raises(DataError, match="'Acme' lists unknown sense 'Acmee'"):
            senses.sense_groups()
    finally:
        senses.sense_groups.cache_clear()
