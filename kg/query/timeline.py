"""Facts in time: the graph as of a date, and what changed since a date.

A fact's dates are those of the statements behind it: each evidence node's
``kgo:date`` (the date its sentence gives, else its document's date), else its
document's ``dcterms:date``; a reference node's ``kgo:date`` (the year a
corporate link holds from). A sentence date written out ("March 2024", "Q3 2023")
is read as ISO at the precision it gives (``2024-03``, ``2023``).

Evidence saying a relation ended ("former CEO", ``kgo:ended true``) is dated by
its ``kgo:endDate``, else its document's date; a fact holds at a day when it
has evidence of a start by then and no ending evidence by then dated on or
after its latest start (:func:`kg.graph.ended.holds`). A fact known only from
evidence of its end held before that end.

- :func:`as_of_copy` is the graph as of a day: evidence dated after it goes, and
  with it each fact and deal event none of whose evidence is left; a fact is
  asserted in the copy exactly when it holds that day. Undated evidence stays
  (nothing says it came later), and so do facts with no evidence at all. Any
  query can then run on the copy, its values bound as usual.
- :func:`changes_since` lists the facts that started on or after a day (all their
  dated evidence is from then on), those that gained sources (a fact known
  before that day with evidence from documents new since then) and those that
  ended since then (evidence of their end dated from then on, and they do not
  hold now).

Dates of month or year precision are compared at the coarser of the two
precisions, as ``kg view --since`` does: evidence of March 2024 is valid as of
2024-03-01 and new since 2024-03-15, since it may be from either side of it.

Example::

    with open_store("output/store") as store, as_of_copy(store, "2024-01") as past:
        print(select(past, "investors_of", company="OpenAI").rows)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, cast

from kg.errors import UsageError
from kg.graph.queries import load_query
from kg.vocabulary import vocabulary

if TYPE_CHECKING:
    from rdflib import Graph

    from kg.graph.store import KGStore

_DATE_FORM = re.compile(r"\d{4}(-\d{2}){0,2}")
_YEAR = re.compile(r"\b(1[89]\d\d|2\d{3})\b")


def is_date(value: str) -> bool:
    """True for a real date written YYYY-MM-DD, YYYY-MM or YYYY.

    >>> is_date("2024-02"), is_date("2024-02-30"), is_date("Feb 2024")
    (True, False, False)
    """
    if not _DATE_FORM.fullmatch(value):
        return False
    try:
        date.fromisoformat(value + "-01-01"[len(value) - 4 :] if len(value) < 10 else value)
    except ValueError:
        return False
    return True


def check_date(value: str, option: str) -> str:
    """``value`` when it is a date (:func:`is_date`), else a UsageError naming ``option``."""
    if not is_date(value):
        raise UsageError(
            f"{option} {value!r} is not a date: write it as YYYY-MM-DD, YYYY-MM or YYYY"
        )
    return value


def on_or_before(day: str | None, as_of: str) -> bool:
    """Whether something dated ``day`` may be from ``as_of`` or earlier (coarser precision
    wins: "2024-03" is on or before "2024-03-01"); False when ``day`` is None."""
    if not day:
        return False
    n = min(len(day), len(as_of))
    return day[:n] <= as_of[:n]


def on_or_after(day: str | None, since: str) -> bool:
    """Whether something dated ``day`` may be from ``since`` or later (coarser precision
    wins: "2024-03" is on or after "2024-03-15"); False when ``day`` is None."""
    if not day:
        return False
    n = min(len(day), len(since))
    return day[:n] >= since[:n]


def statement_date(own: str | None, doc_date: str | None) -> str | None:
    """The ISO date of a statement: its own date when readable, else its document's.

    >>> statement_date("March 2024", "2025-01-02"), statement_date("Q3 2023", None)
    ('2024-03', '2023')
    >>> statement_date(None, "2025-01-02"), statement_date("recently", None)
    ('2025-01-02', None)
    """
    from kg.ingest.dates import iso_date

    for value in (own, doc_date):
        if not value:
            continue
        iso = iso_date(value)
        if iso is None:
            # A date the parser does not know ("Q3 2023", "mid-2022") still names its year.
            m = _YEAR.search(value)
            iso = m[1] if m else None
        if iso is not None:
            return iso
    return None


@dataclass(frozen=True)
class Support:
    """One statement behind a fact: its node, the fact, its ISO date (None when undated),
    its source (the document's story, so near-duplicate copies are one source, else the
    document, else the statement node itself), and whether the fact is asserted in the
    graph."""

    node: Any
    fact: tuple[Any, Any, Any]
    date: str | None
    source: Any
    asserted: bool
    #: The statement says the relation ended; ``date`` is then when it ended.
    ended: bool = False


def supports(store: KGStore) -> list[Support]:
    """Every reified statement of the graph with its date (one per node)."""
    seen: dict[Any, Support] = {}
    for row in store.query(load_query("timeline_support", package="kg.query")):
        st, s, p, o, own, doc, doc_date, asserted, ended, end, story = cast("tuple[Any, ...]", row)
        stop = str(ended) in ("true", "1")
        day = statement_date(_text(end if stop else own), _text(doc_date))
        prev = seen.get(st)
        # Several dates on one node (rows repeat): the earliest counts.
        if prev is None or (day is not None and (prev.date is None or day < prev.date)):
            source = story if story is not None else doc if doc is not None else st
            seen[st] = Support(st, (s, p, o), day, source, bool(asserted), stop)
    return list(seen.values())


def _text(term: Any) -> str | None:
    return None if term is None else str(term)


def as_of_copy(store: KGStore, as_of: str) -> KGStore:
    """An in-memory copy of the graph as of ``as_of`` (YYYY-MM-DD, YYYY-MM or YYYY).

    Evidence dated after ``as_of`` is left out, and so is a fact, or a deal event,
    all of whose evidence is; undated evidence and facts without any stay. A fact
    is asserted in the copy when it holds on ``as_of`` (:func:`kg.graph.ended.holds`):
    one that ended by then is not, one that ended only later is, and the evidence
    of that later end then stays when it is all there is.
    """
    from kg.graph.ended import holds
    from kg.graph.store import open_store

    check_date(as_of, "--as-of")
    sups = supports(store)
    late = {s.node for s in sups if s.date is not None and not on_or_before(s.date, as_of)}
    by_fact: dict[tuple[Any, Any, Any], list[Support]] = {}
    for sup in sups:
        by_fact.setdefault(sup.fact, []).append(sup)
    valid: set[tuple[Any, Any, Any]] = set()
    timed: set[tuple[Any, Any, Any]] = set()
    for fact, group in by_fact.items():
        if not any(x.ended for x in group):
            continue  # no end: held from its first evidence on, as asserted
        timed.add(fact)
        if holds(((x.ended, x.date) for x in group), as_of):
            valid.add(fact)
            if all(x.node in late for x in group):
                late -= {x.node for x in group if x.ended}
    kept_facts = {s.fact for s in sups if s.node not in late}
    late_facts = ({s.fact for s in sups if s.node in late} - kept_facts) | (timed - valid)
    late_events = _events_only_reported_by(store, late)
    gone = late | late_events
    copy = open_store("memory")
    copy.add_triples(
        t for t in store.graph if t[0] not in gone and (t[0], t[1], t[2]) not in late_facts
    )
    copy.add_triples(valid)
    return copy


def graph_as_of(graph: Graph, as_of: str, base_iri: str) -> KGStore:
    """:func:`as_of_copy` of an rdflib graph (a server's checkpoint), read only."""
    from kg.graph.backends.memory import MemoryBackend
    from kg.graph.store import KGStore

    backend = MemoryBackend(base_iri)
    backend.graph = graph
    return as_of_copy(KGStore(backend, "graph", base_iri, read_only=True), as_of)


def _events_only_reported_by(store: KGStore, evidence: set[Any]) -> set[Any]:
    """Deal events every reporting evidence of which is in ``evidence``."""
    if not evidence:
        return set()
    reporters: dict[Any, set[Any]] = {}
    for row in store.query(load_query("timeline_events", package="kg.query")):
        ev, event = cast("tuple[Any, ...]", row)
        reporters.setdefault(event, set()).add(ev)
    return {event for event, evs in reporters.items() if evs <= evidence}


@dataclass(frozen=True)
class FactChange:
    """A fact that started, gained sources or ended since a day.

    ``first_date`` is its earliest dated evidence, ``new_first_date`` the earliest of
    the new evidence; ``sources_before`` counts the independent sources (stories:
    near-duplicate copies count once; or reference entries) behind it before the
    day, undated ones included, and ``new_sources`` those new since then. For an
    ended fact, the new evidence is that of its end and ``sources_before`` counts
    the sources saying it held.
    """

    change: str
    subject: str
    relation: str
    object: str
    first_date: str | None
    new_first_date: str | None
    sources_before: int
    new_sources: int

    def as_json(self) -> dict[str, Any]:
        return {
            "change": self.change,
            "subject": self.subject,
            "relation": self.relation,
            "object": self.object,
            "first_date": self.first_date,
            "new_first_date": self.new_first_date,
            "sources_before": self.sources_before,
            "new_sources": self.new_sources,
        }


@dataclass
class Changes:
    """What changed since ``since``: facts that started, gained sources or ended."""

    since: str
    started: list[FactChange] = field(default_factory=list)
    gained: list[FactChange] = field(default_factory=list)
    ended: list[FactChange] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "since": self.since,
            "counts": {
                "started": len(self.started),
                "gained_sources": len(self.gained),
                "ended": len(self.ended),
            },
            "started": [c.as_json() for c in self.started],
            "gained_sources": [c.as_json() for c in self.gained],
            "ended": [c.as_json() for c in self.ended],
        }


