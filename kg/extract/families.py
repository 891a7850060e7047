"""Corporate families and renames: curated reference data about gazetteer entities.

``families.jsonl`` has one parent/subsidiary link a line (``subsidiary``,
``parent``, ``since`` year, ``source`` note); the graph holds each link as a
``subsidiary_of`` fact marked as reference data (:class:`kgo:Reference`), not
news evidence. ``renames.jsonl`` records renames and successors (``old``,
``new``, ``date``, ``source``); the gazetteer lists every old name as an alias
of the new entry, so a text's "Twitter" is X Corp unless its context says the
app (:mod:`kg.extract.senses`). ``makers.jsonl`` says who makes well-known
products, models and chips (``made``, ``maker``, ``source``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from kg.config import extract_data_dir, missing_data_hint
from kg.errors import DataError
from kg.extract.nlp import GazetteerEntry, load_gazetteer


@dataclass(frozen=True)
class FamilyLink:
    """``subsidiary`` is owned by ``parent`` since the year ``since``, as ``source`` says."""

    subsidiary: GazetteerEntry
    parent: GazetteerEntry
    since: str
    source: str


@dataclass(frozen=True)
class Rename:
    """``old`` became ``new`` (a gazetteer name) on ``date``, as ``source`` says."""

    old: str
    new: str
    date: str
    source: str


def _rows(name: str) -> list[dict[str, str]]:
    """The lines of a reference file; none when a data folder (``KG_DATA_DIR``) has no copy."""
    path = extract_data_dir() / name
    if not path.exists():
        return []
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise DataError(f"cannot read {path}: {e.strerror}{missing_data_hint()}") from e
    rows = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError as e:
            raise DataError(f"{path}:{number} is not valid JSON: {e}") from e
        if not isinstance(row, dict) or not all(isinstance(v, str) for v in row.values()):
            raise DataError(f"{path}:{number}: expected an object of strings")
        rows.append(row)
    return rows


@lru_cache(maxsize=1)
def load_families() -> tuple[FamilyLink, ...]:
    """The parent/subsidiary links of ``families.jsonl``, names resolved in the gazetteer.

    Example: ``[(f.subsidiary.name, f.parent.name) for f in load_families()][0]``
    -> ``("Google", "Alphabet")``.
    """
    rows = _rows("families.jsonl")
    gaz = load_gazetteer() if rows else {}
    links = []
    for row in rows:
        try:
            sub, parent = gaz[row["subsidiary"]], gaz[row["parent"]]
            since, source = row["since"], row["source"]
        except KeyError as e:
            raise DataError(
                f"families.jsonl: {e.args[0]!r} is not a gazetteer name or a missing field "
                f"in {row}: every link names two gazetteer entries and has since and source"
            ) from e
        links.append(FamilyLink(sub, parent, since, source))
    return tuple(links)


@lru_cache(maxsize=1)
def load_renames() -> tuple[Rename, ...]:
    """The renames of ``renames.jsonl``."""
    out = []
    for row in _rows("renames.jsonl"):
        try:
            out.append(Rename(row["old"], row["new"], row["date"], row["source"]))
        except KeyError as e:
            raise DataError(f"renames.jsonl: missing field {e.args[0]!r} in {row}") from e
    return tuple(out)


@lru_cache(maxsize=1)
def load_makers() -> dict[str, str]:
    """Who makes a well-known product, model or chip (``makers.jsonl``: ``made``, ``maker``,
    ``source``), both as gazetteer names.

    Used to read "the iPhone maker" when the text itself never says who that is.
    Example: ``load_makers()["ChatGPT"]`` -> ``"OpenAI"``.
    """
    from kg.extract.resolve import gazetteer_index
    from kg.names import normalize

    rows = _rows("makers.jsonl")
    gaz = load_gazetteer() if rows else {}
    index = gazetteer_index() if rows else {}
    out: dict[str, str] = {}
    for row in rows:
        try:
            # A name the gazetteer lists as another entry's alias counts as that entry.
            made = gaz[index.get(normalize(row["made"]), row["made"])]
            maker = gaz[index.get(normalize(row["maker"]), row["maker"])]
            row["source"]
        except KeyError as e:
            raise DataError(
                f"makers.jsonl: {e.args[0]!r} is not a gazetteer name or a missing field "
                f"in {row}: every row names two gazetteer entries and has a source"
            ) from e
        out[made.name] = maker.name
    return out


#: Words after a series name that make a member of the series ("Gemini Pro", "o3 mini").
_TIERS = frozenset(
    {"pro", "ultra", "nano", "flash", "mini", "max", "turbo", "opus", "sonnet", "haiku", "lite"}
)


@lru_cache(maxsize=1)
def makers_of(cls: str) -> frozenset[str]:
    """The companies the reference data names as makers of a product of class ``cls``
    ("Hardware": Nvidia, AMD, ...), with their parents: who "the chipmaker" can be."""
    gaz = load_gazetteer()
    by_name = {e.name: e for e in gaz.values()}
    out: set[str] = set()
    for made, maker in load_makers().items():
        entry = by_name.get(made)
        if entry is not None and entry.cls == cls:
            out.update(_chain(maker))
    return frozenset(out)


def known_maker(name: str) -> str | None:
    """The maker of ``name`` or of the series it belongs to ("Claude 3 Opus": Claude's).

    A member of a series is the series' name followed by a version or a tier
    word; "Android Nimbus" is not thereby Android's ("Nimbus" is neither).
    """
    makers = load_makers()
    if name in makers:
        return makers[name]
    words = name.split()
    for end in range(len(words) - 1, 0, -1):
        nxt = words[end]
        if any(c.isdigit() for c in nxt) or nxt.lower() in _TIERS:
            found = makers.get(" ".join(words[:end])) or _company_named(" ".join(words[:end]))
            if found:
                return found
    return None


def _company_named(prefix: str) -> str | None:
    """The known company a model series is named after ("Mistral" of "Mistral 3.1")."""
    for entry in load_gazetteer().values():
        if entry.cls == "Organization" and prefix in (entry.name, *entry.aliases):
            return entry.name
    return None


@lru_cache(maxsize=1)
def _parents() -> dict[str, str]:
    return {link.subsidiary.name: link.parent.name for link in load_families()}


@lru_cache(maxsize=1)
def family_parents() -> frozenset[str]:
    """The companies the family data names as a parent (top-level groups such as Meta)."""
    return frozenset(link.parent.name for link in load_families())


def _chain(name: str) -> list[str]:
    """``name`` and its parents up the family data, nearest first."""
    out = [name]
    parents = _parents()
    while out[-1] in parents and len(out) < 10:
        out.append(parents[out[-1]])
    return out


def same_family(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are one organization or share a parent (Google DeepMind, Google)."""
    return bool(set(_chain(a)) & set(_chain(b)))


def same_line(a: str, b: str) -> bool:
    """Whether one of ``a`` and ``b`` is the other or one of its parents (Google DeepMind and
    Alphabet; not Waymo and Google, two units of one parent)."""
    return a in _chain(b) or b in _chain(a)
