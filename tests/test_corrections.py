"""Analyst corrections (``kg entity``): applied to stored facts, kept in a JSONL file,
applied again by every build, taken back by ``split``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib.term import Literal, URIRef

from kg import api
from kg.cli.main import cli
from kg.corrections import read_corrections
from kg.entities import alias, merge, split
from kg.errors import CorrectionError, StoreError, UsageError
from kg.graph.namespace import KGO, RDF, RDFS, SKOS
from kg.graph.store import KGStore, open_store
from kg.pipeline import load_rewrites
from kg.records import Document, Fact
from tests.conftest import make_doc, make_fact

BASE = "https://w3id.org/ai-industry-kg/id/"


def _entity(name: str) -> URIRef:
    return URIRef(BASE + "entity/" + name)


def _documents() -> list[tuple[Document, list[Fact]]]:
    """Alphabet and Google named apart; a person; a free name ("Acme Labs AI")."""
    d1 = make_doc("Google invested in Anthropic.", "c-1")
    d2 = make_doc("Alphabet competes with Microsoft. Acme Labs AI uses Azure.", "c-2")
    d3 = make_doc("Sam Altman leads OpenAI. Google develops Gemini.", "c-3")
    return [
        (d1, [make_fact(d1, "Google", "invests_in", "Anthropic")]),
        (
            d2,
            [
                make_fact(d2, "Alphabet", "competes_with", "Microsoft", "Alphabet competes."),
                make_fact(
                    d2,
                    "Acme Labs AI",
                    "uses",
                    "Azure",
                    "Acme Labs AI uses Azure.",
                    start=34,
                    object_class="CloudPlatform",
                    subject_id="_acme labs",
                ),
            ],
        ),
        (
            d3,
            [
                make_fact(d3, "Sam Altman", "leads", "OpenAI", subject_class="Person"),
                make_fact(d3, "Google", "develops", "Gemini", start=25, object_class="AIModel"),
            ],
        ),
    ]


def _triples(store: KGStore) -> set[tuple[object, object, object]]:
    from rdflib.term import Variable

    rows = store.query("SELECT ?s ?p ?o WHERE { ?s ?p ?o }").bindings
    s, p, o = Variable("s"), Variable("p"), Variable("o")
    return {(r[s], r[p], r[o]) for r in rows}


@pytest.fixture
def corrections_file(tmp_path: Path, store_spec: str, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where the store's corrections go: beside an embedded store, else KG_CORRECTIONS."""
    if store_spec == "memory" or store_spec.startswith("http"):
        path = tmp_path / "corrections.jsonl"
        monkeypatch.setenv("KG_CORRECTIONS", str(path))
        return path
    monkeypatch.delenv("KG_CORRECTIONS", raising=False)
    return Path(store_spec + ".corrections.jsonl")


def test_merge_repoints_facts_and_evidence_and_keeps_labels(
    store_spec: str, corrections_file: Path
) -> None:
    with open_store(store_spec) as st:
        st.add_documents(_documents())
        merge("Alphabet", "Google", st)
        triples = _triples(st)
    google, alphabet = _entity("Google"), _entity("Alphabet")
    assert not any(google in (s, o) for s, _p, o in triples)
    assert (alphabet, KGO.invests_in, _entity("Anthropic")) in triples
    assert (alphabet, KGO.develops, _entity("Gemini")) in triples
    assert (alphabet, SKOS.altLabel, Literal("Google")) in triples
    assert [o for s, p, o in triples if s == alphabet and p == RDFS.label] == [Literal("Alphabet")]
    assert [o for s, p, o in triples if s == alphabet and p == RDF.type] == [KGO.Organization]
    subjects = {o for s, p, o in triples if p == RDF.subject}
    assert google not in subjects and alphabet in subjects


def test_merge_file_is_one_json_line_per_correction(
    store_spec: str, corrections_file: Path
) -> None:
    with open_store(store_spec) as st:
        st.add_documents(_documents())
        merge("Alphabet", "Google", st)
        alias("Acme", "Microsoft", st)
    lines = corrections_file.read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    for row in rows:
        assert row.pop("date")
    assert rows == [
        {
            "op": "merge",
            "name": "Google",
            "id": "Google",
            "label": "Google",
            "class": "Organization",
            "aliases": [],
            "into": {"id": "Alphabet", "label": "Alphabet", "class": "Organization"},
        },
        {
            "op": "alias",
            "name": "Acme",
            "id": "_acme",
            "label": "Acme",
            "class": "Organization",
            "aliases": [],
            "into": {"id": "Microsoft", "label": "Microsoft", "class": "Organization"},
        },
    ]


def test_alias_moves_the_stored_free_name_of_the_same_key(
    store_spec: str, corrections_file: Path
) -> None:
    with open_store(store_spec) as st:
        st.add_documents(_documents())
        alias("Acme Labs", "Microsoft", st)
        triples = _triples(st)
    assert (_entity("Microsoft"), KGO.uses, _entity("Azure")) in triples
    assert (_entity("Microsoft"), SKOS.altLabel, Literal("Acme Labs AI")) in triples
    assert not any(_entity("_acme_labs") in (s, o) for s, _p, o in triples)