STARTED = "started"
GAINED = "gained sources"
ENDED = "ended"


def changes_since(store: KGStore, since: str) -> Changes:
    """The facts that started on or after ``since``, those that gained sources, and
    those that ended.

    A fact started when every evidence behind it is dated on or after ``since``;
    it gained sources when it also had evidence before (or undated evidence: known,
    if not from when) and documents new since then back it. Only evidence saying
    the fact holds counts for those two. A fact ended when evidence of its end is
    dated on or after ``since`` and it does not hold now.

    Example::

        for change in changes_since(store, "2025-01").started:
            print(change.subject, change.relation, change.object, change.first_date)
    """
    check_date(since, "--since")
    names = set(vocabulary().names)
    by_fact: dict[tuple[Any, Any, Any], list[Support]] = {}
    for sup in supports(store):
        if _local(sup.fact[1]) in names:
            by_fact.setdefault(sup.fact, []).append(sup)
    labels = _labels(store)
    out = Changes(since)
    for fact, every in by_fact.items():
        if not any(s.asserted or s.ended for s in every):
            continue  # a fact taken out of the graph (kg entity merge)
        ended = _ended_since(fact, every, since, labels)
        if ended is not None:
            out.ended.append(ended)
        sups = [s for s in every if not s.ended]
        new = [s for s in sups if on_or_after(s.date, since)]
        if not new:
            continue
        old_sources = {s.source for s in sups if not on_or_after(s.date, since)}
        new_sources = {s.source for s in new} - old_sources
        if old_sources and not new_sources:
            continue
        dated = [s.date for s in sups if s.date is not None]
        s, p, o = fact
        change = FactChange(
            change=GAINED if old_sources else STARTED,
            subject=labels.get(s) or _local(s),
            relation=_local(p),
            object=labels.get(o) or _local(o),
            first_date=min(dated) if dated else None,
            new_first_date=min(str(x.date) for x in new),
            sources_before=len(old_sources),
            new_sources=len(new_sources),
        )
        (out.gained if old_sources else out.started).append(change)
    for changes in (out.started, out.gained, out.ended):
        changes.sort(key=lambda c: (c.new_first_date or "", c.subject, c.relation, c.object))
    return out


