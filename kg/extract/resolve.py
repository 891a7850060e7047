"""One canonical name per entity per document, and references back to names.

Name normalization follows the annotation guideline (case, possessive 's,
corporate suffixes, leading "the", punctuation). Short forms used in the same
document ("Korvath" for "Korvath Systems", "Mohan" for "Varun Mohan") map to
the full name; gazetteer aliases ("AWS") map to their entry, and so does a
gazetteer name followed by a generic head ("Trainium chips", "H100 GPUs").
Unknown names that share a :func:`~kg.names.merge_key` ("Acme AI", "Acme")
are one entity.

Every entity has an id: the gazetteer entry's id, or ``_`` and the merge key
for a name the gazetteer does not know, so the graph gives the same entity
the same IRI in every document.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from kg.extract.entities import Mention, load_cues
from kg.extract.nlp import GazetteerEntry, load_gazetteer
from kg.extract.senses import sense_groups
from kg.names import GENERIC_HEADS, merge_key, normalize

__all__ = ["Entity", "Registry", "gazetteer_index", "merge_key", "normalize"]

_POSS = re.compile(r"(?:'s|’s|'|’)$")
_SPACE = re.compile(r"\s+")


@lru_cache(maxsize=1)
def gazetteer_index() -> dict[str, str]:
    """Normalized name or alias -> canonical gazetteer name."""
    index: dict[str, str] = {}
    for entry in load_gazetteer().values():
        for form in (entry.name, *entry.aliases):
            index.setdefault(normalize(form), entry.name)
    for entry in load_gazetteer().values():
        index[normalize(entry.name)] = entry.name
    # A name with several senses means its default entry until the context says otherwise.
    for form, group in sense_groups().items():
        index[form] = group.default
    return index


@dataclass
class Entity:
    """A resolved entity of one document."""

    name: str
    classes: tuple[str, ...]
    gazetteer: bool
    aliases: set[str] = field(default_factory=set)
    id: str = ""


class Registry:
    """Canonical entities of one document, built from all its mentions."""

    def __init__(self) -> None:
        self.entities: dict[str, Entity] = {}
        self._keys: dict[str, str] = {}

    def get(self, name: str) -> Entity | None:
        return self.entities.get(name)

    def _add(self, name: str, classes: tuple[str, ...], gaz: bool, ident: str = "") -> Entity:
        ent = self.entities.get(name)
        if ent is None:
            ent = Entity(name, classes, gaz, id=ident or "_" + merge_key(name))
            self.entities[name] = ent
            self._keys[normalize(name)] = name
            if not gaz:
                self._keys.setdefault(merge_key(name), name)
        return ent

    def add_known(self, name: str) -> Entity | None:
        """The gazetteer entity ``name``, added when the text has not named it yet."""
        entry = load_gazetteer().get(name)
        if entry is None:
            return None
        return self.add_entry(entry)

    def add_entry(self, entry: GazetteerEntry, alias: str = "") -> Entity:
        """The entity of a gazetteer entry, added if the document had not named it yet."""
        ent = self._add(entry.name, (entry.cls,), True, entry.id)
        if alias:
            ent.aliases.add(alias)
        return ent

    def resolve_all(self, mentions: Iterable[Mention]) -> None:
        """Give every mention its canonical name (two passes: full names, then short forms)."""
        mentions = list(mentions)
        gaz_index = gazetteer_index()
        gaz = load_gazetteer()
        designators = load_cues().words("org_designators")
        pending: list[Mention] = []
        names = {normalize(m.text) for m in mentions} | {normalize(n) for n in self.entities}
        for m in mentions:
            if m.gaz_name:
                entry = gaz[m.gaz_name]
                m.canonical = entry.name
                ent = self._add(entry.name, (entry.cls,), True, entry.id)
                ent.aliases.add(m.text)
                continue
            key = normalize(m.text)
            if not key:
                continue
            # "Trainium chips" is Trainium; "Scale" is never "Scale AI" (only the
            # text's name is shortened, never a gazetteer name).
            found = gaz_index.get(key) or gaz_index.get(merge_key(m.text))
            if found is None and _PLURAL_MODEL.match(m.text):
                # "smuggled H100s": the chip, counted.
                single = gaz_index.get(normalize(m.text[:-1]))
                if single is not None and gaz[single].cls == "Hardware":
                    found = single
            if found is not None:
                entry = gaz[found]
                m.canonical = entry.name
                self._add(entry.name, (entry.cls,), True, entry.id).aliases.add(m.text)
                continue
            pending.append(m)
        # Longer names first, so short forms can find them.
        pending.sort(key=lambda m: -len(m.text.split()))
        for m in pending:
            key = normalize(m.text)
            if key not in self._keys:
                key = merge_key(m.text)
            if key in self._keys:
                m.canonical = self._keys[key]
                self.entities[m.canonical].aliases.add(m.text)
                continue
            short = (
                self._short_form(m, designators)
                or self._without_maker(m, names)
                or self._acronym(m)
                or self._outlet_short(m, gaz)
                or self._misspelt(m)
            )
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

    def _outlet_short(self, m: Mention, gaz: dict[str, GazetteerEntry]) -> str | None:
        """'The Times' after 'The New York Times': the last word of the one outlet of the
        document whose name ends in it."""
        words = m.text.split()
        if words and words[0].lower() == "the":
            words = words[1:]
        if len(words) != 1:
            return None
        word = words[0].lower()
        found = {
            ent.name
            for ent in self.entities.values()
            if ent.gazetteer
            and ent.name in gaz
            and gaz[ent.name].kind == "outlet"
            and len(ent.name.split()) > 1
            and ent.name.split()[-1].lower() == word
        }
        return found.pop() if len(found) == 1 else None

    def _acronym(self, m: Mention) -> str | None:
        """'AP' after 'The Associated Press': capitals that are the initials of an
        organization named in the document."""
        text = m.text.strip(".")
        if not (2 <= len(text) <= 5 and text.isalpha() and text.isupper()):
            return None
        for ent in self.entities.values():
            if ent.classes[0] != "Organization":
                continue
            words = [w for w in ent.name.split() if w.lower() not in {"the", "of", "and", "&"}]
            if len(words) == len(text) and all(
                w[:1].upper() == c for w, c in zip(words, text, strict=True)
            ):
                return ent.name
        return None

    def _misspelt(self, m: Mention) -> str | None:
        """'Perpelxity' beside 'Perplexity': a name of six letters or more that is a
        named entity of the document with two neighbouring letters swapped."""
        key = normalize(m.text)
        if len(key) < 6:
            return None
        for ent in self.entities.values():
            full = normalize(ent.name)
            if len(full) != len(key) or full == key:
                continue
            diff = [i for i, (a, b) in enumerate(zip(full, key, strict=True)) if a != b]
            if (
                len(diff) == 2
                and diff[1] == diff[0] + 1
                and full[diff[0]] == key[diff[1]]
                and full[diff[1]] == key[diff[0]]
                and key[diff[0]].isalpha()
                and key[diff[1]].isalpha()
            ):
                return ent.name
        return None

    def _without_maker(self, m: Mention, names: set[str]) -> str | None:
        """'K2' after 'Korvath K2', where Korvath is named in the document: the same product."""
        key = normalize(m.text)
        if not key:
            return None
        for ent in self.entities.values():
            if ent.gazetteer or ent.classes[0] in {"Person", "Location"}:
                continue
            full = normalize(ent.name)
            head = full.removesuffix(" " + key)
            if head != full and head and head in names:
                return ent.name
        return None


#: A model number in the plural: "H100s", "MI300Xs".
_PLURAL_MODEL = re.compile(r"^[A-Z][A-Za-z]*\d+[A-Za-z0-9]*s$")


def _clean_name(text: str) -> str:
    text = _POSS.sub("", text.strip())
    if text.lower().startswith("the "):
        text = text[4:]
    words = _SPACE.sub(" ", text).strip().split(" ")
    # "the Vela series", "Quill chips": the kind of thing is no part of the name ("AI"
    # often is: "Scale AI").
    # (A capitalised one that ends a name of three words or more is part of it: "the MBUX
    # Virtual Assistant".)
    while (
        len(words) > 1
        and words[-1].lower() in GENERIC_HEADS - {"ai"}
        and not (len(words) >= 3 and words[-1].istitle())
    ):
        words.pop()
    return " ".join(words)
