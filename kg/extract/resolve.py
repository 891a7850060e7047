"""One canonical name per entity per document, and references back to names.

Name normalization follows the annotation guideline (case, possessive 's,
corporate suffixes, leading "the", punctuation). Short forms used in the same
document ("Korvath" for "Korvath Systems", "Mohan" for "Varun Mohan") map to
the full name; gazetteer aliases ("AWS") map to their entry.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from kg.extract.entities import Mention, load_cues
from kg.extract.nlp import load_gazetteer

_SUFFIX = re.compile(
    r"(?:,?\s+(?:inc|corp|corporation|ltd|llc|pbc|plc|co|gmbh|ag|sa|limited|incorporated))+\.?$"
)
_POSS = re.compile(r"(?:'s|’s|'|’)$")
_PUNCT = re.compile(r"[^\w\s&+!]")
_SPACE = re.compile(r"\s+")


def normalize(name: str, strip_suffix: bool = True) -> str:
    """The guideline's comparison key for a name ("The Microsoft Corp.'s" -> "microsoft")."""
    text = unicodedata.normalize("NFKC", name).strip().lower()
    text = _POSS.sub("", text)
    if text.startswith("the "):
        text = text[4:]
    if strip_suffix:
        text = _SUFFIX.sub("", text)
    text = _PUNCT.sub(" ", text.replace("-", " "))
    return _SPACE.sub(" ", text).strip()


@lru_cache(maxsize=1)
def gazetteer_index() -> dict[str, str]:
    """Normalized name or alias -> canonical gazetteer name."""
    index: dict[str, str] = {}
    for entry in load_gazetteer().values():
        for form in (entry.name, *entry.aliases):
            index.setdefault(normalize(form), entry.name)
    for entry in load_gazetteer().values():
        index[normalize(entry.name)] = entry.name
    return index


@dataclass
class Entity:
    """A resolved entity of one document."""

    name: str
    classes: tuple[str, ...]
    gazetteer: bool
    aliases: set[str] = field(default_factory=set)


class Registry:
    """Canonical entities of one document, built from all its mentions."""

    def __init__(self) -> None:
        self.entities: dict[str, Entity] = {}
        self._keys: dict[str, str] = {}

    def get(self, name: str) -> Entity | None:
        return self.entities.get(name)

    def _add(self, name: str, classes: tuple[str, ...], gaz: bool) -> Entity:
        ent = self.entities.get(name)
        if ent is None:
            ent = Entity(name, classes, gaz)
            self.entities[name] = ent
            self._keys[normalize(name)] = name
        return ent

    def resolve_all(self, mentions: Iterable[Mention]) -> None:
        """Give every mention its canonical name (two passes: full names, then short forms)."""
        mentions = list(mentions)
        gaz_index = gazetteer_index()
        gaz = load_gazetteer()
        designators = load_cues().words("org_designators")
        pending: list[Mention] = []
        for m in mentions:
            if m.gaz_name:
                entry = gaz[m.gaz_name]
                m.canonical = entry.name
                ent = self._add(entry.name, (entry.cls,), True)
                ent.aliases.add(m.text)
                continue
            key = normalize(m.text)
            if not key:
                continue
            if key in gaz_index:
                entry = gaz[gaz_index[key]]
                m.canonical = entry.name
                self._add(entry.name, (entry.cls,), True).aliases.add(m.text)
                continue
            pending.append(m)
        # Longer names first, so short forms can find them.
        pending.sort(key=lambda m: -len(m.text.split()))
        for m in pending:
            key = normalize(m.text)
            if key in self._keys:
                m.canonical = self._keys[key]
                self.entities[m.canonical].aliases.add(m.text)
                continue
            short = self._short_form(m, designators)
            if short is not None:
                m.canonical = short
                self.entities[short].aliases.add(m.text)
                continue
            name = _clean_name(m.text)
            m.canonical = name
            self._add(name, m.classes, False).aliases.add(m.text)
        for m in mentions:
            known = self.entities.get(m.canonical)
            # Keep the most specific class guess seen for an unknown name.
            if (
                known is not None
                and not known.gazetteer
                and m.classes
                and m.classes[0] != known.classes[0]
                and len(m.classes) < len(known.classes)
            ):
                known.classes = m.classes

    def _short_form(self, m: Mention, designators: frozenset[str]) -> str | None:
        words = m.text.split()
        if len(words) != 1:
            return None
        word = words[0].lower()
        for ent in self.entities.values():
            parts = ent.name.split()
            if len(parts) < 2:
                continue
            low = [p.lower() for p in parts]
            if ent.classes[0] == "Person" and word in (low[-1], low[0]):
                return ent.name
            if (
                ent.classes[0] != "Person"
                and low[0] == word
                and all(p in designators and p != "cloud" for p in low[1:])
            ):
                return ent.name
        return None


def _clean_name(text: str) -> str:
    text = _POSS.sub("", text.strip())
    if text.lower().startswith("the "):
        text = text[4:]
    return _SPACE.sub(" ", text).strip()