def _ended_since(
    fact: tuple[Any, Any, Any], sups: list[Support], since: str, labels: dict[Any, str]
) -> FactChange | None:
    """The change of a fact whose end is dated on or after ``since``, when it does not
    hold now; else None."""
    from kg.graph.ended import holds

    ends = [s for s in sups if s.ended and on_or_after(s.date, since)]
    if not ends or holds((s.ended, s.date) for s in sups):
        return None
    starts = [s for s in sups if not s.ended]
    dated = [s.date for s in starts if s.date is not None]
    s, p, o = fact
    return FactChange(
        change=ENDED,
        subject=labels.get(s) or _local(s),
        relation=_local(p),
        object=labels.get(o) or _local(o),
        first_date=min(dated) if dated else None,
        new_first_date=min(str(x.date) for x in ends),
        sources_before=len({x.source for x in starts}),
        new_sources=len({x.source for x in ends}),
    )


def _labels(store: KGStore) -> dict[Any, str]:
    out: dict[Any, str] = {}
    for row in store.query(load_query("timeline_labels", package="kg.query")):
        e, label = cast("tuple[Any, ...]", row)
        out.setdefault(e, str(label))
    return out


def _local(iri: Any) -> str:
    return str(iri).rstrip("/").rsplit("#", 1)[-1].rsplit("/", 1)[-1]
