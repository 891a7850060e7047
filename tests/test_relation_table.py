"""The relation table: ontology.ttl declares the relations, everything else follows it.

The last test adds a relation to copies of the data files only (``KG_DATA_DIR``)
and follows it through extraction, the store, ``kg stats``, ``kg neighbors``,
``kg view`` and ``kg validate``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SH

from kg.config import DATA_FILES, ONTOLOGY_NS, extract_data_dir, ontology_dir
from kg.errors import DataError
from kg.records import Fact
from kg.vocabulary import fact_key, load_vocabulary, vocabulary

KG = [sys.executable, "-m", "kg.cli.main"]
KGS = "https://w3id.org/ai-industry-kg/shapes#"

GUIDELINE = (
    "invests_in",
    "acquires",
    "partners_with",
    "competes_with",
    "uses",
    "develops",
    "integrates",
    "subsidiary_of",
    "founded_by",
    "leads",
    "based_in",
    "sues",
)

LICENSES = """
kgo:licenses
    a owl:ObjectProperty ;
    rdfs:label "licenses"@en ;
    rdfs:comment "The subject takes a licence to the object's technology or product."@en ;
    kgo:ongoing true ;
    rdfs:domain kgo:Organization ;
    rdfs:range [ a owl:Class ; owl:unionOf ( kgo:Organization kgo:Product ) ] .
"""

LICENSE_RULE = {
    "id": "license_verb",
    "lemmas": ["license"],
    "pos": ["VERB"],
    "relation": "licenses",
    "subject": ["subj"],
    "object": ["obj"],
    "confidence": 0.7,
}


def test_vocabulary_relations_follow_the_guideline() -> None:
    vocab = vocabulary()
    assert vocab.names == GUIDELINE
    assert vocab.symmetric == {"partners_with", "competes_with"}
    assert vocab.ongoing == {
        "invests_in",
        "partners_with",
        "competes_with",
        "uses",
        "integrates",
        "subsidiary_of",
        "leads",
        "based_in",
    }
    assert vocab.properties == (*GUIDELINE[:5], "supplies", *GUIDELINE[5:])


def test_vocabulary_classes_of_a_relation_come_from_domain_and_range() -> None:
    uses = vocabulary().relation("uses")
    assert uses.subject == ("Organization", "Product", "Project")
    assert uses.object == ("CloudPlatform", "Hardware", "AIModel", "Product", "Organization")
    with pytest.raises(KeyError, match="unknown relation 'use': expected one of invests_in"):
        vocabulary().relation("use")


def test_vocabulary_is_not_read_on_import() -> None:
    code = (
        "import kg.api, kg.cli.main, kg.pipeline, kg.records, kg.vocabulary\n"
        "assert not kg.vocabulary._LOADED, 'the ontology was parsed on import'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("triple", "key"),
    [
        (("OpenAI", "partners_with", "Apple"), ("Apple", "partners_with", "OpenAI")),
        (("Apple", "partners_with", "OpenAI"), ("Apple", "partners_with", "OpenAI")),
        (("Nvidia", "competes_with", "AMD"), ("AMD", "competes_with", "Nvidia")),
        (("OpenAI", "uses", "Azure"), ("OpenAI", "uses", "Azure")),
    ],
)
def test_fact_key_orders_symmetric_relations_only(
    triple: tuple[str, str, str], key: tuple[str, str, str]
) -> None:
    assert fact_key(*triple) == key
    s, r, o = triple
    fact = Fact("d", s, "Organization", r, o, "Organization", "", 0, 0)
    assert fact.key() == key


def test_shapes_relation_lists_follow_the_ontology() -> None:
    from kg.graph.validate import shapes_graph

    shapes = shapes_graph()
    kgo = [URIRef(ONTOLOGY_NS + name) for name in vocabulary().names]
    listed = list(shapes.items(shapes.value(URIRef(KGS + "EvidencePredicateShape"), SH["in"])))
    assert listed == kgo
    targets = set(shapes.objects(URIRef(KGS + "RelationSubjectShape"), SH.targetSubjectsOf))
    assert targets == {URIRef(ONTOLOGY_NS + p) for p in vocabulary().properties}
    assert set(shapes.objects(URIRef(KGS + "RelationObjectShape"), SH.targetObjectsOf)) == targets


def test_shapes_file_lists_no_relation() -> None:
    shapes = Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")
    named = {str(o) for _, _, o in shapes if str(o).startswith(ONTOLOGY_NS)}
    assert not named & {ONTOLOGY_NS + name for name in vocabulary().properties}


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (("    kgo:ongoing false ;\n", ""), "relation 'acquires' in .* needs 'kgo:ongoing true'"),
        (
            (
                "rdfs:domain kgo:Organization ;\n    rdfs:range [",
                "rdfs:domain kgo:Company ;\n    rdfs:range [",
            ),
            "rdfs:domain of 'acquires' .* names Company: expected entity classes among ",
        ),
    ],
    ids=["no-ongoing", "unknown-class"],
)
def test_vocabulary_bad_ontology_names_the_relation(
    tmp_path: Path, edit: tuple[str, str], message: str
) -> None:
    text = (ontology_dir() / "ontology.ttl").read_text(encoding="utf-8")
    assert edit[0] in text
    path = tmp_path / "ontology.ttl"
    path.write_text(text.replace(edit[0], edit[1], 1), encoding="utf-8")
    with pytest.raises(DataError, match=message):
        load_vocabulary(path)


def test_kg_data_dir_missing_file_is_one_line(tmp_path: Path) -> None:
    env = {**os.environ, "KG_DATA_DIR": str(tmp_path)}
    result = subprocess.run(
        [*KG, "extract", "-"],
        input="Microsoft invested in OpenAI.",
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("kg: error: cannot read "), result.stderr
    assert f"(KG_DATA_DIR={tmp_path} must hold a copy of each of ontology.ttl," in lines[0]


def copy_data(dest: Path) -> Path:
    """A KG_DATA_DIR folder holding copies of kg's own data files."""
    dest.mkdir()
    for name in DATA_FILES:
        source = ontology_dir() if name.endswith(".ttl") else extract_data_dir()
        if name.endswith("/"):
            shutil.copytree(source / name.rstrip("/"), dest / name.rstrip("/"))
        else:
            shutil.copy(source / name, dest / name)
    return dest


