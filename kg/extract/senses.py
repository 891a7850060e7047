"""Names with several senses: "Facebook" the company (Meta) or the app, "Gemini" the
model or the app, decided by the words around each mention.

A gazetteer entry lists in ``senses`` the other entries its names may mean; the
names they share (after :func:`~kg.names.normalize`) form a :class:`SenseGroup`,
and a shared name means the listing entry, its *default*, unless the context
asks for another. The cues are data (the ``senses`` object of ``cues.json``),
one set per class: the word after the name ("the Facebook app", "Facebook
Inc."), a noun it is attached to ("X, the social network"), an owner that is
the default itself ("Meta's Facebook"), a preposition ("posted on X"), a name
it is listed with ("Facebook and Instagram") and the verb it is the subject or
object of ("Facebook said"). A mention without a cue takes the sense of the
last mention of its group that had one in the document (one sense per
discourse), else the default, so a text that never says which keeps today's
reading.

Relations refine this: a mention whose sense does not fit a relation's slot is
read in another sense that does (:func:`sense_for`): the object of "develops"
is the app, the subject of "sues" the company.

Example::

    groups = sense_groups()
    groups["facebook"].entries  # ("Meta", "Facebook")
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from kg.errors import DataError
from kg.extract.entities import POSSESSIVE, Mention, load_cues
from kg.extract.nlp import GazetteerEntry, load_gazetteer
from kg.extract.syntax import kids
from kg.names import merge_key, normalize

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["SenseGroup", "assign_senses", "sense_for", "sense_groups"]

_ATTACHED = frozenset({"compound", "nmod", "amod", "appos"})


@dataclass(frozen=True)
class SenseGroup:
    """Gazetteer entries sharing names: the default first, then its other senses."""

    entries: tuple[str, ...]
    forms: frozenset[str]

    @property
    def default(self) -> str:
        return self.entries[0]


@dataclass(frozen=True)
class _ClassCues:
    """The cues of ``cues.json`` that ask for one class."""

    cls: str
    next_words: frozenset[str]
    heads: frozenset[str]
    prepositions: frozenset[str]
    not_after: frozenset[str]
    coordinated: bool
    context_from: frozenset[str]
    subject_verbs: frozenset[str]
    object_verbs: frozenset[str]


def _forms(entry: GazetteerEntry) -> set[str]:
    return {normalize(f) for f in (entry.name, *entry.aliases)} - {""}


@lru_cache(maxsize=1)
def sense_groups() -> dict[str, SenseGroup]:
    """Shared normalized name -> its :class:`SenseGroup`, from the gazetteer's ``senses``.

    Raises :class:`~kg.errors.DataError` when an entry lists a sense the
    gazetteer does not have, or one that shares no name with it.
    """
    gaz = load_gazetteer()
    out: dict[str, SenseGroup] = {}
    for entry in gaz.values():
        if not entry.senses:
            continue
        shared: set[str] = set()
        for name in entry.senses:
            other = gaz.get(name)
            if other is None:
                raise DataError(
                    f"gazetteer entry {entry.name!r} lists unknown sense {name!r}: "
                    f"add an entry named {name!r} or remove it from 'senses'"
                )
            common = _forms(entry) & _forms(other)
            if not common:
                raise DataError(
                    f"gazetteer entry {entry.name!r} lists sense {name!r} but they share no "
                    f"name: add the shared name to the aliases of {name!r}"
                )
            shared |= common
        group = SenseGroup((entry.name, *entry.senses), frozenset(shared))
        for form in shared:
            out[form] = group
    return out


@lru_cache(maxsize=1)
def _class_cues() -> tuple[_ClassCues, ...]:
    raw: dict[str, Any] = load_cues().raw.get("senses", {})

    def words(block: dict[str, Any], key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in block.get(key, ()))

    return tuple(
        _ClassCues(
            cls,
            words(block, "next_words"),
            words(block, "heads"),
            words(block, "prepositions"),
            words(block, "not_after"),
            bool(block.get("coordinated", False)),
            frozenset(block.get("context_from", ())),
            words(block, "subject_verbs"),
            words(block, "object_verbs"),
        )
        for cls, block in raw.items()
        if not cls.startswith("_") and isinstance(block, dict)
    )


def group_of(mention: Mention) -> SenseGroup | None:
    """The sense group of a mention, if its words are a name several entries share."""
    groups = sense_groups()
    if not groups:
        return None
    group = groups.get(normalize(mention.text))
    if group is None and mention.gaz_name is None:
        group = groups.get(merge_key(mention.text))
    if group is None:
        return None
    if mention.gaz_name is not None and mention.gaz_name not in group.entries:
        return None
    return group


def assign_senses(chunks: Sequence[tuple[Doc, Any]], per_chunk: Iterable[list[Mention]]) -> None:
    """Give every mention of a shared name the entry its context asks for.

    Sets ``gaz_name``, ``classes`` and ``senses`` (the entries it could mean
    instead) of each such mention, in text order over the document's chunks.
    """
    if not sense_groups():
        return
    gaz = load_gazetteer()
    last: dict[str, str] = {}
    for (doc, _offset), mentions in zip(chunks, per_chunk, strict=True):
        by_token = {i: m for m in mentions for i in range(m.start, m.end)}
        for m in mentions:
            group = group_of(m)
            if group is None:
                continue
            cued = _cued_entry(doc, m, group, by_token)
            if cued is not None:
                last[group.default] = cued
            # One sense per discourse: an unmarked mention means what the last marked one did.
            chosen = cued or last.get(group.default, group.default)
            m.gaz_name = chosen
            m.classes = (gaz[chosen].cls,)
            m.senses = tuple(e for e in group.entries if e != chosen)


def sense_for(mention: Mention | None, current: str, current_cls: str, want: Iterable[str]) -> str:
    """The entry a mention means in a relation slot that takes the classes ``want``.

    ``current`` when its class fits or no other sense does ("Meta, which built
    Facebook": the object of develops is the app, not Meta).
    """
    allowed = frozenset(want)
    if mention is None or not mention.senses or current_cls in allowed:
        return current
    gaz = load_gazetteer()
    for name in mention.senses:
        entry = gaz.get(name)
        if entry is not None and entry.cls in allowed:
            return name
    return current


def _cued_entry(
    doc: Doc, m: Mention, group: SenseGroup, by_token: dict[int, Mention]
) -> str | None:
    gaz = load_gazetteer()
    by_class: dict[str, str] = {}
    for name in group.entries:
        by_class.setdefault(gaz[name].cls, name)
    if _owned_by_default(doc, m, group, by_token):
        # "Meta's Facebook": what the company owns is not the company.
        return group.entries[1]
    default_cls = gaz[group.default].cls
    cls = _cue_class(doc, m, by_class, default_cls, by_token)
    return by_class.get(cls) if cls else None


def _cue_class(
    doc: Doc, m: Mention, by_class: dict[str, str], default_cls: str, by_token: dict[int, Mention]
) -> str | None:
    cues = [c for c in _class_cues() if c.cls in by_class]
    if not cues:
        return None
    root = doc[m.start : m.end].root
    first = _first_conjunct(root)
    # The order is from the surest cue to the weakest; the first that speaks wins.
    inner = [w.lower() for w in m.text.split()[1:]]
    after = doc[m.end] if m.end < len(doc) else None
    if after is not None and after.text in POSSESSIVE and after.i + 1 < len(doc):
        after = doc[after.i + 1]
    before = doc[m.start - 1] if m.start > 0 else None
    checks = (
        # "Facebook Inc.", "Twitter users" read as one name.
        lambda c: any(w in c.next_words for w in inner),
        # "the Facebook app", "X users", "Facebook shares".
        lambda c: after is not None and after.lower_ in c.next_words,
        # "X, the social network", "the social-media company X".
        lambda c: (
            _attached_head(root, c.heads, by_token, m)
            or (
                before is not None and before.lemma_.lower() in c.heads and before.i not in by_token
            )
        ),
        # "posted on X", "ads on Facebook" (not "runs on Gemini").
        lambda c: (
            default_cls in c.context_from
            and first.dep_ == "pobj"
            and first.head.lower_ in c.prepositions
            and first.head.head.lemma_.lower() not in c.not_after
        ),
        # "Facebook and Instagram": listed with an app, it is the app.
        lambda c: (
            c.coordinated and default_cls in c.context_from and _listed_with(root, c.cls, by_token)
        ),
        # "Facebook said", "downloaded the X app".
        lambda c: (
            (first.dep_ == "nsubj" and first.head.lemma_.lower() in c.subject_verbs)
            or (first.dep_ == "dobj" and first.head.lemma_.lower() in c.object_verbs)
        ),
    )
    for check in checks:
        for c in cues:
            if check(c):
                return c.cls
    return None


def _first_conjunct(tok: Token) -> Token:
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _attached_head(
    root: Token, heads: frozenset[str], by_token: dict[int, Mention], m: Mention
) -> bool:
    """The name modifies or stands beside a noun of ``heads`` ("the Facebook app")."""
    if root.dep_ in _ATTACHED and root.head.lemma_.lower() in heads and root.head.i not in by_token:
        return True
    return any(
        c.dep_ in _ATTACHED
        and c.lemma_.lower() in heads
        and not (m.start <= c.i < m.end)
        and c.i not in by_token
        for c in kids(root)
    )


def _owned_by_default(
    doc: Doc, m: Mention, group: SenseGroup, by_token: dict[int, Mention]
) -> bool:
    root = doc[m.start : m.end].root
    owners = [c for c in kids(root) if c.dep_ == "poss"]
    if m.start >= 2 and doc[m.start - 1].text in POSSESSIVE:
        owners.append(doc[m.start - 2])
    for owner in owners:
        found = by_token.get(owner.i)
        if found is not None and found is not m and found.gaz_name == group.default:
            return True
    return False


def _listed_with(root: Token, cls: str, by_token: dict[int, Mention]) -> bool:
    gaz = load_gazetteer()
    for c in root.conjuncts:
        other = by_token.get(c.i)
        if other is None or other.gaz_name is None or group_of(other) is not None:
            continue
        entry = gaz.get(other.gaz_name)
        if entry is not None and entry.cls == cls:
            return True
    return False
