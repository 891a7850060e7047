"""Documents and facts to RDF triples, following ``ontology/README.md``.

Every value taken from an article becomes an rdflib :class:`~rdflib.term.Literal`
or a minted :class:`~rdflib.term.URIRef`; nothing is pasted into Turtle or
SPARQL text, so quotes, newlines or ``"}`` in a name cannot change the graph's
structure. Lone surrogates (undecodable bytes) become U+FFFD.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
from collections import Counter
from decimal import Decimal
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from rdflib.term import Literal, Node, URIRef

from kg.config import EXTRACTOR_NAME
from kg.errors import InputError
from kg.graph.iri import (
    check_base_iri,
    document_iri,
    entity_id_iri,
    event_iri,
    evidence_iri,
)
from kg.graph.namespace import DCTERMS, KGO, PROV, RDF, RDFS, SCHEMA, SKOS, XSD, kgo
from kg.graph.story import signature_triples
from kg.records import CERTAINTIES, DEAL_KINDS, DEAL_ROLES, DEAL_STATUSES, Deal, Document, Fact
from kg.vocabulary import vocabulary

Triple = tuple[Node, Node, Node]

# Terms looked up once: attribute access on rdflib's namespaces is slow in a hot loop.
_TYPE, _STATEMENT, _SUBJECT, _PREDICATE, _OBJECT = (
    RDF.type,
    RDF.Statement,
    RDF.subject,
    RDF.predicate,
    RDF.object,
)
_LABEL, _ALT_LABEL, _DERIVED_FROM, _DECIMAL = (
    RDFS.label,
    SKOS.altLabel,
    PROV.wasDerivedFrom,
    XSD.decimal,
)
_EVIDENCE, _SENTENCE, _START, _END = KGO.Evidence, KGO.sentence, KGO.startOffset, KGO.endOffset
_EXTRACTOR, _EXTRACTOR_VERSION, _CONFIDENCE = KGO.extractor, KGO.extractorVersion, KGO.confidence
_CERTAINTY, _AMOUNT, _DATE = KGO.certainty, KGO.amount, KGO.date

#: Said of a document whose date was read from its dateline, not given with it.
INFERRED_DATE_NOTE = "dcterms:date inferred from the article's dateline"

_SURROGATES = re.compile("[\ud800-\udfff]")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_MONTH = re.compile(r"\d{4}-(\d{2})")
_ISO_YEAR = re.compile(r"\d{4}")


def clean_text(value: str) -> str:
    """``value`` with lone surrogates replaced, so every store can encode it as UTF-8."""
    return _SURROGATES.sub("\ufffd", value)


def text_literal(value: str) -> Literal:
    """A plain string literal of untrusted text."""
    return Literal(clean_text(value))


def date_literal(value: str) -> Literal:
    """``xsd:date`` for a real YYYY-MM-DD date, ``xsd:gYearMonth`` for YYYY-MM,
    ``xsd:gYear`` for YYYY (the precision the source gave), else a plain literal."""
    value = clean_text(value.strip())
    if _ISO_DATE.fullmatch(value):
        try:
            _dt.date.fromisoformat(value)
        except ValueError:
            return Literal(value)
        return Literal(value, datatype=XSD.date)
    m = _ISO_MONTH.fullmatch(value)
    if m and 1 <= int(m[1]) <= 12:
        return Literal(value, datatype=XSD.gYearMonth)
    if _ISO_YEAR.fullmatch(value):
        return Literal(value, datatype=XSD.gYear)
    return Literal(value)


def _is_http(value: str) -> bool:
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def url_literal(value: str) -> Literal:
    """``xsd:anyURI`` for http(s) URLs, a plain literal for anything else."""
    value = clean_text(value.strip())
    return Literal(value, datatype=XSD.anyURI) if _is_http(value) else Literal(value)


def document_triples(doc: Document, base_iri: str | None = None) -> list[Triple]:
    """Triples describing ``doc`` (no facts): type, identifier, hash, title, date, URL, source."""
    base = check_base_iri(base_iri)
    d = document_iri(doc.hash, base)
    triples: list[Triple] = [
        (d, RDF.type, KGO.Document),
        (d, DCTERMS.identifier, text_literal(doc.id)),
        (d, KGO.contentHash, Literal(doc.hash)),
    ]
    if doc.title:
        triples.append((d, DCTERMS.title, text_literal(doc.title)))
    if doc.date:
        triples.append((d, DCTERMS.date, date_literal(doc.date)))
        if doc.date_inferred:
            triples.append((d, RDFS.comment, Literal(INFERRED_DATE_NOTE)))
    url = doc.url or (doc.source if doc.source and _is_http(doc.source) else None)
    if url:
        triples.append((d, SCHEMA.url, url_literal(url)))
    if doc.source and not _is_http(doc.source):
        triples.append((d, KGO.sourcePath, text_literal(doc.source)))
    outlet = doc.feed or (urlsplit(url).hostname if url and _is_http(url) else None)
    if outlet:
        triples.append((d, DCTERMS.source, text_literal(outlet)))
    triples += signature_triples(d, doc.text)  # finds copies of the story (kg.graph.story)
    return triples


def check_fact(fact: Fact) -> None:
    """Raise InputError naming the bad field when ``fact`` cannot be mapped."""
    vocab = vocabulary()
    if fact.relation not in vocab.names:
        raise InputError(
            f"unknown relation {fact.relation!r}: expected one of {', '.join(vocab.names)}"
        )
    for role, cls in (("subject", fact.subject_class), ("object", fact.object_class)):
        if cls not in vocab.entity_classes:
            raise InputError(
                f"unknown {role} class {cls!r}: expected one of {', '.join(vocab.entity_classes)}"
            )
    if not fact.subject.strip() or not fact.object.strip():
        raise InputError(f"fact {fact.key()!r} has an empty subject or object name")
    if fact.certainty not in CERTAINTIES:
        raise InputError(
            f"unknown certainty {fact.certainty!r}: expected one of {', '.join(CERTAINTIES)}"
        )
    if not 0.0 <= fact.confidence <= 1.0:
        raise InputError(f"confidence {fact.confidence!r} is outside 0..1")
    if fact.start < 0 or fact.end < fact.start:
        raise InputError(f"bad sentence offsets {fact.start}..{fact.end}")
    if fact.deal is not None:
        check_deal(fact.deal)


def check_deal(deal: Deal) -> None:
    """Raise InputError naming the bad field when ``deal`` cannot be mapped."""
    for name, value, allowed in (
        ("deal kind", deal.kind, DEAL_KINDS),
        ("deal role", deal.role, DEAL_ROLES),
        ("deal status", deal.status, DEAL_STATUSES),
    ):
        if value not in allowed:
            raise InputError(f"unknown {name} {value!r}: expected one of {', '.join(allowed)}")
    for name, number in (
        ("amount_value", deal.amount_value),
        ("valuation_value", deal.valuation_value),
        ("stake", deal.stake),
    ):
        if number is not None:
            try:
                Decimal(number)
            except ArithmeticError as e:
                raise InputError(f"deal {name} {number!r} is not a number") from e


def entity_triples(
    name: str, cls: str, aliases: tuple[str, ...], base_iri: str | None = None, ident: str = ""
) -> list[Triple]:
    """Type, label and aliases of one entity (its IRI from ``ident``, else from ``name``)."""
    return list(_entity_triples(name, cls, tuple(aliases), check_base_iri(base_iri), ident))


@lru_cache(maxsize=16384)
def _entity_triples(
    name: str, cls: str, aliases: tuple[str, ...], base_iri: str, ident: str = ""
) -> tuple[Triple, ...]:
    # Cached: the same entity recurs in most facts of a document and across documents.
    name = clean_text(name)
    e = _entity(name, ident, base_iri)
    triples: list[Triple] = [(e, _TYPE, kgo(cls)), (e, _LABEL, Literal(name))]
    for alias in aliases:
        alias = clean_text(alias)
        if alias and alias != name:
            triples.append((e, _ALT_LABEL, Literal(alias)))
    return tuple(triples)


def _entity(name: str, ident: str, base: str) -> Node:
    try:
        return entity_id_iri(ident, clean_text(name), base)
    except ValueError as e:
        raise InputError(str(e)) from e


@lru_cache(maxsize=65536)
def _literal(value: str | int) -> Literal:
    """A literal of a value that recurs (offsets, certainty, extractor name and version)."""
    return Literal(value)


@lru_cache(maxsize=1024)
def _confidence(value: float) -> Literal:
    # Canonical lexical form ("1", not "1.0"): Oxigraph stores decimals canonically,
    # so every store then holds the same literal.
    normal = Decimal(str(round(float(value), 3))).normalize()
    return Literal(format(normal, "f"), datatype=_DECIMAL)


def fact_triples(
    doc: Document, fact: Fact, base_iri: str | None = None, extractor_version: str | None = None
) -> list[Triple]:
    """The fact asserted directly, its evidence node, and both entities.

    An ended fact (:attr:`kg.records.Fact.ended`) is not asserted: its evidence
    node says ``kgo:ended true`` with its ``kgo:endDate``, and whether the fact
    holds is decided over all its stored evidence (:mod:`kg.graph.ended`).

    Symmetric relations are asserted in one canonical direction
    (:meth:`kg.records.Fact.key`), so the same partnership found in two
    documents is one fact with two evidence nodes.
    """
    if extractor_version is None:
        from kg import __version__ as extractor_version
    check_fact(fact)
    base = check_base_iri(base_iri)
    swapped = fact.key()[0] != fact.subject
    s_name, s_cls, s_al, s_id = (
        fact.subject,
        fact.subject_class,
        fact.subject_aliases,
        fact.subject_id,
    )
    o_name, o_cls, o_al, o_id = fact.object, fact.object_class, fact.object_aliases, fact.object_id
    if swapped:
        s_name, s_cls, s_al, s_id, o_name, o_cls, o_al, o_id = (
            o_name,
            o_cls,
            o_al,
            o_id,
            s_name,
            s_cls,
            s_al,
            s_id,
        )
    s = _entity(s_name, s_id, base)
    o = _entity(o_name, o_id, base)
    p = kgo(fact.relation)
    ev = evidence_iri(doc.hash, str(s), fact.relation, str(o), fact.start, fact.end, base)
    triples: list[Triple] = [
        *_entity_triples(s_name, s_cls, tuple(s_al), base, s_id),
        *_entity_triples(o_name, o_cls, tuple(o_al), base, o_id),
    ]
    if not fact.ended and not fact.denied:
        triples.append((s, p, o))
    triples += [
        (ev, _TYPE, _STATEMENT),
        (ev, _TYPE, _EVIDENCE),
        (ev, _SUBJECT, s),
        (ev, _PREDICATE, p),
        (ev, _OBJECT, o),
        (ev, _DERIVED_FROM, document_iri(doc.hash, base)),
        (ev, _SENTENCE, text_literal(fact.sentence)),
        (ev, _START, _literal(int(fact.start))),
        (ev, _END, _literal(int(fact.end))),
        (ev, _EXTRACTOR, _literal(EXTRACTOR_NAME)),
        (ev, _EXTRACTOR_VERSION, _literal(str(extractor_version))),
        (ev, _CONFIDENCE, _confidence(float(fact.confidence))),
        (ev, _CERTAINTY, _literal(fact.certainty)),
    ]
    if fact.denied:
        # Denied: evidence of the denial, never asserted (queries/fact_denials.rq).
        triples.append((ev, KGO.denied, _literal(True)))
    if fact.ended:
        # Ended: the statement and its evidence are kept; whether the fact still holds
        # is settled over all its evidence once written (kg.graph.ended).
        triples.append((ev, KGO.ended, _literal(True)))
        if fact.end_date:
            triples.append((ev, KGO.endDate, text_literal(fact.end_date)))
            if fact.end_date_from_document:
                triples.append((ev, KGO.endDateFromDocument, _literal(True)))
    if fact.amount:
        triples.append((ev, _AMOUNT, text_literal(fact.amount)))
    if fact.date:
        triples.append((ev, _DATE, text_literal(fact.date)))
        if fact.date_from_document:
            triples.append((ev, KGO.dateFromDocument, _literal(True)))
    if fact.deal is not None:
        triples += deal_triples(doc, fact.deal, s, o, ev, base)
    return triples


def _decimal(value: str) -> Literal:
    return Literal(format(Decimal(value).normalize(), "f"), datatype=_DECIMAL)


def deal_triples(
    doc: Document, deal: Deal, subject: Node, target: Node, evidence: Node, base_iri: str
) -> list[Triple]:
    """The deal event node of a fact, the subject's part in it, and the evidence's link to it.

    The node's IRI comes from the kind, the target and the round label (else the
    amount, else the document), so one round reported by several documents is one
    node; values that the sources disagree on are all kept on it (see the
    ``contradictions`` query).
    """
    key = deal.round or (f"{deal.amount_value} {deal.currency}" if deal.amount_value else doc.hash)
    e = event_iri(deal.kind, str(target), key, base_iri)
    triples: list[Triple] = [
        (e, _TYPE, kgo(deal.kind)),
        (e, KGO.target, target),
        (e, kgo(deal.role), subject),
        (e, KGO.status, _literal(deal.status)),
        (evidence, KGO.event, e),
    ]
    # What this source says of the deal, so that sources that disagree can each be
    # shown with their figure (queries/deal_contradictions.rq).
    triples.append((evidence, KGO.dealStatus, _literal(deal.status)))
    if deal.amount_value:
        triples.append((evidence, KGO.dealAmount, _decimal(deal.amount_value)))
    if deal.valuation_value:
        triples.append((evidence, KGO.dealValuation, _decimal(deal.valuation_value)))
    if deal.stake:
        triples.append((evidence, KGO.dealStake, _decimal(deal.stake)))
    if deal.round:
        triples.append((e, KGO.roundLabel, text_literal(deal.round)))
    if deal.amount_value:
        triples.append((e, KGO.amountValue, _decimal(deal.amount_value)))
    if deal.currency:
        triples.append((e, KGO.currency, text_literal(deal.currency)))
    if deal.amount:
        triples.append((e, KGO.amountText, text_literal(deal.amount)))
    if deal.valuation_value:
        triples.append((e, KGO.valuation, _decimal(deal.valuation_value)))
    if deal.stake:
        triples.append((e, KGO.stakePercent, _decimal(deal.stake)))
    if deal.date:
        triples.append((e, KGO.announced, date_literal(deal.date)))
    return triples


def _one_per_evidence(facts: list[Fact] | tuple[Fact, ...]) -> list[Fact]:
    """One fact per evidence node: the same triple from the same span of a document.

    Two such facts would give one evidence node two confidences (or certainties);
    the stated one wins, then the more confident, then the first.
    """
    best: dict[tuple[Any, ...], Fact] = {}
    for fact in facts:
        ids = tuple(sorted((fact.subject_id, fact.object_id)))
        key = (*fact.key(), *ids, fact.start, fact.end)
        kept = best.get(key)
        if kept is None or (fact.certainty == "stated", fact.confidence) > (
            kept.certainty == "stated",
            kept.confidence,
        ):
            best[key] = fact
    return list(best.values())


def document_graph_triples(
    doc: Document, facts: list[Fact] | tuple[Fact, ...], base_iri: str | None = None
) -> list[Triple]:
    """All triples for one document and its facts, without duplicates, in a stable order.

    An entity gets one class and one label: the class most of the document's
    facts give it (the first of those on a tie) and the first label; any other
    label becomes a ``skos:altLabel``.
    """
    seen: dict[Triple, None] = {}
    for t in document_triples(doc, base_iri):
        seen.setdefault(t)
    triples = [t for fact in _one_per_evidence(facts) for t in fact_triples(doc, fact, base_iri)]
    votes: dict[Node, Counter[Node]] = {}
    for s, p, o in triples:
        if p == _TYPE and o != _STATEMENT and o != _EVIDENCE:
            votes.setdefault(s, Counter())[o] += 1
    labels: dict[Node, Node] = {}
    for s, p, o in triples:
        if p == _TYPE and s in votes:
            if o != votes[s].most_common(1)[0][0]:
                continue
        elif p == _LABEL:
            first = labels.setdefault(s, o)
            if first != o:
                seen.setdefault((s, _ALT_LABEL, o))
                continue
        seen.setdefault((s, p, o))
    return list(seen)


def reference_triples(
    subsidiary: tuple[str, str, str],
    parent: tuple[str, str, str],
    since: str,
    source: str,
    base_iri: str | None = None,
) -> list[Triple]:
    """A ``subsidiary_of`` fact from reference data, with its ``kgo:Reference`` node.

    ``subsidiary`` and ``parent`` are (id, name, class). The reference node's IRI
    is minted from the two ids, so loading the data again adds nothing.
    """
    base = check_base_iri(base_iri)
    s_id, s_name, s_cls = subsidiary
    o_id, o_name, o_cls = parent
    s, o = _entity(s_name, s_id, base), _entity(o_name, o_id, base)
    p = KGO.subsidiary_of
    digest = hashlib.sha256(f"{s}\x1f{p}\x1f{o}".encode()).hexdigest()[:32]
    ref = URIRef(base + "reference/" + digest)
    return [
        *_entity_triples(s_name, s_cls, (), base, s_id),
        *_entity_triples(o_name, o_cls, (), base, o_id),
        (s, p, o),
        (ref, _TYPE, _STATEMENT),
        (ref, _TYPE, KGO.Reference),
        (ref, _SUBJECT, s),
        (ref, _PREDICATE, p),
        (ref, _OBJECT, o),
        (ref, _DATE, text_literal(since)),
        (ref, DCTERMS.source, text_literal(source)),
    ]
