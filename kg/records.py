"""Small typed records that flow between the stages.

``Document`` leaves ingest, ``Fact`` leaves extraction; the graph stage maps
both to RDF. They are plain frozen dataclasses so every stage can build and
compare them without importing another stage.

``RELATIONS`` (the relation names, in the ontology's order),
``SYMMETRIC_RELATIONS`` and ``ENTITY_CLASSES`` come from the relation table in
``ontology.ttl`` (:mod:`kg.vocabulary`), read when first asked for.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from kg.vocabulary import fact_key, vocabulary

CERTAINTIES: tuple[str, ...] = ("stated", "reported")


def content_hash(text: str) -> str:
    """SHA-256 hex digest of a document's text (its identity in the graph)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True)
class Document:
    """One article or paragraph, as ingest hands it to extraction.

    ``id`` is the caller's id (JSONL ``id``) when given, else derived from the
    content hash. ``source`` is the file path or URL it was read from. ``date`` is
    ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``.
    """

    text: str
    id: str = ""
    source: str | None = None
    url: str | None = None
    title: str | None = None
    date: str | None = None
    feed: str | None = None
    hash: str = field(default="")
    #: True when ``date`` was read from the article's dateline, not given with it.
    date_inferred: bool = False

    def __post_init__(self) -> None:
        if not self.hash:
            object.__setattr__(self, "hash", content_hash(self.text))
        if not self.id:
            object.__setattr__(self, "id", "doc-" + self.hash[:16])


#: Kinds of deal event, as the ontology's classes name them.
DEAL_KINDS: tuple[str, ...] = ("FundingRound", "Acquisition", "StrategicInvestment")
#: Where a deal stands, as the text says it.
DEAL_STATUSES: tuple[str, ...] = ("rumored", "announced", "completed", "terminated", "denied")
#: The part a fact's subject plays in its deal.
DEAL_ROLES: tuple[str, ...] = ("leadInvestor", "participant", "acquirer")


@dataclass(frozen=True)
class Deal:
    """The funding round, acquisition or strategic investment a fact belongs to.

    ``target`` is the fact's object; ``role`` is what the fact's subject does in
    the deal. ``amount`` is the wording ("$120 million"), ``amount_value`` the
    number it states in ``currency`` (ISO 4217), as a decimal string; the same
    for ``valuation``. ``stake`` is a percentage. An amount stated for a whole
    round is the deal's, never one participant's.
    """

    kind: str
    role: str
    round: str | None = None
    amount: str | None = None
    amount_value: str | None = None
    currency: str | None = None
    valuation: str | None = None
    valuation_value: str | None = None
    stake: str | None = None
    status: str = "announced"
    date: str | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "role": self.role,
            "round": self.round,
            "amount": self.amount,
            "amount_value": self.amount_value,
            "currency": self.currency,
            "valuation": self.valuation,
            "valuation_value": self.valuation_value,
            "stake": self.stake,
            "status": self.status,
            "date": self.date,
        }


@dataclass(frozen=True)
class Fact:
    """One typed relation between two named entities, with its evidence.

    ``confidence`` is the rule's estimated precision on the development set
    (0..1), lowered for long-distance or coreference-resolved arguments.
    ``date`` is when the fact holds from: the date its sentence gives, else the
    document's date (``date_from_document`` then says so).
    ``start``/``end`` are character offsets of the evidence sentence in the
    document text. ``subject_id``/``object_id`` name the entities' IRIs (a
    gazetteer id, or ``_`` and the merge key of an unknown name); a fact made
    without them gets IRIs from its names.
    """

    doc: str
    subject: str
    subject_class: str
    relation: str
    object: str
    object_class: str
    sentence: str
    start: int
    end: int
    certainty: str = "stated"
    amount: str | None = None
    date: str | None = None
    confidence: float = 0.5
    rule: str = ""
    subject_aliases: tuple[str, ...] = ()
    object_aliases: tuple[str, ...] = ()
    subject_id: str = ""
    object_id: str = ""
    #: True when ``date`` is the document's date, the sentence giving none.
    date_from_document: bool = False
    #: The deal event this fact is part of (invests_in and acquires only).
    deal: Deal | None = None
    #: True when the sentence says the relation held once and has ended ("former
    #: CEO", "sold its stake"). An ended fact is not a current one: ``kg eval``
    #: leaves it out, the store keeps its evidence without asserting it
    #: (:mod:`kg.graph.ended`); ``kg extract --ended`` shows it.
    ended: bool = False
    #: When it ended: the date its sentence gives, else the document's date
    #: (``end_date_from_document`` then says so: it had ended by then at the latest).
    end_date: str | None = None
    end_date_from_document: bool = False
    #: True when the sentence denies the relation ("X denied that it invested in Y").
    #: A denied fact is no fact: ``kg eval`` leaves it out, the store keeps it as
    #: evidence of a denial, never asserted, so that a source telling the fact and one
    #: denying it show as a contradiction.
    denied: bool = False

    def key(self) -> tuple[str, str, str]:
        """(subject, relation, object) with symmetric relations put in one order."""
        return fact_key(self.subject, self.relation, self.object)

    def as_json(self, source: str | None = None) -> dict[str, Any]:
        """The stable JSON shape printed by ``kg extract`` and read by ``kg eval``.

        ``source`` is where the document came from (its file path or URL), so a
        fact can be traced to its article without the store.
        """
        return {
            "doc": self.doc,
            "source": source,
            "subject": self.subject,
            "subject_class": self.subject_class,
            "relation": self.relation,
            "object": self.object,
            "object_class": self.object_class,
            "certainty": self.certainty,
            "amount": self.amount,
            "date": self.date,
            "date_from_document": self.date_from_document,
            "confidence": round(self.confidence, 3),
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            **({"deal": self.deal.as_json()} if self.deal else {}),
            **(
                {
                    "ended": True,
                    "end_date": self.end_date,
                    "end_date_from_document": self.end_date_from_document,
                }
                if self.ended
                else {}
            ),
            **({"denied": True} if self.denied else {}),
        }


def __getattr__(name: str) -> Any:
    """``RELATIONS``, ``SYMMETRIC_RELATIONS`` and ``ENTITY_CLASSES``, read lazily."""
    if name == "RELATIONS":
        return vocabulary().names
    if name == "SYMMETRIC_RELATIONS":
        return vocabulary().symmetric
    if name == "ENTITY_CLASSES":
        return vocabulary().entity_classes
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
