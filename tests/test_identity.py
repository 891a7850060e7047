"""One node per real-world entity, one document per text: ids, merge keys, classes, metadata."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from rdflib import Literal, URIRef

from kg.extract.entities import Mention
from kg.extract.nlp import load_gazetteer
from kg.extract.resolve import Registry
from kg.graph import namespace as ns
from kg.graph.iri import ENTITY_ID_RE, entity_id_iri
from kg.graph.mapping import document_graph_triples
from kg.graph.store import open_store
from kg.names import merge_key
from kg.pipeline import build_graph
from kg.query.analytics import graph_stats
from tests.conftest import make_doc, make_fact

GAZETTEER = Path(__file__).resolve().parent.parent / "kg" / "extract" / "data" / "gazetteer"
BASE = "https://example.org/kg/"


def _rows() -> list[dict[str, Any]]:
    return [
        json.loads(line)
        for path in sorted(GAZETTEER.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def test_gazetteer_every_line_has_a_well_formed_id() -> None:
    bad = [row for row in _rows() if not ENTITY_ID_RE.match(row.get("id", ""))]
    assert bad == []


def test_gazetteer_a_name_has_one_id_in_every_file() -> None:
    ids: dict[str, set[str]] = {}
    for row in _rows():
        ids.setdefault(row["name"], set()).add(row["id"])
    assert {name: found for name, found in ids.items() if len(found) > 1} == {}


def test_gazetteer_loaded_entries_have_distinct_ids() -> None:
    entries = load_gazetteer().values()
    assert len({e.id for e in entries}) == len(entries)
    assert load_gazetteer()["Meta"].id == "Meta"


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Perplexity AI", "perplexity"),
        ("Perplexity", "perplexity"),
        ("Character.AI", "character"),
        ("Trainium chips", "trainium"),
        ("H100 GPUs", "h100"),
        ("The Acme Corp.", "acme"),
        ("Acme chatbot", "acme"),
        ("Platform", "platform"),
        ("Scale AI", "scale"),
    ],
)
def test_merge_key_drops_case_suffixes_and_generic_heads(name: str, key: str) -> None:
    assert merge_key(name) == key


def _mention(
    text: str, classes: tuple[str, ...] = ("Organization",), gaz: str | None = None
) -> Mention:
    return Mention(0, 1, text, 0, len(text), classes, "gazetteer" if gaz else "ner", gaz)


def _resolve(*mentions: Mention) -> Registry:
    registry = Registry()
    registry.resolve_all(mentions)
    return registry


def test_registry_gazetteer_name_with_generic_head_is_the_entry() -> None:
    m = _mention("H100 GPUs", ("Hardware",))
    registry = _resolve(m)
    assert m.canonical == "H100"
    assert registry.entities["H100"].id == load_gazetteer()["H100"].id


def test_registry_word_is_not_a_longer_gazetteer_name() -> None:
    m = _mention("Scale")
    registry = _resolve(m)
    assert m.canonical == "Scale"
    assert registry.entities["Scale"].id == "_scale"
    assert not registry.entities["Scale"].gazetteer


def test_registry_unknown_name_and_its_generic_form_are_one_entity() -> None:
    long, short = _mention("Zentrix AI"), _mention("Zentrix")
    registry = _resolve(short, long)
    assert long.canonical == short.canonical == "Zentrix AI"
    assert registry.entities["Zentrix AI"].id == "_zentrix"


def test_entity_id_iri_comes_from_the_id_not_the_name() -> None:
    assert entity_id_iri("Meta", "Facebook", BASE) == URIRef(BASE + "entity/Meta")
    assert entity_id_iri("_zentrix", "Zentrix AI", BASE) == URIRef(BASE + "entity/_zentrix")
    assert entity_id_iri("", "Zentrix AI", BASE) == URIRef(BASE + "entity/Zentrix_AI")


def test_entity_id_iri_rejects_an_id_that_needs_escaping() -> None:
    with pytest.raises(ValueError, match="invalid entity id 'a b'"):
        entity_id_iri("a b", "A B", BASE)


def _types(triples: list[Any], node: URIRef) -> set[Any]:
    return {o for s, p, o in triples if s == node and p == ns.RDF.type}


def test_mapping_writes_one_class_per_entity_the_one_most_facts_give() -> None:
    doc = make_doc("Zentrix rivals Acme. Zentrix partners with Acme. Acme uses Zentrix.", "d")
    facts = [
        make_fact(doc, "Zentrix", "competes_with", "Acme", subject_class="Product",
                  subject_id="_zentrix", object_id="_acme"),
        make_fact(doc, "Zentrix", "partners_with", "Acme", subject_id="_zentrix",
                  object_id="_acme"),
        make_fact(doc, "Acme", "uses", "Zentrix", object_class="Organization",
                  subject_id="_acme", object_id="_zentrix"),
    ]  # fmt: skip
    triples = document_graph_triples(doc, facts, BASE)
    assert _types(triples, URIRef(BASE + "entity/_zentrix")) == {ns.KGO.Organization}


def test_store_keeps_one_label_and_class_across_documents() -> None:
    a = make_doc("Zentrix AI partners with Acme.", "a")
    b = make_doc("Zentrix develops Orbit.", "b")
    fa = make_fact(
        a, "Zentrix AI", "partners_with", "Acme", subject_id="_zentrix", object_id="_acme"
    )
    fb = make_fact(b, "Zentrix", "develops", "Orbit", subject_class="Product",
                   object_class="Product", subject_id="_zentrix", object_id="_orbit")  # fmt: skip
    with open_store("memory", base_iri=BASE) as st:
        st.add_document(a, [fa])
        st.add_document(b, [fb])
        node = URIRef(BASE + "entity/_zentrix")
        assert set(st.graph.objects(node, ns.RDFS.label)) == {Literal("Zentrix AI")}
        assert Literal("Zentrix") in set(st.graph.objects(node, ns.SKOS.altLabel))
        assert set(st.graph.objects(node, ns.RDF.type)) == {ns.KGO.Organization}


def test_store_same_text_again_adds_metadata_not_a_document() -> None:
    text = "Microsoft invested in OpenAI."
    first = make_doc(text)
    again = make_doc(text, "news-1", url="https://example.com/a", date="2025-01-02")
    fact = make_fact(first, "Microsoft", "invests_in", "OpenAI")
    with open_store("memory", base_iri=BASE) as st:
        st.add_document(first, [fact])
        assert st.add_document(again, [make_fact(again, "Microsoft", "invests_in", "OpenAI")]) == 0
        assert st.add_metadata([again]) == 4  # id, URL, date, outlet
        docs = set(st.graph.subjects(ns.RDF.type, ns.KGO.Document))
        assert len(docs) == 1
        doc = docs.pop()
        ids = {str(o) for o in st.graph.objects(doc, ns.DCTERMS.identifier)}
        assert ids == {first.id, "news-1"}
        assert len(set(st.graph.subjects(ns.RDF.type, ns.KGO.Evidence))) == 1
        assert st.add_metadata([again]) == 0


def test_build_same_text_as_txt_and_jsonl_is_one_document(tmp_path: Path) -> None:
    text = "Microsoft invested $10 billion in OpenAI. Apple acquired Shazam in 2018."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    row = {"id": "wire-7", "text": text, "url": "https://example.com/wire-7"}
    (tmp_path / "b.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    store = tmp_path / "store"
    summary = build_graph(
        [str(tmp_path / "a.txt"), str(tmp_path / "b.jsonl")], str(store), progress=False
    )
    with open_store(str(store), create=False, read_only=True) as st:
        stats = graph_stats(st)
        ids = {str(o) for o in st.graph.objects(None, ns.DCTERMS.identifier)}
    assert stats["documents"] == 1
    assert "wire-7" in ids
    assert set(stats["facts_by_support"]) == {"1"}
    assert (summary.facts, summary.entities) == (stats["facts"], stats["entities"])


def test_registry_product_without_its_makers_name_is_the_product() -> None:
    maker, full, short = _mention("Orbex"), _mention("Orbex Q7", ("Product",)), _mention("Q7")
    registry = _resolve(maker, full, short)
    assert short.canonical == "Orbex Q7"
    assert registry.entities["Orbex"].id != registry.entities["Orbex Q7"].id


def test_registry_name_ending_like_another_without_its_maker_stays_apart() -> None:
    full, short = _mention("Orbex Q7", ("Product",)), _mention("Q7")
    _resolve(full, short)
    assert short.canonical == "Q7"
