"""Corporate families and renames: curated reference data, rolled up by `kg neighbors --family`."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import api
from kg.cli.main import cli
from kg.extract.families import (
    known_maker,
    load_families,
    load_makers,
    load_renames,
    same_family,
)
from kg.extract.resolve import gazetteer_index, normalize
from kg.graph import namespace as ns
from kg.graph.store import open_store
from kg.pipeline import build_graph
from kg.records import Document


def test_families_every_link_names_gazetteer_entries_with_year_and_source() -> None:
    links = load_families()
    assert len(links) >= 20
    for link in links:
        assert re.fullmatch(r"\d{4}", link.since), link
        assert link.source.strip(), link
        assert link.subsidiary.name != link.parent.name


def test_families_have_no_cycles_and_one_parent_each() -> None:
    parent = {}
    for link in load_families():
        assert link.subsidiary.name not in parent, link
        parent[link.subsidiary.name] = link.parent.name
    for start in parent:
        seen, node = set(), start
        while node in parent:
            assert node not in seen, start
            seen.add(node)
            node = parent[node]


@pytest.mark.parametrize(
    ("child", "parent"),
    [
        ("Google", "Alphabet"),
        ("Google DeepMind", "Google"),
        ("Google Cloud", "Google"),
        ("Amazon Web Services", "Amazon"),
        ("GitHub", "Microsoft"),
        ("LinkedIn", "Microsoft"),
        ("Instagram", "Meta"),
        ("WhatsApp", "Meta"),
    ],
)
def test_families_known_links(child: str, parent: str) -> None:
    assert (child, parent) in {(f.subsidiary.name, f.parent.name) for f in load_families()}


def test_renames_old_name_resolves_to_the_new_entity() -> None:
    renames = load_renames()
    assert {(r.old, r.new) for r in renames} >= {
        ("Facebook", "Meta"),
        ("Twitter", "X Corp"),
        ("DeepMind", "Google DeepMind"),
    }
    index = gazetteer_index()
    for rename in renames:
        assert index[normalize(rename.old)] == rename.new, rename
        assert rename.date[:4].isdigit()


def _build(tmp_path: Path, text: str) -> str:
    store = str(tmp_path / "store")
    build_graph([Document(text=text)], store, progress=False)
    return store


def test_build_links_entities_through_the_family_chain(tmp_path: Path) -> None:
    store = _build(tmp_path, "Google DeepMind developed Gemini. Alphabet invested in Anthropic.")
    facts = api.neighbors("Alphabet", store, family=True)
    assert ("Google DeepMind", "subsidiary_of", "Google") in facts
    assert ("Google", "subsidiary_of", "Alphabet") in facts
    assert ("Google DeepMind", "develops", "Gemini") in facts
    assert ("Alphabet", "invests_in", "Anthropic") in facts
    with open_store(store, create=False, read_only=True) as st:
        refs = set(st.graph.subjects(ns.RDF.type, ns.KGO.Reference))
        assert len(refs) == 2
        assert not refs & set(st.graph.subjects(ns.RDF.type, ns.KGO.Evidence))
        ok, report = api.validate(store)
    assert ok, report


def test_build_without_two_family_members_adds_no_reference_facts(tmp_path: Path) -> None:
    store = _build(tmp_path, "Microsoft invested in OpenAI.")
    with open_store(store, create=False, read_only=True) as st:
        assert not set(st.graph.subjects(ns.RDF.type, ns.KGO.Reference))


def test_cli_neighbors_family_lists_the_subsidiaries_facts(tmp_path: Path) -> None:
    store = _build(tmp_path, "GitHub launched Copilot. Microsoft invested in OpenAI.")
    args = ["neighbors", "Microsoft", "--family", "--evidence", "none", "--store", store]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert any(line.startswith("GitHub -subsidiary_of-> Microsoft") for line in lines)
    assert any(line.startswith("GitHub -develops-> Copilot") for line in lines)
    assert ("GitHub", "develops", "Copilot") in api.neighbors("Microsoft", store, family=True)
    assert ("GitHub", "develops", "Copilot") not in api.neighbors("OpenAI", store, family=True)


def test_families_data_folder_without_reference_files_has_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    from kg.config import extract_data_dir

    shutil.copytree(extract_data_dir() / "gazetteer", tmp_path / "gazetteer")
    monkeypatch.setenv("KG_DATA_DIR", str(tmp_path))
    load_families.cache_clear()
    try:
        assert load_families() == ()
    finally:
        load_families.cache_clear()


def test_makers_name_gazetteer_entries_and_cover_a_series() -> None:
    makers = load_makers()
    assert len(makers) >= 100
    gaz = gazetteer_index()
    for made, maker in makers.items():
        assert gaz[normalize(made)] == made and gaz[normalize(maker)] == maker
        assert made != maker
    assert known_maker("iPhone") == "Apple"
    # A model of a listed series has the series' maker; an unlisted name has none.
    assert known_maker("Claude 3 Opus") == "Anthropic"
    assert known_maker("Quillwright 2") is None
    assert known_maker("Android Nimbus") is None


def test_same_family_follows_parents_both_ways() -> None:
    assert same_family("Google DeepMind", "Alphabet")
    assert same_family("Annapurna Labs", "Amazon Web Services")
    assert not same_family("Google", "Amazon")


def test_makers_row_naming_no_gazetteer_entry_is_a_data_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    from kg.config import extract_data_dir, ontology_dir
    from kg.errors import DataError

    # A whole copy of the data (the gazetteer's loader reads the ontology's classes).
    shutil.copytree(extract_data_dir(), tmp_path, dirs_exist_ok=True)
    for name in ("ontology.ttl", "shapes.ttl"):
        shutil.copy(ontology_dir() / name, tmp_path / name)
    (tmp_path / "makers.jsonl").write_text(
        '{"made": "Quillwright", "maker": "OpenAI", "source": "none"}\n', encoding="utf-8"
    )
    monkeypatch.setenv("KG_DATA_DIR", str(tmp_path))
    load_makers.cache_clear()
    try:
        with pytest.raises(DataError, match="Quillwright"):
            load_makers()
    finally:
        load_makers.cache_clear()


def test_a_develops_the_makers_data_contradicts_is_dropped_with_no_true_uses_lost() -> None:
    from kg.extract.pipeline import without_own_supply
    from kg.records import Fact

    def fact(s: str, s_cls: str, rel: str, o: str) -> Fact:
        return Fact("d", s, s_cls, rel, o, "Hardware", "...", 0, 3)

    facts = [
        fact("Brightwave", "Organization", "develops", "Trainium"),
        fact("Brightwave", "Organization", "uses", "Trainium"),
        fact("Annapurna Labs", "Organization", "develops", "Trainium"),
        fact("Dana Reyes", "Person", "develops", "Trainium"),
        fact("Zeta", "Organization", "develops", "Quill"),
        fact("Zeta", "Organization", "uses", "Quill"),
    ]
    kept = {(f.subject, f.relation, f.object) for f in without_own_supply(facts)}
    assert kept == {
        ("Brightwave", "uses", "Trainium"),
        ("Annapurna Labs", "develops", "Trainium"),
        ("Dana Reyes", "develops", "Trainium"),
        ("Zeta", "develops", "Quill"),
    }