def test_corrections_survive_a_rebuild(store_spec: str, corrections_file: Path) -> None:
    """Writing the same documents again through the file gives the corrected graph."""
    with open_store(store_spec) as st:
        st.add_documents(_documents())
        merge("Alphabet", "Google", st)
        alias("Acme Labs", "Microsoft", st)
        corrected = _triples(st)
        st.clear()
        st.rewrites = load_rewrites(store_spec, st.base_iri)
        st.add_documents(_documents())
        assert _triples(st) == corrected


def test_split_gives_back_what_merge_took(store_spec: str, corrections_file: Path) -> None:
    with open_store(store_spec) as st:
        st.add_documents(_documents())
        before = _triples(st)
        merge("Alphabet", "Google", st)
        alias("Acme Labs", "Microsoft", st)
        split("Google", st)
        split("Acme Labs AI", st)
        assert _triples(st) == before
    assert read_corrections(corrections_file) == []


def test_a_name_two_entities_share_is_refused_as_ambiguous(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KG_CORRECTIONS", str(tmp_path / "corrections.jsonl"))
    doc = make_doc("Acme One and Acme Two use Azure.", "amb")
    facts = [
        make_fact(
            doc,
            name,
            "uses",
            "Azure",
            object_class="CloudPlatform",
            start=k,
            subject_aliases=("Acme",),
        )
        for k, name in enumerate(("Acme One", "Acme Two"))
    ]
    with open_store("memory") as st:
        st.add_documents([(doc, facts)])
        with pytest.raises(CorrectionError) as e:
            merge("Microsoft", "Acme", st)
    assert e.value.code == "ambiguous-entity"
    assert str(e.value) == (
        "'Acme' names 2 entities: 'Acme One' (Organization, Acme_One), "
        "'Acme Two' (Organization, Acme_Two); give the label of one of them"
    )


def test_split_of_an_alias_no_build_used_leaves_the_store_alone(
    store_spec: str, corrections_file: Path
) -> None:
    with open_store(store_spec) as st:
        st.add_documents(_documents())
        before = _triples(st)
        alias("Big Blue", "IBM", st)
        assert _triples(st) == before
        split("Big Blue", st)
        assert _triples(st) == before
    assert read_corrections(corrections_file) == []


# -- the command line (embedded store) ---------------------------------------------


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.delenv("KG_CORRECTIONS", raising=False)
    spec = str(tmp_path / "store")
    with open_store(spec) as st:
        st.add_documents(_documents())
    return spec


def _kg(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("merge", "Alphabet", "Gogle"),
            "unknown entity 'Gogle': no entity in {store} has that label or alias and the "
            "gazetteer does not know it; check the spelling (kg stats lists entities, "
            "kg neighbors NAME shows one)",
        ),
        (
            ("alias", "Acme Labs", "Acme Labs AI"),
            "'Acme Labs' already names 'Acme Labs AI': an alias of an entity to itself "
            "changes nothing",
        ),
        (
            ("merge", "OpenAI", "Sam Altman"),
            "cannot merge 'Sam Altman' (Person) into 'OpenAI' (Organization): an entity has "
            "one class; merge entities of the same class",
        ),
        (
            ("merge", "Google", "Google"),
            "'Google' and 'Google' are already one entity ('Google'): nothing to merge",
        ),
        (
            ("alias", "AWS", "Microsoft"),
            "'AWS' is a name of the gazetteer's 'Amazon Web Services', not a free name: to "
            "make one entity of the two use kg entity merge 'Microsoft' 'Amazon Web Services'",
        ),
        (
            ("split", "Alphabet"),
            "no alias or merge of 'Alphabet' is recorded in {store}.corrections.jsonl "
            "(recorded: none); kg entity corrections lists them",
        ),
    ],
)
def test_cli_entity_errors_are_one_line_with_exit_code_2(
    store: str, args: tuple[str, ...], message: str
) -> None:
    code, out, err = _kg("entity", *args, "--store", store)
    assert (code, out) == (2, "")
    assert err == f"kg: error: {message.format(store=store)}\n"
    assert not Path(store + ".corrections.jsonl").exists()


def test_cli_merge_cycle_names_the_earlier_merge(store: str) -> None:
    assert _kg("entity", "merge", "Alphabet", "Google", "--store", store)[0] == 0
    code, _out, err = _kg("entity", "merge", "Google", "Alphabet", "--store", store)
    assert code == 2
    # "Google" is now a name of Alphabet: the two are one entity.
    assert err == (
        "kg: error: 'Google' and 'Alphabet' are already one entity ('Alphabet'): nothing to merge\n"
    )
    code, _out, err = _kg("entity", "merge", "Gemini", "Alphabet", "--store", store)
    assert code == 2
    assert "cannot merge 'Alphabet' (Organization) into 'Gemini' (AIModel)" in err


