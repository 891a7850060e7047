"""The entity gazetteer data files: well-formed, consistent, canonical names.

``extra.jsonl`` holds the extractor's curated overrides and is checked with the
extractor; these tests cover the general files.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from kg.records import ENTITY_CLASSES

GAZETTEER = Path(__file__).resolve().parent.parent / "kg" / "extract" / "data" / "gazetteer"
FILES = {
    "organizations.jsonl": {"Organization"},
    "people.jsonl": {"Person"},
    "products.jsonl": {"Product"},
    "models.jsonl": {"AIModel"},
    "clouds.jsonl": {"CloudPlatform"},
    "hardware.jsonl": {"Hardware"},
    "projects.jsonl": {"Project"},
    "locations.jsonl": {"Location"},
}
KEYS = {"id", "name", "class", "aliases", "note", "kind", "senses", "country"}


def read(name: str) -> list[dict[str, Any]]:
    rows = []
    path = GAZETTEER / name
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            pytest.fail(f"{path}:{number}: {e}")
    return rows


@pytest.fixture(scope="module")
def entries() -> list[dict[str, Any]]:
    return [row for name in FILES for row in read(name)]


@pytest.fixture(scope="module")
def by_name(entries: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {row["name"]: row for row in entries}


@pytest.mark.parametrize("filename", sorted(FILES))
def test_gazetteer_file_lines_are_well_formed(filename: str) -> None:
    rows = read(filename)
    assert rows, f"{filename} is empty"
    for row in rows:
        assert set(row) <= KEYS and {"name", "class", "aliases"} <= set(row), row
        assert isinstance(row["name"], str) and row["name"] == row["name"].strip() != ""
        assert isinstance(row["aliases"], list)
        assert all(isinstance(a, str) and a == a.strip() != "" for a in row["aliases"]), row
        assert row["name"] not in row["aliases"], row
        assert len(set(row["aliases"])) == len(row["aliases"]), row
        assert isinstance(row.get("note", ""), str)
        assert isinstance(row.get("senses", []), list), row


@pytest.mark.parametrize("filename", sorted(FILES))
def test_gazetteer_file_classes_are_valid(filename: str) -> None:
    classes = {row["class"] for row in read(filename)}
    assert classes <= set(ENTITY_CLASSES)
    assert classes == FILES[filename]


def test_gazetteer_names_are_unique(entries: list[dict[str, Any]]) -> None:
    counts = Counter(row["name"] for row in entries)
    assert [name for name, n in counts.items() if n > 1] == []


def test_gazetteer_aliases_do_not_collide(entries: list[dict[str, Any]]) -> None:
    names = {row["name"] for row in entries}
    # A name an entry shares with a sense it lists is shared on purpose.
    senses = {frozenset((row["name"], s)) for row in entries for s in row.get("senses", ())}
    owners: dict[str, set[str]] = {}
    for row in entries:
        for alias in row["aliases"]:
            owners.setdefault(alias, set()).add(row["name"])
    collide = [a for a in owners if a in names and frozenset(owners[a] | {a}) not in senses]
    assert sorted(collide) == []
    shared = {a: o for a, o in owners.items() if len(o) > 1 and frozenset(o) not in senses}
    assert shared == {}


def test_gazetteer_senses_name_entries_sharing_a_name(
    by_name: dict[str, dict[str, Any]],
) -> None:
    for row in by_name.values():
        for sense in row.get("senses", ()):
            assert sense in by_name, (row["name"], sense)
            assert by_name[sense]["class"] != row["class"], (row["name"], sense)


def test_gazetteer_has_broad_coverage(entries: list[dict[str, Any]]) -> None:
    assert len(entries) >= 300
    per_class = Counter(row["class"] for row in entries)
    assert set(per_class) == set(ENTITY_CLASSES)


@pytest.mark.parametrize(
    ("name", "cls", "alias"),
    [
        ("Azure", "CloudPlatform", "Microsoft Azure"),
        ("Amazon Web Services", "CloudPlatform", "AWS"),
        ("Google Cloud", "CloudPlatform", "Google Cloud Platform"),
        ("Meta", "Organization", "Facebook"),
        ("Meta", "Organization", "Meta Platforms"),
        ("Google DeepMind", "Organization", "DeepMind"),
        ("Mistral AI", "Organization", "Mistral"),
        ("Nvidia", "Organization", None),
        ("Alphabet", "Organization", None),
        ("Google", "Organization", None),
        ("Microsoft", "Organization", None),
        ("OpenAI", "Organization", None),
        ("ChatGPT", "Product", None),
        ("GPT-4", "AIModel", None),
        ("Claude", "AIModel", None),
        ("H100", "Hardware", None),
        ("TPU", "Hardware", None),
        ("Stargate", "Project", None),
        ("Sam Altman", "Person", None),
        ("San Francisco", "Location", None),
    ],
)
def test_gazetteer_guideline_names_are_canonical(
    by_name: dict[str, dict[str, Any]], name: str, cls: str, alias: str | None
) -> None:
    assert by_name[name]["class"] == cls
    if alias is not None:
        assert alias in by_name[name]["aliases"]


@pytest.mark.parametrize("long_form", ["Microsoft Corp.", "Microsoft Azure", "DeepMind"])
def test_gazetteer_long_forms_are_not_names(
    by_name: dict[str, dict[str, Any]], long_form: str
) -> None:
    assert long_form not in by_name


def test_gazetteer_alphabet_and_google_are_distinct(by_name: dict[str, dict[str, Any]]) -> None:
    assert "Google" not in by_name["Alphabet"]["aliases"]
    assert "Alphabet" not in by_name["Google"]["aliases"]


def test_curated_override_keeps_the_general_files_aliases(entries: list[dict[str, Any]]) -> None:
    """An ``extra.jsonl`` entry for a name decides its class; the names the general
    files give it stay aliases ("Mistral" for Mistral AI), but for names that are
    entities of their own."""
    from kg.extract.nlp import load_gazetteer

    loaded = load_gazetteer()
    curated = {row["name"] for row in read("extra.jsonl")}
    overridden = [row for row in entries if row["name"] in curated and row["aliases"]]
    assert overridden, "no general entry is overridden: the check checks nothing"
    for row in overridden:
        # (A name that is an entity of its own stays that entity's.)
        general = {a for a in row["aliases"] if a not in loaded}
        assert general <= set(loaded[row["name"]].aliases), row["name"]


def test_a_surface_form_names_one_entity_unless_senses_say_otherwise() -> None:
    """One real company, one node: no alias is shared by two loaded entries or names
    another entry, unless an entry lists the other as a sense of the word."""
    from kg.extract.nlp import load_gazetteer

    loaded = load_gazetteer()
    owners: dict[str, set[str]] = {}
    for entry in loaded.values():
        for form in (entry.name, *entry.aliases):
            owners.setdefault(form, set()).add(entry.name)
    for form, names in owners.items():
        if len(names) < 2:
            continue
        senses = {s for n in names for s in loaded[n].senses}
        assert names & senses or form in senses, (form, sorted(names))


def test_organization_countries_have_one_key_per_country(entries: list[dict[str, Any]]) -> None:
    """A company's home country is a country a description can name ("the Japanese
    conglomerate"): its key is the key of the country's adjective too."""
    from kg.extract.mentions import country_key

    countries = {row["country"] for row in entries if row.get("country")}
    assert countries, "no organization has a home country"
    assert all(
        row["class"] in {"Organization", "Location"} for row in entries if row.get("country")
    )
    # A place lies in a country the gazetteer names as a place too.
    places = {row["name"] for row in entries if row["class"] == "Location"}
    located = {
        row["country"] for row in entries if row["class"] == "Location" and row.get("country")
    }
    assert located and located <= places, sorted(located - places)
    adjectives = {
        "United States": "American",
        "United Kingdom": "British",
        "China": "Chinese",
        "Japan": "Japanese",
        "France": "French",
        "Germany": "German",
        "South Korea": "Korean",
        "United Arab Emirates": "Emirati",
        "Netherlands": "Dutch",
        "Israel": "Israeli",
        "Canada": "Canadian",
        "Taiwan": "Taiwanese",
        "India": "Indian",
    }
    for country, adjective in adjectives.items():
        assert country in countries, country
        assert country_key(country) == country_key(adjective), country


def test_gazetteer_names_differ_in_more_than_case(entries: list[dict[str, Any]]) -> None:
    # ("Drive Thor" and "DRIVE Thor" listed apart would make one chip two nodes.)
    counts = Counter(row["name"].casefold() for row in entries)
    assert [name for name, n in counts.items() if n > 1] == []


def test_a_family_does_not_absorb_its_numbered_releases() -> None:
    # ("Maia" with the alias "Maia 100" would report "Maia 100" as the family.)
    from kg.extract.nlp import load_gazetteer

    for entry in load_gazetteer().values():
        for alias in entry.aliases:
            rest = alias[len(entry.name) :].strip()
            assert not (alias.startswith(entry.name + " ") and rest[:1].isdigit()), (
                entry.name,
                alias,
            )