def add_licenses(data: Path) -> None:
    """The new relation, written into the data files only."""
    with open(data / "ontology.ttl", "a", encoding="utf-8") as fh:
        fh.write(LICENSES)
    rules = json.loads((data / "relations.json").read_text(encoding="utf-8"))
    rules["rules"].append(LICENSE_RULE)
    (data / "relations.json").write_text(json.dumps(rules, indent=1), encoding="utf-8")


def view_data(html: str) -> dict[str, Any]:
    """The graph data block the view page draws from."""
    from tests.test_view import data_block

    data: dict[str, Any] = json.loads(data_block(html))
    return data


@pytest.mark.slow
@pytest.mark.xdist_group("spacy")
def test_kg_data_dir_new_relation_is_extracted_stored_counted_drawn_and_valid(
    tmp_path: Path,
) -> None:
    data = copy_data(tmp_path / "data")
    add_licenses(data)
    news = tmp_path / "news.txt"
    news.write_text("Samsung will license Bing for its phones, the company said.\n")
    store = tmp_path / "store"
    env = {**os.environ, "KG_DATA_DIR": str(data)}

    def kg(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*KG, *args], capture_output=True, text=True, env=env, timeout=300, check=False
        )

    built = kg("build", str(news), "--store", str(store))
    assert built.returncode == 0, built.stderr

    from kg.graph.store import open_store

    with open_store(str(store)) as opened:
        graph = opened.graph
        licenses = URIRef(ONTOLOGY_NS + "licenses")
        facts = [
            (
                str(graph.value(s, URIRef("http://www.w3.org/2000/01/rdf-schema#label"))),
                str(graph.value(o, URIRef("http://www.w3.org/2000/01/rdf-schema#label"))),
            )
            for s, _, o in graph.triples((None, licenses, None))
        ]
        assert facts == [("Samsung", "Bing")]
        assert (None, RDF.predicate, licenses) in graph

    stats = kg("stats", "--store", str(store), "--format", "json")
    assert stats.returncode == 0, stats.stderr
    assert json.loads(stats.stdout)["relations"]["licenses"] == 1

    around = kg("neighbors", "Samsung", "--store", str(store), "--evidence", "none")
    assert around.returncode == 0, around.stderr
    assert around.stdout.splitlines() == ["Samsung -licenses-> Bing"]

    page = tmp_path / "view.html"
    drawn = kg("view", "--store", str(store), "-o", str(page), "--relation", "licenses")
    assert drawn.returncode == 0, drawn.stderr
    shown = view_data(page.read_text(encoding="utf-8"))
    assert shown["relations"] == [{"name": "licenses", "count": 1}]
    assert [e["relation"] for e in shown["edges"]] == ["licenses"]

    checked = kg("validate", "--store", str(store))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.startswith("conforms:")