def test_corrections_refuse_a_merge_into_an_absorbed_entity() -> None:
    from kg.corrections import Correction, EntityRef
    from kg.entities import Resolved, _check_chain

    done = [
        Correction(
            "merge",
            "Google",
            "Google",
            "Google",
            "Organization",
            EntityRef("Alphabet", "Alphabet", "Organization"),
        )
    ]
    alphabet = Resolved("Alphabet", "Alphabet", "Organization", (), True)
    google = Resolved("Google", "Google", "Organization", (), False)
    with pytest.raises(CorrectionError, match="a merge cycle would follow") as e:
        _check_chain(done, alphabet, google)
    assert e.value.code == "merge-cycle"


def test_cli_entity_commands_report_and_list(store: str) -> None:
    assert _kg("entity", "merge", "Alphabet", "Google", "--store", store) == (
        0,
        "merged 'Google' -> 'Alphabet' (Organization)\n",
        "",
    )
    code, out, _err = _kg("entity", "alias", "Acme", "Microsoft", "--store", store)
    assert (code, out) == (0, "alias 'Acme' -> 'Microsoft' (Organization)\n")
    code, out, _err = _kg("entity", "corrections", "--store", store)
    lines = out.splitlines()
    assert code == 0
    assert lines[0] == f"{store}.corrections.jsonl: 2 corrections"
    assert lines[1].startswith("merge  'Google' (Organization) -> 'Alphabet' (Organization)  ")
    code, out, _err = _kg("entity", "corrections", "--store", store, "--format", "jsonl")
    assert out == Path(store + ".corrections.jsonl").read_text(encoding="utf-8")
    assert _kg("entity", "split", "Google", "--store", store)[:2] == (
        0,
        "split 'Google' from 'Alphabet'\n",
    )


def test_cli_validate_conforms_after_a_merge(store: str) -> None:
    assert _kg("entity", "merge", "Alphabet", "Google", "--store", store)[0] == 0
    code, out, _err = _kg("validate", "--store", store)
    assert code == 0, out
    assert out.startswith("conforms")


def test_a_failed_update_changes_neither_store_nor_file(
    store: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_store(store) as st:
        merge("Alphabet", "Google", st)
        before = _triples(st)

        def fail(sparql: str) -> None:
            raise StoreError("disk full")

        monkeypatch.setattr(st, "update", fail)
        text = Path(store + ".corrections.jsonl").read_text(encoding="utf-8")
        with pytest.raises(StoreError, match="disk full"):
            alias("Acme Labs", "Microsoft", st)
        assert _triples(st) == before
    assert Path(store + ".corrections.jsonl").read_text(encoding="utf-8") == text
    assert [p.name for p in Path(store).parent.iterdir() if "corrections" in p.name] == [
        "store.corrections.jsonl"
    ]


def test_cli_entity_waits_for_the_store_lock(store: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_LOCK_TIMEOUT", "0")
    with open_store(store):
        code, _out, err = _kg("entity", "merge", "Alphabet", "Google", "--store", store)
    assert code == 1
    assert "is being used by another process" in err
    assert not Path(store + ".corrections.jsonl").exists()


def test_endpoint_needs_a_corrections_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KG_CORRECTIONS", raising=False)
    with pytest.raises(UsageError, match="KG_CORRECTIONS=FILE"):
        api.entity_corrections("http://127.0.0.1:9/query")


# -- kg build --------------------------------------------------------------------


@pytest.mark.xdist_group("spacy")
def test_build_applies_the_corrections_and_counts_like_stats(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("KG_CORRECTIONS", raising=False)
    corpus = Path(__file__).resolve().parent.parent / "examples" / "corpus"
    spec = str(tmp_path / "store")
    api.build([str(corpus)], spec)
    api.entity_merge("Alphabet", "Google", spec)
    # Microsoft invests in OpenAI: a fact between the two, dropped and not counted.
    api.entity_merge("Microsoft", "OpenAI", spec)
    with open_store(spec, create=False, read_only=True) as st:
        corrected = _triples(st)
    summary = api.build([str(corpus)], spec)
    with open_store(spec, create=False, read_only=True) as st:
        assert _triples(st) == corrected
    stats = api.stats(spec)
    assert (summary.facts, summary.entities) == (stats["facts"], stats["entities"])
    assert not any(_entity("Google") in (s, o) for s, _p, o in corrected)
    assert api.validate(spec)[0]


def test_a_damaged_corrections_file_stops_the_build_naming_the_line(tmp_path: Path) -> None:
    from kg.corrections import redirects
    from kg.errors import DataError

    path = tmp_path / "store.corrections.jsonl"
    good = {
        "op": "merge",
        "name": "Google",
        "id": "Google",
        "into": {"id": "Alphabet", "label": "Alphabet", "class": "Organization"},
    }
    path.write_text(json.dumps(good) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"store.corrections.jsonl:2: not a correction"):
        load_rewrites(str(tmp_path / "store"), BASE)
    back = {**good, "name": "Alphabet", "id": "Alphabet", "into": {**good["into"], "id": "Google"}}
    path.write_text(json.dumps(good) + "\n" + json.dumps(back) + "\n", encoding="utf-8")
    with pytest.raises(DataError, match="the corrections make a cycle"):
        redirects(read_corrections(path))
